import { type MembershipChange, membershipChange } from "../domain/claim.js";
import type { PartialDate } from "../domain/partial-date.js";
import { type Period, periods, sortTransitions, statusAt, type Transition } from "../domain/validity.js";
import type { Fact } from "./reconcile.js";

/**
 * Membership over valid time, built from reconciled membership facts (join, suspend,
 * withdraw, observer, associate) and the organization's own end (dissolve). An applicant
 * is not yet a member: applying changes no status, and shows on the timeline only.
 */
export const MEMBERSHIP_STATUSES = ["member", "suspended", "observer", "associate"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

const STATUS_AFTER: Record<MembershipChange, MembershipStatus | null | "unchanged"> = {
  join: "member",
  suspend: "suspended",
  withdraw: null,
  observer: "observer",
  associate: "associate",
  apply: "unchanged",
};

export type MembershipTransition = Transition<MembershipStatus, Fact>;

/** The histories of every state in one organization, keyed by state code. */
export function membershipHistories(
  orgFacts: readonly Fact[],
  org: string,
): Map<string, MembershipTransition[]> {
  const byState = new Map<string, MembershipTransition[]>();
  const endings: MembershipTransition[] = [];
  for (const fact of orgFacts) {
    const claim = fact.chosen.claims[0]?.claim;
    if (!claim || fact.chosen.date === null) continue;
    if (claim.kind === "org" && claim.org === org && claim.change === "dissolve") {
      endings.push({ date: fact.chosen.date, status: null, basis: fact });
    }
    if (claim.kind !== "membership" || claim.org !== org) continue;
    const status = STATUS_AFTER[membershipChange(claim.change)];
    if (status === "unchanged") continue;
    const list = byState.get(claim.state) ?? [];
    list.push({ date: fact.chosen.date, status, basis: fact });
    byState.set(claim.state, list);
  }
  for (const [state, list] of byState) byState.set(state, sortTransitions([...list, ...endings]));
  return byState;
}

export interface MemberAt {
  readonly state: string;
  /** `uncertain` when the date falls inside the imprecision of a change. */
  readonly status: MembershipStatus | "uncertain";
  /** For an uncertain answer: every status the state may have had (null: none). */
  readonly possible?: readonly (MembershipStatus | null)[];
  /** The change the status dates from. */
  readonly since: MembershipTransition | null;
  /** The changes that may or may not have happened by then. */
  readonly pending: readonly MembershipTransition[];
}

/** The states that hold (or may hold) a status in the organization at `at`, sorted by code. */
export function membersAt(
  histories: ReadonlyMap<string, MembershipTransition[]>,
  at: PartialDate,
): MemberAt[] {
  const out: MemberAt[] = [];
  for (const [state, transitions] of histories) {
    const s = statusAt(transitions, at);
    if (s.certain) {
      if (s.status !== null) out.push({ state, status: s.status, since: s.since, pending: [] });
    } else {
      out.push({ state, status: "uncertain", possible: s.possible, since: s.since, pending: s.pending });
    }
  }
  return out.sort((a, b) => a.state.localeCompare(b.state));
}

/** The periods of each status a state held in the organization. */
export function membershipPeriods(
  transitions: readonly MembershipTransition[],
): Period<MembershipStatus, Fact>[] {
  return periods(transitions);
}
