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

/**
 * Copies a SQLite database, live, with SQLite's online backup API: the copy is the
 * database as one read transaction saw it, whatever other connections write meanwhile
 * (in WAL mode they go on writing). After the first step every page left is copied in one
 * step, so a busy writer cannot make the backup start over and over. The source is
 * opened read-only; the copy is then opened alone, made a single file (no WAL beside it)
 * and checked page by page.
 */
export async function backupSqliteFile(
  source: string,
  target: string,
): Promise<{ pages: number; integrity: string; claims: number }> {
  const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    from.pragma("busy_timeout = 5000");
    pages = (await from.backup(target, { progress: () => Number.MAX_SAFE_INTEGER })).totalPages;
  } finally {
    from.close();
  }
  const copy = new SqliteDatabase(target, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const integrity = String(copy.pragma("integrity_check", { simple: true }));
    const hasClaims = copy
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims'")
      .get();
    const claims = hasClaims ? Number(copy.prepare("SELECT count(*) FROM claims").pluck().get()) : 0;
    return { pages, integrity, claims };
  } finally {
    copy.close();
  }
}
