import { type PartialDate, sortOrder } from "./partial-date.js";

/**
 * Valid time built from change claims. A history is a sequence of transitions, each
 * setting a status (or clearing it: `null`) on a date of some precision. Asking for the
 * status at a date answers with certainty only where no transition's imprecision
 * overlaps the question: "joined in 2006" asked at 2006-05-01 is uncertain.
 */
export interface Transition<S, B = unknown> {
  readonly date: PartialDate;
  /** The status from this transition on; `null` ends any status (withdraw, dissolve). */
  readonly status: S | null;
  /** What the transition rests on (claims, a fact): carried through untouched. */
  readonly basis: B;
}

export type StatusAt<S, B> =
  | { readonly certain: true; readonly status: S | null; readonly since: Transition<S, B> | null }
  | {
      readonly certain: false;
      /** Every status the actor may have had at that date, the earliest first. */
      readonly possible: readonly (S | null)[];
      /** The last transition known to have happened, and those that may have. */
      readonly since: Transition<S, B> | null;
      readonly pending: readonly Transition<S, B>[];
    };

export function sortTransitions<S, B>(transitions: readonly Transition<S, B>[]): Transition<S, B>[] {
  return [...transitions].sort((a, b) => sortOrder(a.date, b.date));
}

/**
 * The status at `at`, read as the interval of days `at` covers. A transition has
 * certainly happened by then when its last possible day is on or before `at`'s first
 * day (a change takes effect on its own day); it has certainly not when its first
 * possible day is after `at`'s last. Anything between may have happened.
 *
 * `transitions` must be sorted (see `sortTransitions`): their order is the order of
 * events, which precision alone cannot always recover.
 */
export function statusAt<S, B>(transitions: readonly Transition<S, B>[], at: PartialDate): StatusAt<S, B> {
  let lastCertain = -1;
  for (let i = 0; i < transitions.length; i++) {
    const t = transitions[i] as Transition<S, B>;
    if (t.date.last <= at.first) lastCertain = i;
  }
  const since = lastCertain >= 0 ? (transitions[lastCertain] as Transition<S, B>) : null;
  const start = since?.status ?? null;
  const pending: Transition<S, B>[] = [];
  for (let i = lastCertain + 1; i < transitions.length; i++) {
    const t = transitions[i] as Transition<S, B>;
    if (t.date.first > at.last) break;
    pending.push(t);
  }
  const possible: (S | null)[] = [start];
  for (const t of pending) if (!possible.includes(t.status)) possible.push(t.status);
  if (possible.length === 1) return { certain: true, status: start, since };
  return { certain: false, possible, since, pending };
}

/** A stretch of valid time with one status: from a transition to the next (or open). */
export interface Period<S, B> {
  readonly status: S;
  readonly from: Transition<S, B>;
  /** The transition that ended it; `null` while it lasts. */
  readonly to: Transition<S, B> | null;
}

/** The periods a sorted history describes; a transition to the same status extends the period. */
export function periods<S, B>(transitions: readonly Transition<S, B>[]): Period<S, B>[] {
  const out: Period<S, B>[] = [];
  let open: { status: S; from: Transition<S, B> } | null = null;
  for (const t of transitions) {
    if (open && t.status === open.status) continue;
    if (open) out.push({ status: open.status, from: open.from, to: t });
    open = t.status === null ? null : { status: t.status, from: t };
  }
  if (open) out.push({ status: open.status, from: open.from, to: null });
  return out;
}
