/**
 * `npm run bench`: each figure against a baseline measured in the same run on the same
 * machine (these machines are shared and noisy: read the ratios, not the absolutes).
 * Writes bench/results.json and prints a table (shape: shared/spec/cli.md). Each section
 * lives in bench/sections/; `npm run bench -- NAME...` runs only the named sections.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchContext, benchContext, type Result } from "./kit.js";
import { analyticsBench } from "./sections/analytics.js";
import { apiBench } from "./sections/api.js";
import { extractBench } from "./sections/extract.js";
import { postgresBench } from "./sections/postgres.js";
import { storeBench } from "./sections/store.js";
import { webBench } from "./sections/web.js";

const SECTIONS: Record<string, (ctx: BenchContext) => Promise<Result[]>> = {
  analytics: analyticsBench,
  store: storeBench,
  api: apiBench,
  extract: extractBench,
  web: webBench,
  postgres: postgresBench,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in SECTIONS));
if (unknown.length > 0) {
  console.error(
    `bench: no section named ${unknown.join(", ")} (sections: ${Object.keys(SECTIONS).join(", ")})`,
  );
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "heartland-bench-"));
const results: Result[] = [];
try {
  const ctx = benchContext(dir, new Date("2026-11-25T00:00:00Z"));
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.error(`bench: ${name}...`);
    results.push(...(await section(ctx)));
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
