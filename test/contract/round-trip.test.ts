import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { claimId, type StoredClaim } from "../../src/domain/provenance.js";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { cli, FIXTURE_KB, scratchDir } from "../helpers.js";
import { testPostgres } from "../support/postgres.js";

/**
 * Moving a knowledge base between SQLite and PostgreSQL: `export claims --all` from one,
 * `load DIR FILE.jsonl` into the other (and back) keeps every held claim (the review
 * queue's too) with its provenance, review, confidence and recorded time.
 */
const server = await testPostgres();

const BUILT = new Date("2025-01-10T09:00:00.000Z");
const MOVED = new Date("2026-06-01T12:00:00.000Z");

/** Claims beyond the curated data: read from a document, reviewed, noted, written by an analyst. */
function extraClaims(): StoredClaim[] {
  const base = (claim: StoredClaim["claim"], span: [number, number] | null, extra: Partial<StoredClaim>) => ({
    id: claimId(claim, "news-report", span),
    claim,
    sourceId: "news-report",
    span,
    note: null,
    origin: "extracted" as const,
    review: { state: "candidate" as const, reviewer: null, at: null },
    recorded: { from: "2025-02-01T10:00:00.000Z", to: null },
    ...extra,
  });
  return [
    base({ kind: "event", type: "CONSULT", source: "KAZ", target: "RUS", date: "2011-10-23" }, [10, 42], {
      confidence: 0.8125,
    }),
    base({ kind: "membership", state: "KAZ", org: "CSTO", change: "suspend", date: "2013" }, [50, 90], {
      review: { state: "rejected", reviewer: "jdoe", at: "2025-02-03T08:00:00.000Z" },
      note: "misread: the text says “considered”",
    }),
    base(
      { kind: "event", type: "COOPERATE", source: "UZB", target: "RUS", date: "2012-06", end: "2012-08" },
      [100, 160],
      {
        review: { state: "corrected", reviewer: "Ана Иванова", at: "2025-02-04T08:30:00.000Z" },
      },
    ),
    base({ kind: "event", type: "PROTEST", source: "UZB", target: "KAZ", date: null }, null, {
      origin: "analyst",
      review: { state: "accepted", reviewer: "asmith", at: "2025-02-05T00:00:00.000Z" },
      recorded: { from: "2025-02-05T00:00:00.000Z", to: null },
      note: "from a briefing",
    }),
  ];
}

/** Every held claim, by id, as the store gives it back. */
async function heldClaims(store: Store): Promise<Map<string, StoredClaim>> {
  const held = (await store.allClaims()).filter((c) => c.recorded.to === null);
  return new Map(held.map((c) => [c.id, c]));
}

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as { id: string })
    .sort((a, b) => (a.id < b.id ? -1 : 1));

describe("moving a knowledge base between SQLite and PostgreSQL", () => {
  it("export claims from SQLite, load into PostgreSQL, and back, loses no claim, provenance or review field", async (t) => {
    const dir = scratchDir(t);
    const sqliteA = join(dir, "a.sqlite");
    const sqliteB = join(dir, "b.sqlite");
    const url = await server.createDatabase();

    // A SQLite knowledge base built from the fixture data, plus extracted and analyst claims.
    assert.equal((await cli(["--db", sqliteA, "load", FIXTURE_KB, "--json"], { now: BUILT })).code, 0);
    const a = await openSqliteStore(sqliteA);
    await a.addClaims(extraClaims());
    const expected = await heldClaims(a);
    await a.close();
    assert.ok(expected.size > 10, `the fixture holds claims (${expected.size})`);

    const fileA = join(dir, "a.jsonl");
    const exportA = await cli(["--db", sqliteA, "export", "claims", "--all", "--output", fileA]);
    assert.equal(exportA.code, 0, exportA.stderr);

    // Into PostgreSQL, later: the claims keep when they were recorded, not when they moved.
    const intoPg = await cli(["--database-url", url, "load", FIXTURE_KB, fileA, "--json"], { now: MOVED });
    assert.equal(intoPg.code, 0, intoPg.stderr);
    const [claimsReport, dirReport] =
      intoPg.json<[{ added: number }, { added: number; unchanged: number }]>();
    assert.equal(claimsReport.added, expected.size);
    assert.equal(dirReport.added, 0, "every curated claim came with the export");
    const pg = await openPostgresStore(url);
    assert.deepEqual(await heldClaims(pg), expected);
    await pg.close();

    // And back into a new SQLite file.
    const filePg = join(dir, "pg.jsonl");
    assert.equal(
      (await cli(["--database-url", url, "export", "claims", "--all", "--output", filePg])).code,
      0,
    );
    assert.deepEqual(lines(filePg), lines(fileA), "PostgreSQL exports what SQLite exported");
    const back = await cli(["--db", sqliteB, "load", FIXTURE_KB, filePg, "--json"], { now: MOVED });
    assert.equal(back.code, 0, back.stderr);
    const b = await openSqliteStore(sqliteB);
    assert.deepEqual(await heldClaims(b), expected);
    await b.close();

    // Loading the same export again changes nothing.
    const again = await cli(["--database-url", url, "load", FIXTURE_KB, fileA, "--json"], { now: MOVED });
    assert.equal(again.json<[{ added: number; unchanged: number }]>()[0].added, 0);
  });

  it("answers the same questions on PostgreSQL as on SQLite", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const url = await server.createDatabase();
    for (const target of [
      ["--db", db],
      ["--database-url", url],
    ]) {
      const r = await cli([...target, "load", FIXTURE_KB, "--json"], { now: BUILT });
      assert.equal(r.code, 0, r.stderr);
    }
    for (const question of [
      ["members", "CSTO", "--at", "2012-07-01"],
      ["timeline", "UZB"],
      ["conflicts"],
      ["export", "memberships", "--format", "jsonl"],
    ]) {
      const onSqlite = await cli(["--db", db, ...question, "--json"]);
      const onPg = await cli(["--database-url", url, ...question, "--json"]);
      assert.equal(onPg.code, 0, onPg.stderr);
      assert.equal(onPg.stdout, onSqlite.stdout, question.join(" "));
    }
  });

  it("refuses a claims export whose sources the knowledge base does not hold, and writes nothing", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "a.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB], { now: BUILT })).code, 0);
    const file = join(dir, "claims.jsonl");
    assert.equal((await cli(["--db", db, "export", "claims", "--output", file])).code, 0);
    const url = await server.createDatabase();
    const r = await cli(["--database-url", url, "load", file, "--json"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /"code":"unknown_source"/);
    assert.match(r.stderr, /treaty-text/);
    const pg = await openPostgresStore(url);
    assert.deepEqual(await pg.allClaims(), []);
    await pg.close();
  });

  it("names a bad line of a claims file", async (t) => {
    const dir = scratchDir(t);
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"kind":"event"}\nnot json\n');
    const r = await cli(["--db", join(dir, "kb.sqlite"), "load", file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.jsonl:1: /);
    assert.match(r.stderr, /bad\.jsonl:2: not JSON/);
  });
});
