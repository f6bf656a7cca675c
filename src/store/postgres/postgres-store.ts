import { Kysely, Migrator, PostgresDialect } from "kysely";
import pg from "pg";
import { ProblemError, problem } from "../../domain/result.js";
import { withNormalizedErrors } from "../errors.js";
import { KyselyStore } from "../kysely-store.js";
import { migrationProvider } from "../migrations/index.js";
import type { Database } from "../schema.js";
import type { Store } from "../store.js";

/** The store with its connection pool at hand (for the queue, which shares the database). */
export interface PostgresStore extends Store {
  readonly pool: pg.Pool;
  readonly queries: KyselyStore["queries"];
}

/** A URL fit to show: the password, if any, replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(a malformed URL)";
  }
}

/** Is this a PostgreSQL connection URL? (`postgres://` or `postgresql://`) */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number;
}

/**
 * Opens a PostgreSQL knowledge base and brings its schema up to date with the same
 * migrations as SQLite (Kysely's migrator takes an advisory lock, so several workers
 * starting at once migrate it once). Database errors come out normalized (`../errors.ts`).
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const shown = redactUrl(url);
  if (!isPostgresUrl(url)) {
    throw new ProblemError(
      problem("invalid_argument", `--database-url: ${shown} is not a PostgreSQL URL`, {
        hint: "write postgres://USER:PASSWORD@HOST:5432/DATABASE",
      }),
    );
  }
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server must not take the process down.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: withNormalizedErrors(new PostgresDialect({ pool })) });
  try {
    await pool.query("select 1");
  } catch (cause) {
    await db.destroy();
    throw new ProblemError(
      problem("io", `cannot reach the PostgreSQL database ${shown}: ${(cause as Error).message}`, {
        hint: "is the server running, and do the host, port, user, password and database name match?",
      }),
      { cause },
    );
  }
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new ProblemError(
      problem("io", `cannot bring the database ${shown} up to date: ${(error as Error).message}`, {
        hint: "is it a Heartland database? give --database-url an empty database to start afresh",
      }),
      { cause: error },
    );
  }
  const store = new KyselyStore(db, () => db.destroy());
  return Object.assign(store, { pool }) as PostgresStore;
}
