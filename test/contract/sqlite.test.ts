import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { storeContract } from "./store-contract.js";

/** The store contract on SQLite: a new database file for each test. */
const dir = mkdtempSync(join(tmpdir(), "heartland-contract-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract("SQLite", () => openSqliteStore(join(dir, `kb-${n++}.sqlite`)));
