import { readFileSync } from "node:fs";
import { join } from "node:path";
import { alignmentChartSvg, type ChartMarker } from "../analytics/alignment-chart.js";
import {
  organizationsOf,
  pairKey,
  portfoliosInYear,
  type Tie,
  tieLevel,
  type YearPortfolios,
} from "../analytics/alliance-portfolio.js";
import { DyadYearEngine } from "../analytics/dyad-year-engine.js";
import {
  type EventBalance,
  eventBalance,
  eventTypesByDyadYear,
  NO_EVENTS,
} from "../analytics/event-balance.js";
import { cohensKappa, portfolioTable, signorinoRitterS, tauB, weightedS } from "../analytics/similarity.js";
import {
  CowStates,
  parseCowStates,
  REGION_ORGANIZATIONS,
  type SystemName,
} from "../analytics/state-system.js";
import {
  DEFAULT_TIE_MAPPING,
  describeMapping,
  type TieMapping,
  withOverrides,
} from "../analytics/tie-mapping.js";
import { type Claim, claimActors } from "../domain/claim.js";
import { ProblemError, problem, unwrap } from "../domain/result.js";
import type { Fact } from "../knowledge/reconcile.js";
import { claimOfFact, membershipLookup } from "../rules/rule-history.js";
import { toCsv } from "./csv.js";
import type { ExportFormat } from "./export-tables.js";
import type { CitedClaim, KnowledgeService } from "./knowledge-service.js";
import { PACKAGE_ROOT } from "./open-knowledge-base.js";

/**
 * Alignment over time and the peace-science tables (`heartland align`, `heartland export
 * state-year|dyad-year`): the knowledge base's facts become alliance portfolios by year
 * (src/analytics/alliance-portfolio.ts), measured by the pure code of src/analytics.
 * Every year's numbers can be traced to the ties, and the ties to the claims and sources.
 */

const ANALYTICS_KINDS: Claim["kind"][] = ["membership", "org", "rule", "agreement", "event"];

/** The longest span of years one question may cover. */
export const MAX_YEARS = 300;

export interface AnalyticsOptions {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly system?: SystemName | undefined;
  /** Tie-level overrides, `KEY=LEVEL` (tie-mapping.ts). */
  readonly ties?: readonly string[] | undefined;
  readonly asOf?: string | null | undefined;
}

export interface AlignOptions extends AnalyticsOptions {
  /** Weights per state (ISO code) for the weighted S; states not listed weigh 0. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** List each year's ties of either state with their claims and sources. */
  readonly withTies?: boolean | undefined;
}

let cowCache: CowStates | null = null;

/** The COW state list shipped in data/ (read once). */
export function cowStates(): CowStates {
  if (cowCache === null) {
    const path = join(PACKAGE_ROOT, "data", "cow-states.csv");
    cowCache = new CowStates(unwrap(parseCowStates(readFileSync(path, "utf8"))));
  }
  return cowCache;
}

const round = (v: number | null): number | null =>
  v === null || Number.isNaN(v) ? null : Math.round(v * 10_000) / 10_000;

const yearOfFact = (f: Fact): number | null =>
  f.chosen.date ? Number(f.chosen.date.text.slice(0, 4)) : null;

interface Context {
  readonly facts: readonly Fact[];
  readonly mapping: TieMapping;
  readonly system: SystemName;
  readonly from: number;
  readonly to: number;
  readonly candidates: readonly string[];
  readonly cow: CowStates;
  readonly histories: ReturnType<typeof membershipLookup>;
}

async function context(
  kb: KnowledgeService,
  options: AnalyticsOptions,
  extra: readonly string[],
): Promise<Context> {
  const facts = await kb.factsOfKinds(ANALYTICS_KINDS, options.asOf ?? null);
  const mapping = unwrap(
    withOverrides(
      DEFAULT_TIE_MAPPING,
      options.ties ?? [],
      (id) => kb.actors.get(id)?.kind === "organization",
    ),
  );
  const system = options.system ?? "region";
  const isState = (id: string) => kb.actors.get(id)?.kind === "state";
  const candidates = new Set<string>(extra);
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const f of facts) {
    const year = yearOfFact(f);
    const m = claimOfFact(f, "membership");
    const agreement = claimOfFact(f, "agreement");
    if (m && (system === "all-known" || (REGION_ORGANIZATIONS as readonly string[]).includes(m.org))) {
      if (isState(m.state)) candidates.add(m.state);
      if (year !== null) firstYear = Math.min(firstYear, year);
    }
    if (agreement && system === "all-known")
      for (const p of agreement.parties) if (isState(p)) candidates.add(p);
    if (year !== null) lastYear = Math.max(lastYear, year);
  }
  const from = options.from ?? (Number.isFinite(firstYear) ? firstYear : 1991);
  const to = options.to ?? (Number.isFinite(lastYear) ? lastYear : from);
  if (from > to) {
    throw new ProblemError(
      problem("invalid_argument", `--from ${from} is after --to ${to}`, {
        hint: "give --from YEAR before --to YEAR",
      }),
    );
  }
  if (to - from + 1 > MAX_YEARS) {
    throw new ProblemError(
      problem("invalid_argument", `${from}-${to} is ${to - from + 1} years, over the limit of ${MAX_YEARS}`, {
        hint: "ask for a shorter span with --from and --to",
      }),
    );
  }
  return {
    facts,
    mapping,
    system,
    from,
    to,
    candidates: [...candidates].sort(),
    cow: cowStates(),
    histories: membershipLookup(facts),
  };
}

const systemIn = (ctx: Context, year: number): string[] =>
  ctx.candidates.filter((s) => ctx.cow.inSystem(s, year));

const portfolios = (ctx: Context, year: number): YearPortfolios =>
  portfoliosInYear(ctx.facts, year, ctx.mapping, ctx.histories);

export interface AlignYear {
  readonly year: number;
  readonly comembership: number;
  readonly s: number | null;
  readonly s_weighted?: number | null;
  readonly tau_b: number | null;
  readonly kappa: number | null;
  /** The two states' own tie level that year. */
  readonly tie: number;
  /** How many states the system has that year (both states included). */
  readonly system_size: number;
  readonly events: EventBalance;
  /** Membership changes and treaties of the year that changed either state's ties, with their claims. */
  readonly changes: readonly {
    readonly date: string | null;
    readonly summary: string;
    readonly claims: readonly CitedClaim[];
  }[];
  readonly ties?: readonly {
    readonly states: readonly [string, string];
    readonly level: number;
    readonly basis: readonly {
      kind: string;
      via: string;
      level: number;
      reason: string;
      claims: readonly CitedClaim[];
    }[];
  }[];
}

/** The changes of `year` behind the differences between two years' ties of the states asked about. */
function changesOf(
  kb: KnowledgeService,
  ctx: Context,
  states: readonly string[],
  prev: YearPortfolios,
  cur: YearPortfolios,
  system: readonly string[],
): AlignYear["changes"] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const take = (f: Fact) => {
    if (yearOfFact(f) !== cur.year || seen.has(f.key)) return;
    const c = claimOfFact(f, "membership") ?? claimOfFact(f, "agreement") ?? claimOfFact(f, "rule");
    if (!c) return;
    seen.add(f.key);
    facts.push(f);
  };
  for (const a of states) {
    for (const k of system) {
      if (k === a) continue;
      const before: Tie | undefined = prev.ties.get(pairKey(a, k));
      const after: Tie | undefined = cur.ties.get(pairKey(a, k));
      if (
        (before?.level ?? 0) === (after?.level ?? 0) &&
        (before?.basis.length ?? 0) === (after?.basis.length ?? 0)
      )
        continue;
      const vias = new Set(after?.basis.map((b) => b.via));
      for (const b of after?.basis ?? []) for (const f of b.facts) take(f);
      for (const b of before?.basis ?? []) {
        if (vias.has(b.via) || b.kind !== "organization") continue;
        for (const f of ctx.facts) {
          const m = claimOfFact(f, "membership");
          if (m && m.org === b.via && (m.state === a || m.state === k)) take(f);
        }
      }
    }
  }
  // The two states' own changes first (they label the chart's marks), then by date.
  const own = (f: Fact) => {
    const c = f.chosen.claims[0]?.claim;
    return c && claimActors(c).some((x) => states.includes(x.actor)) ? 0 : 1;
  };
  facts.sort(
    (p, q) =>
      own(p) - own(q) ||
      (p.chosen.date?.first ?? 0) - (q.chosen.date?.first ?? 0) ||
      p.key.localeCompare(q.key),
  );
  return facts.map((f) => {
    const claims = kb.citeFacts([f]);
    return { date: f.chosen.date?.text ?? null, summary: claims[0]?.summary ?? f.key, claims };
  });
}

/** `heartland align A B`: the measures of two states' alignment, year by year (shared/spec/cli.md). */
export async function align(
  kb: KnowledgeService,
  aInput: string,
  bInput: string,
  options: AlignOptions = {},
) {
  const a = kb.resolveActor(aInput, ["state"]);
  const b = kb.resolveActor(bInput, ["state"]);
  const ctx = await context(kb, options, [a.id, b.id]);
  const events = eventTypesByDyadYear(ctx.facts);
  const years: AlignYear[] = [];
  let prev = portfolios(ctx, ctx.from - 1);
  for (let year = ctx.from; year <= ctx.to; year++) {
    const cur = portfolios(ctx, year);
    const system = systemIn(ctx, year);
    const inSystem = system.includes(a.id) && system.includes(b.id);
    const x = system.map((k) => tieLevel(cur, a.id, k));
    const y = system.map((k) => tieLevel(cur, b.id, k));
    const t = inSystem ? portfolioTable(x, y) : null;
    const e = events.get(`${pairKey(a.id, b.id)}|${year}`);
    const weights = options.weights;
    years.push({
      year,
      comembership:
        a.id === b.id
          ? (cur.memberships.get(a.id)?.length ?? 0)
          : (cur.shared.get(pairKey(a.id, b.id))?.length ?? 0),
      s: t ? round(signorinoRitterS(t)) : null,
      ...(weights
        ? {
            s_weighted: inSystem
              ? round(
                  weightedS(
                    x,
                    y,
                    system.map((k) => weights[k] ?? 0),
                  ),
                )
              : null,
          }
        : {}),
      tau_b: t ? round(tauB(t)) : null,
      kappa: t ? round(cohensKappa(t)) : null,
      tie: tieLevel(cur, a.id, b.id),
      system_size: system.length,
      events: e ? eventBalance(e.types) : NO_EVENTS,
      changes: changesOf(kb, ctx, a.id === b.id ? [a.id] : [a.id, b.id], prev, cur, system),
      ...(options.withTies
        ? {
            ties: [...cur.ties.values()]
              .filter((tie) => tie.a === a.id || tie.b === a.id || tie.a === b.id || tie.b === b.id)
              .map((tie) => ({
                states: [tie.a, tie.b] as const,
                level: tie.level,
                basis: tie.basis.map((basis) => ({
                  kind: basis.kind,
                  via: basis.via,
                  level: basis.level,
                  reason: basis.reason,
                  claims: kb.citeFacts(basis.facts),
                })),
              })),
          }
        : {}),
    });
    prev = cur;
  }
  return {
    a: a.id,
    b: b.id,
    names: { a: a.name, b: b.name },
    system: ctx.system,
    from: ctx.from,
    to: ctx.to,
    asOf: options.asOf ?? null,
    scenario: kb.scenario?.name ?? null,
    mapping: describeMapping(ctx.mapping),
    years,
  };
}

export type AlignAnswer = Awaited<ReturnType<typeof align>>;

/** The chart of an align answer (`heartland align --plot`, the web app). */
export function alignChart(answer: AlignAnswer): string {
  const markers: ChartMarker[] = answer.years.flatMap((y) =>
    y.changes.map((c) => ({ year: y.year, label: c.summary })),
  );
  return alignmentChartSvg({
    title: `${answer.names.a} (${answer.a}) and ${answer.names.b} (${answer.b}), ${answer.from}-${answer.to}, system: ${answer.system}`,
    years: answer.years,
    markers,
  });
}

// ---------------------------------------------------------------------------------------
// The tables researchers publish: state-year and dyad-year.

/** The formats a table is written in: those of `heartland export`. */
export type TableFormat = ExportFormat;

const jsonl = (rows: readonly unknown[]) =>
  rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");

/** States in the order the tables sort them: by COW code, then (for states without one) by ISO code. */
function tableOrder(ctx: Context, states: readonly string[]): string[] {
  const code = (s: string) => ctx.cow.ccode(s) ?? Number.POSITIVE_INFINITY;
  return [...states].sort((p, q) => code(p) - code(q) || p.localeCompare(q));
}

export const STATE_YEAR_COLUMNS = [
  "ccode",
  "iso3",
  "stateabb",
  "year",
  "defence",
  "nonaggression",
  "entente",
  "memberships",
  "cooperative",
  "conflictual",
] as const;

/**
 * One row per state of the system per year, sorted by COW code then year: how many states
 * it has a defence pact (3), a neutrality or non-aggression pact (2) or an entente (1)
 * with, how many organizations it belongs to as a full member, and its cooperative and
 * conflictual events with other states that year.
 */
export async function stateYearRows(kb: KnowledgeService, options: AnalyticsOptions = {}) {
  const ctx = await context(kb, options, []);
  const events = eventTypesByDyadYear(ctx.facts);
  const perYear = new Map<number, { p: YearPortfolios; system: string[] }>();
  for (let year = ctx.from; year <= ctx.to; year++)
    perYear.set(year, { p: portfolios(ctx, year), system: systemIn(ctx, year) });
  const rows: Record<(typeof STATE_YEAR_COLUMNS)[number], string | number | null>[] = [];
  for (const state of tableOrder(ctx, ctx.candidates)) {
    for (let year = ctx.from; year <= ctx.to; year++) {
      const { p, system } = perYear.get(year) as { p: YearPortfolios; system: string[] };
      if (!system.includes(state)) continue;
      const count = [0, 0, 0, 0];
      for (const k of system) {
        const level = tieLevel(p, state, k);
        if (k !== state) count[level] = (count[level] as number) + 1;
      }
      let cooperative = 0;
      let conflictual = 0;
      for (const k of system) {
        const e = events.get(`${pairKey(state, k)}|${year}`);
        if (!e || k === state) continue;
        const balance = eventBalance(e.types);
        cooperative += balance.cooperative;
        conflictual += balance.conflictual;
      }
      rows.push({
        ccode: ctx.cow.ccode(state),
        iso3: state,
        stateabb: ctx.cow.stateabb(state),
        year,
        defence: count[3] as number,
        nonaggression: count[2] as number,
        entente: count[1] as number,
        memberships: p.memberships.get(state)?.length ?? 0,
        cooperative,
        conflictual,
      });
    }
  }
  return { system: ctx.system, from: ctx.from, to: ctx.to, rows };
}

export const DYAD_YEAR_COLUMNS = [
  "ccode1",
  "ccode2",
  "iso3_1",
  "iso3_2",
  "year",
  "tie",
  "comembership",
  "s",
  "tau_b",
  "kappa",
  "cooperative",
  "conflictual",
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
] as const;

/**
 * One row per non-directed dyad of the system per year (state 1 before state 2 in COW-code
 * order), sorted by ccode1, ccode2, year: the dyad's tie level, co-membership, S, tau-b,
 * kappa and event counts. The measures come from DyadYearEngine, which carries each year's
 * values over to the next and measures again only the dyads whose ties changed.
 */
export async function dyadYearRows(kb: KnowledgeService, options: AnalyticsOptions = {}) {
  const ctx = await context(kb, options, []);
  const events = eventTypesByDyadYear(ctx.facts);
  const states = tableOrder(ctx, ctx.candidates);
  const n = states.length;
  const index = new Map(states.map((s, i) => [s, i]));
  const engine = new DyadYearEngine(n);
  const levels = new Uint8Array(n * n);
  type Row = Record<(typeof DYAD_YEAR_COLUMNS)[number], string | number | null>;
  const byDyad: Row[][] = Array.from({ length: n * n }, () => []);
  for (let year = ctx.from; year <= ctx.to; year++) {
    const p = portfolios(ctx, year);
    const system = new Set(systemIn(ctx, year));
    levels.fill(0);
    for (const tie of p.ties.values()) {
      const i = index.get(tie.a);
      const j = index.get(tie.b);
      if (i === undefined || j === undefined) continue;
      levels[i * n + j] = tie.level;
      levels[j * n + i] = tie.level;
    }
    for (let i = 0; i < n; i++) levels[i * n + i] = 3;
    engine.setTies(levels);
    states.forEach((s, i) => {
      engine.setActive(i, system.has(s));
    });
    engine.measure();
    for (let i = 0; i < n; i++) {
      if (!engine.isActive(i)) continue;
      for (let j = i + 1; j < n; j++) {
        if (!engine.isActive(j)) continue;
        const s1 = states[i] as string;
        const s2 = states[j] as string;
        const e = events.get(`${pairKey(s1, s2)}|${year}`);
        const balance = e ? eventBalance(e.types) : NO_EVENTS;
        (byDyad[i * n + j] as Row[]).push({
          ccode1: ctx.cow.ccode(s1),
          ccode2: ctx.cow.ccode(s2),
          iso3_1: s1,
          iso3_2: s2,
          year,
          tie: engine.tie(i, j),
          comembership: p.shared.get(pairKey(s1, s2))?.length ?? 0,
          s: round(engine.s[i * n + j] as number),
          tau_b: round(engine.tauB[i * n + j] as number),
          kappa: round(engine.kappa[i * n + j] as number),
          cooperative: balance.cooperative,
          conflictual: balance.conflictual,
          verbal_cooperation: balance.verbal_cooperation,
          material_cooperation: balance.material_cooperation,
          verbal_conflict: balance.verbal_conflict,
          material_conflict: balance.material_conflict,
        });
      }
    }
  }
  return { system: ctx.system, from: ctx.from, to: ctx.to, rows: byDyad.flat() };
}

/** The state-year table as a file: CSV with a header row, or JSON Lines. */
export async function stateYearFile(
  kb: KnowledgeService,
  options: AnalyticsOptions & { format: TableFormat },
): Promise<string> {
  const { rows } = await stateYearRows(kb, options);
  return options.format === "csv" ? toCsv(STATE_YEAR_COLUMNS, rows) : jsonl(rows);
}

/** The dyad-year table as a file: CSV with a header row, or JSON Lines. */
export async function dyadYearFile(
  kb: KnowledgeService,
  options: AnalyticsOptions & { format: TableFormat },
): Promise<string> {
  const { rows } = await dyadYearRows(kb, options);
  return options.format === "csv" ? toCsv(DYAD_YEAR_COLUMNS, rows) : jsonl(rows);
}

/** Every organization the facts name, for checking `--tie` keys and documentation. */
export function organizationsNamed(facts: readonly Fact[]): string[] {
  return organizationsOf(facts);
}
