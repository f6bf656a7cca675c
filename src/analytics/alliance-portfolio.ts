import { type PartialDate, partialDate } from "../domain/partial-date.js";
import type { Fact } from "../knowledge/reconcile.js";
import { certainMembers, claimOfFact, membershipLookup, ruleInForce } from "../rules/rule-history.js";
import type { TieLevel, TieMapping } from "./tie-mapping.js";

/**
 * Alliance portfolios by year, read from reconciled facts: for every pair of states, the
 * strongest tie (ATOP/COW levels, see tie-mapping.ts) on the last day of the year, with
 * every organization or treaty that gives a tie and the facts it rests on. A year is read
 * at 31 December, so a state that leaves in April has no tie that year, and a join dated
 * only "2006" counts for 2006.
 */

export interface TieBasis {
  readonly kind: "organization" | "treaty";
  /** The organization, or the treaty's name (its parties and date when it has none). */
  readonly via: string;
  readonly level: TieLevel;
  /** Why it gives that level: `collective-defence`, a clause, or `mapping` (an organization's own entry). */
  readonly reason: string;
  /** The rule (if any) and both memberships; or the agreement. */
  readonly facts: readonly Fact[];
}

export interface Tie {
  /** The two states, in code order. */
  readonly a: string;
  readonly b: string;
  readonly level: TieLevel;
  /** Every ground, strongest first, then by name. */
  readonly basis: readonly TieBasis[];
}

export interface YearPortfolios {
  readonly year: number;
  /** Ties of level 1 and above, keyed `A|B` with A < B. */
  readonly ties: ReadonlyMap<string, Tie>;
  /** Organizations (any, level 0 included) both states certainly belong to as full members, keyed `A|B`. */
  readonly shared: ReadonlyMap<string, readonly string[]>;
  /** Organizations each state certainly belongs to as a full member. */
  readonly memberships: ReadonlyMap<string, readonly string[]>;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The last day of a year, the day a year's portfolios are read on. */
export function yearEnd(year: number): PartialDate {
  return partialDate(`${String(year).padStart(4, "0")}-12-31`);
}

/** The organizations named by membership facts, sorted. */
export function organizationsOf(facts: readonly Fact[]): string[] {
  const orgs = new Set<string>();
  for (const f of facts) {
    const c = claimOfFact(f, "membership");
    if (c) orgs.add(c.org);
  }
  return [...orgs].sort();
}

/** Every tie and shared membership on the last day of `year`. */
export function portfoliosInYear(
  facts: readonly Fact[],
  year: number,
  mapping: TieMapping,
  histories: ReturnType<typeof membershipLookup> = membershipLookup(facts),
): YearPortfolios {
  const at = yearEnd(year);
  const ties = new Map<string, { a: string; b: string; level: TieLevel; basis: TieBasis[] }>();
  const shared = new Map<string, string[]>();
  const memberships = new Map<string, string[]>();
  const add = (x: string, y: string, basis: TieBasis) => {
    if (x === y || basis.level === 0) return;
    const key = pairKey(x, y);
    const tie = ties.get(key) ?? { a: x < y ? x : y, b: x < y ? y : x, level: 0 as TieLevel, basis: [] };
    tie.basis.push(basis);
    if (basis.level > tie.level) tie.level = basis.level;
    ties.set(key, tie);
  };

  for (const org of organizationsOf(facts)) {
    const members = certainMembers(histories(org), at);
    for (const m of members) {
      const list = memberships.get(m.state) ?? [];
      list.push(org);
      memberships.set(m.state, list);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = pairKey((members[i] as { state: string }).state, (members[j] as { state: string }).state);
        const list = shared.get(key) ?? [];
        list.push(org);
        shared.set(key, list);
      }
    }
    const own = mapping.organizations[org];
    const rule = own === undefined ? ruleInForce(facts, org, "collective-defence", at) : null;
    const level: TieLevel = own ?? (rule ? mapping.collectiveDefence : 0);
    if (level === 0) continue;
    for (const m of members) {
      for (const n of members) {
        if (m.state >= n.state) continue;
        add(m.state, n.state, {
          kind: "organization",
          via: org,
          level,
          reason: own !== undefined ? "mapping" : "collective-defence",
          facts: [...(rule ? [rule.fact] : []), m.fact, n.fact],
        });
      }
    }
  }

  for (const fact of facts) {
    const claim = claimOfFact(fact, "agreement");
    const date = fact.chosen.date;
    if (claim === null || date === null || date.last > at.first) continue;
    let level: TieLevel = 0;
    let reason = "";
    for (const clause of claim.clauses ?? []) {
      const l = mapping.clauses[clause];
      if (l > level) {
        level = l;
        reason = clause;
      }
    }
    if (level === 0) continue;
    const via = claim.name ?? `agreement of ${claim.parties.join(", ")} (${date.text})`;
    const parties = [...new Set(claim.parties)].sort();
    for (const x of parties) {
      for (const y of parties) {
        if (x < y) add(x, y, { kind: "treaty", via, level, reason, facts: [fact] });
      }
    }
  }

  for (const tie of ties.values()) {
    tie.basis.sort((p, q) => q.level - p.level || p.via.localeCompare(q.via));
  }
  return { year, ties, shared, memberships };
}

/** A state's tie level with another in a year: 3 with itself, 0 without a tie. */
export function tieLevel(p: YearPortfolios, a: string, b: string): TieLevel {
  if (a === b) return 3;
  return p.ties.get(pairKey(a, b))?.level ?? 0;
}
