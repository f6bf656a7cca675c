import type { ClaimKind, ClaimOf } from "../domain/claim.js";
import { type PartialDate, sortOrder } from "../domain/partial-date.js";
import { statusAt, type Transition } from "../domain/validity.js";
import {
  type MembershipStatus,
  type MembershipTransition,
  membersAt,
  membershipHistories,
} from "../knowledge/membership-history.js";
import type { Fact } from "../knowledge/reconcile.js";

/**
 * Which rules of a charter (or of a state's law) are in force at a date, read from
 * reconciled rule facts. A rule is named by its subject and its name ("CSTO",
 * "decision"); its value ("unanimity") is what the latest adoption set.
 *
 * - "adopt" puts the rule in force with its value, replacing any earlier value (a charter
 *   that moves from unanimity to qualified majority has one decision rule at a time).
 * - "drop" and "reject" end it, but only when they name no value or the value in force:
 *   rejecting a proposed simple-majority rule leaves the unanimity rule standing.
 * - "propose" changes nothing.
 *
 * Only certainties count, as for memberships (`statusAt`): a rule is in force at `at` when
 * its adoption has certainly happened by `at` and no change that may have happened by then
 * could have ended or replaced it. A rule adopted "2011-12" is not yet certainly in force
 * on 2011-12-15. Rule facts without a date cannot be placed in time and are left out.
 */

export type RuleName = ClaimOf<"rule">["rule"];

export interface RuleInForce {
  /** The organization or state whose rule it is. */
  readonly subject: string;
  readonly rule: RuleName;
  /** The value the adoption set (`unanimity`, `all-members`), or null when it set none. */
  readonly value: string | null;
  /** The date of the adoption the rule has stood on since (a re-adoption does not restart it). */
  readonly since: PartialDate;
  /** The adoption fact. */
  readonly fact: Fact;
}

/** The claim a fact is told by (all claims of a fact tell the same thing), when it is of the kind asked for. */
export function claimOfFact<K extends ClaimKind>(fact: Fact, kind: K): ClaimOf<K> | null {
  const claim = fact.chosen.claims[0]?.claim;
  return claim !== undefined && claim.kind === kind ? (claim as ClaimOf<K>) : null;
}

interface RuleChange {
  readonly date: PartialDate;
  readonly change: "adopt" | "reject" | "drop";
  readonly value: string | null;
  readonly fact: Fact;
}

/** A rule's status in a transition: the JSON of its value (so `null`, no value, stays distinct from "not in force"). */
type ValueKey = string;

function changesBySubjectAndRule(facts: readonly Fact[]): Map<string, RuleChange[]> {
  const out = new Map<string, RuleChange[]>();
  for (const fact of facts) {
    const claim = claimOfFact(fact, "rule");
    if (claim === null || fact.chosen.date === null || claim.change === "propose") continue;
    const key = `${claim.subject}|${claim.rule}`;
    const list = out.get(key) ?? [];
    list.push({ date: fact.chosen.date, change: claim.change, value: claim.value ?? null, fact });
    out.set(key, list);
  }
  return out;
}

/** The history of one rule as transitions of its value; changes that change nothing make no transition. */
function ruleTransitions(changes: readonly RuleChange[]): Transition<ValueKey, Fact>[] {
  const sorted = [...changes].sort(
    (a, b) => sortOrder(a.date, b.date) || a.fact.key.localeCompare(b.fact.key),
  );
  const out: Transition<ValueKey, Fact>[] = [];
  let current: ValueKey | null = null;
  for (const c of sorted) {
    const key = JSON.stringify(c.value);
    let next: ValueKey | null;
    if (c.change === "adopt") next = key;
    else next = c.value === null || key === current ? null : current;
    if (next === current && c.change !== "adopt") continue;
    out.push({ date: c.date, status: next, basis: c.fact });
    current = next;
  }
  return out;
}

function inForce(
  subject: string,
  rule: RuleName,
  transitions: readonly Transition<ValueKey, Fact>[],
  at: PartialDate,
): RuleInForce | null {
  const s = statusAt(transitions, at);
  if (!s.certain || s.status === null || s.since === null) return null;
  // Walk back over re-adoptions of the same value to the adoption that began the stretch.
  let i = transitions.indexOf(s.since);
  while (i > 0 && (transitions[i - 1] as Transition<ValueKey, Fact>).status === s.status) i--;
  const start = transitions[i] as Transition<ValueKey, Fact>;
  return {
    subject,
    rule,
    value: JSON.parse(s.status) as string | null,
    since: start.date,
    fact: start.basis,
  };
}

/** Every rule of every subject in force at `at`, sorted by subject and rule. */
export function everyRuleInForce(facts: readonly Fact[], at: PartialDate): RuleInForce[] {
  const out: RuleInForce[] = [];
  for (const [key, changes] of changesBySubjectAndRule(facts)) {
    const bar = key.lastIndexOf("|");
    const r = inForce(key.slice(0, bar), key.slice(bar + 1) as RuleName, ruleTransitions(changes), at);
    if (r) out.push(r);
  }
  return out.sort((a, b) => a.subject.localeCompare(b.subject) || a.rule.localeCompare(b.rule));
}

/** The rules in force for one organization or state at `at`, sorted by rule. */
export function rulesInForce(facts: readonly Fact[], subject: string, at: PartialDate): RuleInForce[] {
  return everyRuleInForce(
    facts.filter((f) => claimOfFact(f, "rule")?.subject === subject),
    at,
  );
}

/** One rule of a subject in force at `at`, or null. */
export function ruleInForce(
  facts: readonly Fact[],
  subject: string,
  rule: RuleName,
  at: PartialDate,
): RuleInForce | null {
  return rulesInForce(facts, subject, at).find((r) => r.rule === rule) ?? null;
}

/**
 * Membership histories per organization, built on first use: the rules ask about the
 * same few organizations many times within one answer.
 */
export function membershipLookup(
  facts: readonly Fact[],
): (org: string) => ReadonlyMap<string, MembershipTransition[]> {
  const cache = new Map<string, Map<string, MembershipTransition[]>>();
  return (org) => {
    let histories = cache.get(org);
    if (histories === undefined) {
      histories = membershipHistories(facts, org);
      cache.set(org, histories);
    }
    return histories;
  };
}

/** A state's status in an organization at `at` when it is certain (null: none), or "uncertain". */
export function certainMembership(
  histories: ReadonlyMap<string, MembershipTransition[]>,
  state: string,
  at: PartialDate,
): { readonly status: MembershipStatus | null; readonly since: MembershipTransition | null } | "uncertain" {
  const transitions = histories.get(state);
  if (transitions === undefined) return { status: null, since: null };
  const s = statusAt(transitions, at);
  return s.certain ? { status: s.status, since: s.since } : "uncertain";
}

/** The states certainly holding full membership (not suspended, observer, associate) at `at`, by code. */
export function certainMembers(
  histories: ReadonlyMap<string, MembershipTransition[]>,
  at: PartialDate,
): { readonly state: string; readonly fact: Fact }[] {
  return membersAt(histories, at).flatMap((m) =>
    m.status === "member" && m.since !== null ? [{ state: m.state, fact: m.since.basis }] : [],
  );
}
