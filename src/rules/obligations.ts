import type { PartialDate } from "../domain/partial-date.js";
import type { Fact } from "../knowledge/reconcile.js";
import { certainMembers, claimOfFact, everyRuleInForce, membershipLookup } from "./rule-history.js";

/**
 * Who is bound to defend whom at a date, and on what grounds.
 *
 * Two grounds are read:
 *
 * - an organization's collective-defence rule (CST Art. 4, NATO Art. 5): every full member
 *   guarantees every other full member. Only a certain, full membership counts: a
 *   suspended member, an observer, an associate, or a state whose membership the dates
 *   leave uncertain, neither gives nor receives. An organization dissolved by then has no
 *   members left (the membership history ends them), so it binds no one;
 * - a treaty with a mutual-assistance clause (the 2005 Russia-Uzbekistan Treaty on Allied
 *   Relations): every party guarantees every other, from the day it was certainly signed.
 *   A treaty binds apart from any organization, so it survives a suspension from one.
 *
 * Treaties are not ended here: the knowledge base records no termination of agreements yet.
 */

export interface ObligationBasis {
  readonly kind: "organization" | "treaty";
  /** For an organization's rule: the organization. */
  readonly org?: string;
  /** For a treaty: its name (or, when the record gives none, its parties and date). */
  readonly agreement?: string;
  readonly rule: "collective-defence" | "mutual-assistance";
  /** Organization: the rule, the guarantor's membership, the protected state's membership. Treaty: the agreement. */
  readonly facts: Fact[];
}

export interface Obligation {
  readonly guarantor: string;
  readonly protected: string;
  /** Every ground, organizations first (by org), then treaties (by name). */
  readonly basis: ObligationBasis[];
}

export interface ObligationOptions {
  /** Only the obligations this state gives or receives. */
  readonly state?: string;
}

/** Every obligation at `at`, sorted by guarantor then protected state; one entry per pair with all its grounds. */
export function obligationsAt(
  facts: readonly Fact[],
  at: PartialDate,
  options: ObligationOptions = {},
): Obligation[] {
  const byPair = new Map<string, { guarantor: string; protected: string; basis: ObligationBasis[] }>();
  const add = (guarantor: string, protectedState: string, basis: ObligationBasis) => {
    if (guarantor === protectedState) return;
    const key = `${guarantor}|${protectedState}`;
    const entry = byPair.get(key) ?? { guarantor, protected: protectedState, basis: [] };
    entry.basis.push(basis);
    byPair.set(key, entry);
  };

  const histories = membershipLookup(facts);
  for (const rule of everyRuleInForce(facts, at)) {
    if (rule.rule !== "collective-defence") continue;
    const members = certainMembers(histories(rule.subject), at);
    for (const a of members) {
      for (const b of members) {
        add(a.state, b.state, {
          kind: "organization",
          org: rule.subject,
          rule: "collective-defence",
          facts: [rule.fact, a.fact, b.fact],
        });
      }
    }
  }

  for (const fact of facts) {
    const claim = claimOfFact(fact, "agreement");
    const date = fact.chosen.date;
    if (claim === null || date === null || !(claim.clauses ?? []).includes("mutual-assistance")) continue;
    // Signed certainly on or before `at` (a treaty of "2005-11" binds from 2005-12-01 on).
    if (date.last > at.first) continue;
    const agreement = claim.name ?? `agreement of ${claim.parties.join(", ")} (${date.text})`;
    const parties = [...new Set(claim.parties)];
    for (const a of parties) {
      for (const b of parties) {
        add(a, b, { kind: "treaty", agreement, rule: "mutual-assistance", facts: [fact] });
      }
    }
  }

  const { state } = options;
  return [...byPair.values()]
    .filter((o) => state === undefined || o.guarantor === state || o.protected === state)
    .map((o) => ({ ...o, basis: o.basis.sort(compareBases) }))
    .sort((a, b) => a.guarantor.localeCompare(b.guarantor) || a.protected.localeCompare(b.protected));
}

function compareBases(a: ObligationBasis, b: ObligationBasis): number {
  const name = (x: ObligationBasis) => x.org ?? x.agreement ?? "";
  return (
    (a.kind === b.kind ? 0 : a.kind === "organization" ? -1 : 1) ||
    name(a).localeCompare(name(b)) ||
    (a.facts[0]?.key ?? "").localeCompare(b.facts[0]?.key ?? "")
  );
}
