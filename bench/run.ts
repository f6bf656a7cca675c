/**
 * `npm run bench`: each figure against a baseline measured in the same run on the same
 * machine (these machines are shared and noisy: read the ratios, not the absolutes).
 * Writes bench/results.json and prints a table (shape: shared/spec/cli.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { partialDate } from "../src/domain/partial-date.js";
import type { StoredClaim } from "../src/domain/provenance.js";
import { curatedToStored, parseCuratedData } from "../src/knowledge/curated-data.js";
import { membersAt, membershipHistories } from "../src/knowledge/membership-history.js";
import { reconcile } from "../src/knowledge/reconcile.js";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
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
