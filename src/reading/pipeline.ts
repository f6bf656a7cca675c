import { type Claim, claimActors } from "../domain/claim.js";
import { dayText, type PartialDate, parsePartialDate, partialDate } from "../domain/partial-date.js";
import { CueIndex } from "./cues.js";
import type { Gazetteer, Mention } from "./gazetteer.js";
import {
  GROUP_CUE_WORDS,
  groupsIn,
  lastRegionNamed,
  mayNameRegion,
  namedAsPlace,
  withGroupAnaphora,
  withRegionAnaphora,
  withRegionGroups,
} from "./groups.js";
import {
  COUNTED_BACK,
  HALF_YEAR,
  joinedDays,
  joinRelativeYears,
  laterDates,
  rangeDay,
  seasonDates,
  storyOrdinalDays,
  storySeasonDates,
  weekdaysAfterDay,
  weekdaysAgreeing,
  weekdaysInRange,
  weekendDates,
  withAnniversaries,
  withOrdinalDays,
} from "./later-dates.js";
import {
  AGREEMENT_PATTERN,
  agreementJustTold,
  allMatches,
  blankMentions,
  CEASEFIRE_HELD,
  CROWD_NAMES,
  CROWD_VERBS,
  EVENT_TYPE_CUE_WORDS,
  EVENT_VERBS,
  EXERCISE_PATTERN,
  findPartCues,
  isSetting,
  meetingGoesOn,
  meetingOf,
  PATTERNS,
  type Pattern,
  type ReadingContext,
  type SentenceView,
  stillToCome,
  summitTold,
} from "./patterns.js";
import { splitSentences } from "./sentences.js";
import {
  columnistState,
  interviewee,
  officialSubject,
  QUESTION_LINE,
  questionSpans,
  speakerTurns,
  subjectOf,
  type Turn,
  turnAt,
  withClauseSubject,
  withSpeaker,
  withSubjectAnaphora,
} from "./subjects.js";
import {
  findTimeMentions,
  inAside,
  inTrailingPhrase,
  MONTH_NAME_ALONE,
  OF_THAT_YEAR,
  THAT_BEFORE,
  type TimeMention,
  TRIGGER_WORDS,
} from "./time-expressions.js";

/**
 * The reader: text in, claims out, each with the span of the sentence that supports it.
 * Stages, each pure and testable alone: segment into sentences, find actor mentions (one
 * pass of the gazetteer), resolve dates against the publication date, match claim
 * patterns, deduplicate.
 */
export interface ExtractedClaim {
  readonly claim: Claim;
  readonly span: readonly [number, number];
  readonly confidence: number;
}

export interface ReaderKnowledge {
  readonly gazetteer: Gazetteer;
  readonly sites: ReadingContext["sites"];
  /** Founding dates the knowledge base holds (the text's own come first). */
  readonly founded: ReadonlyMap<string, string>;
  /** The organization each grew out of ("CSTO": "CST"), as the knowledge base knows it. */
  readonly predecessors?: ReadonlyMap<string, string>;
  /** The full members of an organization at a date ("all member states signed..."). */
  readonly members?: (org: string, date: string) => readonly string[];
  /** Organizations whose charter binds their members to defend one another: what "the alliance" names. */
  readonly alliances?: ReadonlySet<string>;
}

/**
 * A bibliographic reference (a footnote: "3 A. Author, “Title,” Journal, Vol. 9, No. 71,
 * April 10, 2012."): its title and date say nothing the article claims.
 */
export function isCitation(sentence: string): boolean {
  if (!sentence.includes('"') && !sentence.includes("“")) return false;
  return (
    /[“"][^”"]{3,}[”"]/.test(sentence) &&
    (/\b(?:Vol|No|pp?)\.\s*\d/.test(sentence) ||
      /^\s*\d{1,3}\s+\p{Lu}[\p{L}.]*\s+\p{Lu}[\p{L}.]*,\s*[“"]/u.test(sentence))
  );
}

/** Words that put a sentence at the time of writing. */
const RECENT =
  /\b(?:recent(?:ly)?|this (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this|last week|currently|at present)\b|\bnow\s+(?:has|have|is|are|hosts|holds)\b|\b(?:is|are|has|have)\s+now\b/i;

/**
 * A sentence whose main verb is in the present perfect, near its start, with no year:
 * "Armenia has drawn its own conclusions", "Baku and Yerevan have since moved closer"; or a
 * writer's own view in the present ("I understand the logic", "We doubt it will last").
 */
const PRESENT_PERFECT_OPENING =
  /^(?![^\n]*\d{4})(?:[^,;:\n]{0,60}?\b(?:has|have)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:\w+ed|drawn|taken|made|gone|become|grown|begun|come|done|seen|shown|found|kept|held|built|won|lost|run|left|sought|fought|brought|given)\b|(?:I|We)\s+(?:do\s+not\s+|don't\s+)?(?:understand|think|believe|know|suspect|doubt|agree|accept|see|argue|fear|hope|admit|grant)\b)/;

/** "ALMATY, March 14 (Steppe Daily) -", "MOSCOW, 3 May -", "OSH, Kyrgyzstan, May 3 -": a wire story's dateline. */
const DATELINE =
  /^\s*[A-Z][A-Z .'’-]{1,30},\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{1,60}\)\s*)?[-–—]/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The day a dateline gives: "ANKARA, Feb 28 (Wire) -", "MOSCOW, 3 March -". */
const DATELINE_DAY =
  /^[^,]+,\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8}))/;

/**
 * The publication date, made precise by a wire story's dateline: with only the month known
 * ("2020-02"), "ANKARA, Feb 28 (Wire) -" says the day ("on Friday" is then a day, not a
 * month). A dateline in another month than the one given changes nothing.
 */
export function datelineDay(text: string, published: string): string {
  if (published.length !== 7) return published;
  for (const line of text.slice(0, 600).split("\n")) {
    const dateline = DATELINE.exec(line);
    if (!dateline) continue;
    const m = DATELINE_DAY.exec(dateline[0]);
    const month = MONTHS.indexOf((m?.[1] ?? m?.[4] ?? "").slice(0, 3).toLowerCase()) + 1;
    const day = Number(m?.[2] ?? m?.[3]);
    if (month !== Number(published.slice(5, 7)) || !(day >= 1 && day <= 31)) return published;
    const date = `${published}-${String(day).padStart(2, "0")}`;
    return parsePartialDate(date).ok ? date : published;
  }
  return published;
}

/** Words of a time still to come: "next week", "tomorrow", "the coming days". */
const AHEAD = /\b(?:next|tomorrow|coming|upcoming)\b/i;

/** Whether a date lies wholly after the day of writing (compared at the coarser of the two). */
function afterWriting(date: string | null, reference: string): boolean {
  if (date === null) return false;
  const n = Math.min(date.length, reference.length);
  if (date.slice(0, n) <= reference.slice(0, n)) return false;
  // (A day of the week written, "on Thursday this week", may fall a few days after a
  // publication date that is the day the page went up: only a later week is to come.)
  if (date.length === 10 && reference.length === 10)
    return Date.parse(date) - Date.parse(reference) > 7 * 86_400_000;
  return true;
}

/** How many sentences after a list of states "the three countries" may still stand for it. */
const GROUP_REACH = 6;

/**
 * How many sentences after a list of three states or more "the four states" may stand for it,
 * when no group of that size was listed since (a list that long is seldom told twice).
 */
const LONG_GROUP_REACH = 20;

/** Drops the items told before sentence `from` (`at` holds each one's sentence, oldest first). */
function dropBefore<T>(items: T[], at: number[], from: number): void {
  while ((at[0] ?? from) < from) {
    at.shift();
    items.shift();
  }
}

/** How many sentences after a request "rejects the demands" may still answer it. */
const REQUEST_REACH = 3;

/** How many sentences after fighting a ceasefire told without its sides is still that fighting's. */
const FIGHT_REACH = 3;

/** How many undated sentences the narrative's last date still covers. */
const NARRATIVE_REACH = 3;

function yearOf(date: string | null): number | undefined {
  return date === null ? undefined : Number(date.slice(0, 4));
}

/** One scan per sentence says which patterns can read anything in it. */
const CUES = new CueIndex([
  ...PATTERNS.map((p) => p.cue),
  TRIGGER_WORDS,
  ["recent", "recently", "this", "earlier", "last", "currently", "present", "now"],
  [
    ...["organisation", "organization", "bloc", "alliance", "group", "grouping", "union", "commonwealth"],
    ...["community", "council", "league", "pact", "treaty", "secretary"],
    // ("Tokayev asked it for help": see ORGANIZATION_ANAPHOR.)
    ...["asked", "asking", "asks", "appealed", "urged"],
  ],
  ...EVENT_TYPE_CUE_WORDS,
  ["he", "she", "his", "her", "him"],
  // "the country" and "the three countries" share a bit: both checks are short expressions.
  ["country", "republic", ...GROUP_CUE_WORDS],
  [
    "later",
    "afterwards",
    "after",
    "following",
    "next",
    "earlier",
    "before",
    "previous",
    "preceding",
    "previously",
    "same",
    // ("that month", "that same week", "that year": cued by their rarer word.)
    "month",
    "week",
    "year",
    ...["spring", "summer", "autumn", "fall", "winter"],
  ],
]);
/** Where the event types' cues start in the bit set, and how many there are. */
const EVENT_CUES_AT = PATTERNS.length + 3;
const EVENT_CUES_MASK = (1 << EVENT_TYPE_CUE_WORDS.length) - 1;
/** "he", "she", "his", "her", "him": a person named before. */
const PRONOUN_WORDS = 1 << (EVENT_CUES_AT + EVENT_TYPE_CUE_WORDS.length);
/**
 * "the country", "the republic": the state named last; "the three countries", "all five",
 * "both governments": a group listed before.
 */
const COUNTRY_WORDS = 1 << (EVENT_CUES_AT + EVENT_TYPE_CUE_WORDS.length + 1);
const GROUP_WORDS = COUNTRY_WORDS;
/** The words of an assault ("fired", "beat"): what unnamed forces must do to be read as a state's (see OWN_FORCES). */
const ASSAULT_WORDS = 1 << (EVENT_CUES_AT + EVENT_VERBS.findIndex(([type]) => type === "ASSAULT"));
/** "two years later", "the following month": a date counted from the story's. */
const LATER_WORDS = 1 << (EVENT_CUES_AT + EVENT_TYPE_CUE_WORDS.length + 2);
const DATE_WORDS = 1 << PATTERNS.length;
/** The words RECENT needs, and ORGANIZATION_ANAPHOR. */
const RECENT_WORDS = 1 << (PATTERNS.length + 1);
const ANAPHOR_WORDS = 1 << (PATTERNS.length + 2);
const CUE_BIT = new Map<Pattern, number>(PATTERNS.map((p, i) => [p, 1 << i]));

/** An organization's name qualifying a noun of its doings: "United Nations sanctions", "a UN resolution". */
const ORG_AS_MODIFIER =
  /^\s+(?:sanctions|resolutions?|mandates?|peacekeep\w*|observers|monitors|inspectors|envoys?|experts|reports?|standards|funds?|agencies|officials)\b/i;

/** A line of a few words with no closing mark, on its own line: a section heading ("What was signed"). */
const HEADING = /^[\p{Lu}\d][^.!?:;,"“”()]{0,70}$/u;

/** Whether a sentence is a line of its own: the text's start or a line break before it, its end or one after. */
function ownLine(text: string, sentence: { start: number; end: number }): boolean {
  return (
    (sentence.start === 0 || text.charAt(sentence.start - 1) === "\n") &&
    (sentence.end === text.length || text.charAt(sentence.end) === "\n")
  );
}

/** Whether a sentence is the first of a list's item: a line that opens with "- ", "• " or "* ". */
function opensItem(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return (
    /^[ \t]*[-–•*][ \t]+/.test(text.slice(lineStart, start + 3)) &&
    /^[ \t]*(?:[-–•*][ \t]*)?$/.test(text.slice(lineStart, start))
  );
}

/** Whether a sentence is a section heading: a HEADING line of its own, of at most eight words. */
function isHeading(text: string, sentence: { start: number; end: number; text: string }): boolean {
  return ownLine(text, sentence) && HEADING.test(sentence.text) && sentence.text.split(" ").length <= 8;
}

/** Short words a headline in title case leaves in lower case. */
const TITLE_SMALL = new Set([
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "and",
  "or",
  "but",
  "as",
  "with",
  "by",
  "from",
  "after",
  "over",
  "into",
  "its",
  "is",
]);

/**
 * Whether a sentence is a headline in title case: a line of its own with no closing mark,
 * at least four words that are not short ones, four in five of them capitalized.
 */
function isTitleLine(text: string, sentence: { start: number; end: number; text: string }): boolean {
  if (!ownLine(text, sentence) || /[.!?:]["”’)]?$/.test(sentence.text)) return false;
  const words = sentence.text
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w) && !TITLE_SMALL.has(w.toLowerCase()));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}

/** How many sentences a year the text wrote lends itself to a day written without one (see dayOfWritingYear). */
const YEAR_REACH = 3;
/** How many sentences after a region is named "the five presidents" may still be its states ("the region's five" any time after). */
const REGION_REACH = 12;

const WRITTEN_YEAR = /\d{4}|['’]\d\d\b/;

/** Between a count ("a year later") and the day it leads to: ", on ", " in ". */
const DAY_AFTER_COUNT = /^\s*,?\s*(?:on|in)?\s*$/;

/**
 * A day (or, with `months`, a month) the text gives without a year ("on 12 March", "in
 * January"), put in the twelve months up to the day of writing: the latest such day.
 */
function dayOfWritingYear(t: TimeMention, reference: string, months = false): TimeMention | undefined {
  if (t.relative || !(t.date.length === 10 || (months && t.date.length === 7)) || t.end !== undefined)
    return undefined;
  const year = Number(reference.slice(0, 4));
  const day = t.date.slice(4);
  const inYear = `${year}${day}`;
  const date = inYear.slice(0, reference.length) > reference ? `${year - 1}${day}` : inYear;
  return date === t.date ? undefined : { ...t, date };
}

/**
 * "On 14 December 2023 the EU granted candidate status. ... In late May, Washington ...": a
 * month told without a year, half a year or more before the month the story is at, is the
 * next year's: a story goes on forward (up to the day of writing). A step back of a few
 * months is a thread told again ("on 2 October the EU imposed sanctions" then "in Sochi on
 * 14 September"). A sentence that writes a year, or looks back in the past perfect ("had
 * applied in March"), keeps its months.
 */
function onwardMonths(
  text: string,
  times: readonly TimeMention[],
  story: string,
  reference: string,
): readonly TimeMention[] {
  // ("a flagrant breach of the 2020 statement": a year that names a thing writes no year for the sentence.)
  if (times.some((t) => WRITTEN_YEAR.test(t.text) && t.attributive !== true)) return times;
  const storyYear = story.slice(0, 4);
  return times.map((t) => {
    if (
      t.relative ||
      t.date.length < 7 ||
      !t.date.startsWith(storyYear) ||
      Number(story.slice(5, 7)) - Number(t.date.slice(5, 7)) < HALF_YEAR
    )
      return t;
    if (pastPerfectAt(text, t.start)) return t;
    const next = String(Number(storyYear) + 1);
    const date = `${next}${t.date.slice(4)}`;
    if (date.slice(0, reference.length) > reference) return t;
    return { ...t, date, ...(t.end ? { end: `${next}${t.end.slice(4)}` } : {}) };
  });
}

/** "14 December last", "in March last": "last" after a day or month, not "last year" or "last week". */
const MONTH_LAST_AFTER =
  /^\s+last\b(?!\s+(?:year|month|week|spring|summer|autumn|fall|winter|time|night|\w+day)\b)/i;

/** "the end of the month", "the start of the year": a part of the story's month or year. */
const STORY_PART = /^the\s+(?:end|start|beginning|middle|close)\s+of\s+the\s+(month|year)$/i;

/** An author before a cited work's year: "[Darvishi ", "(Okonjo and Farid ", "(Lindqvist et al., ". */
const CITATION_BEFORE = /[[(]\s*\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+|\s+et\s+al\.?)?,?\s+$/u;

/** "last month", "this month": a month counted from the day of writing. */
const THIS_OR_LAST_MONTH = /\b(?:last|this|past)\s+month\b/i;

const OF_THAT_YEAR_ANYWHERE = /\b(?:that|the same) year\b/i;
/** "that year", "the same year" as a whole phrase (see the later dates' filter). */
const SAME_YEAR = /^(?:that|the\s+same)\s+year$/i;

/** "2 April that year", "in March of the same year": a day or month of a year told before. */
const THAT_YEAR_AFTER = /^\s+(?:of\s+)?(?:that|the same) year\b/i;

/**
 * "The 2001 treaty, concluded when Khatami went to Moscow in March of that year": the month
 * is of the year the sentence wrote last before it, even a year that names a thing; with none
 * in the sentence, of the year the text wrote last ("... since the spring of 1996. On 2 April
 * that year": 1996, though the story was at the day of writing).
 */
function ofThatYear(
  text: string,
  times: readonly TimeMention[],
  toldYear: string | undefined,
): readonly TimeMention[] {
  return times.map((t) => {
    if (t.date.length < 7 || !THAT_YEAR_AFTER.test(text.slice(t.stop, t.stop + 24))) return t;
    const year = [...text.slice(0, t.start).matchAll(/\b(?:19|20)\d\d\b/g)].pop()?.[0] ?? toldYear;
    return year === undefined || year === t.date.slice(0, 4)
      ? t
      : { ...t, date: year + t.date.slice(4), relative: false };
  });
}

/** "That November", "the same month", "in May of that year": a time of the story's year. */
function storyMonth(text: string, t: TimeMention): boolean {
  const before = text.slice(Math.max(0, t.start - 16), t.start);
  return (
    THAT_BEFORE.test(before) ||
    /\b(?:the next|the previous|earlier that)\s+$/i.test(before) ||
    OF_THAT_YEAR.test(text.slice(t.stop, t.stop + 24))
  );
}

const SEASON_WORD = /\b(?:spring|summer|autumn|fall|winter)\b/i;

/** Whether a sentence is only its times: "30 September 2022.", "January-April 2008.". */
function dateAlone(text: string, times: readonly TimeMention[]): boolean {
  let rest = "";
  let from = 0;
  for (const t of times) {
    rest += text.slice(from, t.start);
    from = t.stop;
  }
  return /^[\s.,:;–—-]*$/.test(rest + text.slice(from));
}

/** A treaty's own name ("the Collective Security Treaty"): no body "the bloc" or "the alliance" can stand for. */
const TREATY_NAME = /\b(?:Treaty|Pact|treaty|pact)$/;

/** Finds the claims a document makes. `published` anchors relative dates ("last year"). */
export function extractClaims(text: string, published: string | null, kb: ReaderKnowledge): ExtractedClaim[] {
  const reference = published === null ? null : datelineDay(text, published);
  const wire = text
    .slice(0, 600)
    .split("\n")
    .some((line) => DATELINE.test(line));
  const referenceDate: PartialDate | null = reference === null ? null : unwrapDate(reference);
  /** How often the text has named each organization. */
  const organizationCount = new Map<string, number>();
  /** One more naming of an organization: the text's subject is the one named more than once, and more often than any other. */
  const countOrganization = (actor: string) => {
    const n = (organizationCount.get(actor) ?? 0) + 1;
    organizationCount.set(actor, n);
    if (n >= 2 && n > (organizationCount.get(ctx.topicOrganization ?? "") ?? 0))
      ctx.topicOrganization = actor;
  };
  /** How often the text has named each state (see ReadingContext.topicState). */
  const stateCount = new Map<string, number>();
  const recentBases: Claim[] = [];
  const agreementsTold: Claim[] = [];
  const requestsTold: Claim[] = [];
  const requestsAt: number[] = [];
  const sanctioned = new Map<string, string>();
  // (Every field the reading sets is here from the start, so the context keeps one shape: an
  // object that gains fields as it goes changes its hidden class, and each function reading it
  // is deoptimized and compiled again.)
  const ctx: ReadingContext = {
    sites: kb.sites,
    founded: new Map(kb.founded),
    predecessors: kb.predecessors,
    foundedInText: new Set(),
    exerciseInPreviousSentence: false,
    members: kb.members,
    recentBases,
    agreementsTold,
    agreementAge: undefined,
    requestsTold,
    sanctioned,
    organizationCount,
    published: reference === null ? null : { date: reference },
    datedEntry: undefined,
    narrativeDate: undefined,
    narrativeFresh: undefined,
    previousActors: undefined,
    previousClaims: undefined,
    previousMeeting: undefined,
    previousMembership: undefined,
    previousSummit: undefined,
    recentFight: undefined,
    recentOrganization: undefined,
    recentOrganizationAge: undefined,
    sentenceClaims: undefined,
    topicOrganization: undefined,
    topicPair: undefined,
    topicState: undefined,
  };
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  let lastYear = yearOf(reference);
  /** The year the text wrote last, in whatever role ("since 1996", "the 2008 war"). */
  let toldYear: string | undefined;
  const publishedYear = lastYear;
  /** Sentences since the text last wrote a year. */
  let yearAge = 0;
  let previousStart = 0;
  /** Where the sentence that last named each actor starts. */
  const namedStart = new Map<string, number>();
  const namedIndex = new Map<string, number>();
  let sentenceIndex = 0;
  let undatedSince = 0;
  /** The last day the story told to the day ("the same day" after a month named since is that day). */
  let lastDay: string | null = null;
  let sinceOrganization = 0;
  /** Surnames of the people the text named in full, that the gazetteer knows no one by. */
  const surnames = new Map<string, string>();
  /** The alliance the text named last (see ReaderKnowledge.alliances). */
  let recentAlliance: string | undefined;
  /** The body the text named last: a treaty named by its own name stands for the organization built on it, if any. */
  let recentBody: string | undefined;
  let sinceMembership = 0;
  /** The organization last named with each head word ("the Eurasian Economic Union": union): what "the union" is. */
  const namedByHead = new Map<string, string>();
  /** The state the text named last (not as a place), while "the country" may still stand for it. */
  let recentState: string | undefined;
  /** The person the text named last, while "he" or "she" may still stand for them. */
  let recentPerson: Mention | undefined;
  /** The person named before that one, of another state ("Bush received him": who "him" is). */
  let priorPerson: Mention | undefined;
  /** Every person the text has named, the latest first: whom "the chancellor" may be. */
  const namedPersons: Mention[] = [];
  /** How often each person has been named or stood for by a pronoun (see personKey). */
  const personCount = new Map<string, number>();
  /** The person named most often so far, and how often: whom a paragraph's "he" may go back to. */
  let topicPerson: { mention: Mention; count: number } | undefined;
  let sincePerson = 0;
  /** The subject of the sentence just before, while "it" may stand for it. */
  let previousSubject: Mention | undefined;
  /** The sentence just before's mentions (its states are "the two governments" with no list). */
  let previousMentions: readonly Mention[] = [];
  let previousSentence: { readonly text: string; readonly start: number } = { text: "", start: 0 };
  const recentBaseAt: number[] = [];
  /** The groups of states listed in the last few sentences, the latest first, and where. */
  const recentGroups: string[][] = [];
  const groupsListedAt: number[] = [];
  /** Lists of three or more gone past GROUP_REACH, the latest first, and where each was told. */
  const olderGroups: string[][] = [];
  const olderGroupsAt: number[] = [];
  // An interview: "we" and "I" in its answers are the state of the one who answers.
  const questions = questionSpans(text);
  const questionAt = questions[0]?.[0] ?? -1;
  const interviewed =
    questionAt > 0
      ? interviewee(questions, kb.gazetteer.find(text.slice(0, questionAt), referenceDate, 0), text)
      : undefined;
  // A column by one of a state's own ("our diplomats", "our soldiers"): its "we" is that state.
  const columnist =
    interviewed === undefined && questionAt < 0
      ? columnistState(text, () => kb.gazetteer.find(text, referenceDate, 0))
      : undefined;
  const speaker = interviewed ?? columnist;
  // A transcript ("NAZAROVA: Our president ..."): each speaker's "we" is their own state.
  const turns = speakerTurns(text, (part, offset) => kb.gazetteer.find(part, referenceDate, offset));
  let turn: Turn = "none";
  /** The region the text last named ("Central Asia"), whose states "the five presidents" are. */
  let region: string | undefined;
  let regionAt = 0;
  if (speaker !== undefined) ctx.topicState = speaker;
  /** The day the current brief's dateline gives, in a roundup of briefs. */
  let briefDay: string | null = null;
  let fightAt = -1;
  /** The span of days the story last told ("on 20-22 March"), while it is at a day inside it. */
  let storySpan: { date: string; end: string } | undefined;
  /** The day the sentence just before told last, unless it spoke of the present ("in recent weeks"). */
  let dayJustTold: string | undefined;
  for (const sentence of splitSentences(text)) {
    if (isCitation(sentence.text)) continue;
    if (speaker !== undefined) turn = turnAt(questions, sentence.start);
    // A paragraph's first sentence leaves the entry the paragraph before opened.
    const opensParagraph = /\n\s*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start));
    if (opensParagraph) ctx.datedEntry = false;
    // "His recent visit, on June 12-13": news of the moment, in the year of publication, not
    // in the year the narrative was last at.
    // One pass over the sentence's words finds the patterns' cues, the date words and the
    // words that the expressions below need.
    const cues = CUES.present(sentence.text);
    const current = reference !== null && (cues & RECENT_WORDS) !== 0 && RECENT.test(sentence.text);
    // ("MOSCOW, 9 May - Tuesday's parade": a dateline's dash closes it; it joins no range.)
    // A wire story's dateline ("ALMATY, March 14 (Reuters) -"), read once for the sentence.
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    const datelineEnd = wire ? dateline : 0;
    const timeText =
      datelineEnd > 0
        ? `${sentence.text.slice(0, datelineEnd - 1)},${sentence.text.slice(datelineEnd)}`
        : sentence.text;
    // In a roundup of briefs, each brief's dateline is the day its "Tuesday" counts from.
    if (datelineEnd > 0 && reference !== null) {
      const [day] = findTimeMentions(timeText.slice(0, datelineEnd), reference, { triggerWords: true });
      briefDay = day && day.date.length === 10 && day.date <= reference ? day.date : null;
    }
    // "- On 29 July Brussels suspended ...": an item of a list of its own, after one that told
    // 2022, starts again from the year of writing.
    if (publishedYear !== undefined && !current && opensItem(text, sentence.start)) {
      lastYear = publishedYear;
      yearAge = 0;
    }
    // ("On Tuesday 13 September", after "since the 2020 war": the year that day is a Tuesday.)
    const read = weekdaysAgreeing(
      findTimeMentions(
        timeText,
        briefDay ?? reference ?? String(lastYear ?? 2000),
        lastYear === undefined || current
          ? { triggerWords: (cues & DATE_WORDS) !== 0 }
          : {
              // A story told up to the day of writing is not in a later year ("by 1 January
              // 2024" in a 2023 paper is a deadline; "on 20 September" after it is 2023's).
              defaultYear: publishedYear !== undefined && lastYear > publishedYear ? publishedYear : lastYear,
              triggerWords: (cues & DATE_WORDS) !== 0,
            },
      ),
      reference,
    );
    // ("Twenty years ago today": one date, the day of writing that many years back.)
    const withDays = withAnniversaries(sentence.text, reference ?? "", read);
    // ("On Tuesday", right after "on 20-22 March": the Tuesday of those days; "And this week,
    // ... on Wednesday and Thursday": the days of the week of writing all the same.)
    const inSpan = weekdaysInRange(withDays, current ? undefined : storySpan, reference);
    // ("On Thursday", right after "on Wednesday 14 September", in a roundup written in October:
    // the next day, not the Thursday before writing.)
    const found = weekdaysAfterDay(inSpan, current ? undefined : dayJustTold, reference);
    // "On 14 December last": the last such day before the day of writing.
    const withLast =
      reference !== null && sentence.text.includes(" last")
        ? found.map((t) =>
            MONTH_LAST_AFTER.test(sentence.text.slice(t.stop, t.stop + 16)) && !WRITTEN_YEAR.test(t.text)
              ? (dayOfWritingYear(t, reference, true) ?? t)
              : t,
          )
        : found;
    const withAgo = withLast.length > 1 ? daysCountedBack(withLast) : withLast;
    // "On 12 March", sentences after the text last wrote a year: a day told without its year
    // is a day of the year of writing (news writes the year of a day it looks back to).
    // A wire story writes the year of any day or month outside the twelve months before its
    // dateline: its "on Sept. 27" and "in January" are the last ones, whatever year its
    // background paragraph was in ("that November" is the story's, though).
    const dated =
      (wire || yearAge > YEAR_REACH) &&
      reference !== null &&
      withAgo.length > 0 &&
      !withAgo.some((t) => WRITTEN_YEAR.test(t.text))
        ? withAgo.map(
            (t) =>
              (wire && storyMonth(sentence.text, t) ? undefined : dayOfWritingYear(t, reference, wire)) ?? t,
          )
        : withAgo;
    // "Towards the end of the month": of the month the story is in, not the month of writing.
    const narrativeMonth = ctx.narrativeDate?.date;
    const onward =
      narrativeMonth && narrativeMonth.length >= 7 && reference !== null && dated === found
        ? onwardMonths(sentence.text, dated, narrativeMonth, reference)
        : dated;
    const inStory =
      narrativeMonth && narrativeMonth.length >= 7
        ? onward.map((t) => {
            const unit = STORY_PART.exec(t.text)?.[1]?.toLowerCase();
            // ("moved on 16 July; Brussels followed at the end of the month": the month the
            // sentence told before it, if it did.)
            const month =
              onward.findLast((o) => o.start < t.start && o.date.length >= 7)?.date ?? narrativeMonth;
            return unit ? { ...t, date: month.slice(0, unit === "month" ? 7 : 4) } : t;
          })
        : onward;
    const joined = inStory.length > 1 ? joinRelativeYears(sentence.text, inStory) : inStory;
    const timesRead = joinedDays(
      sentence.text,
      storyOrdinalDays(
        sentence.text,
        joined.length > 0 ? withOrdinalDays(sentence.text, joined) : joined,
        ctx.narrativeDate?.date ?? undefined,
      ),
    );
    const timesOwn = OF_THAT_YEAR_ANYWHERE.test(sentence.text)
      ? ofThatYear(sentence.text, timesRead, toldYear)
      : timesRead;
    // "[Darvishi 2025]", "(Okonjo and Farid 2024: 12)": a work cited, not a time told.
    const times =
      sentence.text.includes("[") || sentence.text.includes("(")
        ? timesOwn.filter(
            (t) =>
              !/^\d{4}$/.test(t.text) ||
              !CITATION_BEFORE.test(sentence.text.slice(Math.max(0, t.start - 50), t.start)),
          )
        : timesOwn;
    // A year inside a quoted name ("Peace Mission 2012") names, it does not date.
    const quotes = quotedRanges(sentence.text);
    const dates: SentenceView["dates"][number][] = [];
    for (const t of times) {
      if (quotes.some(([a, b]) => t.start >= a && t.start < b)) continue;
      // "agreed to meet next week": a time still to come dates nothing that happened.
      if (t.relative && AHEAD.test(t.text)) continue;
      const start = sentence.start + t.start;
      dates.push({
        date: t.date,
        ...(t.end ? { end: t.end } : {}),
        start,
        ...(t.attributive ? { attributive: true } : {}),
      });
    }
    dayJustTold = current
      ? undefined
      : dates.findLast((d) => d.date.length === 10 && d.end === undefined)?.date;
    // ("30 September 2022." on a line's start: a timeline's entry, its sentences at that date.)
    if (opensParagraph && times.length > 0 && dateAlone(sentence.text, times)) ctx.datedEntry = true;
    // "Thirteen days later", "the following year": from the story's last date, not today's.
    const later =
      (cues & LATER_WORDS) === 0
        ? []
        : laterDates(sentence.text, ctx.narrativeDate?.date ?? null, times, lastDay).filter(
            (l) =>
              (l.replaces === true || !times.some((t) => t.start < l.stop && l.start < t.stop)) &&
              // ("On June 23 the same year": the year of the day told, not a date of its own.)
              !(
                SAME_YEAR.test(sentence.text.slice(l.start, l.stop)) &&
                times.some(
                  (t) =>
                    t.date.length >= 7 &&
                    t.stop <= l.start &&
                    /^\s*(?:of\s+)?$/.test(sentence.text.slice(t.stop, l.start)),
                )
              ),
          );
    // ("In September 2018 ..., and a year later, on 16 September, they met": a day told without
    // its year right after a count is in the year counted to, not the year last written.)
    // (The story goes on in that year: see `lastYear` below.)
    let countedOn: { start: number; date: string } | undefined;
    for (const l of later) {
      const t = times.find(
        (x) => x.start >= l.stop && DAY_AFTER_COUNT.test(sentence.text.slice(l.stop, x.start)),
      );
      if (t === undefined || WRITTEN_YEAR.test(t.text) || t.date.length < 7 || t.end !== undefined) continue;
      const at = dates.findIndex((d) => d.start === sentence.start + t.start);
      const d = dates[at];
      const date = `${l.date.slice(0, 4)}${t.date.slice(4)}`;
      if (d !== undefined && date !== d.date && (reference === null || date <= reference)) {
        dates[at] = { ...d, date };
        countedOn = { start: l.start, date };
      }
    }
    // (Counted from the story's date, not from the day of writing: the story's year, told anew.)
    const storyCounted = later.at(-1)?.date;
    // "This summer", "last winter": seasons, as years.
    if ((cues & LATER_WORDS) !== 0 && SEASON_WORD.test(sentence.text))
      for (const d of [
        ...seasonDates(sentence.text, reference),
        // (Only in a sentence with no time of its own: "entered the EU on 1 January 1995 after
        // referendums held the previous autumn" is dated by its day.)
        ...(times.length === 0 ? storySeasonDates(sentence.text, ctx.narrativeDate?.date ?? null) : []),
      ])
        if (
          !times.some((t) => t.start < d.stop && d.start < t.stop) &&
          !later.some((l) => l.start === d.start)
        )
          later.push(d);
    // "Sent his envoy to Bishkek over the weekend": the Saturday and Sunday before writing.
    if (reference !== null && sentence.text.includes("weekend"))
      for (const d of weekendDates(sentence.text, reference)) later.push(d);
    // ("On 18-19 May ... On the second day the leaders signed": a day of the range told.)
    // (Tested on its own word: "day" as a cue of the later-dates stage ran that stage for nothing.)
    const ofRange = sentence.text.includes(" day")
      ? rangeDay(sentence.text, times, ctx.narrativeDate)
      : undefined;
    if (ofRange && !times.some((t) => t.start < ofRange.stop && ofRange.start < t.stop)) later.push(ofRange);
    if (later.length > 0) {
      // ("the following May": read over the month the time stage read alone.)
      for (const l of later)
        if (l.replaces)
          for (let i = dates.length - 1; i >= 0; i--) {
            const at = (dates[i]?.start ?? 0) - sentence.start;
            if (at >= l.start && at < l.stop) dates.splice(i, 1);
          }
      for (const l of later)
        dates.push({ date: l.date, ...(l.end ? { end: l.end } : {}), start: sentence.start + l.start });
      dates.sort((a, b) => a.start - b.start);
    }
    const firstDate = dates[0]?.date ?? null;
    const at = firstDate ? unwrapDate(firstDate) : referenceDate;
    const byName = withSeatsNamed(
      sentence.text,
      sentence.start,
      kb.gazetteer.find(sentence.text, at, sentence.start),
    );
    // ("Boris Johnson ... Johnson was received": a surname alone, once the text named the person.)
    const gazetteerNamed: Mention[] =
      surnames.size > 0
        ? withSurnames(sentence.text, sentence.start, byName, surnames, kb.gazetteer, at)
        : byName;
    for (const m of byName)
      if (m.kind === "person" && m.person !== undefined) {
        // ("Moon Jae-in ... Moon", "Kim Jong Un ... Kim": a Korean or Chinese name puts it first.)
        const surname = (FAMILY_NAME_FIRST.has(m.actor) ? FIRST_WORD : SURNAME).exec(m.text)?.[1];
        if (surname !== undefined && !surnames.has(surname) && kb.gazetteer.find(surname, null).length === 0)
          surnames.set(surname, m.person);
      }
    // ("The five Central Asian states": the region's states.)
    const named = mayNameRegion(sentence.text)
      ? withRegionGroups(sentence.text, sentence.start, gazetteerNamed)
      : gazetteerNamed;
    const withOrganizations =
      (cues & ANAPHOR_WORDS) !== 0
        ? withOrganizationAnaphora(
            sentence.text,
            sentence.start,
            named,
            // ("the alliance" some sentences after the last name: the one the text is about.)
            ctx.recentOrganization ?? ctx.topicOrganization,
            namedByHead,
            recentAlliance === undefined
              ? undefined
              : { actor: recentAlliance, of: kb.alliances ?? new Set() },
            ctx.recentOrganization === undefined ? undefined : recentBody,
          )
        : named;
    // "He met Xi Jinping in Beijing", opening a paragraph of an obituary: the text's own person,
    // named far more often than the one named last (Putin, in the paragraph before).
    if (opensParagraph && topicPerson !== undefined && recentPerson?.actor !== topicPerson.mention.actor) {
      const recentCount = recentPerson === undefined ? 0 : (personCount.get(personKey(recentPerson)) ?? 0);
      if (topicPerson.count >= TOPIC_PERSON_COUNT && topicPerson.count >= 2 * recentCount) {
        priorPerson = recentPerson;
        recentPerson = topicPerson.mention;
        sincePerson = 0;
      }
    }
    const withRoles =
      recentPerson !== undefined && ROLE_WORD.test(sentence.text)
        ? withRoleAnaphora(
            sentence.text,
            sentence.start,
            withOrganizations,
            [recentPerson, priorPerson, ...namedPersons],
            (p, a, r) => kb.gazetteer.holdsRole(p, a, r),
          )
        : withOrganizations;
    // (With no person named before or in the sentence, a pronoun stands for no one the reader knows.)
    const withPersons =
      (cues & PRONOUN_WORDS) !== 0 && (recentPerson !== undefined || named.some((m) => m.kind === "person"))
        ? withPersonAnaphora(sentence.text, sentence.start, withRoles, recentPerson, priorPerson)
        : withRoles;
    const withCountry =
      recentState !== undefined && (cues & COUNTRY_WORDS) !== 0 && MENTIONS_COUNTRY.test(sentence.text)
        ? withCountryAnaphora(sentence.text, sentence.start, withPersons, recentState)
        : withPersons;
    // "Seoul says the North has shipped shells to Russia": the Koreas, once the text has named them.
    // ("The two Koreas signed ...": both of them.)
    const withBoth = sentence.text.includes("Koreas")
      ? withBothKoreas(sentence.text, sentence.start, withCountry)
      : withCountry;
    const withKoreas =
      stateCount.has("PRK") && (sentence.text.includes("he North") || sentence.text.includes("he South"))
        ? withKoreasNamed(sentence.text, sentence.start, withBoth, stateCount.has("KOR"))
        : withBoth;
    // "The government expelled 15 Emirati diplomats", in a story of Sudan: Sudan's government.
    // (Only while the state the text is about is the one it named last.)
    const withHome =
      ctx.topicState !== undefined && ctx.topicState === recentState && HOME_BODY_TEST.test(sentence.text)
        ? withHomeBodies(sentence.text, sentence.start, withKoreas, ctx.topicState)
        : withKoreas;
    // "Security forces opened fire on crowds in Almaty": the forces of the state it happens in.
    const withForces =
      (cues & ASSAULT_WORDS) !== 0 && OWN_FORCES.test(sentence.text) && OWN_PEOPLE.test(sentence.text)
        ? withOwnForces(sentence.text, sentence.start, withHome, recentState)
        : withHome;
    // "Protesters gathered outside parliament in Tbilisi": the people of the state it happens in.
    const withCrowd =
      CROWD_WORD.test(sentence.text) && CROWD.test(sentence.text)
        ? withCrowds(sentence.text, sentence.start, withForces)
        : withForces;
    const turnSpeaker =
      turns.length > 0 ? turns.find(([a, b]) => sentence.start >= a && sentence.start < b)?.[2] : undefined;
    const withOpening = withSubjectAnaphora(
      sentence.text,
      sentence.start,
      turnSpeaker !== undefined
        ? withSpeaker(sentence.text, sentence.start, withCrowd, turnSpeaker)
        : speaker !== undefined && (turn === "answer" || columnist !== undefined)
          ? withSpeaker(sentence.text, sentence.start, withCrowd, speaker, columnist !== undefined)
          : withCrowd,
      previousSubject,
    );
    const withSubject = sentence.text.includes(" it ")
      ? withClauseSubject(sentence.text, sentence.start, withOpening)
      : withOpening;
    const grouped =
      (cues & GROUP_WORDS) !== 0
        ? withGroupAnaphora(sentence.text, sentence.start, withSubject, {
            earlier: ctx.previousMeeting ? [ctx.previousMeeting, ...recentGroups] : recentGroups,
            older: olderGroups,
            ...(groupsListedAt[0] === sentenceIndex - 1 && recentGroups[0]
              ? { justListed: recentGroups[0] }
              : {}),
            previousStates: statesNamed(previousMentions),
            // ("Elbegdorj met Xi and Putin in Dushanbe. The three leaders met again": those who
            // met, not where.)
            previousParties: () =>
              statesNamed(
                previousMentions.filter(
                  (m) => !namedAsPlace(previousSentence.text, previousSentence.start, m),
                ),
              ),
            ...(recentPerson !== undefined &&
            priorPerson !== undefined &&
            recentPerson.actor !== priorPerson.actor
              ? { lastTwoPeople: [priorPerson.actor, recentPerson.actor] }
              : {}),
            members: () => {
              // ("the four presidents, in town for a Council of Europe summit": not where they were.)
              const org =
                withSubject.findLast((m) => m.kind === "organization" && !isSetting(sentence, m))?.actor ??
                ctx.recentOrganization;
              const date = firstDate ?? ctx.narrativeDate?.date ?? reference;
              return org !== undefined && date !== null ? kb.members?.(org, date) : undefined;
            },
          })
        : withSubject;
    // ("... Central Asia. ... Kerry sat down with the five foreign ministers": the region's
    // states, where no group listed before is meant.)
    const mentions =
      region !== undefined &&
      (sentenceIndex - regionAt <= REGION_REACH || /\bregion['’]s\b/.test(sentence.text)) &&
      / (?:three|five) /.test(sentence.text)
        ? withRegionAnaphora(sentence.text, sentence.start, grouped, region)
        : grouped;
    const namedRegion = lastRegionNamed(sentence.text);
    if (namedRegion !== undefined) {
      region = namedRegion;
      regionAt = sentenceIndex;
    }
    previousSubject = subjectOf(sentence.text, sentence.start, withSubject);
    const view = new View(
      sentence.start,
      sentence.end,
      sentence.text,
      mentions,
      dates,
      (cues >>> EVENT_CUES_AT) & EVENT_CUES_MASK,
    );
    let exercise = false;
    const foundHere: Claim[] = [];
    ctx.sentenceClaims = foundHere;
    ctx.narrativeFresh = undatedSince === 0 && sentenceIndex > 0;
    // Every claim names an actor in its sentence, except an exercise going on from the one before.
    // ("The two leaders met again and agreed": the two who met in the sentence before.)
    // ("Armenia Tells Security Council Population Faces Expulsion": a headline in title case
    // tells in short what the text tells in full; the claims come from the text.)
    const candidates = isTitleLine(text, sentence)
      ? []
      : mentions.length > 0 ||
          (ctx.previousMeeting !== undefined && meetingGoesOn(sentence.text)) ||
          // ("A ceasefire took effect that evening": the sides of the fighting just told.)
          (ctx.recentFight !== undefined && CEASEFIRE_HELD.test(sentence.text))
        ? PATTERNS
        : ctx.exerciseInPreviousSentence
          ? [EXERCISE_PATTERN]
          : // ("The accord was signed on 2 June", in a story of two states, or after an agreement
            // of theirs, or a meeting of theirs, just told: theirs.)
            ctx.topicPair !== undefined || agreementJustTold(ctx) || ctx.previousMeeting !== undefined
            ? [AGREEMENT_PATTERN]
            : [];
    const organization = mentions.some((m) => m.kind === "organization");
    for (const pattern of candidates) {
      if ((cues & (CUE_BIT.get(pattern) ?? 0)) === 0) continue;
      if (
        pattern.needsOrganization &&
        !organization &&
        ctx.recentOrganization === undefined &&
        ctx.topicOrganization === undefined
      )
        continue;
      for (const read of pattern.read(view, ctx)) {
        // ("They joined the EU in 1995" after a sentence on Finland and the USSR: not the USSR.)
        const kept = withoutGoneStates(read.claim, (actor) => kb.gazetteer.endedOn(actor));
        // ("Albania stopped taking part in the alliance's work ... and withdrew": not NATO, which
        // it was not in; the pact it was in, named before.)
        const claim =
          kept !== null && kb.members !== undefined
            ? leftWhatItWasIn(kept, kb.members, [...organizationCount.keys()])
            : kept;
        if (claim === null) continue;
        const found = claim === read.claim ? read : { ...read, claim };
        // A sentence may go on about the exercise of the sentence just before it, once.
        if (found.continues && mergeIntoPrevious(out, found.claim, sentence.end)) continue;
        if (found.claim.kind === "exercise") exercise = true;
        if (toldAlready(found.claim, foundHere) || toldFiner(found.claim, out)) continue;
        // "The two leaders agreed to meet next week": an event after the day of writing has not happened.
        if (found.claim.kind === "event" && reference !== null && afterWriting(found.claim.date, reference))
          continue;
        foundHere.push(found.claim);
        const key = contentKey(found.claim);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          claim: found.claim,
          span: [
            supportStart(
              found.claim,
              sentence.start,
              named,
              (actor) => {
                const index = namedIndex.get(actor);
                return index !== undefined && sentenceIndex - index <= SUPPORT_REACH
                  ? namedStart.get(actor)
                  : undefined;
              },
              found.fromPrevious ? previousStart : undefined,
            ),
            sentence.end,
          ],
          confidence: found.confidence,
        });
      }
    }
    ctx.exerciseInPreviousSentence = exercise;
    // The organization the text is about: the last one it named, for a few sentences.
    // (Not one named as where something happened: "on the sidelines of a Council of Europe
    // summit", nor one that only qualifies a noun: "under United Nations sanctions".)
    // (A name in lower case, "the customs union the three had formed", is a reference in
    // passing: the text is about one it names properly, if the sentence has one.)
    // (Nor one named by its seat as a place: "outside NATO headquarters in Brussels".)
    const organizationsNamed = mentions.filter(
      (m) =>
        m.kind === "organization" &&
        !(
          SEAT_NAME.test(m.text) &&
          /\b(?:in|at|near|outside)\s+$/i.test(
            sentence.text.slice(Math.max(0, m.start - sentence.start - 8), m.start - sentence.start),
          )
        ) &&
        !isSetting(sentence, m) &&
        !ORG_AS_MODIFIER.test(sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 24)),
    );
    const lastOrganization =
      organizationsNamed.findLast((m) => !/^(?:the\s+)?\p{Ll}/u.test(m.text)) ??
      organizationsNamed[organizationsNamed.length - 1];
    // ("signed a friendship treaty": "the treaty" after it is that one, not a treaty named before.)
    if (namedByHead.has("treaty") && TREATY_WORD.test(sentence.text) && OTHER_TREATY.test(sentence.text))
      namedByHead.delete("treaty");
    for (const m of named) {
      if (m.kind === "state") {
        const n = (stateCount.get(m.actor) ?? 0) + 1;
        stateCount.set(m.actor, n);
        // (An interview is about the state of the one who answers.)
        if (speaker === undefined && n >= 3 && n > (stateCount.get(ctx.topicState ?? "") ?? 0))
          ctx.topicState = m.actor;
      }
      if (m.kind !== "organization") continue;
      // ("the customs union the three had formed": a name in lower case is no antecedent for "the union".)
      if (!/^(?:the\s+)?\p{Ll}/u.test(m.text))
        for (const word of headWords(m.text)) namedByHead.set(word, m.actor);
      countOrganization(m.actor);
    }
    // ("the League suspended Syria": a name's head word alone, in capitals, names it too.)
    for (const m of mentions)
      if (m.kind === "organization" && NAME_HEAD_ALONE.test(m.text) && !named.includes(m))
        countOrganization(m.actor);
    if (named.some((m) => m.kind === "state")) ctx.topicPair = topicPairOf(stateCount);
    // ("Finland became the alliance's 31st member" after NATO, then Turkey's EU bid: NATO.)
    // (Not a treaty named by its name: "under Article 4 of the 1992 Collective Security Treaty. ... on
    // the alliance's door" is the organization built on it, named last before.)
    const allianceNamed = mentions.findLast(
      (m) => m.kind === "organization" && kb.alliances?.has(m.actor) && !TREATY_NAME.test(m.text),
    );
    if (allianceNamed) recentAlliance = allianceNamed.actor;
    if (lastOrganization) {
      ctx.recentOrganization = lastOrganization.actor;
      sinceOrganization = 0;
      // ("Article 4 of the 1992 Collective Security Treaty ... The bloc sent a mission": the
      // organization built on the treaty, not the treaty.)
      if (!TREATY_NAME.test(lastOrganization.text)) recentBody = lastOrganization.actor;
      else
        recentBody =
          [...(kb.predecessors ?? [])].find(
            ([, predecessor]) => predecessor === lastOrganization.actor,
          )?.[0] ?? recentBody;
    } else if (++sinceOrganization > ORGANIZATION_REACH) {
      ctx.recentOrganization = undefined;
      recentBody = undefined;
    }
    ctx.recentOrganizationAge = sinceOrganization;
    // The bases told of in the last few sentences, the latest last.
    dropBefore(recentBases, recentBaseAt, sentenceIndex - BASE_REACH);
    // The requests of the last few sentences, the latest last.
    dropBefore(requestsTold, requestsAt, sentenceIndex - REQUEST_REACH);
    let agreementHere = false;
    for (const f of foundHere)
      if (f.kind === "base") {
        recentBases.push(f);
        recentBaseAt.push(sentenceIndex);
      } else if (f.kind === "agreement") {
        agreementsTold.push(f);
        agreementHere = true;
      } else if (f.kind === "event" && f.type === "REQUEST") {
        requestsTold.push(f);
        requestsAt.push(sentenceIndex);
      }
    // (Counted from 1, the sentence after the one that told it.)
    if (agreementHere) ctx.agreementAge = 1;
    else if (ctx.agreementAge !== undefined) ctx.agreementAge++;
    const lastState = named.findLast(
      (m) =>
        m.kind === "state" &&
        !/\b(?:in|at|to|from|into|near)\s+$/.test(
          sentence.text.slice(Math.max(0, m.start - sentence.start - 8), m.start - sentence.start),
        ),
    );
    if (lastState) recentState = lastState.actor;
    // "He" goes on about the one who acted: a person met "with" or received is no antecedent
    // while the one who did it still is ("he was in Astana for talks with Nazarbayev. In
    // September he travelled to Bishkek").
    // (A person told by a title, "the chancellor", is one named.)
    const persons = withRoles.filter((m) => m.kind === "person");
    for (const p of mentions)
      if (p.kind === "person") {
        const count = (personCount.get(personKey(p)) ?? 0) + 1;
        personCount.set(personKey(p), count);
        // (The topic's own count only grows past itself: named again, it stays the topic.)
        if (topicPerson === undefined || count > topicPerson.count) topicPerson = { mention: p, count };
      }
    for (const p of persons)
      if (p.person !== undefined) {
        const i = namedPersons.findIndex((x) => x.person === p.person);
        if (i >= 0) namedPersons.splice(i, 1);
        namedPersons.unshift(p);
      }
    const acting = persons.filter(
      (m) =>
        !OBJECT_PERSON.test(
          sentence.text.slice(Math.max(0, m.start - sentence.start - 40), m.start - sentence.start),
        ),
    );
    // ("The representative of the United States said ... . She added": an official not named
    // is who "he" or "she" stands for next.)
    const lastPerson =
      acting[acting.length - 1] ??
      (persons.length === 0 ? officialSubject(sentence.text, sentence.start, named) : undefined) ??
      (recentPerson !== undefined && sincePerson < PERSON_REACH ? undefined : persons[persons.length - 1]);
    // ("In 2002 Bush received him at the White House. In June he welcomed Xi": a person the
    // sentence tells of by a pronoun stays the one "he" goes on about, though another is named.)
    // ("In July he pleaded illness in Pakistan, whose president, Yahya Khan, had served as a
    // go-between": one named in an aside, after "he" told of the one the text goes on about.)
    const goesOn =
      lastPerson !== undefined &&
      recentPerson !== undefined &&
      recentPerson.actor !== lastPerson.actor &&
      mentions.some(
        (m) =>
          m.pronoun === true &&
          (m.start > lastPerson.start ||
            (/^(?:[Hh]e|[Ss]he)$/.test(m.text) && betweenCommas(text, lastPerson))) &&
          /^(?:[Hh]e|him|[Ss]he)$/.test(m.text) &&
          m.actor === recentPerson?.actor,
      );
    if (lastPerson && goesOn) {
      priorPerson = lastPerson;
      sincePerson = 0;
    } else if (lastPerson) {
      if (recentPerson !== undefined && recentPerson.actor !== lastPerson.actor) priorPerson = recentPerson;
      recentPerson = lastPerson;
      sincePerson = 0;
    }
    // ("He asked ... . The peacekeepers, he said, ... . He criticized ...": a chain of "he" goes
    // on with its person.)
    else if (mentions.some((m) => m.pronoun === true && m.actor === recentPerson?.actor)) sincePerson = 0;
    else if (++sincePerson > PERSON_REACH) {
      recentPerson = undefined;
      priorPerson = undefined;
    }
    const lastMembership = foundHere.findLast((f) => f.kind === "membership");
    if (lastMembership) {
      ctx.previousMembership = lastMembership;
      sinceMembership = 0;
    } else if (++sinceMembership > 1) ctx.previousMembership = undefined;
    ctx.previousActors = actorSet(mentions);
    previousMentions = mentions;
    previousSentence = sentence;
    // The groups of states listed lately, the latest first ("the three countries" is one of them).
    const listed = mentions.length >= 2 ? groupsIn(sentence.text, sentence.start, mentions) : [];
    if (listed.length > 0) {
      recentGroups.unshift(...listed.reverse());
      groupsListedAt.unshift(...listed.map(() => sentenceIndex));
    }
    while ((groupsListedAt[groupsListedAt.length - 1] ?? sentenceIndex) < sentenceIndex - GROUP_REACH) {
      const at = groupsListedAt.pop() as number;
      const group = recentGroups.pop() as string[];
      if (group.length >= 3) {
        olderGroups.unshift(group);
        olderGroupsAt.unshift(at);
      }
    }
    while ((olderGroupsAt[olderGroupsAt.length - 1] ?? sentenceIndex) < sentenceIndex - LONG_GROUP_REACH) {
      olderGroupsAt.pop();
      olderGroups.pop();
    }
    ctx.previousMeeting = meetingOf(foundHere, ctx);
    ctx.previousSummit = summitTold(view);
    // The fighting the last few sentences told: a ceasefire after it is its sides'.
    const fight = foundHere.find((c) => c.kind === "event" && c.type === "ASSAULT" && c.source !== c.target);
    if (fight?.kind === "event") {
      ctx.recentFight = [fight.source, fight.target];
      fightAt = sentenceIndex;
    } else if (sentenceIndex - fightAt > FIGHT_REACH) ctx.recentFight = undefined;
    // Whom each state or organization last sanctioned ("extended the sanctions" later is on them).
    for (const c of foundHere)
      if (c.kind === "event" && c.type === "SANCTION" && c.source !== c.target)
        sanctioned.set(c.source, c.target);
    ctx.previousClaims = foundHere;
    previousStart = sentence.start;
    // Only names the gazetteer found: a span reaches back to a sentence that names its actor,
    // not to one that says "the bloc".
    for (const m of named) {
      namedStart.set(m.actor, sentence.start);
      namedIndex.set(m.actor, sentenceIndex);
    }
    sentenceIndex++;
    // (Not a year still to come: "extended its stay until 2032. In October of that year".)
    // (From the times read, only those that write a year: no second scan of the sentence.)
    toldYear =
      times
        .filter((t) => !t.relative && WRITTEN_YEAR.test(t.text))
        .map((t) => (t.end ?? t.date).slice(0, 4))
        .findLast((y) => publishedYear === undefined || Number(y) <= publishedYear) ?? toldYear;
    // The narrative stays at its last date for a few sentences; after that it has moved on untold.
    // A date inside a relative clause ("forces that members agreed to create in October 2007")
    // looks back: the year the story is in does not move to it.
    // ("The minister reminded the House that Georgia applied in 2022": a clause said, not a
    // relative clause; the story goes there.)
    // ("The year that ended its innocence was 2013": the year the sentence is about, after the
    // relative clause its subject carries.)
    const told = (start: number) => {
      const before = sentence.text.slice(0, start);
      const relative = INSIDE_RELATIVE.exec(before);
      return (
        relative === null ||
        (YEAR_SUBJECT.test(before) && /^\d{4}\b/.test(sentence.text.slice(start))) ||
        (/^that\b/i.test(relative[0]) &&
          SAID_THAT.test(before.slice(Math.max(0, relative.index - 50), relative.index + 4)))
      );
    };
    // (A wire story's dateline, read above, dates the writing; the story is at the date its
    // first sentence tells, "agreed on Tuesday", when it tells one.)
    // "His 2011 election campaign" dates the campaign: the story does not move to it.
    // Nor does a date in a relative clause or an aside that looks back ("..., which they left in
    // 2005", ", a concession Dushanbe had sought since 2010").
    // ("This week's fighting" names the fighting, and the story is at this week all the same.)
    // ("after the February earthquakes": a month that names its thing, relative or not.)
    const naming = (t: TimeMention) =>
      t.attributive === true && (!t.relative || MONTH_NAME_ALONE.test(t.text));
    const attributive = times.some(naming);
    const storyDates = dates.filter(
      (d) =>
        // ("next week": the story does not go ahead of the day of writing.)
        !(
          reference !== null &&
          afterWriting(d.date, reference) &&
          times.some((t) => t.relative && sentence.start + t.start === d.start)
        ) &&
        // (Nor to "later this year": a plan.)
        !stillToCome(sentence.text, d.start - sentence.start) &&
        !ASIDE_BEFORE.test(
          sentence.text.slice(Math.max(0, d.start - sentence.start - 120), d.start - sentence.start),
        ) &&
        !(attributive && times.some((t) => naming(t) && sentence.start + t.start === d.start)),
    );
    const afterDateline =
      dateline > 0 ? storyDates.filter((d) => d.start - sentence.start >= dateline) : storyDates;
    const latestTold = storyDate(afterDateline.length > 0 ? afterDateline : storyDates, reference);
    // ("We had applied in March 2022": the past perfect looks back; the story stays where it is.)
    // (So does a time counted from: "their first encounter since Bali in November 2022".)
    const last =
      latestTold &&
      ctx.narrativeDate &&
      latestTold.date < ctx.narrativeDate.date &&
      storyDates.every(
        (d) =>
          pastPerfectAt(sentence.text, d.start - sentence.start) ||
          sinceAt(sentence.text, d.start - sentence.start),
      )
        ? undefined
        : latestTold;
    if (last) {
      ctx.narrativeDate = { date: last.date, ...(last.end ? { end: last.end } : {}) };
      if (last.date.length === 10) lastDay = last.date;
      undatedSince = 0;
    } else if (++undatedSince > NARRATIVE_REACH)
      // (A wire story is of its dateline's day: it goes back there, not to no date at all.)
      ctx.narrativeDate = wire && reference !== null ? { date: reference } : null;
    // (The span stays the story's while the story is at a day inside it.)
    const storyAt = ctx.narrativeDate;
    storySpan =
      storyAt?.end !== undefined
        ? { date: storyAt.date, end: storyAt.end }
        : storyAt && storySpan && storyAt.date >= storySpan.date && storyAt.date <= storySpan.end
          ? storySpan
          : undefined;
    // The narrative's year moves with years the text writes, not with "last year" (that is
    // the publication's year less one: "in late June" after it is still this year's June);
    // a day of this week or this month ("on Wednesday") brings it back to the present.
    const latest = times[times.length - 1];
    const present = yearOf(reference);
    // ("has been an observer since 2018" tells a state that lasts to the present: the story
    // stays where it is.)
    const written = times.filter(
      (t) =>
        !t.relative &&
        !t.attributive &&
        told(t.start) &&
        // ("Peacekeepers, deployed under the statement of November 2020, did not intervene":
        // the aside looks back; the story stays.)
        // (So does a closing phrase: ", building on a memorandum signed in June 2022.")
        !inAside(sentence.text, t.start, t.stop) &&
        !(times.length > 1 && inTrailingPhrase(sentence.text, t.start, t.stop)) &&
        // ("since 2001", "their first encounter since Bali in November 2022": a time the story
        // counts from, not where it is.)
        !sinceAt(sentence.text, t.start) &&
        // ("under the Constitutive Act adopted at Lomé in July 2000, a majority suffices": the
        // document's date; the story stays.)
        !documentMadeAt(sentence.text, t.start),
    );
    yearAge++;
    // ("Which brings us to last month. Putin arrived on 2 September": so does this or last month.)
    if (
      latest?.relative &&
      (latest.date.length === 10 || (latest.date.length === 7 && THIS_OR_LAST_MONTH.test(latest.text))) &&
      yearOf(latest.date) === present
    )
      lastYear = present;
    // ("Exactly a year ago this morning I watched him speak. On 7 February he flew to
    // Washington": a time counted back from the day of writing puts the story in its year.)
    // (Opening the sentence: not "one most could not find on a map a year ago".)
    else if (
      latest?.relative &&
      /\bago\b/i.test(latest.text) &&
      /^\W*(?:\w+\s+)?$/.test(sentence.text.slice(0, latest.start)) &&
      written.length === 0
    )
      lastYear = yearOf(latest.date);
    // "Late last year. In December, ...": the story is back in the year before writing, and a
    // month it then tells is the last one before the day of writing, whatever year it told before.
    // ("The ice began to crack last October": so is a month counted back from the day of writing.)
    else if (
      latest?.relative &&
      (latest.date.length === 4 ||
        (latest.date.length === 7 &&
          COUNTED_BACK.test(sentence.text.slice(Math.max(0, latest.start - 12), latest.start)))) &&
      present !== undefined &&
      (yearOf(latest.date) === present - 1 ||
        (latest.date.length === 7 && yearOf(latest.date) === present)) &&
      written.length === 0 &&
      !latest.attributive
    )
      lastYear = undefined;
    else if (written.length > 0) {
      // (A range leaves the story at its end: "a timeline, 1992-2012", then "June 28" is 2012's.)
      // ("... in September 2018, and a year later, on 16 September, ...": a count after the last
      // year written moves the story on to the year it counts to.)
      const year =
        countedOn !== undefined &&
        written.every((t) => t.start < countedOn.start || !WRITTEN_YEAR.test(t.text))
          ? yearOf(countedOn.date)
          : yearOf(
              storyDate(
                written.map((t) => (t.end ? { ...t, date: t.end } : t)),
                reference,
              )?.date ?? null,
            );
      // "On 14 December 2023 ... We had applied in March 2022. Then came the spring; in May
      // ...": a year told in the past perfect looks back from where the story is; the story
      // stays there.
      const lookingBack =
        year !== undefined &&
        lastYear !== undefined &&
        year < lastYear &&
        written.every((t) => pastPerfectAt(sentence.text, t.start));
      if (!lookingBack) {
        lastYear = year ?? lastYear;
        yearAge = 0;
      }
    }
    // "In the spring of 2010 ... Two months later the south exploded. On 12 June ...": a date
    // counted from the story's tells its year again, as a year written would.
    // ("..., which Beijing had severed in August 2022 ... that month": not a time counted in a
    // look back, either.)
    else if (
      storyCounted !== undefined &&
      !current &&
      !(
        lastYear !== undefined &&
        (yearOf(storyCounted) ?? lastYear) < lastYear &&
        times.length > 0 &&
        times.every((t) => pastPerfectAt(sentence.text, t.start))
      )
    ) {
      lastYear = yearOf(storyCounted) ?? lastYear;
      yearAge = 0;
    }
    // "This spring those troops ...", "recently": the story is back at the time of writing;
    // so is an interview's next question ("Q: What happened after ...?").
    // So is a paragraph that opens in the present perfect ("Armenia has drawn its own
    // conclusions.", "Both capitals have since moved on."): its "on 24 September" is this year's.
    else if (
      current ||
      QUESTION_LINE.test(sentence.text) ||
      questions.some(([a]) => a >= sentence.start - 1 && a <= sentence.start) ||
      (opensParagraph && PRESENT_PERFECT_OPENING.test(sentence.text))
    )
      lastYear = present;
    // A section heading ("How others reacted") opens a new part: a day it then tells without a
    // year ("On 26 March") is of the year of writing, not of the last background year told.
    else if (times.length === 0 && isHeading(text, sentence)) {
      lastYear = present;
      yearAge = YEAR_REACH + 1;
    }
  }
  return out;
}

/**
 * A withdrawal from or suspension in an organization the knowledge base knows the members of,
 * by a state that was not among them then nor in the ten years before: the organization was
 * misread. It is the one among `named` (the organizations the text named) the state was in
 * then, if there is exactly one; else the claim is dropped. Other claims pass as they are.
 */
export function leftWhatItWasIn(
  claim: Claim,
  members: (org: string, date: string) => readonly string[],
  named: readonly string[],
): Claim | null {
  if (claim.kind !== "membership" || (claim.change !== "withdraw" && claim.change !== "suspend"))
    return claim;
  if (claim.date === null) return claim;
  const { first, last } = partialDate(claim.date);
  // (On the day it left it is out already, and a suspended member is no full member: any year
  // of the ten before will do.)
  const ends = [first, last, ...Array.from({ length: 11 }, (_, i) => first - 1 - 365 * i)].map(dayText);
  const known = (org: string) => ends.some((d) => members(org, d).length > 0);
  const wasIn = (org: string) => ends.some((d) => members(org, d).includes(claim.state));
  if (!known(claim.org) || wasIn(claim.org)) return claim;
  const others = named.filter((org) => org !== claim.org && wasIn(org));
  return others.length === 1 ? { ...claim, org: others[0] as string } : null;
}

/**
 * A claim less the states that had ended before its date: a party, participant or member
 * of those is left out, and a claim whose other roles name one is dropped (null). The Soviet
 * Union signs nothing in 1997; "the Soviet fleet" divided then was the two successors'.
 */
export function withoutGoneStates(
  claim: Claim,
  endedOn: (actor: string) => number | undefined,
): Claim | null {
  if (claim.date === null) return claim;
  const first = partialDate(claim.date).first;
  const gone = (actor: string | null | undefined) => {
    const ended = actor ? endedOn(actor) : undefined;
    return ended !== undefined && ended <= first;
  };
  const listed = (codes: readonly string[]) => codes.filter((c) => !gone(c));
  switch (claim.kind) {
    case "agreement": {
      const parties = listed(claim.parties);
      return parties.length === claim.parties.length
        ? claim
        : parties.length < 2
          ? null
          : { ...claim, parties };
    }
    case "exercise": {
      const participants = listed(claim.participants);
      if (gone(claim.host)) return null;
      return participants.length === claim.participants.length
        ? claim
        : participants.length === 0
          ? null
          : { ...claim, participants };
    }
    case "force": {
      const members = listed(claim.members ?? []);
      return members.length === (claim.members ?? []).length ? claim : { ...claim, members };
    }
    default:
      return claimActors(claim).some((a) => gone(a.actor)) ? null : claim;
  }
}

/** How often each of a text's two main states must be named before it is about the pair. */
const PAIR_NAMED = 3;

/**
 * The two states a text is about, if it is about two: each named at least three times so
 * far, and any third named at most half as often as the second ("the treaty was signed in
 * 1951" in a story of the Philippines and the United States is theirs).
 */
export function topicPairOf(stateCount: ReadonlyMap<string, number>): readonly [string, string] | undefined {
  // (One pass for the three most named: the reader asks after every sentence naming a state.)
  let first: [string, number] | undefined;
  let second: [string, number] | undefined;
  let third = 0;
  for (const entry of stateCount) {
    if (first === undefined || entry[1] > first[1]) {
      third = second?.[1] ?? 0;
      second = first;
      first = entry;
    } else if (second === undefined || entry[1] > second[1]) {
      third = second?.[1] ?? 0;
      second = entry;
    } else if (entry[1] > third) third = entry[1];
  }
  if (!first || !second || second[1] < PAIR_NAMED || third * 2 > second[1]) return undefined;
  return [first[0], second[0]];
}

/** The surname of a person named in full: "Boris Johnson" -> "Johnson" (a capitalized last word). */
const SURNAME = /\s(\p{Lu}[\p{Ll}'’-]{2,})$/u;
/** The family name of a name told in its own order: "Moon Jae-in" -> "Moon". */
const FIRST_WORD = /^(\p{Lu}\p{Ll}+)\s/u;
/** The states whose people's names are told family name first in English. */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["CHN", "KOR", "PRK", "TWN"]);

/**
 * The sentence's mentions, with each surname of a person the text named in full before
 * ("Boris Johnson ... Johnson") read as that person, where no other mention stands.
 */
export function withSurnames(
  text: string,
  offset: number,
  named: readonly Mention[],
  surnames: ReadonlyMap<string, string>,
  gazetteer: Gazetteer,
  at: PartialDate | null,
): Mention[] {
  const out = [...named];
  for (const [surname, person] of surnames) {
    for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + surname.length)) {
      const end = i + surname.length;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
      // (Nor the first word of another name: "Kim Jong Il", "Kim Il Sung Square".)
      if (/^[ -]\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (named.some((m) => m.start - offset < end && i < m.end - offset)) continue;
      const actor = gazetteer.actorOfPerson(person, at);
      if (actor)
        out.push({ start: offset + i, end: offset + end, text: surname, actor, kind: "person", person });
    }
  }
  return out.length === named.length ? out : out.sort((a, b) => a.start - b.start);
}

/** Two dates that may be of the same time: either unknown, or one within the other ("2024" and "2024-11-28"). */
function sameTime(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/**
 * An agreement with no name, whose parties are all parties to one told before on the same
 * date or within it ("the 1999 treaty", after "signed on 8 December 1999"): that one again.
 */
function toldFiner(claim: Claim, told: readonly ExtractedClaim[]): boolean {
  if (claim.kind !== "agreement" || claim.name !== undefined || !claim.date) return false;
  const { date, parties } = claim;
  return told.some(
    ({ claim: c }) =>
      c.kind === "agreement" &&
      typeof c.date === "string" &&
      c.date.startsWith(date) &&
      parties.every((p) => c.parties.includes(p)),
  );
}

/**
 * A fact goes under its most specific kind: an event between a state and an organization
 * whose membership the sentence changes ("declined to renew the treaty"), among the
 * founders of an organization the sentence founds, or between a base's host and operator
 * ("asked the US to leave the base"), is that change, not an event too, and so is agreeing
 * or cooperating between the parties of an agreement the sentence signs; so is an unnamed
 * agreement between a base's host and operator. (Patterns run bases and agreements before events.)
 */
function toldAlready(claim: Claim, sentence: readonly Claim[]): boolean {
  const pair = (a: string, b: string, x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  if (claim.kind === "agreement") {
    // An unnamed agreement between a base's host and operator is the base's lease.
    const [a, b, more] = claim.parties;
    return (
      claim.name === undefined &&
      a !== undefined &&
      b !== undefined &&
      more === undefined &&
      sentence.some((c) => c.kind === "base" && pair(a, b, c.host, c.operator))
    );
  }
  if (claim.kind !== "event") return false;
  return sentence.some(
    (c) =>
      (c.kind === "org" && c.change === "found") ||
      // "signed a cooperation agreement with China": the agreement, not also agreeing or cooperating.
      (c.kind === "agreement" &&
        (claim.type === "AGREE" || claim.type === "COOPERATE") &&
        c.parties.includes(claim.source) &&
        c.parties.includes(claim.target)) ||
      // ("stayed away on Thursday from the summit of a bloc it has belonged to since 2002": a
      // membership of another time is background, not the deed.)
      // (An organization that "agreed to launch the procedure for admitting A" agreed with A, and
      // A's application began: both stand.)
      (c.kind === "membership" &&
        !(c.change === "apply" && claim.type === "AGREE" && claim.source === c.org) &&
        pair(claim.source, claim.target, c.state, c.org) &&
        sameTime(c.date, claim.date)) ||
      // (A visit or a loan in the same sentence is news of its own; so is any deed beside a
      // base told only as standing: "invaded Georgia in 2008, and still keeps troops at Gudauta".)
      (c.kind === "base" &&
        c.change !== "exists" &&
        claim.type !== "CONSULT" &&
        claim.type !== "AID" &&
        pair(claim.source, claim.target, c.host, c.operator)),
  );
}

/**
 * Where a claim's support starts: its sentence, or an earlier one when the claim takes an
 * actor from there ("the alliance", "Iran followed", a force of the organization just
 * discussed), so that the span names every actor the claim has. Actors the text never
 * named (the members the knowledge base gives for "all member states") add nothing.
 */
function supportStart(
  claim: Claim,
  start: number,
  mentions: readonly Mention[],
  namedAt: (actor: string) => number | undefined,
  previous: number | undefined,
): number {
  let from = previous ?? start;
  for (const { actor } of claimActors(claim)) {
    if (mentions.some((m) => m.actor === actor)) continue;
    const at = namedAt(actor);
    if (at !== undefined && at < from) from = at;
  }
  return from;
}

/** How many sentences a base stays in mind for "the new base" to refer back to it. */
const BASE_REACH = 6;

/** How many sentences back a claim's support may start. */
const SUPPORT_REACH = 5;

/** How many sentences naming no organization "the bloc" still stands for the last one named. */
const ORGANIZATION_REACH = 3;

/**
 * "the bloc", "the alliance", "the organisation": the organization the text is about; so is
 * "it" asked or urged for something ("Tokayev asked it for help"). Not "the union of Russia and
 * Belarus", unless the "of" is a charge's ("accused the alliance of failing an ally").
 */
const ORGANIZATION_ANAPHOR =
  /\b[Tt]he (?:(?:[A-Z][a-z]+[-–](?:led|dominated)|[a-z]+-member|military|security|defen[cs]e|regional|economic|trade|new|enlarged|expanded|wider|revived|present|current|original)\s+){0,2}?([Oo]rgani[sz]ation|[Bb]loc|[Aa]lliance|[Gg]roup(?:ing)?|[Cc]ommonwealth|[Uu]nion|[Cc]ommunity|[Cc]ouncil|[Ff]orum|[Aa]ssociation|[Ll]eague|[Pp]act|[Ss]ecretary[- ][Gg]eneral)\b(?!\s+(?:of|between)\b(?<!\b(?:accus|suspect|convict|warn|remind|inform|notif)\w*\s+\w+\s+(?:[\w-]+\s+){0,2}\w+\s+of)|[\s-]+[A-Z])|it(?<=\b(?:asked|asking|asks|appealed to|urged)\s+it)(?=\s+(?:for|to)\s)|\bthe ([Tt]reaty)\b(?<=\b(?:left|leave|leaves|quit|quits|exited|withdr[ae]w from|withdrawn from|pulled out of|joined|rejoined|acceded to|returned to|renew|renewed|prolong|prolonged)\s+the [Tt]reaty)(?!\s+(?:of|between|on)\b|[\s-]+[A-Z])/g;

/**
 * The words of an organization's name that stand for it alone ("the Union", "the
 * Community", "the League"): each is the organization last named with that word in its name,
 * not any organization named since (not the European Union named as "Brussels" while the
 * Eurasian one is discussed).
 */
const NAME_HEAD_WORDS = ["union", "community", "council", "forum", "association", "league", "pact"];
/** One of those words alone, in capitals: "the League", "the Union" (counted as naming it). */
const NAME_HEAD_ALONE = new RegExp(
  `^[Tt]he (?:${NAME_HEAD_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})$`,
);
/** ("treaty" is the head word of a treaty's own name only: see headWords.) */
const HEAD_WORDS = new Set([...NAME_HEAD_WORDS, "treaty"]);
/** A treaty the text introduces that no name in the gazetteer stands for: "a friendship treaty", "a new treaty". */
/** The word OTHER_TREATY cannot match without, tested first: OTHER_TREATY is tried at every "a". */
const TREATY_WORD = /treaty/i;
const OTHER_TREATY =
  /\b(?:an?|another|new|separate|bilateral|friendship|peace|border|defen[cs]e|security|basic)\s+(?:[\w-]+\s+){0,2}?treaty\b/i;
const HEAD_WORD = new RegExp(`\\b(${NAME_HEAD_WORDS.join("|")})\\b`, "gi");
const HEAD_WORD_TEST = new RegExp(NAME_HEAD_WORDS.join("|"), "i");

/**
 * The head words of an organization's name as written ("Eurasian Economic Community":
 * community); a treaty's is "pact" ("the Collective Security Treaty ... declined to renew the pact").
 */
export function headWords(name: string): string[] {
  // ("the Collective Security Treaty ... left the treaty": a treaty's own name, not an organization's.)
  const treaty = /\bTreaty\b/.test(name) ? (/\bTreaty$/.test(name) ? ["pact", "treaty"] : ["pact"]) : [];
  // (Most names hold none: a cheap test first.)
  if (!HEAD_WORD_TEST.test(name)) return treaty;
  return [...allMatches(HEAD_WORD, name).map((m) => (m[1] ?? "").toLowerCase()), ...treaty];
}

/**
 * The sentence's mentions, with each "the bloc" (that is not part of a name already found)
 * read as the organization the text was last about; "the union", "the Community" as the
 * one last named with that word (`byHead`: the organizations named before the sentence, by head word).
 * Mentions stay in text order.
 */
export function withOrganizationAnaphora(
  text: string,
  offset: number,
  named: readonly Mention[],
  recent: string | undefined,
  byHead: ReadonlyMap<string, string> = new Map(),
  /** The alliance named last before the sentence, and which organizations are alliances. */
  alliance?: { readonly actor: string; readonly of: ReadonlySet<string> },
  /** The body named last before the sentence, where `recent` is a treaty named by its own name. */
  body?: string,
): Mention[] {
  // (Never a treaty named by its own name: "the treaty" is read by its head word, below.)
  let current = body ?? recent;
  let currentAlliance = alliance?.actor;
  let heads = byHead;
  const out: Mention[] = [];
  let i = 0;
  ORGANIZATION_ANAPHOR.lastIndex = 0;
  for (let m = ORGANIZATION_ANAPHOR.exec(text); m !== null; m = ORGANIZATION_ANAPHOR.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    for (; i < named.length && (named[i]?.start ?? 0) < start; i++) {
      const n = named[i] as Mention;
      out.push(n);
      if (n.kind !== "organization") continue;
      // ("the Collective Security Treaty ..., the Organization unites": a treaty is no body.)
      const treaty = TREATY_NAME.test(n.text);
      if (!treaty) current = n.actor;
      if (alliance?.of.has(n.actor) && !treaty) currentAlliance = n.actor;
      const words = headWords(n.text);
      if (words.length > 0) heads = new Map([...heads, ...words.map((w) => [w, n.actor] as const)]);
    }
    // "the Organization for Security ...": a name the gazetteer did not know, not "the
    // organization"; "asked the alliance for help" is the alliance.
    if (/^[A-Z]/.test(m[1] ?? "") && /^\s+for\b/.test(text.slice(m.index + m[0].length))) continue;
    // ("the Russian-led bloc": the state that leads it is no mention of its own.)
    while (
      named[i] !== undefined &&
      (named[i] as Mention).start < end &&
      /^[-–](?:led|dominated)\b/.test(text.slice((named[i] as Mention).end - offset))
    )
      i++;
    const next = named[i];
    // ("left the treaty", "declined to renew the treaty": the treaty last named, read only
    // after a verb of membership.)
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    // ("the alliance": the alliance named last, though another body was named since.)
    const actor = HEAD_WORDS.has(word)
      ? heads.get(word)
      : word === "alliance"
        ? (currentAlliance ?? current)
        : current;
    if (actor === undefined || out.some((n) => n.end > start) || (next !== undefined && next.start < end))
      continue;
    out.push({ start, end, text: m[0], actor, kind: "organization" });
  }
  for (; i < named.length; i++) out.push(named[i] as Mention);
  return out;
}

/**
 * Before a person named as the object of a meeting: "talks with", "received", "beside" (or
 * second in such a list: "with Jiang Zemin, Vladimir Putin").
 */
const OBJECT_PERSON =
  /\b(?:with|to|by|from|for|received|met|meeting|beside|alongside|hosted|welcomed|counterpart|phoned|called|(?:he|she) and)\s+(?:(?:his|her|the|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}(?:[\w-]+,\s+(?:[\w-]+\s+){0,2})?$/i;

/** How often the text's own person must have been named before a paragraph's "he" goes back to them. */
const TOPIC_PERSON_COUNT = 4;

/** One person, whether named by the gazetteer's id or only by the name the text gave. */
function personKey(m: Mention): string {
  return m.person ?? `${m.actor}:${m.text}`;
}

/** The distinct states that mentions of states, or of people acting for them, name, in order. */
function statesNamed(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === "state" || m.kind === "person").map((m) => m.actor))];
}

/** How many sentences naming no person "he" or "she" still stands for the last one named. */
const PERSON_REACH = 2;

/**
 * Cities that are the seat of more than one organization, with those organizations: the
 * gazetteer reads the city as the first.
 */
const SHARED_SEATS: Readonly<Record<string, readonly string[]>> = { Brussels: ["EU", "NATO"] };

/**
 * The mentions, with a shared seat read as the organization of its seat that the sentence
 * names ("froze cooperation with NATO and recalled its envoy from Brussels": NATO's).
 */
function withSeatsNamed(text: string, offset: number, found: Mention[]): Mention[] {
  let mentions = found;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const seated = SHARED_SEATS[m.text];
    if (seated === undefined || seated[0] !== m.actor) continue;
    // (Not one listed with it, "Brussels and NATO": the two.)
    const other = mentions.find(
      (x) =>
        x.actor !== m.actor &&
        seated.includes(x.actor) &&
        !/^\s*(?:,|and|&|or)\s*$/.test(
          text.slice(Math.min(x.end, m.end) - offset, Math.max(x.start, m.start) - offset),
        ),
    );
    if (other !== undefined && !mentions.some((x) => x.actor === m.actor && x !== m)) {
      if (mentions === found) mentions = [...found];
      mentions[i] = { ...m, actor: other.actor };
    }
  }
  return mentions;
}

const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b/g;

/**
 * Between a person and "him": a verb of a few words, no clause break or "and" ("received",
 * "had called on", "came to see"), maybe after ", who".
 */
const ACTED_ON = /^(?:,\s*who)?\s+(?!and\b)(?:[a-z]+\s+){1,3}$/;

/** An opening clause before the main one: "When Putin received Lukashenko in Sochi, ". */
const OPENING_CLAUSE = /^\s*(?:When|After|As|Before|While|Once|Although|Though|Having)\b[^;.]*,\s*$/;

/** A quick test for ROLE_ANAPHOR's words. */
const ROLE_WORD = /\b(?:chancellor|president|prime minister|premier|minister|king|queen|emir|sultan)\b/;
/** A person told by the title of an office alone: "the chancellor", "the prime minister". */
const ROLE_ANAPHOR =
  /\b[Tt]he\s+(chancellor|president|prime minister|premier|foreign minister|defen[cs]e minister|king|queen|emir|sultan)\b(?!\s+of\b|['’]s|\s+\p{Lu})/gu;
/** The titles of the offices each of those words stands for. */
const ROLE_TITLES: Readonly<Record<string, RegExp>> = {
  chancellor: /^Chancellor$/,
  president: /^(?:Acting )?President$/,
  "prime minister": /^Prime Minister$/,
  premier: /^(?:Premier|Prime Minister)$/,
  "foreign minister": /^(?:Minister of Foreign Affairs|Foreign Secretary|Secretary of State)$/,
  "defence minister": /^(?:Minister of Defence|Secretary of Defense|Defence Secretary)$/,
  "defense minister": /^(?:Minister of Defence|Secretary of Defense|Defence Secretary)$/,
  // ("King Mohammed VI ... The king went first to Rwanda".)
  king: /^King$/,
  queen: /^Queen$/,
  emir: /^Emir$/,
  sultan: /^Sultan$/,
};

/**
 * The sentence's mentions, with "the chancellor" (a title alone) read as a person named before
 * who has held that office for the state they act for ("Kohl ... the chancellor was in
 * Warsaw"): the first of `candidates` (the latest named first) who has. Mentions stay in text
 * order.
 */
export function withRoleAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  candidates: readonly (Mention | undefined)[],
  holdsRole: (person: string, actor: string, role: RegExp) => boolean,
): readonly Mention[] {
  let out: Mention[] | undefined;
  ROLE_ANAPHOR.lastIndex = 0;
  for (let m = ROLE_ANAPHOR.exec(text); m !== null; m = ROLE_ANAPHOR.exec(text)) {
    const title = ROLE_TITLES[(m[1] ?? "").toLowerCase()];
    const start = offset + m.index + m[0].length - (m[1] ?? "").length;
    const end = offset + m.index + m[0].length;
    if (!title || mentions.some((x) => x.start < end && start < x.end)) continue;
    const who = candidates.find((c) => c?.person !== undefined && holdsRole(c.person, c.actor, title));
    if (!who?.person) continue;
    out ??= [...mentions];
    out.push({
      start,
      end,
      text: text.slice(start - offset, end - offset),
      actor: who.actor,
      kind: "person",
      person: who.person,
    });
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}

/**
 * The sentence's mentions, with each "he", "she", "his" or "her" read as the person named
 * nearest before it: in the sentence, else the one the text named last ("In March he
 * went to Dushanbe" after a sentence on Mirziyoyev is Uzbekistan going). Mentions stay in
 * text order.
 */
export function withPersonAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  recent: Mention | undefined,
  before?: Mention,
): Mention[] {
  const out: Mention[] = [];
  let person = recent;
  /** The person named before `person` (who "him" stands for when `person` is the one acting on him). */
  let earlier = before;
  /** Whom the sentence's last pronoun stood for. */
  let told: Mention | undefined;
  /** The person the sentence named last not as the object of a meeting ("met Zelensky"). */
  let acting = recent;
  /** Whether `person` was named as the object of a meeting. */
  let personMet = false;
  let i = 0;
  PERSONAL_PRONOUN.lastIndex = 0;
  for (let m = PERSONAL_PRONOUN.exec(text); m !== null; m = PERSONAL_PRONOUN.exec(text)) {
    const start = offset + m.index;
    for (; i < mentions.length && (mentions[i]?.start ?? 0) < start; i++) {
      const n = mentions[i] as Mention;
      out.push(n);
      if (n.kind === "person") {
        if (person !== undefined && person.actor !== n.actor) earlier = person;
        person = n;
        personMet = OBJECT_PERSON.test(text.slice(Math.max(0, n.start - offset - 40), n.start - offset));
        if (!personMet) acting = n;
      }
    }
    if (person === undefined || out.some((n) => n.end > start)) continue;
    // "When Putin received Lukashenko in Sochi, he granted ...": the subject of the main clause
    // after an opening one is the opening clause's subject, not its object.
    let who = person;
    const back = told ?? earlier;
    if (/^[Hh]e$|^[Ss]he$/.test(m[0]) && OPENING_CLAUSE.test(text.slice(0, m.index)))
      who = out.find((n) => n.kind === "person") ?? person;
    // "Bush received him", "Putin had called on him": not the one who acts on him, a few words
    // before, but the one named before that.
    // (Or the one a pronoun before stood for: "he sat down with Macron and Scholz, who urged him".)
    else if (
      m[0] === "him" &&
      person !== recent &&
      back !== undefined &&
      back.actor !== person.actor &&
      ACTED_ON.test(text.slice(person.end - offset, m.index))
    )
      who = back;
    // "..., weeks after Putin had called on him in Tashkent, he suspended ...": the "he" of the
    // main clause is the one the aside's "him" was.
    else if (/^[Hh]e$|^[Ss]he$/.test(m[0]) && told !== undefined && /,\s*$/.test(text.slice(0, m.index)))
      who = told;
    // "Biden went to Kyiv, where he met Zelensky, and hours later he told a crowd in Warsaw":
    // a "he" who acts goes on about the one who acted before, not the one met.
    else if (
      /^[Hh]e$|^[Ss]he$/.test(m[0]) &&
      personMet &&
      acting !== undefined &&
      acting.actor !== person.actor
    )
      who = acting;
    told = who;
    // (Built field by field: a spread of the person's mention here cost more than the rest.)
    const mention: Mention = {
      start,
      end: start + m[0].length,
      text: m[0],
      actor: who.actor,
      kind: who.kind,
      pronoun: true,
    };
    out.push(who.person === undefined ? mention : { ...mention, person: who.person });
  }
  for (; i < mentions.length; i++) out.push(mentions[i] as Mention);
  return out;
}

/** The text before a date ends inside a relative clause: "..., which joined in", "forces that met in". */
/** An aside after a comma: ", which they left in ", ", a concession Dushanbe had sought since ". */
const ASIDE_BEFORE =
  /,\s*(?:(?:which|who|whom|whose)\b|(?:an?|the)\s+(?:\w+\s+){0,2}(?:(?:that|which)\s+)?\p{Lu}[\p{L}-]*\s+had\b)[^,;.:()–—]*$/u;

/** A name in one capitalized word, not in capitals: a seat ("Brussels"), not "NATO" or "the Union". */
const SEAT_NAME = /^\p{Lu}\p{Ll}+$/u;

const INSIDE_RELATIVE = /\b(?:that|which|who|whom|whose|where)\b[^,;.:()–—]*$/;
/** A year the sentence is about, its subject the year: "The year that ended it all was ". */
const YEAR_SUBJECT = /^\s*(?:The|That)\s+year\b[^,;.:()–—]*\bwas\s+$/;
/** "said that", "reminded the House that", "told reporters that": a clause said, not a relative one. */
const SAID_THAT =
  /\b(?:said|says|reminded|recalled|recalls|noted|notes|announced|argued|added|stated|told|warned|insisted|claimed|confirmed|reported|wrote|explained|acknowledged)\b(?:\s+[\w-]+){0,3}\s+that$/i;

/**
 * Where a sentence leaves the story: its latest date, not one it looks back to ("dismissed
 * his cabinet on 5 January ..., the former president who had stepped down in 2019" leaves
 * the story in January, not in 2019), and none after the day of writing (a deadline).
 * Dates compare as text: "2022-01-05" is after "2019", and a date is after any it refines.
 */
export function storyDate<T extends { readonly date: string }>(
  dates: readonly T[],
  published: string | null,
): T | undefined {
  let best: T | undefined;
  for (const d of dates) {
    if (published !== null && d.date.slice(0, published.length) > published.slice(0, d.date.length)) continue;
    if (best === undefined || d.date >= best.date) best = d;
  }
  return best ?? dates[dates.length - 1];
}

/** "since" before a time, a few words at most ("since 2001", "since Bali in"): a state lasting from then on. */
const SINCE_NEAR = /\bsince\s+(?:[^\s,;.]+\s+){0,3}$/i;
/**
 * A clause "since" opens, whose time ends it ("landlocked since Eritrea won its independence
 * in 1993", "no one has done so since the region broke away in 1991", "has cooled since the
 * agreement of November 2022"): what the present counts from, not where the story is.
 */
const SINCE_CLAUSE = /\bsince\s+[^,;:.()–—]{4,90}?\s(?:in|on|of)\s+(?:(?:early|late|mid-?)\s*)?$/i;
/**
 * "On 7 March, eleven days ago": a day told without its year, then counted back from the day
 * of writing, is that day, in the year the count gives.
 */
export function daysCountedBack<T extends readonly TimeMention[]>(times: T): T | TimeMention[] {
  const out = times.map((t, i) => {
    const next = times[i + 1];
    return next !== undefined &&
      t.date.length === 10 &&
      !WRITTEN_YEAR.test(t.text) &&
      /\bago\b/i.test(next.text) &&
      next.start - t.stop <= 3 &&
      next.date.length === 10 &&
      next.date.slice(5) === t.date.slice(5) &&
      next.date !== t.date
      ? { ...t, date: next.date }
      : t;
  });
  // (The same array when nothing changed: the stages after test whether a stage changed any.)
  return out.some((t, i) => t !== times[i]) ? out : times;
}

/** Whether "since" comes a few words at most before `at`, or opens the clause `at` ends (see SINCE_NEAR, SINCE_CLAUSE). */
function sinceAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 100), at);
  return SINCE_NEAR.test(before.slice(-30)) || SINCE_CLAUSE.test(before);
}

/**
 * Before a date, a document and its making, with no verb "was" between: "the Constitutive Act
 * adopted at Lomé in ", "a treaty signed in ". The date is the document's, not the story's.
 */
const DOCUMENT_MADE_BEFORE =
  /\b(?:act|treaty|charter|accords?|agreement|convention|protocol|declaration|constitution|statute|resolution|memorandum)\s+(?:(?:first|originally|jointly)\s+)?(?:adopted|signed|agreed|concluded|ratified|approved|enacted|drafted)\s+(?:(?:at|in|by)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?\s+)?(?:in|on)\s+$/iu;

/** Whether the date at `at` is a document's, told as it was made (see DOCUMENT_MADE_BEFORE). */
function documentMadeAt(text: string, at: number): boolean {
  return DOCUMENT_MADE_BEFORE.test(text.slice(Math.max(0, at - 90), at));
}

/** Whether a past perfect verb of its clause comes before `at` (see PAST_PERFECT_BEFORE). */
function pastPerfectAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return PAST_PERFECT_BEFORE.test(before) || PAST_PERFECT_LIST.test(before);
}

/**
 * The same, with the dates in a list after it: "had made peace with Israel, Egypt in 1979 and
 * Jordan in ".
 */
const PAST_PERFECT_LIST =
  /\bhad\s+(?:\w+ly\s+|already\s+|just\s+|first\s+|been\s+)?(?:\w+ed|\w+en|made|sent|built|held|left|won|lost|met|sought|fought|brought|kept|begun|become|come|done|run|set|put|cut|paid|told|said|struck|spent|stood)\b[^.;:,]*,\s+(?:\p{Lu}[\p{L}-]+\s+in\s+\d{4}(?:,\s+|\s+and\s+))*\p{Lu}[\p{L}-]+\s+in\s+$/u;

/** "We had applied in", "had been seized by Russia in": a past perfect verb whose date follows, in its clause. */
const PAST_PERFECT_BEFORE =
  /\bhad\s+(?:\w+ly\s+|already\s+|just\s+|first\s+|been\s+)?(?:\w+ed|\w+en|made|sent|built|held|left|won|lost|met|sought|fought|brought|kept|begun|become|come|done|run|set|put|cut|paid|told|said|struck|spent|stood)\b[^.;:,]*$/i;

/** Whether a mention stands between commas, as an apposition does (", Yahya Khan,"). */
function betweenCommas(text: string, m: Mention): boolean {
  return (
    /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))
  );
}

/** "the country", "the republic": the state the text named last. */
const THE_COUNTRY = /\b[Tt]he (?:country|republic)\b(?!['’]s\s+(?:neighbou?rs|partners))/g;
/** The same, to test a sentence with (a global expression's `test` would go on from its last match). */
const MENTIONS_COUNTRY = new RegExp(THE_COUNTRY.source);

/**
 * "The government", "the foreign ministry", "the army-aligned government": a state's own body
 * named with no state, as the subject of a clause (at the sentence's or a clause's start).
 */
const HOME_BODY =
  /(?:^|[,;:–—-]\s*|\b(?:and|but|then|when|after|as)\s+)(?:(?:[\w\s-]{0,40}?)\s)?([Tt]he\s+(?:[\w-]+-(?:aligned|led|backed|controlled)\s+)?(?:government|foreign ministry|defen[cs]e ministry|army|military|authorities|junta|regime))\b(?!\s+(?:of|in|at)\b|['’]s)/g;
const HOME_BODY_TEST = /\b(?:government|ministry|army|military|authorities|junta|regime)\b/;

/** The sentence's mentions with each unnamed home body (HOME_BODY) read as the story's state. */
export function withHomeBodies(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  state: string,
): Mention[] {
  return withPhraseMentions(text, mentions, HOME_BODY, (m, out) => {
    const body = m[1] ?? "";
    const start = offset + m.index + m[0].length - body.length;
    const end = start + body.length;
    // (Not one a mention already names, or follows: "Sudan's government", "the Sudanese army".)
    if (out.some((x) => x.start < end && start < x.end + 2 && x.end <= end + 2)) return undefined;
    // ("Kishida called the move unjust, and the government lodged a protest": his government.)
    const person = out.findLast((x) => x.kind === "person" && x.end <= start);
    return { start, end, text: body, actor: person?.actor ?? state, kind: "state" };
  });
}

/** The sentence's mentions with each "the country" read as the state the text named last, in text order. */
export function withCountryAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  state: string,
): Mention[] {
  return withPhraseMentions(text, mentions, THE_COUNTRY, (m, out) => {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (out.some((x) => x.start < end && start < x.end)) return undefined;
    return { start, end, text: m[0], actor: state, kind: "state" };
  });
}

/** "the North", "the South", on their own: not "the North Atlantic Treaty", "the South Caucasus". */
const THE_KOREA = /\b[Tt]he (North|South)\b(?![-–]|\s+\p{Lu})/gu;

/**
 * The sentence's mentions with "the North" read as North Korea and "the South" as South
 * Korea, as reports on the peninsula write them; called once the text has named North Korea
 * (`south`: and South Korea, without which "the South" is read as nothing).
 */
export function withKoreasNamed(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  south: boolean,
): Mention[] {
  return withPhraseMentions(text, mentions, THE_KOREA, (m, out) => {
    if (m[1] === "South" && !south) return undefined;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (out.some((x) => x.start < end && start < x.end)) return undefined;
    return { start, end, text: m[0], actor: m[1] === "North" ? "PRK" : "KOR", kind: "state" };
  });
}

/** "the two Koreas", "both Koreas", "the Koreas". */
const BOTH_KOREAS = /\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+Koreas\b/g;

/** The mentions, with "the two Koreas" read as South Korea and North Korea, on one span. */
export function withBothKoreas(text: string, offset: number, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  BOTH_KOREAS.lastIndex = 0;
  for (let m = BOTH_KOREAS.exec(text); m !== null; m = BOTH_KOREAS.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    for (const actor of ["KOR", "PRK"]) out.push({ start, end, text: m[0], actor, kind: "state" });
  }
  return out.length === mentions.length ? out : out.sort((a, b) => a.start - b.start);
}

/**
 * The mentions, with the one `read` makes of each match of the global expression `phrase`
 * (seeing those made before it), in text order.
 */
function withPhraseMentions(
  text: string,
  mentions: readonly Mention[],
  phrase: RegExp,
  read: (m: RegExpExecArray, out: readonly Mention[]) => Mention | undefined,
): Mention[] {
  const out = [...mentions];
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m !== null; m = phrase.exec(text)) {
    const found = read(m, out);
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Security forces opened fire on crowds", "riot police answered with beatings": a state's
 * forces, not named, turned on its own people ("Belarusian security forces", "Bakiyev's
 * police" name their state and are not this).
 */
const OWN_FORCES =
  /\b(?:[Tt]he\s+)?(?:[Ss]ecurity forces|[Rr]iot police|[Pp]olice and troops|[Pp]olice)(?=\s+(?:had\s+|have\s+|were\s+\w+\s+to\s+)?(?:opened fire|open fire|fired on|beat|shot|killed|answered with beatings|broke\s+(?:them|it)\s+up|dispersed)\b)/u;
/** The crowd OWN_FORCES act on, before them ("demonstrators filled a square and riot police broke them up") or after. */
const OWN_PEOPLE = new RegExp(String.raw`\b(?:${CROWD_NAMES}|crowds?|beatings)\b`, "i");

/**
 * A crowd that protests somewhere: "Tens of thousands of protesters gathered", "opposition
 * supporters rallied". (The place comes after it: see withCrowds.)
 */
/** The crowd's names alone (one of them is in any match of CROWD), tested first: CROWD's optional count before them is tried at every position. */
const CROWD_WORD = new RegExp(CROWD_NAMES, "i");
const CROWD = new RegExp(
  String.raw`\b(?:(?:tens of thousands|thousands|hundreds) of )?(?:${CROWD_NAMES})(?=\s+(?:had\s+|have\s+)?(?:${CROWD_VERBS}|protested)\b)`,
  "i",
);
/** "in Minsk", "in central Baku": the place a crowd was in. */
const IN_PLACE = /\bin\s+(?:central\s+|downtown\s+)?$/;

/**
 * The sentence's mentions with a crowd that protests (CROWD) read as the people of the state
 * whose place it protests in ("rallied in central Baku", "filled a square in Minsk"): a state
 * acting on itself, as the format has it. Unchanged when no such place is named.
 */
export function withCrowds(text: string, offset: number, mentions: readonly Mention[]): Mention[] {
  const m = CROWD.exec(text);
  if (!m) return [...mentions];
  const place = mentions.find(
    (x) =>
      x.kind === "state" &&
      x.start - offset > m.index + m[0].length &&
      x.start - offset - m.index <= 120 &&
      IN_PLACE.test(text.slice(m.index, x.start - offset)),
  );
  if (!place) return [...mentions];
  const start = offset + m.index;
  return [
    ...mentions,
    { start, end: start + m[0].length, text: m[0], actor: place.actor, kind: "state" as const },
  ].sort((a, b) => a.start - b.start);
}

/**
 * The sentence's mentions with a state's unnamed forces (OWN_FORCES) read as that state: the
 * state of a place named after them ("fired on crowds in Bishkek"), else the state the text
 * named last.
 */
export function withOwnForces(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  recentState: string | undefined,
): Mention[] {
  const m = OWN_FORCES.exec(text);
  // ("Belarusian security forces", "Bakiyev's police": named already.)
  if (!m || mentions.some((x) => /^(?:['’]s)?\s+$/.test(text.slice(x.end - offset, m.index))))
    return [...mentions];
  const place = mentions.find(
    (x) =>
      x.kind === "state" &&
      x.start - offset > m.index &&
      /\b(?:in|across|throughout)\s+$/.test(text.slice(0, x.start - offset)),
  );
  // ("Opposition supporters rallied in central Baku, and police beat them": where the crowd was.)
  const crowdPlace = mentions.find(
    (x) => x.kind === "state" && x.start - offset < m.index && IN_PLACE.test(text.slice(0, x.start - offset)),
  );
  const state = place?.actor ?? crowdPlace?.actor ?? recentState;
  if (state === undefined) return [...mentions];
  const start = offset + m.index;
  const out = [
    ...mentions,
    { start, end: start + m[0].length, text: m[0], actor: state, kind: "state" as const },
  ];
  return out.sort((a, b) => a.start - b.start);
}

const NO_ACTORS: ReadonlySet<string> = new Set();

/** The actors of a sentence's mentions (most sentences name none). */
function actorSet(mentions: readonly Mention[]): ReadonlySet<string> {
  return mentions.length === 0 ? NO_ACTORS : new Set(mentions.map((m) => m.actor));
}

/** A sentence as the patterns see it; its masked text and its parts' cues are found once, when first asked for. */
class View implements SentenceView {
  #masked: string | undefined;
  #partCues: number | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly mentions: readonly Mention[],
    readonly dates: SentenceView["dates"],
    readonly eventCues: number,
  ) {}

  get masked(): string {
    if (this.#masked === undefined) this.#masked = blankMentions(this);
    return this.#masked;
  }

  get partCues(): number {
    if (this.#partCues === undefined) this.#partCues = findPartCues(this.text);
    return this.#partCues;
  }
}

/**
 * Equal for claims with equal content whatever their key order. A claim a pattern finds
 * is flat (strings, numbers, null and lists of codes; no doc, span or confidence), so its
 * sorted fields joined by separators that never occur in them say what it is.
 */
function contentKey(claim: Claim): string {
  // (A meeting or an agreement has no direction: A with B is B with A.)
  if (claim.kind === "event" && MUTUAL_TYPES.has(claim.type) && claim.source > claim.target)
    return contentKey({ ...claim, source: claim.target, target: claim.source });
  const fields = claim as unknown as Record<string, unknown>;
  let key = "";
  for (const name of sortedInPlace(Object.keys(fields))) {
    const value = fields[name];
    if (value === undefined) continue;
    key += `${name}\u0001${typeof value}\u0001${Array.isArray(value) ? value.join("\u0002") : String(value)}\u0003`;
  }
  return key;
}

/** Event types with no direction (as the scorer and a reader take them). */
const MUTUAL_TYPES: ReadonlySet<string> = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/**
 * The names in code-unit order, as `sort()` gives them, sorted where they stand: a claim has
 * a dozen fields at most, and `sort` copies its array first (sorting the claims' field names
 * was 4% of all the reader allocated).
 */
function sortedInPlace(names: string[]): string[] {
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i - 1;
    for (; j >= 0 && (names[j] as string) > name; j--) names[j + 1] = names[j] as string;
    names[j + 1] = name;
  }
  return names;
}

const NO_RANGES: readonly (readonly [number, number])[] = [];

/** Where the sentence quotes something short (a name): [start, end) pairs. */
function quotedRanges(text: string): readonly (readonly [number, number])[] {
  if (!text.includes('"') && !text.includes("“")) return NO_RANGES;
  return [...text.matchAll(/[“"][^”"]{1,80}[”"]/g)].map((q) => [q.index, q.index + q[0].length] as const);
}

/**
 * Merges a claim that goes on from the sentence before into the last claim of its kind:
 * what the new sentence adds (a name, participants, troops) fills the old claim, whose
 * span grows to cover both sentences. False when there is nothing to merge into.
 */
function mergeIntoPrevious(out: ExtractedClaim[], claim: Claim, end: number): boolean {
  const i = out.findLastIndex((e) => e.claim.kind === claim.kind);
  const prev = out[i];
  if (prev?.claim.kind !== "exercise" || claim.kind !== "exercise") return false;
  const merged: Claim = {
    ...prev.claim,
    ...(claim.name && !prev.claim.name ? { name: claim.name } : {}),
    ...(claim.troops && !prev.claim.troops ? { troops: claim.troops } : {}),
    ...(claim.host && !prev.claim.host ? { host: claim.host } : {}),
    ...(claim.location && !prev.claim.location ? { location: claim.location } : {}),
    participants: [...new Set([...prev.claim.participants, ...claim.participants])],
  };
  out[i] = { claim: merged, span: [prev.span[0], end], confidence: prev.confidence };
  return true;
}

function unwrapDate(text: string): PartialDate | null {
  const r = parsePartialDate(text);
  return r.ok ? r.value : null;
}
