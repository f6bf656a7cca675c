import { compareDates, type PartialDate } from "../domain/partial-date.js";
import { sortTransitions, statusAt, type Transition } from "../domain/validity.js";
import type { Fact } from "../knowledge/reconcile.js";
import {
  certainMembers,
  certainMembership,
  claimOfFact,
  everyRuleInForce,
  membershipLookup,
  type RuleInForce,
} from "./rule-history.js";

/**
 * Breaches of charter rules and of states' own laws standing at a date, each with a
 * sentence a person can read and the facts it rests on. Only what the record makes
 * certain is flagged: a membership the dates leave uncertain, a base whose opening may
 * have come before the rule, or a consent that may have come before the opening, flags
 * nothing.
 *
 * - exclusive-alliance (CST Art. 1, carried into the CSTO Charter): a full member of an
 *   organization with the rule is also a full member of another military alliance. An
 *   alliance is military when its own collective-defence rule is in force, or when the
 *   caller says so. An organization and its predecessor (the CSTO and the 1992 treaty it
 *   was built on) are one alliance, not two.
 * - foreign-base-consent (CSTO protocol of 2011-12-20: third countries' bases in a member
 *   state need the consent of all members): a base standing at the date, opened in a full
 *   member by a state that held no membership (full or suspended) when it opened, after
 *   the rule was adopted, with no consent recorded. Rules are not retroactive: the
 *   decision of December 2011 left the German base at Termez and the French detachment at
 *   Dushanbe alone. A report that a base "exists" is not an opening, and a base reported
 *   standing by the day of the rule was there before it, whatever date its opening bears.
 * - foreign-bases-prohibited (a state's own law: Moldova 1994, Uzbekistan 2012): a base of
 *   another actor standing in the state, opened after the law was adopted (and not
 *   reported standing by then: see `openedUnderRule`).
 *
 * A base is one (host, operator, site) whatever the spelling case of the site; it stands
 * from an `open` until a `close` or `abort`. Base facts without a date cannot be placed
 * and are left out.
 */

export type ViolatedRule = "exclusive-alliance" | "foreign-base-consent" | "foreign-bases-prohibited";

export interface Violation {
  readonly rule: ViolatedRule;
  /** The organization or state whose rule is broken. */
  readonly subject: string;
  /** exclusive-alliance: [member, other alliance]; base rules: [host, operator]. */
  readonly actors: string[];
  readonly explanation: string;
  /** The rule first, then what breaks it (memberships, the base's opening). */
  readonly facts: Fact[];
}

export interface ViolationOptions {
  /** Organizations to count as military alliances besides those with collective defence in force. */
  readonly militaryAlliances?: ReadonlySet<string>;
  /** A readable name for an actor code, for explanations (default: the code). */
  readonly nameOf?: (code: string) => string;
}

/** Every violation standing at `at`, sorted by rule, subject and actors. */
export function violationsAt(
  facts: readonly Fact[],
  at: PartialDate,
  options: ViolationOptions = {},
): Violation[] {
  const nameOf = options.nameOf ?? ((code: string) => code);
  const rules = everyRuleInForce(facts, at);
  const out = [
    ...exclusiveAlliance(facts, rules, at, options.militaryAlliances ?? new Set(), nameOf),
    ...foreignBases(facts, rules, at, nameOf),
  ];
  return out.sort(
    (a, b) =>
      a.rule.localeCompare(b.rule) ||
      a.subject.localeCompare(b.subject) ||
      a.actors.join("|").localeCompare(b.actors.join("|")),
  );
}

function exclusiveAlliance(
  facts: readonly Fact[],
  rules: readonly RuleInForce[],
  at: PartialDate,
  declared: ReadonlySet<string>,
  nameOf: (code: string) => string,
): Violation[] {
  const histories = membershipLookup(facts);
  const lineage = lineageOf(facts);
  const defence = new Map(rules.filter((r) => r.rule === "collective-defence").map((r) => [r.subject, r]));
  const military = [...new Set([...defence.keys(), ...declared])].sort();
  const out: Violation[] = [];
  for (const rule of rules) {
    if (rule.rule !== "exclusive-alliance") continue;
    const x = rule.subject;
    for (const member of certainMembers(histories(x), at)) {
      for (const y of military) {
        if (lineage(y) === lineage(x)) continue;
        const other = certainMembership(histories(y), member.state, at);
        if (other === "uncertain" || other.status !== "member" || other.since === null) continue;
        const defenceRule = defence.get(y);
        out.push({
          rule: "exclusive-alliance",
          subject: x,
          actors: [member.state, y],
          explanation:
            `${nameOf(member.state)} is a member of both ${nameOf(x)} and ${nameOf(y)} on ${at.text}, ` +
            `though ${nameOf(x)} has barred its members from any other military alliance since ${rule.since.text}.`,
          facts: [rule.fact, member.fact, other.since.basis, ...(defenceRule ? [defenceRule.fact] : [])],
        });
      }
    }
  }
  return out;
}

/** Organizations joined to their predecessors (a successor carries on its predecessor's alliance). */
function lineageOf(facts: readonly Fact[]): (org: string) => string {
  const parent = new Map<string, string>();
  const root = (org: string): string => {
    let r = org;
    for (let next = parent.get(r); next !== undefined; next = parent.get(r)) r = next;
    return r;
  };
  for (const fact of facts) {
    const claim = claimOfFact(fact, "org");
    if (claim?.predecessor === undefined) continue;
    const [a, b] = [root(claim.org), root(claim.predecessor)];
    if (a !== b) parent.set(a, b);
  }
  return root;
}

/** A base standing at a date, with the opening it stands on. */
interface StandingBase {
  readonly host: string;
  readonly operator: string;
  readonly site: string | null;
  readonly opened: PartialDate;
  readonly openFact: Fact;
  /**
   * Dates at which the base was reported standing ("exists") since the end of any earlier
   * stretch: such a report before the opening on record means the opening formalized a
   * base already there (a lease signed for a garrison of Soviet times).
   */
  readonly reportedStanding: readonly PartialDate[];
}

type BaseRecord = {
  host: string;
  operator: string;
  site: string | null;
  history: Transition<"standing", Fact>[];
  reports: PartialDate[];
};

function standingBases(facts: readonly Fact[], at: PartialDate): StandingBase[] {
  const byBase = new Map<string, BaseRecord>();
  for (const fact of facts) {
    const claim = claimOfFact(fact, "base");
    const date = fact.chosen.date;
    if (claim === null || date === null) continue;
    const key = `${claim.host}|${claim.operator}|${(claim.site ?? "").toLowerCase()}`;
    const entry = byBase.get(key) ?? {
      host: claim.host,
      operator: claim.operator,
      site: claim.site ?? null,
      history: [],
      reports: [],
    };
    byBase.set(key, entry);
    if (claim.change === "open") entry.history.push({ date, status: "standing", basis: fact });
    else if (claim.change === "close" || claim.change === "abort")
      entry.history.push({ date, status: null, basis: fact });
    else if (claim.change === "exists") entry.reports.push(date);
  }
  const out: StandingBase[] = [];
  for (const base of byBase.values()) {
    const history = sortTransitions(base.history);
    const s = statusAt(history, at);
    if (!s.certain || s.status !== "standing" || s.since === null) continue;
    const previous = history.slice(0, history.indexOf(s.since)).findLast((t) => t.status === null);
    out.push({
      host: base.host,
      operator: base.operator,
      site: base.site,
      opened: s.since.date,
      openFact: s.since.basis,
      reportedStanding: base.reports.filter((d) => previous === undefined || d.first > previous.date.last),
    });
  }
  return out;
}

/**
 * Was the base certainly opened after the rule, and not already standing when it was
 * adopted? Rules are not retroactive, so a base that may have opened on the day of the
 * rule or before it, or that was reported standing by then, is left alone.
 */
function openedUnderRule(base: StandingBase, rule: RuleInForce): boolean {
  return (
    compareDates(base.opened, rule.since) === "after" &&
    !base.reportedStanding.some((d) => d.first <= rule.since.last)
  );
}

function foreignBases(
  facts: readonly Fact[],
  rules: readonly RuleInForce[],
  at: PartialDate,
  nameOf: (code: string) => string,
): Violation[] {
  const bases = standingBases(facts, at).filter((b) => b.operator !== b.host);
  const histories = membershipLookup(facts);
  const where = (b: StandingBase) =>
    `${b.site === null ? "a base" : `a base at ${b.site}`} in ${nameOf(b.host)} on ${b.opened.text}`;
  const out: Violation[] = [];
  for (const rule of rules) {
    if (rule.rule === "foreign-bases-prohibited") {
      for (const base of bases) {
        if (base.host !== rule.subject || !openedUnderRule(base, rule)) continue;
        out.push({
          rule: "foreign-bases-prohibited",
          subject: rule.subject,
          actors: [base.host, base.operator],
          explanation:
            `${nameOf(base.operator)} opened ${where(base)}, after ${nameOf(base.host)} ` +
            `prohibited foreign military bases on its territory (${rule.since.text}).`,
          facts: [rule.fact, base.openFact],
        });
      }
    }
    if (rule.rule === "foreign-base-consent") {
      const org = rule.subject;
      for (const base of bases) {
        if (!openedUnderRule(base, rule)) continue;
        const host = certainMembership(histories(org), base.host, base.opened);
        if (host === "uncertain" || host.status !== "member" || host.since === null) continue;
        const operator = certainMembership(histories(org), base.operator, base.opened);
        if (operator === "uncertain" || operator.status === "member" || operator.status === "suspended")
          continue;
        const members = certainMembers(histories(org), base.opened).map((m) => m.state);
        if (consentRecorded(facts, org, members, base)) continue;
        const whose = rule.value === "all-members" ? "the consent of all members" : "its consent";
        out.push({
          rule: "foreign-base-consent",
          subject: org,
          actors: [base.host, base.operator],
          explanation:
            `${nameOf(base.operator)} opened ${where(base)}, after ${nameOf(org)} required ${whose} ` +
            `for foreign bases (${rule.since.text}), and no consent is recorded.`,
          facts: [rule.fact, base.openFact, host.since.basis],
        });
      }
    }
  }
  return out;
}

/**
 * Whether the organization may have consented to the base before it opened: an agreement
 * between the organization (or all of its members at the opening) and the operator, or
 * the organization's AGREE or SUPPORT toward the host or the operator. A consent dated so
 * that it may have come on or before the opening counts, and so does an undated one: the
 * rule flags a base only when no consent can have preceded it.
 */
function consentRecorded(
  facts: readonly Fact[],
  org: string,
  members: readonly string[],
  base: StandingBase,
): boolean {
  const mayPrecede = (date: PartialDate | null) => date === null || date.first <= base.opened.last;
  return facts.some((fact) => {
    if (!mayPrecede(fact.chosen.date)) return false;
    const agreement = claimOfFact(fact, "agreement");
    if (agreement !== null) {
      const parties = new Set(agreement.parties);
      const byOrg = parties.has(org) || (members.length > 0 && members.every((m) => parties.has(m)));
      return byOrg && parties.has(base.operator);
    }
    const event = claimOfFact(fact, "event");
    return (
      event !== null &&
      (event.type === "AGREE" || event.type === "SUPPORT") &&
      event.source === org &&
      (event.target === base.host || event.target === base.operator)
    );
  });
}
