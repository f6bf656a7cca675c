import { type DayRange, dayRange } from "./dates.js";

/**
 * Membership periods (the rows of GET /api/v1/exports/memberships?format=jsonl), read once,
 * so that any date is answered in the browser: the map and the network redraw from these
 * without asking the server again while the slider moves.
 */

export type MembershipStatus = "member" | "suspended" | "observer" | "associate";

export interface MembershipPeriod {
  readonly state: string;
  readonly org: string;
  readonly status: MembershipStatus;
  readonly from: string | null;
  readonly to: string | null;
  readonly claims: readonly string[];
  /** Days `from` covers (null: since before the record). */
  readonly fromDays: DayRange | null;
  /** Days `to` covers (null: still so). */
  readonly toDays: DayRange | null;
}

export interface Tie {
  readonly state: string;
  readonly org: string;
  readonly status: MembershipStatus;
  /** The date falls inside the imprecision of the period's start or end. */
  readonly uncertain: boolean;
  readonly claims: readonly string[];
}

interface Row {
  state: string;
  org: string;
  status: MembershipStatus;
  from: string | null;
  to: string | null;
  claims: string;
}

export function parsePeriods(jsonl: string): MembershipPeriod[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row = JSON.parse(line) as Row;
      return {
        state: row.state,
        org: row.org,
        status: row.status,
        from: row.from,
        to: row.to,
        claims: row.claims.split(" ").filter((id) => id !== ""),
        fromDays: dayRange(row.from),
        toDays: dayRange(row.to),
      };
    });
}

/**
 * The ties in force on a day. Certain when the whole imprecision of the start lies before
 * the day and the whole of the end after it; uncertain when the day falls inside either.
 * A period ends where the next begins, so on the day of a suspension the tie is suspended.
 */
export function tiesAt(periods: readonly MembershipPeriod[], day: number): Tie[] {
  const ties: Tie[] = [];
  for (const p of periods) {
    const startsBy = p.fromDays === null || p.fromDays.first <= day;
    const endsAfter = p.toDays === null || day < p.toDays.last;
    if (!startsBy || !endsAfter) continue;
    const certainStart = p.fromDays === null || p.fromDays.last <= day;
    const certainEnd = p.toDays === null || day < p.toDays.first;
    ties.push({
      state: p.state,
      org: p.org,
      status: p.status,
      uncertain: !(certainStart && certainEnd),
      claims: p.claims,
    });
  }
  return ties;
}
