import { dayNumber, dayText, partialDate } from "../domain/partial-date.js";
import { MONTH_NAMES, MONTH_WORD, type TimeMention } from "./time-expressions.js";

/**
 * Dates told from the story's own last date, not from the day of writing: "thirteen days
 * later", "two years later", "the following year", "a month after that" (but not "a month after
 * his trip", which counts from a deed the reader does not date). A history moves
 * on this way between the dates it writes out. Each is resolved against the narrative's
 * date, and only as precisely as both allow: days need a day, months a month; a year
 * later than "2004-05" is "2005" (the text does not say which month). "Earlier that year"
 * and "the same year" are that date's year; "at the same meeting" and "the same day" are that date.
 */
export interface LaterDate {
  /** Where the expression starts and ends in the text. */
  readonly start: number;
  readonly stop: number;
  readonly date: string;
  /** The last day of a span ("over the weekend": the Sunday). */
  readonly end?: string;
  /** Read over a month the time stage read alone ("the following May": not May of the year told). */
  readonly replaces?: true;
}

/** Counts written in words ("thirteen days later", "the three countries"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

type Unit = "day" | "week" | "month" | "year";

const COUNT =
  "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|\\d{1,2})";
/**
 * Later: "two years later", "the following month"; earlier: "three days earlier", "a year
 * before" (alone, not "a year before the war", which counts from the war), "the previous
 * month", "the day before".
 */
const LATER = new RegExp(
  [
    `${COUNT}(?:\\s+and\\s+a\\s+half)?\\s+(day|week|month|year)s?\\s+(?:later|after that|afterwards)`,
    "the\\s+(?:following|next)\\s+(day|week|month|year|morning|afternoon|evening|night)",
    `${COUNT}\\s+(day|week|month|year)s?\\s+(?:earlier|previously|before(?=\\s*(?:[,.;]|that\\b|it\\s*[,.;]|$)))`,
    "the\\s+(?:previous|preceding)\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+before(?=\\s*(?:[,.;]|that\\b|$))",
    "(?:(?:earlier|later)\\s+(?:that|the\\s+same)|(?:that|the)\\s+same|that(?=\\s+(?:month|week|year(?![-'’]))))\\s+(year|month|week)",
    `(?:${COUNT}|the(?<!\\bto\\sthe))\\s+(day|week|month|year)s?\\s+after(?=\\s+(?!that\\b|this\\b|it\\b|which\\b)[\\w"“])`,
    "(?:at|during|on)\\s+the\\s+same\\s+(meeting|summit|session|conference|occasion|day)|(?:that|the)\\s+same\\s+(day)",
    `${COUNT}\\s+(day|week|month|year)s?\\s+before(?=\\s+(?!that\\b|this\\b|it\\b|which\\b|then\\b)[\\w"“])`,
    "the\\s+(following|next|previous|preceding)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)",
  ]
    .map((form) => `\\b(?:${form})\\b`)
    .join("|"),
  "gi",
);

/** What may come between "a week after" and the date it counts from: "the attacks of", "Russia invaded Ukraine on". */
const COUNTED_FROM = /^\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:of|on|in)\s+$|^\s+$/u;

/** Quick test before the expression runs: every form holds one of these words. */
const CUE =
  /later|after|following|next|earlier|before|previous|preceding|same|that month|that week|that year/i;

/**
 * The expressions in a sentence, each from the last date written before it in the same
 * sentence (`written`, in text order), else from the narrative's.
 */
export function laterDates(
  text: string,
  narrative: string | null,
  written: readonly { readonly start: number; readonly stop?: number; readonly date: string }[] = [],
  lastDay: string | null = null,
): LaterDate[] {
  if ((narrative === null && written.length === 0) || !CUE.test(text)) return [];
  const out: LaterDate[] = [];
  LATER.lastIndex = 0;
  for (let m = LATER.exec(text); m !== null; m = LATER.exec(text)) {
    // Groups: 1-2 "N units later", 3 "the following unit", 4-5 "N units earlier", 6-7 "the
    // previous unit" and "the unit before", 8 "earlier that year", "the same year", "that month".
    const from = written.findLast((w) => w.start < m.index)?.date ?? narrative;
    // 11-12: "at the same meeting", "the same day": the date just told, as it was told.
    if (m[11] !== undefined || m[12] !== undefined) {
      // ("The same day" is a day: the last day told, when the story has since named a month or a year.)
      // ("In September 2024 A accused B; on the same day ...": the month this sentence told,
      // not a day some sentence before told.)
      const toldHere = written.some((w) => w.start < m.index);
      const day =
        (m[12] !== undefined || m[11]?.toLowerCase() === "day") && from !== null && from.length < 10
          ? (written.findLast((w) => w.start < m.index && w.date.length === 10)?.date ??
            (toldHere ? from : (lastDay ?? from)))
          : from;
      if (day !== null) out.push({ start: m.index, stop: m.index + m[0].length, date: day });
      continue;
    }
    // 15-16: "the following May", "the previous March": the first such month after (before)
    // the month told, when one was told to the month.
    if (m[16] !== undefined) {
      const month = MONTH_NAMES.indexOf(m[16].toLowerCase()) + 1;
      if (from === null || from.length < 7) continue;
      const year = Number(from.slice(0, 4));
      const told = Number(from.slice(5, 7));
      const ahead = /^(?:following|next)$/i.test(m[15] ?? "");
      const shift = ahead ? (month > told ? 0 : 1) : month < told ? 0 : -1;
      const date = `${String(year + shift).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
      out.push({ start: m.index, stop: m.index + m[0].length, date, replaces: true });
      continue;
    }
    if (m[8] !== undefined) {
      // ("That month", "later that month": the month just told, when it was told; "that same
      // week" is in it too, as far as the text lets one say.)
      const month = m[8].toLowerCase() !== "year";
      // ("In January 2023 he said Armenia would not host exercises that year": the year of a
      // date the sentence has told, which says it more closely.)
      if (!month && /^that\s+year$/i.test(m[0]) && written.some((w) => w.start < m.index)) continue;
      if (from !== null && (!month || from.length >= 7))
        out.push({ start: m.index, stop: m.index + m[0].length, date: from.slice(0, month ? 7 : 4) });
      continue;
    }
    // 9-10: "withdrew on Thursday, a week after Tokayev asked for help": the deed after the
    // words is that long before the date the sentence wrote before them (and only that one).
    // 13-14: "on 22 February, two days before Russia invaded Ukraine": that long after it.
    if (m[10] !== undefined || m[14] !== undefined) {
      const word = m[9] ?? m[13];
      const size = word === undefined ? 1 : (NUMBER_WORDS[word.toLowerCase()] ?? Number(word));
      const unit = (m[10] ?? m[14] ?? "").toLowerCase() as Unit;
      // "A week after the attacks of 11 September 2001", "two days before the vote on 3 March":
      // counted from the date the words name, told just past it (a deed before it, "Russia
      // invaded Ukraine on 24 February", keeps that date).
      const end = m.index + m[0].length;
      const named = written.find(
        (w) => w.start >= end && w.stop !== undefined && COUNTED_FROM.test(text.slice(end, w.start)),
      );
      if (named?.stop !== undefined) {
        const date = shifted(named.date, m[10] !== undefined ? size : -size, unit);
        if (date !== null) out.push({ start: named.stop, stop: named.stop, date });
        continue;
      }
      const anchor = written.findLast((w) => w.start < m.index)?.date ?? null;
      const date = anchor === null ? null : shifted(anchor, m[10] !== undefined ? -size : size, unit);
      if (date !== null) out.push({ start: m.index, stop: m.index + m[0].length, date });
      continue;
    }
    const earlier = m[4] !== undefined || m[5] !== undefined || m[6] !== undefined || m[7] !== undefined;
    const word = m[1] ?? m[4];
    const size = word === undefined ? 1 : (NUMBER_WORDS[word.toLowerCase()] ?? Number(word));
    const count = earlier ? -size : size;
    // ("The following evening": the day after, as precise as a day.)
    const unit = (m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? "")
      .toLowerCase()
      .replace(/^(?:morning|afternoon|evening|night)$/, "day") as Unit;
    // ("A year later" is that month a year on; "the following year" is only that year.)
    const counted = m[2] !== undefined || m[5] !== undefined;
    // ("Two and a half years later", after January 2007: 2009, the year half a year past two.)
    const half = unit === "year" && m[2] !== undefined && /\band\s+a\s+half\b/i.test(m[0]);
    const date =
      from === null
        ? null
        : half
          ? (shifted(from, count * 12 + 6, "month")?.slice(0, 4) ?? shifted(from, count, unit))
          : shifted(from, count, unit, counted);
    if (date !== null) out.push({ start: m.index, stop: m.index + m[0].length, date });
  }
  return out;
}

/**
 * The narrative's date moved by `count` units (back when negative), or null when it is not
 * precise enough. Years counted (`keepMonth`: "a year later") keep the month.
 */
export function shifted(from: string, count: number, unit: Unit, keepMonth = false): string | null {
  const [y, mo, d] = from.split("-").map(Number) as [number, number?, number?];
  if (!Number.isInteger(count) || count === 0) return null;
  switch (unit) {
    case "year":
      // ("a year later", after January 2001: January 2002, as precise as a month; the day
      // is too precise a guess.)
      return mo === undefined || !keepMonth
        ? String(y + count).padStart(4, "0")
        : `${String(y + count).padStart(4, "0")}-${String(mo).padStart(2, "0")}`;
    case "month": {
      if (mo === undefined) return null;
      const total = y * 12 + (mo - 1) + count;
      return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
    }
    case "week":
    case "day":
      if (mo === undefined || d === undefined) return null;
      return dayText(dayNumber(y, mo, d) + count * (unit === "week" ? 7 : 1));
  }
}

/**
 * "On 1 January this year", "in May last year": a day or month whose year the words right
 * after it give. The two are one date, in that year (the time stage reads them apart, and
 * puts the day in whatever year it guessed).
 */
export function joinRelativeYears<T extends TimeMention>(text: string, times: readonly T[]): T[] {
  const out: T[] = [];
  const yearless = (t: T) => t.date.length > 4 && t.end === undefined && !/\d{4}/.test(t.text);
  /** The year "this year" or "last year" just gave, for the months after it with none written. */
  let carried: string | undefined;
  /** With "last year": the month it was told with ("October last year"), as a number. */
  let carriedMonth = 0;
  /** A month counted back from the day of writing ("Last June"): its year and month. */
  let back: { year: string; month: number } | undefined;
  for (let i = 0; i < times.length; i++) {
    const a = times[i] as T;
    const b = times[i + 1];
    // ("Last June thousands blocked the avenue; police broke up the sit-in on 23 June": the
    // days and months after it with no year written, from that month on, are of its year.)
    if (back !== undefined && yearless(a) && Number(a.date.slice(5, 7)) >= back.month) {
      out.push({ ...a, date: back.year + a.date.slice(4) });
      continue;
    }
    if (/\d{4}/.test(a.text)) back = undefined;
    if (
      a.relative &&
      a.date.length === 7 &&
      COUNTED_BACK.test(text.slice(Math.max(0, a.start - 12), a.start))
    )
      back = { year: a.date.slice(0, 4), month: Number(a.date.slice(5, 7)) };
    // ("widened them in June this year, after ... in May": May of that year too, unless a
    // year of its own comes later in the list.)
    if (
      carried !== undefined &&
      yearless(a) &&
      MONTH_WORD.test(a.text) &&
      !times.slice(i + 1).some((t) => RELATIVE_YEAR.test(t.text))
    ) {
      // ("in October last year ... on 2 January": half a year or more back is the year after.)
      const year =
        carriedMonth - Number(a.date.slice(5, 7)) >= HALF_YEAR ? String(Number(carried) + 1) : carried;
      out.push({ ...a, date: year + a.date.slice(4) });
      continue;
    }
    if (/\d{4}/.test(a.text)) carried = undefined;
    if (
      b !== undefined &&
      yearless(a) &&
      RELATIVE_YEAR.test(b.text) &&
      /^\s*(?:of\s+)?$/.test(text.slice(a.stop, b.start))
    ) {
      // "From late July into August last year", "in May and June this year": the months
      // the range or list joins to it are in that year too.
      for (let j = out.length - 1; j >= 0; j--) {
        const earlier = out[j] as T;
        const next = j === out.length - 1 ? a : (out[j + 1] as T);
        if (!yearless(earlier) || !RANGE_LINK.test(text.slice(earlier.stop, next.start))) break;
        out[j] = { ...earlier, date: b.date + earlier.date.slice(4) };
      }
      out.push({ ...a, stop: b.stop, text: text.slice(a.start, b.stop), date: b.date + a.date.slice(4) });
      // ("on 18 May last year, weeks after the invasion in February": February of that year too.)
      if (/^(?:this|last)/i.test(b.text)) {
        carried = b.date.slice(0, 4);
        carriedMonth = /^last/i.test(b.text) ? Number(a.date.slice(5, 7)) : 0;
      }
      i++;
    } else out.push(a);
  }
  return out;
}

const RELATIVE_YEAR = /^(?:this|last|next) year$/i;

/** Right before a month: it is the last such month before the day of writing ("last June", "last month"). */
export const COUNTED_BACK = /\b(?:last|this past)\s+$/i;

/**
 * How many months back a story may step without writing a year: a month told after "October
 * last year", or after the month the story is at, half a year or more before it is the next
 * year's ("in October last year ... on 2 January"; "On 14 December 2023 ... In late May").
 */
export const HALF_YEAR = 6;

/** What joins two months of one range or list: "late July into August", "May and June". */
const RANGE_LINK = /^\s*(?:,\s*)?(?:and|or|to|into|through|till|until|[-–—])\s*$/i;

/** "on the 4th": a day of the month a date before it in the sentence names. */
const ORDINAL_DAY = /\bon the (\d{1,2})(?:st|nd|rd|th)\b/g;

/**
 * "In July this year Belarus joined, at the summit in Astana on the 4th": a month the
 * sentence dates, and "on the Nth" after it (before any other date), is that day of it.
 */
export function withOrdinalDays<T extends TimeMention>(text: string, times: readonly T[]): readonly T[] {
  if (!text.includes("on the ")) return times;
  let out: T[] | undefined;
  for (const day of text.matchAll(ORDINAL_DAY)) {
    const n = Number(day[1]);
    const i = times.findLastIndex((t) => t.stop <= day.index);
    const month = times[i];
    if (
      month === undefined ||
      month.date.length !== 7 ||
      month.end !== undefined ||
      n < 1 ||
      n > daysIn(month.date) ||
      day.index - month.stop > 160
    )
      continue;
    out ??= [...times];
    out[i] = { ...month, date: `${month.date}-${String(n).padStart(2, "0")}` };
  }
  return out ?? times;
}

/**
 * "on the 13th", "on the 13th and 14th", "on the eighth," (a word, before a pause), "On Monday
 * the 19th", "by Friday the 16th", "on the evening of the 14th".
 */
const STORY_ORDINAL_DAY =
  /\b(?:(?:on|from)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|the\s+(?:evening|morning|night|afternoon)\s+of\s+)?|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)the (?:(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:and|to|until|till|through)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th))?|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=\s*[,;.]))\b(?!\s+(?:of|day|anniversary|floor|round|time)\b)/gi;
const ORDINAL_WORDS = [
  ...["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
  ...["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"],
  ...["eighteenth", "nineteenth", "twentieth"],
];

/** "the " and a digit: what "from the 8th" and "on Friday the 16th" both hold. */
const THE_DIGIT = /the \d/;

/**
 * "On the 13th both sides announced ...", "struck on the 13th and 14th", "on the eighth,",
 * "from the 5th to the 10th": with no date before it in the sentence, a day (or two, or a
 * range) of the month the story is in; after a month the sentence names, of that month.
 */
export function storyOrdinalDays(
  text: string,
  times: readonly TimeMention[],
  storyMonth: string | undefined,
): readonly TimeMention[] {
  if (
    !(
      text.includes("on the ") ||
      text.includes("On the ") ||
      // (Both forms hold "the " and a digit: that cheap test first.)
      (THE_DIGIT.test(text) && /\b(?:[Ff]rom the \d|(?:[Oo]n|[Bb]y) \w+day the \d)/.test(text))
    )
  )
    return times;
  const matches = [...text.matchAll(STORY_ORDINAL_DAY)];
  // ("By Friday the 16th": the weekday read alone is the day the ordinal names.)
  const within = (t: TimeMention, m: RegExpExecArray) =>
    t.start >= m.index && t.start < m.index + m[0].length;
  const own = times.filter((t) => !matches.some((m) => within(t, m)));
  /** The matches read as days (the weekdays inside the others are kept as read). */
  const read = new Set<RegExpExecArray>();
  const added: TimeMention[] = [];
  let out: TimeMention[] | undefined;
  for (const m of matches) {
    // ("Back in August, on the eighth,": of the month the sentence named just before.)
    const i = own.findLastIndex((t) => t.start < m.index);
    const before = own[i];
    const month = before === undefined ? storyMonth?.slice(0, 7) : before.date;
    if (month === undefined || month.length !== 7 || before?.end !== undefined) continue;
    // (Two days named, "from the 5th to the 10th", may stand further from their month.)
    if (before !== undefined && m.index - before.stop > (m[2] === undefined ? 40 : 160)) continue;
    const word = m[3]?.toLowerCase();
    const day =
      word === undefined ? Number(m[1]) : word === "thirtieth" ? 30 : ORDINAL_WORDS.indexOf(word) + 1;
    const last = m[2] === undefined ? undefined : Number(m[2]);
    if (day < 1 || day > daysIn(month) || (last !== undefined && (last <= day || last > daysIn(month))))
      continue;
    // ("from the 5th to the 10th": a range; "from the first" alone is no day.)
    if (/^from/i.test(m[0]) && last === undefined) continue;
    const start = m.index + m[0].search(/\bthe (?=\d|\w+(?:st|nd|rd|th)\b)/i) + "the ".length;
    const dayText = (n: number) => `${month}-${String(n).padStart(2, "0")}`;
    read.add(m);
    if (before !== undefined) {
      out ??= [...own];
      out[i] = { ...before, date: dayText(day), ...(last !== undefined ? { end: dayText(last) } : {}) };
      continue;
    }
    added.push({
      start,
      stop: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      date: dayText(day),
      ...(last !== undefined ? { end: dayText(last) } : {}),
      relative: true,
    });
  }
  const unread = times.filter((t) => !own.includes(t) && !matches.some((m) => read.has(m) && within(t, m)));
  const base = out ?? own;
  if (added.length === 0 && unread.length === 0) return base;
  return [...base, ...added, ...unread].sort((a, b) => a.start - b.start);
}

/** Before the first of two times joined by "and": "between 24 March and 10 June 1999" is one span. */
const BETWEEN_AT_END = /\bbetween\s+$/i;

/**
 * "On Monday and Tuesday", "on 3 and 4 May": two days running, one span from the first ("27
 * and 30 March" are two days of their own: "the Hungarian and then the Turkish parliament").
 * "Between 24 March and 10 June 1999", "between March and June 2020": one span, however long.
 */
export function joinedDays<T extends TimeMention>(text: string, times: readonly T[]): readonly T[] {
  if (times.length < 2) return times;
  const out: T[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i] as T;
    const b = times[i + 1];
    if (
      b !== undefined &&
      a.end === undefined &&
      b.end === undefined &&
      ((a.date.length === 10 &&
        b.date.length === 10 &&
        /^\s*(?:and|to|through|-|–)\s*$/i.test(text.slice(a.stop, b.start)) &&
        partialDate(b.date).first - partialDate(a.date).first === 1) ||
        (/^\s+and\s+$/i.test(text.slice(a.stop, b.start)) &&
          BETWEEN_AT_END.test(text.slice(Math.max(0, a.start - 12), a.start)) &&
          partialDate(b.date).first > partialDate(a.date).first))
    ) {
      out.push({ ...a, stop: b.stop, text: text.slice(a.start, b.stop), end: b.date });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The days in a month "YYYY-MM". */
function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** A season: "this summer", "last winter", "in the spring of 2010", "autumn 2012". */
const SEASON =
  /\b(?:(this|last|next|past)\s+|(?:(?:in|during|by|since)\s+)?(?:the\s+)?(?:early\s+|late\s+)?)(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi;
/** The last month of each season (winter's is February of the year after its December). */
const SEASON_END: Readonly<Record<string, number>> = {
  spring: 5,
  summer: 8,
  autumn: 11,
  fall: 11,
  winter: 2,
};

/**
 * Seasons, as years: "this summer" is the summer of the year of writing, "last summer" the
 * latest one over by then, "next summer" the first to come; "the summer of 2010" that year.
 * A bare "in the summer" is left alone (the story's summer, whatever year it is in).
 */
export function seasonDates(text: string, published: string | null): LaterDate[] {
  const out: LaterDate[] = [];
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m !== null; m = SEASON.exec(text)) {
    const which = m[1]?.toLowerCase();
    const season = (m[2] ?? "").toLowerCase();
    let year: number | undefined;
    if (m[3] !== undefined) year = Number(m[3]);
    else if (published !== null && which !== undefined) {
      const y = Number(published.slice(0, 4));
      const month = published.length >= 7 ? Number(published.slice(5, 7)) : 12;
      const end = SEASON_END[season] ?? 12;
      // (A winter is dated by its January and February: "last winter" in March 2014 is 2014.)
      const over = month > end;
      if (which === "this") year = y;
      else if (which === "last" || which === "past") year = over ? y : y - 1;
      else year = over ? y + 1 : y;
    }
    if (year === undefined) continue;
    const start = m.index + (/^(?:in|during|by|since)\s+/i.exec(m[0])?.[0].length ?? 0);
    out.push({ start, stop: m.index + m[0].length, date: String(year) });
  }
  return out;
}

/**
 * A season counted from the story's date: "the following spring", "the previous autumn".
 * ("next spring" is seasonDates', from the day of writing: not read here too.)
 */
const STORY_SEASON = /\b(?:the\s+)?(following|previous|preceding)\s+(spring|summer|autumn|fall|winter)\b/gi;
/** The first month of each season. */
const SEASON_START: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/**
 * Seasons counted from the story's date, as years: "the following spring" after May 2019 is
 * 2020's, "the following autumn" 2019's; after a year alone, the next year's. "The previous
 * autumn" is the latest one over before the story's date.
 */
export function storySeasonDates(text: string, story: string | null): LaterDate[] {
  if (story === null) return [];
  const out: LaterDate[] = [];
  const y = Number(story.slice(0, 4));
  const month = story.length >= 7 ? Number(story.slice(5, 7)) : undefined;
  STORY_SEASON.lastIndex = 0;
  for (let m = STORY_SEASON.exec(text); m !== null; m = STORY_SEASON.exec(text)) {
    const onward = /^following$/i.test(m[1] ?? "");
    const season = (m[2] ?? "").toLowerCase();
    const start = SEASON_START[season] ?? 12;
    const end = SEASON_END[season] ?? 12;
    const year = onward
      ? month !== undefined && month < start
        ? y
        : y + 1
      : month !== undefined && month > end && season !== "winter"
        ? y
        : y - 1;
    out.push({ start: m.index, stop: m.index + m[0].length, date: String(year) });
  }
  return out;
}

const ANNIVERSARY = new RegExp(
  `\\b${COUNT}\\s+years?\\s+ago\\s+(today|tonight|this\\s+month|this\\s+week)\\b`,
  "gi",
);

/**
 * "Twenty years ago today" (or "tonight"), "ten years ago this month": the day (or month) of
 * writing, that many years back, one date in place of those the time stage read in the phrase
 * (chrono reads "today" alone).
 */
export function withAnniversaries<T extends TimeMention>(
  text: string,
  reference: string,
  times: readonly T[],
): readonly T[] {
  const ref = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(reference);
  if (ref === null || !text.includes(" ago ")) return times;
  let out: readonly T[] = times;
  ANNIVERSARY.lastIndex = 0;
  for (let m = ANNIVERSARY.exec(text); m !== null; m = ANNIVERSARY.exec(text)) {
    const word = (m[1] ?? "").toLowerCase();
    const years = NUMBER_WORDS[word] ?? Number(word);
    if (!Number.isInteger(years) || years <= 0) continue;
    const year = String(Number(ref[1]) - years).padStart(4, "0");
    const date =
      /today|tonight/i.test(m[2] ?? "") && ref[3] !== undefined
        ? `${year}-${ref[2]}-${ref[3]}`
        : `${year}-${ref[2]}`;
    const start = m.index;
    const stop = start + m[0].length;
    const phrase = { start, stop, text: m[0], date, relative: true } as T;
    out = [...out.filter((x) => x.stop <= start || x.start >= stop), phrase].sort(
      (a, b) => a.start - b.start,
    );
  }
  return out;
}

const RANGE_DAY =
  /\b(?:on\s+)?(?:the|its|their)\s+(first|opening|second|third|fourth|fifth|sixth|seventh|final|last|closing)\s+day\b/i;
const NTH_DAY: Readonly<Record<string, number>> = {
  first: 0,
  opening: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  sixth: 5,
  seventh: 6,
};

/**
 * "On 18-19 May Xi hosted the summit. On the second day the leaders signed": a day of the range
 * the sentence told before the words, else of the story's ("on its final day": the range's
 * end), where the sentence opens with the words or told a date before them. Undefined with no
 * range of days (or, for a day counted from the start, no day) to count in, or a count past the
 * range's end.
 */
export function rangeDay(
  text: string,
  written: readonly { readonly start: number; readonly date: string; readonly end?: string }[],
  story: { readonly date: string; readonly end?: string } | null | undefined,
): LaterDate | undefined {
  const m = RANGE_DAY.exec(text);
  if (m === null) return undefined;
  // (Only where the sentence opens with it, or told a date before it: "received the presidents
  // ..., and on the second day the six signed" leaves the meeting at the story's range.)
  const told = written.some((w) => w.start < m.index);
  if (!told && !/^\s*$/.test(text.slice(0, m.index))) return undefined;
  const range = written.findLast((w) => w.start < m.index && w.end !== undefined) ?? story ?? undefined;
  if (range === undefined || range.date.length !== 10) return undefined;
  const word = (m[1] ?? "").toLowerCase();
  const stop = m.index + m[0].length;
  const n = NTH_DAY[word];
  if (n === undefined)
    return range.end !== undefined && range.end.length === 10
      ? { start: m.index, stop, date: range.end }
      : undefined;
  const day = new Date(`${range.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n);
  const date = day.toISOString().slice(0, 10);
  if (n > 0 && (range.end === undefined || date > range.end)) return undefined;
  return { start: m.index, stop, date };
}

/** A day named by its weekday alone: "on Tuesday", "that same Tuesday" (not "last Tuesday"). */
const WEEKDAY_ALONE =
  /^(?:on\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/**
 * "Xi's state visit on 20-22 March ... On Tuesday he and Putin signed": a weekday told while
 * the story is at a span of days (of two weeks at most) is the day of that span it names,
 * not the one of the week of writing (a span told as ending after the day of writing,
 * `written`, is none the story is at).
 */
export function weekdaysInRange<T extends TimeMention>(
  times: readonly T[],
  range: { readonly date: string; readonly end?: string } | null | undefined,
  written: string | null,
): readonly T[] {
  if (!range?.end || range.date.length !== 10 || range.end.length !== 10) return times;
  if (written !== null && range.end > written) return times;
  const from = dayOf(range.date);
  const to = dayOf(range.end);
  if (to < from || to - from > 13) return times;
  return times.map((t) => {
    if (!t.relative || t.date.length !== 10 || !WEEKDAY_ALONE.test(t.text.trim())) return t;
    const named = dayOf(t.date);
    if (named >= from && named <= to) return t;
    for (let day = from; day <= to; day++)
      if ((((day - named) % 7) + 7) % 7 === 0) return { ...t, date: dayText(day) };
    return t;
  });
}

/**
 * "Shortly after midnight on Tuesday 13 September", "on Friday 30 September": a day told with
 * its weekday and without its year is of the year in which that day is that weekday, the one
 * nearest the year it was read in (the later of two as near), and none after the day of
 * writing (`written`). A text's last year ("since the 2020 war") does not move such a day.
 */
export function weekdaysAgreeing<T extends TimeMention>(
  times: readonly T[],
  written: string | null,
): readonly T[] {
  return times.map((t) => {
    if (t.date.length !== 10) return t;
    const m = WEEKDAY_WITH_DAY.exec(t.text);
    if (m === null || /\b\d{4}\b/.test(t.text)) return t;
    const weekday = WEEKDAY_ORDER.indexOf((m[1] ?? "").slice(0, 3).toLowerCase());
    const year = Number(t.date.slice(0, 4));
    const monthDay = t.date.slice(4);
    const isWeekday = (y: number) => weekdayOf(dayOf(`${y}${monthDay}`)) === weekday;
    if (weekday < 0 || isWeekday(year)) return t;
    for (let step = 1; step <= 6; step++)
      for (const y of [year + step, year - step]) {
        if (!isWeekday(y) || (written !== null && `${y}${monthDay}` > written)) continue;
        const shift = y - year;
        const end = t.end?.length === 10 ? `${Number(t.end.slice(0, 4)) + shift}${t.end.slice(4)}` : t.end;
        return { ...t, date: `${y}${monthDay}`, ...(end !== undefined ? { end } : {}) };
      }
    return t;
  });
}
/** A weekday written out, then a day of a month (or the month first): "Tuesday 13 September", "Friday, Sept. 30". */
const WEEKDAY_WITH_DAY =
  /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3}|\p{L}{3}\p{L}*\.?\s+\d{1,2}\b)/iu;
/** Weekday names' first three letters, Sunday first (as Date.getUTCDay counts). */
const WEEKDAY_ORDER = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * "On Wednesday 14 September ... On Thursday he sat down with Putin": a weekday told alone
 * while the story is at a day of the month before writing, more than two weeks before the
 * weekday of that name nearest the day of writing ("On 8 November ... On Tuesday", written
 * on the 19th, is the 16th), is the first such weekday after the story's day (a roundup goes
 * forward from the day it told, not to the week it was written).
 */
export function weekdaysAfterDay<T extends TimeMention>(
  times: readonly T[],
  day: string | null | undefined,
  written: string | null,
): readonly T[] {
  if (day?.length !== 10 || written === null || written.length !== 10) return times;
  const from = dayOf(day);
  if (from >= dayOf(written) || dayOf(written) - from > STORY_DAY_REACH) return times;
  return times.map((t) => {
    if (!t.relative || t.date.length !== 10 || !WEEKDAY_ALONE.test(t.text.trim())) return t;
    const named = dayOf(t.date);
    if (named - from <= 14) return t;
    return { ...t, date: dayText(from + ((((named - from) % 7) + 7) % 7 || 7)) };
  });
}
/** How many days before the day of writing a story's day may be for weekdaysAfterDay. */
const STORY_DAY_REACH = 31;

/**
 * "Over the weekend", "at the weekend", "last weekend": the Saturday and Sunday before the
 * day of writing (a paper of Sunday tells of the weekend it is in).
 */
export function weekendDates(text: string, written: string): LaterDate[] {
  if (written.length !== 10) return [];
  const out: LaterDate[] = [];
  const today = dayOf(written);
  // Days since the last Saturday before today (Saturday is weekday 6, Sunday 0).
  const sinceSaturday = (weekdayOf(today) + 1) % 7;
  const saturday = today - (sinceSaturday === 0 ? 7 : sinceSaturday);
  for (const m of text.matchAll(WEEKEND))
    out.push({
      start: m.index,
      stop: m.index + m[0].length,
      date: dayText(saturday),
      end: dayText(saturday + 1),
      // (Read over the month the time stage makes of "weekend".)
      replaces: true,
    });
  return out;
}
const WEEKEND = /\b(?:(?:over|at|during)\s+the|last)\s+weekend\b(?!['’])/gi;

/** The weekday of a day number, Sunday 0 (day 0, 1 January 1970, was a Thursday). */
function weekdayOf(day: number): number {
  return ((((day % 7) + 7) % 7) + 4) % 7;
}

/** The day number of a YYYY-MM-DD date. */
function dayOf(date: string): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
