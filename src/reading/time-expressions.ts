import { casual, type ParsedComponents } from "chrono-node";
import { dayNumber, dayText, type Precision, parsePartialDate } from "../domain/partial-date.js";
import { CueIndex } from "./cues.js";

/**
 * Finds the dates a text gives and resolves them against the document's publication
 * date, keeping only the precision the text itself gives: "in May 2005" is 2005-05,
 * never 2005-05-01.
 *
 * Two kinds of reader, in the shape of chrono (wanasit/chrono: src/chrono.ts): chrono's
 * own English parsers for day and month forms and the relative ones ("last year", "on
 * Thursday this week"), where `isCertain` separates what the text said from what chrono
 * implied; and small matchers of our own for what chrono leaves alone: bare years ("since
 * 2003"), year ranges ("2009 to 2010"), and parts of years ("the end of 2010").
 *
 * Speed: chrono runs some thirty regular expressions over whatever it is given, about
 * 0.5 MB/s on whole articles. Here it sees only short windows of a line around words that
 * can start a date (month and weekday names, "year", "yesterday"...), and runs without
 * its clock-time and time-zone stages; that reads about 15 MB/s of news text on one core
 * and keeps its work on one very long line bounded.
 */
export interface TimeMention {
  /**
   * UTF-16 offsets in the text given, `[start, stop)`. The offset past the phrase is
   * `stop`, not `end`: `end` is the end of a date range, named as in claims.md.
   */
  readonly start: number;
  readonly stop: number;
  /** `text.slice(start, stop)`: the date phrase itself, without "on", "in", "since"... before it. */
  readonly text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the text says. */
  readonly date: string;
  /** For ranges ("June 12-13", "2009 to 2010"): the last day, month or year, as precise as the text says. */
  readonly end?: string;
  /** True when the date depends on the reference date ("last year", "on Thursday", "June 12-13" with no year). */
  readonly relative: boolean;
  /**
   * A year that names what follows it ("his 2011 election campaign", "the 2008 war"): it
   * dates that thing, not the sentence around it, so it lends its year to no other date.
   */
  readonly attributive?: boolean;
}

export interface TimeMentionOptions {
  /**
   * The year for a day or month the text gives without one ("June 12-13", "in July"), in
   * place of the year chrono picks near the reference date. The pipeline passes the year
   * the surrounding text is about, when it knows it.
   */
  readonly defaultYear?: number;
  /**
   * Whether the text holds one of TRIGGER_WORDS, when the caller has looked already (the
   * reader does, in the one pass that finds its patterns' cue words). With false, the words
   * are not looked for again: only dates written in numbers ("12/06/2012") open a window.
   */
  readonly triggerWords?: boolean;
}

/** Years outside this range are not read as years: "a 2,000 km border" aside, 4-digit numbers in news are rarely years before 1900. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** How far around a trigger word chrono looks, in UTF-16 units; the longest form ("the day before yesterday", "September 6-21, 2012") fits. */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 40;

interface YmdParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "00" to "99": every mention formats a month and a day, and the table saves building them. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const pad2 = (n: number): string => TWO_DIGITS[n] ?? String(n).padStart(2, "0");

function formatDate(p: YmdParts, precision: Precision): string {
  const y = p.year >= 1000 && p.year <= 9999 ? String(p.year) : String(p.year).padStart(4, "0");
  if (precision === "year") return y;
  if (precision === "month") return `${y}-${pad2(p.month)}`;
  return `${y}-${pad2(p.month)}-${pad2(p.day)}`;
}

const PRECISION_RANK: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2 };
const coarser = (a: Precision, b: Precision): Precision => (PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b);

const yearInRange = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;

// --- Triggers: where chrono is worth running ------------------------------------------

const MONTH_NAME =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const FULL_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const FULL_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;

/**
 * What a trigger tells of its window, as a bit (see gatesPassed): a month or day name,
 * "today"-like words, "week"..., "month"..., "ago", a number ("12/06/2012").
 */
const Kind = {
  month: 1,
  weekday: 2,
  casual: 4,
  week: 8,
  monthWord: 16,
  ago: 32,
  digits: 64,
} as const;

const TRIGGER_GROUPS: readonly (readonly [string, number])[] = [
  ["jan january feb february mar march apr april may jun june jul july aug august", Kind.month],
  ["sep sept september oct october nov november dec december", Kind.month],
  ["monday tuesday wednesday thursday friday saturday sunday", Kind.weekday],
  ["today tonight tomorrow yesterday", Kind.casual],
  // "this morning", read by our own matcher (see ownMatches), not by chrono.
  ["morning afternoon evening", 0],
  ["week weeks weekend weekends", Kind.week],
  ["month months", Kind.monthWord],
  ["year years fortnight", 0],
  ["ago", Kind.ago],
];

/** The words that may start a date chrono reads (with numbers such as "12/06/2012"). */
export const TRIGGER_WORDS: readonly string[] = TRIGGER_GROUPS.flatMap(([words]) => words.split(" "));

const TRIGGER_KIND = new Map<string, number>(
  TRIGGER_GROUPS.flatMap(([words, kind]) => words.split(" ").map((w): [string, number] => [w, kind])),
);

// One `\b` before both kinds and `(?!\w)` after (the same as `\b` after a word character):
// the scan runs over every sentence that may hold a date, and this form of it is the faster.
const DATE_NUMBER = "\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?";
const TRIGGER = new RegExp(`\\b(?:${TRIGGER_WORDS.join("|")}|${DATE_NUMBER})(?!\\w)`, "gi");
/**
 * TRIGGER without the words, for a text the caller knows holds none: a word match and a
 * number match never start at the same offset nor overlap, so this finds TRIGGER's numbers.
 */
const NUMBER_TRIGGER = new RegExp(`\\b(?:${DATE_NUMBER})(?!\\w)`, "g");

/** A window whose triggers are all bare periods (no month, day name or digit). */
const PERIODS_ONLY =
  /^(?![\s\S]*(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday)))/i;
/**
 * What fixes a period in time: "last year", "this month", "two weeks ago", "a year earlier",
 * and "over the weekend", "at the weekend" (the weekend nearest the day of writing).
 */
const PERIOD_ANCHOR =
  /\b(?:last|next|this|past|previous|coming|ago|earlier|later|following|same|current|end|beginning|start|middle|mid|late|early|(?:over|at|during|on)\s+the\s+weekend)\b/i;

/**
 * Every date this module reads holds a digit or a trigger word: a sentence with neither
 * (most of them) is passed over after one look at its letters (see cues.ts).
 */
const TRIGGER_CUES = new CueIndex([TRIGGER_WORDS]);
const DIGIT = /\d/;

/** Could the text hold a date at all? */
export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || TRIGGER_CUES.present(text) !== 0;
}

/** (Not read-only: a window is widened in place as the triggers after it join it.) */
interface Window {
  readonly start: number;
  end: number;
  /** The kinds of the triggers in it (Kind). */
  kinds: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit (`[\p{L}\p{N}]`) at `i`, looked up by code for ASCII (most text). */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(text.charAt(i));
}
const SPACE = /\s/;
/** The first offset in `[from, to)` of what `\s` matches, or -1: `search(SPACE)` on a slice, without the slice. */
function firstSpaceIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text.charAt(i)))) return i;
  }
  return -1;
}

const NEWLINE = 10;
const BLANK = 32;

/** The first offset in `[from, to)` of the UTF-16 unit `code`, or -1: `indexOf` on a slice, without the slice. */
function firstIndexIn(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The last offset in `[from, to)` of the UTF-16 unit `code`, or -1. */
function lastIndexIn(text: string, code: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

interface Triggers {
  readonly windows: Window[];
  /** Whether "year" is one of the triggers (case aside): what RELATIVE_YEAR_PART needs. */
  readonly year: boolean;
}

/** Windows of one line around each trigger, cut at word edges and merged when they overlap. */
function triggerWindows(text: string, words = true): Triggers {
  const trigger = words ? TRIGGER : NUMBER_TRIGGER;
  const windows: Window[] = [];
  let year = false;
  // Most texts here are one sentence on one line: the look for line ends is skipped then.
  let lines = -1;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const word = m[0];
    // "may" in lower case is the verb; the month is written "May".
    if (word === "may") continue;
    const first = word.charCodeAt(0);
    let kind: number = Kind.digits;
    if (first > 57) {
      const lower = word.toLowerCase();
      kind = TRIGGER_KIND.get(lower) ?? 0;
      if (lower === "year") year = true;
    }
    const at = m.index;
    const to = at + word.length;
    let start = Math.max(0, at - WINDOW_BEFORE);
    if (lines < 0) lines = text.includes("\n") ? 1 : 0;
    const lineStart = lines === 1 ? lastIndexIn(text, NEWLINE, start, at) : -1;
    if (lineStart >= 0) start = lineStart + 1;
    else if (start > 0 && isWordCharAt(text, start - 1)) {
      // Do not start inside a word (or a number: "2012" cut to "12").
      const space = firstSpaceIn(text, start, at);
      start = space < 0 ? at : space + 1;
    }
    let end = Math.min(text.length, to + WINDOW_AFTER);
    const lineEnd = lines === 1 ? firstIndexIn(text, NEWLINE, to, end) : -1;
    if (lineEnd >= 0) end = lineEnd;
    else if (end < text.length && isWordCharAt(text, end)) {
      const space = lastIndexIn(text, BLANK, to, end);
      end = space < 0 ? to : space;
    }
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end) {
      last.end = end;
      last.kinds |= kind;
    } else windows.push({ start, end, kinds: kind });
  }
  return { windows, year };
}

/**
 * chrono's casual English without the parsers for clock times and for spans counted from
 * the story ("within a year", "two years later"): Heartland keeps neither, and skipping
 * them saves a third of chrono's time.
 */
const SKIPPED_PARSERS = new Set([
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
]);
/** Time zones do not change a calendar day read from text, and "CST" here is a treaty, not Central Time. */
const SKIPPED_REFINERS = new Set([
  "ExtractTimezoneOffsetRefiner",
  "ExtractTimezoneAbbrRefiner",
  "ENMergeDateTimeRefiner",
]);
const READER = casual.clone();
READER.parsers = READER.parsers.filter((p) => !SKIPPED_PARSERS.has(p.constructor.name));
READER.refiners = READER.refiners.filter((r) => !SKIPPED_REFINERS.has(r.constructor.name));

/**
 * What a window must hold for each of chrono's parsers to match in it. Each gate is a
 * necessary condition read off the parser's pattern (case-insensitive where the pattern
 * is), so a parser left out would have found nothing, and the results are chrono's own.
 * It saves a quarter of chrono's time: its patterns begin with long alternations tried at
 * every offset, the gates are short scans, and those that only matter when another holds
 * run only then. (The test "the gates were read off chrono's patterns" fails when an
 * update of chrono changes a pattern, to have the gates read again.)
 */
const Gate = {
  /** "12/06", "10.12.2012": a slash between digits, or three numbers (SlashDateFormatParser). */
  dayMonth: 1 << 0,
  /** "2012-06-21", "2012 6 21": four digits and a separator (ENYearMonthDayParser). */
  yearFirst: 1 << 1,
  /** "2012-06": ISOFormatParser. */
  iso: 1 << 2,
  /** "6/2012": ENSlashMonthFormatParser. */
  monthSlashYear: 1 << 3,
  /** The start of a month name, "jan" to "dec". */
  month: 1 << 4,
  /** A day of the month: a digit or an ordinal word ("first", "twenty-second"). */
  ordinal: 1 << 5,
  /** A year before a month name: four digits, or a number with an era ("300 BC"). */
  yearOrEra: 1 << 6,
  /** The start of a day name, or "week" ("weekend", "weekday"). */
  weekday: 1 << 7,
  ago: 1 << 8,
  casual: 1 << 9,
  monthWord: 1 << 10,
  relative: 1 << 11,
  relativeOrSign: 1 << 12,
} as const;

/**
 * SlashDateFormatParser's pattern is two numbers with a separator and perhaps a year; its
 * extract turns down a match with neither a slash nor a year ("17.4", "11-20", "7-8"), and
 * chrono then looks on. So a result needs a slash between digits, or a third number.
 */
const DATE_SEPARATED = /\d\/\d|\d[.-]\d{1,2}[/.-]\d\d/;
const YEAR_SEPARATED = /\d{4}[-./\s]/;
const YEAR_DASH = /\d{4}-\d/;
const SLASH_YEAR = /\d\/\d{4}/;
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** chrono's ordinal words all hold one of these ("twenty-first", "thirteenth", "thirtieth"). */
const ORDINAL_WORD =
  /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const YEAR_OR_ERA = /\d{4}|\d\s{0,2}(?:be|ad|bc|ce)/i;
const WEEKDAY_START = /mon|tue|wed|thu|fri|sat|sun|week/i;
const AGO = /ago|before|earlier/i;
const CASUAL = /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i;
const MONTH_WORD_GATE = /month/i;
const RELATIVE = /this|last|past|next|after/i;

/**
 * The gates read off the words of a window (each a pattern of words, found anywhere, case
 * aside), and the words, longest first: one scan, tried at every offset, finds at each the
 * longest word that starts there, and a word's bits take in those of the words it starts
 * with ("month" holds "mon", "last night" "last"), so the scan finds every gate the patterns
 * one by one would.
 */
const WORD_GATES: readonly (readonly [RegExp, number])[] = [
  [MONTH_START, Gate.month],
  [ORDINAL_WORD, Gate.ordinal],
  [WEEKDAY_START, Gate.weekday],
  [AGO, Gate.ago],
  [CASUAL, Gate.casual],
  [MONTH_WORD_GATE, Gate.monthWord],
  [RELATIVE, Gate.relative],
];
/** What the words' patterns are made of: the words, and "last\s*night" (read as "lastnight"). */
const GATE_WORD_SOURCES = new Map<string, string>();
const GATE_WORD_BITS = new Map<string, number>();
for (const [pattern, gate] of WORD_GATES) {
  for (const source of pattern.source.split("|")) {
    const word = source.replace("\\s*", "");
    if (!/^[a-z]+$/.test(word)) throw new Error(`a gate word that is not a word: ${source}`);
    GATE_WORD_SOURCES.set(word, source);
    GATE_WORD_BITS.set(word, (GATE_WORD_BITS.get(word) ?? 0) | gate);
  }
}
for (const [word, bits] of [...GATE_WORD_BITS]) {
  let all = bits;
  for (const [other, otherBits] of GATE_WORD_BITS) if (word.startsWith(other)) all |= otherBits;
  GATE_WORD_BITS.set(word, all);
}
/** Every word gate: what a match the table does not know (none is expected) passes. */
const ALL_WORD_GATES = WORD_GATES.reduce((bits, [, gate]) => bits | gate, 0);
const GATE_WORDS = new RegExp(
  [...GATE_WORD_SOURCES]
    .sort(([a], [b]) => b.length - a.length)
    .map(([, source]) => source)
    .join("|"),
  "gi",
);

const BLANKS = /\s+/g;

/** The word gates (WORD_GATES) whose patterns match somewhere in `slice`. */
function wordGates(slice: string): number {
  let found = 0;
  GATE_WORDS.lastIndex = 0;
  for (let m = GATE_WORDS.exec(slice); m !== null; m = GATE_WORDS.exec(slice)) {
    const word = m[0].toLowerCase();
    found |= GATE_WORD_BITS.get(word) ?? GATE_WORD_BITS.get(word.replace(BLANKS, "")) ?? ALL_WORD_GATES;
    // The next word may start inside this one ("nowed": "now", then "wed").
    GATE_WORDS.lastIndex = m.index + 1;
  }
  return found;
}

/** For the tests: the word gates of `slice` by wordGates' one scan, and by the patterns one by one. */
export function wordGateReadings(slice: string): { scan: number; oneByOne: number } {
  const oneByOne = WORD_GATES.reduce(
    (bits, [pattern, gate]) => (pattern.test(slice) ? bits | gate : bits),
    0,
  );
  return { scan: wordGates(slice), oneByOne };
}

/**
 * The gates `slice` passes. The window's triggers (`kinds`) and whether it holds four digits
 * in a row (`fourDigits`) settle some gates without a scan: a window with the trigger "June"
 * holds "jun".
 */
function gatesPassed(slice: string, kinds: number, fourDigits: boolean): number {
  let passed = 0;
  const digit = fourDigits || (kinds & Kind.digits) !== 0 || DIGIT.test(slice);
  if (digit) {
    if (DATE_SEPARATED.test(slice)) passed |= Gate.dayMonth;
    if (fourDigits) {
      if (YEAR_SEPARATED.test(slice)) passed |= Gate.yearFirst;
      if (YEAR_DASH.test(slice)) passed |= Gate.iso;
      if (SLASH_YEAR.test(slice)) passed |= Gate.monthSlashYear;
    }
  }
  const words = wordGates(slice);
  if ((kinds & Kind.month) !== 0 || (words & Gate.month) !== 0) {
    passed |= Gate.month;
    if (digit || (words & Gate.ordinal) !== 0) passed |= Gate.ordinal;
    if (digit && YEAR_OR_ERA.test(slice)) passed |= Gate.yearOrEra;
  }
  // "month" holds "mon".
  if ((kinds & (Kind.weekday | Kind.week | Kind.monthWord)) !== 0 || (words & Gate.weekday) !== 0)
    passed |= Gate.weekday;
  if ((kinds & Kind.ago) !== 0 || (words & Gate.ago) !== 0) passed |= Gate.ago;
  if ((kinds & Kind.casual) !== 0 || (words & Gate.casual) !== 0) passed |= Gate.casual;
  if ((kinds & Kind.monthWord) !== 0 || (words & Gate.monthWord) !== 0) passed |= Gate.monthWord;
  if ((words & Gate.relative) !== 0) passed |= Gate.relative | Gate.relativeOrSign;
  else if (slice.includes("-") || slice.includes("+")) passed |= Gate.relativeOrSign;
  return passed;
}

/** The gates each parser needs passed; a parser not named here always runs. */
const PARSER_GATES: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: Gate.yearFirst,
  ISOFormatParser: Gate.iso,
  SlashDateFormatParser: Gate.dayMonth,
  ENSlashMonthFormatParser: Gate.monthSlashYear,
  ENMonthNameLittleEndianParser: Gate.month | Gate.ordinal,
  ENMonthNameMiddleEndianParser: Gate.month | Gate.ordinal,
  ENMonthNameParser: Gate.month,
  ENYearMonthNameParser: Gate.month | Gate.yearOrEra,
  ENWeekdayParser: Gate.weekday,
  ENTimeUnitAgoFormatParser: Gate.ago,
  ENCasualDateParser: Gate.casual,
  ENEndOfCurrentMonthParser: Gate.monthWord,
  ENRelativeDateFormatParser: Gate.relative,
  ENTimeUnitCasualRelativeFormatParser: Gate.relativeOrSign,
};
const PARSER_NEEDS = READER.parsers.map((p) => PARSER_GATES[p.constructor.name] ?? 0);
const CHRONO_OPTIONS = { forwardDate: false } as const;

/** READER with only the parsers whose gates a window passes, by the bit set of the parsers kept. */
const GATED_READERS = new Map<number, typeof READER>();

/** The parsers (bit i for READER.parsers[i]) whose gates `slice` passes. */
function keptParsers(slice: string, kinds: number, fourDigits: boolean): number {
  const passed = gatesPassed(slice, kinds, fourDigits);
  let kept = 0;
  for (let i = 0; i < PARSER_NEEDS.length; i++) {
    const needs = PARSER_NEEDS[i] as number;
    if ((passed & needs) === needs) kept |= 1 << i;
  }
  return kept;
}

/** READER with only the parsers in `kept`. */
function readerOf(kept: number): typeof READER {
  let reader = GATED_READERS.get(kept);
  if (reader === undefined) {
    reader = READER.clone();
    reader.parsers = READER.parsers.filter((_, i) => (kept & (1 << i)) !== 0);
    GATED_READERS.set(kept, reader);
  }
  return reader;
}

// --- A month alone, or a day and a month: read without chrono ---------------------------

/** The parsers of READER named, as a bit set of READER.parsers. */
function parserBits(...names: string[]): number {
  return READER.parsers.reduce(
    (bits, p, i) => (names.includes(p.constructor.name) ? bits | (1 << i) : bits),
    0,
  );
}

/** The parsers monthForm stands in for, as a bit set of READER.parsers. */
const MONTH_PARSERS = parserBits(
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
);
/** The two month parsers that read a day with the month ("5 January", "June 12"). */
const DAY_MONTH_PARSERS = parserBits("ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser");
/** The parser weekdayForm stands in for. */
const WEEKDAY_PARSER = parserBits("ENWeekdayParser");
/** ENMonthNameParser's own pattern (without the word boundary before it), tried at a month's first letter. */
const MONTH_NAME_AT: RegExp | null = (() => {
  const parser = READER.parsers.find((p) => p.constructor.name === "ENMonthNameParser") as
    | { innerPattern?: () => RegExp }
    | undefined;
  const pattern = parser?.innerPattern?.();
  return pattern instanceof RegExp ? new RegExp(pattern.source, "iy") : null;
})();
/**
 * The whole pattern of each of READER's parsers (index as READER.parsers), to see that a
 * parser other than the three of monthForm finds nothing in a window: a parser whose
 * pattern does not match gives no result, and the window is then monthForm's still.
 */
const PARSER_PATTERNS: readonly (RegExp | null)[] = READER.parsers.map((p) => {
  const context = { option: {}, refDate: new Date(0), reference: { instant: new Date(0) }, text: "" };
  const pattern = p.pattern(context as never);
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky ? pattern : null;
});

/**
 * The parsers in `kept` (bits of READER.parsers) whose whole pattern matches somewhere in
 * `slice`, with those whose pattern could not be read: the only ones that can give a result
 * there. Each pattern is tried once, here, and chrono then runs only these.
 */
function matchingParsers(slice: string, kept: number): number {
  let matching = 0;
  for (let i = 0, bits = kept; bits !== 0; i++, bits >>>= 1) {
    if ((bits & 1) === 0) continue;
    const pattern = PARSER_PATTERNS[i];
    if (pattern === null || pattern === undefined || pattern.test(slice)) matching |= 1 << i;
  }
  return matching;
}

/**
 * chrono's results for `slice` with the parsers kept for it: those of the parsers among them
 * whose patterns match (`matching`), since a parser whose pattern fails gives none, and the
 * refiners then see the same results. Read without chrono where one of the forms below
 * applies.
 */
function readWindow(slice: string, matching: number, res: Resolution): readonly ChronoResult[] {
  return (
    withoutChrono(slice, matching, res) ??
    readerOf(matching).parse(slice, res.chronoReference, CHRONO_OPTIONS)
  );
}

/**
 * What chrono would find in `slice` with the parsers whose patterns match there
 * (`matching`), where that can be read without it (ASK_CHRONO where not): nothing, when
 * none does; monthForm's or monthNameForm's reading, when only month parsers do;
 * weekdayForm's, when only the weekday parser does; and one of each, when both do and
 * chrono's refiners would keep the two apart.
 */
function withoutChrono(slice: string, matching: number, res: Resolution): ChronoResult[] | typeof ASK_CHRONO {
  if (matching === 0) return [];
  if (matching === RELATIVE_PARSER) return relativeForm(slice, res.instant);
  if ((matching & ~(MONTH_PARSERS | WEEKDAY_PARSER)) !== 0) return ASK_CHRONO;
  const months = matching & MONTH_PARSERS;
  const month =
    months === 0
      ? []
      : (monthForm(slice, res.instant, undefined) ??
        ((months & DAY_MONTH_PARSERS) === 0 ? monthNameForm(slice, res.instant) : ASK_CHRONO));
  if ((matching & WEEKDAY_PARSER) === 0 || month === ASK_CHRONO) return month;
  const day = weekdayForm(slice, res.reference);
  if (months === 0 || day === ASK_CHRONO) return day;
  const [a] = month;
  const [b] = day;
  if (month.length !== 1 || day.length !== 1 || a === undefined || b === undefined) return ASK_CHRONO;
  return apart(slice, a, b) ? [a, b].sort((x, y) => x.index - y.index) : ASK_CHRONO;
}

/** What chrono's merging refiners join two results across: blanks and commas, or a range's "to". */
const JOINING = /^[\s,]*$|^\s*(?:to|-|–|until|through|till)\s*$/i;

/**
 * Whether two results, each what chrono reads alone in `slice`, are what it reads together:
 * they do not overlap (OverlapRemovalRefiner would drop one) and what stands between them is
 * more than ENMergeDateRangeRefiner, MergeWeekdayComponentRefiner and the two
 * ENMergeRelative refiners join across. The other refiners look at one result at a time.
 */
function apart(slice: string, a: ChronoResult, b: ChronoResult): boolean {
  const [first, second] = a.index <= b.index ? [a, b] : [b, a];
  const end = first.index + first.text.length;
  return end <= second.index && !JOINING.test(slice.slice(end, second.index));
}

// --- "Last year", "this month": read without chrono --------------------------------------

/** The parser relativeForm stands in for, as a bit set of READER.parsers. */
const RELATIVE_PARSER = parserBits("ENRelativeDateFormatParser");
/** ENRelativeDateFormatParser's whole pattern (groups: the boundary, the modifier, the unit). */
const RELATIVE_PATTERN =
  PARSER_PATTERNS[READER.parsers.findIndex((p) => p.constructor.name === "ENRelativeDateFormatParser")];

/** A chrono-like result for "last year", "this month"...: the year (and month) certain, the rest implied. */
class RelativeComponents implements Components {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly monthCertain: boolean,
  ) {}
  isCertain(c: Parameters<ParsedComponents["isCertain"]>[0]): boolean {
    return c === "year" || (c === "month" && this.monthCertain);
  }
  get(c: Parameters<ParsedComponents["get"]>[0]): number | null {
    return c === "year" ? this.year : c === "month" ? this.month : c === "day" ? this.day : null;
  }
  tags(): Set<string> {
    return NO_TAGS as Set<string>;
  }
}

/**
 * chrono's result for a window where of its parsers only ENRelativeDateFormatParser matches,
 * once, as "this", "last", "past" or "next" and "year" or "month" ("last year", "this
 * month"). Read off its innerExtract and ParsingComponents.createRelativeFromReference
 * (calculation/duration.js addDuration), in the local time chrono reads dates in: "last" and
 * "next" move the reference (adjusted to the time zone chrono is given, 0) by one unit, the
 * year (and month) certain and the day (and month) implied from the date moved to; "this"
 * takes the reference instant itself, to the first of its month (and January, for the
 * year). With one result, chrono's refiners leave it as it is: the merging ones need two,
 * ForwardDateRefiner is off, ENExtractYearSuffixRefiner needs a year not certain, the
 * filters keep a valid date that is no number and no "may"; ENEndOfPeriodRefiner, which
 * moves the result after "end of", is left to chrono, as is anything else ("after this
 * year", "last years", "this week", a second match).
 */
function relativeForm(slice: string, instant: Date): ChronoResult[] | typeof ASK_CHRONO {
  if (RELATIVE_PATTERN === null || RELATIVE_PATTERN === undefined) return ASK_CHRONO;
  const m = RELATIVE_PATTERN.exec(slice);
  if (m === null) return [];
  const [whole, boundary = "", modifierWord = "", unitWord = ""] = m;
  const modifier = modifierWord.toLowerCase();
  const unit = unitWord.toLowerCase();
  if (unit !== "year" && unit !== "month") return ASK_CHRONO;
  const shift = modifier === "next" ? 1 : modifier === "last" || modifier === "past" ? -1 : 0;
  if (shift === 0 && modifier !== "this") return ASK_CHRONO;
  const index = m.index + boundary.length;
  const text = whole.slice(boundary.length);
  // chrono's executeParser looks again in the rest of the window after a match.
  if (RELATIVE_PATTERN.test(slice.slice(index + text.length))) return ASK_CHRONO;
  if (END_OF_PERIOD_BEFORE.test(slice.slice(0, index))) return ASK_CHRONO;
  let start: RelativeComponents;
  if (shift !== 0) {
    // ReferenceWithTimezone.getDateWithAdjustedTimezone with the time zone 0, then addDuration.
    const date = new Date(instant);
    date.setMinutes(date.getMinutes() - -instant.getTimezoneOffset());
    if (unit === "year") {
      date.setFullYear(date.getFullYear() + shift);
      start = new RelativeComponents(date.getFullYear(), date.getMonth() + 1, date.getDate(), false);
    } else {
      date.setMonth(date.getMonth() + shift);
      start = new RelativeComponents(date.getFullYear(), date.getMonth() + 1, date.getDate(), true);
    }
  } else {
    const date = new Date(instant.getTime());
    date.setDate(1);
    if (unit === "year") {
      date.setMonth(0);
      start = new RelativeComponents(date.getFullYear(), date.getMonth() + 1, date.getDate(), false);
    } else start = new RelativeComponents(date.getFullYear(), date.getMonth() + 1, date.getDate(), true);
  }
  return [{ index, text, start }];
}

const MONTH_START_ALL = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;

/**
 * Whether the month-like letters at `at` ("mar" in "remarked", "dec" in "decisive") are
 * inside a word where no month parser can read them: after an ASCII letter, and not the
 * "in" chrono's ENMonthNameParser allows glued before a month ("inMarch").
 */
function insideWord(slice: string, at: number): boolean {
  const before = at > 0 ? slice.charCodeAt(at - 1) : 0;
  if (!((before | 32) >= 97 && (before | 32) <= 122)) return false;
  if ((before | 32) !== 110) return true; // n
  return !((slice.charCodeAt(at - 2) | 32) === 105 && !isAsciiWordAt(slice, at - 3)); // i
}
/**
 * The names chrono's month parsers read (MONTH_DICTIONARY, without the abbreviations'
 * periods), by their first three letters.
 */
const MONTH_NAMES_BY_START = new Map<string, readonly string[]>(
  ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july"]
    .concat(["aug august", "sep sept september", "oct october", "nov november", "dec december"])
    .map((names) => [names.slice(0, 3), names.split(" ")]),
);
/**
 * What letters glued after a month's name can go on into in the month parsers' patterns:
 * "of" before a year (ENMonthNameParser) or a day written as an ordinal word
 * (ENMonthNameMiddleEndianParser), and chrono's ordinal words all start with f, s, t, e or n.
 */
const GLUED_AFTER_MONTH = /^(?:of|[fsten])/i;
const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Whether no month parser can read a month at `at`, the start of three month-like letters
 * ("dec" of "decisive", "mar" of "market"): after each name the word there starts with, a
 * letter follows that none of their patterns lets go on. (A digit, a period or anything
 * but a letter may, and so may "of" and an ordinal word's first letter.)
 */
function notAMonth(slice: string, at: number): boolean {
  const names = MONTH_NAMES_BY_START.get(slice.slice(at, at + 3).toLowerCase()) ?? [];
  for (const name of names) {
    const end = at + name.length;
    if (slice.slice(at, end).toLowerCase() !== name) continue;
    if (!isAsciiLetterCode(slice.charCodeAt(end)) || GLUED_AFTER_MONTH.test(slice.slice(end, end + 2)))
      return false;
  }
  return true;
}

const TITLE_MONTH_AT =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z0-9_])/y;
/** ENEndOfPeriodRefiner's prefix: a month after it is moved to its last day. */
const END_OF_PERIOD_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const IN_BEFORE = /\b(in)$/i;

/**
 * "Late May", "early May", "mid-May", "last May", "That May he ...": the month, never the verb
 * (which chrono keeps only after "in").
 */
const MAY_AFTER_MODIFIER =
  /\b(?:early|late|mid)[- ]May\b|\b(?:[Ll]ast|[Tt]his|[Nn]ext) May\b|\b[Tt]hat May(?=,|\s+(?:he|she|it|they|we|I|the|a|an|his|her|its|their|both|talks|troops)\b)/g;

/**
 * The window with "in" written over the modifier before a month "May" ("late May" reads as
 * "  in May" for chrono), in as many characters: chrono then keeps the month, and the reader,
 * which reads modifiers off the text itself, still finds "late" before it.
 */
function withMayAfterModifier(slice: string): string {
  if (!slice.includes("May")) return slice;
  MAY_AFTER_MODIFIER.lastIndex = 0;
  return slice.replace(MAY_AFTER_MODIFIER, (m) => `${"in".padStart(m.length - 4)} May`);
}
const SPACE_CODE = /\s/;
const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * A chrono-like result for a month (and day) read by monthForm or monthNameForm: month
 * certain, day certain or 1, year implied or (when the text gives it) certain.
 */
class MonthComponents implements Components {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly dayCertain: boolean,
    readonly yearCertain = false,
  ) {}
  isCertain(c: Parameters<ParsedComponents["isCertain"]>[0]): boolean {
    return c === "month" || (c === "day" && this.dayCertain) || (c === "year" && this.yearCertain);
  }
  get(c: Parameters<ParsedComponents["get"]>[0]): number | null {
    return c === "year" ? this.year : c === "month" ? this.month : c === "day" ? this.day : null;
  }
  tags(): Set<string> {
    return NO_TAGS as Set<string>;
  }
}

/** closestYear, remembered: it makes three Date objects, and a document asks for the same few days again and again. */
const CLOSEST_YEARS = new Map<number, number>();

function yearClosestTo(ref: Date, day: number, month: number): number {
  const key = ref.getTime() * 512 + month * 32 + day;
  let year = CLOSEST_YEARS.get(key);
  if (year === undefined) {
    if (CLOSEST_YEARS.size > 10_000) CLOSEST_YEARS.clear();
    year = closestYear(ref, day, month);
    CLOSEST_YEARS.set(key, year);
  }
  return year;
}

/** chrono's findYearClosestToRef (calculation/years.js), step for step: the year of a day and month nearest the reference. */
function closestYear(ref: Date, day: number, month: number): number {
  let date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const nextYear = new Date(date);
  nextYear.setFullYear(nextYear.getFullYear() + 1);
  const lastYear = new Date(date);
  lastYear.setFullYear(lastYear.getFullYear() - 1);
  if (Math.abs(nextYear.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime()))
    date = nextYear;
  else if (Math.abs(lastYear.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime()))
    date = lastYear;
  return date.getFullYear();
}

/** The days of each month (index 1 to 12) in a year that is not a leap year. */
const MONTH_DAYS: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * chrono's isValidDate for a day of a month in a year. From year 100 on, Date's calendar is
 * the Gregorian one, and the day is counted without making a Date (years before it, which
 * Date.UTC reads as 19xx, are left to Date).
 */
function validDay(year: number, month: number, day: number): boolean {
  if (year >= 100 && Number.isInteger(year) && Number.isInteger(day)) {
    if (month < 1 || month > 12 || !Number.isInteger(month) || day < 1) return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month] ?? 0));
  }
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const isAsciiWordAt = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && isAsciiWordCode(s.charCodeAt(i));
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** What monthForm returns for a window it cannot vouch for: chrono reads it. */
const ASK_CHRONO = null;

/**
 * chrono's results for a window where only its three month-name parsers may match (its
 * gates say so: no weekday, no relative word, no year...) and the window is one of the
 * two commonest shapes: one month name written out in full and capitalized, alone ("in
 * May", "that November") or after a day ("on 5 January"), no other number, no ordinal
 * word and no other word starting like a month. What chrono does with such a window is
 * read off its parsers and refiners (ENMonthNameLittleEndianParser,
 * ENMonthNameMiddleEndianParser, ENMonthNameParser, OverlapRemovalRefiner,
 * ENEndOfPeriodRefiner, UnlikelyFormatFilter, ENUnlikelyFormatFilter); anything else
 * (an invalid day, "end of", a month-name match longer than the day's) is left to chrono.
 * The property test "monthForm reads what chrono reads" holds the two together.
 */
function monthForm(
  slice: string,
  ref: Date,
  ordinalWord: boolean | undefined,
): ChronoResult[] | typeof ASK_CHRONO {
  if (MONTH_NAME_AT === null) return ASK_CHRONO;
  // One month-like word, apart from letters inside words and words no month parser reads.
  let at = -1;
  MONTH_START_ALL.lastIndex = 0;
  for (let m = MONTH_START_ALL.exec(slice); m !== null; m = MONTH_START_ALL.exec(slice)) {
    if (insideWord(slice, m.index) || notAMonth(slice, m.index)) continue;
    if (at >= 0) return ASK_CHRONO;
    at = m.index;
  }
  if (at < 0) return ASK_CHRONO;
  TITLE_MONTH_AT.lastIndex = at;
  const name = TITLE_MONTH_AT.exec(slice);
  if (name === null || isAsciiWordAt(slice, at - 1)) return ASK_CHRONO;
  const month = MONTH_NUMBER[name[0].slice(0, 3).toLowerCase()] ?? 0;
  const monthEnd = at + name[0].length;
  // The runs of digits, if any: the day right before the month ("5 January"), and perhaps
  // its year after it ("5 January 2013"); a third is left to chrono.
  const runs: number[] = [];
  for (let i = 0; i < slice.length; i++) {
    if (!isDigitCode(slice.charCodeAt(i))) continue;
    if (runs.length === 4) return ASK_CHRONO;
    const from = i;
    while (i < slice.length && isDigitCode(slice.charCodeAt(i))) i++;
    runs.push(from, i);
  }
  const [digitsFrom = -1, digitsTo = -1, yearFrom = -1, yearTo = -1] = runs;
  if (ordinalWord ?? ORDINAL_WORD.test(slice)) return ASK_CHRONO;
  MONTH_NAME_AT.lastIndex = at;
  const named = MONTH_NAME_AT.exec(slice);
  if (digitsFrom < 0) {
    // ENMonthNameParser alone.
    if (named === null) return [];
    if (END_OF_PERIOD_BEFORE.test(slice.slice(0, at))) return ASK_CHRONO;
    const written = named[0];
    if (
      written.trim().toLowerCase() === "may" &&
      written.trim() !== slice.trim() &&
      !IN_BEFORE.test(slice.slice(0, at).trim())
    )
      return [];
    const year = yearClosestTo(ref, 1, month);
    return [{ index: at, text: written, start: new MonthComponents(year, month, 1, false) }];
  }
  // ENMonthNameLittleEndianParser: "[on ]5 January".
  if (digitsTo !== at - 1 || slice.charCodeAt(digitsTo) !== BLANK || digitsTo - digitsFrom > 2)
    return ASK_CHRONO;
  const day = Number(slice.slice(digitsFrom, digitsTo));
  if (day < 1 || day > 31) return ASK_CHRONO;
  let index = digitsFrom;
  let blanks = 0;
  while (blanks < 4 && index - blanks > 0 && SPACE_CODE.test(slice.charAt(index - blanks - 1))) blanks++;
  const on = index - blanks - 2;
  if (
    blanks <= 3 &&
    on >= 0 &&
    (slice.charCodeAt(on) | 32) === 111 && // o
    (slice.charCodeAt(on + 1) | 32) === 110 && // n
    !isAsciiWordAt(slice, on - 1)
  )
    index = on;
  else if (isAsciiWordAt(slice, index - 1)) return ASK_CHRONO;
  const written = yearFrom < 0 ? null : yearAfterMonth(slice, monthEnd, yearFrom, yearTo);
  if (yearFrom >= 0 && written === null) return ASK_CHRONO;
  const text = slice.slice(index, yearFrom < 0 ? monthEnd : yearTo);
  // OverlapRemovalRefiner keeps the longer of the two; the month-name reading is left to chrono.
  if (named !== null && named[0].length > text.length) return ASK_CHRONO;
  const year = written ?? yearClosestTo(ref, day, month);
  if (!validDay(year, month, day)) return ASK_CHRONO;
  return [{ index, text, start: new MonthComponents(year, month, day, true, written !== null) }];
}

/** ENMonthNameParser's whole pattern (groups: the boundary, "in", the month's name, a year). */
const MONTH_NAME_PATTERN =
  PARSER_PATTERNS[READER.parsers.findIndex((p) => p.constructor.name === "ENMonthNameParser")];
const FOUR_DIGIT_YEAR = /^[1-9]\d{3}$/;
const DIGIT_NEXT = /^\s*\d/;

/**
 * chrono's results for a window where of the three month parsers only ENMonthNameParser
 * matches (the two that read a day with the month do not), once: "in December 2014",
 * "Last September", "in June, Xi presented him with China's first", whatever other
 * numbers and ordinal words the window holds away from the month. Read off
 * ENMonthNameParser (the month certain, the day implied 1, the year certain when it
 * follows, else implied nearest the reference) and, for one result, the refiners that can
 * change it: ENUnlikelyFormatFilter drops "may" unless "in" is before it, and where
 * ENEndOfPeriodRefiner ("end of") or ENExtractYearSuffixRefiner (a number after a month with
 * no year) may act, the window is left to chrono, as it is for a second month name, a year
 * that is not four digits, and a short name ("Jan") that chrono's parser turns down.
 */
function monthNameForm(slice: string, ref: Date): ChronoResult[] | typeof ASK_CHRONO {
  if (MONTH_NAME_PATTERN === null || MONTH_NAME_PATTERN === undefined) return ASK_CHRONO;
  const m = MONTH_NAME_PATTERN.exec(slice);
  if (m === null) return [];
  const [whole, boundary = "", inWord = "", name = "", written] = m;
  // ENMonthNameParser turns down a match of three letters or fewer that is no full name, and
  // chrono then looks again one character on.
  if (whole.length - boundary.length <= 3 && name.toLowerCase() !== "may") return ASK_CHRONO;
  const index = m.index + boundary.length + inWord.length;
  const end = m.index + whole.length;
  const rest = slice.slice(end);
  // chrono's executeParser looks again in the rest of the window after a match.
  if (MONTH_NAME_PATTERN.test(rest)) return ASK_CHRONO;
  if (END_OF_PERIOD_BEFORE.test(slice.slice(0, index))) return ASK_CHRONO;
  const month = MONTH_NUMBER[name.slice(0, 3).toLowerCase()] ?? 0;
  let start: MonthComponents;
  if (written !== undefined) {
    if (!FOUR_DIGIT_YEAR.test(written)) return ASK_CHRONO;
    start = new MonthComponents(Number(written), month, 1, false, true);
  } else {
    // ENExtractYearSuffixRefiner reads a year after a month that has none; every form of
    // year it knows starts with a digit.
    if (DIGIT_NEXT.test(rest)) return ASK_CHRONO;
    start = new MonthComponents(yearClosestTo(ref, 1, month), month, 1, false);
  }
  const text = slice.slice(index, end);
  const trimmed = text.trim();
  if (
    trimmed.toLowerCase() === "may" &&
    trimmed !== slice.trim() &&
    !IN_BEFORE.test(slice.slice(0, index).trim())
  )
    return [];
  return [{ index, text, start }];
}

// --- A day of the week alone: read without chrono ---------------------------------------

/** ENWeekdayParser's whole pattern (groups: the boundary, a modifier before, the day's name, a modifier after). */
const WEEKDAY_PATTERN =
  PARSER_PATTERNS[READER.parsers.findIndex((p) => p.constructor.name === "ENWeekdayParser")];
/** The names written out in full, by chrono's weekday numbers (Sunday 0). */
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** A chrono-like result for a day of the week read by weekdayForm: the weekday certain, the day implied. */
class WeekdayComponents implements Components {
  constructor(
    readonly date: YmdParts,
    readonly weekday: number,
  ) {}
  isCertain(c: Parameters<ParsedComponents["isCertain"]>[0]): boolean {
    return c === "weekday";
  }
  get(c: Parameters<ParsedComponents["get"]>[0]): number | null {
    switch (c) {
      case "weekday":
        return this.weekday;
      case "year":
      case "month":
      case "day":
        return this.date[c];
      default:
        return null;
    }
  }
  tags(): Set<string> {
    return NO_TAGS as Set<string>;
  }
}

/**
 * chrono's result for a window where of its parsers only ENWeekdayParser matches, once, with
 * no "this", "last", "past" or "next" before or after the day ("on Friday", "(Monday),"), the
 * day's name written out in full. Read off ENWeekdayParser and createParsingComponentsAtWeekday
 * (calculation/weekdays.js): the weekday is certain and the date implied is the day of that
 * name nearest the reference. With one result, chrono's refiners
 * leave it as it is: the merging ones need two, ForwardDateRefiner is off (forwardDate
 * false), ENEndOfPeriodRefiner and ENExtractYearSuffixRefiner need a certain month, and the
 * filters keep a valid date that is no number and no "may". Anything else (a modifier, an
 * abbreviation, "weekend", a second day's name) is left to chrono. The property test
 * "weekdayForm reads what chrono reads" holds the two together.
 */
function weekdayForm(slice: string, reference: YmdParts): ChronoResult[] | typeof ASK_CHRONO {
  if (WEEKDAY_PATTERN === null || WEEKDAY_PATTERN === undefined) return ASK_CHRONO;
  const m = WEEKDAY_PATTERN.exec(slice);
  if (m === null) return ASK_CHRONO;
  const [whole, boundary = "", before, name = "", after] = m;
  const weekday = WEEKDAY_NUMBER[name.toLowerCase()];
  if (before !== undefined || after !== undefined || weekday === undefined) return ASK_CHRONO;
  const index = m.index + boundary.length;
  const text = whole.slice(boundary.length);
  // chrono's executeParser looks again in the rest of the window after a match.
  if (WEEKDAY_PATTERN.test(slice.slice(index + text.length))) return ASK_CHRONO;
  // chrono's getDaysToWeekdayClosest from the reference's day (its instant is noon UTC of
  // that day): forward 0 to 6 days or back 7 to 1, whichever is fewer (7 is odd: no tie).
  const refDay = dayNumber(reference.year, reference.month, reference.day);
  const forward = (weekday - weekdayOf(refDay) + 7) % 7;
  const backward = forward - 7;
  const day = forward < -backward ? refDay + forward : refDay + backward;
  return [{ index, text, start: new WeekdayComponents(partsOfDay(day), weekday) }];
}

/** What ENMonthNameLittleEndianParser allows between the month and its year. */
const MONTH_YEAR_GAP = /^(?:-|\/|,?\s{0,3})$/;
/** A year with an era ("2013 BC"): chrono tries that form of year first. */
const ERA_AFTER = /^\s{0,2}(?:be|ad|bc|ce)/i;

/**
 * The year that ENMonthNameLittleEndianParser reads after the month ("5 January 2013") from
 * the digits at `[from, to)`, when they are one (four digits, not 0 first, no letter or era
 * after them) and nothing but its gap stands between; else null. (The parser's match then
 * runs to the year, and is the longer of its and ENMonthNameParser's.)
 */
function yearAfterMonth(slice: string, monthEnd: number, from: number, to: number): number | null {
  if (to - from !== 4 || slice.charCodeAt(from) === 48 || isAsciiWordAt(slice, to)) return null;
  if (!MONTH_YEAR_GAP.test(slice.slice(monthEnd, from)) || ERA_AFTER.test(slice.slice(to))) return null;
  return Number(slice.slice(from, to));
}

// --- Candidates ------------------------------------------------------------------------

/** Where the year of a date came from; the year of a later mention can replace an implied one. */
type YearSource = "text" | "default" | "reference";

/** Words that put what a sentence tells after the day of writing ("will sign", "is due to", "to be held"). */
const TO_COME =
  /\b(?:will|(?:is|are) (?:expected|due|scheduled|set|poised|likely) to|to be (?:held|signed|opened)|upcoming|plans? to|intends? to)\b/i;

/**
 * Whether the clause of the date at `start`..`end` tells what is to come (TO_COME): the words
 * before it, and after it up to the next clause ("met on 10 September and agreed on a plan to
 * end the war" tells a meeting done; "in September the two will sign" one to come).
 */
function toCome(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 120);
  const stop = CLAUSE_END.exec(rest)?.index ?? rest.length;
  return TO_COME.test(text.slice(Math.max(0, start - 120), start)) || TO_COME.test(rest.slice(0, stop));
}
const CLAUSE_END = /[,;.]|\s(?:and|but|while|after|before|when)\s/;

/** "last September", "this June": a month counted from the day of writing. */
const MONTH_QUALIFIER = /\b(last|next|this)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** "that October": the month of the year the sentence has just given. */
export const THAT_BEFORE = /\b(?:that|the same|the following|later that)\s+$/i;

export const OF_THAT_YEAR = /^\s+of (?:that|the same) year\b/i;

/** A determiner or possessive before a bare year, and a word after it: "his 2011 election campaign", "Russia's 2008 war". */
const BEFORE_ATTRIBUTIVE = /(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['\u2019]s)\s+$/i;
/** A month's name alone ("February"), as a month that names its thing is written. */
export const MONTH_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;
/** A month's name and a year, nothing else: "July 2006". */
const MONTH_YEAR_ALONE = /^\p{Lu}\p{Ll}+\s+\d{4}$/u;
/** Before a month that names its thing: "the", "its", maybe with a word between ("the devastating"). */
const MONTH_BEFORE_ATTRIBUTIVE = /\b(?:the|a|an|his|her|its|their|our)\s+(?:\p{Ll}+\s+)?$/u;
const AFTER_ATTRIBUTIVE =
  /^\s+(?!(?:and|or|to|until|till|through|when|after|before|as|at|in|on|by|for|with|while|but|was|were|is|are|had|has|have|summit|meeting|session|conference|forum|congress|visit|talks)\b)[A-Za-z]/i;

/** An apostrophe's char codes (straight and curly): a time in the possessive ("last year's"). */
const APOSTROPHES = new Set([0x27, 0x2019]);

/** (The patterns of isAttributive, fromChrono, extendWithModifier and pairedDays, made once, not per call.) */
const POSSESSIVE_AFTER = /^['\u2019]s\s/;
const POSSESSIVE_BEFORE = /['\u2019]s\s+$/;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const YEAR_ALONE = /^\d{4}$/;
const THE_ALONE = /^the\s+$/i;
const PERIOD_EDGE_OF = /^(?:end|beginning|start|middle|close)\s+of\b/i;
const NOW_ALONE = /^now$/i;
const LAST_OR_PAST_FIRST = /^(?:last|past)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
const WEEK_WORD = /\bweek(?:end)?s?\b/i;
const AGO_WORD = /\bago\b/i;
const LAST_WEEK = /\blast\s+week\b/i;
const DIGIT_FIRST = /^\d/;

function isAttributive(text: string, c: Candidate): boolean {
  // "Last year's war", "Tuesday's vote": a time in the possessive names its thing too.
  const after = text.slice(c.end, c.end + 18);
  if (POSSESSIVE_AFTER.test(after)) return AFTER_ATTRIBUTIVE.test(after.slice(2));
  // "after the devastating February earthquakes": a month that names its thing; with its year
  // too ("the July 2006 arrangement", "the SCO's July 2005 Astana declaration").
  if (c.precision === "month") {
    const written = text.slice(c.start, c.end);
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    if (MONTH_YEAR_ALONE.test(written))
      return (
        (MONTH_BEFORE_ATTRIBUTIVE.test(before) || POSSESSIVE_BEFORE.test(before)) &&
        AFTER_ATTRIBUTIVE.test(after)
      );
    return (
      MONTH_NAME_ALONE.test(written) &&
      MONTH_BEFORE_ATTRIBUTIVE.test(before) &&
      LOWER_WORD_AFTER.test(after) &&
      AFTER_ATTRIBUTIVE.test(after)
    );
  }
  if (c.precision !== "year" || !YEAR_ALONE.test(text.slice(c.start, c.end))) return false;
  return (
    (BEFORE_ATTRIBUTIVE.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
      AFTER_ATTRIBUTIVE.test(text.slice(c.end, c.end + 16))) ||
    EVENT_OF.test(text.slice(Math.max(0, c.start - 40), c.start))
  );
}

/** "the disputed election of 2020", "the Charter of 2002", "the Russian-led pact of 1992": a year that names its event. */
const EVENT_OF =
  /\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:elections?|war|crisis|charter|treaty|pact|constitution|revolution|uprising|conflict|coup|invasion|referendum|clashes|law|protocol|accords?|convention)\s+of\s+$/i;

/** "The 2005 Andijan massacre, in May": a date a few words after an attributive year is of the thing it names. */
function nearAfter(text: string, year: Candidate, date: Candidate): boolean {
  return text.slice(year.end, date.start).trim().split(/\s+/).length <= 4;
}

/** An aside's opening after a comma: ", deployed under", ", which", ", a body". */
const ASIDE_OPENING = /,\s*(?:which|who|whose|an?|the|\p{Ll}+ed)\s[^,;]*$/u;

/**
 * A participle's phrase closing a sentence: ", building on a memorandum the three signed in
 * June 2022." (background to the deed the sentence tells).
 */
const TRAILING_PARTICIPLE = /,\s*\p{Ll}+ing\s[^,;]*$/u;

/** Whether the time at [start, end) is in a closing participle's phrase (TRAILING_PARTICIPLE). */
export function inTrailingPhrase(text: string, start: number, end: number): boolean {
  return (
    TRAILING_PARTICIPLE.test(text.slice(Math.max(0, start - 100), start)) && !/[,;]/.test(text.slice(end))
  );
}

/**
 * Whether the time at [start, end) is inside an aside ASIDE_OPENING opens, closed by a comma
 * before `until` ("Peacekeepers, deployed under the statement of November 2020, did not act;
 * five were killed on 20 September": the year is the aside's, not the day's).
 * The aside opens at most 120 characters before the time (", celebrated when the two
 * governments signed a long treaty of peace and friendship in Lima in July 2018,").
 */
export function inAside(text: string, start: number, end: number, until = text.length): boolean {
  const close = text.indexOf(",", end);
  return close >= 0 && close < until && ASIDE_OPENING.test(text.slice(Math.max(0, start - 120), start));
}

/** A day's name alone. */
const WEEKDAY_ALONE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "Sunday the seventh of May", "Tuesday, the 9th": a day's name followed by the day it names is
 * one date, the day's (chrono reads the name alone as the last such day).
 */
function weekdayWithItsDay(text: string, mentions: Candidate[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const day = mentions[i] as Candidate;
    const next = mentions[i + 1] as Candidate;
    if (
      day.precision === "day" &&
      next.precision === "day" &&
      WEEKDAY_ALONE.test(text.slice(day.start, day.end)) &&
      /^,?\s+(?:the\s+)?$/i.test(text.slice(day.end, next.start))
    ) {
      next.start = day.start;
      mentions.splice(i, 1);
    }
  }
}

function thatYears(text: string, mentions: Candidate[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const here = mentions[i];
    if (here === undefined || here.yearSource === "text" || here.precision === "year") continue;
    // "In February 2022 ... the drills ran from 10 to 20 February": a day or month the text
    // gives without a year is in the year the same sentence wrote before it, not the story's.
    const phrase = text.slice(here.start, here.end);
    const sameSentence =
      here.yearSource === "default" ||
      (FULL_MONTH.test(phrase) &&
        !MONTH_QUALIFIER.test(text.slice(Math.max(0, here.start - 8), here.start) + phrase));
    if (
      !sameSentence &&
      !THAT_BEFORE.test(text.slice(Math.max(0, here.start - 16), here.start)) &&
      !OF_THAT_YEAR.test(text.slice(here.end, here.end + 24))
    )
      continue;
    let year: number | undefined;
    for (let j = i - 1; j >= 0 && year === undefined; j--) {
      const m = mentions[j];
      if (
        m !== undefined &&
        m.yearSource === "text" &&
        (!m.attributive || nearAfter(text, m, here)) &&
        !inAside(text, m.start, m.end, here.start)
      )
        year = m.date.year;
    }
    if (year === undefined) continue;
    here.date = { ...here.date, year };
    if (here.endDate !== undefined) here.endDate.parts = { ...here.endDate.parts, year };
    here.yearSource = "text";
    here.relative = false;
  }
}

interface Candidate {
  start: number;
  end: number;
  date: YmdParts;
  precision: Precision;
  endDate?: { parts: YmdParts; precision: Precision };
  relative: boolean;
  yearSource: YearSource;
  attributive?: boolean;
}

const WRITTEN_YEAR = /(?:^|\D)\d{4}(?!\d)|['\u2019]\d{2}\b/;

/** A month's name in a date phrase ("May", "Sept."). */
export const MONTH_WORD = new RegExp(`\\b${MONTH_NAME}\\b\\.?`, "i");
const MONTH_ABBREVIATION = new RegExp(`\\b${MONTH_NAME}\\.`, "i");

/**
 * Month words that are not a month here: "may" and "march" in lower case are verbs, and a
 * three-letter abbreviation with no period and no number beside it is a name ("Jan Kubis").
 */
function monthWordIsDate(phrase: string): boolean {
  const m = MONTH_WORD.exec(phrase);
  if (m === null) return true;
  const word = m[0];
  const first = word.charAt(0);
  if (first !== first.toUpperCase()) return false;
  return FULL_MONTH.test(word) || word.endsWith(".") || DIGIT.test(phrase);
}

function certainPrecision(c: Components): Precision | null {
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return null;
}

function partsOf(c: Components): YmdParts {
  return { year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

/** Words that make a chrono result a duration or a date relative to the story rather than to the publication date. */
const NARRATIVE = /\b(?:later|earlier|after|afterwards|before|previous|following|next day|same day)\s*$/i;
const DURATION_START = /^(?:for|within|during|over|past)\b/i;

const LEADING_PREPOSITION = /^(?:on|in|at|of|by|from|since|during|until|till)\s+/i;
const TRAILING_PUNCTUATION = /(?:[\s,;:]|\s+of)+$/;

/** Modifiers kept inside a mention because they change what it means: "late July", "the end of July", "earlier this month". */
const MODIFIER_BEFORE =
  /(?:(?:\bthe\s+)?\b(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?|\b(?:early|late|mid|earlier|later)(?:-|\s+)|\bthe\s+)$/i;

function extendWithModifier(text: string, start: number): number {
  const from = Math.max(0, start - 30);
  const m = MODIFIER_BEFORE.exec(text.slice(from, start));
  if (m === null) return start;
  const extended = from + m.index;
  // "the" alone is kept only before "end of ..." phrases chrono already matched.
  if (THE_ALONE.test(m[0]) && !PERIOD_EDGE_OF.test(text.slice(start))) {
    return start;
  }
  return extended;
}

/** A weekday with these words is placed by chrono: "Thursday this week", "last Monday", "next Friday". */
const WEEK_QUALIFIER = /\b(?:this|last|next|coming|past|previous)\b/i;

/** The day of the week before `reference`'s (weeks from Monday) with chrono's weekday number (Sunday 0). */
function lastWeeksDay(reference: YmdParts, weekday: number): YmdParts {
  const today = dayNumber(reference.year, reference.month, reference.day);
  // (Day 0, 1 January 1970, was a Thursday.)
  const monday = today - ((((today + 4) % 7) + 6) % 7);
  const [y, m, d] = dayText(monday - 7 + ((weekday + 6) % 7))
    .split("-")
    .map(Number);
  return { year: y ?? reference.year, month: m ?? reference.month, day: d ?? reference.day };
}
/** Words shortly before a bare weekday that put it after the reference: "will meet on Friday", "due by Monday". */
const FUTURE_BEFORE =
  /\b(?:will|shall|to be held|(?:is|are) due|due to|scheduled|expected|(?:is|are) set to|(?:plans?|planned|intends?) to)\b[^.;!?]*$|\b(?:until|till|by)\s+(?:next\s+)?$/i;
const WEEKDAY_CONTEXT = 40;

/**
 * A bare weekday ("on Monday") in news names a day of the week around publication.
 * chrono picks the nearest one, which for a Thursday paper makes "on Friday" tomorrow;
 * news mostly reports what happened, so the weekday is read as the latest such day on or
 * before the reference, unless words just before it speak of the future.
 */
function nearestWeekday(text: string, start: number, weekday: number, reference: YmdParts): YmdParts {
  const refDay = dayNumber(reference.year, reference.month, reference.day);
  const refWeekday = weekdayOf(refDay);
  const before = text.slice(Math.max(0, start - WEEKDAY_CONTEXT), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const ahead = FUTURE_BEFORE.test(line);
  const day = ahead
    ? refDay + ((weekday - refWeekday + 7) % 7 || 7)
    : refDay - ((refWeekday - weekday + 7) % 7);
  return partsOfDay(day);
}

/** The weekday of a day number, Sunday 0 (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The calendar day of a day number, as `dayText` gives it, in parts. */
function partsOfDay(day: number): YmdParts {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

interface Resolution {
  readonly reference: YmdParts;
  readonly referencePrecision: Precision;
  readonly instant: Date;
  /** What chrono is given as its reference (the same object for every window). */
  readonly chronoReference: { readonly instant: Date; readonly timezone: number };
  readonly defaultYear: number | undefined;
}

/**
 * A week ("last week", "this weekend") names no day: it is told as a month, the month of its
 * Thursday, as ISO 8601 gives a week to the year its Thursday is in (most of its days are in
 * that month: "last week" written on Monday 2 October is September's).
 */
function weekThursday(p: YmdParts): YmdParts {
  const day = dayNumber(p.year, p.month, p.day);
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
  return partsOfDay(day - weekday + 3);
}

/** What fromChrono reads of a chrono result: chrono's own, or one read by monthForm. */
type Components = Pick<ParsedComponents, "isCertain" | "get" | "tags">;
interface ChronoResult {
  readonly index: number;
  readonly text: string;
  readonly start: Components;
  readonly end?: Components | null;
}

function fromChrono(text: string, offset: number, r: ChronoResult, res: Resolution): Candidate | null {
  let start = offset + r.index;
  let end = start + r.text.length;
  // The phrase itself: no preposition before it, no comma after it.
  // (The span is sliced once, and cut down as it is trimmed.)
  let span = text.slice(start, end);
  const lead = LEADING_PREPOSITION.exec(span);
  if (lead !== null) {
    start += lead[0].length;
    span = span.slice(lead[0].length);
  }
  const trail = TRAILING_PUNCTUATION.exec(span);
  if (trail !== null) end -= trail[0].length;
  if (end <= start) return null;
  const phrase = trail === null ? span : span.slice(0, end - start);
  const before = text.slice(Math.max(0, start - 12), start);

  if (NOW_ALONE.test(phrase)) return null; // the present, not a date the text gives
  if (NARRATIVE.test(phrase) || DURATION_START.test(phrase)) return null;
  if (LAST_OR_PAST_FIRST.test(phrase) && THE_BEFORE.test(before)) return null; // "in the last year": twelve months, not 2011
  if (!monthWordIsDate(phrase)) return null;

  const s = r.start;
  const hasMonthName = FULL_MONTH.test(phrase) || MONTH_ABBREVIATION.test(phrase);
  // "last week", "this weekend": chrono may mark a day as said, but the text named none.
  // ("a week ago" counts whole days back from the day of writing: that is a day.)
  const isWeek = WEEK_WORD.test(phrase) && !FULL_WEEKDAY.test(phrase) && !AGO_WORD.test(phrase);
  if (!isWeek && s.isCertain("weekday") && !s.isCertain("day") && !FULL_WEEKDAY.test(phrase)) return null; // "Sun", "Wed"
  const tags = r.start.tags();
  if (tags.has("parser/SlashDateFormatParser") && !s.isCertain("year")) return null; // "9/11", "24/7"

  let precision = isWeek ? "month" : certainPrecision(s);
  if (precision === null) return null;
  // "end of July", "end of the month": chrono picks the last day; the text said the month.
  if (tags.has("refiner/ENEndOfPeriodRefiner") || tags.has("parser/ENEndOfCurrentMonthParser")) {
    precision = coarser(precision, "month");
  }
  // Numeric dates with both parts 12 or less ("10.12.2012") read either way round: keep the year.
  if (tags.has("parser/SlashDateFormatParser")) {
    const nums = /(\d{1,2})\D(\d{1,2})\D/.exec(phrase);
    if (nums !== null && Number(nums[1]) <= 12 && Number(nums[2]) <= 12 && nums[1] !== nums[2])
      precision = "year";
  }

  let date = isWeek ? weekThursday(partsOf(s)) : partsOf(s);
  if (s.isCertain("weekday") && !s.isCertain("day") && !WEEK_QUALIFIER.test(phrase)) {
    date = nearestWeekday(text, start, s.get("weekday") ?? 0, res.reference);
  }
  let relative: boolean;
  let yearSource: YearSource;
  const yearWritten = WRITTEN_YEAR.test(phrase);
  const qualifier =
    yearWritten || !hasMonthName
      ? null
      : MONTH_QUALIFIER.exec(text.slice(Math.max(0, start - 8), start) + phrase);
  if (yearWritten) {
    relative = false;
    yearSource = "text";
  } else if (qualifier !== null) {
    // "last September", "next March": counted from the day of writing, whatever the story's year.
    const q = qualifier[1]?.toLowerCase();
    const ref = res.reference;
    const year =
      q === "last"
        ? date.month < ref.month
          ? ref.year
          : ref.year - 1
        : q === "next"
          ? date.month > ref.month
            ? ref.year
            : ref.year + 1
          : ref.year;
    date = { ...date, year };
    relative = true;
    yearSource = "reference";
  } else if (hasMonthName) {
    // The month (and day) are the text's; only the year comes from elsewhere.
    if (res.defaultYear !== undefined) {
      // "threatened in December" in a paper of 5 January 2009: the December before, not the
      // one to come (when the story is in the year of writing).
      const ref = res.reference;
      const later =
        date.month > ref.month ||
        (date.month === ref.month &&
          precision === "day" &&
          res.referencePrecision === "day" &&
          date.day > ref.day);
      // ("Is expected to sign in September", "the summit to be held in September": to come.)
      date = {
        ...date,
        year:
          res.defaultYear === ref.year && later && !toCome(text, start, end) ? ref.year - 1 : res.defaultYear,
      };
      relative = false;
      yearSource = "default";
    } else {
      relative = true;
      yearSource = "reference";
    }
  } else {
    // Wholly relative ("yesterday", "last month", "on Thursday this week"): never more
    // precise than the reference it was resolved against.
    relative = true;
    yearSource = "reference";
    precision = coarser(precision, res.referencePrecision);
  }
  if (!yearInRange(date.year)) return null;

  let endDate: Candidate["endDate"];
  if (r.end !== null && r.end !== undefined) {
    const e = r.end;
    const endPrecision = certainPrecision(e);
    if (endPrecision !== null) {
      let parts = partsOf(e);
      if (!e.isCertain("year")) parts = { ...parts, year: date.year + (parts.month < date.month ? 1 : 0) };
      const p = coarser(endPrecision, precision === "year" ? "year" : "day");
      const later = formatDate(parts, "day") > formatDate(date, "day");
      if (later && yearInRange(parts.year)) endDate = { parts, precision: p };
    }
  }

  // "From Tuesday to Thursday last week": chrono puts the span in the week after the day of
  // writing; it is the week before, and the end is as many days after the start as the
  // weekdays are apart.
  const endDay = r.end?.get("weekday");
  const startDay = s.get("weekday");
  if (
    r.end !== null &&
    r.end !== undefined &&
    s.isCertain("weekday") &&
    !s.isCertain("day") &&
    r.end.isCertain("weekday") &&
    !r.end.isCertain("day") &&
    typeof startDay === "number" &&
    typeof endDay === "number"
  ) {
    if (LAST_WEEK.test(phrase)) date = lastWeeksDay(res.reference, startDay);
    const first = dayNumber(date.year, date.month, date.day);
    const span = (((endDay - startDay) % 7) + 7) % 7;
    const [y, m, d] = dayText(first + span)
      .split("-")
      .map(Number);
    endDate = {
      parts: { year: y ?? date.year, month: m ?? date.month, day: d ?? date.day },
      precision: "day",
    };
  }

  start = extendWithModifier(text, start);
  const candidate: Candidate = { start, end, date, precision, relative, yearSource };
  if (endDate !== undefined) candidate.endDate = endDate;
  return candidate;
}

// --- Our own matchers -------------------------------------------------------------------
//
// All anchored on a 4-digit year found by one digit-first scan: the words around it are
// read from short slices before and after, which keeps the pass linear and fast (a
// pattern that starts with optional words, tried at every position, is not).

const YEAR = "(?:19\\d\\d|20\\d\\d|2100)";
const YEAR_TOKEN = /(?:19\d\d|20\d\d|2100)(?<!\d(?:19\d\d|20\d\d|2100))(?!\d)/g;

/** Before the year: glued to letters, digits, currency or a reference label ("No.2001", "$2000", "1,2000"). */
const GLUED_BEFORE = /(?:[\p{L}\p{N}$€£¥#/:_@]|\d[.,\-–]|\b[Nn]o\.\s?|\b[Pp]{1,2}\.\s?|\bVol\.\s?)$/u;
/**
 * The end of `before` that GLUED_BEFORE reads: its matches are at most five units long
 * ("Vol. "), and one more gives `\b` the character before them. The pattern, tried at every
 * offset of a longer text, finds the same there.
 */
const gluedEnd = (before: string): string => (before.length > 6 ? before.slice(-6) : before);
/** After the year: glued to letters or digits ("1990s", "2012.5", "2012,000", "2010%"). */
const GLUED_AFTER = /^(?:[\p{L}\p{N}]|[.,:/]\d|\s?%)/u;

/** After a first year: the rest of a range, "to 2010", "-2010", "–10", "and 2010" (the last only after "between"). */
const RANGE_TAIL = new RegExp(
  `^\\s*(?:(-|–|—|/)|\\s(to|through|until|till|and)\\s)\\s*(${YEAR}|\\d\\d)(?![\\p{L}\\p{N}]|[.,:/]\\d|\\s?%|[-–/]\\d)`,
  "u",
);
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** A preposition that opens the sentence, right before a year: "In 2014 troops ...", "By 2005 soldiers ...". */
const OPENING_PREPOSITION = /(?:^|[.;:!?]\s+|\n\s*)(?:In|By|Since|Until|From|After|Before|During)\s+$/;

/** Before the year: "the end of", "the beginning of the year", "early", "mid-", "the summer of". */
const PART_BEFORE =
  /(?:\bthe\s+)?\b(?:(end|close|beginning|start|middle|turn|first\s+half|second\s+half|first\s+quarter|last\s+quarter|spring|summer|autumn|fall|winter)\s+of(?:\s+the\s+year)?\s+|(early|late|mid|spring|summer|autumn|fall|winter)(?:-|\s+))$/i;

/** Before the year: a month name, "February 2013", "Nov. 2011", "May, 2010", "November of 2011". */
const MONTH_BEFORE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s*,?\s+(?:of\s+)?$/;
const MONTHS_WRITTEN =
  "January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.";
/** "March 2, 2016", "Oct. 6 2007" before a year. */
const MONTH_DAY_BEFORE = new RegExp(
  `\\b(?<month>${MONTHS_WRITTEN})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`,
);
/** "2 March 2016", "14th of May, 2002" before a year. */
const DAY_MONTH_BEFORE = new RegExp(
  `\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTHS_WRITTEN}),?\\s+$`,
);
/** "12 and 13 March", "12-13 March": days paired before a month, which chrono reads. */
const DAY_PAIR = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}/u;
/** Absolute dates our own matcher reads fully; a window holding nothing else needs no chrono. */
const ABSOLUTE = new RegExp(
  `\\b(?:(?:${MONTHS_WRITTEN})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_WRITTEN}),?\\s+|(?:${MONTHS_WRITTEN})\\s*,?\\s+(?:of\\s+)?)\\d{4}\\b`,
  "g",
);

/** What ABSOLUTE ends with: a quick look before it. */
const FOUR_DIGITS = /\d{4}/;

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** After the year: "年01月27日", the date line of reposted Chinese pages. */
const CJK_AFTER = /^年(\d{1,2})月(?:(\d{1,2})日)?/;

/** Nouns after a number that make it a count: "2000 troops", "a 2000-strong force". Lower case only: "2012 Summit" is a year. */
const COUNT_AFTER =
  /^[\s-]*(?:troops|soldiers|servicemen|servicemembers|personnel|people|persons|men|women|children|members|units|officers|police(?:men)?|fighters|militants|refugees|migrants|workers|students|residents|civilians|tanks|vehicles|aircraft|planes|jets|helicopters|ships|guns|pieces|weapons|missiles|rounds|km|kilomet(?:er|re)s|miles|met(?:er|re)s|kg|tons|tonnes|barrels|hectares|dollars|euros|rubles|roubles|yuan|usd|eur|GMT|UTC|percent|per\s*cent|strong|votes|cases|deaths|dead|casualties|families|households|houses|homes|jobs|times|words|copies|years|months|weeks|days|hours|minutes|seconds|square|sq)\b/;

/**
 * Labels and quantity words that make the number after them a reference or a count
 * ("Resolution 1973", "pp. 2001", "over 2000 were killed"). "Of", "by" and "to" leave it a
 * year ("the end of 2010", "by 2014"), and so does "later than" (THAN_KEPT). Read by
 * quantityBefore, which is the pattern
 * `/\b(?:resolution|no|...|about)\s*\.?\s*$/i` with the words here, and
 * `(?<!(?:later|earlier|sooner|no)\s+)than` for "than".
 */
const QUANTITY_WORDS = new Set(
  "resolution no nos number vol volume p pp page pages article art section chapter paragraph para flight route isbn issn tel fax phone ext over nearly almost approximately roughly some than least total estimated about".split(
    " ",
  ),
);
const THAN_KEPT = /(?:later|earlier|sooner|no)\s+$/i;

/** The months' names in lower case, January first. */
export const MONTH_NAMES: readonly string[] =
  "january february march april may june july august september october november december".split(" ");

/** The words that may end what DAY_MONTH_BEFORE, MONTH_BEFORE and PART_BEFORE read before a year. */
const LEAD_WORDS = new Set([
  ...MONTH_NAMES,
  ..."of year early late mid spring summer autumn fall winter".split(" "),
]);

/**
 * Whether MONTH_DAY_BEFORE, DAY_MONTH_BEFORE, MONTH_BEFORE or PART_BEFORE may match
 * `before`, from its last word: each ends, before the blanks, in a month name, "of",
 * "year", a season or "early"-like word, a day ("5", "5th"), a comma, an abbreviation's
 * period or the hyphen of "mid-". Most years ("in 2010", "since 2003") have none of these
 * before them, and the four patterns, tried at every offset, are then not tried at all.
 */
function mayLeadYear(before: string): boolean {
  const head = before.trimEnd(); // trimEnd drops what `\s` matches
  const last = head.length - 1;
  if (last < 0) return false;
  const k = head.charCodeAt(last);
  if (k === 44 || k === 46 || k === 45 || (k >= 48 && k <= 57)) return true; // , . - digit
  if (!isAsciiWordCode(k)) return false;
  let from = last;
  while (from > 0 && isAsciiWordCode(head.charCodeAt(from - 1))) from--;
  const first = head.charCodeAt(from);
  if (first >= 48 && first <= 57) return true; // "5th"
  return LEAD_WORDS.has(head.slice(from).toLowerCase());
}

/** `\w` as `\b` reads it (no `u` flag): an ASCII letter, digit or underscore. */
const isAsciiWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether `before` ends in one of QUANTITY_WORDS (and blanks, and at most one period),
 * without trying a pattern at every offset: the label can only be the run of word
 * characters that ends where the blanks and the period before the year begin.
 */
function quantityBefore(before: string): boolean {
  let head = before.trimEnd(); // trimEnd drops what `\s` matches
  if (head.endsWith(".")) head = head.slice(0, -1).trimEnd();
  let from = head.length;
  while (from > 0 && isAsciiWordCode(head.charCodeAt(from - 1))) from--;
  const word = head.slice(from).toLowerCase();
  if (!QUANTITY_WORDS.has(word)) return false;
  // ("since at least 2016", "until at least 2042": a year all the same.)
  if (word === "least") return !AT_LEAST_KEPT.test(head.slice(0, from));
  return word !== "than" || !THAN_KEPT.test(head.slice(0, from));
}

/** Before "at least", the words that leave the number after it a year. */
const AT_LEAST_KEPT = /\b(?:since|from|until|till|through|to|by|in|before|after)\s+at\s+$/i;

/** How much text around a year the matchers read. */
const CONTEXT = 40;

/** "By the end of the year", "the beginning of next year": resolved against the reference year. */
const RELATIVE_YEAR_PART =
  /\b(?:the\s+)?(end|close|beginning|start)\s+of\s+(this|the|last|next|the\s+next|the\s+previous)\s+year\b/gi;

/** A year as parts (defined once: an arrow made per call is made again per call, and under tsx named again). */
function asYear(y: number): YmdParts {
  return { year: y, month: 1, day: 1 };
}

function ownMatches(text: string, res: Resolution, yearWord: boolean): Candidate[] {
  const out: Candidate[] = [];

  YEAR_TOKEN.lastIndex = 0;
  for (let m = YEAR_TOKEN.exec(text); m !== null; m = YEAR_TOKEN.exec(text)) {
    const at = m.index;
    const stop = at + 4;
    const y = Number(m[0]);
    const before = text.slice(Math.max(0, at - CONTEXT), at);
    const after = text.slice(stop, stop + CONTEXT);

    const cjk = CJK_AFTER.exec(after);
    if (cjk !== null) {
      const precision: Precision = cjk[2] === undefined ? "month" : "day";
      const date = { year: y, month: Number(cjk[1]), day: Number(cjk[2] ?? 1) };
      if (parsePartialDate(formatDate(date, precision)).ok) {
        out.push({
          start: at,
          end: stop + cjk[0].length,
          date,
          precision,
          relative: false,
          yearSource: "text",
        });
      }
      continue;
    }
    if (GLUED_BEFORE.test(gluedEnd(before)) || quantityBefore(before)) continue;
    // Glued on the right ("2012/13", "1990s") or a count ("2000 troops"): only a range may still start here.
    // (Not after a month or a part of the year: "On 13 May 2005 troops opened fire", "in May 2005
    // soldiers", "in late 2005 troops" are dates; nor after a preposition that opens the
    // sentence: "In 2014 troops entered Crimea".)
    const alone =
      !GLUED_AFTER.test(after) &&
      (!COUNT_AFTER.test(after) ||
        MONTH_BEFORE.test(before) ||
        MONTH_DAY_BEFORE.test(before) ||
        DAY_MONTH_BEFORE.test(before) ||
        PART_BEFORE.test(before) ||
        OPENING_PREPOSITION.test(before));
    const led = alone && mayLeadYear(before);

    const day = led ? (MONTH_DAY_BEFORE.exec(before) ?? DAY_MONTH_BEFORE.exec(before)) : null;
    if (day !== null) {
      const monthWord = day.groups?.month ?? "";
      const date = {
        year: y,
        month: MONTH_NUMBER[monthWord.slice(0, 3).toLowerCase()] ?? 1,
        day: Number(day.groups?.day),
      };
      if (parsePartialDate(formatDate(date, "day")).ok) {
        out.push({
          start: at - day[0].length,
          end: stop,
          date,
          precision: "day",
          relative: false,
          yearSource: "text",
        });
        continue;
      }
    }

    const month = led ? MONTH_BEFORE.exec(before) : null;
    if (month !== null) {
      const number = MONTH_NUMBER[(month[1] ?? "").slice(0, 3).toLowerCase()] ?? 1;
      out.push({
        start: at - month[0].length,
        end: stop,
        date: { year: y, month: number, day: 1 },
        precision: "month",
        relative: false,
        yearSource: "text",
      });
      continue;
    }

    const part = led ? PART_BEFORE.exec(before) : null;
    if (part !== null) {
      // "The end of 2010" is read as its last month, 2010-12, and "the beginning of 2010"
      // as 2010-01: the text points at that month though it does not name it. "Late 2010",
      // "mid-2010" and the seasons stay the year: their months are a guess.
      const word = (part[1] ?? part[2] ?? "").toLowerCase();
      const edge = word === "end" || word === "close" ? 12 : word === "beginning" || word === "start" ? 1 : 0;
      out.push({
        start: at - part[0].length,
        end: stop,
        date: edge === 0 ? asYear(y) : { year: y, month: edge, day: 1 },
        precision: edge === 0 ? "year" : "month",
        relative: false,
        yearSource: "text",
      });
      continue;
    }

    const range = RANGE_TAIL.exec(after);
    if (range !== null) {
      const connector = (range[1] ?? range[2] ?? "").toLowerCase();
      const tail = range[3] ?? "";
      let last = tail.length === 2 ? Math.floor(y / 100) * 100 + Number(tail) : Number(tail);
      if (tail.length === 2 && last <= y) last += 100;
      const end = stop + range[0].length;
      // "From 1900 to 2000 soldiers": both numbers are counts.
      if (COUNT_AFTER.test(text.slice(end, end + CONTEXT))) continue;
      // A two-digit end is a short span ("2009-10", "2003-05"); "1998-06" is more likely a month.
      const span = tail.length === 2 ? 5 : 99;
      const isRange =
        (connector !== "and" || BETWEEN_BEFORE.test(before)) &&
        last > y &&
        last - y <= span &&
        yearInRange(last);
      if (isRange) {
        out.push({
          start: at,
          end,
          date: asYear(y),
          precision: "year",
          endDate: { parts: asYear(last), precision: "year" },
          relative: false,
          yearSource: "text",
        });
        // The second year is offered alone too; the merge keeps it only if the range loses.
        continue;
      }
    }
    if (!alone) continue;

    out.push({
      start: at,
      end: stop,
      date: asYear(y),
      precision: "year",
      relative: false,
      yearSource: "text",
    });
  }

  // "year" is a trigger word: where the scan for triggers found none, this finds none either.
  RELATIVE_YEAR_PART.lastIndex = yearWord ? 0 : text.length + 1;
  for (let m = RELATIVE_YEAR_PART.exec(text); m !== null; m = RELATIVE_YEAR_PART.exec(text)) {
    const which = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
    const shift =
      which === "last" || which === "the previous" ? -1 : which === "next" || which === "the next" ? 1 : 0;
    const edge = (m[1] ?? "").toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: { year: res.reference.year + shift, month: edge === "end" || edge === "close" ? 12 : 1, day: 1 },
      precision: "month",
      relative: true,
      yearSource: "reference",
    });
  }
  // "this morning", "late this afternoon": the day of writing, when the reference is a day.
  if (res.referencePrecision === "day" && PART_OF_THIS_DAY_WORD.test(text)) {
    PART_OF_THIS_DAY.lastIndex = 0;
    for (let m = PART_OF_THIS_DAY.exec(text); m !== null; m = PART_OF_THIS_DAY.exec(text))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        date: { ...res.reference },
        precision: "day",
        relative: true,
        yearSource: "reference",
      });
  }
  // Days known by a name of their own: "after 9/11" is the day of the attacks.
  NAMED_DAY.lastIndex = text.includes("9/11") ? 0 : text.length + 1;
  for (let m = NAMED_DAY.exec(text); m !== null; m = NAMED_DAY.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: { year: 2001, month: 9, day: 11 },
      precision: "day",
      relative: false,
      yearSource: "text",
    });
  }
  return out;
}

/** A part of the day of writing: "this morning", "early this afternoon", "late this evening". */
const PART_OF_THIS_DAY = /\b(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)\b/gi;
const PART_OF_THIS_DAY_WORD = /\bthis\s+(?:morning|afternoon|evening)\b/i;

/** "9/11" (the attacks of 11 September 2001), not a day of some other year. */
const NAMED_DAY = /9\/11(?<![\d/]9\/11)(?![\d/])/g;

// --- Putting it together ------------------------------------------------------------------

/**
 * A day, month or year given without one borrows the year of the date right after it:
 * "in May and June 2005", "January/February 2013".
 */
const SHARED_YEAR_GAP = /^\s*(?:,|\/|-|–|—|and|or|to|through|until|&)\s*$/i;
/** A month, then "and again in" another with its year: "in January and again in October 2018". */
const MONTH_AGAIN_GAP = /^\s+and\s+(?:again\s+|then\s+|later\s+)?in\s+$/i;

function shareYears(text: string, mentions: Candidate[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const here = mentions[i];
    const next = mentions[i + 1];
    if (here === undefined || next === undefined) continue;
    if (here.yearSource === "text" || next.yearSource !== "text" || here.precision === "year") continue;
    const gap = text.slice(here.end, next.start);
    if (!SHARED_YEAR_GAP.test(gap) && !(here.precision === "month" && MONTH_AGAIN_GAP.test(gap))) continue;
    here.date = { ...here.date, year: next.date.year };
    here.yearSource = "text";
    here.relative = false;
    if (here.endDate !== undefined) here.endDate.parts = { ...here.endDate.parts, year: next.date.year };
  }
}

/**
 * "June 5 and 6, 2012", "12 and 13 June": chrono reads one of the two days; the other is
 * a mention of its own with the same month and year.
 */
const DAY_AND_BEFORE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&)\s*$/;
const AND_DAY_AFTER = /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?(?=$|[\s.,;:)])/d;

function pairedDays(text: string, mentions: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of mentions) {
    if (c.precision !== "day" || c.endDate !== undefined) continue;
    const phrase = text.slice(c.start, c.end);
    if (DIGIT_FIRST.test(phrase)) {
      const from = Math.max(0, c.start - 12);
      const m = DAY_AND_BEFORE.exec(text.slice(from, c.start));
      const day = Number(m?.[1]);
      if (m === null || day < 1 || day >= c.date.day) continue;
      const start = from + m.index;
      out.push({ ...c, start, end: start + (m[1] ?? "").length, date: { ...c.date, day } });
      continue;
    }
    if (!MONTH_WORD.test(phrase)) continue;
    const m = AND_DAY_AFTER.exec(text.slice(c.end, c.end + 24));
    const dayAt = m?.indices?.[1];
    if (m === null || dayAt === undefined) continue;
    const day = Number(m[1]);
    if (day <= c.date.day) continue;
    if (m[2] === undefined && COUNT_AFTER.test(text.slice(c.end + m[0].length, c.end + m[0].length + 24)))
      continue;
    const year = m[2] === undefined ? c.date.year : Number(m[2]);
    const date = { ...c.date, year, day };
    if (!yearInRange(year) || !parsePartialDate(formatDate(date, "day")).ok) continue;
    const said = m[2] === undefined ? {} : { relative: false, yearSource: "text" as const };
    // The span runs to the year when one follows: "6, 2012".
    out.push({
      ...c,
      ...said,
      start: c.end + dayAt[0],
      end: c.end + (m[2] === undefined ? dayAt[1] : m[0].length),
      date,
    });
    if (m[2] !== undefined && c.yearSource !== "text") {
      c.date = { ...c.date, year };
      c.relative = false;
      c.yearSource = "text";
    }
  }
  return out;
}

const WEEKDAYS = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"];
const WEEKDAY_OF_NAMED_WEEK =
  /^(?:on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:of\s+)?(this|last|next)\s+week$/i;

/** How many weeks from the reference's own a week named so lies. */
const WEEK_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

/**
 * "On Monday this week" in a Thursday's paper is three days before it: the day of the
 * reference's own week (Monday to Sunday). chrono reads it as the Monday to come.
 * ("On Thursday last week" is that day of the week before; "next week", of the week after.)
 */
function weekdayOfNamedWeek(written: string, res: Resolution): YmdParts | null {
  if (res.referencePrecision !== "day") return null;
  const m = WEEKDAY_OF_NAMED_WEEK.exec(written.trim());
  if (!m) return null;
  const wanted = WEEKDAYS.indexOf((m[1] ?? "").toLowerCase());
  const ref = new Date(Date.UTC(res.reference.year, res.reference.month - 1, res.reference.day));
  const refDay = (ref.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const weeks = WEEK_OFFSET[(m[2] ?? "this").toLowerCase()] ?? 0;
  const day = new Date(ref.getTime() + (wanted - refDay + 7 * weeks) * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** Resolutions by reference, then by default year: a document asks for the same few many times. */
const RESOLUTIONS = new Map<string, Map<number | undefined, Resolution>>();

/** The resolution asked for last: a document asks for the same one sentence after sentence. */
let lastResolution: { reference: string; defaultYear: number | undefined; res: Resolution } | null = null;

function resolution(reference: string, defaultYear: number | undefined): Resolution {
  const last = lastResolution;
  if (last !== null && last.reference === reference && last.defaultYear === defaultYear) return last.res;
  const res = cachedResolution(reference, defaultYear);
  lastResolution = { reference, defaultYear, res };
  return res;
}

function cachedResolution(reference: string, defaultYear: number | undefined): Resolution {
  let byYear = RESOLUTIONS.get(reference);
  if (byYear === undefined) {
    if (RESOLUTIONS.size > 1000) RESOLUTIONS.clear();
    byYear = new Map();
    RESOLUTIONS.set(reference, byYear);
  }
  let res = byYear.get(defaultYear);
  if (res === undefined) {
    res = resolve(reference, defaultYear);
    byYear.set(defaultYear, res);
  }
  return res;
}

function resolve(reference: string, defaultYear: number | undefined): Resolution {
  const parsed = parsePartialDate(reference);
  if (!parsed.ok) {
    throw new RangeError(
      `findTimeMentions: the reference date ${JSON.stringify(reference)} is not YYYY[-MM[-DD]]`,
    );
  }
  const ref = parsed.value;
  // A reference of month or year precision stands for the middle of its interval, so
  // "last month" in an article of "2013-01" is 2012-12 whatever day it appeared.
  const mid = dayText(Math.floor((ref.first + ref.last) / 2));
  const [y, m, d] = mid.split("-").map(Number);
  const parts = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
  return {
    reference: parts,
    referencePrecision: ref.precision,
    instant,
    chronoReference: { instant, timezone: 0 },
    defaultYear,
  };
}

const startOrder = (a: Candidate, b: Candidate): number => a.start - b.start;
/** Among our own matches, the one that starts first, and the longer on a tie. */
const ownOrder = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/**
 * Sorts stably, as `Array.prototype.sort` does; the lists here are short and nearly in
 * order, which an insertion sort does in a few steps without the set-up of the built-in.
 */
function sortCandidates(list: Candidate[], order: (a: Candidate, b: Candidate) => number): void {
  if (list.length > 16) {
    list.sort(order);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i] as Candidate;
    let j = i - 1;
    for (; j >= 0 && order(list[j] as Candidate, c) > 0; j--) list[j + 1] = list[j] as Candidate;
    list[j + 1] = c;
  }
}

export function findTimeMentions(
  text: string,
  reference: string,
  options: TimeMentionOptions = {},
): TimeMention[] {
  let triggers: Triggers;
  if (options.triggerWords === undefined) {
    // The scan for triggers stands in for mayHoldDate: with no trigger and no digit there is
    // no date to find, as with mayHoldDate false, and the scan is needed anyway when there is.
    triggers = triggerWindows(text);
    if (triggers.windows.length === 0 && !DIGIT.test(text)) {
      // As before, a reference that is no date is refused wherever mayHoldDate lets the text in.
      if (lastResolution?.reference !== reference && mayHoldDate(text))
        resolution(reference, options.defaultYear);
      return [];
    }
  } else {
    if (!options.triggerWords && !DIGIT.test(text)) return [];
    triggers = triggerWindows(text, options.triggerWords);
  }
  const res = resolution(reference, options.defaultYear);
  const accepted: Candidate[] = [];
  for (const w of triggers.windows) {
    const slice = withMayAfterModifier(text.slice(w.start, w.end));
    // A window whose only triggers are dates written out in full is read by our own matcher.
    // A window holds a trigger (it was cut around one), so with no full date in it there is
    // nothing to take out and nothing to look for again.
    const fourDigits = FOUR_DIGITS.test(slice);
    // Every month ABSOLUTE reads is a trigger word: with none in the window, it reads nothing.
    if (fourDigits && (w.kinds & Kind.month) !== 0) {
      // With nothing replaced, `replace` gives back the string itself.
      const rest = slice.replace(ABSOLUTE, " ");
      TRIGGER.lastIndex = 0;
      if (rest !== slice && !DAY_PAIR.test(slice) && !TRIGGER.test(rest)) continue;
    }
    // "for years", "a month of talks": a bare period is no date unless something fixes it in
    // time ("last year", "two weeks ago", "this month"). (A window with a number, a month or
    // day name or "today"-like word is no period alone.)
    if (
      !fourDigits &&
      (w.kinds & (Kind.digits | Kind.month | Kind.weekday | Kind.casual)) === 0 &&
      PERIODS_ONLY.test(slice) &&
      !PERIOD_ANCHOR.test(slice)
    )
      continue;
    const kept = keptParsers(slice, w.kinds, fourDigits);
    // With every parser's gate shut, chrono has nothing to run and finds nothing.
    if (kept === 0) continue;
    const results = readWindow(slice, matchingParsers(slice, kept), res);
    for (const r of results) {
      const c = fromChrono(text, w.start, r, res);
      if (c !== null) accepted.push(c);
    }
  }
  sortCandidates(accepted, startOrder);
  const paired = pairedDays(text, accepted);
  if (paired.length > 0) {
    accepted.push(...paired);
    sortCandidates(accepted, startOrder);
  }

  // Ours fill the gaps chrono leaves; where both read the same words, chrono's reading
  // stands, and among ours the one that starts first (the longer on a tie). One sweep:
  // chrono's results are disjoint and sorted.
  const own = ownMatches(text, res, triggers.year);
  sortCandidates(own, ownOrder);
  const taken = accepted;
  const chronoCount = accepted.length;
  let next = 0;
  let ownEnd = -1;
  for (const c of own) {
    while (next < chronoCount && (accepted[next]?.end ?? 0) <= c.start) next++;
    const a = next < chronoCount ? accepted[next] : undefined;
    if ((a !== undefined && a.start < c.end) || c.start < ownEnd) continue;
    taken.push(c);
    ownEnd = c.end;
  }
  sortCandidates(taken, startOrder);
  for (const c of taken)
    if (
      (c.precision === "year" || c.precision === "month" || APOSTROPHES.has(text.charCodeAt(c.end))) &&
      isAttributive(text, c)
    )
      c.attributive = true;
  shareYears(text, taken);
  thatYears(text, taken);
  weekdayWithItsDay(text, taken);

  const mentions: TimeMention[] = [];
  for (const c of taken) {
    const written = text.slice(c.start, c.end);
    const date = weekdayOfNamedWeek(written, res) ?? c.date;
    const mention: { -readonly [K in keyof TimeMention]: TimeMention[K] } = {
      start: c.start,
      stop: c.end,
      text: written,
      date: formatDate(date, c.precision),
      relative: c.relative,
    };
    if (c.endDate !== undefined) mention.end = formatDate(c.endDate.parts, c.endDate.precision);
    if (c.attributive) mention.attributive = true;
    mentions.push(mention);
  }
  return mentions;
}

/**
 * For the tests: what the reader takes from chrono for one window, in the terms fromChrono
 * reads: by the fast path where it applies (null where it does not), as the reader reads it
 * (gates, then the parsers whose patterns match, then a fast path or chrono with those
 * parsers), and by chrono with all its parsers.
 */
export function windowReadings(
  slice: string,
  reference: string,
): { fast: readonly object[] | null; read: readonly object[]; chrono: readonly object[] } {
  const res = resolution(reference, undefined);
  const { windows } = triggerWindows(slice);
  const kinds = windows.reduce((k, w) => k | w.kinds, 0);
  const kept = keptParsers(slice, kinds, FOUR_DIGITS.test(slice));
  const matching = matchingParsers(slice, kept);
  const fast = kept !== 0 ? withoutChrono(slice, matching, res) : null;
  const parts = (c: Components) => ({
    certain: (["year", "month", "day", "weekday"] as const).filter((k) => c.isCertain(k)),
    year: c.get("year"),
    month: c.get("month"),
    day: c.get("day"),
    weekday: c.get("weekday"),
  });
  const seen = (r: ChronoResult) => ({
    index: r.index,
    text: r.text,
    ...parts(r.start),
    tags: [...r.start.tags()].filter((t) => /SlashDate|EndOfPeriod|EndOfCurrentMonth/.test(t)),
    end: r.end ? parts(r.end) : null,
  });
  return {
    fast: fast === null ? null : fast.map(seen),
    read: kept === 0 ? [] : readWindow(slice, matching, res).map(seen),
    chrono: READER.parse(slice, res.chronoReference, CHRONO_OPTIONS).map(seen),
  };
}
