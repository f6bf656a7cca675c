import { type Claim, canonicalJson, membershipChange } from "../domain/claim.js";
import { compatible, type PartialDate, partialDate, sortOrder } from "../domain/partial-date.js";
import { knownFrom, type Reliability, type Source, type StoredClaim } from "../domain/provenance.js";

/**
 * Reconciliation: claims from many sources become facts. Claims that tell the same thing
 * at compatible dates corroborate one another; claims that tell the same one-time change
 * at incompatible dates (Uzbekistan's suspension from the Eurasian Economic Community in
 * November 2008 by the record, in October 2011 by an article) conflict. All are kept;
 * a fact follows the reading an analyst preferred or, failing that, the default policy:
 *
 *   1. the more reliable source (primary, then reference, then secondary);
 *   2. the more precise date;
 *   3. the claim the knowledge base learned first;
 *   4. the claim id, so that the answer never depends on storage order.
 */

/** An analyst's ranking: this claim's reading wins wherever it is in conflict. */
export interface Preference {
  readonly claimId: string;
  readonly analyst: string;
  /** ISO timestamp of when the preference was recorded. */
  readonly recordedAt: string;
  readonly note: string | null;
}

/** Claims that agree with one another: same fact, mutually compatible dates. */
export interface Reading {
  readonly claims: readonly StoredClaim[];
  /** The most precise date among them, or null when none gives one. */
  readonly date: PartialDate | null;
}

export interface Fact {
  /** Stable within one knowledge base: kind, subject and change, plus an ordinal where a change recurs. */
  readonly key: string;
  readonly kind: Claim["kind"];
  /** Every claim of the fact, whatever reading it supports. */
  readonly claims: readonly StoredClaim[];
  readonly readings: readonly Reading[];
  /** The reading answers follow. */
  readonly chosen: Reading;
  readonly conflict: boolean;
  /** The preference that chose the reading, when an analyst's ranking decided it. */
  readonly preference: Preference | null;
}

const RELIABILITY_RANK: Record<Reliability, number> = { primary: 0, reference: 1, secondary: 2 };

export type SourceLookup = (id: string) => Source | undefined;

function dateOf(c: StoredClaim): PartialDate | null {
  return c.claim.date === null ? null : partialDate(c.claim.date);
}

function width(d: PartialDate | null): number {
  return d === null ? Number.POSITIVE_INFINITY : d.last - d.first;
}

/** The default policy's order of claims: best first. */
export function compareClaimsByDefaultPolicy(sources: SourceLookup) {
  return (a: StoredClaim, b: StoredClaim): number => {
    const ra = RELIABILITY_RANK[sources(a.sourceId)?.reliability ?? "secondary"];
    const rb = RELIABILITY_RANK[sources(b.sourceId)?.reliability ?? "secondary"];
    return (
      ra - rb ||
      width(dateOf(a)) - width(dateOf(b)) ||
      knownFrom(a).localeCompare(knownFrom(b)) ||
      a.id.localeCompare(b.id)
    );
  };
}

/** Whether a fact of this kind happens once per subject and change (and so can be contradicted). */
type Shape = { readonly subject: string; readonly change: string; readonly once: boolean };

/** What a claim is about, and whether its change is a one-time transition. Exhaustive over kinds. */
export function claimShape(claim: Claim): Shape {
  switch (claim.kind) {
    case "membership":
      return {
        subject: `membership|${claim.state}|${claim.org}`,
        change: membershipChange(claim.change),
        once: true,
      };
    case "org":
      return { subject: `org|${claim.org}`, change: claim.change, once: true };
    case "rule":
      return {
        subject: `rule|${claim.subject}|${claim.rule}|${claim.value ?? ""}`,
        change: claim.change,
        once: claim.change !== "propose",
      };
    case "base":
      return {
        subject: `base|${claim.host}|${claim.operator}|${(claim.site ?? "").toLowerCase()}`,
        change: claim.change,
        once: claim.change === "open" || claim.change === "close" || claim.change === "abort",
      };
    case "force":
      return {
        subject: `force|${claim.org}|${claim.name.toLowerCase()}`,
        change: claim.change === "size" ? `size|${claim.size ?? ""}` : claim.change,
        once: claim.change === "establish",
      };
    case "office":
    case "exercise":
    case "agreement":
    case "event": {
      const { date: _d, end: _e, doc: _doc, span: _s, confidence: _c, ...rest } = claim;
      return { subject: `${claim.kind}|${canonicalJson(rest)}`, change: "", once: false };
    }
    default:
      return assertNeverKind(claim);
  }
}

function assertNeverKind(claim: never): never {
  throw new Error(`unhandled claim kind: ${JSON.stringify(claim)}`);
}

/** Splits claims of one fact into readings of mutually compatible dates. */
function readingsOf(claims: readonly StoredClaim[]): Reading[] {
  const dated = claims.filter((c) => c.claim.date !== null);
  const undated = claims.filter((c) => c.claim.date === null);
  const sorted = [...dated].sort(
    (a, b) => sortOrder(dateOf(a) as PartialDate, dateOf(b) as PartialDate) || a.id.localeCompare(b.id),
  );
  const groups: { claims: StoredClaim[]; dates: PartialDate[] }[] = [];
  for (const c of sorted) {
    const d = dateOf(c) as PartialDate;
    const home = groups.find((g) => g.dates.every((x) => compatible(x, d)));
    if (home) {
      home.claims.push(c);
      home.dates.push(d);
    } else groups.push({ claims: [c], dates: [d] });
  }
  const readings: Reading[] = groups.map((g) => ({
    claims: g.claims,
    date: g.dates.reduce((best, d) => (width(d) < width(best) ? d : best)),
  }));
  // A claim without a date contradicts no date: it supports every reading.
  if (readings.length === 0) return [{ claims: undated, date: null }];
  return readings.map((r) => ({ claims: [...r.claims, ...undated], date: r.date }));
}

function choose(
  readings: readonly Reading[],
  policy: (a: StoredClaim, b: StoredClaim) => number,
  preferences: ReadonlyMap<string, Preference>,
): { chosen: Reading; preference: Preference | null } {
  let best: { reading: Reading; preference: Preference } | null = null;
  for (const reading of readings) {
    for (const c of reading.claims) {
      const p = preferences.get(c.id);
      if (p && (best === null || p.recordedAt > best.preference.recordedAt))
        best = { reading, preference: p };
    }
  }
  if (best && readings.length > 1) return { chosen: best.reading, preference: best.preference };
  const top = (r: Reading) => [...r.claims].sort(policy)[0] as StoredClaim;
  const chosen = [...readings].sort((a, b) => policy(top(a), top(b)))[0] as Reading;
  return { chosen, preference: null };
}

/**
 * Groups claims into facts. One-time changes of one subject are read in date order, and
 * a run of claims telling the same change with no other change between them tells one
 * change: if their dates cannot all be right, that run is a conflict. Recurring things
 * (events, exercises, agreements, offices) are one fact per compatible date.
 */
export function reconcile(
  claims: readonly StoredClaim[],
  sources: SourceLookup,
  preferences: ReadonlyMap<string, Preference> = new Map(),
): Fact[] {
  const policy = compareClaimsByDefaultPolicy(sources);
  const bySubject = new Map<string, { shape: Shape; claim: StoredClaim }[]>();
  for (const c of claims) {
    const shape = claimShape(c.claim);
    const list = bySubject.get(shape.subject) ?? [];
    list.push({ shape, claim: c });
    bySubject.set(shape.subject, list);
  }
  const facts: Fact[] = [];
  const emit = (subject: string, change: string, ordinal: number, group: StoredClaim[], once: boolean) => {
    const readings = once ? readingsOf(group) : [{ claims: group, date: readingsOf(group)[0]?.date ?? null }];
    const { chosen, preference } = choose(readings, policy, preferences);
    facts.push({
      key: `${subject}|${change}#${ordinal}`,
      kind: (group[0] as StoredClaim).claim.kind,
      claims: group,
      readings,
      chosen,
      conflict: readings.length > 1,
      preference,
    });
  };
  for (const [subject, entries] of bySubject) {
    const once = entries.filter((e) => e.shape.once);
    const recurring = entries.filter((e) => !e.shape.once);
    // One-time changes: runs of the same change, in date order (undated claims join the
    // only run of their change, or stand alone when there is none or several).
    const dated = once
      .filter((e) => e.claim.claim.date !== null)
      .sort(
        (a, b) =>
          sortOrder(dateOf(a.claim) as PartialDate, dateOf(b.claim) as PartialDate) ||
          a.claim.id.localeCompare(b.claim.id),
      );
    const runs: { change: string; claims: StoredClaim[] }[] = [];
    for (const e of dated) {
      const last = runs[runs.length - 1];
      if (last && last.change === e.shape.change) last.claims.push(e.claim);
      else runs.push({ change: e.shape.change, claims: [e.claim] });
    }
    const undatedOnce = once
      .filter((x) => x.claim.claim.date === null)
      .sort((a, b) => a.claim.id.localeCompare(b.claim.id));
    for (const e of undatedOnce) {
      const same = runs.filter((r) => r.change === e.shape.change);
      if (same.length === 1) (same[0] as { claims: StoredClaim[] }).claims.push(e.claim);
      else runs.push({ change: e.shape.change, claims: [e.claim] });
    }
    const ordinals = new Map<string, number>();
    for (const run of runs) {
      const n = ordinals.get(run.change) ?? 0;
      ordinals.set(run.change, n + 1);
      emit(subject, run.change, n, run.claims, true);
    }
    // Recurring things: one fact per (change, compatible date).
    const byChange = new Map<string, StoredClaim[]>();
    for (const e of recurring)
      byChange.set(e.shape.change, [...(byChange.get(e.shape.change) ?? []), e.claim]);
    for (const [change, group] of byChange) {
      const dated = group.filter((c) => c.claim.date !== null);
      const undated = group.filter((c) => c.claim.date === null);
      const readings = dated.length > 0 ? readingsOf(dated) : [];
      readings.forEach((reading, i) => {
        emit(subject, change, i, [...reading.claims], false);
      });
      if (undated.length > 0) emit(subject, change, readings.length, undated, false);
    }
  }
  return facts.sort(
    (a, b) =>
      (a.chosen.date && b.chosen.date
        ? sortOrder(a.chosen.date, b.chosen.date)
        : a.chosen.date
          ? -1
          : b.chosen.date
            ? 1
            : 0) || a.key.localeCompare(b.key),
  );
}

/** The claim a fact is best represented by: the chosen reading's best claim. */
export function representative(fact: Fact, sources: SourceLookup): StoredClaim {
  return [...fact.chosen.claims].sort(compareClaimsByDefaultPolicy(sources))[0] as StoredClaim;
}
