/**
 * What every bench section shares: the result shape (shared/spec/cli.md), a rate
 * measurement, a scratch directory and the bundled knowledge base parsed once.
 */
import type { StoredClaim } from "../src/domain/provenance.js";
import { type CuratedData, curatedToStored, parseCuratedData } from "../src/knowledge/curated-data.js";
import { readDataDir } from "../src/services/data-files.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";

export interface Result {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  ratio: number;
  note?: string;
}

export interface BenchContext {
  /** A scratch directory, removed after the run. */
  readonly dir: string;
  /** The fixed clock every write is recorded with. */
  readonly now: Date;
  /** The bundled data directory's files, parsed data and claims as stored. */
  readonly files: ReturnType<typeof readDataDir>;
  readonly data: CuratedData;
  readonly claims: readonly StoredClaim[];
}

export function benchContext(dir: string, now: Date): BenchContext {
  const files = readDataDir(BUNDLED_DATA);
  const parsed = parseCuratedData(files);
  if (!parsed.data) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  return { dir, now, files, data: parsed.data, claims: curatedToStored(parsed.data) };
}

/** Runs fn repeatedly for about `ms` milliseconds; returns operations per second. */
export async function rate(fn: () => unknown, ms = 1500): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

/** A ratio rounded for the report. */
export const ratio = (value: number, baseline: number): number => Number((value / baseline).toFixed(2));
