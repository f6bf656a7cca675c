import type { DECISION_RULES } from "../domain/claim.js";
import { type PartialDate, partialDate } from "../domain/partial-date.js";
import type { Fact } from "../knowledge/reconcile.js";
import { claimOfFact, ruleInForce } from "./rule-history.js";

/**
 * How a proposal fares in an organization under a decision rule: who votes which way,
 * whether it passes, who blocks it and who could.
 */

export type DecisionRule = (typeof DECISION_RULES)[number];
export type Vote = "yes" | "no" | "abstain";

export interface DecisionOutcome {
  readonly rule: DecisionRule;
  /** The share of yes among yes and no votes a qualified majority needs; null under other rules. */
  readonly threshold: number | null;
  readonly passes: boolean;
  readonly yes: string[];
  readonly no: string[];
  readonly abstain: string[];
  /** Members whose votes make a failing proposal fail (empty when it passes). */
  readonly blocking: string[];
  /** Members who, by switching their own vote alone to no, would make a passing proposal fail. */
  readonly couldBlock: string[];
}

/** The threshold of a qualified majority when none is given: two thirds. */
export const DEFAULT_QUALIFIED_MAJORITY = 2 / 3;

/** Slack for the floating-point product in the qualified-majority test (2/3 × 3 is 2). */
const EPSILON = 1e-9;

const DECISION_RULE_NAMES: readonly string[] = [
  "unanimity",
  "consensus",
  "simple-majority",
  "qualified-majority",
] satisfies DecisionRule[];

export function isDecisionRule(value: string): value is DecisionRule {
  return DECISION_RULE_NAMES.includes(value);
}

type Tally = {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly members: number;
};

/**
 * Each rule as a test of the tally (members who did not vote abstain):
 *
 * - unanimity: every member votes yes; an abstention blocks as surely as a no.
 * - consensus: no member votes no; abstaining is standing aside (the CIS and SCO
 *   charters: a decision passes when no member objects).
 * - simple-majority: more yes than no, abstentions not counted, and at least one yes.
 * - qualified-majority: yes is at least `threshold` of yes and no together, abstentions
 *   not counted, and at least one yes.
 *
 * An organization with no members passes anything under unanimity and consensus (no one
 * objects) and nothing under the majorities (no one is for it).
 */
function passes(rule: DecisionRule, t: Tally, threshold: number): boolean {
  switch (rule) {
    case "unanimity":
      return t.yes === t.members;
    case "consensus":
      return t.no === 0;
    case "simple-majority":
      return t.yes > 0 && t.yes > t.no;
    case "qualified-majority":
      return t.yes > 0 && t.yes + EPSILON >= threshold * (t.yes + t.no);
    default:
      return assertNever(rule);
  }
}

function assertNever(rule: never): never {
  throw new Error(`unhandled decision rule: ${String(rule)}`);
}

/**
 * The outcome of a vote among `members` under `rule`. Members left out of `votes`
 * abstain; votes of states that are not members are ignored. `threshold` is read only
 * under a qualified majority, must lie in (0, 1] (the edge validates what people type;
 * a value outside is a bug and throws a RangeError), and defaults to two thirds.
 *
 * `blocking`: under unanimity, the members not voting yes; under consensus, the members
 * voting no; under the majorities, the members voting no when the proposal fails. Empty
 * whenever it passes. `couldBlock`: the members who, each alone switching to no, would
 * make a passing proposal fail (empty when it fails). All lists are sorted by code.
 */
export function decide(
  members: readonly string[],
  votes: Readonly<Record<string, Vote>>,
  rule: DecisionRule,
  threshold?: number,
): DecisionOutcome {
  const share = threshold ?? DEFAULT_QUALIFIED_MAJORITY;
  if (rule === "qualified-majority" && !(share > 0 && share <= 1)) {
    throw new RangeError(`a qualified-majority threshold must lie in (0, 1], got ${share}`);
  }
  const roll = [...new Set(members)].sort();
  const voteOf = (m: string): Vote => (Object.hasOwn(votes, m) ? (votes[m] as Vote) : "abstain");
  const cast = new Map(roll.map((m) => [m, voteOf(m)]));
  const who = (v: Vote) => roll.filter((m) => cast.get(m) === v);
  const tally = (): Tally => {
    const t = { yes: 0, no: 0, abstain: 0, members: roll.length };
    for (const v of cast.values()) t[v]++;
    return t;
  };
  const passed = passes(rule, tally(), share);

  const couldBlock: string[] = [];
  if (passed) {
    for (const m of roll) {
      const own = cast.get(m) as Vote;
      if (own === "no") continue;
      cast.set(m, "no");
      if (!passes(rule, tally(), share)) couldBlock.push(m);
      cast.set(m, own);
    }
  }

  let blocking: string[] = [];
  if (!passed) blocking = rule === "unanimity" ? roll.filter((m) => cast.get(m) !== "yes") : who("no");

  return {
    rule,
    threshold: rule === "qualified-majority" ? share : null,
    passes: passed,
    yes: who("yes"),
    no: who("no"),
    abstain: who("abstain"),
    blocking,
    couldBlock,
  };
}

/** Event types that count as objecting to a proposal (PLOVER: refusing, protesting, accusing, threatening). */
const OBJECTIONS: ReadonlySet<string> = new Set(["REJECT", "PROTEST", "ACCUSE", "THREATEN"]);

/**
 * Votes inferred from what members did between the proposal and `at`.
 *
 * The proposer votes yes. A member votes no when the record has it objecting (an event of
 * type REJECT, PROTEST, ACCUSE or THREATEN from the member, aimed at the proposer or at
 * the organization) at a date that may fall between the proposal's first day and `at`'s
 * last; `reasons` lists those events. Every other member is assumed to vote yes: the
 * record tells objections, not assent, so silence is read as going along. Undated events
 * cannot be placed in that window and are left out.
 */
export function stancesFromEvents(
  facts: readonly Fact[],
  members: readonly string[],
  proposal: { readonly by: string; readonly org: string; readonly date: PartialDate },
  at: PartialDate,
): { votes: Record<string, Vote>; reasons: Record<string, Fact[]> } {
  const from = proposal.date.first;
  const to = at.last;
  const objections = new Map<string, Fact[]>();
  for (const fact of facts) {
    const event = claimOfFact(fact, "event");
    const date = fact.chosen.date;
    if (event === null || date === null || !OBJECTIONS.has(event.type)) continue;
    if (event.target !== proposal.by && event.target !== proposal.org) continue;
    const end = event.end === undefined ? date.last : Math.max(date.last, partialDate(event.end).last);
    if (date.first > to || end < from) continue;
    objections.set(event.source, [...(objections.get(event.source) ?? []), fact]);
  }
  const votes: Record<string, Vote> = {};
  const reasons: Record<string, Fact[]> = {};
  for (const m of [...new Set(members)].sort()) {
    const against = objections.get(m);
    if (m !== proposal.by && against !== undefined) {
      votes[m] = "no";
      reasons[m] = against;
    } else votes[m] = "yes";
  }
  return { votes, reasons };
}

/** The decision rule of the organization's charter in force at `at` (see `rulesInForce`), or null. */
export function charterDecisionRule(
  facts: readonly Fact[],
  org: string,
  at: PartialDate,
): { rule: DecisionRule; fact: Fact } | null {
  const r = ruleInForce(facts, org, "decision", at);
  return r !== null && r.value !== null && isDecisionRule(r.value) ? { rule: r.value, fact: r.fact } : null;
}

/**
 * The latest proposal recorded in the organization on or before `at` (a "rule" claim with
 * change "propose" and a proposer), the one whose fate `simulate` replays.
 */
export function latestProposal(
  facts: readonly Fact[],
  org: string,
  at: PartialDate,
): { by: string; date: PartialDate; fact: Fact } | null {
  let best: { by: string; date: PartialDate; fact: Fact } | null = null;
  for (const fact of facts) {
    const c = claimOfFact(fact, "rule");
    const d = fact.chosen.date;
    if (!c || !d || c.subject !== org || c.change !== "propose" || !c.by || d.first > at.last) continue;
    if (!best || d.first > best.date.first) best = { by: c.by, date: d, fact };
  }
  return best;
}
