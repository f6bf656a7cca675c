import { DyadYearEngine } from "../../src/analytics/dyad-year-engine.js";
import { cohensKappa, portfolioTable, signorinoRitterS, tauB } from "../../src/analytics/similarity.js";
import type { BenchContext, Result } from "../kit.js";

/**
 * S, tau-b and kappa for every dyad-year of a synthetic system of 200 states over 200
 * years, computed by the incremental DyadYearEngine (per-dyad 4×4 tables in typed arrays,
 * edited when a tie or the system changes, values reused for dyads whose tables did not
 * change), against the direct computation: for each year and each dyad, build both
 * portfolios over the system and compute the three measures from them. Both start from
 * the same yearly tie matrices (made before timing). The direct computation is too slow
 * to run over all 200 years, so it runs over every twentieth year and its rate is
 * reported in the same unit; the two agree on those years (checked).
 */

const STATES = 200;
const YEARS = 200;
const ALLIANCES = 40;
const CHANGES_PER_YEAR = 6;

/** Park and Miller's minimal standard generator, seeded: the same system every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

interface SyntheticYear {
  readonly levels: Uint8Array;
  readonly active: Uint8Array;
}

function syntheticSystem(): SyntheticYear[] {
  const random = lcg(20261125);
  const n = STATES;
  const level = Array.from({ length: ALLIANCES }, () => 1 + Math.floor(random() * 3));
  const members = Array.from({ length: ALLIANCES }, () => new Set<number>());
  for (let a = 0; a < ALLIANCES; a++) {
    const size = 2 + Math.floor(random() * 15);
    while (members[a]?.size !== size) members[a]?.add(Math.floor(random() * n));
  }
  // Three states in four are in the system from the start; the others enter over time.
  const entry = Array.from({ length: n }, () => (random() < 0.75 ? 0 : Math.floor(random() * YEARS)));
  const years: SyntheticYear[] = [];
  for (let y = 0; y < YEARS; y++) {
    for (let c = 0; c < CHANGES_PER_YEAR; c++) {
      const a = Math.floor(random() * ALLIANCES);
      const s = Math.floor(random() * n);
      const set = members[a] as Set<number>;
      if (set.has(s)) set.delete(s);
      else set.add(s);
    }
    const levels = new Uint8Array(n * n);
    for (let a = 0; a < ALLIANCES; a++) {
      const list = [...(members[a] as Set<number>)];
      const l = level[a] as number;
      for (const i of list) {
        for (const j of list) {
          if (i !== j && (levels[i * n + j] as number) < l) levels[i * n + j] = l;
        }
      }
    }
    for (let i = 0; i < n; i++) levels[i * n + i] = 3;
    const active = new Uint8Array(n);
    for (let i = 0; i < n; i++) active[i] = (entry[i] as number) <= y ? 1 : 0;
    years.push({ levels, active });
  }
  return years;
}

const dyads = (active: Uint8Array) => {
  let k = 0;
  for (const a of active) k += a;
  return (k * (k - 1)) / 2;
};

/** The direct computation of one year: every dyad's portfolios rebuilt and measured. */
function directYear({ levels, active }: SyntheticYear): Float64Array {
  const n = STATES;
  const ks: number[] = [];
  for (let k = 0; k < n; k++) if (active[k]) ks.push(k);
  const out = new Float64Array(n * n * 3).fill(Number.NaN);
  for (const i of ks) {
    for (const j of ks) {
      if (j <= i) continue;
      const x = ks.map((k) => levels[i * n + k] as number);
      const y = ks.map((k) => levels[j * n + k] as number);
      const t = portfolioTable(x, y);
      out[(i * n + j) * 3] = signorinoRitterS(t) ?? Number.NaN;
      out[(i * n + j) * 3 + 1] = tauB(t) ?? Number.NaN;
      out[(i * n + j) * 3 + 2] = cohensKappa(t) ?? Number.NaN;
    }
  }
  return out;
}

export async function analyticsBench(_ctx: BenchContext): Promise<Result[]> {
  const years = syntheticSystem();
  const total = years.reduce((sum, y) => sum + dyads(y.active), 0);
  const sampled = years.filter((_, i) => i % 20 === 0);

  // The engine over all 200 years, best of three runs; the sampled years' values kept for the check.
  let best = Number.POSITIVE_INFINITY;
  const kept = new Map<number, Float64Array>();
  for (let run = 0; run < 3; run++) {
    const engine = new DyadYearEngine(STATES);
    const start = performance.now();
    years.forEach((y, index) => {
      engine.setTies(y.levels);
      for (let k = 0; k < STATES; k++) engine.setActive(k, y.active[k] === 1);
      engine.measure();
      if (run === 0 && index % 20 === 0) {
        const copy = new Float64Array(STATES * STATES * 3);
        for (let d = 0; d < STATES * STATES; d++) {
          copy[d * 3] = engine.s[d] as number;
          copy[d * 3 + 1] = engine.tauB[d] as number;
          copy[d * 3 + 2] = engine.kappa[d] as number;
        }
        kept.set(index, copy);
      }
    });
    best = Math.min(best, performance.now() - start);
  }
  const engineRate = total / (best / 1000);

  const start = performance.now();
  let directDyads = 0;
  let worst = 0;
  sampled.forEach((y, i) => {
    const values = directYear(y);
    directDyads += dyads(y.active);
    const engineValues = kept.get(i * 20) as Float64Array;
    for (let d = 0; d < values.length; d++) {
      const a = values[d] as number;
      const b = engineValues[d] as number;
      if (Number.isNaN(a) !== Number.isNaN(b))
        throw new Error(`engine and direct computation disagree at ${d}`);
      if (!Number.isNaN(a)) worst = Math.max(worst, Math.abs(a - b));
    }
  });
  const directRate = directDyads / ((performance.now() - start) / 1000);
  if (worst > 1e-9) throw new Error(`engine and direct computation differ by ${worst}`);

  return [
    {
      name: "dyad-years (S, tau-b, kappa)",
      value: Math.round(engineRate),
      unit: "dyad-years/s",
      baseline: { name: "direct pairwise computation", value: Math.round(directRate) },
      ratio: Number((engineRate / directRate).toFixed(2)),
      note: `${STATES} states × ${YEARS} years, ${total} dyad-years in ${Math.round(best)} ms; the direct computation over ${sampled.length} of the years (${directDyads} dyad-years), agreeing within ${worst.toExponential(1)}`,
    },
  ];
}
