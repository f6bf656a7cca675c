/**
 * `npm run bench`: each figure against a baseline measured in the same run on the same
 * machine (these machines are shared and noisy: read the ratios, not the absolutes).
 * Writes bench/results.json and prints a table (shape: shared/spec/cli.md).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import Fastify from "fastify";
import winkModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { buildApp } from "../src/api/app.js";
import { partialDate } from "../src/domain/partial-date.js";
import type { StoredClaim } from "../src/domain/provenance.js";
import { curatedToStored, parseCuratedData } from "../src/knowledge/curated-data.js";
import { membersAt, membershipHistories } from "../src/knowledge/membership-history.js";
import { reconcile } from "../src/knowledge/reconcile.js";
import { extractClaims } from "../src/reading/pipeline.js";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { readerKnowledge } from "../src/services/reading-service.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";

interface Result {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  ratio: number;
  note?: string;
}

const now = new Date("2026-11-25T00:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "heartland-bench-"));
const results: Result[] = [];

/** Runs fn repeatedly for about `ms` milliseconds; returns operations per second. */
async function rate(fn: () => unknown, ms = 1500): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

try {
  const files = readDataDir(BUNDLED_DATA);
  const parsed = parseCuratedData(files);
  if (!parsed.data) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  const claims = curatedToStored(parsed.data);

  // 1. Writing claims through the store (one transaction, batched, with the actor index),
  //    against bare better-sqlite3 inserting the same claims as JSON into one table in one
  //    transaction: the floor any store on SQLite can reach. Parsing the YAML is not timed.
  let loads = 0;
  const loadRate = await rate(async () => {
    const store = await openSqliteStore(join(dir, `load-${loads++}.sqlite`));
    await store.putSources(parsed.data?.sources ?? []);
    await store.transaction((tx) => tx.addClaims(claims));
    await store.close();
  });
  let raws = 0;
  const rawRate = await rate(() => {
    const db = new Database(join(dir, `raw-${raws++}.sqlite`));
    db.pragma("journal_mode = WAL");
    db.exec("create table claims (id text primary key, payload text)");
    const insert = db.prepare("insert into claims values (?, ?)");
    db.transaction((rows: StoredClaim[]) => {
      for (const c of rows) insert.run(c.id, JSON.stringify(c.claim));
    })(claims);
    db.close();
  });
  // The whole `load` (read, parse and validate the YAML, then write), for the record.
  let fulls = 0;
  const fullRate = await rate(async () => {
    const store = await openSqliteStore(join(dir, `full-${fulls++}.sqlite`));
    await loadCuratedData(store, BUNDLED_DATA, readDataDir(BUNDLED_DATA), now);
    await store.close();
  });
  const loadValue = Math.round(loadRate * claims.length);
  const rawValue = Math.round(rawRate * claims.length);
  results.push({
    name: "store writes (claims/s, SQLite)",
    value: loadValue,
    unit: "claims/s",
    baseline: { name: "bare better-sqlite3 inserts", value: rawValue },
    ratio: Number((loadValue / rawValue).toFixed(2)),
    note: `${claims.length} claims per run (whole load with YAML parsing: ${Math.round(fullRate * claims.length)} claims/s)`,
  });

  // 2. "Members at a date" through the indexed store and the service, against the same
  //    answer computed by reading every claim and filtering in memory (a full scan).
  const store = await openSqliteStore(join(dir, "query.sqlite"));
  await loadCuratedData(store, BUNDLED_DATA, files, now);
  const service = await KnowledgeService.open(store);
  const at = partialDate("2012-07-01");
  const indexed = await rate(() => service.members("CSTO", at));
  const sources = new Map(parsed.data.sources.map((s) => [s.id, s]));
  const scan = await rate(async () => {
    const all = (await store.allClaims()).filter(
      (c) => (c.claim.kind === "membership" || c.claim.kind === "org") && c.claim.org === "CSTO",
    );
    return membersAt(
      membershipHistories(
        reconcile(all, (id) => sources.get(id)),
        "CSTO",
      ),
      at,
    );
  });
  results.push({
    name: "members at a date (queries/s)",
    value: Math.round(indexed),
    unit: "queries/s",
    baseline: { name: "full scan of all claims", value: Math.round(scan) },
    ratio: Number((indexed / scan).toFixed(2)),
  });
  await store.close();

  // 3. The HTTP API under load: GET /api/v1/members?org=CSTO&at=2012-07-01, 50 concurrent
  //    connections on loopback (autocannon, its load generated in a worker thread), against
  //    a bare Fastify serving the same bytes as a static JSON reply, in the same run. A
  //    repeated question is answered from the API's answer cache; the figure for answers
  //    computed every time (Cache-Control: no-cache) goes in the note.
  const apiStore = await openSqliteStore(join(dir, "api.sqlite"));
  await loadCuratedData(apiStore, BUNDLED_DATA, files, now);
  const app = buildApp({
    kb: { store: apiStore, service: await KnowledgeService.open(apiStore) },
    now: () => now,
  });
  const bare = Fastify();
  try {
    const path = "/api/v1/members?org=CSTO&at=2012-07-01";
    const body = (await app.inject({ method: "GET", url: path })).body;
    bare.get("/static", (_request, reply) => reply.type("application/json; charset=utf-8").send(body));
    const ours = `${await app.listen({ host: "127.0.0.1", port: 0 })}${path}`;
    const baseline = `${await bare.listen({ host: "127.0.0.1", port: 0 })}/static`;
    const load = async (url: string, seconds: number, headers: Record<string, string> = {}) => {
      const r = await autocannon({ url, connections: 50, duration: seconds, workers: 1, headers });
      if (r.errors > 0 || r.non2xx > 0)
        throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
      return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
    };
    await load(baseline, 1);
    await load(ours, 1);
    // Alternated, the better of two runs each: a shared machine's noise falls on both sides.
    const runs = { base: [] as { rps: number; p99: number }[], api: [] as { rps: number; p99: number }[] };
    for (let round = 0; round < 2; round++) {
      runs.base.push(await load(baseline, 2.5));
      runs.api.push(await load(ours, 2.5));
    }
    const best = (list: { rps: number; p99: number }[]) =>
      list.reduce((a, b) => (b.rps > a.rps ? b : a), { rps: 0, p99: Number.POSITIVE_INFINITY });
    const base = best(runs.base);
    const api = best(runs.api);
    const fresh = await load(ours, 3, { "cache-control": "no-cache" });
    const note = `${Buffer.byteLength(body)}-byte answer; computed every time (no-cache): ${fresh.rps} req/s, p99 ${fresh.p99} ms`;
    results.push({
      name: "API members (req/s, 50 conns)",
      value: api.rps,
      unit: "req/s",
      baseline: { name: "bare Fastify, same bytes static", value: base.rps },
      ratio: Number((api.rps / base.rps).toFixed(2)),
      note,
    });
    results.push({
      name: "API members p99 latency",
      value: api.p99,
      unit: "ms",
      baseline: { name: "bare Fastify, same bytes static", value: base.p99 },
      ratio: Number((api.p99 / Math.max(base.p99, 1)).toFixed(2)),
      note: "lower is better; target under 20 ms",
    });
  } finally {
    await app.close();
    await bare.close();
    await apiStore.close();
  }

  // 4. Extraction throughput on a synthetic corpus of at least 5 MB (short reports
  //    written for the tests, repeated with varied names and dates), against wink-nlp's
  //    readDoc over the same text: the general NLP pass our one-pass gazetteer avoids.
  {
    const kbStore = await openSqliteStore(join(dir, "reader.sqlite"));
    await loadCuratedData(kbStore, BUNDLED_DATA, files, now);
    const knowledge = await readerKnowledge(await KnowledgeService.open(kbStore));
    const report = readFileSync(new URL("../test/fixtures/docs/steppe-report.txt", import.meta.url), "utf8");
    const states = [
      "Kazakhstan",
      "Kyrgyzstan",
      "Tajikistan",
      "Uzbekistan",
      "Armenia",
      "Belarus",
      "Russia",
      "China",
    ];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const a = states[i % states.length] ?? "Russia";
      const b = states[(i * 3 + 1) % states.length] ?? "China";
      const part = `${report.replaceAll("Kazakhstan", a).replaceAll("Tajikistan", b)}\nIn ${1995 + (i % 25)} ${a} met ${b} in talks.\n`;
      parts.push(part);
      size += part.length;
    }
    const corpus = parts.join("\n");
    const mb = corpus.length / 1024 / 1024;
    let t = performance.now();
    extractClaims(corpus, "2016-03-14", knowledge);
    const ours = mb / ((performance.now() - t) / 1000);
    const nlp = winkNLP(winkModel);
    t = performance.now();
    nlp.readDoc(corpus);
    const wink = mb / ((performance.now() - t) / 1000);
    results.push({
      name: "extract (MB/s, one core)",
      value: Number(ours.toFixed(2)),
      unit: "MB/s",
      baseline: { name: "wink-nlp readDoc", value: Number(wink.toFixed(2)) },
      ratio: Number((ours / wink).toFixed(2)),
      note: `${mb.toFixed(1)} MB synthetic corpus; target at least 5 MB/s and 3 times the baseline`,
    });
    await kbStore.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus();
const report = {
  machine: `${cpu.length} cores, ${cpu[0]?.model ?? "unknown cpu"}`,
  date: new Date().toISOString().slice(0, 10),
  results,
};
writeFileSync(new URL("results.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(`${report.machine}`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(32)} ${String(r.value).padStart(10)} ${r.unit.padEnd(10)} baseline ${r.baseline.name}: ${r.baseline.value}  ratio ${r.ratio}`,
  );
}
