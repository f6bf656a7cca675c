import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Claim } from "../../src/domain/claim.js";
import { claimId, type StoredClaim } from "../../src/domain/provenance.js";
import { IngestQueue } from "../../src/queue/ingest-queue.js";
import { IngestService } from "../../src/services/ingest-service.js";
import { KnowledgeService, loadCuratedData } from "../../src/services/knowledge-service.js";
import { BUNDLED_DATA, PACKAGE_ROOT } from "../../src/services/open-knowledge-base.js";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { startEmbedded } from "../../test/support/postgres.js";
import { type BenchContext, type Result, ratio } from "../kit.js";

/**
 * PostgreSQL: documents per second through the queue with 1 and with 2 worker processes on
 * the same corpus, and claims loaded per second into SQLite and PostgreSQL for a synthetic
 * knowledge base. The server is HEARTLAND_BENCH_DATABASE_URL (a user that may create
 * databases) or an embedded one started here. HEARTLAND_BENCH_CLAIMS sets the synthetic
 * knowledge base's size (default 1,000,000); HEARTLAND_BENCH_DOCUMENTS the corpus's (300).
 */

const STATES = [
  "RUS",
  "KAZ",
  "UZB",
  "KGZ",
  "TJK",
  "TKM",
  "ARM",
  "AZE",
  "GEO",
  "BLR",
  "UKR",
  "MDA",
  "CHN",
  "USA",
];
const TYPES = ["CONSULT", "COOPERATE", "PROTEST", "ACCUSE", "REJECT", "THREATEN"] as const;
const SOURCE = {
  id: "synthetic",
  title: "Synthetic events for the bench",
  reliability: "secondary",
} as const;

/** The i-th synthetic claim: an event between two states on a day from 1992 on, all distinct. */
function syntheticClaim(i: number, recorded: string): StoredClaim {
  const source = STATES[i % STATES.length] as string;
  const target = STATES[(i * 7 + 3) % STATES.length] as string;
  const day = new Date(Date.UTC(1992, 0, 1) + (i % 11_000) * 86_400_000).toISOString().slice(0, 10);
  const claim: Claim = {
    kind: "event",
    type: TYPES[i % TYPES.length] as (typeof TYPES)[number],
    source,
    target: target === source ? "CHN" : target,
    date: day,
    ...(i % 3 === 0 ? { location: `Site ${i}` } : {}),
  };
  const span: [number, number] = [i, i + 40];
  return {
    id: claimId(claim, SOURCE.id, span),
    claim,
    sourceId: SOURCE.id,
    span,
    note: null,
    origin: "extracted",
    review: { state: "accepted", reviewer: "bench", at: recorded },
    recorded: { from: recorded, to: null },
  };
}

const CHUNK = 50_000;

/** Loads `count` synthetic claims, a transaction per 50,000; returns claims per second. */
async function loadSynthetic(store: Store, count: number, recorded: string): Promise<number> {
  await store.putSources([SOURCE]);
  const start = performance.now();
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) =>
      syntheticClaim(from + k, recorded),
    );
    await store.transaction((tx) => tx.addClaims(chunk));
  }
  return count / ((performance.now() - start) / 1000);
}

/** A short report of our own, different for each i, naming states and organizations the reader knows. */
function bulletin(i: number): string {
  const a = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Armenia", "Belarus"][i % 6];
  const b = ["Russia", "China", "the United States", "Turkey"][i % 4];
  const year = 1995 + (i % 25);
  return [
    `Bulletin ${i}. On ${(i % 27) + 1} May ${year}, ${a} and ${b} signed a memorandum on rail freight in a closed session.`,
    `Officials of ${a} said talks number ${i} would go on, while ${b} protested about the tariffs agreed in ${year - 1}.`,
    `In ${year + 1}, ${a} joined the Shanghai Cooperation Organisation's working group on customs, the ministry said.`,
    `Observers noted that meeting ${i} took place days after a visit by the foreign minister of ${b} to the region.`,
  ].join(" ");
}

/**
 * Starts `workers` worker processes, waits until each is working, then enqueues the corpus;
 * documents per second from the enqueue to the last document stored (process start-up
 * not counted, queue latency counted).
 */
async function workThrough(
  url: string,
  workers: number,
  corpus: { name: string; raw: string }[],
): Promise<number> {
  const children = Array.from({ length: workers }, () =>
    spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "--database-url", url, "worker"], {
      cwd: PACKAGE_ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    }),
  );
  const closed = children.map((c) => new Promise((resolve) => c.on("close", resolve)));
  const client = new pg.Client({ connectionString: url });
  try {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve, reject) => {
            let err = "";
            c.stderr?.on("data", (d) => {
              err += d;
              if (err.includes(" working ")) resolve();
            });
            c.on("close", () => reject(new Error(`a worker stopped before working:\n${err}`)));
          }),
      ),
    );
    await client.connect();
    const queue = await IngestQueue.open(url, "bench");
    const start = performance.now();
    await queue.enqueue(corpus, "bench");
    await queue.stop();
    for (;;) {
      const r = await client.query<{ n: number }>("select count(*)::int as n from documents");
      if ((r.rows[0]?.n ?? 0) >= corpus.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return corpus.length / ((performance.now() - start) / 1000);
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(closed);
    await client.end().catch(() => {});
  }
}

export async function postgresBench(ctx: BenchContext): Promise<Result[]> {
  const given = process.env.HEARTLAND_BENCH_DATABASE_URL;
  const server = given ? { url: given, stop: async () => {} } : await startEmbedded();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  let n = 0;
  const made: string[] = [];
  const database = async () => {
    const name = `heartland_bench_${process.pid}_${n++}`;
    await admin.query(`create database "${name}"`);
    made.push(name);
    const u = new URL(server.url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  try {
    const results: Result[] = [];
    const documents = Number(process.env.HEARTLAND_BENCH_DOCUMENTS ?? 300);
    const corpus = Array.from({ length: documents }, (_, i) => ({
      name: `bulletin-${i}.txt`,
      raw: bulletin(i),
    }));

    // 1. Documents per second: in process without a queue (the floor), then 1 and 2 workers.
    const prepare = async () => {
      const url = await database();
      const store = await openPostgresStore(url, { maxConnections: 2 });
      await loadCuratedData(store, BUNDLED_DATA, ctx.files, ctx.now);
      return { url, store };
    };
    const direct = await prepare();
    const ingest = new IngestService(await KnowledgeService.open(direct.store));
    const t0 = performance.now();
    for (const doc of corpus) await ingest.ingest(doc, "bench", new Date());
    const directRate = documents / ((performance.now() - t0) / 1000);
    await direct.store.close();
    const rates: number[] = [];
    for (const workers of [1, 2]) {
      const { url, store } = await prepare();
      await store.close();
      rates.push(await workThrough(url, workers, corpus));
    }
    const [one, two] = rates as [number, number];
    results.push({
      name: "queue, 1 worker (documents/s, PostgreSQL)",
      value: Math.round(one),
      unit: "documents/s",
      baseline: { name: "ingest in process, no queue", value: Math.round(directRate) },
      ratio: ratio(one, directRate),
      note: `${documents} synthetic bulletins (~500 bytes each), worker concurrency 2, batch 5`,
    });
    results.push({
      name: "queue, 2 workers (documents/s, PostgreSQL)",
      value: Math.round(two),
      unit: "documents/s",
      baseline: { name: "1 worker", value: Math.round(one) },
      ratio: ratio(two, one),
      note: "two worker processes on the same corpus; the ratio is how it scales on this machine",
    });

    // 2. Claims loaded per second into a synthetic knowledge base.
    const count = Number(process.env.HEARTLAND_BENCH_CLAIMS ?? 1_000_000);
    const recorded = ctx.now.toISOString();
    const sqlite = await openSqliteStore(join(ctx.dir, "synthetic.sqlite"));
    const sqliteRate = await loadSynthetic(sqlite, count, recorded);
    await sqlite.close();
    const raw = new Database(join(ctx.dir, "synthetic-raw.sqlite"));
    raw.pragma("journal_mode = WAL");
    raw.exec("create table claims (id text primary key, payload text)");
    const insert = raw.prepare("insert into claims values (?, ?)");
    const r0 = performance.now();
    for (let from = 0; from < count; from += CHUNK) {
      raw.transaction(() => {
        for (let i = from; i < Math.min(count, from + CHUNK); i++) {
          const c = syntheticClaim(i, recorded);
          insert.run(c.id, JSON.stringify(c.claim));
        }
      })();
    }
    const rawRate = count / ((performance.now() - r0) / 1000);
    raw.close();
    const pgStore = await openPostgresStore(await database(), { maxConnections: 2 });
    const pgRate = await loadSynthetic(pgStore, count, recorded);
    await pgStore.close();
    const size = `${count.toLocaleString("en")} synthetic claims (HEARTLAND_BENCH_CLAIMS), a transaction per 50,000`;
    results.push({
      name: "synthetic KB load (claims/s, SQLite)",
      value: Math.round(sqliteRate),
      unit: "claims/s",
      baseline: { name: "bare better-sqlite3 inserts", value: Math.round(rawRate) },
      ratio: ratio(sqliteRate, rawRate),
      note: size,
    });
    results.push({
      name: "synthetic KB load (claims/s, PostgreSQL)",
      value: Math.round(pgRate),
      unit: "claims/s",
      baseline: { name: "the same load into SQLite", value: Math.round(sqliteRate) },
      ratio: ratio(pgRate, sqliteRate),
      note: `${size}; ${given ? "the given server" : "embedded PostgreSQL 18, fsync off"}`,
    });
    return results;
  } finally {
    for (const name of made)
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end();
    await server.stop();
  }
}
