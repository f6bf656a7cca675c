/**
 * Dates as precise as their sources ("2006", "2006-08", "2006-08-16"), as the interval of
 * days they cover, counted from 1970-01-01 UTC (the server's convention), so that a
 * comparison can say "uncertain" when a date falls inside another's imprecision.
 */

export interface DayRange {
  readonly first: number;
  readonly last: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The days a partial date covers; null for anything that is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function dayRange(text: string | null | undefined): DayRange | null {
  if (!text) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1 };
  const month = Number(m[2]);
  if (m[3] === undefined)
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1 };
  const day = dayNumber(year, month, Number(m[3]));
  return { first: day, last: day };
}

/** Fractional year of a day number, for axes. */
export function yearOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const start = dayNumber(year, 1, 1);
  return year + (day - start) / (dayNumber(year + 1, 1, 1) - start);
}

/** Slider positions are months from January of FIRST_YEAR. */
export const FIRST_YEAR = 1991;

export function monthIndexOf(text: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(text);
  if (!m) return null;
  return (Number(m[1]) - FIRST_YEAR) * 12 + (m[2] === undefined ? 0 : Number(m[2]) - 1);
}

/** A month index as YYYY-MM. */
export function monthText(index: number): string {
  const year = FIRST_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function monthName(index: number): string {
  return `${MONTHS[index % 12]} ${FIRST_YEAR + Math.floor(index / 12)}`;
}

/** The first day of a month index. */
export function monthStart(index: number): number {
  return dayNumber(FIRST_YEAR + Math.floor(index / 12), (index % 12) + 1, 1);
}
