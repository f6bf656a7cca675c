import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import type { StoredClaim } from "../../src/domain/provenance.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, FIXTURE_KB, scratchDir } from "../helpers.js";
import { fingerprint } from "./support.js";

/**
 * Backup (issue 10, point 6): `heartland backup FILE` copies a live SQLite knowledge base
 * consistently, even while another process writes to it; and `export claims --all` then
 * `load` carries every held claim with its provenance and review to a new database.
 */

type Hooks = Parameters<typeof scratchDir>[0];
const require = createRequire(import.meta.url);

async function loadedDb(t: Hooks): Promise<{ dir: string; db: string }> {
  const dir = scratchDir(t);
  const db = join(dir, "kb.sqlite");
  const r = await cli(["--db", db, "load", FIXTURE_KB, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return { dir, db };
}

describe("heartland backup FILE", () => {
  it("copies every row of every table into one file that passes its integrity check", async (t) => {
    const { dir, db } = await loadedDb(t);
    assert.equal((await cli(["--db", db, "token", "create", "--name", "jdoe"])).code, 0);
    const target = join(dir, "copy.sqlite");
    const r = await cli(["--db", db, "backup", target, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = r.json<{
      source: string;
      target: string;
      bytes: number;
      claims: number;
      integrity: string;
    }>();
    assert.equal(report.target, target);
    assert.equal(report.claims, 14, "the fixture's 14 claims");
    assert.equal(report.integrity, "ok");
    assert.deepEqual(fingerprint(target), fingerprint(db));
    // One file: no WAL or temporary file left beside it.
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f.startsWith("copy") || f.includes(".tmp-"))
        .sort(),
      ["copy.sqlite"],
    );
    // The copy is a knowledge base like any other.
    const members = await cli(["--db", target, "members", "CSTO", "--at", "2012-07-01", "--json"]);
    const original = await cli(["--db", db, "members", "CSTO", "--at", "2012-07-01", "--json"]);
    assert.equal(members.stdout, original.stdout);
  });

  it("keeps an existing file unless --force, and says so", async (t) => {
    const { dir, db } = await loadedDb(t);
    const target = join(dir, "precious.sqlite");
    writeFileSync(target, "not to be lost");
    const r = await cli(["--db", db, "backup", target]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /precious\.sqlite exists already; give another path, or --force to replace it/);
    assert.equal(readFileSync(target, "utf8"), "not to be lost");
    const forced = await cli(["--db", db, "backup", target, "--force"]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /backed up .* 14 claim versions/);
    assert.deepEqual(fingerprint(target), fingerprint(db));
  });

  it("refuses a missing database, a missing folder, a directory and the database itself", async (t) => {
    const { dir, db } = await loadedDb(t);
    const cases: [string[], RegExp][] = [
      [
        ["--db", join(dir, "nothing.sqlite"), "backup", join(dir, "x.sqlite")],
        /there is no database at .*nothing\.sqlite/,
      ],
      [
        ["--db", db, "backup", join(dir, "no", "such", "x.sqlite")],
        /the folder of .*x\.sqlite does not exist/,
      ],
      [["--db", db, "backup", dir, "--force"], /is a directory/],
      [["--db", db, "backup", db, "--force"], /is the database itself/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 1, args.join(" "));
      assert.match(r.stderr, message);
    }
    assert.equal(existsSync(join(dir, "nothing.sqlite")), false, "a backup creates no source database");
  });

  it("copies a consistent state while another process writes, batch after batch", {
    timeout: 60_000,
  }, async (t) => {
    const { dir, db } = await loadedDb(t);
    // A writer in another process: each transaction adds a batch of 50 rows, so any
    // consistent copy holds whole batches only.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(require.resolve("better-sqlite3"))});
         const db = new D(${JSON.stringify(db)});
         db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
         db.exec("CREATE TABLE IF NOT EXISTS stress (batch INTEGER, n INTEGER, filler TEXT)");
         const put = db.prepare("INSERT INTO stress VALUES (?, ?, ?)");
         const batch = db.transaction((b) => { for (let n = 0; n < 50; n++) put.run(b, n, "x".repeat(500)); });
         let b = 0; process.stdout.write("ready\\n");
         for (;;) batch(b++);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    t.after(() => writer.kill("SIGKILL"));
    await new Promise<void>((resolve) => writer.stdout?.once("data", () => resolve()));

    const batchesSeen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const target = join(dir, `live-${i}.sqlite`);
      const r = await cli(["--db", db, "backup", target, "--json"]);
      assert.equal(r.code, 0, r.stderr);
      const copy = new SqliteDatabase(target, { readonly: true });
      const rows = Number(copy.prepare("SELECT count(*) FROM stress").pluck().get());
      const partial = copy
        .prepare("SELECT batch, count(*) AS n FROM stress GROUP BY batch HAVING count(*) <> 50")
        .all();
      assert.equal(String(copy.pragma("integrity_check", { simple: true })), "ok");
      assert.equal(Number(copy.prepare("SELECT count(*) FROM claims").pluck().get()), 14);
      copy.close();
      assert.deepEqual(partial, [], `backup ${i} holds a half-written batch`);
      assert.equal(rows % 50, 0);
      batchesSeen.push(rows / 50);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    writer.kill("SIGKILL");
    // The writer was writing all along: each copy saw more batches than the one before.
    for (let i = 1; i < batchesSeen.length; i++) {
      assert.ok((batchesSeen[i] ?? 0) > (batchesSeen[i - 1] ?? 0), `batches seen: ${batchesSeen.join(", ")}`);
    }
  });
});

describe("export claims --all, then load into a new database", () => {
  it("carries every held claim with its provenance, review, confidence and recorded time", async (t) => {
    const { dir, db } = await loadedDb(t);
    // A document read into the review queue, and a decision of every kind on it.
    const doc = join(dir, "field-report.txt");
    writeFileSync(
      doc,
      [
        "Field report, 3 March 2014.",
        "On 4 May 2004, Kazakhstan joined the Eurasian Economic Community.",
        "On 9 June 2006, Uzbekistan joined the Collective Security Treaty Organization.",
        "On 12 December 2012, Armenia joined the Collective Security Treaty Organization.",
        "On 2 February 2011, Belarus joined the Eurasian Economic Community.",
      ].join("\n\n"),
    );
    const ingest = await cli(["--db", db, "ingest", doc, "--by", "reader-bot", "--json"]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const queue = (await cli(["--db", db, "review", "list", "--json"])).json<{
      candidates: { id: string }[];
    }>();
    const ids = queue.candidates.map((c) => c.id);
    assert.ok(ids.length >= 3, `the reader found claims (${ids.length})`);
    const [accept, reject] = ids;
    assert.equal((await cli(["--db", db, "review", "accept", accept as string, "--by", "jdoe"])).code, 0);
    assert.equal(
      (
        await cli([
          "--db",
          db,
          "review",
          "reject",
          reject as string,
          "--by",
          "asmith",
          "--note",
          "a test's claim",
        ])
      ).code,
      0,
    );

    const held = async (path: string) => {
      const store = await openSqliteStore(path);
      try {
        const all = (await store.allClaims()).filter((c) => c.recorded.to === null);
        return new Map<string, StoredClaim>(all.map((c) => [c.id, c]));
      } finally {
        await store.close();
      }
    };
    const expected = await held(db);
    // 14 curated claims, and the document's candidates, decided or not.
    assert.equal(expected.size, 14 + ids.length);
    assert.equal(expected.get(reject as string)?.review.state, "rejected");
    assert.equal(expected.get(reject as string)?.note, "a test's claim");
    assert.equal(expected.get(accept as string)?.review.reviewer, "jdoe");

    const file = join(dir, "claims.jsonl");
    const exported = await cli(["--db", db, "export", "claims", "--all", "--output", file]);
    assert.equal(exported.code, 0, exported.stderr);
    // One line per claim, after one line per ingested document (its text and its source).
    assert.equal(readFileSync(file, "utf8").trimEnd().split("\n").length, expected.size + 1);

    const fresh = join(dir, "moved.sqlite");
    const loaded = await cli(["--db", fresh, "load", FIXTURE_KB, file, "--json"]);
    assert.equal(loaded.code, 0, loaded.stderr);
    const moved = await held(fresh);
    assert.deepEqual([...moved.keys()].sort(), [...expected.keys()].sort());
    const documentOf = async (path: string) => {
      const store = await openSqliteStore(path);
      try {
        return { document: await store.document("field-report"), source: await store.source("field-report") };
      } finally {
        await store.close();
      }
    };
    const before = await documentOf(db);
    assert.ok(before.document, "the document was ingested");
    assert.deepEqual(await documentOf(fresh), before, "the document's text and source moved with it");
    for (const [id, claim] of expected) assert.deepEqual(moved.get(id), claim, `claim ${id}`);
  });
});
