import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ProblemError } from "../domain/result.js";
import { normalizeStoreError, storeErrorKind } from "./errors.js";

/** Errors as the drivers raise them: better-sqlite3's SqliteError and pg's DatabaseError both carry `code`. */
const dbError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("store error kinds", () => {
  it("reads SQLite's extended result codes", () => {
    assert.equal(storeErrorKind(dbError("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed")), "unique");
    assert.equal(storeErrorKind(dbError("SQLITE_CONSTRAINT_PRIMARYKEY", "")), "unique");
    assert.equal(storeErrorKind(dbError("SQLITE_CONSTRAINT_FOREIGNKEY", "")), "foreign_key");
    assert.equal(storeErrorKind(dbError("SQLITE_BUSY", "database is locked")), "busy");
  });

  it("reads PostgreSQL's SQLSTATE", () => {
    assert.equal(storeErrorKind(dbError("23505", "duplicate key value")), "unique");
    assert.equal(storeErrorKind(dbError("23503", "violates foreign key constraint")), "foreign_key");
    assert.equal(storeErrorKind(dbError("40001", "could not serialize access")), "busy");
    assert.equal(storeErrorKind(dbError("55P03", "could not obtain lock")), "busy");
    assert.equal(storeErrorKind(dbError("3D000", 'database "x" does not exist')), "not_found");
  });

  it("leaves other errors alone", () => {
    assert.equal(storeErrorKind(dbError("SQLITE_CONSTRAINT_NOTNULL", "")), null);
    assert.equal(storeErrorKind(dbError("23502", "null value")), null);
    assert.equal(storeErrorKind(new Error("plain")), null);
    assert.equal(storeErrorKind("text"), null);
    assert.equal(storeErrorKind(null), null);
    const plain = new Error("plain");
    assert.equal(normalizeStoreError(plain), plain);
  });

  it("turns a kind into a problem with the kind, the driver's message and the error as cause", () => {
    const cause = dbError("23505", 'duplicate key value violates unique constraint "tokens_hash_key"');
    const e = normalizeStoreError(cause);
    assert.ok(e instanceof ProblemError);
    assert.equal(e.problem.code, "conflict");
    assert.deepEqual(e.problem.data, { kind: "unique" });
    assert.match(e.message, /tokens_hash_key/);
    assert.equal(e.cause, cause);
    const busy = normalizeStoreError(dbError("SQLITE_BUSY", "database is locked"));
    assert.ok(busy instanceof ProblemError);
    assert.equal(busy.problem.code, "io");
    assert.deepEqual(busy.problem.data, { kind: "busy" });
  });
});
