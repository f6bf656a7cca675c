import type { DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from "kysely";
import { type ProblemCode, ProblemError, problem } from "../domain/result.js";

/**
 * Database errors in one set of kinds, whichever database is behind the store. SQLite
 * (better-sqlite3) names its errors by extended result code, PostgreSQL by SQLSTATE; the
 * services and edges see only the kind, as a ProblemError whose `data.kind` says which,
 * with the driver's error as `cause`.
 */
export type StoreErrorKind = "unique" | "foreign_key" | "not_found" | "busy";

const KINDS: Readonly<Record<string, StoreErrorKind>> = {
  // SQLite extended result codes (https://sqlite.org/rescode.html)
  SQLITE_CONSTRAINT_UNIQUE: "unique",
  SQLITE_CONSTRAINT_PRIMARYKEY: "unique",
  SQLITE_CONSTRAINT_FOREIGNKEY: "foreign_key",
  SQLITE_BUSY: "busy",
  SQLITE_BUSY_SNAPSHOT: "busy",
  SQLITE_BUSY_RECOVERY: "busy",
  SQLITE_BUSY_TIMEOUT: "busy",
  SQLITE_LOCKED: "busy",
  SQLITE_LOCKED_SHAREDCACHE: "busy",
  SQLITE_CANTOPEN: "not_found",
  // PostgreSQL SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html)
  "23505": "unique", // unique_violation
  "23503": "foreign_key", // foreign_key_violation
  "40001": "busy", // serialization_failure
  "40P01": "busy", // deadlock_detected
  "55P03": "busy", // lock_not_available
  "3D000": "not_found", // invalid_catalog_name: no such database
  "42P01": "not_found", // undefined_table
};

/** The kind of a database error, from its code; null for anything that is not one of the kinds. */
export function storeErrorKind(error: unknown): StoreErrorKind | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? (KINDS[code] ?? null) : null;
}

const PROBLEMS: Readonly<Record<StoreErrorKind, { code: ProblemCode; what: string; hint: string }>> = {
  unique: {
    code: "conflict",
    what: "a record with the same key is already stored",
    hint: "use another name or id, or change the record that is there",
  },
  foreign_key: {
    code: "conflict",
    what: "the record refers to something the database does not hold",
    hint: "store what it refers to first (a claim's source, a scenario)",
  },
  not_found: {
    code: "not_found",
    what: "the database or table is not there",
    hint: "check the database path or URL (is it a Heartland database?)",
  },
  busy: {
    code: "io",
    what: "the database is busy with another writer",
    hint: "try again in a moment",
  },
};

/**
 * The error as a ProblemError when it is one of the kinds (the driver's message kept in the
 * text, the driver's error as `cause`); anything else is returned as it was.
 */
export function normalizeStoreError(error: unknown): unknown {
  if (error instanceof ProblemError) return error;
  const kind = storeErrorKind(error);
  if (kind === null) return error;
  const p = PROBLEMS[kind];
  const detail = (error as { message?: unknown }).message;
  return new ProblemError(
    problem(p.code, `${p.what}${typeof detail === "string" && detail ? ` (${detail})` : ""}`, {
      hint: p.hint,
      data: { kind },
    }),
    { cause: error },
  );
}

async function normalized<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw normalizeStoreError(e);
  }
}

/** A connection whose query errors come out normalized. */
class NormalizingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}
  executeQuery<R>(query: Parameters<DatabaseConnection["executeQuery"]>[0]): Promise<QueryResult<R>> {
    return normalized(() => this.inner.executeQuery<R>(query));
  }
  streamQuery<R>(
    query: Parameters<DatabaseConnection["streamQuery"]>[0],
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

const unwrap = (c: DatabaseConnection) => (c instanceof NormalizingConnection ? c.inner : c);

class NormalizingDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init() {
    return normalized(() => this.inner.init());
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new NormalizingConnection(await normalized(() => this.inner.acquireConnection()));
  }
  beginTransaction(c: DatabaseConnection, settings: TransactionSettings) {
    return normalized(() => this.inner.beginTransaction(unwrap(c), settings));
  }
  commitTransaction(c: DatabaseConnection) {
    return normalized(() => this.inner.commitTransaction(unwrap(c)));
  }
  rollbackTransaction(c: DatabaseConnection) {
    return normalized(() => this.inner.rollbackTransaction(unwrap(c)));
  }
  releaseConnection(c: DatabaseConnection) {
    return this.inner.releaseConnection(unwrap(c));
  }
  destroy() {
    return this.inner.destroy();
  }
}

/**
 * The dialect with every database error normalized (see `normalizeStoreError`), so the one
 * KyselyStore raises the same kinds over SQLite and PostgreSQL.
 */
export function withNormalizedErrors(dialect: Dialect): Dialect {
  return {
    createDriver: () => new NormalizingDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
