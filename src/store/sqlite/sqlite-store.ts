import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { ProblemError, problem } from "../../domain/result.js";
import { withNormalizedErrors } from "../errors.js";
import { KyselyStore } from "../kysely-store.js";
import { migrationProvider } from "../migrations/index.js";
import type { Database } from "../schema.js";
import type { Store } from "../store.js";

/** The store with its SQLite handle at hand (for the online backup API, query plans in tests). */
export interface SqliteStore extends Store {
  readonly sqlite: SqliteDatabase.Database;
  readonly queries: KyselyStore["queries"];
}

/**
 * Opens (creating it if needed) a SQLite knowledge base in one file and brings its schema
 * up to date. WAL lets readers go on while one process writes; the busy timeout makes a
 * second writer wait instead of failing at once.
 */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  let sqlite: SqliteDatabase.Database;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    sqlite = new SqliteDatabase(path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
  } catch (cause) {
    throw new ProblemError(
      problem("io", `cannot open the database ${path}: ${(cause as Error).message}`, {
        hint: "give --db a writable path to a SQLite file (it is created if missing)",
      }),
      { cause },
    );
  }
  const db = new Kysely<Database>({ dialect: withNormalizedErrors(new SqliteDialect({ database: sqlite })) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new ProblemError(
      problem("io", `cannot bring the database ${path} up to date: ${(error as Error).message}`, {
        hint: "is it a Heartland database? give --db a new path to start afresh",
      }),
      { cause: error },
    );
  }
  const store = new KyselyStore(db, () => db.destroy());
  return Object.assign(store, { sqlite }) as SqliteStore;
}
