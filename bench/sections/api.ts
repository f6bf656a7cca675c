import { join } from "node:path";
import autocannon from "autocannon";
import Fastify from "fastify";
import { buildApp } from "../../src/api/app.js";
import { KnowledgeService, loadCuratedData } from "../../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../../src/services/open-knowledge-base.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { BenchContext, Result } from "../kit.js";

/** The HTTP API under 50 connections against bare Fastify serving the same bytes. */
export async function apiBench(ctx: BenchContext): Promise<Result[]> {
  const { dir, now, files } = ctx;
  const results: Result[] = [];
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

  return results;
}
