import { err, ok, type Problem, problem, type Result } from "./result.js";

/**
 * A date as precise as its source: "2006", "2006-08" or "2006-08-16". It stands for the
 * interval of days it covers ("2006" is 2006-01-01 through 2006-12-31), so comparing two
 * dates can honestly answer "unknown" when their intervals overlap.
 *
 * Days are counted from 1970-01-01 (UTC), which keeps every comparison an integer
 * comparison and every date independent of the machine's time zone.
 */
export type Precision = "year" | "month" | "day";

export interface PartialDate {
  /** The canonical text: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly text: string;
  readonly precision: Precision;
  /** First day covered, in days since 1970-01-01. */
  readonly first: number;
  /** Last day covered (inclusive), in days since 1970-01-01. */
  readonly last: number;
}

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * Days since 1970-01-01 of a calendar day (proleptic Gregorian, UTC). Months past 12 or
 * before 1 carry into the year, and days past the month's end into the next month, as
 * Date.UTC does. Counted by arithmetic (Hinnant's days-from-civil), with no Date object:
 * the reader compares dates for every name it finds.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0; // the year counted from March, so February ends it
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar day of a day number, as YYYY-MM-DD. */
export function dayText(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${dd}`;
}

function daysInMonth(year: number, month: number): number {
  return (
    dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1)
  );
}

const invalid = (text: string, why: string): Problem =>
  problem("invalid_date", `"${text}" is not a valid date: ${why}`, {
    hint: "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2012-07-01",
    data: { value: text },
  });

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; anything else, or an impossible day, is a Problem naming the value. */
export function parsePartialDate(input: string): Result<PartialDate> {
  const text = input.trim();
  const m = DATE_PATTERN.exec(text);
  if (!m) return err(invalid(input, "expected YYYY, YYYY-MM or YYYY-MM-DD"));
  const year = Number(m[1]);
  if (year < MIN_YEAR) return err(invalid(input, `years before ${MIN_YEAR} are not supported`));
  if (m[2] === undefined) {
    return ok({ text, precision: "year", first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) });
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return err(invalid(input, `there is no month ${m[2]}`));
  const monthDays = daysInMonth(year, month);
  if (m[3] === undefined) {
    return ok({
      text,
      precision: "month",
      first: dayNumber(year, month, 1),
      last: dayNumber(year, month, monthDays),
    });
  }
  const day = Number(m[3]);
  if (day < 1 || day > monthDays) return err(invalid(input, `${text.slice(0, 7)} has ${monthDays} days`));
  const n = dayNumber(year, month, day);
  return ok({ text, precision: "day", first: n, last: n });
}

/** For values already validated (data files, the store): throws on a bug, never on user input. */
export function partialDate(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A single day as a PartialDate of day precision. */
export function fromDayNumber(day: number): PartialDate {
  return { text: dayText(day), precision: "day", first: day, last: day };
}

/** Today's date (UTC) from a clock that tests pass in. */
export function today(now: Date): PartialDate {
  return fromDayNumber(Math.floor(now.getTime() / MS_PER_DAY));
}

/**
 * How two dates of possibly different precision are ordered. "unknown" when the
 * precision hides the order: 2006 against 2006-08-15 could be either. "same" only when
 * both name the same single day.
 */
export type Order = "before" | "after" | "same" | "unknown";

export function compareDates(a: PartialDate, b: PartialDate): Order {
  if (a.last < b.first) return "before";
  if (a.first > b.last) return "after";
  if (a.precision === "day" && b.precision === "day") return "same";
  return "unknown";
}

/** Could the two dates name the same day? (Their intervals overlap.) */
export function compatible(a: PartialDate, b: PartialDate): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The more precise of two compatible dates (the narrower interval); `a` on a tie. */
export function narrower(a: PartialDate, b: PartialDate): PartialDate {
  return b.last - b.first < a.last - a.first ? b : a;
}

/** A total order for sorting: by first day, then the narrower first. Not a claim about the world. */
export function sortOrder(a: PartialDate, b: PartialDate): number {
  return a.first - b.first || a.last - b.last || a.text.localeCompare(b.text);
}

/** The year a date falls in. */
export function yearOf(d: PartialDate): number {
  return Number(d.text.slice(0, 4));
}

/** Is the given day within the date's interval? */
export function covers(d: PartialDate, day: number): boolean {
  return d.first <= day && day <= d.last;
}
