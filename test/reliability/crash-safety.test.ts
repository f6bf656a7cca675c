import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { cli, FIXTURE_KB, scratchDir } from "../helpers.js";
import { bundleCli } from "./support.js";

/**
 * Crash safety (issue 10, point 2): a real `heartland load` process is killed with SIGKILL
 * at random points, many times; so is a real `heartland ingest` of three documents. Each time the database must pass `PRAGMA integrity_check`
 * and hold either all of the load or none of it: the state before (the test knowledge base
 * with 600 events) or the state after (less the news report's claims and half the
 * events, retracted; 300 events more, added; sources and actors rewritten). An ingest
 * stores each document in its own transaction: every document present must have its
 * source and every one of its candidate claims, and no claim may cite a missing one.
 *
 * The CLI is bundled into one file (support.ts) so that a child starts in about a second;
 * the kill comes at a random delay after the child has opened the database (its `-shm`
 * file appears), over the span an unkilled run takes from there to its exit, so the kills
 * fall on reading the data, the transaction, the commit and the close alike.
 */

/** Kills that must land on a live process: of `load`, and of `ingest`. */
const LOAD_KILLS = Number(process.env.HEARTLAND_LOAD_KILLS ?? 40);
const INGEST_KILLS = Number(process.env.HEARTLAND_INGEST_KILLS ?? 12);
/** Children at once: one starting while others work the database. */
const PARALLEL = 3;
/** Synthetic claims in each version, so that a load's transaction is long enough to be hit. */
const EVENTS = 600;

/** mulberry32: seeded, so a failing run's kill delays can be replayed from the seed it prints. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A version of the test knowledge base with synthetic events added: `first..first+count`
 * days after 1995-01-01. Two versions that overlap in half their events differ by
 * retractions and additions both; the second also drops the news report's claims.
 */
function dataVersion(dir: string, first: number, count: number, dropNews: boolean): void {
  cpSync(FIXTURE_KB, dir, { recursive: true });
  if (dropNews) rmSync(join(dir, "claims", "news.yaml"));
  const states = ["RUS", "KAZ", "KGZ", "TJK", "UZB", "ARM", "BLR", "USA"];
  const types = ["CONSULT", "COOPERATE", "AGREE", "PROTEST"];
  const lines = [
    "# Synthetic events for the crash-safety test.",
    "defaults:",
    "  cite: encyclopedia",
    '  recorded: "2026-11-25"',
    "claims:",
  ];
  for (let i = first; i < first + count; i++) {
    const source = states[i % states.length] as string;
    const target = states[(i + 1 + (i % 5)) % states.length] as string;
    const day = new Date(Date.UTC(1995, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(
      `  - { kind: event, type: ${types[i % types.length]}, source: ${source}, target: ${target}, date: "${day}" }`,
    );
  }
  writeFileSync(join(dir, "claims", "synthetic-events.yaml"), `${lines.join("\n")}\n`);
}

/**
 * What a load leaves, without its clock: the held claim ids, how many claim versions are
 * retracted, the rows of sources, actors and claim actors, and the hash of the data
 * loaded. Two loads of the same data agree on it whenever they ran.
 */
interface LoadState {
  readonly integrity: string;
  readonly held: string;
  readonly heldCount: number;
  readonly retracted: number;
  readonly sources: number;
  readonly actors: number;
  readonly claimActors: number;
  readonly dataHash: string | null;
}

function loadState(path: string): LoadState {
  const db = new SqliteDatabase(path, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const hasTable = (name: string) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    if (!hasTable("claims") || !hasTable("meta")) {
      return {
        integrity,
        held: "",
        heldCount: 0,
        retracted: 0,
        sources: 0,
        actors: 0,
        claimActors: 0,
        dataHash: null,
      };
    }
    const ids = db
      .prepare("SELECT id FROM claims WHERE recorded_to IS NULL ORDER BY id")
      .pluck()
      .all() as string[];
    const count = (sql: string) => Number(db.prepare(sql).pluck().get());
    return {
      integrity,
      held: createHash("sha256").update(ids.join("\n")).digest("hex"),
      heldCount: ids.length,
      retracted: count("SELECT count(*) FROM claims WHERE recorded_to IS NOT NULL"),
      sources: count("SELECT count(*) FROM sources"),
      actors: count("SELECT count(*) FROM actors"),
      claimActors: count("SELECT count(*) FROM claim_actors"),
      dataHash:
        (db.prepare("SELECT value FROM meta WHERE key = 'data_hash'").pluck().get() as string | undefined) ??
        null,
    };
  } finally {
    db.close();
  }
}

interface Run {
  readonly child: ChildProcess;
  /** Resolves when the child has the database open (its -shm file exists), with the time. */
  readonly opened: Promise<number>;
  readonly exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    at: number;
    stderr: string;
  }>;
}

function start(bundle: string, db: string, args: readonly string[]): Run {
  // A larger young generation spares the child a fifth of its start-up (fewer scavenges).
  const child = spawn(process.execPath, ["--max-semi-space-size=64", bundle, "--db", db, ...args, "--json"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TZ: "UTC" },
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  let done = false;
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    at: number;
    stderr: string;
  }>((resolve) =>
    child.on("exit", (code, signal) => {
      done = true;
      resolve({ code, signal, at: performance.now(), stderr });
    }),
  );
  const opened = new Promise<number>((resolve) => {
    const poll = () => {
      if (existsSync(`${db}-shm`) || done) resolve(performance.now());
      else setTimeout(poll, 2);
    };
    poll();
  });
  return { child, opened, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Checkpoints a database into its main file, so that a copy of that file alone is all of it. */
function checkpoint(path: string): void {
  const db = new SqliteDatabase(path);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

/** Documents to ingest: sentences the reader makes a membership claim of, one each. */
function documents(dir: string): string[] {
  const states = ["Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Armenia", "Belarus", "Russia"];
  const orgs = ["the Collective Security Treaty Organization", "the Eurasian Economic Community"];
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return [0, 1, 2].map((d) => {
    const lines = Array.from({ length: 300 }, (_, i) => {
      const k = i + d * 300;
      return `On ${1 + (k % 27)} ${months[k % 12]} ${1995 + (k % 25)}, ${states[(k + d) % 7]} joined ${orgs[k % 2]}.`;
    });
    const path = join(dir, `report-${d}.txt`);
    writeFileSync(path, `${lines.join("\n\n")}\n`);
    return path;
  });
}

/** What an ingest left: per document, whether its source is there and how many claims cite it. */
interface IngestState {
  readonly integrity: string;
  readonly documents: Record<string, { source: boolean; claims: number }>;
  /** Claims citing a source that is a document source but has no document row. */
  readonly orphans: number;
}

function ingestState(path: string): IngestState {
  const db = new SqliteDatabase(path, { fileMustExist: true });
  try {
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const documents: Record<string, { source: boolean; claims: number }> = {};
    for (const id of db.prepare("SELECT id FROM documents ORDER BY id").pluck().all() as string[]) {
      documents[id] = {
        source: db.prepare("SELECT 1 FROM sources WHERE id = ?").get(id) !== undefined,
        claims: Number(db.prepare("SELECT count(*) FROM claims WHERE source_id = ?").pluck().get(id)),
      };
    }
    const orphans = Number(
      db
        .prepare(
          "SELECT count(*) FROM claims WHERE origin = 'extracted' AND source_id NOT IN (SELECT id FROM documents)",
        )
        .pluck()
        .get(),
    );
    return { integrity, documents, orphans };
  } finally {
    db.close();
  }
}

/** One kind of operation to kill: its arguments, its database before, and how to judge what a kill left. */
interface Target {
  readonly name: string;
  readonly args: readonly string[];
  readonly template: string;
  readonly wanted: number;
  /** Time from opening the database to exit, followed as the kills go (the machine's load changes it). */
  span: number;
  kills: number;
  readonly outcomes: Record<string, number>;
  /** Names the outcome ("none", "all", "2 of 3 documents"), or fails the test on a partial one. */
  judge(db: string, trial: string): string;
}

describe("a write killed with SIGKILL", () => {
  it(`leaves a sound database holding all of each operation or none of it, over ${LOAD_KILLS} kills of load and ${INGEST_KILLS} of ingest`, {
    timeout: 300_000,
  }, async (t) => {
    const dir = scratchDir(t);
    const bundle = await bundleCli(t);
    const v1 = join(dir, "data-v1");
    const v2 = join(dir, "data-v2");
    dataVersion(v1, 0, EVENTS, false);
    dataVersion(v2, EVENTS / 2, EVENTS, true);

    // The database before: the first version, loaded in process.
    const template = join(dir, "template.sqlite");
    const first = await cli(["--db", template, "load", v1, "--json"]);
    assert.equal(first.code, 0, first.stderr);
    checkpoint(template);
    const before = loadState(template);
    const docs = documents(dir);

    /** Runs the operation to its end on a copy of the template; the time from open to exit. */
    const unkilled = async (target: { args: readonly string[]; template: string }, db: string) => {
      copyFileSync(target.template, db);
      const run = start(bundle, db, target.args);
      const opened = await run.opened;
      const exit = await run.exited;
      assert.equal(exit.code, 0, exit.stderr);
      return exit.at - opened;
    };

    // The databases after: each operation left alone, as many at once as the kills will run.
    const loadArgs = ["load", v2];
    const ingestArgs = ["ingest", ...docs];
    const spans = await Promise.all([
      unkilled({ args: loadArgs, template }, join(dir, "load-after.sqlite")),
      unkilled({ args: ingestArgs, template }, join(dir, "ingest-after.sqlite")),
      unkilled({ args: loadArgs, template }, join(dir, "load-after-2.sqlite")),
    ]);
    const after = loadState(join(dir, "load-after.sqlite"));
    assert.deepEqual(loadState(join(dir, "load-after-2.sqlite")), after);
    // The two states differ in every part a half-done load could leave half-done.
    assert.ok(after.retracted >= EVENTS / 2 && before.retracted === 0, "the second load retracts claims");
    // Half the events are new: every claim row before is still there, and 300 more.
    assert.equal(
      after.heldCount + after.retracted,
      before.heldCount + EVENTS / 2,
      "the second load adds claims",
    );
    assert.notEqual(after.dataHash, before.dataHash);
    assert.ok(after.claimActors > before.claimActors);
    const ingested = ingestState(join(dir, "ingest-after.sqlite"));
    assert.equal(Object.keys(ingested.documents).length, docs.length);
    for (const [id, d] of Object.entries(ingested.documents)) {
      assert.ok(d.source && d.claims === 300, `${id}: one candidate per sentence`);
    }

    const load: Target = {
      name: "load",
      args: loadArgs,
      template,
      wanted: LOAD_KILLS,
      span: Math.max(spans[0] ?? 0, spans[2] ?? 0),
      kills: 0,
      outcomes: {},
      judge(db, trial) {
        const state = loadState(db);
        assert.equal(state.integrity, "ok", trial);
        if (JSON.stringify(state) === JSON.stringify(before)) return "none";
        if (JSON.stringify(state) === JSON.stringify(after)) return "all";
        return assert.fail(
          `${trial} left a partial load: ${JSON.stringify(state)}; before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`,
        );
      },
    };
    const ingest: Target = {
      name: "ingest",
      args: ingestArgs,
      template,
      wanted: INGEST_KILLS,
      span: spans[1] ?? 0,
      kills: 0,
      outcomes: {},
      judge(db, trial) {
        const state = ingestState(db);
        assert.equal(state.integrity, "ok", trial);
        assert.equal(state.orphans, 0, `${trial} left claims of a document that is not there`);
        for (const [id, d] of Object.entries(state.documents)) {
          assert.deepEqual(d, ingested.documents[id], `${trial} left document ${id} half-stored`);
        }
        return `${Object.keys(state.documents).length} of ${docs.length} documents`;
      },
    };

    const seed = Number(process.env.HEARTLAND_KILL_SEED ?? 20261125);
    const next = random(seed);
    let trial = 0;
    const startedAt = performance.now();
    const targets = [load, ingest];

    const oneTrial = async (target: Target) => {
      const n = trial++;
      const db = join(dir, `trial-${n}.sqlite`);
      copyFileSync(target.template, db);
      const delay = next() * target.span * 1.1;
      const run = start(bundle, db, target.args);
      const openedAt = await run.opened;
      await sleep(delay);
      const killed =
        run.child.exitCode === null && run.child.signalCode === null && run.child.kill("SIGKILL");
      const exit = await run.exited;
      let outcome: string;
      const where = `${target.name} trial ${n} (seed ${seed}, ${delay.toFixed(0)} ms after opening the database)`;
      if (killed && exit.signal === "SIGKILL") {
        target.kills++;
        outcome = target.judge(db, where);
      } else {
        assert.equal(exit.code, 0, exit.stderr);
        target.span = 0.7 * target.span + 0.3 * (exit.at - openedAt);
        outcome = `finished first, ${target.judge(db, where)}`;
      }
      target.outcomes[outcome] = (target.outcomes[outcome] ?? 0) + 1;
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
    };

    const worker = async () => {
      for (;;) {
        const target = targets.find((x) => x.kills < x.wanted);
        if (!target) return;
        await oneTrial(target);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const seconds = (performance.now() - startedAt) / 1000;
    for (const x of targets) {
      t.diagnostic(
        `${x.name}: ${x.kills} kills (a run spends about ${x.span.toFixed(0)} ms from opening the database to exit): ${JSON.stringify(x.outcomes)}`,
      );
    }
    t.diagnostic(`seed ${seed}: ${trial} runs in ${seconds.toFixed(1)} s`);
    assert.ok(load.kills >= LOAD_KILLS && ingest.kills >= INGEST_KILLS);

    // A load killed part way can simply be run again.
    const again = join(dir, "again.sqlite");
    copyFileSync(template, again);
    const rerun = await cli(["--db", again, "load", v2, "--json"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(loadState(again), after);
  });
});
