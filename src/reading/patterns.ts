import type { Claim, ClaimOf, EventType, MembershipChange } from "../domain/claim.js";
import { CueIndex, type CueWord } from "./cues.js";
import type { Mention } from "./gazetteer.js";
import { NUMBER_WORDS } from "./later-dates.js";

/**
 * Claim patterns: how English news reports state memberships, foundings, charter rules,
 * bases, exercises, agreements, forces and events. Each pattern is a trigger (a verb or
 * noun phrase) and a reading of the actors around it: the actor before the trigger acts,
 * the one after it is acted on. Patterns describe the language, not any one article.
 */

/** A date as a claim gives it. */
export interface ClaimDate {
  readonly date: string;
  readonly end?: string;
}

/** One sentence with what earlier stages found in it; offsets are the document's. */
export interface SentenceView {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** (`attributive`: a year that names the thing after it, "the 1992 treaty": see TimeMention.) */
  readonly dates: readonly (ClaimDate & { readonly start: number; readonly attributive?: boolean })[];
  /** The text with its mentions blanked (see maskMentions); the reader computes it once, when first asked. */
  readonly masked?: string;
  /**
   * Which event types' cue words the sentence holds (bit i for EVENT_VERBS[i]), when the
   * reader found them already. Names are not blanked for it: a cue is only a superset.
   */
  readonly eventCues?: number;
  /**
   * Which parts of the patterns (PART) the sentence holds cue words for, when the reader
   * found them already (see partCues).
   */
  readonly partCues?: number;
}

/** The sentence with every mention blanked out, so that no trigger fires inside a name ("Cooperation" in "Shanghai Cooperation Organization"). */
export function maskMentions(s: SentenceView): string {
  return s.masked ?? blankMentions(s);
}

/** Builds the masked text from pieces joined once: linear in the sentence however many names it holds. */
export function blankMentions(s: SentenceView): string {
  const pieces: string[] = [];
  let at = 0;
  let sorted = true;
  for (let i = 1; i < s.mentions.length; i++)
    if ((s.mentions[i]?.start ?? 0) < (s.mentions[i - 1]?.start ?? 0)) sorted = false;
  for (const m of sorted ? s.mentions : [...s.mentions].sort((x, y) => x.start - y.start)) {
    const a = m.start - s.start;
    const b = a + (m.end - m.start);
    if (b <= at || m.pronoun) continue; // inside a mention already masked, or a pronoun ("took him to")
    const from = Math.max(a, at);
    pieces.push(s.text.slice(at, from), " ".repeat(b - from));
    at = b;
  }
  pieces.push(s.text.slice(at));
  return pieces.join("");
}

/** What the reader knows beyond the sentence: the knowledge base and the document so far. */
export interface ReadingContext {
  /** Known base sites (lower-case) with their host and operator. */
  readonly sites: ReadonlyMap<
    string,
    { readonly host: string; readonly operator: string; readonly site: string }
  >;
  /** Founding dates of organizations: the knowledge base's, replaced by the document's own. */
  readonly founded: Map<string, string>;
  /** Organizations whose founding the document itself dated. */
  readonly foundedInText: Set<string>;
  /** The organization each grew out of, as the knowledge base knows it ("CSTO": "CST"). */
  readonly predecessors?: ReadonlyMap<string, string>;
  /** Whether the sentence before gave an exercise (a sentence may go on about it). */
  exerciseInPreviousSentence: boolean;
  /** The last date the text gave before this sentence: the time the narrative is at. */
  narrativeDate?: ClaimDate | null;
  /** Whether the sentence just before gave that date (a timeline entry's next sentence is at it). */
  narrativeFresh?: boolean;
  /** Whether the sentence is in a timeline's entry that opened with its date alone ("30 September 2022. Kyiv applied ..."). */
  datedEntry?: boolean;
  /** Whom each state or organization last sanctioned in the text: "the sanctions" it later extends or lifts are on them. */
  readonly sanctioned?: ReadonlyMap<string, string>;
  /** The members of an organization at a date, as the knowledge base knows them. */
  members?: (org: string, date: string) => readonly string[];
  /** The actors the sentence before named. */
  previousActors?: ReadonlySet<string>;
  /** The organization whose summit the sentence before told ("the CSTO summit opened"). */
  previousSummit?: string | undefined;
  /** Who met whom in the sentence before, if it told a meeting: what "both sides" are next. */
  previousMeeting?: readonly [string, string] | undefined;
  /**
   * The claims the sentence before told: who asked whom there (a refusal with no object next
   * answers one of them), who did what (an answer with no one named is aimed at the doer).
   */
  previousClaims?: readonly Claim[];
  /** The claims the patterns before this one told in this sentence ("A and B applied; C blocked both bids"). */
  sentenceClaims?: readonly Claim[];
  /** The two sides of the fighting the last few sentences told, while a ceasefire may still be theirs. */
  recentFight?: readonly [string, string] | undefined;
  /** The publication date, as precise as it is given. */
  published?: ClaimDate | null;
  /** The organization the text was last about (named, or "the bloc"), while it still is. */
  recentOrganization?: string | undefined;
  /** The organization the text names most often so far: what "became a member" joins when no other is near. */
  topicOrganization?: string | undefined;
  /** The two states the text is about, if it is about two (see topicPairOf): the parties of a treaty told with none. */
  topicPair?: readonly [string, string] | undefined;
  /** The state the text names most often so far (at least three times): where a visit with no place told went. */
  topicState?: string | undefined;
  /** How often the text has named each organization so far. */
  organizationCount?: ReadonlyMap<string, number>;
  /** How many sentences naming none lie between this one and the one that named `recentOrganization`. */
  recentOrganizationAge?: number;
  /** The last membership change the sentence before told ("B followed in 2024" repeats it). */
  previousMembership?: Claim | undefined;
  /** The bases the last few sentences told of ("the new base was aborted" is one of them). */
  recentBases?: readonly Claim[];
  /** The agreements the text has told of so far, in text order ("Seoul suspended the pact"). */
  agreementsTold?: readonly Claim[];
  /** The requests the last few sentences told ("Qatar rejects the list" answers them). */
  requestsTold?: readonly Claim[];
  /** How many sentences back the last agreement was told (1: the sentence before), if any was. */
  agreementAge?: number | undefined;
}

export interface Found {
  readonly claim: Claim;
  readonly confidence: number;
  /** The claim goes on with the same kind of claim from the sentence before, and is merged into it. */
  readonly continues?: boolean;
  /** The support starts in the sentence before (which names a party this one leaves out). */
  readonly fromPrevious?: boolean;
}

const isOrg = (m: Mention) => m.kind === "organization";

function local(s: SentenceView, m: { start: number }): number {
  return m.start - s.start;
}

/** A verb denied: "did not join", "has never attacked", "no longer supports" (not "not only joined"). */
const NEGATED = /\b(?:not(?!\s+only)|never|n['’]t|no longer)\s+(?:\w+\s+){0,2}$/i;
/** "did not hold a bilateral meeting", "pays no state visit": a meeting or visit that was not. */
const NO_DEED =
  /(?:\b(?:not|never|n['’]t)\s+(?:hold|have|pay|make)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}|\b(?:pays?|paid|makes?|made|holds?|held)\s+no\s+(?:[\w-]+\s+){0,2}|\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)? from|stopped short of)\s+(?:any\s+)?(?:[\w-]+\s+){0,2})$/i;
/**
 * "their first meeting since the invasion of Ukraine", "on the second anniversary of Russia's
 * invasion": a deed named to date another, not told.
 */
const SINCE_THE =
  /\bsince\s+(?:the|its|their|his|her|last\s+year['’]s)\s+(?:[\w-]+\s+){0,3}$|\banniversary\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\s*\S*['’]s\s+)?(?:[\w-]+\s+){0,3}$/i;
/** "since the invasion of Ukraine": the one named after it is the deed's, not the sentence's event's. */
const OF_A_DEED_SINCE =
  /\bsince\s+(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}(?:of|on|in|with|against|by)\s+(?:the\s+)?$/i;

/**
 * "the first call since", "their first meeting in person since", "its largest exercise since": a
 * date that says when the one before (or a larger one) was.
 */
const FIRST_SINCE_WORD = /\b(?:first|largest|biggest|worst|heaviest|deadliest|highest|lowest)\b/i;
const FIRST_SINCE = new RegExp(`${FIRST_SINCE_WORD.source}[^,.;:]{0,60}\\bsince\\s+$`, "i");

/** The sentence's date nearest after (or else before) a position, else the first. */
/** "until 2014", "by the end of 2012", "after 2014": a bound the text sets, not when something happened. */
const BOUND_BEFORE =
  /\b(?:until|till|by(?: the end of)?|after|before|(?:starting|beginning|effective|expiring)(?: in| on| from)?|years? from|(?:extend|prolong)\w*\s+(?:[^\s.;,]+\s+){0,8}?to)\s+(?:at\s+least\s+)?$/i;

/** "By 2002 ...": a bound opening the sentence. */
const BY_OPENING = /^\s*By\s+(?:the\s+end\s+of\s+)?$/;

/** "the 2014 expiry", "its 2044 deadline": a year that names a term's end, not when something happened. */
const BOUND_AFTER = /^\d{4}\s+(?:expiry|expiration|deadline|end date)\b/i;

/** A past participle's aside, up to a date: ", signed by Russia, Ukraine and Turkey in". */
const PARTICIPLE_ASIDE_AFTER =
  /,\s*(?:(?:first|originally|jointly|once)\s+)?(?:[a-z]+ed|built|signed|drawn|struck|won|made|set)\s+(?:up\s+)?(?:by|in|on|at|with|under|between)\b[^;]*$/;

/** An aside with a deed of its own: ", which they left", ", to which Yerevan had turned", ", a concession Dushanbe had sought". */
const ASIDE_AFTER =
  /,\s*(?:(?:to|of|in|from|with|for|by|under|through)\s+)?(?:which|who|whom|whose)\b|,\s*(?:an?|the)\s+(?:\w+\s+){0,2}(?:(?:that|which)\s+)?\p{Lu}[\p{L}-]*\s+(?:had|has|have)\b/u;

/** An object that is accords with someone, up to that one: "its defence accords with", "the agreements with". */
const ACCORDS_WITH =
  /^\s*(?:[^\s,;.]+\s+){0,5}?(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?|arrangements?)\s+with\s+(?:the\s+)?$/i;
/** A relative clause in the perfect, up to a date: "that had been in place since", "which has lasted since". */
const PERFECT_RELATIVE = /\b(?:that|which)\s+(?:had|has|have)\b[^,;.]*$/i;
/**
 * A relative clause with no "that", its own pronoun the doer, up to a date: "the war it
 * launched against Ukraine in", "the sanctions it had imposed on Eritrea in".
 */
const CONTACT_RELATIVE =
  /\b(?:the|its|their|other|an?)\s+(?:[\w-]+\s+){0,3}(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b[^,;.]*$/i;

/** An aside after a verb's object, up to a date: ", a format first tried in", ", his first trip since". */
const OBJECT_ASIDE = /,\s*(?:his|her|its|their|an?|the)\s[^,;]*$/i;
/** An aside that tells when the deed itself took effect: ", its withdrawal taking effect in". */
const TOOK_EFFECT = /\b(?:tak(?:ing|es)|took|taken)\s+effect\b|\beffective\b/i;

/** An aside that counts from the date before it: ", two days after he had hosted Xi", ", a week before the vote". */
const COUNTED_ASIDE = /^,\s*(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)\s+(?:after|before)\s/i;

/** The same count opening a clause after a colon: "November 2008: Less than three years after signing up, A suspends". */
const COUNTED_OPENING =
  /^:\s*(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)\s+(?:after|before)\s[^,;:]*$/i;

/** A deed promised, up to its verb: "pledged to ", "undertook to ", "promised to ". */
const PLEDGED_TO = /\b(?:pledged|promised|undertook|vowed|pledges|promises|undertakes|vows)\s+to\s+$/i;

/** A clause said to be still to come: "said the deployment would start", "that it will". */
const FUTURE_IN_PAST =
  /\b(?:said|says|announced|declared|promised|added|warned|stated|that)\s+(?:[\w-]+\s+){0,4}?(?:would|will)\s+(?!have\b)[a-z]+\b/;

/** Terms agreed, still to come: "under which the bases would be", "whereby troops are to". */
const TERMS_AHEAD =
  /\b(?:(?:under|by|through|in)\s+which|whereby)\b[^.;]*\b(?:would|will|(?:was|were|is|are)\s+to)\b/i;

/** An aside after a verb that opens on what a "since" measures: ", in force since ". */
const SINCE_ASIDE =
  /,\s*(?:in\s+(?:force|place|effect)|(?:which|that)\s[^,;.]{0,40}|(?:imposed|enforced|applied|running|standing)\b[^,;.]{0,20})\s+since\s+(?:early\s+|late\s+|mid-)?$/i;

function dateNear(
  s: SentenceView,
  at: number,
  options: {
    bounds?: boolean;
    notWithin?: readonly (readonly [number, number])[];
    /** The word is a verb: a relative clause after it dates its own deed. */
    ownClause?: boolean;
    /**
     * The word is an event's verb: an aside after it (", which they left in 2005", ", a
     * concession Dushanbe had sought since 2010") dates its own deed, whatever came before.
     */
    asideAfter?: boolean;
  } = {},
): ClaimDate | null {
  if (s.dates.length === 0) return null;
  const within = (d: { start: number }) =>
    options.notWithin?.some(([a, b]) => d.start - s.start >= a && d.start - s.start < b) ?? false;
  // "Turkey, a NATO member since 1952, backed Baku", "Uzbekistan, which joined in 2006,
  // expelled ...": a date inside an aside that closes before the word is the aside's.
  const inAside = (d: { start: number }) => {
    const i = d.start - s.start;
    if (i >= at) return false;
    // ("met in Moscow (India has been a member since 2017) and agreed": a clause in brackets
    // closed before the word; not a bare year in brackets, "Poland (1999) and Estonia (2004)".)
    const bracket = s.text.lastIndexOf("(", i);
    if (bracket >= 0 && s.text.lastIndexOf(")", i) < bracket) {
      const shut = s.text.indexOf(")", i);
      if (shut >= 0 && shut < at && /\s\S+\s\S+\s/.test(s.text.slice(bracket, shut))) return true;
    }
    const open = s.text.lastIndexOf(",", i);
    const close = s.text.indexOf(",", i);
    const colon = s.text.lastIndexOf(":", i);
    if (colon > open && close >= 0 && close < at && COUNTED_OPENING.test(s.text.slice(colon, close)))
      return true;
    return (
      open >= 0 &&
      close >= 0 &&
      close < at &&
      // ("Two years on, the script repeated itself: in September 2024 ...": a colon opens a clause.)
      !/[:;]/.test(s.text.slice(open, close)) &&
      (/^,\s*(?:an?|the|which|who|whose|his|her|its|their)\s/i.test(s.text.slice(open, open + 12)) ||
        // ("Greece, inside the union since 1981, backed Turkey": a state lasting from then.)
        /\bsince\s+(?:[^\s,;.]+\s+){0,2}$/i.test(s.text.slice(open, i)) ||
        // ("On 13 September, two days after he had hosted Xi, Putin watched": the count dates the aside.)
        COUNTED_ASIDE.test(s.text.slice(open, open + 40)))
    );
  };
  // "met on Tuesday to discuss the 1992 treaty": a year that names a thing dates that thing,
  // not a word outside its phrase ("the 2008 war" dates the war).
  // ("left the CIS after the 2008 war": a thing the time of the deed is told by, dates it.)
  const named = (d: { start: number; attributive?: boolean }) =>
    d.attributive === true &&
    !(at >= d.start - s.start && at - (d.start - s.start) <= 32) &&
    !/\b(?:after|since|before|following|during|until|amid|in)\s+(?:the|its|their|his|her)\s+$/i.test(
      s.text.slice(Math.max(0, d.start - s.start - 20), d.start - s.start),
    );
  const firstSince = s.text.includes("since") && FIRST_SINCE_WORD.test(s.text);
  const kept = (d: { start: number; attributive?: boolean }) =>
    !within(d) &&
    !named(d) &&
    !inAside(d) &&
    // ("in the first call between the two men since last summer": when the last one was; but
    // "his first trip since June 2019, when he and Putin signed ...": the when-clause's own date.)
    !(
      firstSince &&
      FIRST_SINCE.test(s.text.slice(Math.max(0, d.start - s.start - 80), d.start - s.start)) &&
      !(d.start - s.start < at && /^[^.;,]{0,20},\s+when\b/i.test(s.text.slice(d.start - s.start, at)))
    ) &&
    (options.bounds ||
      // ("By 2002 Tashkent had announced it was suspending ...": a bound that opens the sentence,
      // before a deed in the past perfect, is when the deed was done.)
      (BY_OPENING.test(s.text.slice(0, d.start - s.start)) &&
        d.start - s.start < at &&
        // (Not a habit: "By 2031 A had long skipped ...".)
        (/^[^;:]{0,60}?\bhad\s(?!(?:long|always|never|often|repeatedly|for\s+years)\b)/i.test(
          s.text.slice(d.start - s.start, at),
        ) ||
          // ("By August 2006 it was back inside the CSTO": so was its return.)
          /^[^;:]{0,60}?\b(?:was|were)\s+back\s+(?:in|inside|within)\b/i.test(
            s.text.slice(d.start - s.start, at + 12),
          ))) ||
      // "after September 2022, when A attacked B": the when-clause is at the date.
      /^[^.;,]{0,20},\s+when\b/i.test(s.text.slice(d.start - s.start, d.start - s.start + 40)) ||
      (!BOUND_BEFORE.test(s.text.slice(Math.max(0, d.start - s.start - 64), d.start - s.start)) &&
        !BOUND_AFTER.test(s.text.slice(d.start - s.start, d.start - s.start + 30))));
  // The last kept date before the word and the first kept one after it, each tested only when
  // its turn comes (the tests are pure: the same dates as filtering all of them first).
  const dates = s.dates;
  let before: (typeof dates)[number] | undefined;
  for (let i = dates.length - 1; i >= 0 && before === undefined; i--) {
    const d = dates[i] as (typeof dates)[number];
    if (d.start - s.start < at && kept(d)) before = d;
  }
  // A date after a semicolon or ", and" belongs to the next clause, when this one has a date
  // of its own ("In January A refused ..., and in September it held ...").
  // (So does one after "and" with a verb of its own: "started on Wednesday with an exchange of
  // fire and widened on Friday".)
  const breaks = (from: number, to: number) =>
    /;|,\s+(?:and|but)\s|\sand\s+(?:then\s+|later\s+|\w+ly\s+)?(?:(?!(?:armed|united|detailed|limited|based)\b)\w+ed|spread|grew|broke|fell|went|came|took|began|ran)\s/.test(
      s.text.slice(from, to),
    );
  let after: (typeof dates)[number] | undefined;
  for (let i = 0; i < dates.length && after === undefined; i++) {
    const d = dates[i] as (typeof dates)[number];
    if (
      d.start - s.start >= at &&
      // ("discussed plans for a second summit later this year": a time still to come when
      // written dates no deed done.)
      !stillToCome(s.text, d.start - s.start) &&
      // ("lifted its trade embargo, in force since 1997, in October 2017": what a "since" measures
      // is not when the deed was, when a date of its own follows.)
      !(
        options.asideAfter &&
        SINCE_ASIDE.test(s.text.slice(at, d.start - s.start)) &&
        dates
          .slice(i + 1)
          .some((e) => /^[^;.]*,[^;.,]*$/.test(s.text.slice(d.start - s.start, e.start - s.start)))
      ) &&
      // (For a verb, not even with no date before it: "A was granted observer status; B has
      // been one since 2018".)
      ((before === undefined && !options.ownClause) || !s.text.slice(at, d.start - s.start).includes(";")) &&
      // "... declared it had frozen its part, because the alliance had failed it in 2021": the
      // because-clause's date is its own.
      (before === undefined || !/\bbecause\b/i.test(s.text.slice(at, d.start - s.start))) &&
      // "... in 1999, preferring GUAM, which Uzbekistan had joined that April": for a verb, a
      // relative clause's date is its own (for a noun, "the base, whose lease was extended in
      // 2010", it may be the very one).
      (before === undefined ||
        !options.ownClause ||
        !/,\s*(?:which|who|whom|whose)\b/i.test(s.text.slice(at, d.start - s.start))) &&
      // ("was signed in the hilltop city that Azerbaijani forces captured in November": even with
      // no date before the verb, a relative clause with a verb of its own dates that verb.)
      !(options.ownClause && RELATIVE_DEED.test(s.text.slice(at, d.start - s.start))) &&
      !(options.asideAfter && ASIDE_AFTER.test(s.text.slice(at, d.start - s.start))) &&
      // ("On Monday 17 July Moscow declined to renew the initiative, signed by Russia, Ukraine and
      // Turkey in July 2022": a participle's aside after the object dates the object.)
      (before === undefined ||
        !options.asideAfter ||
        !PARTICIPLE_ASIDE_AFTER.test(s.text.slice(at, d.start - s.start))) &&
      // ("lifted restrictions on arms exports that had been in place since 2019": a relative
      // clause in the perfect dates its own state, not the deed of the verb before it.)
      !(options.asideAfter && PERFECT_RELATIVE.test(s.text.slice(at, d.start - s.start))) &&
      (before === undefined ||
        !options.asideAfter ||
        !CONTACT_RELATIVE.test(s.text.slice(at, d.start - s.start))) &&
      // "On 19 June Putin landed in Pyongyang, his first trip there since 2000": an aside's
      // "since" dates what it measures, when the sentence dated the deed before it. After a verb,
      // so does any aside that opens with an article ("On 19 September Biden met them in New
      // York, a format first tried in 2015"), unless it tells when the deed took effect.
      (before === undefined ||
        !(options.asideAfter
          ? OBJECT_ASIDE.test(s.text.slice(at, d.start - s.start)) &&
            !TOOK_EFFECT.test(s.text.slice(Math.max(at, d.start - s.start - 40), d.start - s.start))
          : /,\s*(?:his|her|its|their|an?|the)\s[^,;]*\bsince\s+(?:\w+\s+)?$/i.test(
              s.text.slice(at, d.start - s.start),
            ))) &&
      (before === undefined || !breaks(at, d.start - s.start) || breaks(before.start - s.start, at)) &&
      // ("On 10 September they met in Moscow at an SCO meeting (India has been a member since
      // 2017) and agreed": a date in brackets after the word is the brackets' own.)
      (before === undefined || !/\([^)]*$/.test(s.text.slice(at, d.start - s.start))) &&
      // ("on 30 May 2005 they signed a statement under which the bases would be vacated during
      // 2008": the terms' date is what was agreed, not when.)
      (before === undefined || !TERMS_AHEAD.test(s.text.slice(at, d.start - s.start))) &&
      // ("On 9 June, at a meeting with Lukashenko, Putin said the deployment would start on 7-8
      // July": a date told as still to come, after "would", is no date of the deed before it.)
      (before === undefined || !FUTURE_IN_PAST.test(s.text.slice(at, d.start - s.start))) &&
      // "recalled its envoy on Monday, two days after Peru expelled ...": a date counted back
      // to what follows is that deed's.
      !/^(?:[^\s,]+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+after\b/i.test(
        s.text.slice(d.start - s.start, d.start - s.start + 30),
      ) &&
      // "... a project it had left twelve years earlier": a date counted back belongs to a deed
      // told in passing, not to one the sentence dated before it.
      (before === undefined ||
        !/^(?!earlier\s+(?:today|this|that)\b)[\w\s]{0,25}\b(?:earlier|previously|before)\b/i.test(
          s.text.slice(d.start - s.start, d.start - s.start + 40),
        )) &&
      kept(d)
    )
      after = d;
  }
  // "eight in 2017, when India and Pakistan joined, to nine in 2023": a when-clause's verb is
  // at the date the clause hangs on, unless the clause gives its own ("in February 2020, when
  // air strikes killed 33 soldiers on 27 February").
  // ("Kyrgyzstan, which in 1998 became the first to join the WTO, was a founding member ...
  // in 2001": a date in the verb's own clause before it, where the one after is past a comma.)
  const d =
    (before !== undefined &&
    after !== undefined &&
    (WHEN_CLAUSE_UP_TO.test(s.text.slice(before.start - s.start, at)) ||
      (options.ownClause === true &&
        RELATIVE_OPEN.test(s.text.slice(Math.max(0, before.start - s.start - 40), before.start - s.start)) &&
        !/;|,\s+(?!\d)/.test(s.text.slice(before.start - s.start, at)))) &&
    /[,;]/.test(s.text.slice(at, after.start - s.start))
      ? before
      : after) ??
    before ??
    null;
  return d ? { date: d.date, ...(d.end ? { end: d.end } : {}) } : null;
}

/** A time still to come when the text was written: "later this year", "early next month". */
const STILL_TO_COME =
  /\b(?:later\s+this|(?:early|late|later)\s+next|next|in\s+the\s+coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter|weeks|months|days)\b/i;

/** Whether the date at `at` in `text` is told as still to come (STILL_TO_COME spans it). */
export function stillToCome(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  const m = STILL_TO_COME.exec(text.slice(from, at + 24));
  return m !== null && from + m.index <= at && from + m.index + m[0].length > at;
}

/** After a party refused: its demand ("the European Union's demand for", "Moscow's requests"). */
const DEMAND_AFTER = /^['’]s?\s+(?:[\w-]+\s+)?(?:demands?|requests?|calls?|appeals?|pleas?)\b/i;

/**
 * Between a verb and a date, a relative clause with a verb of its own that runs up to the
 * date: " in the city that Azerbaijani forces captured in ", " a rupture that few foresaw ".
 * (Not "that day", "that year": a time; not "the six states that launched the SCO in 2001":
 * those who did the deed; not "a departure that took effect in 2009": the deed in force.)
 */
const RELATIVE_DEED =
  /(?<!\b(?:states|countries|nations|members|founders|governments|leaders|ones|one|those)\s+)\b(?:that|which|where)\s+(?!(?:day|week|month|year|spring|summer|autumn|fall|winter|morning|evening|afternoon|night|time)\b)(?![^.;]*\b(?:took\s+(?:legal\s+|full\s+)?effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force)\b)(?:[\w'’-]+\s+){0,5}?(?:\w+ed|took|saw|foresaw|began|became|came|made|won|lost|left|held|fought|gave|struck|went|built|broke|fell|ran|drew)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:in|on|since|during|by|from)\s+)?(?:the\s+)?$/i;

/** A relative clause opened before a date: "Kyrgyzstan, which in ", "Yerevan, which announced in ". */
const RELATIVE_OPEN = /,\s*(?:which|who)\s+[^,;]*$/i;

/** From a date to a verb in the when-clause after it: "2017, when India and Pakistan ". */
const WHEN_CLAUSE_UP_TO = /^[^.;,]{0,24},\s+when\s+[^.;,]*$/i;

/** "both sides", "the two governments": the two who met, just told. */
const TWO_SIDES =
  /\b(?:the two|both)\s+(?:\w+\s+)?(?:sides|governments|countries|presidents|leaders|delegations|ministers|men|women|heads of state|capitals)\b/i;

/** After a state's adjective, people who do not act for it: "an exiled Uzbek dissident". */
const NOT_ITS_STATE =
  /^\s+(?:[\w-]+\s+)?(?:dissidents?|opposition|activists?|exiles?|refugees?|journalists?|bloggers?|businessm[ae]n|migrants?|workers|citizens|nationals|students|tourists|pilgrims|rebels?|militants?|fighters|insurgents?)\b/i;

/** "It was their first encounter since ...": a sentence naming no one, about the two who just met. */
const THEIR_FIRST_SINCE = /\btheir\s+first\b[^.;]{0,60}\bsince\b/i;

/** "They spoke again on Wednesday": the two who met in the sentence before meet again. */
const THEY_AGAIN = /^\s*They\s+(?:met|spoke|talked|conferred|held\s+talks)\s+again\b/;

/**
 * Whether a sentence naming no one may go on with the meeting the sentence before told ("The
 * two leaders met again and agreed", "They spoke again on Wednesday").
 */
export function meetingGoesOn(text: string): boolean {
  return (
    /\b(?:the two|both)\b/i.test(text) ||
    THEY_AGAIN.test(text) ||
    FURTHER_MEETINGS.test(text) ||
    // ("It was their first encounter since Bali in November 2022": when they met before.)
    THEIR_FIRST_SINCE.test(text)
  );
}

/** The two a meeting told just before joined: in this sentence's claims so far, else the sentence before. */
function meetingSides(found: readonly Found[], ctx: ReadingContext): readonly [string, string] | undefined {
  return (
    meetingOf(
      found.map((f) => f.claim),
      ctx,
    ) ?? ctx.previousMeeting
  );
}

/**
 * Who met in a sentence's claims: the first meeting's two sides, or, when several came to
 * one organization's meeting ("A and B were in Minsk for the CSTO summit"), the first two who
 * came (what "the two leaders" are next).
 */
export function meetingOf(
  claims: readonly Claim[],
  ctx: Pick<ReadingContext, "organizationCount">,
): readonly [string, string] | undefined {
  const met = claims.filter(
    (c): c is Extract<Claim, { kind: "event" }> => c.kind === "event" && c.type === "CONSULT",
  );
  const first = met[0];
  if (!first) return undefined;
  const second = met.find((c) => c.target === first.target && c.source !== first.source);
  return second && ctx.organizationCount?.has(first.target)
    ? [first.source, second.source]
    : [first.source, first.target];
}

/** The actors a phrase such as "the three countries" stands for: the mentions sharing its span. */
function phraseGroup(s: SentenceView, m: Mention): string[] {
  return uniqueActors(s.mentions.filter((x) => x.start === m.start && x.end === m.end));
}

/**
 * Every match of a global expression in `text`, found with exec from the start (what
 * matchAll gives, without the copy of the expression matchAll makes on each call).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression, not ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

function uniqueActors(ms: readonly Mention[]): string[] {
  return [...new Set(ms.map((m) => m.actor))];
}

// ---------------------------------------------------------------- parts' cues

/**
 * The parts of a pattern that look for words of their own: membershipClaims' triggers (one
 * per change, and "followed", "since", "admitted", "founding members") and ruleClaims'
 * rules. A sentence that cues a pattern holds the words of one or two of its parts, seldom
 * more: each part runs only where one of its cue words stands, as each pattern runs only
 * where its own cue does. One pass over the sentence's letters (cues.ts) then stands in
 * for a dozen expressions that would find nothing. (PART_TRIGGERS lists each part's
 * expressions, for the test that its cue is present wherever they match.)
 */
const PART = {
  suspend: 1 << 0,
  withdraw: 1 << 1,
  associate: 1 << 2,
  observer: 1 << 3,
  apply: 1 << 4,
  join: 1 << 5,
  sign: 1 << 6,
  followed: 1 << 7,
  since: 1 << 8,
  admit: 1 << 9,
  foundingMembers: 1 << 10,
  decision: 1 << 11,
  collectiveDefence: 1 << 12,
  exclusiveAlliance: 1 << 13,
  baseConsent: 1 << 14,
  basesProhibited: 1 << 15,
  neutrality: 1 << 16,
  joinInto: 1 << 17,
} as const;
type PartName = keyof typeof PART;

/** Each part's cue words: the words (or word starts) one of which every match of its expressions holds. */
const PART_CUE_WORDS: Readonly<Record<PartName, readonly CueWord[]>> = {
  suspend: ["suspen*", "froze", "frozen", "freeze", "freezes", "freezing", "stopped", "hold"],
  withdraw: [
    ...["renounc*"],
    ...["withdr*", "exit", "exits", "exited", "departure", "left", "quit", "quits", "pulled", "pulling"],
    ...[
      "walk",
      "walks",
      "walked",
      "renew*",
      "ceased",
      "leaves",
      "ended",
      "ending",
      "ends",
      "lapse",
      "lapsed",
    ],
    ...["extend", "prolong", "leave", "protocol", "protocols", "leaving", "quitting", "expelled"],
  ],
  associate: ["associate"],
  observer: ["observer*"],
  apply: ["appl*", "join", "request*", "seek", "seeks", "seeking", "sought"],
  join: [
    "join*",
    "regain*",
    // "added their signatures in 1993", "has belonged to X since", "helped found X"
    ...["signature", "signatures", "belonged", "belongs", "helped", "helps"],
    // "co-founded X", "one of the six states that launched X"
    ...["co", "cofounded", "founded", "launched", "created", "established"],
    "rejoin*",
    "acced*",
    "accession",
    "admission",
    "entry",
    "making",
    "admitted",
    "reinstated",
    "board",
    "signed",
    "became",
    "becomes",
    "become",
    "among",
    "returned",
    "return",
    "came",
    "entered",
    "enter",
    "enters",
    "readmitted",
    "join",
    "today",
    "tonight",
    // "Chile's membership of the SCO took effect on ..."
    "membership",
    // "took its seat as the tenth member"
    "seat",
  ],
  // "took Azerbaijan into the CIS", "is back in the CSTO"
  joinInto: ["took", "takes", "taking", "brought", "brings", "bringing", "back", "came"],
  sign: ["sign", "signed", "signs", "put"],
  followed: ["followed", "same", "likewise", "done", "did"],
  // ("a NATO member since 1952"; "a founding member of NATO in 1949")
  since: ["since", "founding"],
  admit: [
    "admitted",
    "accepted",
    "welcomed",
    "took",
    "takes",
    "taking",
    "brought",
    "admitting",
    "admit",
    "accession",
  ],
  foundingMembers: ["founding", "founded"],
  decision: ["qualified", "thirds", "majority", "unanim*", "consensus"],
  collectiveDefence: ["aggression", "attack", "collective", "come", "go"],
  exclusiveAlliance: [
    "not",
    "forbids",
    "forbade",
    "bars",
    "barred",
    "prohibits",
    "prohibited",
    "bans",
    "banned",
  ],
  baseConsent: ["consent", "approval", "agreement", "consensus"],
  basesProhibited: ["forbid*", "forbad*", "prohibit*", "bar*", "ban*", "rul*", "not", "foreign"],
  neutrality: [
    "neutral*",
    "aligned",
    "nonaligned",
    "bloc",
    "nonbloc",
    "forbid*",
    "rul*",
    "bar*",
    "prohibit*",
    "ban*",
    // ("undertakes not to join military blocs": the rarer word.)
    "alliance",
    "alliances",
    "blocs",
    "grouping",
    "groupings",
  ],
};

const PART_NAMES = Object.keys(PART) as PartName[];
const PART_CUES = new CueIndex(PART_NAMES.map((name) => PART_CUE_WORDS[name]));

/** The parts (PART bits) whose cue words `text` holds: what the reader finds once per sentence. */
export function findPartCues(text: string): number {
  return PART_CUES.present(text);
}

/** The parts the sentence holds cue words for. (Names are not blanked: a cue is only a superset.) */
function partCues(s: SentenceView): number {
  return s.partCues ?? PART_CUES.present(s.text);
}

// ---------------------------------------------------------------- memberships

// (In these expressions a lookbehind follows the word it guards, "admitted(?<=\b(?:was|were)\s+admitted)",
// never opens an alternative: one that opens an alternative keeps V8 from skipping to the
// letters an expression can start with, so it is tried at every position of every sentence.)
const MEMBERSHIP_TRIGGERS: {
  re: RegExp;
  change: "join" | "suspend" | "withdraw" | "observer" | "apply" | "associate";
  part: number;
}[] = [
  {
    re: /\bput (?:its|their)\s+(?:[\w-]+\s+)?(?:membership|participation) on hold\b|\bsuspen(?:d|ded|ds|ding|sion of)\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations|dialogue|meetings)\b)[^.;]{0,40}\b(?:membership|participation)\b|\bmembership\b[^.;]{0,20}\bsuspended\b|\bsuspended(?<=\b(?:was|were|been|is|are)\s+suspended)(?=\s+from\s)|\bfr(?:oze|ozen|eeze|eezes|eezing)\b[^.;]{0,30}\b(?:membership|participation)\b|\bstopped (?:taking part|participating)\b/gi,
    change: "suspend",
    part: PART.suspend,
  },
  {
    re: /\b(?:withdr[ae]w|withdrawn|expelled(?<=\b(?:was|were|been|is|are)\s+expelled)(?=\s+from\s)|renounc(?:ed|es|ing) (?:its|their) membership|withdrawing|withdrawal from|exit from|departure from|left|quit|exited|pulled out of|walk(?:s|ed)? out(?: of| again\b|(?=,?\s+(?:(?:formally|officially|finally|eventually)\s+)?(?:in|on)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)))|stop(?:ped)? renewing|not to renew|(?:refus(?:ed|al|es?)|declin(?:ed|es?))(?: in \d{4})? to (?:renew|extend|prolong)|(?:did not|didn['’]t|chose not to) (?:renew|extend|prolong)|(?:refus(?:ed|es?)|declin(?:ed|es?)|fail(?:ed|s)) to sign the (?:[\w-]+\s+)?protocol (?:extending|renewing|prolonging)|(?:refus(?:ed|es?)|declin(?:ed|es?)) to sign(?<=\bprotocols? (?:extending|renewing|prolonging)\b[^.;]{0,80}?(?:refus(?:ed|es?)|declin(?:ed|es?)) to sign)\b|leave(?<=\b(?:only|decided|voted|chose) to leave)|ceased to be (?:a )?(?:member|part)s?(?: of)?|end(?:ed|ing|s)? (?:its|their|\S+['’]s|\s+['’]s) (?:participation|membership)|let (?:its|their) membership (?:of|in) |membership\b[^.;]{0,60}\blapsed?\b|withdraws(?: from)?|quits|exits|(?:leaving|quitting|pulling out(?: of)?)(?<=\b(?:is|was|are|were)\s+(?:leaving|quitting|pulling out(?: of)?))|leaves(?!\s+(?:in doubt|open|unclear|unanswered|untouched|room|little|no|behind|intact)\b))\b/gi,
    change: "withdraw",
    part: PART.withdraw,
  },
  {
    // "downgraded its status to associate member", "became an associate member".
    re: /\bassociate (?:member(?:ship)?|status)\b/gi,
    change: "associate",
    part: PART.associate,
  },
  {
    re: /\bobserver status\b|\bstatus of (?:an )?observer\b|observer(?<=\b(?:an?|the)\s+(?:\S+\s+)?observer)(?:\s+(?:state|country|nation))? (?:since|from)\b|\bbec(?:a|o)mes? (?:an?|the|its|the\s+\S+['’]s|\s*['’]s) (?:first |new |\w+th )?(?:\s{3,})?observer\b|\bas an? observer\b|\bas observers\b|\bbec(?:a|o)me observers\b|\b(?:has|had) been an? observer\b|\b(?:upgraded|promoted|elevated|raised|moved up) (?:from [\w -]{1,30}? )?to (?:an )?observer\b|\b(?:was|were) made (?:an? |its )?observers?\b/gi,
    change: "observer",
    part: PART.observer,
  },
  {
    re: /\b(?:appl(?:ied|ies|ying)(?: [^,.;]{1,24}?)? (?:to join|for\s+(?:full\s+|accelerated\s+)?membership)|(?:formally |officially )?request(?:ed|s|ing) (?:full )?membership|applied(?=\s+(?:(?:(?:together|along)\s+with|alongside)\s+[^.;,]{1,40}?\s+)?(?:in|on|last|that|formally|officially)\s+(?:[A-Z]|\d|year|month|spring|summer|autumn|winter))|intention to join|bid to join|ask(?:ed|s|ing)\s+to\s+join|seek(?:s|ing)? to join|(?:seek(?:s|ing)?|sought)\s+(?:full\s+)?membership\b|(?:would|wanted to|wants to|hoped to|hopes to|intends to|intended to) join|will join(?=[^.;]{0,120},\s+(?:[^,.;]{0,60}\s)?(?:said|announced|declared)\b)|(?:submit(?:s|ted)?|file[sd]|lodge[sd]|hand(?:s|ed)?(?: in| over)?|deliver(?:s|ed)?) (?:an |its |their )?(?:formal |membership |accession )?applications?(?: (?:of their own|to join|for membership))?(?!\s+against\b)|application (?:to join|for (?:full |accelerated )?(?:[^\s.;]*\s+){0,2}membership)|membership\s+application(?<=\bwhose\s+membership\s+application)|application(?<=\bwhose\s+application)|decided to join)\b/gi,
    change: "apply",
    part: PART.apply,
  },
  {
    re: /\b(?:joined|joins|joining|rejoined|rejoins|regain(?:ed|s|ing)? (?:its |their )?(?:full )?membership|add(?:ed|s)\s+(?:its|their)\s+signatures?(?:\s+to)?|(?:has |have |had )?belong(?:ed|s)? to(?=\s[^.;]{0,60}\bsince\b)|help(?:ed|s)?\s+(?:to\s+)?(?:found|create|establish|set up|launch)\b|co-?found(?:ed|s|ing)?\b|readmitted (?:to|into)|reinstated (?:to|into|in)\b|(?:first|second|third|last|latest|\w+th)\s+(?:(?!(?:asked|applied|sought|tried|wanted|hoped|requested|offered|proposed|planned|bid|moved|decided|invited)\b)[\w-]+\s+){0,3}to (?:join|enter\b(?!\s+(?:into|office|force|service|talks|negotiations)\b))|join(?<=\b(?:agreed|chose)\s+(?:[^\s,.;]+\s+){0,3}to\s+join)|(?:entered|enters)(?!\s+(?:into|office|force|service|talks|negotiations|since|from|through|via|illegally|legally)\b)|(?:join|enter)(?<=\s{3}(?:join|enter))(?=\s{3}|\s+the\s{3})|acced(?:ed|es|e)(?: to)?|accession to|bec(?:a|o)mes?\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+to|complet(?:ed|es|ing) (?:its|their) accession\b|admitted (?:to|into|as)(?![^.;]{0,40}?\bas\s+(?:an?\s+|its\s+)?(?:first\s+|new\s+)?observers?\b)(?!\s+(?:an?\s+|its\s+)?(?:first\s+|new\s+)?observers?\b)|admitted(?<=\b(?:was|were)\s+admitted)(?!\s+(?:to|into|as|that)\b)|came on board|deposit(?:s|ed)? (?:its|their) instruments? of accession|ratif(?:y|ies|ied|ying) (?:its |their |the country['’]s |the\s+\S*['’]s )membership (?:of|in)|bec(?:a|o)mes? the \w+(?:st|nd|rd|th) ally|took (?:up )?(?:its|their) (?:full )?seats? as (?:an?|the|its) (?!non-)(?:[\w-]+ ){0,2}(?:member|member state)s?(?: of)?|signed up(?!\s+(?:(?:to|for)\s+)?(?:the\s+)?(?:\S+\s+){0,3}(?:agreements?|accords?|treat(?:y|ies)|deals?|programmes?|programs?|plans?|initiatives?|declarations?)\b)(?: to| for)?|bec(?:a|o)mes? (?:a |an |the \w+ |(?:its|their) (?:\w+ )?|the\s+\S*['’]s [\w-]+ |the \w+ [\w-]+ |one of the \w+ |\s*['’]s \w+ )?(?:new |full |founding |full-fledged |permanent )?(?:member|participant|participating state|member state)s?(?: of)?|bec(?:a|o)mes?\s+(?:a|an)\s+(?:new\s+|full\s+)?(?!(?:associate|observer|honorary|former|candidate|partner|key|leading|prominent|affiliate|dialogue|non-\w+)\s)(?:\S+|\s{2,})\s+(?:member|member state)\b(?!\s+of\b)|(?:membership|entry)(?=\s+(?:of|in|into|to)\s+[^.;]{1,40}?\b(?:took|takes|came|comes|became|becomes)\s+(?:effect|into\s+(?:effect|force)|effective)\b)|(?:was|were) (?:among|one of) the (?:(?:original|first|founding) (?:signatories|members|parties|states)|founders)(?: of| to)?|(?:was|were) (?:among|one of) the (?:\w+ )?(?:states|countries|nations|republics) (?:that|which|to) (?:founded|launched|created|set up|established|found|launch|create|set up|establish)|returned to|came back(?= (?:in|on|to)\b)|return(?<=['’]s\s+return)(?=\s+as\b)|join(?<=\b(?:that|which|who)\s+join)(?=\s+(?:the\s+)?\p{Lu})|\b(?:is|are)\s+(?:today|tonight|from today|as of today)\s+(?:an?\s+)?(?:new\s+|full\s+|full-fledged\s+)?members?(?: of)?|sign(?:ed|s|ing)?\s+(?:its|their)\s+(?:[\w-]+\s+)?accession\s+(?:protocol|treaty|agreement)s?)\b/giu,
    change: "join",
    part: PART.join,
  },
  // "took Azerbaijan into the CIS", "is back in the CSTO": its own part, its cue words being common.
  {
    re: /\b(?:(?:took|takes|taking|brought|brings|bringing)\s{3,}(?:back\s+)?into|back(?<=\b(?:is|was|are|were)\s+back)\s+(?:in|inside|within)(?=\s+(?:the\s+)?(?:\s*-led\s+)?\s{3}))\b/gi,
    change: "join",
    part: PART.joinInto,
  },
  // "Brunei came in in 1984": a state that came in, with the date right after, joined.
  {
    re: /(?<=\s{3})came\s+in(?=,?\s+(?:in|on)\s+(?:\d{4}|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\s+the\s+(?:next|following|same)\s+(?:day|week|month|year)\b|\s+that\s+(?:day|week|month|year|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b)/gi,
    change: "join",
    part: PART.joinInto,
  },
  // "Karimov took Uzbekistan out of the CSTO": the state taken out leaves.
  {
    re: /\b(?:took|takes|taking)\s{3,}out\s+of\b/gi,
    change: "withdraw",
    part: PART.joinInto,
  },
  // "A, B and C signed the Collective Security Treaty": a state that signs a treaty the
  // knowledge base knows as an organization becomes its party (see SIGNED_TREATY).
  // (A timeline's present tense too: "1992 - A, B and C sign the Collective Security Treaty".)
  // ("put its name to the Collective Security Treaty": signed it.)
  {
    re: /\bsign(?:ed|s)?\b|\bput (?:its|their) (?:names?|signatures?) to\b/gi,
    change: "join",
    part: PART.sign,
  },
];

/**
 * ", a member since ", " has been a member since ": since when a state named before it is a
 * member (of an organization the sentence does not name after it).
 */
const MEMBER_SINCE_APPOSED =
  /^(?:,\s+(?:an?|the)\s+|\s+(?:has|have)\s+been\s+(?:an?\s+)?|\s+(?:is|are)\s+(?:an?\s+)?)(?:full\s+)?member\s+since\s+/i;

/** A sentence that opens a short while after the one before: "Within days", "Weeks later", "Soon after". */
const SOON_AFTER =
  /^\s*(?:within\s+(?:days|weeks|hours|a\s+(?:week|fortnight|few\s+days))|(?:days|weeks|hours)\s+later|soon\s+after(?:wards)?|shortly\s+after(?:wards)?)\b/i;

/**
 * "In August 2024 Putin visited Baku. Within days Azerbaijan had applied": the month of the
 * date the sentence before gave (a few days on may be in the next month, rarely).
 */
function soonAfter(s: SentenceView, ctx: ReadingContext): ClaimDate | null {
  if (!ctx.narrativeFresh || !ctx.narrativeDate || !SOON_AFTER.test(s.text)) return null;
  return { date: ctx.narrativeDate.date.slice(0, 7) };
}

/** An organization named in apposition to its forerunner: " the bloc's forerunner, the ". */
const FORERUNNER_NAMED =
  /^\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}(?:forerunner|predecessor),\s+(?:the\s+)?$/i;

/** A membership change told in the present: "applies to join", "quits", "is back in". */
const PRESENT_CHANGE =
  /^(?:applies|joins|rejoins|quits|leaves|withdraws|suspends|freezes|exits|becomes|accedes|signs|(?:is|are)\b)/i;

/** The organization of the membership change the sentence told last ("A joined X in May, and B in June"). */
function sameSentence(out: readonly Found[]): string | undefined {
  const last = out.findLast((f) => f.claim.kind === "membership")?.claim;
  return last?.kind === "membership" ? last.org : undefined;
}

/**
 * The organization a membership change with no object changes: the one the text is about.
 * That is the one it named last, if named in the sentence before or more than once;
 * else the one it names most (one named once in passing, some sentences back, is not it).
 */
function impliedOrganization(ctx: ReadingContext): string | null {
  const recent = ctx.recentOrganization;
  const topic = ctx.topicOrganization;
  if (recent === undefined || topic === undefined || recent === topic) return recent ?? topic ?? null;
  return (ctx.recentOrganizationAge ?? 0) === 0 || (ctx.organizationCount?.get(recent) ?? 0) >= 2
    ? recent
    : topic;
}

/** The organization the text is about (see impliedOrganization), if the sentence names no other. */
function impliedOnly(s: SentenceView, ctx: ReadingContext): string | null {
  const implied = impliedOrganization(ctx);
  return s.mentions.every((x) => !isOrg(x) || x.actor === implied) ? implied : null;
}

/** A treaty's own name ("the Collective Security Treaty"), not an organization built on one. */
const SIGNED_TREATY = /\bTreaty\b(?!\s+Organi[sz]ation)/;

/**
 * Where an introductory clause with a verb of its own ends: "When the EU refused to ..., ",
 * "In January 2024, after Kenya's Ruto received him in Nairobi, ".
 */
const INTRODUCTORY_END =
  /^\s*(?:(?:In|On|By|Early|Late|Then)\b[^,;]{1,30},\s*)?(?:[Ww]hen|[Aa]fter|[Aa]lthough|[Bb]ecause|[Ww]hile|[Oo]nce|[Tt]hough|[Aa]s soon as)\b[^,;]{1,160}?\b(?:\w+ed|\w{3,}es|did|was|were|had|refused|began|took|won|lost|left|broke|sent|said|struck|fought|met|held|gave|made|came|went|fell|hit|shot|swept|froze|led|spoke|paid|told|chose|drew|ran|stood|threw|cut|put)\b[^,;]{0,80},\s(?=[^,;]{0,40}\b\w)/;

/** After an organization in an opening clause, its members meeting: "CSTO leaders gathered in Yerevan". */
const GATHERED_AFTER =
  /^\s+(?:leaders|heads of state|members|ministers|presidents|delegates|states)\s+(?:gathered|met|convened|assembled)\b/i;

/** A sentence opening with a clause of its own up to a comma: "After the alliance ignored ..., ". */
const INTRODUCTORY_CLAUSE =
  /^\s*(?:After|When|Although|Because|While|Since|As|Before|Once|If|Though|Despite|Following|Unlike)\b[^;]*,\s*(?:the\s+)?$/;

/** Nothing after the verb but when or how: "Kyrgyzstan joined in 2015", "became full members." */
const NO_OBJECT =
  /^["”’]?\s*(?:$|[,.;:)]|them\s*:|it\s+(?:in|on)\b|(?:an? |the )?(?:full |new |\w+th |fifth |first |second |third )?members?\b(?!\s+of\b)|only|first|eventually|finally|again|the (?:following|next|same|previous) (?:year|month|spring|summer|autumn|winter)\b|(?:last|this) (?:year|month|week|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:\w+ )?(?:years?|months?|weeks?|days?) later\b|(?:in|on|at|as|later|too|also|formally|officially|together|alongside|jointly|simultaneously|itself|that|this|then|soon|after|before|since|under|during|amid)\b|(?:late|early|belatedly|shortly|quickly)\s+(?:in|on|that|the next|the following)\b|back\s+(?:in|on)\b|dat(?:ed|es|ing) (?:from|back)\b)/i;

/**
 * The same change for states listed after the first, each with its own date and the verb
 * left out: ", B on 9 December and C on 31 December".
 */
function gapped(s: SentenceView, from: number, org: string, change: MembershipChange): Found[] {
  const out: Found[] = [];
  let anchor = s.dates.find((d) => d.start - s.start >= from);
  while (anchor) {
    const at = anchor.start - s.start;
    const states = s.mentions.filter((x) => x.kind === "state");
    const state = states.find((x) => local(s, x) > at);
    if (!state || !/^[\w ]{1,25}?(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(s.text.slice(at, local(s, state))))
      break;
    // ("..., B and C in December 2020": the states listed before their date.)
    const group = coordinated(s, states, state, 1);
    const last = group[group.length - 1] ?? state;
    const afterState = local(s, last) + last.text.length;
    const next = s.dates.find((d) => d.start - s.start > afterState);
    // ("... and B last year": a relative date right after the state.)
    if (!next || !/^\s+(?:(?:in|on)\s+)?$/.test(s.text.slice(afterState, next.start - s.start))) break;
    for (const member of uniqueActors(group))
      if (member !== org)
        out.push({
          claim: { kind: "membership", state: member, org, change, date: next.date },
          confidence: 0.6,
        });
    anchor = next;
  }
  return out;
}

/**
 * "joined NATO in March 2004 and the EU on 1 May": a second organization, with its own date,
 * after the first one's date and "and".
 */
function gappedOrganization(s: SentenceView, first: Mention): { org: string; date: string } | undefined {
  const from = local(s, first) + first.text.length;
  const own = s.dates.find(
    (d) => d.start - s.start >= from && /^\s+(?:in|on)\s+$/.test(s.text.slice(from, d.start - s.start)),
  );
  if (!own) return undefined;
  // The date's words, then "and (the)" right before the second organization.
  const second = s.mentions.find(
    (x) =>
      isOrg(x) &&
      local(s, x) > own.start - s.start &&
      /^[\w ,]{1,25}?\s+and\s+(?:the\s+)?$/.test(s.text.slice(own.start - s.start, local(s, x))),
  );
  if (!second || second.actor === first.actor) return undefined;
  const secondEnd = local(s, second) + second.text.length;
  const date = s.dates.find(
    (d) =>
      d.start - s.start >= secondEnd && /^\s+(?:in|on)\s+$/.test(s.text.slice(secondEnd, d.start - s.start)),
  );
  return date ? { org: second.actor, date: date.date } : undefined;
}

/**
 * The states listed after a colon or dash that closes the clause of a verb ("joined them:
 * A, B and C"), within a short reach of the verb.
 */
function listedAfter(s: SentenceView, from: number): string[] {
  const colon = /^[^.;:–—]{0,80}?(?::|\s[–—-]\s)\s*(?:the\s+)?/.exec(s.text.slice(from));
  if (!colon) return [];
  const at = from + colon[0].length;
  const first = s.mentions.find((x) => local(s, x) === at && x.kind === "state");
  if (!first) return [];
  const states = s.mentions.filter((x) => x.kind === "state");
  return uniqueActors(coordinated(s, states, first, 1));
}

const FOUNDING_MEMBERS = /\bfound(?:ing|ed)\b[^.]{0,80}\bmember states?\b|\bfounding members?\b/i;

/**
 * Before a change: said to be possible, wanted or refused, not made ("might seek", "declined
 * to sign"). Lower case only: "In May 2005 and joined" is a month.
 */
/** "NATO's Partnership for Peace programme", "the EU's Eastern Partnership": an organization's programme. */
const ORG_PROGRAMME = /^['’]s\s+(?:[\w-]+\s+){0,4}(?:programmes?|programs?|partnerships?|initiatives?)\b/i;
const MAY_YET =
  /\b(?:might|may|could|would|should|will|if|unless|(?:is|are|was|were) (?:expected|likely|set|due) to|(?:plans?|planned|hopes?|hoped|wants?|wanted|intends?|intended) to|(?:refus|declin)\w*\s+to|seek(?:s|ing)?|sought)\s+(?:\w+\s+){0,2}$/;
/** A refusal up to what was refused: "has turned down suggestions that it ", "ruled out plans to ". */
const REFUSED_BEFORE =
  /\b(?:turned down|rejected|ruled out|refused|declined|dismissed|resisted|brushed aside)\b[^.;,]{0,40}$/i;

/**
 * A decision to leave told as announced: "announced that Georgia would ", "told a rally that
 * it would " (not "said it might", nor a plan: see MAY_YET).
 */
const ANNOUNCED_WOULD =
  /\b(?:announced|declared|said|confirmed|decided|(?:told|informed|notified)\s+[^.;]{1,60}?)\s+that\s+(?:[^.;,]{1,60}?\s)?would\s+$/i;
/** An invitation up to what it invites to: "invited Finland and Sweden to ". */
const INVITED_TO = /\binvit(?:e|es|ed|ing)\s+(?:[^.;]{1,60}?\s)?to\s+$/i;
/**
 * A clause "once" or "if" opens, then the main clause's subject: "Once A deposits its papers,
 * it " (not "After Turkey ratifies, Finland becomes", a timeline's present).
 */
const ONCE_THEN = /^\W*(?:Once|If|As soon as)\b[^;]*,\s*[^,;]*$/;

/** Between a state opening its sentence and a bare "left": nothing, or an apposition (", under Lacalle Pou,"). */
const STATE_THEN_LEFT = /^\s*(?:,[^,.;]{1,40},)?\s*$/;

/** A sentence that tells of troops: a withdrawal with no object in it is theirs. */
const TROOPS_TOLD = /\b(?:troops|forces|soldiers|presence|contingents?|personnel|garrisons?)\b/i;

/** A change demanded of a state named (masked) right before it: "demanded that       withdraw", "called on       to leave". */
const DEMANDED_OF = /\b(?:demand|urg|call)(?:ed|es|s|ing)?(?:\s+on)?(?:\s+that)?\s{3,}(?:to\s+)?$/i;
const FOLLOWED =
  /\b(?:followed(?: suit)?|did (?:the )?same|did likewise|(?:had |has )?done so|did so|(?:was|were) (?:granted|given) the same status)\b/gi;
// ("welcomed Kazakhstan's decision": a state's deed welcomed, no admission.)
/** Before an organization, a founder told in apposition: "a founding member of the ". */
const FOUNDING_MEMBER_OF = /\b(?:an?|the|one of the)\s+founding\s+members?\s+of\s+(?:the\s+)?$/i;
/** A sentence that opens with the date a state has been a member from: "Since 2 January 2015 ". */
const SINCE_OPENING = /^\W*since\s+/i;
/** Between the state and the organization: " has been a full member of the ". */
const MEMBER_SINCE_BETWEEN =
  /^\s+(?:has|have)\s+been\s+(?:an?\s+)?(?:full\s+|founding\s+|full-fledged\s+)?member(?:\s+state)?s?\s+of\s+(?:the\s+)?$/i;

const ADMIT =
  /\b(?:admitted|accepted|welcomed|took in|tak(?:es|ing) in|brought in)\b(?!\s+(?:that|the (?:proposal|offer|plan))|\s*['’]s\s)/gi;

/** A joining put off to a date: "did not join the CIS until ", "stayed outside the CIS until ". */
const JOINED_ONLY_UNTIL =
  /\b(?:(?:did|would)\s+not|didn['’]t|wouldn['’]t)\s+(?:formally\s+|actually\s+)?join\b[^.;]{1,60}?\buntil\s+|\bst(?:ayed|ays)\s+out(?:side)?(?:\s+of)?\b[^.;]{1,60}?\buntil\s+/i;

/** A count of states that joined, listed after a colon: "Eight joined the three founders that day:". */
const COUNTED_JOINED =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?:more|other|new|further)\s+)?(?:(?:former\s+Soviet\s+)?(?:states|countries|republics|nations)\s+)?(?:joined|signed\s+up|acceded|came\s+in)\b[^:;.]{0,80}:/i;

/** "launched the procedure for admitting", "began the process to admit": an admission begun. */
const ADMISSION_PROCEDURE =
  /\b(?:launch(?:ed|es|ing)?|start(?:ed|s|ing)?|beg[au]n|begins|open(?:ed|s|ing)?|initiat(?:ed|es|ing))\s+(?:the\s+|a\s+)?(?:formal\s+)?(?:(?:procedure|process)\s+(?:for\s+admitting|to\s+admit|of\s+admitting)|(?:accession|admission)(?:\s+(?:procedure|process))?\s+(?:of|for))\b/i;

/** "... as founding members", "as full members": the list before it joined. */
const AS_MEMBERS = /^\s+as\s+(?:its\s+)?(?:founding\s+|full\s+|new\s+)?members\b/i;
/** "... as observers": the list before it became observers. */
const AS_OBSERVERS = /^\s+as\s+(?:its\s+)?(?:first\s+|new\s+)?observers?\b/i;

/** "joined Georgia, Ukraine and Moldova in GUAM": the organization after the states joined in it. */
function joinedThemIn(s: SentenceView, first: Mention): Mention | undefined {
  const states = s.mentions.filter((x) => x.kind === "state" && x.start >= first.start);
  const listed = coordinated(s, states, first, 1);
  const last = listed[listed.length - 1] ?? first;
  const end = local(s, last) + last.text.length;
  const org = s.mentions.find((x) => isOrg(x) && local(s, x) >= end);
  // ("joined A and B in founding the EAEC": in the founding of it.)
  return org &&
    /^\s+in\s+(?:(?:founding|setting up|creating|forming|launching)\s+)?(?:the\s+)?$/i.test(
      s.text.slice(end, local(s, org)),
    )
    ? org
    : undefined;
}

/** An aside after a name: ", which still hosts ...,", ", a neighbour of Russia,". */
const CLOSED_ASIDE = /,\s*(?:which|who|whose|an?|the|itself|once|long)\s[^,;()]*,/gi;

/** Whether `at` lies inside an aside that opens right after a name and closes before `until`. */
function inClosedAside(s: SentenceView, at: number, until: number): boolean {
  CLOSED_ASIDE.lastIndex = 0;
  for (let m = CLOSED_ASIDE.exec(s.text); m !== null && m.index < at; m = CLOSED_ASIDE.exec(s.text)) {
    const end = m.index + m[0].length;
    if (at < end && end <= until && s.mentions.some((x) => local(s, x) + x.text.length === m.index))
      return true;
  }
  return false;
}

/** A body's verb of suspension, expulsion or readmission, right before the state it is done to. */
const BODY_VERB =
  /\b(?:(suspend|expell?|readmitt?|reinstat)(?:ed|s|es)|(?:voted|decided|agreed)\s+to\s+(suspend|expel|readmit|reinstat)e?)\s+$/i;
/** The members of a body that acts for it, before its verb: "Arab foreign ministers meeting in Cairo". */
const MEMBERS_ACTING = /\b(?:ministers|leaders|members|heads of (?:state|government)|delegates|summit)\b/i;
const BODY_CHANGE = { suspend: "suspend", expel: "withdraw", readmit: "join", reinstat: "join" } as const;

/**
 * The states an organization suspends, expels or readmits: named right after its verb ("the
 * African Union on Tuesday suspended Niger", "ECOWAS suspended Mali and Guinea from its
 * bodies", "the Council of Europe expelled Russia"), with the organization its subject: named
 * before the verb, in the same clause, with no state between. ("suspended Niger's membership"
 * is read with the memberships ended: see membershipClaims.)
 */
function bodyActsOnStates(s: SentenceView, ctx: ReadingContext): Found[] {
  const states = s.mentions.filter((x) => x.kind === "state");
  const before = (x: Mention) => s.text.slice(Math.max(0, local(s, x) - 24), local(s, x));
  const first = states.find(
    (x) => BODY_VERB.test(before(x)) && !/^['’]s?\b/.test(s.text.slice(local(s, x) + x.text.length)),
  );
  if (first === undefined) return [];
  const verb = BODY_VERB.exec(before(first));
  const stem = (verb?.[1] ?? verb?.[2] ?? "").toLowerCase().replace(/(?:ll|tt)$/, (d) => d.slice(1));
  const change = BODY_CHANGE[stem as keyof typeof BODY_CHANGE];
  const at = local(s, first) - (verb?.[0].length ?? 0);
  // (Not a place: "ministers meeting in Cairo voted".)
  const subject = s.mentions.findLast((x) => local(s, x) < at && !(x.kind === "state" && isPlace(s, x)));
  // ("Arab foreign ministers meeting in Cairo voted to readmit Syria": the body the text is
  // about, whose members voted.)
  const org =
    subject === undefined && verb?.[2] !== undefined && MEMBERS_ACTING.test(s.text.slice(0, at))
      ? impliedOrganization(ctx)
      : subject !== undefined &&
          isOrg(subject) &&
          /^[^.;]{0,80}$/.test(s.text.slice(local(s, subject) + subject.text.length, at))
        ? subject.actor
        : null;
  if (change === undefined || org === null) return [];
  const date = dateNear(s, at) ?? ctx.narrativeDate ?? null;
  if (date === null) return [];
  return uniqueActors(coordinated(s, states, first, 1))
    .filter((state) => state !== org)
    .map((state) => ({
      claim: { kind: "membership", state, org, change, ...date },
      confidence: 0.6,
    }));
}

/** After "joins": people or a gathering joined, not a body ("allied leaders at the summit"). */
const JOINED_PEOPLE =
  /^\s+(?:the\s+|his\s+|her\s+|their\s+|other\s+)?(?:[\w-]+\s+){0,2}(?:leaders|ministers|heads\s+of|counterparts|colleagues|presidents|prime\s+ministers|delegations|officials|talks|celebrations|protesters|demonstrators|sanctions|measures|restrictions|embargo|boycott|statement|declaration|appeal|calls?)\b/i;

export function membershipClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  const text = maskMentions(s);
  const cued = partCues(s);
  for (const { re, change, part } of MEMBERSHIP_TRIGGERS) {
    if ((cued & part) === 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index;
      const endOfTrigger = at + m[0].length;
      // "did not join", "never left": no change; "to prepare for joining": not yet; "might seek
      // observer status", "declined to sign": none yet either (an application says its own).
      if (NEGATED.test(text.slice(Math.max(0, at - 30), at))) continue;
      // ("has turned down suggestions that it seek full membership": no application.)
      if (change === "apply" && REFUSED_BEFORE.test(text.slice(Math.max(0, at - 60), at))) continue;
      // ("Saakashvili announced that Georgia would quit the CIS": a leaving told as decided.)
      if (
        change !== "apply" &&
        MAY_YET.test(text.slice(Math.max(0, at - 40), at)) &&
        !(
          change === "withdraw" &&
          ANNOUNCED_WOULD.test(text.slice(Math.max(0, at - 140), at)) &&
          !/\b(?:if|unless)\b/i.test(s.text.slice(endOfTrigger, endOfTrigger + 80))
        )
      )
        continue;
      // ("the EU demanded that Chile withdraw", "called on Chile to leave": asked of it, not done;
      // "Uzbekistan ..., demanding that its membership be suspended" is its own step.)
      if (DEMANDED_OF.test(text.slice(Math.max(0, at - 60), at))) continue;
      // ("demanded that Eritrean forces withdraw": troops leaving a place, not a state a body.)
      if (
        change === "withdraw" &&
        /\b(?:forces|troops|soldiers|units|contingents?|personnel|peacekeepers|army|armies)\s+(?:(?:would|must|should|will|to|had|have|has|be|were|was|are|is|begin|began|start|started)\s+){0,2}$/i.test(
          text.slice(Math.max(0, at - 40), at),
        )
      )
        continue;
      // ("Russia had no problems with Finland before it joined NATO": a change that only marks
      // when something else was, dated by nothing of its own.)
      if (
        /\b(?:before|after|until)\s+(?:(?:it|they)\s+|\s{3,})(?:had\s+)?$/i.test(
          text.slice(Math.max(0, at - 24), at),
        ) &&
        !s.dates.some((d) => d.start - s.start > at && d.start - s.start - at < 60)
      )
        continue;
      // ("NATO invited Finland and Sweden to become members": an offer, not the joining.)
      if (change === "join" && INVITED_TO.test(text.slice(Math.max(0, at - 80), at))) continue;
      // ("Once Stockholm deposits its papers, it becomes the 32nd member": a change still to come.)
      if (/^(?:becomes|joins|enters)\b/i.test(m[0]) && ONCE_THEN.test(text.slice(0, at))) continue;
      // "pulled out of the CIS Inter-Parliamentary Assembly": a body of the organization, not it.
      if (BODY_OF_ORGANIZATION.test(s.text.slice(endOfTrigger, endOfTrigger + 80))) continue;
      // ("Markovic joins allied leaders at the Brussels summit": people joined, no body; nor
      // "joined EU sanctions on Russia": measures taken up.)
      if (change === "join" && JOINED_PEOPLE.test(s.text.slice(endOfTrigger, endOfTrigger + 60))) continue;
      // "approved Finland's accession to NATO": a step towards it, not the joining.
      if (/^accession/i.test(m[0]) && STEP_TOWARDS.test(text.slice(Math.max(0, at - 40), at))) continue;
      // "a bloc it once joined": a change told as the past of something else, with no date of its own.
      if (/\bonce\s+$/i.test(text.slice(Math.max(0, at - 6), at))) continue;
      // "ruled out joining", "rather than joining": no joining.
      if (
        /\b(?:ruled out|rejected|against|avoid(?:ed|ing)?|instead of|rather than)\s+$/i.test(
          text.slice(Math.max(0, at - 16), at),
        )
      )
        continue;
      // "froze its participation in 2002, three years after joining": the joining is dated apart.
      if (/\b(?:after|before|since)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && /ing$/i.test(m[0]))
        continue;
      if (
        /\b(?:for|before|ahead of|towards?|about|on|of)\s+$/i.test(text.slice(Math.max(0, at - 12), at)) &&
        /ing$/i.test(m[0].split(/\s/)[0] ?? "")
      )
        continue;
      // "has been left in limbo", "was left out": a state left somewhere, not leaving.
      // ("Georgia was leaving the CIS": going, told as it went.)
      if (
        change === "withdraw" &&
        !/^(?:leaving|quitting|pulling out(?: of)?|expelled)$/i.test(m[0]) &&
        /\b(?:been|was|were|is|are|be|being)\s+$/i.test(text.slice(Math.max(0, at - 12), at))
      )
        continue;
      // The organization follows the trigger closely ("joined the CSTO", "withdrew from
      // GUAM"); a suspension may name it first ("its CSTO membership was suspended").
      // The first name after the verb: "withdrawal from Afghanistan" leaves no organization.
      // ("joined the Russian-led customs union": not the state that leads it.)
      const next = s.mentions.find(
        (x) => local(s, x) >= endOfTrigger && !/^-led\b/.test(s.text.slice(local(s, x) + x.text.length)),
      );
      // ("applied for NATO membership": the organization may stand inside the trigger.)
      const inside = s.mentions.find((x) => isOrg(x) && local(s, x) > at && local(s, x) < endOfTrigger);
      // ("declined to extend it, preferring GUAM": "it" is the organization the text is about.)
      // (Only after a verb said of organizations: "pulled out of it" is as often an exercise.)
      const pronounObject =
        /(?:renew|extend|prolong|join|leave|quit)\w*$/i.test(m[0]) &&
        /^\s+(?:it|them)\b(?!\s+(?:in|on)\b)/i.test(s.text.slice(endOfTrigger, endOfTrigger + 12));
      // ("became the first CIS state to join the WTO": the one after the verb, not the one inside.)
      const insideFirst =
        inside &&
        !(next && isOrg(next) && /^\s+(?:the\s+)?$/i.test(s.text.slice(endOfTrigger, local(s, next))));
      const orgAfter = pronounObject
        ? undefined
        : ((insideFirst ? inside : undefined) ??
          (next &&
          isOrg(next) &&
          local(s, next) - endOfTrigger <= 40 &&
          // ("joined in April 1999, on the margins of NATO's summit": a setting, after a comma.)
          // ("quit the bloc's forerunner, the Collective Security Treaty": named in apposition.)
          (!/,/.test(s.text.slice(endOfTrigger, local(s, next))) ||
            FORERUNNER_NAMED.test(s.text.slice(endOfTrigger, local(s, next))))
            ? next
            : change === "join" && next?.kind === "state"
              ? joinedThemIn(s, next)
              : undefined));
      // ("When the X was renamed in November 2021, A took observer status": its end is near.)
      const orgBefore = s.mentions.findLast(
        (x) => isOrg(x) && local(s, x) < at && at - (local(s, x) + x.text.length) <= 60,
      );
      // With no object at all ("Iran joined in 2023"), it is the organization the text is about.
      // ("left on Wednesday" is as often a plane's as a state's: a bare "left" joins nothing;
      // nor does "its contingent was leaving", nor "signed its accession treaty in Minsk",
      // whose organization the text may not have named last.)
      // ("troops ..., a presence Moldova has long asked Russia to withdraw": troops withdrawn,
      // not a membership.)
      // ("... suspended its participation in GUAM, and in May 2005 it left altogether": a leaving
      // for good is a member's, of the organization the sentence named.)
      // ("notified the CIS executive committee that Georgia was leaving": so is one that closes
      // the sentence.)
      const forGood =
        change === "withdraw" &&
        !orgAfter &&
        (/^\s+(?:altogether|for good|entirely|completely|outright)\b/i.test(s.text.slice(endOfTrigger)) ||
          (/^(?:leaving|quitting|pulling out)$/i.test(m[0]) &&
            /^\s*(?:[.;]|$)/.test(s.text.slice(endOfTrigger)) &&
            s.mentions.some(
              (x) =>
                x.kind === "state" &&
                /^\s+(?:was|is|were|are)\s+$/.test(s.text.slice(local(s, x) + x.text.length, at)),
            )) ||
          // ("A signed up to GUAM in 1999 and left in 2005": the one it joined, at its own year.)
          (/^left$/i.test(m[0]) &&
            /^\s+in\s+\d{4}\b/.test(s.text.slice(endOfTrigger)) &&
            /\band\s+$/.test(s.text.slice(Math.max(0, at - 5), at)) &&
            /\b(?:joined|rejoined|signed up|acceded|entered)\b[^.;]{1,60}$/i.test(s.text.slice(0, at))) ||
          // ("Uruguay, under its new president, left in 2020.": a state that left, with nothing
          // after but the year.)
          (/^left$/i.test(m[0]) &&
            /^\s+in\s+\d{4}\s*(?:[.;]|$)/.test(s.text.slice(endOfTrigger)) &&
            s.mentions.some(
              (x) =>
                x.kind === "state" &&
                STATE_THEN_LEFT.test(s.text.slice(local(s, x) + x.text.length, at)) &&
                !/\S/.test(s.text.slice(0, local(s, x)).replace(/^\W*(?:(?:and|then|but)\s+)?/i, "")),
            )));
      const implied =
        !orgAfter &&
        !/^(?:left|leaving|quitting)$|accession\s+\w+$/i.test(m[0]) &&
        !(change === "withdraw" && TROOPS_TOLD.test(s.text)) &&
        (pronounObject ||
          NO_OBJECT.test(s.text.slice(endOfTrigger, endOfTrigger + 30)) ||
          // ("an SCO observer since 2005": the organization named before the word.)
          /^observer(?:\s+\w+)? (?:since|from)$/i.test(m[0]))
          ? (orgBefore?.actor ??
            sameSentence(out) ??
            // ("at the CIS summit in Kazan, A informs its partners that it will take part only as an
            // associate": the organization the sentence named, even far before.)
            (change === "associate"
              ? s.mentions.findLast((x) => isOrg(x) && local(s, x) < at)?.actor
              : undefined) ??
            impliedOrganization(ctx))
          : forGood
            ? // (Named, not "the group" or "it", which may stand for another.)
              (s.mentions.findLast((x) => isOrg(x) && local(s, x) < at && !/^(?:the|it|its)\b/i.test(x.text))
                ?.actor ??
              sameSentence(out) ??
              // (With no organization named, the one the text is about: "his country was
              // pulling out altogether", "Uruguay left in 2020".)
              // ("..., calling the bloc an accomplice": or names only that one.) ("A told B that it
              // was leaving altogether" may be the talks between them: one state only.)
              (new Set(s.mentions.filter((x) => x.kind === "state" && local(s, x) < at).map((x) => x.actor))
                .size === 1
                ? impliedOnly(s, ctx)
                : null))
            : null;
      // Signing makes a party only of a treaty: "signed a pact with the CSTO" joins nothing.
      if (/^(?:sign(?:ed|s)?|put\b.*\bto)$/i.test(m[0]) && !(orgAfter && SIGNED_TREATY.test(orgAfter.text)))
        continue;
      // ("October - At a summit, the union was founded. Uzbekistan applies to join.": a change
      // told in a timeline's present, right after the sentence that gave the date, is at it.)
      const near =
        dateNear(s, at, { ownClause: true }) ??
        ((ctx.narrativeFresh && PRESENT_CHANGE.test(m[0])) || ctx.datedEntry
          ? (ctx.narrativeDate ?? null)
          : null) ??
        soonAfter(s, ctx);
      const named = (change === "suspend" ? (orgAfter ?? orgBefore) : (orgAfter ?? null))?.actor;
      // ("declined to renew it" in 1999, in a text about the CSTO: an organization the sentence
      // does not name, founded after the date, is the one it grew out of.)
      const org =
        named ?? (implied && near ? (beforeItsTime(implied, near.date, ctx) ?? implied) : implied) ?? null;
      if (!org || !near) continue;
      // ("suspending its participation in the Eastern Partnership", "in New START": a body the
      // reader does not know, named right there, is not one named elsewhere in the sentence.)
      if (
        change === "suspend" &&
        /^\s+in\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(endOfTrigger, endOfTrigger + 24)) &&
        // (Not a date: "suspended its membership in June".)
        !s.dates.some((d) => d.start - s.start > endOfTrigger && d.start - s.start <= endOfTrigger + 8) &&
        !(
          orgAfter &&
          /^\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(s.text.slice(endOfTrigger, local(s, orgAfter)))
        )
      )
        continue;
      // ("has frozen its part in the alliance it helped to found, Pashinyan said on Thursday": a
      // founder joined at the founding the knowledge base knows, not at a later date of the sentence.)
      const foundedOn = /^help/i.test(m[0]) ? ctx.founded.get(org) : undefined;
      const date =
        foundedOn !== undefined && Number(foundedOn.slice(0, 4)) < Number(near.date.slice(0, 4))
          ? { date: foundedOn }
          : near;
      // The members: the state nearest before the trigger, with those coordinated with it
      // ("Uzbekistan, Georgia and Azerbaijan"), or named "together with" it.
      // Not a state named as where it happened ("notified the committee in Minsk of its decision
      // to quit"), nor one a preposition governs ("received aid from Russia").
      const states = s.mentions.filter(
        (x) =>
          (x.kind === "state" || x.kind === "person") &&
          local(s, x) < at &&
          !isPlace(s, x) &&
          // ("Tashkent, having fallen out with Washington, came back": not the aside's.)
          !/,\s*(?:having|being)\b[^,]*$/i.test(s.text.slice(0, local(s, x))) &&
          // ("Armenia, which still hosts the Russian base at Gyumri, froze ...", "Kazakhstan, a
          // neighbour of Russia, joined": not a state inside an aside closed before the trigger.)
          !inClosedAside(s, local(s, x), at) &&
          !/\b(?:from|by|to|for|against)\s+(?:the\s+)?$/i.test(
            s.text.slice(Math.max(0, local(s, x) - 14), local(s, x)),
          ),
      );
      // ("a decree ending Ukraine's participation in X": the state the trigger names itself.)
      const owner = s.mentions.find(
        (x) => x.kind === "state" && local(s, x) > at && local(s, x) < endOfTrigger && !isOrg(x),
      );
      if (owner) states.push(owner);
      let nearest = states[states.length - 1];
      if (!nearest || at - local(s, nearest) > 160) {
        // "Three states joined the CIS in December: A, B and C": the members listed after a colon.
        for (const state of listedAfter(s, endOfTrigger))
          if (state !== org)
            out.push({ claim: { kind: "membership", state, org, change, ...date }, confidence: 0.6 });
        continue;
      }
      // "..., and in 2006 it joined": a pronoun after a clause break stands for the sentence's subject
      // (", and on 24 April, at a summit in Washington, it joined": asides between, too).
      // So does one in a relative clause ("India sits with Russia in the SCO, where it had been
      // an observer since 2005 and which it joined in 2017").
      let they = false;
      if (
        /(?:,\s*(?:and|but|where|which|whose)|;)\s(?:[^;]*[\s,])?(?:it|they)\s+(?:\w+\s+)?$/i.test(
          s.text.slice(nearest.end - s.start, at),
        )
      ) {
        nearest = states[0] ?? nearest;
        // ("A, B and C did not, and they left the treaty": "they" is the whole list.)
        they = /\bthey\s+(?:\w+\s+)?$/i.test(s.text.slice(nearest.end - s.start, at));
      } else if (
        // "... signed a treaty with Russia and became a member": a verb with no subject of its
        // own shares the sentence's; the state just before it was the object of another verb.
        /\s(?:and|then|and then)\s+$/i.test(text.slice(0, at)) &&
        /^\S*\s+\S/.test(s.text.slice(nearest.end - s.start, at)) &&
        states[0] !== undefined &&
        states[0] !== nearest
      ) {
        nearest = states[0];
      }
      // ("After the alliance ignored its appeals in the clashes with Azerbaijan, Yerevan froze
      // ...": the subject after an opening clause's comma, not a list with what ends it.)
      const opened = INTRODUCTORY_CLAUSE.test(s.text.slice(0, local(s, nearest)));
      const subjects = new Set(
        (they
          ? coordinated(s, states, nearest, 1)
          : opened
            ? [nearest]
            : coordinated(s, states, nearest, -1)
        ).map((x) => x.actor),
      );
      const together = /^\s*,?\s*(?:(?:together|along) with|alongside)\s+$/i;
      const first = states.findIndex((x) => subjects.has(x.actor));
      for (let i = first - 1; i >= 0; i--) {
        const a = states[i];
        const b = states[i + 1];
        if (!a || !b || !together.test(s.text.slice(a.end - s.start, b.start - s.start))) break;
        subjects.add(a.actor);
      }
      // "... refused to renew the treaty in 1999, together with Georgia and Uzbekistan".
      // ("applied in June 2022 and joined on 1 January 2024, together with Egypt": with the
      // verb just before it only.)
      const after = s.mentions.filter(
        (x) => (x.kind === "state" || x.kind === "person") && local(s, x) > endOfTrigger,
      );
      const companion = after.find((x) =>
        /^(?![^.;]*\band\s+(?:then\s+|later\s+|finally\s+)?\w+ed\b)[^.;]{0,60}?,?\s*(?:(?:together|along) with|alongside)\s+(?:the\s+)?$/i.test(
          s.text.slice(endOfTrigger, local(s, x)),
        ),
      );
      if (companion) for (const x of coordinated(s, after, companion, 1)) subjects.add(x.actor);
      // "joined A and B in founding the EAEC": they founded it together, all of them its first members.
      const firstState = after[0];
      if (
        change === "join" &&
        orgAfter !== undefined &&
        firstState !== undefined &&
        local(s, firstState) < local(s, orgAfter) &&
        /\bin\s+(?:founding|setting up|creating|forming|launching)\s+(?:the\s+)?$/i.test(
          s.text.slice(Math.max(0, local(s, orgAfter) - 30), local(s, orgAfter)),
        )
      ) {
        for (const x of coordinated(s, after, firstState, 1)) subjects.add(x.actor);
        out.push({ claim: { kind: "org", org: orgAfter.actor, change: "found", ...date }, confidence: 0.6 });
      }
      // "joined NATO's Partnership for Peace programme": a programme of the organization, whose
      // framework document the state signed; no membership of it.
      const programme =
        orgAfter !== undefined &&
        change === "join" &&
        ORG_PROGRAMME.test(s.text.slice(local(s, orgAfter) + orgAfter.text.length));
      for (const state of uniqueActors([...states, ...after].filter((x) => subjects.has(x.actor)))) {
        if (state === org) continue;
        out.push(
          programme
            ? { claim: { kind: "agreement", parties: [state, org], date: date.date }, confidence: 0.5 }
            : { claim: { kind: "membership", state, org, change, ...date }, confidence: 0.7 },
        );
      }
      if (programme) continue;
      // "In 1997 it was among the founders of GUAM": the organization was founded then; so was a
      // treaty signed on the day the knowledge base has it founded ("signed the Collective
      // Security Treaty in Tashkent on 15 May 1992").
      const signedOnItsDay =
        /^sign/i.test(m[0]) && date.date.length === 10 && ctx.founded.get(org) === date.date;
      if (
        (/\bfound(?:ers|ing)\b/i.test(m[0]) || signedOnItsDay) &&
        !ctx.foundedInText.has(org) &&
        !out.some((f) => f.claim.kind === "org" && f.claim.org === org)
      ) {
        const day = foundingDay(ctx.founded.get(org), date.date) ?? date.date;
        out.push({ claim: { kind: "org", org, change: "found", date: day }, confidence: 0.55 });
      }
      // "A acceded on 24 September, B on 9 December and C on 31 December": the verb left out.
      out.push(...gapped(s, endOfTrigger, org, change));
      // "A and B joined NATO in March 2004 and the EU on 1 May": the organization left out.
      const orgMention = s.mentions.find((x) => isOrg(x) && x.actor === org && local(s, x) >= at);
      if (orgMention) {
        const more = gappedOrganization(s, orgMention);
        if (more)
          for (const state of uniqueActors([...states, ...after].filter((x) => subjects.has(x.actor))))
            if (state !== more.org)
              out.push({
                claim: { kind: "membership", state, org: more.org, change, date: more.date },
                confidence: 0.6,
              });
      }
    }
  }
  // "Observer status was granted to A in 2004 and to B and C in 2005": the states after "to",
  // each group at the date after it.
  if ((cued & PART.observer) !== 0) out.push(...observersGranted(s, ctx));
  // "the admission of A and B to the SCO in 2017", "Armenia's accession took effect on 2
  // January", "making Belarus the organisation's tenth member": joinings told as nouns.
  if ((cued & PART.join) !== 0) out.push(...joinedAsNoun(s, ctx, out));
  // "...; the withdrawal took legal effect on 18 August 2009": the leaving just told, at its end.
  if (s.text.includes("effect")) out.push(...withdrawalTookEffect(s, ctx, out));
  // "A let its membership lapse in 1999, as did B": B did the same, at the same date.
  const asDid = /,?\s+as did\s+(?:the\s+)?$/i;
  const also = s.mentions.find(
    (x) => x.kind === "state" && asDid.test(s.text.slice(Math.max(0, local(s, x) - 16), local(s, x))),
  );
  if (also) {
    const states = s.mentions.filter((x) => x.kind === "state");
    for (const f of [...out])
      if (f.claim.kind === "membership")
        for (const state of uniqueActors(coordinated(s, states, also, 1)))
          if (state !== f.claim.state && state !== f.claim.org)
            out.push({ claim: { ...f.claim, state }, confidence: 0.55 });
  }
  // "The CSTO ended Uzbekistan's membership": the organization ends a state's membership.
  for (const x of s.mentions) {
    if (x.kind !== "state") continue;
    const lead = /\b(ended|terminated|revoked|suspended|froze)\s+$/i.exec(
      s.text.slice(Math.max(0, local(s, x) - 14), local(s, x)),
    );
    if (!lead || !/^['’]s\s+membership\b/i.test(s.text.slice(local(s, x) + x.text.length))) continue;
    const org = s.mentions.findLast((o) => isOrg(o) && local(s, o) < local(s, x));
    const date = dateNear(s, local(s, x));
    if (!org || !date) continue;
    const change = /^(?:suspended|froze)$/i.test(lead[1] ?? "") ? "suspend" : "withdraw";
    out.push({
      claim: { kind: "membership", state: x.actor, org: org.actor, change, ...date },
      confidence: 0.6,
    });
  }
  // "The African Union suspended Niger", "ECOWAS suspended Mali and Guinea", "the Council of
  // Europe expelled Russia": the body acts on the states named right after the verb.
  if ((cued & PART.suspend) !== 0 || /\b(?:expel|readmit|reinstat)/i.test(s.text))
    out.push(...bodyActsOnStates(s, ctx));
  // "A joined the X in 2023, and B followed in 2024": B did the same, at its own date (also
  // when A's change was the sentence before's).
  const last = out[out.length - 1]?.claim ?? ctx.previousMembership;
  if (last?.kind === "membership" && (cued & PART.followed) !== 0) {
    FOLLOWED.lastIndex = 0;
    for (let m = FOLLOWED.exec(text); m !== null; m = FOLLOWED.exec(text)) {
      const states = s.mentions.filter((x) => x.kind === "state");
      const who = states.findLast((x) => local(s, x) < m.index && m.index - local(s, x) <= 20);
      // Its own date, in the words after it ("followed at the summit of July 2005").
      const listed = who ? coordinated(s, states, who, -1) : [];
      // (Else the date of its clause, before the list: "and at the summit of July 2005 A, B and C followed".)
      const firstListed = Math.min(...listed.map((x) => local(s, x)));
      const clauseStart = Math.max(
        s.text.lastIndexOf(", and", firstListed),
        s.text.lastIndexOf(";", firstListed),
      );
      const date =
        s.dates.find(
          (d) =>
            d.start - s.start > m.index && /^[^.;]{0,50}$/.test(s.text.slice(m.index, d.start - s.start)),
        ) ??
        (clauseStart >= 0
          ? s.dates.findLast((d) => d.start - s.start > clauseStart && d.start - s.start < firstListed)
          : undefined);
      if (!who || !date) continue;
      // "India, Pakistan and Iran followed": each of them.
      for (const state of uniqueActors(listed))
        if (state !== last.state) out.push({ claim: { ...last, state, date: date.date }, confidence: 0.6 });
    }
  }
  // "Turkey, a NATO member since 1952", "Armenia has been a member of the CSTO since 2002",
  // "... a CSTO member since 2002": a member from that date.
  for (const org of s.mentions) {
    if ((cued & PART.since) === 0) break;
    if (!isOrg(org)) continue;
    const after = s.text.slice(local(s, org) + org.text.length);
    const before = s.text.slice(Math.max(0, local(s, org) - 40), local(s, org));
    // ("a member of the North Atlantic Treaty Organization (NATO) since 1952": its short name between.)
    // ("Kazakhstan has been in a customs union with Russia and Belarus since 2010": in it from then.)
    const beenIn = /\b(?:has|have)\s+been\s+in\s+(?:the\s+|an?\s+)?$/i.exec(before);
    const since =
      /^\s+member(?:\s+state)?\s+since\s+/.exec(after) ??
      /^(?:\s*\([^()]{1,15}\))?\s+since\s+/.exec(after) ??
      (beenIn ? /^\s+(?:with|alongside)\s+[^.;,()]{1,60}?\s+since\s+/.exec(after) : null) ??
      // ("Denmark, a founding member of NATO in 1949": a member from its founding year.)
      (FOUNDING_MEMBER_OF.test(before)
        ? /^(?:\s*\([^()]{1,15}\))?\s+in\s+(?=(?:19|20)\d\d\b)/.exec(after)
        : null);
    const named = since && /\b(?:an?|the)\s+$/i.test(before.slice(-6)) && /^\s+member/.test(after);
    const memberOf =
      since &&
      !named &&
      (/\b(?:an?|the)\s+(?:full\s+|founding\s+)?member\s+of\s+(?:the\s+)?(?:[\w-]+-led\s+)?$/i.exec(before) ??
        beenIn);
    if (!since || (!named && !memberOf)) continue;
    const at = local(s, org) + org.text.length + since[0].length;
    // "since 2002", "since its creation in 2002".
    const creation =
      /^(?:its|their)\s+(?:creation|founding|foundation|inception|establishment|birth)\s+in\s+/i.exec(
        s.text.slice(at),
      );
    const date = s.dates.find((d) => d.start - s.start === at + (creation?.[0].length ?? 0));
    const lead = memberOf
      ? local(s, org) -
        before.length +
        memberOf.index +
        (memberOf === beenIn ? (/^\S+\s+been\s+in\s+/.exec(memberOf[0])?.[0].length ?? 0) : 0)
      : local(s, org);
    const state = s.mentions.findLast(
      (x) =>
        x.kind === "state" &&
        local(s, x) < lead &&
        /^\s*(?:,\s*|\s+(?:has|had|have)\s+been\s+(?:in\s+)?|\s+(?:is|was|are|were)\s+)(?:an?|the)?\s*$/i.test(
          s.text.slice(local(s, x) + x.text.length, lead),
        ),
    );
    if (date && state) {
      // (A founder's year is its founding's: the day the knowledge base knows, if the years agree.)
      const day = /^\s+in\s/.test(since[0])
        ? (foundingDay(ctx.founded.get(org.actor), date.date) ?? date.date)
        : date.date;
      out.push({
        claim: { kind: "membership", state: state.actor, org: org.actor, change: "join", date: day },
        confidence: 0.6,
      });
    }
  }
  // ("At the NATO summit, Finland, a member since 4 April, sat ...", "Which brings us to the
  // EAEU. - We have been a member since 2 January 2015": of the organization the sentence
  // named before, or the one the text is about.)
  for (const x of s.mentions) {
    if ((cued & PART.since) === 0) break;
    if (x.kind !== "state") continue;
    const after = MEMBER_SINCE_APPOSED.exec(s.text.slice(local(s, x) + x.text.length));
    if (!after) continue;
    const at = local(s, x) + x.text.length + after[0].length;
    const date = s.dates.find((d) => d.start - s.start === at);
    const org =
      s.mentions.findLast((o) => isOrg(o) && local(s, o) < local(s, x))?.actor ?? impliedOrganization(ctx);
    if (date && org)
      out.push({
        claim: { kind: "membership", state: x.actor, org, change: "join", date: date.date },
        confidence: 0.55,
      });
  }
  // "Since 2 January 2015 Armenia has been a full member of the EAEU": the same, the date first.
  const opening = (cued & PART.since) !== 0 ? (SINCE_OPENING.exec(s.text)?.[0].length ?? -1) : -1;
  const from = opening >= 0 ? s.dates.find((d) => d.start - s.start === opening) : undefined;
  const member = from ? s.mentions.find((x) => x.kind === "state" && local(s, x) > opening) : undefined;
  const ofOrg = member
    ? s.mentions.find(
        (x) =>
          isOrg(x) &&
          local(s, x) > local(s, member) &&
          MEMBER_SINCE_BETWEEN.test(s.text.slice(local(s, member) + member.text.length, local(s, x))),
      )
    : undefined;
  if (
    from &&
    member &&
    ofOrg &&
    /^[\p{L}\p{N} .-]{1,24},?\s+$/u.test(s.text.slice(from.start - s.start, local(s, member))) &&
    !out.some(
      (f) => f.claim.kind === "membership" && f.claim.state === member.actor && f.claim.org === ofOrg.actor,
    )
  )
    out.push({
      claim: { kind: "membership", state: member.actor, org: ofOrg.actor, change: "join", date: from.date },
      confidence: 0.6,
    });
  // "the SCO admitted India and Pakistan": the organization, the subject, takes in the states after the verb.
  ADMIT.lastIndex = (cued & PART.admit) !== 0 ? 0 : text.length;
  for (let m = ADMIT.exec(text); m !== null; m = ADMIT.exec(text)) {
    const at = m.index;
    const first = s.mentions.find(
      (x) => x.kind === "state" && local(s, x) >= at + m[0].length && local(s, x) - at <= 40,
    );
    // ("Uzbekistan was admitted to GUAM, with Georgia": admitted itself, not taking in those after.)
    // ("welcomed the ceasefire between Ethiopia and Eritrea": the state is no object of the verb.)
    if (
      first !== undefined &&
      (/\b(?:was|were|been|being)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) ||
        /\b(?:to|into)\b|[,;]/.test(text.slice(at + m[0].length, local(s, first))) ||
        !/^\s+(?:(?:the|both|also|formally|officially|then|later|finally)\s+)*$/i.test(
          text.slice(at + m[0].length, local(s, first)),
        ))
    )
      continue;
    const date = dateNear(s, at);
    if (!first || !date) continue;
    const states = s.mentions.filter((x) => x.kind === "state");
    const listed = coordinated(s, states, first, 1);
    const last = listed[listed.length - 1] ?? first;
    // ("signed the protocol that brought in A, B and C as founding members": members of the
    // organization the text is about.)
    const after = s.text.slice(local(s, last) + last.text.length);
    // ("admitted Uzbekistan and Cuba as observers": observers, not members.)
    const observers = AS_OBSERVERS.test(after);
    const org =
      s.mentions.findLast((x) => isOrg(x) && local(s, x) < at && at - local(s, x) <= 80)?.actor ??
      (AS_MEMBERS.test(after) || observers ? impliedOrganization(ctx) : null);
    if (!org) continue;
    for (const state of uniqueActors(listed))
      out.push({
        claim: { kind: "membership", state, org, change: observers ? "observer" : "join", ...date },
        confidence: 0.65,
      });
    // ("taking in Iran in 2023 and Belarus last year": the next state at its own date.)
    out.push(...gapped(s, at, org, "join"));
  }
  // "A did not join the CIS until 1993", "A stayed outside the CIS until 1993": it joined then.
  const until = (cued & PART.join) !== 0 || /\bstay/i.test(s.text) ? JOINED_ONLY_UNTIL.exec(s.text) : null;
  if (until) {
    const end = until.index + until[0].length;
    // ("stayed outside until 1993": the organization the text is about.)
    const org =
      s.mentions.find((x) => isOrg(x) && local(s, x) > until.index && local(s, x) < end)?.actor ??
      (/^\S+\s+out(?:side)?\s+until\s+$/i.test(until[0]) ? impliedOrganization(ctx) : undefined);
    const state = s.mentions.findLast(
      (x) => x.kind === "state" && local(s, x) < until.index && !isPlace(s, x),
    );
    const date = s.dates.find((d) => d.start - s.start >= end && d.start - s.start - end <= 4);
    if (
      org &&
      state &&
      date &&
      !out.some((f) => f.claim.kind === "membership" && f.claim.state === state.actor)
    )
      out.push({
        claim: { kind: "membership", state: state.actor, org, change: "join", date: date.date },
        confidence: 0.55,
      });
  }
  // "Eight joined the three founders that day: A, B, C ...": the states listed after the colon.
  const counted = (cued & PART.join) !== 0 ? COUNTED_JOINED.exec(s.text) : null;
  if (counted) {
    const colon = counted.index + counted[0].length;
    const states = s.mentions.filter((x) => x.kind === "state");
    const first = states.find((x) => local(s, x) >= colon && /^\s*$/.test(s.text.slice(colon, local(s, x))));
    const org =
      s.mentions.find((x) => isOrg(x) && local(s, x) < colon)?.actor ??
      sameSentence(out) ??
      impliedOrganization(ctx);
    const date = dateNear(s, counted.index) ?? ctx.narrativeDate ?? null;
    if (first && org && date)
      for (const state of uniqueActors(coordinated(s, states, first, 1)))
        if (!out.some((f) => f.claim.kind === "membership" && f.claim.state === state && f.claim.org === org))
          out.push({ claim: { kind: "membership", state, org, change: "join", ...date }, confidence: 0.55 });
  }
  // "launched the procedure for admitting Belarus": the admission is begun, as an application.
  const procedure = (cued & PART.admit) !== 0 ? ADMISSION_PROCEDURE.exec(text) : null;
  if (procedure) {
    const end = procedure.index + procedure[0].length;
    const first = s.mentions.find(
      (x) => x.kind === "state" && local(s, x) >= end && /^\s*$/.test(s.text.slice(end, local(s, x))),
    );
    const org =
      s.mentions.findLast((x) => isOrg(x) && local(s, x) < procedure.index)?.actor ??
      s.mentions.find((x) => isOrg(x) && first !== undefined && local(s, x) > local(s, first))?.actor ??
      impliedOrganization(ctx);
    const date = dateNear(s, procedure.index);
    if (first && org && date)
      for (const state of uniqueActors(
        coordinated(
          s,
          s.mentions.filter((x) => x.kind === "state"),
          first,
          1,
        ),
      ))
        out.push({ claim: { kind: "membership", state, org, change: "apply", ...date }, confidence: 0.6 });
  }
  // "Upon its founding, the X had only six member states – A, B, C...": founding members.
  const founding = (cued & PART.foundingMembers) !== 0 ? FOUNDING_MEMBERS.exec(s.text) : null;
  if (founding) {
    // ("signed NATO's partnership document, and in 1997 it became a founding member of GUAM":
    // the organization it is a founding member of.)
    const end = founding.index + founding[0].length;
    const org =
      s.mentions.find(
        (x) =>
          isOrg(x) && local(s, x) >= end && /^\s+of\s+(?:the\s+)?$/i.test(s.text.slice(end, local(s, x))),
      )?.actor ??
      s.mentions.find(isOrg)?.actor ??
      null;
    const date = org ? ctx.founded.get(org) : undefined;
    // The list right after ("– A, B and C –"), not states named later in the sentence; or
    // the state the sentence says was one of them ("Armenia was one of the founding members").
    const after = s.mentions.filter((x) => x.kind === "state" && local(s, x) > founding.index);
    // (Right after: "the founding members were A, B", not "... in 2002, entered a union with B".)
    const listStart = founding.index + founding[0].length;
    const listed =
      after[0] !== undefined &&
      /^\s*(?:[:–—-]|were|are|included|including)?\s*(?:the\s+)?$/.test(
        s.text.slice(listStart, local(s, after[0])),
      );
    const one = s.mentions.findLast(
      (x) =>
        x.kind === "state" &&
        local(s, x) < founding.index &&
        /^\s+(?:(?:was|is|became|(?:had|has)\s+been)\s+(?:(?:one|among)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?|an?\s+)|(?:were|are|became|(?:had|have)\s+(?:(?:both|all)\s+)?been)\s+(?:(?:both|all)\s+)?(?:(?:one|among)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?|an?\s+)?)$/i.test(
          s.text.slice(local(s, x) + x.text.length, founding.index),
        ),
    );
    // "Kyrgyzstan and Tajikistan were founding members": each state of the subject's list.
    const ones =
      one === undefined
        ? []
        : /^\s+(?:were|are|became|(?:had|have)\s+(?:(?:both|all)\s+)?been)\b/i.test(
              s.text.slice(local(s, one) + one.text.length),
            )
          ? uniqueActors(
              coordinated(
                s,
                s.mentions.filter((x) => x.kind === "state"),
                one,
                -1,
              ).reverse(),
            )
          : [one.actor];
    // "A became a founding member of X, a grouping with B, C and D": those it was founded with.
    const orgMention = s.mentions.find(isOrg);
    const withFirst =
      one && orgMention
        ? after.find(
            (x) =>
              local(s, x) > local(s, orgMention) &&
              FOUNDED_WITH.test(s.text.slice(local(s, orgMention) + orgMention.text.length, local(s, x))),
          )
        : undefined;
    const states = one
      ? [...ones, ...(withFirst ? uniqueActors(coordinated(s, after, withFirst, 1)) : [])]
      : after[0] && listed
        ? uniqueActors(coordinated(s, after, after[0], 1))
        : [];
    // "In 1997 it became a founding member of X": the sentence dates the founding (at the
    // knowledge base's day, when it knows one in the year the sentence gives).
    const told = dateNear(s, founding.index);
    const at = foundingDay(date, told?.date);
    if (org && at) {
      if (
        told &&
        states.length > 1 &&
        !ctx.foundedInText.has(org) &&
        !out.some((f) => f.claim.kind === "org" && f.claim.org === org)
      )
        out.push({ claim: { kind: "org", org, change: "found", date: at }, confidence: 0.6 });
      for (const state of states) {
        if (out.some((f) => f.claim.kind === "membership" && f.claim.state === state && f.claim.org === org))
          continue;
        out.push({ claim: { kind: "membership", state, org, change: "join", date: at }, confidence: 0.7 });
      }
      // "a founding member of X in 2001 and of Y a year later": of Y too, at Y's founding.
      const ofX = s.mentions.find((x) => isOrg(x) && x.actor === org && local(s, x) >= end);
      const ofY = ofX
        ? s.mentions.find(
            (x) =>
              isOrg(x) &&
              x.actor !== org &&
              local(s, x) > local(s, ofX) &&
              AND_OF_ANOTHER.test(s.text.slice(local(s, ofX) + ofX.text.length, local(s, x))),
          )
        : undefined;
      const yFounded = ofY ? ctx.founded.get(ofY.actor) : undefined;
      if (ofY && yFounded)
        for (const state of states)
          out.push({
            claim: { kind: "membership", state, org: ofY.actor, change: "join", date: yFounded },
            confidence: 0.6,
          });
    }
  }
  // "gave up full membership and became an associate member", "would take part only as an
  // associate member": a member's step down is its leaving as a full member (the claim format
  // knows no associate status; a state that was never a member still becomes an associate).
  // (A change two triggers tell, "the CSTO ended Uzbekistan's membership", is told once.)
  // ("It joined the Partnership for Peace in May 1994": NATO's programme, named without NATO.)
  const pfp = (cued & PART.join) !== 0 ? PFP_JOINED.exec(text) : null;
  if (pfp && !out.some((f) => f.claim.kind === "agreement")) {
    const states = s.mentions.filter((x) => x.kind === "state" && !isPlace(s, x));
    const subject = states.findLast((x) => local(s, x) < pfp.index);
    const date = dateNear(s, pfp.index, { ownClause: true });
    if (subject && date)
      for (const state of uniqueActors(coordinated(s, states, subject, -1).sort((a, b) => a.start - b.start)))
        out.push({
          claim: { kind: "agreement", parties: [state, "NATO"], date: date.date },
          confidence: 0.5,
        });
  }
  if (out.length === 0) return out;
  const told = DOWNGRADE.test(s.text) ? out.map(downgraded) : out;
  return told.length > 1 ? withoutDuplicates(told) : told;
}

/** An organization's body named after it: "the CIS Inter-Parliamentary Assembly", "the EAEU Court". */
const BODY_OF_ORGANIZATION =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Assembly|Court|Bank|Secretariat|Committee|Parliament|Commission)\b/u;

/** A member's step down to a lesser status: "gave up full membership", "only as an associate member". */
const DOWNGRADE =
  /\b(?:gave up|give up|giving up|relinquish\w*|downgrad\w*)\s+(?:its\s+|their\s+)?(?:full\s+)?(?:membership|status)\b|\bonly as an\s+["“‘']?associate\b/i;

function downgraded(f: Found): Found {
  return f.claim.kind === "membership" && f.claim.change === "associate"
    ? { ...f, claim: { ...f.claim, change: "withdraw" } }
    : f;
}

/** The claims with a second telling of the same membership change left out. */
function withoutDuplicates(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = JSON.stringify(f.claim);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A founding's date: the knowledge base's day when it knows one in the year the sentence
 * gives (or the sentence gives none), else the sentence's.
 */
/** What lies between two organizations a state founded: "in 2001 and of", ", set up in 2001, and of". */
const AND_OF_ANOTHER =
  /^(?:\s+in\s+\d{4}|,[^,;.]{1,60},)?\s+(?:and|as well as)\s+(?:also\s+|later\s+)?of\s+(?:the\s+)?$/i;

function foundingDay(known: string | undefined, told: string | undefined): string | undefined {
  return known !== undefined && (told === undefined || known.startsWith(told.slice(0, 4))) ? known : told;
}

/**
 * An organization told of at a date before its founding: the one it grew out of, if the
 * knowledge base knows one founded by then (else it stands).
 */
function beforeItsTime(org: string, date: string, ctx: ReadingContext): string | undefined {
  const founded = ctx.founded.get(org);
  if (!founded || date.slice(0, 4) >= founded.slice(0, 4)) return undefined;
  return ctx.predecessors?.get(org);
}

/** The organization founded on a treaty (or grown out of another) by a date: the CST's CSTO from 2002. */
function inItsTime(org: string, date: string, ctx: ReadingContext): string | undefined {
  for (const [heir, predecessor] of ctx.predecessors ?? [])
    if (predecessor === org && (ctx.founded.get(heir) ?? "9999").slice(0, 4) <= date.slice(0, 4)) return heir;
  return undefined;
}

/**
 * ", a grouping with", "together with", "alongside": those a founding member founded it with,
 * also past the place it was founded in ("in the city that gave it its name, together with").
 */
const FOUNDED_WITH =
  /^(?:\s+(?:in|at)\s+(?!\d)(?:(?!\band\b)[^.;:,]){1,60}?)?,?\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3})?(?:with|alongside|together with)\s+(?:the\s+)?$/i;

/** A step towards a state's accession, or against it: "approved", "ratified", "blocked" (Finland's accession). */
const STEP_TOWARDS =
  /\b(?:approv|ratif|back|endors|block|veto|delay|support|oppos|welcom|stall)\w*\s+(?:\S+\s+){0,2}$|\b(?:launch|start|opening|beginning)\s+of\s+$|\b(?:treaty|protocol|agreement)\s+(?:on|of)\s+(?:the\s+)?(?:\S+\s+)?$/i;

/** "the admission of", "the accession of", "the entry of": the states after it joined. */
const ADMISSION_OF = /\b(?:accession|admission|entry)\s+of\s+(?:the\s+)?/gi;
/** "A's accession took effect", "A's entry followed": the state before the noun joined. */
const ACCESSION_OF_STATE =
  /^['’]s\s+(?:accession|admission|entry)\b(?!\s+(?:to|into|in|ticket|visa|point|fee|permit|ban|protocols?|talks|negotiations|bid|process|treaty|application)\b)/i;
/** "making A the organisation's tenth member", "making A one of its original parties". */
const MADE_MEMBER =
  /^\s+(?:(?:the|an?)\s+(?:(?:\S+['’]s|bloc['’]s)\s+)?(?:\w+\s+)?(?:member|member state)\b|one\s+of\s+(?:its|the|their)\s+(?:original|founding|first)\s+(?:parties|members|signatories|states)\b)(?:\s+of\s+(?:the\s+)?)?/i;

function joinedAsNoun(s: SentenceView, ctx: ReadingContext, told: readonly Found[]): Found[] {
  const out: Found[] = [];
  const states = s.mentions.filter((x) => x.kind === "state" && !isPlace(s, x));
  const orgAfter = (from: number) =>
    s.mentions.find(
      (x) =>
        isOrg(x) &&
        local(s, x) >= from &&
        /^\s*(?:to|into)\s+(?:the\s+)?$/i.test(s.text.slice(from, local(s, x))),
    );
  const push = (group: readonly Mention[], org: string, date: ClaimDate | null | undefined) => {
    if (!date) return;
    for (const state of uniqueActors(group))
      if (
        state !== org &&
        ![...told, ...out].some(
          (f) => f.claim.kind === "membership" && f.claim.state === state && f.claim.org === org,
        )
      )
        out.push({
          claim: { kind: "membership", state, org, change: "join", date: date.date },
          confidence: 0.6,
        });
  };
  const implied = () => s.mentions.find(isOrg)?.actor ?? sameSentence(told) ?? impliedOrganization(ctx);
  ADMISSION_OF.lastIndex = 0;
  for (let m = ADMISSION_OF.exec(s.text); m !== null; m = ADMISSION_OF.exec(s.text)) {
    const end = m.index + m[0].length;
    // ("launched the accession of A and B": begun, an application; see ADMISSION_PROCEDURE.)
    if (
      /\b(?:launch|start|beg[iau]n|open|initiat)\w*\s+(?:the\s+)?$/i.test(
        s.text.slice(Math.max(0, m.index - 24), m.index),
      )
    )
      continue;
    const first = states.find((x) => local(s, x) === end);
    if (!first) continue;
    const group = coordinated(s, states, first, 1);
    const last = group[group.length - 1] ?? first;
    const afterGroup = local(s, last) + last.text.length;
    const org = orgAfter(afterGroup)?.actor ?? implied();
    if (!org) continue;
    push(group, org, dateNear(s, afterGroup));
    // "... and of Belarus a year later": the same, at its own date.
    for (const more of states) {
      if (
        local(s, more) <= afterGroup ||
        !/\band\s+of\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, local(s, more) - 12), local(s, more)))
      )
        continue;
      const from = local(s, more) + more.text.length;
      const own = s.dates.find((d) => d.start - s.start >= from && d.start - s.start - from <= 30);
      push([more], org, own ? { date: own.date } : dateNear(s, from));
    }
  }
  for (const x of states) {
    const after = s.text.slice(local(s, x) + x.text.length);
    // ("Hungary's parliament approved Finland's accession": a step towards it, not the joining.)
    if (
      ACCESSION_OF_STATE.test(after) &&
      !STEP_TOWARDS.test(s.text.slice(Math.max(0, local(s, x) - 16), local(s, x)))
    ) {
      const from = local(s, x) + x.text.length;
      const noun = ACCESSION_OF_STATE.exec(after)?.[0].length ?? 0;
      const org = orgAfter(from + noun)?.actor ?? implied();
      if (org) push([x], org, dateNear(s, from));
      continue;
    }
    const made = MADE_MEMBER.exec(after);
    if (made && /\bmak(?:ing|es|e)\s+$/i.test(s.text.slice(Math.max(0, local(s, x) - 8), local(s, x)))) {
      const from = local(s, x) + x.text.length + made[0].length;
      const named = s.mentions.find((o) => isOrg(o) && local(s, o) === from)?.actor;
      // ("entered the CIS ..., and hosted the signing of the CST, making it one of its parties":
      // the organization named last before it.)
      const org =
        named ?? s.mentions.findLast((o) => isOrg(o) && local(s, o) < local(s, x))?.actor ?? implied();
      if (org) push([x], org, dateNear(s, local(s, x)));
    }
  }
  return out;
}

/** "the withdrawal took legal effect", "its exit from the bloc took effect": when a leaving told was done. */
const WITHDRAWAL_TOOK_EFFECT =
  /\b(?:the|its|their)\s+(?:withdrawal|exit|departure)\s+(?:from\s+(?:the\s+)?[^.;,]{1,50}?\s+)?(?:took|takes|had taken|taking)\s+(?:(?:legal|formal|full)\s+)?effect\b/gi;

/**
 * "Saakashvili announced that Georgia would quit the CIS; the withdrawal took legal effect on 18
 * August 2009": the leaving the sentence (or the one before) told, again at the day it took
 * effect.
 */
function withdrawalTookEffect(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  WITHDRAWAL_TOOK_EFFECT.lastIndex = 0;
  for (let m = WITHDRAWAL_TOOK_EFFECT.exec(s.text); m !== null; m = WITHDRAWAL_TOOK_EFFECT.exec(s.text)) {
    const end = m.index + m[0].length;
    const told = [...found.map((f) => f.claim), ...(ctx.previousClaims ?? [])].findLast(
      (c) => c.kind === "membership" && c.change === "withdraw",
    );
    const leaving = told?.kind === "membership" ? told : leavingTold(s, m.index);
    if (!leaving) continue;
    // The most precise date right after it ("a year later, in August 2009": August 2009), not
    // one still to come ("the exit takes effect next year").
    const after = s.dates.filter((d) => d.start - s.start >= end && d.start - s.start - end <= 40);
    const date = after.reduce<(typeof after)[number] | undefined>(
      (best, d) => (best === undefined || d.date.length > best.date.length ? d : best),
      undefined,
    );
    const written = ctx.published?.date;
    if (
      !date ||
      (told?.kind === "membership" && date.date === told.date) ||
      (written && date.date > written.slice(0, date.date.length))
    )
      continue;
    out.push({
      claim: {
        kind: "membership",
        state: leaving.state,
        org: leaving.org,
        change: "withdraw",
        date: date.date,
        ...(date.end ? { end: date.end } : {}),
      },
      confidence: 0.6,
    });
  }
  return out;
}

/** A leaving up to the organization left: "would quit the ", "was leaving ". */
const LEAVING_BEFORE = /\b(?:quit|leave|leaving|withdraw\s+from|pull\s+out\s+of)\s+(?:the\s+)?$/i;

/**
 * "A announced that Georgia would quit the CIS; the withdrawal took effect ...": the state and
 * organization of a leaving the sentence tells before `before`, with no date of its own.
 */
function leavingTold(s: SentenceView, before: number): { state: string; org: string } | undefined {
  const org = s.mentions.findLast(
    (x) =>
      isOrg(x) &&
      local(s, x) < before &&
      LEAVING_BEFORE.test(s.text.slice(Math.max(0, local(s, x) - 24), local(s, x))),
  );
  if (!org) return undefined;
  const state = s.mentions.findLast(
    (x) => x.kind === "state" && local(s, x) < local(s, org) && !isPlace(s, x),
  );
  return state && state.actor !== org.actor ? { state: state.actor, org: org.actor } : undefined;
}

/** Joining NATO's partnership programme, named without NATO: "joined the Partnership for Peace". */
const PFP_JOINED = /\b(?:joined|joins|entered|signed up to)\s+(?:the\s+)?Partnership for Peace\b/;

/** Observer status given to states named after it ("granted observer status to A"). */
const OBSERVER_GRANTED =
  /\b(?:observer status|the status of (?:an )?observer)\s+(?:was|were|has been|had been)\s+(?:granted|given|accorded|extended)\s+to\s|\b(?:grant(?:ed|s)?|gave|give[ns]?|accord(?:ed|s)?)\s+(?:\w+\s+)?observer status\s+to\s/gi;

function observersGranted(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  OBSERVER_GRANTED.lastIndex = 0;
  const m = OBSERVER_GRANTED.exec(s.text);
  if (!m) return out;
  const end = m.index + m[0].length;
  const org =
    s.mentions.findLast((x) => isOrg(x) && local(s, x) < m.index)?.actor ??
    s.mentions.find((x) => isOrg(x) && local(s, x) >= end && !isSetting(s, x))?.actor ??
    impliedOrganization(ctx);
  if (!org) return out;
  const states = s.mentions.filter((x) => x.kind === "state" && local(s, x) >= end - 1);
  const groups: Mention[][] = [];
  // The first group right after "to", and each next one after ", and to" / "and to".
  let first = states.find(
    (x) => local(s, x) === end || /^\s*(?:the\s+)?$/.test(s.text.slice(end, local(s, x))),
  );
  while (first) {
    const group = coordinated(s, states, first, 1);
    groups.push(group);
    const last = group[group.length - 1] ?? first;
    const after = local(s, last) + last.text.length;
    first = states.find(
      (x) =>
        local(s, x) > after &&
        /^[^;.]{0,40}?,?\s+and\s+to\s+(?:the\s+)?$/.test(s.text.slice(after, local(s, x))),
    );
  }
  for (const group of groups) {
    const last = group[group.length - 1] as Mention;
    const after = s.start + local(s, last) + last.text.length;
    // The date after the group, before the next "to"; else the sentence's date near the verb.
    const own = s.dates.find(
      (d) => d.start >= after && !/\bto\s/.test(s.text.slice(after - s.start, d.start - s.start)),
    );
    const date = own ? { date: own.date } : dateNear(s, m.index);
    if (!date) continue;
    for (const state of uniqueActors(group))
      if (state !== org)
        out.push({
          claim: { kind: "membership", state, org, change: "observer", date: date.date },
          confidence: 0.65,
        });
  }
  return out;
}

// ---------------------------------------------------------------- organizations

const FOUND =
  /\b(?:was|were|is|been)?\s*(?:founded|established|created|formed|set up|launched|signed|c(?:a|o)mes? into being|(?:was|is) born|(?:started|began|starts|begins) (?:its )?life|(?:start(?:s|ed)?|began|begins)\s+(?:operating|to operate|functioning|to function)|proclaimed(?<=\b(?:was|were)\s+proclaimed)|creates|establishes|(?<!\bto\s)(?:create|establish)|founds|sets up|(?:founding|creation|establishment|inception)(?<=\b(?:its|their)\s+\w+)(?=\s+in\s+\d{4}\b))\b/giu;
const DISSOLVE = /\b(?:dissolved|disbanded|ceas(?:ed|es) to exist|abolished|was terminated|merged into)\b/gi;
const PREDECESSOR =
  /\b(?:evolv(?:ed|ing) from|grew out of|successor (?:to|of)|replac(?:ed|ing)|transformed from)\b/i;

/** A thing an organization makes, not is, right before its making: "the mission created". */
const MADE_THING_BEFORE =
  /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:mission|force|fund|unit|court|tribunal|operation|programme|program|office|centre|center|agency|bank|commission|committee|contingent|structure|facility|initiative|mechanism)(?:\s+(?:that|which))?(?:\s+(?:was|were|had been|has been))?\s*$/i;

/**
 * "Founded in 1971 as the South Pacific Forum, it ...", "Set up in 2001, the SCO ...": a
 * participle that opens the sentence founds the organization it names after "as", or the one
 * its main clause opens with.
 */
function openingFounded(s: SentenceView, at: number, verb: string): Mention | undefined {
  if (!/^(?:founded|established|created|formed|set up|launched)$/i.test(verb.trim())) return undefined;
  if (!/^[\s"“]*$/.test(s.text.slice(0, at))) return undefined;
  const comma = s.text.indexOf(",", at);
  if (comma < 0) return undefined;
  return s.mentions.find(
    (x) =>
      isOrg(x) &&
      local(s, x) > at &&
      (local(s, x) > comma
        ? local(s, x) - comma < 12
        : /\bas\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, local(s, x) - 8), local(s, x)))),
  );
}

/** A relative clause between a subject and its verb: ", whose work the new union takes over,". */
const RELATIVE_ASIDE = /^\s*,\s*(?:whose|which|that|who)\b[^,;.]{1,100},\s*$/i;

export function orgClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  for (const [re, change] of [
    [FOUND, "found"],
    [DISSOLVE, "dissolve"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      const at = m.index;
      const before = s.mentions.filter((x) => isOrg(x) && local(s, x) < at && at - local(s, x) < 120);
      // ("X, whose work the new union takes over, ceases to exist": the subject before the
      // relative clause, not an organization named in it.)
      const org =
        before.find((x) => RELATIVE_ASIDE.test(s.text.slice(local(s, x) + x.text.length, at))) ??
        before[before.length - 1] ??
        openingFounded(s, at, m[0]);
      // ("the first enlargement since the organisation was founded": a founding that dates
      // another deed, not told.)
      if (org && /\bsince\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, local(s, org) - 12), local(s, org))))
        continue;
      // The date after the verb ("founded in 2001"), else one that opens the sentence or, for
      // one that "came into being", one just before it.
      // The organization right before the verb is its subject: "the day the Union came into
      // being", "In 2001 the SCO was founded in Shanghai".
      const subject =
        org !== undefined &&
        !/^sign/i.test(m[0].trim()) &&
        // ("The customs union of A, B and C starts operating": its members named with it.)
        /^\s*(?:,[^,;]{1,120},|\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\s,'’-]{0,80}?)?\s*$/u.test(
          s.text.slice(local(s, org) + org.text.length, at),
        );
      const date =
        s.dates.find((d) => d.start - s.start >= at && d.start - s.start - at < 40) ??
        dateAfterFounders(s, at) ??
        (subject && org
          ? /c(?:a|o)me into being/i.test(m[0])
            ? s.dates.findLast((d) => d.start < org.start && org.start - d.start < 60)
            : s.dates.find((d) => d.start < org.start && d.start - s.start < 20)
          : undefined);
      if (!org || !date) continue;
      // Signing founds a treaty, not an organization that signs something ("the SCO, with
      // which it signed a declaration").
      // (The treaty may be named by its initials after its name: "Collective Security Treaty (CST)".)
      if (
        /\bsigned\b/i.test(m[0]) &&
        !SIGNED_TREATY.test(s.text.slice(Math.max(0, local(s, org) - 40), local(s, org) + org.text.length))
      )
        continue;
      // "A joined the union when it was launched in 2015": a joining dated by the founding,
      // told in passing (the membership pattern reads the joining).
      if (/\bwhen\s+(?:it|they)\s*$/i.test(s.text.slice(Math.max(0, at - 12), at))) continue;
      // "the war it launched against Ukraine", "the mission they set up": another thing, made
      // by a pronoun's referent.
      if (
        /\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:it|they|he|she|we)(?:\s+(?:had|has|have))?\s*$/i.test(
          s.text.slice(Math.max(0, at - 60), at),
        )
      )
        continue;
      // "NATO set up its Response Force in 2003": an organization that made something, not itself.
      if (
        subject &&
        change === "found" &&
        !/^\s*(?:was|were|is|been)\b/i.test(m[0]) &&
        /^\s+(?:its|their|a|an|the|two|three|several)\s/i.test(s.text.slice(at + m[0].length))
      )
        continue;
      // "the CSTO's rapid reaction force, created in 2009": what was created is the possessed thing.
      if (/^['’]s?\s/.test(s.text.slice(local(s, org) + org.text.length))) continue;
      // "a unit the CSTO had set up", "forces that the SCO created": the organization made
      // something else.
      // ("... reminded us that the SCO had been founded in 2001": in the passive it is the
      // organization that was made.)
      if (
        !/^(?:was|were|is|been)\b/i.test(m[0]) &&
        // ("the union had come into being" is its own beginning.)
        ((/^\s+(?:had|has|have)\s*$/i.test(s.text.slice(local(s, org) + org.text.length, at)) &&
          !/into being/i.test(m[0])) ||
          /\b(?:that|which)\s+(?:the\s+)?$/i.test(
            s.text.slice(Math.max(0, local(s, org) - 12), local(s, org)),
          ))
      )
        continue;
      // "MINUSMA, the mission created in April 2013", after the UN: another thing, made.
      if (MADE_THING_BEFORE.test(s.text.slice(Math.max(0, at - 50), at))) continue;
      // "the EAEU treaty, signed in May 2014": the organization's treaty, not the organization.
      if (
        /^\s+(?:treaty|charter|agreement|summit|declaration)\b/i.test(
          s.text.slice(local(s, org) + org.text.length),
        )
      )
        continue;
      // "the CIS Collective Peacekeeping Forces, set up in 1993": the organization names what was set up.
      if (
        /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice(local(s, org) + org.text.length)) &&
        !/^\s+(?:was|were|is)\b/.test(s.text.slice(local(s, org) + org.text.length))
      )
        continue;
      // A treaty mentioned right before "which was signed" is the one founded.
      const pred = PREDECESSOR.exec(s.text);
      const predecessor =
        change === "found" && pred
          ? s.mentions.find((x) => isOrg(x) && local(s, x) > pred.index && x.actor !== org.actor)?.actor
          : undefined;
      const claim: Claim = {
        kind: "org",
        org: org.actor,
        change,
        date: date.date,
        ...(predecessor ? { predecessor } : {}),
      };
      if (change === "found") noteFounding(ctx, org.actor, date.date);
      out.push({ claim, confidence: 0.75 });
      if (change === "found") {
        const named = founders(s, at, org, date.date);
        out.push(...named);
        // ("GUAM was founded in Strasbourg, where the four presidents ...": counted, not named.)
        const listed = new Set(named.map((f) => (f.claim.kind === "membership" ? f.claim.state : "")));
        for (const state of countedFounders(s, org.actor, date.date, ctx))
          if (!listed.has(state))
            out.push({
              claim: { kind: "membership", state, org: org.actor, change: "join", date: date.date },
              confidence: 0.55,
            });
      }
    }
  }
  // (Another organization founded in the sentence: "A had signed the protocol that created the
  // CIS in 1991, but stayed out of the treaty signed in 1992".)
  const told = new Set(out.map((f) => claimKey(f.claim)));
  for (const f of [...foundedByStates(s, ctx), ...renamed(s, ctx)])
    if (!told.has(claimKey(f.claim))) out.push(f);
  return out;
}

const RENAMED =
  /\b(?:renam(?:ed|es|ing)|(?:turn|transform|convert)(?:ed|s)?\s+(?:it|them|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:treaty|pact|group|grouping|forum|council|community|union))\s+into|(?:was|were)\s+(?:turned|transformed|converted|upgraded)\s+into)\b/i;

/**
 * "renamed their Turkic Council the Organization of Turkic States", "the Turkic Council renamed
 * itself the OTS", "turned the treaty into the CSTO": the new name is an organization founded
 * then, the old its predecessor.
 */
function renamed(s: SentenceView, ctx: ReadingContext): Found[] {
  const verb = RENAMED.exec(s.text);
  if (!verb) return [];
  const end = verb.index + verb[0].length;
  const after = s.mentions.filter((x) => isOrg(x) && local(s, x) >= end && local(s, x) - end <= 80);
  const named = after[after.length - 1];
  const date = dateNear(s, verb.index);
  if (!named || !date) return [];
  // ("turned the forum into the GUAM Organization" in 2006, GUAM being known from 1997: a new
  // charter for an old organization, not its founding.)
  const known = ctx.founded.get(named.actor);
  if (
    !/^renam/i.test(verb[0]) &&
    known !== undefined &&
    Number(known.slice(0, 4)) < Number(date.date.slice(0, 4)) - 1
  )
    return [];
  const old = after.length >= 2 ? after[0] : s.mentions.findLast((x) => isOrg(x) && local(s, x) < verb.index);
  noteFounding(ctx, named.actor, date.date);
  const predecessor = old && old.actor !== named.actor ? { predecessor: old.actor } : {};
  return [
    {
      claim: { kind: "org", org: named.actor, change: "found", date: date.date, ...predecessor },
      confidence: 0.6,
    },
  ];
}

/** The text's own founding date for an organization, the first it gives (over the knowledge base's). */
function noteFounding(ctx: ReadingContext, org: string, date: string): void {
  if (ctx.foundedInText.has(org)) return;
  ctx.founded.set(org, date);
  ctx.foundedInText.add(org);
}

/** "founded by A, B and C in October 2000": the date right after the founders' list. */
function dateAfterFounders(s: SentenceView, at: number): ClaimDate | undefined {
  const after = s.mentions.filter((x) => x.kind === "state" && local(s, x) > at);
  const first = after.find((x) => BY_FOUNDERS.test(s.text.slice(at, local(s, x))));
  if (!first) return undefined;
  const list = coordinated(s, after, first, 1);
  const last = list[list.length - 1] ?? first;
  const end = local(s, last) + last.text.length;
  // (Or after where they met: "by A, B and C at a first summit in Yekaterinburg, Russia, in June 2009".)
  return s.dates.find(
    (d) =>
      d.start - s.start >= end &&
      (d.start - s.start - end < 16 || FOUNDERS_MET_AT.test(s.text.slice(end, d.start - s.start))),
  );
}

/** Where founders met, between their list and the date: " at a first summit in Yekaterinburg, Russia, in ". */
const FOUNDERS_MET_AT =
  /^\s+(?:at|in)\s+(?!(?:[^.;]*?\b(?:and|but|which|who|when|after|before|while|where)\b))[^.;]{1,70}?,?\s+(?:in|on)\s+$/i;

/** What an organization's founding or joining is, whatever its date. */
function claimKey(c: Claim): string {
  return c.kind === "org"
    ? `org ${c.org}`
    : c.kind === "membership"
      ? `${c.state} ${c.org} ${c.change}`
      : c.kind;
}

/** "a loose group called", "the consultative forum known as": an organization introduced before its name. */
const GROUP_CALLED =
  /^\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:group|grouping|bloc|club|forum|organi[sz]ation|alliance|union|association|council|format|body)\s+(?:called|named|known\s+as|dubbed)\s+/i;

/**
 * A body's full name introduced before its short one: " the Forum for the Progress of South
 * America, known as ", " the Union of South American Nations (".
 */
const FULL_NAME_KNOWN_AS =
  /^\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|for|of|and|the|in|on))*(?:,\s+(?:known\s+as|dubbed|called)|\s+\()\s*/u;

/** "the establishment of the": a founding told as a noun after its verb. */
const ESTABLISHMENT_OF = /^\s+the\s+(?:establishment|creation|founding|formation|birth)\s+of\s+/i;

const FOUNDING_VERB =
  /\b(?:founded|established|created|formed|set up|sets up|launched|launching|proclaimed|establishing|creating|founding(?!\s+Act\b)|establishes|creates|(?:create|establish)(?<!\bto\s(?:create|establish))|founds|(?:found|create|establish|set up)(?<=\b(?:met|gathered|convened)\s+(?:(?:in|at|on)\s+[^.;]{1,80}?\s+)?to\s(?:found|create|establish|set up)))\b/giu;

/**
 * An aside between a subject and its verb: "the presidents of A and B - X and Y - founded",
 * "A and B (then led by X) founded". What is left is what joins them.
 */
function withoutAside(between: string): string {
  return between.replace(/^\s*(?:[-–—]\s[^-–—]{1,200}?\s[-–—]|\([^()]{1,200}\))/, "");
}
// ("started life in 1997 as a consultative forum of A, B, C and D": the states it was made of.)
const BY_FOUNDERS =
  /^[^.;]{0,90}?\b(?:by|as\s+an?\s+(?:[\w-]+\s+){0,2}(?:forum|grouping|group|club|bloc|alliance|union|association|partnership)\s+of)\s+(?:the\s+)?$/;
const WHEN_FOUNDERS = /^[^.;]{0,100}?\bwhen\s+(?:the\s+(?:leaders|presidents|governments)\s+of\s+)?$/;

/**
 * "... founded in 2001 by A, B and C": the states after "by" are founding members; so are
 * those of "X, which A, B and C founded", between the organization and the verb.
 */
function founders(s: SentenceView, at: number, org: Mention, date: string): Found[] {
  // ("The customs union of A, B and C starts operating": the states that make it up, named with it.)
  const orgEnd = local(s, org) + org.text.length;
  const ofFirst = s.mentions.find(
    (x) =>
      x.kind === "state" &&
      local(s, x) > orgEnd &&
      /^\s+of\s+(?:the\s+)?$/i.test(s.text.slice(orgEnd, local(s, x))),
  );
  if (ofFirst && local(s, org) < at) {
    const listed = coordinated(
      s,
      s.mentions.filter((x) => x.kind === "state"),
      ofFirst,
      1,
    );
    const last = listed[listed.length - 1] ?? ofFirst;
    if (/^\s*$/.test(s.text.slice(local(s, last) + last.text.length, at)))
      return uniqueActors(listed).map((state) => ({
        claim: { kind: "membership", state, org: org.actor, change: "join", date },
        confidence: 0.6,
      }));
  }
  const after = s.mentions.filter((x) => x.kind === "state" && local(s, x) > at);
  // "... founded in 2001 by A, B and C", "born in 1997, when A, B and C agreed to ...".
  const first = after.find(
    (x) =>
      BY_FOUNDERS.test(s.text.slice(at, local(s, x))) || WHEN_FOUNDERS.test(s.text.slice(at, local(s, x))),
  );
  let list = first ? coordinated(s, after, first, 1) : [];
  // "... came into being with A, B and C as its members".
  const withFirst = first
    ? undefined
    : after.find((x) => /^[^,.;]{0,60}?,?\swith\s+(?:the\s+)?$/i.test(s.text.slice(at, local(s, x))));
  if (withFirst) {
    const listed = coordinated(s, after, withFirst, 1);
    const last = listed[listed.length - 1] ?? withFirst;
    if (
      /^\s+as\s+(?:its\s+|the\s+)?(?:founding\s+|first\s+|original\s+)?members\b/i.test(
        s.text.slice(local(s, last) + last.text.length),
      )
    )
      list = listed;
  }
  if (!first && list.length === 0) {
    const orgEnd = local(s, org) + org.text.length;
    const between = s.mentions.filter((x) => x.kind === "state" && local(s, x) > orgEnd && local(s, x) < at);
    const last = between[between.length - 1];
    if (
      !last ||
      !/^\s*,?\s*(?:which|that)\s+$/i.test(s.text.slice(orgEnd, local(s, between[0] ?? last))) ||
      !/^\s*(?:had\s+|have\s+|jointly\s+)?$/i.test(s.text.slice(local(s, last) + last.text.length, at))
    )
      return [];
    list = coordinated(s, between, last, -1);
  }
  return uniqueActors(list.sort((a, b) => a.start - b.start)).map((state) => ({
    claim: { kind: "membership", state, org: org.actor, change: "join", date },
    confidence: 0.65,
  }));
}

/** "the four presidents", "the five original members", "the three signed": founders counted, not named. */
const FOUNDER_COUNT =
  /\b(?:the|its|their|all)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(?:(?:[\w-]+\s+){0,2}?(?:states|countries|nations|governments|leaders|presidents|heads of state|republics|members|founders|signatories)\b|(?=(?:had\s+|have\s+)?(?:signed|agreed|founded|launched|created|set up|met)\b))/gi;

/**
 * The founders the knowledge base knows, when the sentence counts them instead of naming
 * them: "GUAM was founded in Strasbourg, where the four presidents ...", "the five leaders
 * and Uzbekistan's Karimov met to found the SCO". The count, with the founders named beside
 * it, must be the number the knowledge base gives; otherwise none.
 */
function countedFounders(s: SentenceView, org: string, date: string, ctx: ReadingContext): readonly string[] {
  if (!ctx.members) return [];
  // (A date as precise as a year or month counts the members at its end.)
  const known = ctx.members(
    org,
    date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date,
  );
  if (known.length < 2) return [];
  FOUNDER_COUNT.lastIndex = 0;
  for (let m = FOUNDER_COUNT.exec(s.text); m !== null; m = FOUNDER_COUNT.exec(s.text)) {
    // ("one of the six founding members", "among its six original signatories": one founder
    // told of; "the twelve members of the European Community": another body's count.)
    if (
      /\b(?:one\s+of|among)\s+$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index)) ||
      /^\s+of\b/i.test(s.text.slice(m.index + m[0].length))
    )
      continue;
    const count = NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
    const from = m.index;
    const to = m.index + m[0].length;
    // Founders named beside the count ("and Uzbekistan's Karimov"), not the phrase's own mentions.
    const beside = new Set(
      s.mentions
        .filter(
          (x) =>
            x.kind === "state" &&
            known.includes(x.actor) &&
            (local(s, x) >= to || local(s, x) + x.text.length <= from) &&
            Math.abs(local(s, x) - from) < 80,
        )
        .map((x) => x.actor),
    );
    if (count === known.length || count + beside.size === known.length) return known;
  }
  return [];
}

/**
 * "In October 1997 A, B, C and D launched X": states found an organization named after the
 * verb; and "Founded in 2001 by A, B and C, the organisation...": one named after the list.
 * The founders are its first members, from the date of the founding.
 */
function foundedByStates(s: SentenceView, ctx: ReadingContext): Found[] {
  FOUNDING_VERB.lastIndex = 0;
  for (let m = FOUNDING_VERB.exec(s.text); m !== null; m = FOUNDING_VERB.exec(s.text)) {
    const at = m.index;
    const end = at + m[0].length;
    const date = dateNear(s, at);
    if (!date) continue;
    const states = s.mentions.filter((x) => x.kind === "state" && !isPlace(s, x));
    let org: string | undefined;
    let members: string[] = [];
    if (at === 0 || /^\s*$/.test(s.text.slice(0, at))) {
      // A sentence opening on the participle: the organization is the subject after the founders.
      const first = states.find((x) => local(s, x) > at && BY_FOUNDERS.test(s.text.slice(at, local(s, x))));
      if (!first) continue;
      const list = coordinated(s, states, first, 1);
      const listEnd = local(s, list[list.length - 1] ?? first) + (list[list.length - 1] ?? first).text.length;
      org = s.mentions.find((x) => isOrg(x) && local(s, x) > listEnd && local(s, x) - listEnd <= 30)?.actor;
      members = uniqueActors(list);
    } else {
      // ("proclaimed the establishment of the X": the organization after the noun.)
      // ("signed an agreement declaring the end of the union and establishing X": a second
      // participle of the agreement's.)
      // ("formed a loose group called GUAM": the organization after its name's introduction.)
      const noun =
        ESTABLISHMENT_OF.exec(s.text.slice(end, end + 40))?.[0].length ??
        GROUP_CALLED.exec(s.text.slice(end, end + 60))?.[0].length ??
        // ("launching the Forum for the Progress of South America, known as PROSUR".)
        FULL_NAME_KNOWN_AS.exec(s.text.slice(end, end + 120))?.[0].length ??
        0;
      // ("A, B and C created it at Belovezha": "it" is the organization the text is about.)
      org =
        s.mentions.find(
          (x) => isOrg(x) && local(s, x) >= end && local(s, x) - end - noun <= 20 && !isSetting(s, x),
        )?.actor ?? (/^\s+it\b/.test(s.text.slice(end, end + 4)) ? ctx.recentOrganization : undefined);
      const nearest = states.findLast((x) => local(s, x) < at);
      // ("the five leaders and Uzbekistan's Karimov met in Shanghai to found the SCO".)
      const counted = org ? countedFounders(s, org, date.date, ctx) : [];
      if (
        nearest &&
        /^[\s,]*(?:had|have|has|jointly|formally)?\s*$|^\s+(?:met|gathered|convened)\s+(?:(?:in|at|on)\s+[^.;]{1,80}?\s+)?(?:and|to)\s+$|^\s+(?:declared|announced|proclaimed)\s+that\s+[^.;]{1,80}?\s+and\s+$|^\s+(?:had\s+|has\s+|have\s+)?sign(?:ed|s)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:accord|agreement|treaty|declaration|charter|protocol)(?:,?\s+(?:which|that))?(?:\s+\w+ing\b[^.;]{0,100}?\s+and)?\s+$/i.test(
          withoutAside(s.text.slice(local(s, nearest) + nearest.text.length, at)),
        )
      )
        members = uniqueActors(coordinated(s, states, nearest, -1).sort((a, b) => a.start - b.start));
      else if (counted.length > 0) members = [...counted];
      else if (org && noun > 0 && /^proclaimed$/i.test(m[0])) {
        // "... and the six states proclaimed the establishment of the X": founded, whoever the founders.
        noteFounding(ctx, org, date.date);
        return [{ claim: { kind: "org", org, change: "found", date: date.date }, confidence: 0.65 }];
      } else continue;
    }
    if (!org || members.length === 0) continue;
    // ("In 1997 Georgia founded GUAM together with Ukraine, Azerbaijan and Moldova": the states
    // it founded it with are founders too.)
    const orgAfter = s.mentions.find((x) => isOrg(x) && x.actor === org && local(s, x) >= end);
    const partner =
      orgAfter &&
      states.find(
        (x) =>
          local(s, x) > local(s, orgAfter) &&
          FOUNDED_WITH.test(s.text.slice(local(s, orgAfter) + orgAfter.text.length, local(s, x))),
      );
    if (partner) members = [...new Set([...members, ...uniqueActors(coordinated(s, states, partner, 1))])];
    // "A had signed the protocol that created X": one signer named joined X at its founding.
    if (members.length === 1)
      return members.map((state) => ({
        claim: { kind: "membership" as const, state, org, change: "join" as const, date: date.date },
        confidence: 0.6,
      }));
    noteFounding(ctx, org, date.date);
    return [
      { claim: { kind: "org", org, change: "found", date: date.date }, confidence: 0.7 },
      ...members.map((state) => ({
        claim: { kind: "membership" as const, state, org, change: "join" as const, date: date.date },
        confidence: 0.65,
      })),
    ];
  }
  return [];
}

// ---------------------------------------------------------------- charter rules

const DECISION_VALUES: [RegExp, string][] = [
  [/\bqualified majority\b|\btwo-thirds\b/i, "qualified-majority"],
  [
    /\b(?:simple )?majority (?:vot(?:e|ing)|rule|principle|decisions?)\b|\bsimple majority\b/i,
    "simple-majority",
  ],
  // ("voted unanimously to end the mission": one vote's outcome, no rule for deciding.)
  [/\bunanimity\b|\bunanimous\b/i, "unanimity"],
  [/\bconsensus\b/i, "consensus"],
];

const RULES: {
  re: RegExp;
  rule: "collective-defence" | "exclusive-alliance" | "foreign-base-consent" | "foreign-bases-prohibited";
  value?: string;
  part: number;
}[] = [
  {
    re: /\baggression against (?:one|any)\b[^.]{0,80}\b(?:all|every)\b|\battack (?:on|against) one\b[^.]{0,60}\ball\b|\bcollective (?:self-)?defen[cs]e (?:clause|obligation|commitment)\b|\b(?:come to the|go to the) (?:defen[cs]e|aid) of (?:any|an?) (?:ally|member(?: state)?)\b/i,
    rule: "collective-defence",
    part: PART.collectiveDefence,
  },
  {
    re: /\bnot (?:be )?(?:permitted|allowed) to (?:join|enter) (?:any )?other (?:military )?(?:alliances|blocs)|\bmay not join (?:any )?other military\b|\bnot to (?:join|enter) (?:any )?other (?:military )?(?:alliances|blocs)\b|\b(?:members?|member states|parties|signatories|allies)\b[^.;]{0,40}\bnot to (?:join|enter) (?:any )?(?:military )?(?:alliances|blocs)\b|\b(?:forbids|forbade|bars|barred|prohibits|prohibited|bans|banned)\s+(?:its\s+|the\s+)?(?:members?|member states|parties|signatories)\s+from\s+(?:joining|entering)\s+(?:any\s+)?other\s+(?:military\s+)?(?:alliances|blocs)\b/i,
    rule: "exclusive-alliance",
    part: PART.exclusiveAlliance,
  },
  {
    re: /\b(?:consent|approval|agreement|consensus) of all (?:the )?(?:its |other )?(?:member states|members|others|partners|allies)\b/i,
    rule: "foreign-base-consent",
    value: "all-members",
    part: PART.baseConsent,
  },
  {
    re: /\bforbid\w*[^.;]{0,50}\ballow\w* (?:the )?(?:foreign )?military bases\b|\b(?:prohibit|forbid|forbad|bar|ban)\w* (?:the )?(?:stationing|deployment|establishment|presence) of foreign (?:military )?(?:bases|troops)|\bban\w* (?:on )?foreign military bases|\b(?:prohibit|forbid|forbad|bar|ban)\w* (?:the )?foreign (?:military )?(?:bases|troops)\b|\b(?:rul\w* out|bar\w*|prohibit\w*|ban\w*)\b[^.;]{0,60}?\bhost\w* (?:any )?foreign (?:military )?(?:bases|troops)\b|\bnot (?:to )?allow(?:ed|s)? (?:the (?:establishment|stationing|deployment|presence) of )?(?:new |any )?(?:foreign )?military bases\b|\bnot (?:to )?(?:allow|permit)(?:ted|ed|s)? (?:the )?(?:stationing|deployment|presence) of (?:any )?foreign (?:military )?(?:bases|troops|forces)\b|\bnot (?:to )?(?:allow|permit) (?:any )?foreign (?:military )?(?:bases|troops|forces)\b[^.;]{0,30}?\bto be (?:stationed|deployed|based)\b|\b(?:host|allow|permit)s? no foreign (?:military )?(?:bases|troops)\b/i,
    rule: "foreign-bases-prohibited",
    part: PART.basesProhibited,
  },
];

/** Before a rule's words, a rule called on: "invoked the", "citing the CSTO's", "triggered its". */
const RULE_CALLED_ON =
  /\b(?:invok(?:ed|es|ing|e)|cit(?:ed|es|ing|e)|trigger(?:ed|s|ing)?|activat(?:ed|es|ing|e))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Words of proposing a rule: "proposed", "floated", "circulated a draft under which". */
const PROPOSAL =
  /\b(?:propos\w*|suggest(?:ed|s|ing)|floated|put forward|tabled|circulated (?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:draft|proposal|plan)|pushed for|call(?:ed|s|ing) for)\b/i;

/**
 * Who proposed: the state or person named last before "proposed" ("at a summit in Astana,
 * Medvedev proposed": not the place), else the first named.
 */
function proposerOf(s: SentenceView, org: string | null): string | undefined {
  const proposers = s.mentions.filter(
    (x) => (x.kind === "state" || x.kind === "person") && x.actor !== org && !isPlace(s, x),
  );
  const verb = PROPOSAL.exec(s.text);
  const before = verb ? proposers.findLast((x) => local(s, x) < verb.index) : undefined;
  return (before ?? proposers[0])?.actor;
}

/** A body named by a capitalised name: "the Liptako-Gourma Charter", "the Alliance of Sahel States". */
const UNKNOWN_BODY =
  /\b(?:(?:(?!(?:The|This|That|Its|Their|Our|An?)\s)\p{Lu}[\p{L}-]+\s+){1,4}(?:Alliance|Organi[sz]ation|Union|Community|Pact|Charter|Treaty|Council|League|Bloc)|(?:Alliance|Organi[sz]ation|Union|Community|League|Council)\s+of\s+(?:the\s+)?\p{Lu})/u;

export function ruleClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  // The organization named here, else the one the text is about ("Article 4 states that...").
  // (Not the one the text is about where the sentence names a body the knowledge base does not
  // know: "signed the Liptako-Gourma Charter, creating the Alliance of Sahel States".)
  const org =
    s.mentions.find(isOrg)?.actor ?? (UNKNOWN_BODY.test(s.text) ? null : (ctx.recentOrganization ?? null));
  const datedOrFounded = (subject: string) => {
    // ("Article 4 of the 1992 Collective Security Treaty": the year that names the treaty.)
    const naming = s.dates.find(
      (d) =>
        d.attributive === true &&
        s.mentions.some(
          (x) =>
            x.actor === subject && local(s, x) > d.start - s.start && local(s, x) - (d.start - s.start) <= 6,
        ),
    );
    const d = naming ?? s.dates[0];
    if (d) return { date: d.date };
    const f = ctx.founded.get(subject);
    if (f) return { date: f.slice(0, 4) };
    // "The concept says Mongolia will not ...": a law the story just dated.
    return LEGAL_TEXT.test(s.text) && ctx.narrativeDate ? { date: ctx.narrativeDate.date } : null;
  };
  const cued = partCues(s);
  // "without the consensus of all members" asks consent for one thing; it is no decision rule.
  // (Taking words out joins no new ones: the words of what is left are the sentence's, cued or not.)
  const decisionText =
    (cued & PART.decision) === 0
      ? ""
      : s.text.replace(/\b(?:consent|approval|agreement|consensus) of all\b/gi, "");
  for (const [re, value] of DECISION_VALUES) {
    const said = re.exec(decisionText);
    if (!org || !said) continue;
    // The value must be said of deciding ("the principle of unanimity when making decisions"),
    // near it: "relies on the consensus of its members" is no rule for how it decides.
    const near = s.text.slice(Math.max(0, said.index - 50), said.index + said[0].length + 50);
    if (!/\b(?:decision|decid|vot|principle|mechanism|rule|requir)/i.test(near)) continue;
    const change = PROPOSAL.test(s.text) ? "propose" : /\breject\w*\b/i.test(s.text) ? "reject" : "adopt";
    // The organization whose rule it is: the one named nearest before the value ("Inheriting
    // the treaty's practices, the CSTO adopted the principle of unanimity"), else the first.
    const subject = s.mentions.findLast((x) => isOrg(x) && local(s, x) < said.index)?.actor ?? org;
    const proposer = change === "propose" ? proposerOf(s, org) : undefined;
    const date =
      change === "propose" ? (s.dates[0] ? { date: s.dates[0].date } : null) : datedOrFounded(subject);
    if (!date) continue;
    out.push({
      claim: {
        kind: "rule",
        subject,
        rule: "decision",
        value,
        change,
        ...(proposer ? { by: proposer } : {}),
        ...date,
      },
      confidence: 0.6,
    });
    break;
  }
  if ((cued & PART.neutrality) !== 0) out.push(...neutralityClaims(s, ctx));
  for (const r of RULES) {
    if ((cued & r.part) === 0 || !r.re.test(s.text)) continue;
    // (The organization or treaty named last before the rule's words: "the bloc had used
    // Article 4 of the 1992 Tashkent treaty, the clause under which an attack on one ...".)
    const ruleAt = r.re.exec(s.text)?.index ?? 0;
    const subject =
      r.rule === "foreign-bases-prohibited"
        ? (s.mentions.find((x) => x.kind === "state" || x.kind === "person")?.actor ?? null)
        : (s.mentions.findLast((x) => isOrg(x) && local(s, x) < ruleAt)?.actor ?? org);
    if (!subject) continue;
    // ("Armenia invoked the collective defence clause": a rule in force already, called on.)
    if (RULE_CALLED_ON.test(s.text.slice(Math.max(0, ruleAt - 60), ruleAt))) continue;
    // "circulated a draft under which no member could host ...": a rule proposed, not adopted.
    const proposal = PROPOSAL.exec(s.text);
    const proposed = proposal !== null && proposal.index < (r.re.exec(s.text)?.index ?? 0);
    const proposer = proposed ? proposerOf(s, subject) : undefined;
    const date = proposed ? (s.dates[0] ? { date: s.dates[0].date } : null) : datedOrFounded(subject);
    if (!date) continue;
    out.push({
      claim: {
        kind: "rule",
        subject,
        rule: r.rule,
        change: proposed ? "propose" : "adopt",
        ...(r.value ? { value: r.value } : {}),
        ...(proposer ? { by: proposer } : {}),
        ...date,
      },
      confidence: 0.6,
    });
  }
  return out;
}

/** A state's own legal text, which a sentence may quote without its date ("Under it, Turkmenistan undertakes"). */
const LEGAL_TEXT =
  /\b(?:constitution|law|concept|doctrine|code|basic law|statute)\b|^\s*Under (?:it|this|that)\b/i;

/** Words of taking neutrality up (or of the law or vote that does). */
const NEUTRALITY_TAKEN =
  /\b(?:proclaim|declar|adopt|enshrin|recogni[sz]|written|wrote|write|pass|approv|chose|choos|opted|embrac|introduc|establish|grant|bec[oa]me|confirm|reaffirm|restat|vot|law|constitution|referendum|amend|undert[ao]|commit|pledg|abandon|renounc|remov|delet|drop|scrap|gave up|giv|end|str[ui]ck)\w*/i;

/** A state's neutrality: it joins no alliance ("permanent neutrality", "non-aligned status"). */
const NEUTRALITY =
  /\b(?:(?:will|would|shall|does|do|may) not|undert(?:akes|ook|ake) not to|not to) (?:join|enter) (?:any )?military(?:-political)? (?:alliances?|blocs?|groupings?)\b|\bjoins? no military(?:-political)? (?:alliances?|blocs?|groupings?)\b|\b(?:nor|not|no)\s+(?:(?:to\s+)?(?:allow|permit)\w*\s+)?(?:participation|membership) in (?:any )?military(?:-political)? (?:alliances?|blocs?|groupings?)\b|\bnot (?:to )?(?:participate|take part) in (?:any )?military(?:-political)? (?:alliances?|blocs?|groupings?)\b|\b(?:permanent |military |armed )?neutrality\b|\bnon-?aligned status\b|\bnon-?bloc (?:status|state|country)\b|\bneutral status\b|\bpermanently neutral\b|\bforbid\w* (?:the country |it |the state )?to join (?:any )?military (?:blocs|alliances)\b|\b(?:rul\w* out|bar\w*|prohibit\w*|ban\w*)\b[^.;]{0,30}?\b(?:join\w*|participation in|membership (?:in|of)) (?:any )?military(?:-political)? (?:blocs?|alliances?)\b/gi;
/** Giving it up: "abandoned the non-aligned status", "removed the aim of neutrality". */
const NEUTRALITY_DROPPED =
  /\b(?:abandon\w*|renounc\w*|remov\w*|delet\w*|dropp?(?:ed|ing|s)?|scrap\w*|gave up|giv(?:es|ing) up|end(?:ed|s|ing)?|str(?:uck|ikes?|iking) (?:out|from)|excis\w*|erased?)\b/i;

/**
 * "Moldova's constitution proclaims permanent neutrality", "Turkmenistan, whose permanent
 * neutrality was recognised in 1995", "parliament abandoned the non-aligned status it had
 * written into law in 2010": a state's rule to join no alliance, taken up or dropped. The
 * state is the one named nearest before the word; a drop is dated near its verb, and a
 * taking-up the sentence recalls is told too.
 */
function neutralityClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  NEUTRALITY.lastIndex = 0;
  const m = NEUTRALITY.exec(s.text);
  if (!m) return out;
  const states = s.mentions.filter((x) => x.kind === "state" || x.kind === "person");
  const subject = states.findLast((x) => local(s, x) < m.index)?.actor ?? states[0]?.actor;
  if (!subject) return out;
  const before = s.text.slice(Math.max(0, m.index - 60), m.index);
  const dropped = NEUTRALITY_DROPPED.exec(before);
  if (dropped) {
    const verbAt = m.index - before.length + dropped.index;
    const prior = s.dates.findLast((d) => d.start - s.start < verbAt);
    const date = prior ? { date: prior.date } : dateNear(s, verbAt);
    if (date)
      out.push({
        claim: { kind: "rule", subject, rule: "no-alliances", change: "drop", date: date.date },
        confidence: 0.55,
      });
    // "... the status it had written into law in 2010": when it was taken up.
    const after = s.text.slice(m.index + m[0].length);
    const law = /^[^.;]{0,40}?\b(?:written|wrote|enshrined|declared|proclaimed|adopted)\b/i.exec(after);
    const taken = law
      ? s.dates.find((d) => d.start - s.start > m.index + m[0].length + (law.index ?? 0))
      : undefined;
    if (taken)
      out.push({
        claim: { kind: "rule", subject, rule: "no-alliances", change: "adopt", date: taken.date },
        confidence: 0.5,
      });
    return out;
  }
  // "on grounds of its permanent neutrality", "incompatible with neutrality": a neutrality held
  // already is no taking it up; nor is one named with no word of taking it up at all
  // ("neutrality has been superb at protecting the ruling family").
  if (
    /\b(?:(?:grounds|because|reasons?|name|sake|basis)\s+of|(?:citing|cited|invoking|invoked)|(?:incompatible|in line|consistent|at odds)\s+with)\s+(?:(?:its|their|the)\s+)?$/i.test(
      before,
    ) ||
    (/^(?:permanent |military |armed )?neutrality$|^neutral status$|^permanently neutral$/i.test(m[0]) &&
      !NEUTRALITY_TAKEN.test(s.text))
  )
    return out;
  const date =
    dateNear(s, m.index) ?? (LEGAL_TEXT.test(s.text) && ctx.narrativeDate ? ctx.narrativeDate : null);
  if (!date) return out;
  out.push({
    claim: { kind: "rule", subject, rule: "no-alliances", change: "adopt", date: date.date },
    confidence: 0.55,
  });
  // "...; it scrapped that status in December 2014": given up later in the same sentence.
  const later = THAT_STATUS_DROPPED.exec(s.text.slice(m.index + m[0].length));
  if (later) {
    const at = m.index + m[0].length + later.index;
    const when = dateNear(s, at);
    if (when && when.date !== date.date)
      out.push({
        claim: { kind: "rule", subject, rule: "no-alliances", change: "drop", date: when.date },
        confidence: 0.5,
      });
  }
  return out;
}

/** "scrapped that status", "abandoned the policy": the neutrality just named, given up. */
const THAT_STATUS_DROPPED =
  /\b(?:abandon\w*|renounc\w*|scrap\w*|dropp?(?:ed|ing|s)?|gave up|end(?:ed|s))\s+(?:that|this|the|its)\s+(?:non-?bloc\s+|neutral\s+|non-?aligned\s+)?(?:status|policy|neutrality)\b/i;

// ---------------------------------------------------------------- bases

/** What a base was handed back over, up to the state: "back to ", "over to the ", "... to " after "returned". */
const HANDED_BACK_TO =
  /^[^.;]*?\b(?:back|over)\s+to\s+(?:the\s+)?$|^[^.;]*?\s+to\s+(?:the\s+)?$(?<=\breturn(?:ed|s|ing)?\b[^.;]*)/i;

type BaseChange = "exists" | "close" | "extend" | "plan" | "abort" | "open";
/** A state's order that another's forces leave a place, up to the place: "ordered U.S. troops off". */
const ORDERED_OFF = String.raw`order(?:ed|s)?\s+(?:[\w.'’-]+\s+){0,3}?(?:troops|forces|soldiers|personnel|aircraft|planes)\s+off`;
const BASE_CHANGES: [RegExp, BaseChange][] = [
  [/\balready\b|\bexisting\b/i, "exists"],
  [
    /\b(?:expul\w*|expel\w*|evict\w*|clos(?:e(?!\s+(?:to|by|ties|relations|ally|allies|partners?|cooperation)\b)|ed|ing|ure)|withdr[ae]w(?<!\b(?:partial|limited)\s+withdr[ae]w)\w*|withdrawn|shut\w*|switched off|terminat\w*|end(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}(?:lease|agreement|contract|presence)|vacat\w*|(?:gave|gives|given|giving) up|hand(?:ed|s|ing)? over|hand(?:ed|s|ing)? (?:[\w'’"“”-]+\s+){0,6}?back|return(?:ed|s|ing)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:bases?|radar|station|facility|airfield|site)\s+(?:[\w'’-]+\s+){0,3}?to\b|pull(?:ed|s|ing)? out|(?:stopped|ceased|stops|ceases)\s+(?:operating|using|running))\b|\b(?:which|that)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}left\b|\b(?:left|quit|quits|quitting)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:bases?|airfields?|cent(?:re|er)s?|facilit(?:y|ies))\b/i,
    "close",
  ],
  // "ordered U.S. troops off the airfield" (see ORDERED_OFF).
  [new RegExp(String.raw`\b${ORDERED_OFF}\b`, "i"), "close"],
  [
    /\bextend\w*\b[^.]{0,60}\bleas\w*|\bextend\w*\b[^.;]{0,60}\buntil (?:at least )?(?:19|20)\d\d\b|\bextend\w*\s+(?:\S+\s+){0,2}(?:use|presence|stay|deployment)\s+(?:of|at|in)\b|\bleas\w*\b[^.]{0,60}\bextend\w*\b|\bprolong\w*\b|\b(?:\d+|\w+)-year (?:lease|extension)\b|\b(?:stay|remain)\s+(?:for\s+)?(?:another\s+|a further\s+)?(?:\d+|\w+)\s+(?:more\s+)?years\b|\bkeep(?:s|ing)?\b[^.;]{0,120}\b(?:until (?:at least )?(?:19|20)\d\d|for (?:another |a further )?\w+ (?:more )?(?:years|decades))\b/i,
    "extend",
  ],
  [/\b(?:dropped|abandon\w*|abort\w*|shelved|cancel\w*|scrapped|never (?:built|opened))\b/i, "abort"],
  [
    /\b(?:plan\w*|intend\w*|proposed|would (?:open|set up|build)|negotiat(?:e|ing)|(?:were|was|are|is) discussing|draft\s+(?:agreement|deal|accord|treaty)|seek\w*|sought|wanted to (?:build|open|set up|station)|agree(?:d|s)?\s+(?:in\s+principle\s+)?(?:(?:on|in)\s+[\w ,]{1,25}?\s+)?to\s+(?:host|re-?open|open|build|set up|station))\b/i,
    "plan",
  ],
  [
    /\b(?:offer\w*|open\w*|establish\w*|set up|granted|deploy\w*|hosted|stationed(?<!\b(?:are|is|remain|remains)\s+(?:(?:still|also|now)\s+)?stationed)|built|constructed|arriv\w*|switched on|(?:turned|converted|transformed) into|became (?:an?|its|their) (?:[\w-]+ ){0,3}(?:base|facility|installation)|(?:allow(?:ed|s|ing)?|let|permitt(?:ed|ing)|permits?)\s+(?:[\w.'’-]+\s+){1,3}to\s+use)\b/i,
    "open",
  ],
];
/**
 * Regions a foreign force stands in that are not states of their own in the knowledge base:
 * the state the United Nations recognises them as part of hosts a base there.
 */
const REGIONS: Readonly<Record<string, string>> = {
  abkhazia: "GEO",
  "south ossetia": "GEO",
  tskhinvali: "GEO",
  sukhumi: "GEO",
  gudauta: "GEO",
  transnistria: "MDA",
  transdniestria: "MDA",
  tiraspol: "MDA",
  crimea: "UKR",
  "nagorno-karabakh": "AZE",
  karabakh: "AZE",
  kaliningrad: "RUS",
  "gorno-badakhshan": "TJK",
};
/** The regions' names, as alternatives of an expression. */
const REGION_NAMES = Object.keys(REGIONS).join("|");
const REGION_AFTER = new RegExp(
  `^\\s*,?\\s+(?:at|in|near)\\s+(?:the\\s+)?(?:[A-Z][\\w-]+,\\s+)?(${REGION_NAMES})\\b|^\\s*,\\s*(${REGION_NAMES})\\b`,
  "i",
);

/** The state that hosts a base in a region named right after the base word, if any. */
function regionAfter(text: string, from: number): string | undefined {
  const m = REGION_AFTER.exec(text.slice(from, from + 60));
  const name = (m?.[1] ?? m?.[2])?.toLowerCase();
  return name === undefined ? undefined : REGIONS[name];
}

/** A region named as where an attack went: " in Nagorno-Karabakh", " into the Crimea". */
const REGION_IN = new RegExp(
  `^[^.;]{0,40}?\\b(?:in|into|on|across|against)\\s+(?:the\\s+)?(${REGION_NAMES})\\b`,
  "i",
);

/** A region's name right after a verb: "annexed Crimea", "seized the Donbas". */
const REGION_OBJECT = /^\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/**
 * The region named right after `at` whose state the reader knows ("annexed Crimea": UKR): its
 * name, where the name starts and that state; undefined for any other word.
 */
function regionObject(
  text: string,
  at: number,
): { readonly name: string; readonly start: number; readonly owner: string } | undefined {
  const m = REGION_OBJECT.exec(text.slice(at));
  const name = m?.[1];
  if (!m || name === undefined) return undefined;
  const owner = REGIONS[name.toLowerCase()] ?? REGIONS[name.split(/\s+/)[0]?.toLowerCase() ?? ""];
  return owner === undefined ? undefined : { name, start: at + m[0].length - name.length, owner };
}

/** The year of a deal that extended a base: "a 2012 agreement that extended its stay". */
function extendingDeal(s: SentenceView): ClaimDate | null {
  const d = s.dates.find(
    (x) =>
      x.attributive === true && EXTENDING_DEAL.test(s.text.slice(x.start - s.start, x.start - s.start + 80)),
  );
  return d ? { date: d.date } : null;
}
const EXTENDING_DEAL =
  /^(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|treaty|protocol)\s+(?:that|which)\s+(?:extended|prolonged|renewed)\b/iu;

/** After a base, its verb in the present: "(Kant air base) remains active", "stays in Russian use". */
const STILL_STANDS = /^[^;.]{0,90}?\b(?:stays|remains|(?:is|are)\s+still|continues)\b/i;

/**
 * "X hosts Y's base", "Russia still keeps its base at Kant", "the Russians are still there, at
 * the base in Gyumri": a base standing on the day of writing (not "an agreement that keeps the
 * base there until 2042").
 */
const HOSTS_NOW =
  /\b(?:hosts|houses|is home to|still (?:has|have|runs|operates)|(?:is|are) still (?:there|here|in place))\b|\b(?:keeps|maintains)\b(?<!\b(?:agreement|deal|treaty|accord|arrangement|lease|protocol)s?\s+(?:that|which)\s+\w+)/i;
/**
 * The operator's verb in the present, or in a present perfect that runs up to now, before the
 * base: "Germany still operates a transit air base", "Russia has kept a radar at X", "Russia,
 * already entrenched at the Hmeimim air base" (not "was already entrenched": then, not now).
 */
const HELD_NOW =
  /\b(?:(?<!\b(?:was|were|been|became|become)\s+)(?:already|firmly|long)\s+(?:entrenched|ensconced|installed|dug\s+in)\s+(?:at|in)|(?:still|now|currently|today|already)\s+(?:\w+\s+)?(?:operates?|runs?|rents?|leases?|keeps?|maintains?|uses?|has|have)|continues?\s+to\s+(?:operate|run|rent|lease|keep|maintain|use|hold)|operates|runs|rents|leases|maintains|keeps|(?:has|have)\s+(?:long\s+)?(?:kept|maintained|operated|run|had|used))\s+(?:[\w'’-]+\s+){0,5}$/i;

/**
 * A holder's present verb, then the sites it holds listed after a colon or a comma: "Russia
 * runs two facilities in X: ...", "Russia keeps two installations on Belarusian soil, a radar
 * at Hantsavichy and ...".
 */
const HELD_LISTED =
  /\b(?:(?:still|now|currently)\s+)?(?:operates|runs|rents|leases|maintains|keeps|has)\s+(?:[\w'’-]+\s+){0,4}?(?:facilities|bases|sites|installations|stations)\b[^:;.,]{0,40}[:,][^;.]*$/i;

/** How far before a base word a site the knowledge base knows may be named. */
const SITE_REACH = 100;

type KnownSite = { host: string; operator: string; site: string };

/** The verbs of leaving a known site, as a trigger (see LEFT_SITE). */
const LEAVING =
  /\b(?:left|leaves?|withdr[ae]wn? from|pulled out of|vacated|handed over|quit|evict\w*|expel\w*|used|operated (?:from|out of)|flew (?:from|out of))\b/i;

/** Forces made to leave a place: "threw U.S. forces out of", "kicked the Americans out of". */
const THROWN_OUT_OF = new RegExp(
  String.raw`\b(?:(?:thr[eo]w\w*|kick(?:ed|s|ing)?|forc(?:ed|es|ing))\s+(?:[\w.'’-]+\s+){0,3}out\s+of|${ORDERED_OFF})\b`,
  "i",
);
/** THROWN_OUT_OF right before a site. */
const THROWN_OUT = new RegExp(`${THROWN_OUT_OF.source}\\s+(?:the\\s+)?$`);
/** PRESENT_AT_SITE anywhere in a sentence (the cue test's trigger for it). */
const SITE_PRESENCE =
  /\b(?:stationed|based|deployed|garrisoned|remains?|stays?)\s+(?:at|in|near)\b|\b(?:keeps?|maintains?|has|have)\s+(?:[\w,-]+\s+){0,3}(?:troops|forces|soldiers|servicemen|personnel|units|aircraft|warships|contingent|garrison|presence)\b/i;

/** Leaving a place: before a site the knowledge base knows, it closes the base there. */
const LEFT_SITE = new RegExp(
  `(?:${LEAVING.source})\\s+(?:the\\s+)?$|\\b(?:evict\\w*|expel\\w*)\\s+(?:[\\w.-]+\\s+){0,3}from\\s+(?:the\\s+)?$|${THROWN_OUT.source}|\\band\\s+$`,
  "i",
);

/** A closing promised or expected: "undertook to close", "pledged to withdraw from", "is due to hand over". */
const PROMISED_CLOSE =
  /\b(?:undert(?:ook|akes?)|promised|pledged|vowed|committed itself|(?:is|are|was|were) (?:(?:due|expected|set|scheduled)\s+)?)\s*to\s+(?:\w+\s+)?(?:close|withdraw|vacate|leave|hand|shut|pull)\b/i;

/**
 * A closing demanded of another: "demanded that Russia close", "called on Moscow to withdraw
 * from". (A host that "asked the US to withdraw from" its base is the closing, as the shared
 * gold reads "requested the U.S. army to withdraw from the Karshi-Khanabad air base".)
 */
const DEMANDED_CLOSE =
  /\b(?:demand(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s|ing)? on)\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}?(?:to\s+)?(?:close|withdraw|vacate|leave|shut|pull|hand)\b/i;

/** The words of a site closed, told of the site: "Vaziani was handed over", "declared Gudauta closed". */
const SITE_CLOSED_WORD = /\b(?:handed|vacated|closed|shut|evacuated|abandoned)\b/i;
/** Either kind of verb, tested once before the sites are looked for. */
const LEAVING_OR_CLOSED = new RegExp(
  `${LEAVING.source}|${SITE_CLOSED_WORD.source}|\\bout of\\b|${THROWN_OUT_OF.source}`,
  "i",
);
const SITE_CLOSED =
  /^\s+(?:(?:was|were|had been|has been)\s+(?:formally\s+|finally\s+|officially\s+)?(?:handed (?:over|back)|vacated|closed|shut(?: down)?|evacuated|abandoned)|closed)\b/i;

/** "the last US aircraft left in November": the base named in the sentence closed then. */
const LAST_LEFT =
  /\bthe last (?:[\w.-]+\s+){0,3}(?:aircraft|planes?|troops|soldiers|servicemen|units|forces|contingents?|personnel)\s+(?:had\s+)?left\b/i;

/**
 * "They left Akhalkalaki in June 2007 and Batumi in November 2007": with no word for a base,
 * a site the knowledge base knows, right after a verb of leaving (or "and" after one such
 * site), is its base closing, at the date after it (or, told as an order to leave, "gave the
 * Americans 180 days to leave K2", at the sentence's date before it); "the last US aircraft
 * left in November" closes it at that date. The base's operator or host must be named in
 * the sentence.
 */
function knownSitesLeft(s: SentenceView, ctx: ReadingContext, hits: readonly SiteHit[]): Found[] {
  if (hits.length === 0 || !LEAVING_OR_CLOSED.test(s.text)) return [];
  const passive = SITE_CLOSED_WORD.test(s.text);
  const named = new Set(s.mentions.map((m) => m.actor));
  const out: Found[] = [];
  let leaving = false;
  /** Whether the site before was told closed in the passive ("Akhalkalaki was handed over on ..."). */
  let closedBefore = false;
  for (const { at, site } of hits) {
    // "Vaziani was handed over in 2001", "declared Gudauta closed": the site itself closed.
    if (passive) {
      const end = at + (/^[\p{L}'’-]+/u.exec(s.text.slice(at))?.[0].length ?? 0);
      // ("... was handed over on 27 June 2007 and Batumi on 13 November": the verb left out.)
      const gapped =
        closedBefore && /\band\s+$/i.test(s.text.slice(Math.max(0, at - 6), at))
          ? s.dates.find((d) => /^\s+(?:on|in)\s+$/i.test(s.text.slice(end, d.start - s.start)))
          : undefined;
      if (gapped) {
        out.push(siteClosed(site, gapped.date));
        continue;
      }
      closedBefore = false;
      const closed = SITE_CLOSED.exec(s.text.slice(end, end + 40));
      if (
        closed &&
        (!/^\s+closed/i.test(closed[0]) ||
          /\bdeclared\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, at - 20), at)) ||
          /^\s+(?:was|were|had been|has been)/i.test(closed[0]))
      ) {
        const from = end + closed[0].length;
        const date =
          s.dates.find((d) => d.start - s.start >= from && d.start - s.start - from <= 20) ??
          s.dates.findLast((d) => d.start - s.start < at) ??
          ctx.narrativeDate;
        if (date) {
          out.push(siteClosed(site, date.date));
          closedBefore = true;
          continue;
        }
      }
    }
    const lead = LEFT_SITE.exec(s.text.slice(Math.max(0, at - 30), at));
    leaving = lead !== null && (!/^and/i.test(lead[0].trim()) || leaving);
    // "American aircraft used K2 until 2005": a use that ended, not any use.
    if (
      lead !== null &&
      /\b(?:used|operated|flew)\b/i.test(lead[0]) &&
      !/^[^.;]{0,40}?\buntil\s/i.test(s.text.slice(at + site.site.length, at + site.site.length + 50))
    )
      leaving = false;
    // "gave the Americans 180 days to leave K2", "ordered them to leave": an eviction; "would
    // have to leave Manas" is only said.
    if (
      lead !== null &&
      /\bleave\s/i.test(lead[0]) &&
      !/\b(?:days|weeks|months|ordered|told|forced)\b[^.;]{0,30}\bto\s+leave\s+(?:the\s+)?$/i.test(
        s.text.slice(Math.max(0, at - 70), at),
      )
    )
      leaving = false;
    if (!leaving || !(named.has(site.operator) || named.has(site.host))) continue;
    const last = LAST_LEFT.exec(s.text.slice(at));
    const date =
      (last &&
        s.dates.find(
          (d) => d.start - s.start > at + last.index && d.start - s.start - at - last.index <= 80,
        )) ||
      // (Not across ", and": "evicted US forces from X, and in 2030 it closed ..." is the next clause's.)
      s.dates.find(
        (d) =>
          d.start - s.start > at &&
          d.start - s.start - at <= 45 &&
          !/;|,\s+(?:and|but)\s/.test(s.text.slice(at, d.start - s.start)),
      ) ||
      // ("On 21 November the last US aircraft left K2": a leaving dated before it, as an order to leave is.)
      (lead !== null && !/\b(?:used|operated|flew)\b/i.test(lead[0])
        ? s.dates.findLast((d) => d.start - s.start < at)
        : undefined);
    if (!date) continue;
    out.push(siteClosed(site, date.date));
  }
  return out;
}

/**
 * "Russia still rents Baikonur", "Germany operates Termez": a site the knowledge base knows,
 * held by its operator on the day of writing.
 */
function knownSitesHeld(s: SentenceView, ctx: ReadingContext, hits: readonly SiteHit[]): Found[] {
  if (!ctx.published) return [];
  const out: Found[] = [];
  /** Where the last site held ends, and how far the text after it may list more. */
  let heldUntil = -1;
  for (const { at, site } of hits) {
    // "Russian troops are still stationed at Gudauta in Abkhazia and in Tskhinvali": the second
    // site of the list is held as the first.
    const listed = heldUntil >= 0 && HELD_LIST_GAP.test(s.text.slice(heldUntil, at));
    // (The operator is the one said to hold it: named before the verb.)
    if (
      !(
        listed ||
        HELD_SITE.test(s.text.slice(Math.max(0, at - 40), at)) ||
        PRESENT_AT_SITE.test(s.text.slice(Math.max(0, at - 70), at))
      ) ||
      !s.mentions.some((m) => m.actor === site.operator && local(s, m) < at)
    )
      continue;
    heldUntil = at + site.site.length;
    out.push(knownSiteClaim(site, "exists", ctx.published.date, 0.5));
  }
  return out;
}
/**
 * Forces said to be at a known site now: "troops are still stationed at", "keeps troops at",
 * "the Germans remain at".
 */
const PRESENT_AT_SITE =
  /\b(?:(?:is|are)\s+(?:(?:still|also|now)\s+)?(?:stationed|based|deployed|garrisoned)|(?:still\s+)?(?:keeps|maintains|has|have|keep|maintain)\s+(?:some\s+|about\s+|around\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:troops|forces|soldiers|servicemen|personnel|units|aircraft|warships|a\s+(?:[\w-]+\s+)?(?:contingent|garrison|presence))(?:\s+(?:stationed|based|deployed|garrisoned))?|(?<!\b(?:to|let|will|would|could|can|may|might|must|should|shall)\s+(?:[\w.-]+\s+){0,3})(?:still\s+)?(?:remains?|stays?))\s+(?:at|in|near)\s+(?:the\s+)?$/i;
/** Between one site held and the next in a list: "Gudauta in Abkhazia and in ", ", ". */
const HELD_LIST_GAP =
  /^(?:\s+(?:in|near)\s+\p{Lu}[\p{L}'’ -]{0,30}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:at|in|near)\s+)?(?:the\s+)?$/u;
/** The operator's verb right before a known site, in the present: "still rents", "operates". */
const HELD_SITE =
  /\b(?:(?:still|now|currently)\s+)?(?:rents|leases|operates|maintains|(?:still|now|currently)\s+(?:uses|holds|runs|keeps))\s+(?:the\s+)?$/i;

/** How many troops, before their state's name: "some 1,500", "several thousand", "both". */
const TROOP_COUNT =
  "(?:both\\s+)?(?:(?:some|about|around|roughly|nearly|over|more\\s+than)\\s+)?(?:[\\d,]+\\s+|(?:several|a\\s+few)\\s+(?:hundred|thousand)\\s+)?";
/** The states' names (one to six words) and the troops: "American, French and Japanese military forces". */
const TROOPS_OF =
  "((?:[\\p{L}-]+,?\\s+){1,6}?)(?:military\\s+)?(?:troops|forces|soldiers|servicemen|personnel)\\b";
/** "Moldova still hosts some 1,500 Russian troops", "hosts both American and Russian military forces". */
const HOSTS_TROOPS = new RegExp(
  `\\b(?:still\\s+)?(?:hosts|is\\s+home\\s+to)\\s+${TROOP_COUNT}${TROOPS_OF}`,
  "dgiu",
);
/** "1,500 Russian soldiers remain in Transnistria", "Russian troops are still stationed in Armenia". */
const TROOPS_REMAIN = new RegExp(
  `${TROOPS_OF}\\s+(?:(?:still\\s+)?remain|(?:are|is)\\s+still|(?:are|is|remain)\\s+(?:(?:still|also|now)\\s+)?(?:stationed|based|deployed))\\s+(?:stationed\\s+)?(?:in|on)\\s+(?:the\\s+)?`,
  "giu",
);
/**
 * "Russia keeps its own 201st Motorized Rifle Division in Tajikistan", "Moscow still had over
 * 300,000 troops stationed in East Germany that year": a state's forces kept in another, in
 * the present (now) or the past (then). The verb's group is whether it is told in the past.
 */
const TROOPS_KEPT =
  /\b(?:still\s+)?(?:(keeps|maintains|has)|(kept|maintained|had))\s+(?:its\s+own\s+|its\s+|their\s+own\s+|their\s+)?(?:(?:well\s+)?(?:some|about|around|roughly|nearly|over|more\s+than)\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,4}?(?:troops|forces|soldiers|servicemen|personnel|division|brigade|regiment|contingent|garrison)\s+(?:stationed\s+|based\s+|deployed\s+)?(?:in|on)\s+(?:the\s+)?/giu;
/**
 * "The 28,500 American troops stationed in South Korea remain ...", "the French soldiers who
 * were stationed in Niger in July 2023": troops told as stationed somewhere, by a participle or
 * a relative clause. The clause's "are" or "were" is its group.
 */
const TROOPS_STATIONED = new RegExp(
  `${TROOPS_OF}\\s+(?:(?:who|that|which)\\s+)?(?:(?:(are|is)|were|was)\\s+)?(?:still\\s+)?(?:stationed|based|garrisoned)\\s+(?:in|on)\\s+(?:the\\s+)?`,
  "giu",
);
/** After the place, a sentence told in the present: "... remain the backbone", "are there to". */
const PRESENT_AFTER = /^[^.;]*?\b(?:remain|remains|are|is|form|forms|serve|serves|make up|makes up)\b/i;
/** Either, tested once before the mentions are looked at. */
const TROOPS_HOSTED = new RegExp(
  `${HOSTS_TROOPS.source}|${TROOPS_REMAIN.source}|${TROOPS_KEPT.source}|${TROOPS_STATIONED.source}`,
  "iu",
);
/**
 * The words TROOPS_HOSTED cannot match without (same flags, so the same letters fold), tested
 * first: its words before "troops" are tried at every word of a sentence, one in eight of
 * which has any of these.
 */
const TROOP_WORD =
  /troops|forces|soldiers|servicemen|personnel|division|brigade|regiment|contingent|garrison/iu;
/** TROOPS_HOSTED but TROOPS_REMAIN, tested apart (and TROOPS_REMAIN alone, without "g"). */
const HOSTS_OR_KEEPS_TROOPS = new RegExp(`${HOSTS_TROOPS.source}|${TROOPS_KEPT.source}`, "iu");
const TROOPS_REMAINING = new RegExp(`${TROOPS_REMAIN.source}|${TROOPS_STATIONED.source}`, "iu");
/** The words TROOPS_REMAIN cannot match without: the costly one of the three runs only with one. */
const REMAIN_WORD = /remain|still|stationed|based|deployed/iu;

/** Whether a sentence tells of troops hosted or kept (TROOPS_HOSTED), the cheap tests first. */
function tellsTroopsHosted(text: string): boolean {
  return (
    TROOP_WORD.test(text) &&
    (HOSTS_OR_KEEPS_TROOPS.test(text) || (REMAIN_WORD.test(text) && TROOPS_REMAINING.test(text)))
  );
}

/**
 * Foreign troops a state hosts now, told in the present: "Moldova still hosts some 1,500
 * Russian troops in Transnistria", "Roughly 1,500 Russian soldiers remain in Transnistria",
 * "Kyrgyzstan hosts both American and Russian military forces": a base standing on the day of
 * writing, of each state whose troops they are (not of the host's own).
 */
function troopsHosted(s: SentenceView, ctx: ReadingContext): Found[] {
  if (!ctx.published) return [];
  const states = s.mentions.filter((m) => m.kind === "state");
  const out: Found[] = [];
  /** A base of each state named in [from, to) in `host`, standing at `date` (the day of writing). */
  const tell = (host: string | undefined, from: number, to: number, date = ctx.published?.date ?? null) => {
    if (host === undefined) return;
    for (const m of states) {
      const at = local(s, m);
      if (at < from || at >= to || m.actor === host) continue;
      if (out.some((o) => o.claim.kind === "base" && o.claim.operator === m.actor)) continue;
      out.push({ claim: { kind: "base", host, operator: m.actor, change: "exists", date }, confidence: 0.5 });
    }
  };
  /** The subject of a verb at `at`: the one named last before it, not as a place. */
  // (Nor inside a relative clause that closes before the verb: "Al Udeid, which American aircraft
  // have used since the Afghan campaign of 2001, today hosts".)
  const subjectBefore = (among: readonly Mention[], at: number) =>
    among.findLast(
      (x) =>
        local(s, x) < at &&
        !PLACE_BEFORE.test(s.text.slice(Math.max(0, local(s, x) - 12), local(s, x))) &&
        !(
          /,\s*(?:which|who|whose|where)\b[^,;]*$/i.test(s.text.slice(0, local(s, x))) &&
          s.text.slice(local(s, x), at).includes(",")
        ),
    )?.actor;
  /** The state or region named right at `at` (after "in"). */
  const placeAt = (at: number) => states.find((x) => local(s, x) === at)?.actor ?? regionAt(s.text, at);
  for (const m of s.text.matchAll(HOSTS_TROOPS)) {
    const named = m.indices?.[1]?.[0] ?? m.index;
    // The host: the state named last before the verb ("Moldova, meanwhile, still hosts"), not
    // one named as a place ("the country wedged between Ukraine and Romania still hosts"),
    // or the state a base subject stands in ("The Al Udeid air base in Qatar hosts").
    const site = states.findLast(
      (x) =>
        local(s, x) < m.index &&
        BASE_IN.test(s.text.slice(Math.max(0, local(s, x) - 40), local(s, x))) &&
        !/[,;]/.test(s.text.slice(local(s, x), m.index)),
    );
    tell(subjectBefore(states, m.index) ?? site?.actor, named, m.index + m[0].length);
  }
  for (const m of s.text.matchAll(TROOPS_KEPT)) {
    const host = placeAt(m.index + m[0].length);
    // The operator: the state (or its leader) named last before the verb, not as a place.
    const operator = subjectBefore(
      s.mentions.filter((x) => x.kind === "state" || x.kind === "person"),
      m.index,
    );
    if (host === undefined || operator === undefined || operator === host) continue;
    if (out.some((o) => o.claim.kind === "base" && o.claim.host === host && o.claim.operator === operator))
      continue;
    const date = m[1] ? (ctx.published?.date ?? null) : (dateNear(s, m.index)?.date ?? null);
    if (date === null) continue;
    out.push({ claim: { kind: "base", host, operator, change: "exists", date }, confidence: 0.5 });
  }
  // The host: the state or region named right after "in".
  for (const m of s.text.matchAll(TROOPS_REMAIN))
    tell(placeAt(m.index + m[0].length), m.index, m.index + (m[1]?.length ?? 0));
  for (const m of s.text.matchAll(TROOPS_STATIONED)) {
    const end = m.index + m[0].length;
    const host = placeAt(end);
    if (host === undefined) continue;
    // (Told in the present by the clause or by the sentence's verb after the place, with no
    // date of its own; else standing at the date told.)
    // (Not a date past a comma after the place: "stationed in Niger when the coup happened,
    // many of them moved there after ... in 2022".)
    const near = dateNear(s, m.index);
    const when =
      near &&
      !s.dates.some(
        (d) =>
          d.date === near.date && d.start - s.start > end && /,/.test(s.text.slice(end, d.start - s.start)),
      )
        ? near
        : undefined;
    const now =
      m[2] !== undefined ||
      (!when && !/\b(?:were|was)\b/i.test(m[0]) && PRESENT_AFTER.test(s.text.slice(end)));
    const date = now ? (ctx.published?.date ?? null) : (when?.date ?? null);
    if (date !== null) tell(host, m.index, m.index + (m[1]?.length ?? 0), date);
  }
  return out;
}
/** A base word and "in" before a state's name: the base subject stands there. */
const BASE_IN = /\b(?:base|airbase|airfield|facility|garrison|camp)\s+(?:[\w-]+\s+)?in\s+(?:the\s+)?$/i;
/** A word that makes the name after it a place or an object, not a subject. */
const PLACE_BEFORE = /\b(?:between|and|or|of|from|in|into|to|with|near|than|by|at|on)\s+(?:the\s+)?$/i;
/** The state whose region is named at `from` ("Transnistria": Moldova), if any. */
function regionAt(text: string, from: number): string | undefined {
  const m = REGION_AT.exec(text.slice(from, from + 40));
  return m?.[1] === undefined ? undefined : REGIONS[m[1].toLowerCase()];
}
const REGION_AT = new RegExp(`^(${REGION_NAMES})\\b`, "i");

/** "It opened in October 2003": the base the sentence before told of, opened or closed. */
const IT_OPENED =
  /^\s*(?:(?:In|On|By)\s[^,;]{1,30}?,?\s+)?It\s+(?:was\s+)?(?:(opened|set up|established|built)|(closed|shut|handed back|vacated))\b/;

/**
 * "In January 2004 the two governments extended the lease until 2050", "its lease was
 * extended in October 2012 until 2042", "signed an extension to 2042": the lease of the base
 * the sentences before told of, extended to a year.
 */
const LEASE_EXTENDED =
  /\b(?:(?:extended|prolonged|renewed)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:lease|agreement|accord)|(?:its|the|their)\s+(?:[\w-]+\s+)?lease\s+(?:was|had been|has been)\s+(?:extended|prolonged|renewed)|signed\s+an?\s+extension)\b[^.;]{0,40}?\b(?:until|to|through|till)\s+((?:19|20)\d\d)\b/i;

/** The words LEASE_EXTENDED cannot match without, tested first ("its ... lease" starts at every "the"). */
const LEASE_EXTENDED_WORD = /extended|prolonged|renewed|extension/i;

function leaseExtended(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = LEASE_EXTENDED_WORD.test(s.text) ? LEASE_EXTENDED.exec(s.text) : null;
  const base = m ? lastBaseTold(ctx) : undefined;
  if (!m?.[1] || !base) return [];
  // (The sentence names the base's two states, if any: none other.)
  if (s.mentions.some((x) => x.kind === "state" && x.actor !== base.host && x.actor !== base.operator))
    return [];
  const date = dateNear(s, m.index, { notWithin: [[m.index + m[0].length - 4, m.index + m[0].length]] });
  if (!date || date.date >= m[1]) return [];
  return [
    { claim: { ...sameBase(base, "extend", date.date), until: m[1] }, confidence: 0.45, fromPrevious: true },
  ];
}

/** The base the sentences just before told of, if any. */
function lastBaseTold(ctx: ReadingContext): Extract<Claim, { kind: "base" }> | undefined {
  const base = (ctx.recentBases ?? []).findLast((b) => b.kind === "base");
  return base?.kind === "base" ? base : undefined;
}

/** That base (its host, operator and site), with what now happens to it. */
function sameBase(
  base: Extract<Claim, { kind: "base" }>,
  change: Extract<Claim, { kind: "base" }>["change"],
  date: string | null,
): Extract<Claim, { kind: "base" }> {
  return {
    kind: "base",
    host: base.host,
    operator: base.operator,
    ...(base.site ? { site: base.site } : {}),
    change,
    date,
  };
}

function baseGoesOn(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = IT_OPENED.exec(s.text);
  const base = m ? lastBaseTold(ctx) : undefined;
  if (!m || !base) return [];
  const date = dateNear(s, m[0].length);
  if (!date) return [];
  const change = m[1] ? "open" : "close";
  return [{ claim: { ...base, change, date: date.date }, confidence: 0.5 }];
}

/** "was handed over to": what follows it receives the site. */
const HANDED_TO = /\bhand(?:ed|s|ing)? (?:it |them )?over to\s+(?:the\s+)?$/i;

/** "The project was quietly shelved", "Moscow dropped the plan": a base planned just before, given up. */
const SHELVED =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:project|plan|idea|scheme)\s+(?:was|were|had been|has been|is)\s+(?:\w+ly\s+)?(?:shelved|dropped|abandoned|scrapped|cancell?ed|aborted)\b|\b(?:shelved|dropped|abandoned|scrapped|cancell?ed)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:project|plan|idea|scheme)\b/i;

function shelvedPlan(s: SentenceView, ctx: ReadingContext): Found[] {
  const shelved = SHELVED.exec(s.text);
  const plan = shelved ? lastBaseTold(ctx) : undefined;
  if (!shelved || plan?.change !== "plan") return [];
  return [
    {
      claim: sameBase(plan, "abort", dateNear(s, shelved.index)?.date ?? null),
      confidence: 0.45,
      fromPrevious: true,
    },
  ];
}

/** A known site's base closed at a date. */
/** Before a known site: its host opening it ("opened", "let US aircraft use"). */
const OPENED_SITE =
  /\b(?:opened|opens)\s+(?:the\s+)?$|\b(?:let|lets|allowed|allows|permitted|permits)\s+(?:[\w.'’-]+\s+){1,4}?(?:to\s+)?use\s+(?:the\s+)?$/i;

/**
 * "Uzbekistan opened Karshi-Khanabad to U.S. aircraft in October 2001", "let US forces use
 * Karshi-Khanabad": with no word for a base, a site the knowledge base knows, opened to its
 * operator (named after "to", or in the permission) at the date the sentence gives.
 */
function knownSitesOpened(s: SentenceView, ctx: ReadingContext, hits: readonly SiteHit[]): Found[] {
  const out: Found[] = [];
  for (const { at, site } of hits) {
    const lead = OPENED_SITE.exec(s.text.slice(Math.max(0, at - 60), at));
    if (!lead) continue;
    const from = Math.max(0, at - 60) + lead.index;
    const end = at + site.site.length;
    // (Opened "to" the operator named after the site; let use by the one named in the permission.)
    const openedTo = /^open/i.test(lead[0].trim());
    const operatorNamed = s.mentions.some(
      (m) =>
        m.actor === site.operator &&
        ((local(s, m) > from && local(s, m) < at) ||
          (openedTo && /^\s+to\s+(?:the\s+)?$/i.test(s.text.slice(end, local(s, m))))),
    );
    if (!operatorNamed) continue;
    const date = dateNear(s, at) ?? ctx.narrativeDate;
    if (!date) continue;
    out.push(knownSiteClaim(site, "open", date.date, 0.5));
  }
  return out;
}

/** A base the knowledge base knows by its site, with what happens to it. */
function knownSiteClaim(site: KnownSite, change: BaseChange, date: string, confidence: number): Found {
  return {
    claim: { kind: "base", host: site.host, operator: site.operator, site: site.site, change, date },
    confidence,
  };
}

function siteClosed(site: KnownSite, date: string): Found {
  return knownSiteClaim(site, "close", date, 0.55);
}

/** The site the knowledge base knows nearest to a base word, from `reach` before it to 40 after. */
function knownSite(
  hits: readonly SiteHit[],
  at: number,
  length: number,
  reach: number,
): [KnownSite | undefined, number] {
  let known: KnownSite | undefined;
  let knownAt = -1;
  for (const { at: i, site } of hits) {
    if (
      i >= at - reach &&
      i <= at + length + Math.min(reach, 60) &&
      (knownAt < 0 || Math.abs(i - at) < Math.abs(knownAt - at))
    ) {
      known = site;
      knownAt = i;
    }
  }
  return [known, knownAt];
}

interface SiteHit {
  readonly at: number;
  readonly site: KnownSite;
}

/** Where the sentence (lower-cased) names a site the knowledge base knows, in text order. */
function siteHits(ctx: ReadingContext, lower: string): SiteHit[] {
  const hits: SiteHit[] = [];
  for (const [key, site] of ctx.sites) {
    for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) hits.push({ at: i, site });
  }
  return hits.length > 1 ? hits.sort((a, b) => a.at - b.at) : hits;
}

/** Forces' verb of using a base, right before it: "operate from the ", "are based at a ". */
const USED_BASE =
  /\b(?:operat(?:e|es|ed|ing)\s+(?:from|out\s+of)|fl(?:y|ies|ew|own)\s+(?:from|out\s+of)|us(?:e|es|ed|ing)|(?:are|is|were|was)\s+(?:still\s+|now\s+)?(?:stationed|based|deployed)\s+at|(?:are|is)\s+(?:still\s+)?at|access\s+to)\s+(?:the|a|an)\s+$/i;

/** The words OPENED_SITE needs, tested once before the sites are looked for. */
const OPENED_OR_USE = /\bopen(?:ed|s)\b|\buse\b/i;

/** Before a base word, a base of one's own opened or planned: "opened a small national", "its own". */
const NEW_BASE_BEFORE =
  /\b(?:open\w*|set up|establish\w*|buil\w*|plan\w*|negotiat\w*|seek\w*|sought)\s+(?:an?|its own|their own)\s+(?:[\w-]+\s+){0,3}$/i;

/** Between a state and a base word, a "where" clause of it: ", where the United States has its largest ". */
const WHERE_BASE_CLAUSE =
  /^\s*,\s*where\s+(?:the\s+)?[^,;.]{1,40}?\s+(?:has|have|keeps|keep|maintains|maintain|runs|run|operates|operate)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}$/i;

/** A sentence told in the present: "hosts", "has", "is home to", "keeps". */
const PRESENT_TENSE =
  /\b(?:hosts|has|have|is|are|houses|keeps|maintains|remains|stays|continues|uses|operates|runs|still|remain|stay|keep|maintain|operate|leads|heads|commands)\b/i;

const BASE_WORD =
  /\b(?:air ?base|airbase|military base|naval base|(?:military|naval|air|defen[cs]e) (?:facilit(?:y|ies)|station|installation|site)|(?:radar|early-warning) (?:station|facilit(?:y|ies))|(?:(?:electronic|signals)\s+)?(?:listening|intelligence|eavesdropping|spy|tracking)\s+(?:post|station|base|cent(?:er|re)|facilit(?:y|ies))|(?:naval\s+)?logistics?\s+(?:cent(?:er|re)|facilit(?:y|ies)|hub|point|base)|(?:early-warning|missile-warning) radar|(?:naval |military )?communications? (?:station|cent(?:er|re)|facilit(?:y|ies))|base|airfield|transit cent(?:er|re)|garrison|(?:military |security )?outpost|battle-?group)s?\b/gi;
/** "at Manas", "in the Province of Osh", "near Kant": where a base stands (a capitalized place name). */
const SITE_AFTER =
  /^\s+(?:at|in|near|on|outside)\s+(?:the\s+(?:Province|Region|city|town) of\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})/u;
/** "a base in Kyrgyzstan, at Osh": the site named after the host. */
const SITE_AFTER_HOST =
  /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+,\s+(?:at|in|near)\s+((?:\p{Lu}[\p{L}'’-]+)(?:[ -]\p{Lu}[\p{L}'’-]+)?)/u;
/** "the Karshi-Khanabad air base", "Manas Air Base": a site named before the word. */
const SITE_BEFORE = /\b((?:\p{Lu}[\p{L}'’-]+)(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s+(?:military |naval )?$/u;
const NOT_A_SITE = /^(?:The|A|An|Its|Their|His|Her|This|That|Air|Military|Naval|Russian|American|US|U\.S)$/;

/**
 * Bases: "<operator>'s air base at <site> in <host>", "German bases in Termez,
 * Uzbekistan", "the Karshi-Khanabad air base" with the operator's forces named before it.
 * A site the knowledge base knows gives its host and operator; a site read from the text
 * needs its host named right after it. The operator is the state named nearest before
 * the base word (a possessive, a demonym, the subject). What happens to it comes from the
 * verbs of the sentence; an undated opening or closing is taken for background, not a report.
 */
export function baseClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const found = basesTold(s, ctx);
  // "several thousand Russian soldiers are stationed at the two today", "as of today, both are
  // still in Russian hands": a base standing "today" stands on the day of writing.
  const published = ctx.published?.date;
  if (published === undefined || found.length === 0 || !TODAY.test(s.text)) return found;
  return found.map((f) =>
    f.claim.kind === "base" && f.claim.change === "exists" && f.claim.date !== published
      ? { ...f, claim: { ...f.claim, date: published } }
      : f,
  );
}

/** "today", "as of today", not "today's": the day of writing. */
const TODAY = /\btoday\b(?!['’]s)/i;

/** The bases a sentence tells of (see baseClaims). */
function basesTold(s: SentenceView, ctx: ReadingContext): Found[] {
  const left = LAST_OF_TROOPS.test(s.text) || PRESENCE_ENDED_CUE.test(s.text) ? lastTroopsLeft(s) : [];
  const told = basesNamed(s, ctx);
  return left.length === 0
    ? told
    : [
        ...left,
        ...told.filter(
          (f) =>
            !left.some(
              (l) =>
                l.claim.kind === "base" &&
                f.claim.kind === "base" &&
                f.claim.change === "close" &&
                f.claim.host === l.claim.host &&
                f.claim.operator === l.claim.operator,
            ),
        ),
      ];
}

/** "the last Russian soldiers", "the last of the troops", "the last of them": cue for LAST_TROOPS_LEFT. */
const LAST_OF_TROOPS =
  /\bthe\s+(?:last|final)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?|(?:[\d,]+\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:troops|soldiers?|forces|servicem[ae]n|units?|contingents?|personnel)\b)/iu;
/**
 * The last of a state's troops leaving another: "The last Russian soldiers left Germany on 31
 * August 1994", "the last of them, by then under the Russian flag, left Estonia". Group 1 is
 * the stretch that names whose troops they were; the state left is named right after the verb.
 */
const LAST_TROOPS_LEFT =
  /\bthe\s+(?:last|final)\s+((?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\d,]+\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:troops|soldiers?|forces|servicem[ae]n|units?|contingents?|personnel|them)\b[^.;:]{0,60}?)\s+(?:had\s+|finally\s+)?(?:left|withdrew\s+from|pulled\s+out\s+of|departed(?:\s+from)?|quit)\s+(?:the\s+)?/giu;

/**
 * Forces that "completed their departure from" a state, "finished the withdrawal from" it: as
 * the last troops leaving (LAST_TROOPS_LEFT), with group 1 naming whose forces they were.
 */
const PRESENCE_ENDED =
  /\b((?:[\p{L}.-]+\s+){0,3}?(?:troops|soldiers|forces|military|servicemen|contingents?|personnel)\b[^.;:]{0,40}?)\s+(?:had\s+)?(?:(?:completed|finished)\s+(?:its|their|the)\s+(?:departure|withdrawal|pull-?out|exit|drawdown)\s+from|(?:did\s+not\s+|didn['’]t\s+)?(?:finish(?:ed)?|completed?)\s+(?:leaving|withdrawing\s+from|pulling\s+out\s+of))\s+(?:the\s+)?/giu;
const PRESENCE_ENDED_CUE =
  /\b(?:completed|finished)\s+(?:its|their|the)\s+(?:departure|withdrawal|pull-?out|exit|drawdown)\s+from\b|\b(?:finish(?:ed)?|completed?)\s+(?:leaving|withdrawing\s+from|pulling\s+out\s+of)\b/i;

/**
 * The end of a state's military presence in another, told by its last troops leaving (see
 * LAST_TROOPS_LEFT, PRESENCE_ENDED): its base there closed, dated by the date after the verb or else the
 * sentence's. The troops' state is named among the words before the verb; a state left is
 * the host.
 */
function lastTroopsLeft(s: SentenceView): Found[] {
  const out: Found[] = [];
  for (const m of [...s.text.matchAll(LAST_TROOPS_LEFT), ...s.text.matchAll(PRESENCE_ENDED)]) {
    const end = m.index + m[0].length;
    const first = s.mentions.find((x) => x.kind === "state" && local(s, x) === end);
    if (first === undefined) continue;
    // ("the last Russian units left Latvia and Estonia": each state of the list left.)
    const hosts = uniqueActors(
      coordinated(
        s,
        s.mentions.filter((x) => x.kind === "state"),
        first,
        1,
      ),
    );
    const operator = s.mentions.find(
      (x) => x.kind === "state" && local(s, x) >= m.index && local(s, x) < end && !hosts.includes(x.actor),
    )?.actor;
    if (operator === undefined) continue;
    // ("did not finish leaving Poland until September 1993": finished then.)
    const date = /\b(?:did\s+not|didn['’]t)\s/i.test(m[0])
      ? s.dates.find(
          (d) => d.start - s.start > end && /\buntil\s+$/i.test(s.text.slice(end, d.start - s.start)),
        )?.date
      : dateNear(s, end)?.date;
    if (date === undefined) continue;
    for (const host of hosts)
      out.push({ claim: { kind: "base", host, operator, change: "close", date }, confidence: 0.5 });
  }
  return out;
}

/** Whether the verb at `at` is the one of a LAST_TROOPS_LEFT match. */
function lastTroopsVerb(text: string, at: number): boolean {
  for (const m of text.matchAll(LAST_TROOPS_LEFT))
    if (at > m.index + (m[1]?.length ?? 0) && at < m.index + m[0].length) return true;
  return false;
}

/** Right after an assault's verb, a crowd of the state's own: " protesters", " its own people". */
const CROWD_OBJECT =
  /^\s+(?:the\s+|its\s+own\s+|their\s+own\s+|unarmed\s+|peaceful\s+)?(?:protesters|demonstrators|crowds?|civilians|strikers|villagers|residents|people)\b/i;

/** Before a base word, an attack on it: "drones at military ", "struck the ", "strikes on two ". */
const ATTACKED_BEFORE =
  /\b(?:(?:drones|missiles|rockets|shells|fire|fired|firing|strikes?|raids?|attacks?)\s+(?:at|on|against)|struck|hit|targeted|attacked|bombed|shelled)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$/i;

/** A base word, to test a stretch of text with (BASE_WORD is global). */
const BASE_WORD_ANYWHERE = /\bbases?\b/i;

/** The bases a sentence names or whose sites it names (see baseClaims). */
function basesNamed(s: SentenceView, ctx: ReadingContext): Found[] {
  BASE_WORD.lastIndex = 0;
  if (!BASE_WORD.test(s.text)) {
    // One scan for the sites the knowledge base knows serves each reading of them.
    const known = siteHits(ctx, s.text.toLowerCase());
    return [
      ...(known.length > 0 ? knownSitesLeft(s, ctx, known) : []),
      ...(known.length > 0 && OPENED_OR_USE.test(s.text) ? knownSitesOpened(s, ctx, known) : []),
      ...(known.length > 0 ? knownSitesHeld(s, ctx, known) : []),
      ...shelvedPlan(s, ctx),
      ...baseGoesOn(s, ctx),
      ...leaseExtended(s, ctx),
      ...(tellsTroopsHosted(s.text) ? troopsHosted(s, ctx) : []),
    ];
  }
  BASE_WORD.lastIndex = 0;
  const hits = siteHits(ctx, s.text.toLowerCase());
  const states = s.mentions.filter((m) => m.kind === "state");
  const named = new Set(s.mentions.map((m) => m.actor));
  const out: Found[] = [];
  const seen = new Set<string>();
  const military =
    /\b(?:military|air|naval|navy|army|troops|forces|soldiers|guards|garrison|defen[cs]e|fleet|training|personnel|servicemen|marines|drones?|lease)\b/i.test(
      s.text,
    );
  const words = allMatches(BASE_WORD, s.text);
  for (const word of words) {
    const at = word.index;
    // "There is no Russian military base in Uzbekistan".
    if (/\bno\s+(?:[\w-]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, at - 40), at))) continue;
    // ("sent waves of drones at military stations in India": a target, not a base of the attacker.)
    if (ATTACKED_BEFORE.test(s.text.slice(Math.max(0, at - 50), at))) continue;

    const after = s.text.slice(at + word[0].length);
    // The site: one the knowledge base knows within reach of the word, else a place name at it.
    // Near the word first; further back ("merged Kant and three smaller sites into a single
    // base") only when no place is named at the word itself.
    // ("a base in Kyrgyzstan, at Osh": the place after the host.)
    const first = SITE_AFTER.exec(after);
    const m =
      first && s.mentions.some((x) => x.text === first[1]) ? (SITE_AFTER_HOST.exec(after) ?? first) : first;
    const b = SITE_BEFORE.exec(s.text.slice(Math.max(0, at - 40), at));
    const isActor = (text: string) => s.mentions.some((x) => x.text === text);
    const valid = (name: string | undefined) =>
      name !== undefined && !NOT_A_SITE.test(name) && !isActor(name);
    let [known, knownAt] = knownSite(hits, at, word[0].length, 40);
    // (A place named at the word, even a state's, is where the base is; "the first new Russian
    // base ... opened at Kant" names none.)
    if (!known && !m && !valid(b?.[1])) [known, knownAt] = knownSite(hits, at, word[0].length, SITE_REACH);
    // ("gave up two of its four bases, and in 2001 the Vaziani air base was handed over": the
    // site is told of with the word nearest it.)
    if (known && words.some((w) => w !== word && Math.abs(w.index - knownAt) < Math.abs(at - knownAt)))
      continue;
    let site = known?.site;
    let siteEnd = knownAt >= 0 ? knownAt + (known?.site.length ?? 0) : -1;
    if (!site) {
      // "the Hmeimim air base in Syria": the name before the word, when the one after is the host.
      if (valid(m?.[1])) {
        site = m?.[1];
        siteEnd = at + word[0].length + (m?.index ?? 0) + (m?.[0].length ?? 0);
      } else if (valid(b?.[1])) {
        // The host may follow the word: "the Hmeimim air base in Syria".
        site = b?.[1];
      }
    }
    // The host: the knowledge base's, else the state named right after the site (or the word).
    const hostAfter = states.find((x) => {
      const from = siteEnd >= 0 ? siteEnd : at + word[0].length;
      const gap = s.text.slice(from, local(s, x));
      // "a base in X", "a base at Y, X", "a base for border guards in X".
      // ("Air Base 101, beside the international airport in Niamey": a number, and a landmark.)
      return (
        local(s, x) >= from &&
        /^(?:\s+\d{1,4}\b)?(?:\s*,\s*|\s*,?\s+(?:(?:was\s+|were\s+|has\s+been\s+)?(?:opened|opens|set up|built|established|inaugurated)\s+)?(?:for\s+(?:\w+\s+){1,3})?(?:(?:beside|next to|outside)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,3}?)?(?:at|in|near)\s+(?:the\s+|an?\s+)?)$/.test(
          gap,
        )
      );
    });
    // ("handed the base at Gabala back to Azerbaijan", "returned the radar station to Azerbaijan":
    // the state it was given back to hosted it.)
    const handedTo = states.find(
      (x) => local(s, x) > at && local(s, x) - at <= 90 && HANDED_BACK_TO.test(s.text.slice(at, local(s, x))),
    );
    // "extend Russia's lease on its base": with a lease between two states, the one that is
    // not the base's owner hosts it.
    const owner = states.findLast((x) => local(s, x) < at && at - local(s, x) <= 90)?.actor;
    const others = uniqueActors(states.filter((x) => x.actor !== owner));
    const lessor =
      owner && others.length === 1 && /\bleas(?:e|ed|es|ing)\b/i.test(s.text) ? others[0] : undefined;
    // "Tajikistan hosts Russia's largest base": the subject of "hosts" hosts it.
    const window = Math.max(0, at - 80);
    const hostVerb = /\bhost(?:s|ed|ing)?\b[^.;]{0,60}$/i.exec(s.text.slice(window, at));
    const verbAt = hostVerb ? window + hostVerb.index : -1;
    // ("borders Afghanistan, and it hosts ...": not across a clause.)
    const hostBefore = hostVerb
      ? states.findLast(
          (x) =>
            local(s, x) < verbAt &&
            verbAt - local(s, x) <= 60 &&
            !/[,;]/.test(s.text.slice(local(s, x) + x.text.length, verbAt)),
        )
      : undefined;
    // "a base in Abkhazia", "the base at Tskhinvali": a region whose state the world recognises.
    const region = hostAfter
      ? undefined
      : (regionAfter(s.text, siteEnd >= 0 ? siteEnd : at + word[0].length) ??
        (site ? REGIONS[site.toLowerCase()] : undefined));
    // ("an outpost in Tajikistan's Gorno-Badakhshan": the state whose place it is hosts it.)
    const possessive = site ? /^(\p{Lu}[\p{L}-]+)['’]s\s+(.+)$/u.exec(site) : null;
    const siteOwner =
      possessive && valid(possessive[2]) ? states.find((x) => x.text === possessive[1]) : undefined;
    if (siteOwner && possessive) site = possessive[2];
    const hostBeforeSite = first && m !== first ? states.find((x) => x.text === first[1]) : undefined;
    // ("US forces operate from the Kenyan naval base at Manda Bay": a state's adjective on a
    // base another state's forces use is where it stands.)
    const adjectiveHost = states.find(
      (x) =>
        local(s, x) < at &&
        /^\s+$/.test(s.text.slice(local(s, x) + x.text.length, at)) &&
        USED_BASE.test(s.text.slice(Math.max(0, local(s, x) - 40), local(s, x))) &&
        states.some((y) => y.actor !== x.actor && local(s, y) < local(s, x)),
    );
    // ("Italy opened a small support base in 2013" in a story of Djibouti's bases: a new base of
    // the one state the sentence names is in the state whose bases were just told.)
    const storyHost = lastBaseTold(ctx)?.host;
    const inStory =
      storyHost !== undefined &&
      uniqueActors(states).length === 1 &&
      states[0]?.actor !== storyHost &&
      local(s, states[0] as Mention) < at &&
      NEW_BASE_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))
        ? storyHost
        : undefined;
    // ("Qatar, where the United States has its largest base": the place the clause is of.)
    const whereHost = states.findLast(
      (x) =>
        local(s, x) < at &&
        WHERE_BASE_CLAUSE.test(s.text.slice(local(s, x) + x.text.length, at)) &&
        !isPlace(s, x),
    );
    const host =
      known?.host ??
      hostAfter?.actor ??
      handedTo?.actor ??
      hostBeforeSite?.actor ??
      adjectiveHost?.actor ??
      siteOwner?.actor ??
      region ??
      lessor ??
      hostBefore?.actor ??
      whereHost?.actor ??
      inStory;
    if (region && host === region) named.add(region);
    // ("keeps garrisons in Djibouti, Gabon, Senegal and Côte d'Ivoire": each state listed hosts one.)
    const listStart = /s$/i.test(word[0])
      ? states.find(
          (x) =>
            local(s, x) >= at + word[0].length &&
            /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(s.text.slice(at + word[0].length, local(s, x))),
        )
      : undefined;
    const listed = listStart ? uniqueActors(coordinated(s, states, listStart, 1)) : [];
    const alsoHosts = host && listed.includes(host) ? listed.filter((x) => x !== host) : [];
    if (!host) {
      // "the new base was aborted": the base the sentence before told of, with what happens to it now.
      const article =
        /\b(?:the|this|that)\s+(new\s+|planned\s+|proposed\s+|same\s+)?(?:military\s+|air\s+)?$/i.exec(
          s.text.slice(Math.max(0, at - 30), at),
        );
      // A "new" base is one planned or opened, not one that stood already.
      const previous = (ctx.recentBases ?? []).findLast(
        (b) => b.kind === "base" && (!article?.[1] || b.change === "plan" || b.change === "open"),
      );
      if (article && previous?.kind === "base") {
        const clause = s.text.slice(at, Math.min(s.text.length, at + 80));
        const change = BASE_CHANGES.find(([re]) => re.test(clause))?.[1];
        if (change && change !== previous.change && change !== "exists") {
          const date = dateNear(s, at);
          out.push({
            claim: {
              kind: "base",
              host: previous.host,
              operator: previous.operator,
              ...(previous.site ? { site: previous.site } : {}),
              change,
              date: date?.date ?? null,
            },
            confidence: 0.45,
            fromPrevious: true,
          });
        }
      }
      continue;
    }
    // The operator: the knowledge base's if the sentence names it, else the nearest state before the word.
    // ("Russia keeps an air base at Kant in Kyrgyzstan and its 201st base in Tajikistan": after
    // "and its", a state named as where the base before stands is not whose this one is.)
    const itsAfterAnd = /\band\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$/i.test(
      s.text.slice(Math.max(0, at - 40), at),
    );
    // (A leader acts for the state: "Putin approved the draft agreement on a base in Sudan".)
    const before = s.mentions
      .filter(
        (x) =>
          x.kind === "state" ||
          (x.kind === "person" && !/^['’]s\b/.test(s.text.slice(local(s, x) + x.text.length))),
      )
      .filter(
        (x) =>
          local(s, x) < at &&
          at - local(s, x) <= (itsAfterAnd ? 160 : 90) &&
          x.actor !== host &&
          !/\b(?:in|at|near)\s+$/i.test(s.text.slice(Math.max(0, local(s, x) - 6), local(s, x))),
      )
      .sort((a, b) => local(s, b) - local(s, a))[0];
    // ("Dushanbe agreed to keep the 201st Military Base": the host before it is no operator.)
    const hostBeforeWord =
      known !== undefined &&
      before === undefined &&
      /\bagreed\s+to\s+(?:let\s+\S+\s+)?keep\b/i.test(s.text.slice(Math.max(0, at - 60), at)) &&
      states.some(
        (x) =>
          x.actor === known.host && local(s, x) < at && x.text.toLowerCase() !== known.site.toLowerCase(),
      );
    const operator = known && (named.has(known.operator) || hostBeforeWord) ? known.operator : before?.actor;
    if (!operator || operator === host) continue;
    // ("France and Japan have bases in Djibouti", "hosts American, French and Japanese bases":
    // bases, in the plural, of each state of the list.)
    const alsoOperators =
      before !== undefined && operator === before.actor && /s$/i.test(word[0])
        ? uniqueActors(
            coordinated(
              s,
              s.mentions.filter(
                (x) =>
                  x.kind === "state" &&
                  local(s, x) < at &&
                  !isPlace(s, x) &&
                  // ("Turkish bases in Bashiqa, Iraq and Italian bases": a host, not an operator.)
                  !/\b(?:in|at|near)\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+,\s*$/u.test(
                    s.text.slice(Math.max(0, local(s, x) - 40), local(s, x)),
                  ) &&
                  !BASE_WORD_ANYWHERE.test(s.text.slice(local(s, x), at)),
              ),
              before,
              -1,
            ),
          ).filter((x) => x !== operator && x !== host)
        : [];
    // A plain "base" is a state's military base when the sentence says so, or when the state
    // owns it outright ("Turkish bases", "Russia's base"); "a Russian bank's regional base" is not.
    if (/^bases?$/i.test(word[0]) && !military && !known) {
      const owner = before ? s.text.slice(local(s, before) + before.text.length, at) : "";
      if (
        !/^(?:['’]s?)?\s*(?:\w+\s+)?$|^['’]s\s+(?:plans?|proposal|idea|project|bid|offer)\s+(?:for|of)\s+(?:an?|the)\s+(?:\w+\s+)?$|^\s+(?:has\s+|had\s+|have\s+)?(?:kept|keeps|keep|maintain\w*|operat\w*|runs?|ran|opened|opens|built|leased|leases|rent(?:s|ed)?|set up|closed|closes|shut|shuts|vacated|vacates|abandoned|abandons|dismantled|handed over|handed|returned|gave up|gives up|left|leaves|quit|quits|(?:withdrew|withdraws|pulled out)\s+from|pulled out of|expanded|expands)\s+(?:an?|its|their|the)\s+(?:\w+\s+){0,3}$/.test(
          owner,
        ) ||
        /\b(?:bank|company|firm|corporation|group|regional|customer|fan)\b/i.test(owner)
      )
        continue;
    }
    // "Russia already had an air base in Kant": the host was named in the sentence before, or the
    // claim has no support in the text for it.
    // (A site the knowledge base knows needs no host named: "the last American troops left the
    // Transit Center at Manas".)
    const bySite =
      known !== undefined && !named.has(host) && !ctx.previousActors?.has(host) && named.has(known.operator);
    const fromPrevious = !named.has(host) && !bySite;
    if (fromPrevious && !ctx.previousActors?.has(host) && host !== inStory) continue;
    if (!known && !site && !hostAfter && !lessor && !hostBefore && !inStory && !whereHost) continue;
    const clause = s.text.slice(Math.max(0, at - 120), Math.min(s.text.length, at + 100));
    // "already" says a base stands, unless a closing comes between it and the base ("the
    // presence was already winding down: Russia withdrew from its base" is a closing).
    const saidFirst =
      BASE_CHANGES.find(([re, change]) => {
        const m = re.exec(clause);
        if (!m || change !== "exists") return m !== null;
        const between = clause.slice(m.index, Math.min(clause.length, at - Math.max(0, at - 120)));
        return !BASE_CHANGES.some(([other, c]) => (c === "close" || c === "abort") && other.test(between));
      })?.[1] ?? "exists";
    // "Moscow undertook to close two of its bases by mid-2001": a closing promised, not done.
    // "Okno was handed over to Russia": handed to the operator, opened.
    if (saidFirst === "close" && (PROMISED_CLOSE.test(clause) || DEMANDED_CLOSE.test(clause))) continue;
    const said =
      saidFirst === "close" &&
      states.some(
        (x) =>
          x.actor === operator &&
          local(s, x) > at &&
          HANDED_TO.test(s.text.slice(Math.max(0, local(s, x) - 30), local(s, x))),
      )
        ? "open"
        : saidFirst;
    // The date the sentence gives the word itself (asked for three times below).
    // ("operates under a 2012 agreement that extended its stay": the year names the extending deal.)
    let own = dateNear(s, at) ?? (said === "extend" ? extendingDeal(s) : null);
    // ("agreed in October 2012 to keep the base, which today numbers 7,000 troops, until 2042":
    // an extension is not dated by the present an aside tells.)
    if (said === "extend" && own && own.date === ctx.published?.date) {
      const earlier = s.dates.findLast((d) => d.start - s.start < at && d.date !== own?.date);
      if (earlier) own = { date: earlier.date };
    }
    // "deployed troops to its base at X": a base the operator has is not one it opens.
    // ("opening their own base at Kant" opens it.) "Russia keeps troops at its base, whose lease
    // runs until 2042": a lease in force, told in the present with no date, is a base standing.
    const change =
      (said === "open" &&
        /\b(?:its|their)\s+(?:\w+\s+)?$/i.test(s.text.slice(Math.max(0, at - 30), at)) &&
        !/\b(?:open\w*|establish\w*|set up|buil\w*)\s+(?:its|their)\s+(?:\w+\s+)?$/i.test(
          s.text.slice(Math.max(0, at - 40), at),
        )) ||
      (said === "extend" &&
        !own &&
        /\b(?:runs?|expires?|lasts?)\s+(?:until|to|through)\b/i.test(s.text) &&
        !/\b(?:signed|agreed|secured|approved|extended|prolonged)\b/i.test(s.text))
        ? "exists"
        : said;
    // A base that "already" stands, or one opened or closed in the story just told, is dated
    // by where the narrative is; an undated extension or plan is talk, not a report, unless
    // the sentence tells it signed or agreed.
    // A base said to stand with no date at all ("Tajikistan hosts Russia's base") stands when written.
    // "..., and it hosts Russia's base": present tense, standing on the day of writing (not at
    // a date the sentence gave something else).
    // So is one whose own verb is in the present: "the Russian base at Kant stays".
    // ("3,000 Russian soldiers are stationed at the base": troops there now.)
    const stationedNow =
      /\b(?:are|is|remain|remains)\s+(?:(?:still|also|now)\s+)?(?:stationed|based|deployed)\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
        s.text.slice(Math.max(0, at - 60), at),
      );
    // ("has kept a base in X since 2031": standing from then, told below.)
    // ("Russia runs two facilities on Belarusian soil: the radar near Hantsavichy and a centre
    // near Vileyka": each in the list held now.)
    // ("continues to operate the radar at X and the station at Y": the second held as the first.)
    const beforeAnd = s.text.slice(0, Math.max(0, s.text.lastIndexOf(" and ", at) + 1));
    const listedAfterHeld =
      ctx.published !== undefined &&
      ctx.published !== null &&
      /\band\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,4}$/i.test(
        s.text.slice(Math.max(0, at - 50), at),
      ) &&
      (HELD_NOW.test(beforeAnd) || HELD_LISTED.test(beforeAnd)) &&
      out.some(
        (f) => f.claim.kind === "base" && f.claim.change === "exists" && f.claim.date === ctx.published?.date,
      );
    const heldNow =
      (HELD_NOW.test(s.text.slice(Math.max(0, at - 60), at)) ||
        listedAfterHeld ||
        HELD_LISTED.test(s.text.slice(0, at))) &&
      !/\bsince\s+(?:at\s+least\s+)?(?:\w+\s+)?\d{4}\b/i.test(s.text.slice(at));
    const hostsNow =
      change === "exists" &&
      ctx.published &&
      (HOSTS_NOW.test(s.text.slice(Math.max(0, at - 60), at)) ||
        stationedNow ||
        heldNow ||
        // ("its air base at Termez still supplies the Bundeswehr", unless it is told since when.)
        (/^[^;.]{0,90}?\bstill\s+[a-z]+s\b/i.test(s.text.slice(at, at + 110)) &&
          !/\bsince\b/i.test(s.text)) ||
        /^[^;.]{0,90}?\b(?:stays?|remains?|(?:is|are) still|continues?|operates)\b/i.test(
          s.text.slice(at, at + 110),
        ))
        ? ctx.published
        : null;
    let date =
      hostsNow ??
      own ??
      (change === "exists" ||
      change === "open" ||
      change === "close" ||
      (change === "extend" && /\b(?:signed|agreed|secured|approved)\b/i.test(s.text))
        ? (ctx.narrativeDate ?? null)
        : null) ??
      (change === "exists" && PRESENT_TENSE.test(s.text) ? (ctx.published ?? null) : null);
    // ("has operated an outpost there since at least 2016": standing from then.)
    const sinceDate =
      change === "exists" && !hostsNow
        ? s.dates.find((d) =>
            /\bsince\s+(?:at\s+least\s+)?$/i.test(
              s.text.slice(Math.max(0, d.start - s.start - 16), d.start - s.start),
            ),
          )
        : undefined;
    const since = own ? undefined : sinceDate;
    // ("has been used by the US Air Force since 1955": opened then, and standing still when
    // written; not "since at least 2016": when it opened is not told.)
    const sinceAny =
      sinceDate &&
      !/\bleast\s+$/i.test(
        s.text.slice(Math.max(0, sinceDate.start - s.start - 8), sinceDate.start - s.start),
      )
        ? sinceDate
        : undefined;
    const openSince =
      sinceAny !== undefined &&
      (own === null || own === undefined || own.date === sinceAny.date) &&
      ctx.published !== undefined &&
      ctx.published !== null &&
      /\b(?:has|have)\s+(?:been\s+|long\s+)?\w+/i.test(s.text.slice(0, sinceAny.start - s.start));
    if (openSince && ctx.published) date = ctx.published;
    else if (since) date = { date: since.date };
    // "Kant turns twenty this year": standing in the year of writing is standing on its day.
    else if (change === "exists" && date && ctx.published?.date.startsWith(date.date)) date = ctx.published;
    if (!date && (change === "open" || change === "close" || change === "extend")) continue;
    // (Known by its site alone, a base is told only opening, closing or extended at a date
    // the sentence gives.)
    if (
      bySite &&
      !(
        change === "exists" &&
        (((stationedNow || heldNow || STILL_STANDS.test(s.text.slice(at, at + 110))) && hostsNow) ||
          openSince)
      ) &&
      (!/^(?:open|close|extend)$/.test(change) || !own || periodOf(s))
    )
      continue;
    const until = change === "extend" ? untilOf(s.text, date?.date ?? null) : undefined;
    /** One claim for this base, once per change. */
    const tell = (
      told: BaseChange,
      on: string | null,
      confidence: number,
      extra: { until?: string } = {},
    ) => {
      const key = `${host}|${operator}|${site ?? ""}|${told}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        claim: { kind: "base", host, operator, ...(site ? { site } : {}), change: told, date: on, ...extra },
        confidence,
        ...(fromPrevious ? { fromPrevious } : {}),
      });
      for (const other of alsoHosts)
        if (other !== operator)
          out.push({
            claim: { kind: "base", host: other, operator, change: told, date: on, ...extra },
            confidence,
          });
      for (const other of alsoOperators)
        out.push({
          claim: { kind: "base", host, operator: other, change: told, date: on, ...extra },
          confidence,
        });
    };
    if (openSince && sinceAny) tell("open", sinceAny.date, 0.5);
    // "It hosts Russia's base, whose lease it extended in 2010": it stands today as well.
    // ("Its air base at Kant operates under a 2012 agreement that extended its stay": so does one
    // whose own verb after it is in the present.)
    if (
      change !== "exists" &&
      ctx.published &&
      (HOSTS_NOW.test(s.text.slice(Math.max(0, at - 80), at)) ||
        (change === "extend" &&
          /^[^;.,]{0,40}?\b(?:operates|remains|stays)\b/i.test(s.text.slice(at, at + 60))))
    )
      tell("exists", ctx.published.date, 0.5);
    // "Germany ran a base at Termez from 2002 until 2015": it opened at the first date and closed at the second.
    const period = change === "exists" ? periodOf(s) : undefined;
    if (period) {
      tell("open", period[0], known ? 0.6 : 0.45);
      tell("close", period[1], known ? 0.6 : 0.45);
      continue;
    }
    // ("Moscow's plan for a second base ... was shelved in 2010": planned, then given up.)
    if (
      change === "abort" &&
      /\b(?:plans?|project|proposal)\s+(?:for|of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(
        s.text.slice(Math.max(0, at - 40), at),
      )
    )
      tell("plan", null, 0.45);
    tell(change, date?.date ?? null, known ? 0.65 : 0.5, until ? { until } : {});
    // "its bases at Batumi and Akhalkalaki": each site the list names, the same base told of each.
    if (known && /s$/i.test(word[0])) {
      let last = knownAt + known.site.length;
      for (const other of hits) {
        if (other.at < last || other.site.site === known.site) continue;
        if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|at\s+|in\s+)?$/i.test(s.text.slice(last, other.at)))
          break;
        if (other.site.host !== host || other.site.operator !== operator) break;
        const key = `${host}|${operator}|${other.site.site}|${change}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({
            claim: {
              kind: "base",
              host,
              operator,
              site: other.site.site,
              change,
              date: date?.date ?? null,
              ...(until ? { until } : {}),
            },
            confidence: 0.6,
          });
        }
        last = other.at + other.site.site.length;
      }
    }
  }
  // "A evicted US forces from Karshi-Khanabad, and B closed the Manas base": a known site
  // left in a clause with no base word of its own.
  addBases(out, knownSitesLeft(s, ctx, hits), (a, b) => a.site === b.site);
  // ("Russia's base at Gyumri ... and Moldova still hosts 1,500 Russian troops": a second host.)
  if (tellsTroopsHosted(s.text))
    addBases(out, troopsHosted(s, ctx), (a, b) => a.host === b.host && a.operator === b.operator);
  // ("It opened in 2003 ..., and in 2012 it was folded into a single facility": the base before.)
  addBases(out, baseGoesOn(s, ctx), (a, b) => a.site === b.site && a.change === b.change);
  return out;
}

/** Adds to `out` each base claim of `more` that no base claim in it tells already (`same`). */
function addBases(
  out: Found[],
  more: readonly Found[],
  same: (a: ClaimOf<"base">, b: ClaimOf<"base">) => boolean,
): void {
  for (const f of more) {
    const c = f.claim;
    if (c.kind === "base" && !out.some((o) => o.claim.kind === "base" && same(o.claim, c))) out.push(f);
  }
}

/**
 * The year a lease or stay is extended to: "until 2042", "extended to 2044", "for fifteen
 * years from 2017" (2032), "for 49 years" from the year it was signed.
 */
function untilOf(text: string, signed: string | null): string | undefined {
  const to =
    /\b(?:until|till|through|(?:extend|prolong)\w*\s+(?:[^\s.;,]+\s+){0,8}?to)\s+(?:at least\s+)?((?:19|20)\d\d)\b/i.exec(
      text,
    );
  if (to) return to[1];
  // ("for three more decades": thirty years.)
  const term =
    /\bfor (?:another |a further )?(\d+|\w+) (?:more )?(years|decades)(?: from ((?:19|20)\d\d))?\b/i.exec(
      text,
    );
  const count = term ? (NUMBER_WORDS[(term[1] ?? "").toLowerCase()] ?? Number(term[1])) : Number.NaN;
  const years = /^decades$/i.test(term?.[2] ?? "") ? count * 10 : count;
  const from = term?.[3] ?? signed?.slice(0, 4);
  return Number.isFinite(years) && years > 1 && from ? String(Number(from) + years) : undefined;
}

/** "from 2002 until 2015", "between October 2001 and November 2005": the first and last dates of a period. */
function periodOf(s: SentenceView): [string, string] | undefined {
  for (const [i, d] of s.dates.entries()) {
    const at = d.start - s.start;
    if (!/\b(?:from|between)\s+$/i.test(s.text.slice(Math.max(0, at - 8), at))) continue;
    if (d.end) return [d.date, d.end];
    const next = s.dates[i + 1];
    if (
      next &&
      /^[\w ]{1,20}?\s(?:to|until|till|through|and)\s+$/i.test(s.text.slice(at, next.start - s.start))
    )
      return [d.date, next.date];
  }
  return undefined;
}

// ---------------------------------------------------------------- exercises

// ("trained" before its lookbehind: a lookbehind that opens an alternative is tried at every
// position of the sentence, reaching back 120 letters each time.)
const EXERCISE =
  /\b(?:joint (?:military )?exercises?|military exercises?|exercises?|drills?|war games|manoeuvres|maneuvers|(?:exercised|trained|drilled) together|(?:flew|sailed|patrolled)\s+together(?=\s+(?:over|across|through|in|along|around|near|off)\b)|trained(?<=\b(?:troops|soldiers|servicemen|personnel)\b[^.;]{0,120}?trained)(?=\s+(?:at|in|on|near)\s)|joint operations?|annual (?:joint )?operation|joint (?:[\w-]+\s+(?:and\s+)?){0,3}patrols?|staged(?=\s+(?:the\s+)?\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}[ -](?:19|20)\d\d\b))\b/iu;
/** "Vostok-2018", "Peace Mission 2005": an exercise's name with its year. */
// ("BALTOPS 22": a name in capitals with the year's last two digits.)
const EXERCISE_NAME_YEAR =
  /(?<![\p{L}\p{N}-])((?:\p{Lu}\p{L}+[ -]){1,3}(?:19|20)\d\d|\p{Lu}{3,}[ -]\d\d)(?![\p{L}\p{N}])/gu;
/** "the Joint Sea drills": a name of capitalized words right before the exercise word. */
const EXERCISE_NAME_BEFORE =
  /((?:\p{Lu}\p{L}+ ){1,3})(?:joint )?(?:naval )?(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b/u;
/** Words that open a sentence or name a month, not an exercise ("Since 2012", "September 2012"). */
const NOT_A_NAME =
  /^(?:In|Since|By|From|Until|After|Before|During|On|At|The|A|An|Last|Next|This|That|Early|Late|Mid|Summer|Spring|Autumn|Winter|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Between|And|Of|For|Its|Their)$/;
const QUOTED = /[“"]([^”"]{2,60})[”"]/g;

/** Sending troops: the trigger, and the start of DEPLOYED. */
const SENDING_TROOPS =
  /\b(?:sent|sends|send|sending|deployed|deploys|deploy|deploying|dispatched|dispatch)\b[^.;]{0,60}?\b(?:troops|forces|force|contingent|peacekeepers|soldiers|units)\b|\b(?:troops|forces|contingents?|peacekeepers|soldiers|units)\s+(?:were|was|are|is|had been|have been|has been)\s+(?:sent|deployed|dispatched)\b/i;

/**
 * An organization sending its forces into a state ("the CSTO sent 2,500 troops to
 * Kazakhstan", "the alliance deployed a peacekeeping contingent in Kazakhstan"): a joint
 * operation there, by its members (as the knowledge base knows them at the date) other than the host.
 */
const DEPLOYED = new RegExp(`(?:${SENDING_TROOPS.source})[^.;]{0,30}?\\b(?:to|in|into)\\s+$`, "i");

function operationClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const org = s.mentions.find(isOrg);
  if (!org) return [];
  for (const host of s.mentions) {
    if (host.kind !== "state" || local(s, host) < local(s, org)) continue;
    const lead = DEPLOYED.exec(s.text.slice(local(s, org) + org.text.length, local(s, host)));
    if (!lead) continue;
    // The organization is the one that sends: nothing but its own words between it and the verb.
    // ("declined to send troops", "would send troops": no troops sent.)
    const between = s.text.slice(
      local(s, org) + org.text.length,
      local(s, org) + org.text.length + lead.index,
    );
    if (
      !/^[\s’'s]*(?:\w+\s+){0,3}$/.test(between) ||
      /\b(?:declined|refused|not|never|would|will|could|may|might|offered|promised|threatened|ready|ruled\s+out|against)\b/i.test(
        between,
      )
    )
      continue;
    const date = dateNear(s, local(s, org)) ?? ctx.narrativeDate ?? null;
    if (!date) return [];
    const members = ctx.members?.(org.actor, date.date) ?? [];
    return [
      operationSent(
        s,
        org.actor,
        host.actor,
        members.filter((x) => x !== host.actor),
        date,
      ),
    ];
  }
  return [];
}

/** "Operation Essential Harvest", "under Operation Licorne": an operation named as one. */
const OPERATION_NAME = /\bOperation\s+(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu;

/**
 * Operations named as such: "NATO launches Operation Essential Harvest", "the European Union's
 * Operation Atalanta, launched in December 2008", "French troops had been in Côte d'Ivoire since
 * 2002 under Operation Licorne". Who runs it: the owner named right before the name, else the
 * sentence's first actor before it (an organization runs it, a state takes part); where: a
 * state named after "in"; when: the date nearest the name.
 */
function namedOperations(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(OPERATION_NAME, s.text)) {
    const at = m.index;
    // ("Operation Barkhane, the mission France had run since 2014", "Operation Atlantic Resolve,
    // which began in 2014": the operation's own start, after its name.)
    const end = at + m[0].length;
    const started = s.dates.find(
      (d) =>
        d.start - s.start >= end &&
        d.start - s.start - end < 90 &&
        /\b(?:since|(?:launched|began|begun|started|set up)\s+(?:in|on))\s+$/i.test(
          s.text.slice(Math.max(end, d.start - s.start - 16), d.start - s.start),
        ),
    );
    const near = started ?? dateNear(s, at) ?? ctx.narrativeDate ?? null;
    if (!near) continue;
    // ("from October 2001 to May 2002 under Operation Eagle Assist": the period, not its end.)
    const period = started ? undefined : periodOf(s);
    const date =
      period && (near.date === period[0] || near.date === period[1])
        ? { date: period[0], end: period[1] }
        : near;
    const inPlace = (x: Mention) =>
      /\bin\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?$/i.test(
        s.text.slice(Math.max(0, local(s, x) - 20), local(s, x)),
      );
    const actors = s.mentions.filter(
      (x) => (x.kind === "state" || isOrg(x) || x.kind === "person") && !inPlace(x) && !isPlace(s, x),
    );
    const owner = actors.find((x) =>
      /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(s.text.slice(local(s, x) + x.text.length, at)),
    );
    // (The runner is named in the name's own clause: not "with Belgium blocking ...; the deadlock
    // was broken, and AWACS deployed under Operation X".)
    const clause = Math.max(s.text.lastIndexOf(";", at), s.text.lastIndexOf(", and ", at));
    const runner = owner ?? actors.find((x) => local(s, x) < at && local(s, x) > clause);
    // (No one named running it: "since the West began enforcing Operation X" tells too little.)
    if (!runner) continue;
    const host = s.mentions.find((x) => x.kind === "state" && inPlace(x) && x.actor !== runner.actor);
    const org = isOrg(runner) ? runner.actor : undefined;
    out.push({
      claim: {
        kind: "exercise",
        name: m[0],
        ...(org ? { org } : {}),
        ...(host ? { host: host.actor } : {}),
        participants: org ? [] : [runner.actor],
        form: "operation",
        date: date.date,
        ...(date.end ? { end: date.end } : {}),
      },
      confidence: 0.5,
    });
  }
  return out;
}

/** A joint operation of forces sent, with as many troops as the sentence counts. */
function operationSent(
  s: SentenceView,
  org: string | undefined,
  host: string | undefined,
  participants: string[],
  date: ClaimDate,
): Found {
  const troops = TROOPS_SENT.exec(s.text);
  return {
    claim: {
      kind: "exercise",
      ...(org ? { org } : {}),
      ...(host ? { host } : {}),
      participants,
      ...(troops?.[1] ? { troops: Number(troops[1].replace(/,/g, "")) } : {}),
      form: "operation",
      date: date.date,
      ...(date.end ? { end: date.end } : {}),
    },
    confidence: 0.5,
  };
}

/** "2,500 troops", "2,000 servicemen": how many were sent. */
const TROOPS_SENT = /(\d{1,3}(?:,\d{3})+|\d+)\s+(?:troops|soldiers|servicemen|personnel|peacekeepers)/i;

/** "2,000 troops from", "contingents from", "units of": forces named by the states they come from. */
const FORCES_FROM =
  /\b(?:troops|soldiers|servicemen|personnel|contingents?|units|peacekeepers|forces)\s+(?:\w+\s+){0,2}?(?:from|of)\s+(?:the\s+)?$/i;
/** Forces sent: "were deployed", "had been flown in", "were sent to", "arrived". */
const FORCES_SENT =
  /^[^.;]{0,80}?\b(?:(?:were|was|had been|have been)\s+(?:quickly\s+|swiftly\s+|then\s+)?(?:deployed|sent|flown(?:\s+in)?|dispatched|airlifted)|arrived|flew\s+(?:in|into)|landed)\b/i;

/**
 * Forces of several states sent somewhere: "some 2,000 troops from Russia, Belarus, Armenia,
 * Tajikistan and Kyrgyzstan were deployed", "contingents from A, B and C, numbering about
 * 2,000 servicemen, were sent to Kazakhstan": a joint operation by the states listed, in the
 * state they were sent to when named, under the organization the sentence (or the text) is
 * about when they are all its members.
 */
function contingentsSent(s: SentenceView, ctx: ReadingContext): Found[] {
  const first = s.mentions.find(
    (x) => x.kind === "state" && FORCES_FROM.test(s.text.slice(Math.max(0, local(s, x) - 40), local(s, x))),
  );
  if (!first) return [];
  const listed = coordinated(
    s,
    s.mentions.filter((x) => x.kind === "state"),
    first,
    1,
  );
  if (listed.length < 2) return [];
  const last = listed[listed.length - 1] as Mention;
  const sent = FORCES_SENT.exec(s.text.slice(local(s, last) + last.text.length));
  if (!sent) return [];
  const verbEnd = local(s, last) + last.text.length + sent.index + sent[0].length;
  const host = s.mentions.find(
    (x) =>
      x.kind === "state" &&
      local(s, x) >= verbEnd &&
      local(s, x) - verbEnd <= 12 &&
      /^\s*(?:to|into|in)\s+(?:the\s+)?$/i.test(s.text.slice(verbEnd, local(s, x))),
  );
  const date = dateNear(s, verbEnd) ?? ctx.narrativeDate ?? null;
  if (!date) return [];
  const participants = uniqueActors(listed).filter((x) => x !== host?.actor);
  const named = s.mentions.find(isOrg)?.actor ?? impliedOrganization(ctx);
  const members = named ? (ctx.members?.(named, date.date) ?? []) : [];
  const org = named && participants.every((x) => members.includes(x)) ? named : undefined;
  return [operationSent(s, org, host?.actor, participants, date)];
}

/** Who takes part in an exercise: "5,000 troops from ...", "Indian soldiers", "Chinese units". */
const EXERCISE_FORCES =
  /\b(?:troops|soldiers|servicemen|personnel|sailors|marines|paratroopers|units|participants|navies|armies|air forces)\b/i;
/** A verb that holds an exercise (EXERCISE_HELD), and it with what may stand between it and the exercise's name (EXERCISE_HELD_NAMED). */
const EXERCISE_HELD_VERB = String.raw`\b(?:held|holds|staged|stages|conducted|conducts|joined|joins|took part in|takes part in|participated in|participates in)`;
const EXERCISE_HELD = new RegExp(String.raw`${EXERCISE_HELD_VERB}\b`, "i");
const EXERCISE_HELD_NAMED = new RegExp(
  String.raw`${EXERCISE_HELD_VERB}\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?:bilateral|joint|trilateral|multilateral|annual|large|major|new)\s+)?$`,
  "i",
);

/**
 * "Selenge-2019 ran from 20 to 27 August": a date written without a year is in the year the
 * exercise's name gives, not the year the story was last in.
 */
function inNamedYear(s: SentenceView, name: string | undefined, date: ClaimDate | null): ClaimDate | null {
  const year = /(?:19|20)\d\d$/.exec(name ?? "")?.[0];
  if (!date || !year || date.date.startsWith(year)) return date;
  const written = s.dates.find((d) => d.date === date.date);
  if (
    !written ||
    /\b(?:19|20)\d\d\b/.test(
      s.text.slice(written.start - s.start, written.start - s.start + 30).split(/[,;]/)[0] ?? "",
    )
  )
    return date;
  const moved = (d: string) => `${year}${d.slice(4)}`;
  return { date: moved(date.date), ...(date.end ? { end: moved(date.end) } : {}) };
}

/**
 * An exercise told by its name alone: "Peace Mission 2010 brought 5,000 troops from A, B
 * and C", "Vostok-2018 saw Chinese units train alongside Russian ones": a capitalized name
 * with its year, and troops in the same sentence. Where the name is, or nothing.
 */
function exerciseByName(s: SentenceView): { index: number; 0: string } | null {
  const forces = EXERCISE_FORCES.test(s.text);
  if (!forces && !EXERCISE_HELD.test(s.text)) return null;
  EXERCISE_NAME_YEAR.lastIndex = 0;
  for (let m = EXERCISE_NAME_YEAR.exec(s.text); m !== null; m = EXERCISE_NAME_YEAR.exec(s.text)) {
    const words = m[0].split(/[ -]/);
    if (NOT_A_NAME.test(words[0] ?? "") || citedWork(s.text, m.index, m[0].length)) continue;
    // ("Russia and China held a bilateral Peace Mission 2009": a name held is an exercise's.)
    if (!forces && !EXERCISE_HELD_NAMED.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "Russia 2014", "Kazakhstan's Astana 2017": a place and a year, not a name.
    if (s.mentions.some((x) => local(s, x) < m.index + m[0].length && m.index < local(s, x) + x.text.length))
      continue;
    EXERCISE_NAME_YEAR.lastIndex = 0;
    return { index: m.index, 0: m[0] };
  }
  return null;
}

/**
 * "(Okonkwo and Reyes 2023)", "[Darvishi 2025: 14]": an author and year inside brackets
 * that close right after it: a work cited, not an exercise's name.
 */
function citedWork(text: string, at: number, length: number): boolean {
  return (
    /[([][^()[\]]{0,60}$/.test(text.slice(Math.max(0, at - 60), at)) &&
    /^(?:[:,]\s*\d+(?:[-–]\d+)?)?\s*[)\]]/.test(text.slice(at + length, at + length + 12))
  );
}

/** Before the exercise's word: "took no part in the", "would not host the CSTO". */
const NOT_HELD_BEFORE =
  /\b(?:(?:took|take|takes|taking) no part in|(?:not|never|refused to|declined to)\s+(?:\w+\s+)?(?:host|hold|stage|join|attend|take part in|participate in)|cancel(?:s|led|ed|ling)?|call(?:s|ed)? off|scrapp?(?:ed|s)?|postpon(?:e|es|ed|ing))\b[^.;]{0,40}$/i;
/** After it: "would not take place", "was called off". */
const NOT_HELD_AFTER =
  /^[^.;]{0,60}?\b(?:(?:would|will) not (?:take place|go ahead|be held)|(?:was|were|had been|has been|have been) (?:cancell?ed|called off|postponed|scrapped)|(?:was|were) (?:due|scheduled|set|planned) to (?:open|begin|start|take place|be held)\b[^.;]{0,80}?\b(?:call(?:ed|s)? (?:them|it) off|cancell?(?:ed|s) (?:them|it)|postpon(?:ed|es) (?:them|it)))\b/i;

/** "called them off", "cancelled it": an exercise told before called off. */
const CALLED_THEM_OFF = /\b(?:call(?:ed|s)?\s+(?:them|it)\s+off|cancell?(?:ed|s)\s+(?:them|it))\b/i;

/** An organization's exercise a state called off or would not host: the state rejects the organization. */
function calledOff(s: SentenceView, at: number): Found[] {
  const org = s.mentions.find(isOrg);
  // The state that calls it off: the last named before, in the same clause ("Fighting with
  // Tajikistan resumes; Bishkek cancels the exercise").
  // ("Shortly before the drills were due to open, Bishkek called them off": the subject of
  // the verb after, when the exercise is told first.)
  const off = CALLED_THEM_OFF.exec(s.text);
  const by = off && off.index > at ? off.index : at;
  const clause = Math.max(0, s.text.lastIndexOf(";", at) + 1);
  const actors = s.mentions.filter((x) => (x.kind === "state" || x.kind === "person") && local(s, x) < by);
  const state = actors.findLast((x) => local(s, x) >= clause) ?? actors[0];
  const date = dateNear(s, at);
  if (
    !org ||
    !state ||
    !date ||
    (!off &&
      !/\b(?:announced|said|decided|told|declared|informed|cancel\w*|call(?:s|ed)? off)\b|\bnot host\b/i.test(
        s.text,
      ))
  )
    return [];
  return [
    {
      claim: { kind: "event", type: "REJECT", source: state.actor, target: org.actor, ...date },
      confidence: 0.55,
    },
  ];
}

export function exerciseClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = EXERCISE.exec(s.text) ?? exerciseByName(s);
  if (!m) {
    const named = namedOperations(s, ctx);
    if (named.length > 0) return named;
    const sent = operationClaims(s, ctx);
    return sent.length > 0 ? sent : contingentsSent(s, ctx);
  }
  // "agreed to hold joint drills", "will stage exercises": not held yet.
  if (
    /\b(?:to|will|would|shall)\s+(?:hold|conduct|stage|organi[sz]e)\s+(?:\w+\s+){0,3}$/i.test(
      s.text.slice(Math.max(0, m.index - 50), m.index),
    )
  )
    return [];
  // "took no part in the drills", "the exercise would not take place": none was held. A state
  // calling off an organization's exercise rejects the organization.
  if (
    NOT_HELD_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index)) ||
    NOT_HELD_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))
  )
    return calledOff(s, m.index);
  // The year in "Zapad-2017" names the exercise; the sentence may date it better ("last September").
  const names = allMatches(EXERCISE_NAME_YEAR, s.text)
    .filter((x) => !NOT_A_NAME.test(x[0].split(/[ -]/)[0] ?? ""))
    .map((x) => [x.index, x.index + x[0].length] as const);
  const found = dateNear(s, m.index, { notWithin: names }) ?? dateNear(s, m.index);
  QUOTED.lastIndex = 0;
  const quoted = allMatches(QUOTED, s.text)
    .map((q) => q[1]?.replace(/[,.]$/, "") ?? "")
    .filter(Boolean);
  const mentioned = (text: string) =>
    s.mentions.some((x) => x.text === text || text.startsWith(`${x.text} `));
  const named = (candidate: string | undefined) => {
    const words = candidate?.trim().split(/[ -]/) ?? [];
    return candidate && words[0] && !NOT_A_NAME.test(words[0]) && !mentioned(candidate.trim())
      ? candidate.trim()
      : undefined;
  };
  const withYear = allMatches(EXERCISE_NAME_YEAR, s.text)
    .map((x) => (citedWork(s.text, x.index, x[0].length) ? undefined : named(x[1])))
    .find(Boolean);
  const name =
    quoted.find((q) => !/\bevil\b/i.test(q) && /^\p{Lu}/u.test(q)) ??
    withYear ??
    named(EXERCISE_NAME_BEFORE.exec(s.text)?.[1]);
  const org = s.mentions.find(isOrg)?.actor ?? null;
  // "in Khujand, Tajikistan" or "in Tajikistan": where it was held.
  const place = /\bin ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?),\s+$/u;
  const placeHost = s.mentions.find((x) => {
    if (x.kind !== "state") return false;
    const before = s.text.slice(Math.max(0, local(s, x) - 40), local(s, x));
    return place.test(before) || /\bin\s+$/.test(before);
  });
  // "Mongolia hosted Khaan Quest 2015": the subject of "hosted" right before the exercise, which
  // takes part in it too.
  const hostedBy = placeHost
    ? undefined
    : s.mentions.find(
        (x) =>
          x.kind === "state" &&
          local(s, x) < m.index &&
          /^\s+hosted\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(
            s.text.slice(local(s, x) + x.text.length, m.index),
          ),
      );
  const hostMention = placeHost ?? hostedBy;
  const location = hostMention
    ? place.exec(s.text.slice(Math.max(0, local(s, hostMention) - 40), local(s, hostMention)))?.[1]
    : undefined;
  const participants = uniqueActors(
    s.mentions.filter(
      (x) =>
        x.kind === "state" &&
        (x !== hostMention || x === hostedBy) &&
        !inBorderName(s, x) &&
        !isGeographic(s, x) &&
        // "drills close to Tajikistan's border with Afghanistan": the neighbour is a place; so is
        // one gone into or near ("since the Taliban swept into Kabul").
        // ("live-fire drills around Taiwan", "a blockade rehearsed against it": the one aimed at.)
        !/\b(?:(?:border|frontier|boundary) with|into|towards?|near|closed in on|advanced on|marched on|around|surrounding|encircling|off|against|aimed at|(?:attack|invasion|blockade) (?:on|of))\s+(?:the\s+)?$/i.test(
          s.text.slice(Math.max(0, local(s, x) - 30), local(s, x)),
        ) &&
        // ("20 kilometres from the Afghan border": a border's side is a place.)
        !/^[\s-]+(?:border|frontier|boundary)\b/i.test(s.text.slice(local(s, x) + x.text.length)),
    ),
  );
  const troops =
    // "1,500 troops", "1,500 Mongolian and Russian troops" (not the year of "Vostok 2018 Russian troops").
    /\b(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:troops|soldiers|servicemen|personnel|military personnel|participants)|-strong\s+(?:\w+\s+)?(?:exercises?|drills?|force|contingent|troops))|\b(\d{1,3}(?:,\d{3})+|\d{1,3})\s+(?:(?:\p{Lu}[\p{L}-]*|and)\s+){1,4}(?:troops|soldiers|servicemen|personnel)\b/u.exec(
      s.text,
    );
  const form = /\b(?:operation|patrols?|flew|sailed|patrolled)\b/i.test(m[0]) ? "operation" : "exercise";
  const date = inNamedYear(s, name, found);
  if (!name && participants.length === 0 && !org) return [];
  // Without a date of its own, the sentence goes on about the exercise the one before dated
  // ("On Thursday the drills ended. Code-named X, they involved...").
  if (!date && !ctx.exerciseInPreviousSentence) return [];
  const held = (on: ClaimDate | null | undefined, confidence: number): Found => ({
    claim: {
      kind: "exercise",
      ...(name ? { name } : {}),
      ...(org ? { org } : {}),
      ...(hostMention ? { host: hostMention.actor } : {}),
      ...(location ? { location } : {}),
      participants,
      ...(troops ? { troops: Number((troops[1] ?? troops[2] ?? "").replace(/,/g, "")) } : {}),
      form,
      date: on?.date ?? null,
      ...(on?.end ? { end: on.end } : {}),
    },
    confidence,
    ...(on ? {} : { continues: true }),
  });
  // "in September 2023 and again last July": held at each of the dates.
  return [held(date, 0.6), ...(date ? coordinatedDates(s, date).map((d) => held(d, 0.5)) : [])];
}

// ---------------------------------------------------------------- agreements

const AGREEMENT_NAME =
  /\b((?:the )?(?:[A-Z][\w'-]*\s+){0,6}(?:Treaty|Agreement|Convention|Declaration|Memorandum|Accord|Protocol)(?:\s+(?:of|on|for|between)\s+(?:the\s+)?(?:[A-Z][\w'-]*|of|on|and|to|the|\s)+)?)/g;
const SIGNING =
  /\b(?:sign(?:ed|ing|s)?|conclud(?:ed|ing)|issued|adopted|inked|reached|struck(?=\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:deal|agreement|accord|pact|bargain|compromise|treaty|truce|ceasefire)s?\b)|struck(?<=\b(?:deal|agreement|accord|pact|bargain|compromise|treaty|truce|ceasefire)s?\b[^.;]{0,60}?\b(?:was|were|been|is|are)\s+(?:finally\s+|quickly\s+|eventually\s+)?struck)|sealed(?=[^.;]{0,40}\b(?:in|with|by)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}(?:[Dd]eclaration|[Tt]reaty|[Aa]greement|[Pp]act|[Aa]ccord)\b)|put (?:their|his|her|its) (?:names?|signatures?) to|(?:launched|proclaimed|forged)(?=\s+(?:an?|the|their)\s+(?:[\w-]+\s+)?(?:strategic|comprehensive|privileged|special)\s+(?:[\w-]+\s+)?partnership\b)|agree[ds]?(?=\s+(?:(?:on|upon)\s+)?(?:an?|the)\s+(?:[A-Z][\w-]*\s+(?:and\s+|for\s+|of\s+)?){1,6}(?:Programme|Program|Partnership|Roadmap|Plan)\b)|(?:produced|yielded)(?<=\bvisit\b[^.;]{0,60}?(?:produced|yielded))(?=\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}(?:declarations?|agreements?|accords?|treat(?:y|ies)|pacts?|memorand(?:ums?|a)|deals?)\b)|agreed(?=\s+an?\s+(?:[\w-]+\s+){0,3}(?:deal|swap|accord|pact|agreement|treaty|memorandum)\b(?!\s+(?:was|were|is|are|would|should|must|could|had|has)\b))|upgraded(?=[^.;]{0,60}\bto\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}partnership\b)|declared(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}[Pp]artnership\b))\b/i;

const AGREEMENT_WORD =
  /\b(?:(?:strategic|comprehensive|privileged|special)\s+(?:[\w-]+\s+)?partnership|Partnership|Programme|treaty|treaties|agreements?|conventions?|declarations?|memorand(?:ums?|a)|accords?|protocols?|joint statements?|communiqu[eé]s?|deals?|contracts?|pacts?|charter|ceasefire|armistice|(?<=\bagreed\s+an?\s+(?:[\w-]+\s+){0,2})swap|framework document|documents|roadmap|letters? of intent|(?<=\b(?:signed|signs|concluded|sealed|agreed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2})leases?|(?:military|defen[cs]e|security)\s+doctrine|statements?(?=\s+(?:(?:that|which)\s[^.;]{0,80}\b|(?:was|were|is|has\s+been|had\s+been)\s+)?signed\b)|(?<=\b(?:signed|signs|signing)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3})statements?)\b/i;
/** "the NATO-Russia Founding Act", "the Helsinki Final Act": an agreement named an Act. */
const NAMED_ACT = /\b[A-Z][\w-]*\s+Act\b/;
const QUOTED_NAME = /[“"]([^”"]{4,160})[”"]?/g;
const ALL_MEMBERS =
  /\b(?:all|the|its|their)\s+(?:\w+\s+)?member (?:states|countries)\b|\ball (?:its |the )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) )?members\b|\bthe (?:(?:\w+|remaining|other) ){0,2}members\b/i;
/** An organization's own founding document, after its name ("the SCO Charter", "the CIS's charter")... */
const OWN_CHARTER = /^(?:['’]s)?\s+(?:founding\s+)?(?:[Cc]harter|[Ss]tatute|[Cc]onstitution)\b/;
/** ... or before it ("the Charter of the CIS"). */
const CHARTER_OF = /\b(?:[Cc]harter|[Ss]tatute)\s+of\s+(?:the\s+)?$/;
/** "the leaders", "the heads of state": at an organization's meeting, its members. */
const LEADERS = /\bthe (?:\w+ )?(?:leaders|heads of state)\b/i;

/**
 * A party named after the signing verb comes after "with", "by" or "between" ("signed a
 * pact with Russia", "signed in Astana by Putin"), in the same clause: not a state the
 * sentence goes on to name in another role ("..., and Kyrgyz officials hope", "at a summit
 * hosted by India").
 */
function signsAfter(between: string): boolean {
  return (
    /\b(?:with|by|between)\b/i.test(between) &&
    !/;|,\s+(?:and|but|while)\s|\band (?:became|was|is|has)\b|\b(?:hosted|chaired|led|organi[sz]ed|attended|held) by\b|,\s+[a-z]+ing\s|\b(?:if|unless|should)\s/i.test(
      between,
    )
  );
}

/** An organization named as where the signing happened, not as a party ("a CSTO summit", "the NATO Secretary General"). */
const ORG_AS_SETTING =
  /^[\s’']*(?:s\s+)?(?:[\w-]+\s+)?(?:summit|meeting|session|secretary|summit meeting|heads|chief|ministerial|conference)\b/i;

/**
 * Agreements: a signing verb with an agreement word. Each quoted or capitalized name is
 * an agreement of its own ("signed a “Declaration on...” and a “Memorandum of...”").
 * Parties are the states the sentence names, except places named as where it happened
 * ("in Moscow"); an organization is a party when it signs ("NATO had reached agreements
 * with..."), not when it is the setting ("a CSTO summit"). "All member states" of an
 * organization are its members at the date, as the knowledge base knows them. A signing
 * the sentence does not date takes the narrative's date, if the narrative has one.
 */
/**
 * The clauses of a sentence between semicolons, each as a sentence of its own ("In 1996 A
 * and B signed X; in 1997 the same two signed Y" tells two signings).
 */
function clausesOf(s: SentenceView): SentenceView[] {
  const views: SentenceView[] = [];
  let from = 0;
  const cut = (to: number, next: number) => {
    const start = s.start + from;
    const end = s.start + to;
    views.push({
      start,
      end,
      text: s.text.slice(from, to),
      mentions: s.mentions.filter((m) => m.start >= start && m.end <= end),
      dates: s.dates.filter((d) => d.start >= start && d.start < end),
    });
    from = next;
  };
  CLAUSE_CUT.lastIndex = 0;
  for (let m = CLAUSE_CUT.exec(s.text); m !== null; m = CLAUSE_CUT.exec(s.text))
    cut(m.index, m.index + m[0].length);
  cut(s.text.length, s.text.length);
  return views;
}

/**
 * Where a sentence's clauses part, each of which may tell a signing of its own: a semicolon,
 * and ", then" or ", where" ("proclaimed a partnership, then moved on to Shanghai, where the
 * five signed an agreement").
 */
const CLAUSE_CUT = /;|,\s+(?=(?:then|where|and\s+then)\s)/g;

/** A quick test for CLAUSE_CUT's words other than the semicolon. */
const THEN_OR_WHERE = /,\s+(?:then|where|and\s+then)\s/;

/**
 * "Since Russia's invasion", "on the anniversary of Russia's invasion", "two years after
 * Russia's invasion": the doer of a deed that dates the sentence, no party to what it tells.
 */
function doerOfDatingDeed(s: SentenceView, m: Mention): boolean {
  const at = local(s, m);
  if (
    /^['’]s\s/.test(s.text.slice(at + m.text.length, at + m.text.length + 3)) &&
    /\b(?:since|after|before|following|amid|anniversary\s+of)\s+$/i.test(
      s.text.slice(Math.max(0, at - 20), at),
    )
  )
    return true;
  // (", two days before Russian troops crossed into Ukraine,": a count to another deed, in an aside.)
  const open = s.text.lastIndexOf(",", at);
  const close = s.text.indexOf(",", at);
  return open >= 0 && close > at && COUNTED_ASIDE.test(s.text.slice(open, open + 40));
}

export function agreementClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const bought = purchaseAgreed(s, ctx);
  if (bought.length > 0) return bought;
  const protocols = s.text.includes("ccession protocol") ? accessionProtocols(s, ctx) : [];
  // (A signing of the protocols, read again with the same parties, is told once.)
  const withProtocols = (found: Found[]) =>
    protocols.length === 0
      ? found
      : [...protocols, ...found.filter((f) => !protocols.some((p) => sameParties(p.claim, f.claim)))];
  if (s.text.includes(";") || THEN_OR_WHERE.test(s.text)) {
    const clauses = clausesOf(s).filter((c) => SIGNING.test(c.text));
    if (clauses.length > 1) return withProtocols(clauses.flatMap((c) => signedIn(c, ctx)));
  }
  const signed = signedIn(s, ctx);
  return withProtocols(signed.length > 0 ? signed : datedAgreements(s, ctx));
}

function sameParties(a: Claim, b: Claim): boolean {
  if (a.kind !== "agreement" || b.kind !== "agreement") return false;
  return a.parties.length === b.parties.length && a.parties.every((x) => b.parties.includes(x));
}

/** "signed the accession protocols for", "the accession protocols of ... were signed". */
const ACCESSION_PROTOCOLS_SIGNED =
  /\bsign(?:ed|s|ing)?\s+(?:the\s+)?accession\s+protocols?\b|\baccession\s+protocols?\s+(?:(?:for|of)\s+[^.;]{1,60}?\s+)?(?:were|was|had been|have been)\s+signed\b/gi;
/** Right after "protocols": those they are for. */
const PROTOCOLS_FOR = /\bprotocols?\s+(?:for|of|with)\s+(?:the\s+)?/i;

/**
 * "The thirty NATO allies sign the accession protocols for Finland and Sweden", "Allied
 * ambassadors sign the accession protocols for Montenegro": an agreement of the alliance
 * (named, or the one the text is about when its "allies" sign) with the states listed after
 * "for" or "of".
 */
function accessionProtocols(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  ACCESSION_PROTOCOLS_SIGNED.lastIndex = 0;
  for (
    let m = ACCESSION_PROTOCOLS_SIGNED.exec(s.text);
    m !== null;
    m = ACCESSION_PROTOCOLS_SIGNED.exec(s.text)
  ) {
    const list = PROTOCOLS_FOR.exec(s.text.slice(m.index, m.index + m[0].length + 16));
    if (!list) continue;
    const end = m.index + list.index + list[0].length;
    const states = s.mentions.filter((x) => x.kind === "state" && !isPlace(s, x));
    const first = states.find((x) => local(s, x) === end);
    if (!first) continue;
    // ("Allied ambassadors sign": the alliance the text is about.)
    const org =
      s.mentions.find((x) => isOrg(x) && !isPlace(s, x))?.actor ??
      (/\ballie[sd]\b/i.test(s.text) ? (ctx.topicOrganization ?? impliedOrganization(ctx)) : null);
    const date = dateNear(s, m.index);
    const joining = uniqueActors(coordinated(s, states, first, 1)).filter((a) => a !== org);
    if (!org || !date || joining.length === 0) continue;
    out.push({ claim: { kind: "agreement", parties: [org, ...joining], ...date }, confidence: 0.55 });
  }
  return out;
}

/**
 * An agreement named with its date and no verb of signing: "their 1998 agreement", "a 2005
 * agreement with Tbilisi", "Moscow's July 2009 agreement", "the 1997 NATO-Russia Founding
 * Act", "the security treaty of 1960".
 */
const DATED_AGREEMENT =
  /\b(?:the|a|an|their|its|our|his|her|[\p{Lu}][\p{L}.]*['’]s)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|treaty|accord|pact|memorandum|deal|Act|contract)\b(?!-)|\b(?:[Aa]greement|[Tt]reaty|[Aa]ccord|[Pp]act|[Mm]emorandum)\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|\b(?:agreement|treaty|accord|pact|memorandum)\s+with\s+(?:the\s+)?[\p{Lu}][^.;,]{0,30}?,?\s+(?:dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|(?:has\s+been\s+|was\s+)?in\s+force\s+since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/gu;

/**
 * The parties of an agreement named with its date: two or more actors named inside the
 * name ("NATO-Russia"); those "between A and B"; the one "with" whom, and the state named
 * before it; else the sentence's two actors, if it names exactly two. A date after the day of
 * writing names a plan, not an agreement.
 */
function datedAgreements(s: SentenceView, ctx: ReadingContext): Found[] {
  DATED_AGREEMENT.lastIndex = 0;
  const out: Found[] = [];
  for (let m = DATED_AGREEMENT.exec(s.text); m !== null; m = DATED_AGREEMENT.exec(s.text)) {
    const from = m.index;
    const to = m.index + m[0].length;
    const date = s.dates.find((d) => d.start - s.start >= from && d.start - s.start < to);
    if (!date || (ctx.published && date.date > ctx.published.date)) continue;
    // ("the Collective Security Treaty of 1992": an organization the knowledge base knows.)
    if (s.mentions.some((x) => isOrg(x) && local(s, x) <= from && local(s, x) + x.text.length >= from))
      continue;
    const actors = s.mentions.filter(
      (x) => (x.kind === "state" || isOrg(x) || x.kind === "person") && !isPlace(s, x) && !isSetting(s, x),
    );
    const inside = actors.filter((x) => local(s, x) >= from && local(s, x) < to);
    const after = actors.filter((x) => local(s, x) >= to);
    const between = after.find((x) =>
      /^\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?$/i.test(s.text.slice(to, local(s, x))),
    );
    // ("Chile's memorandum with Peru dates to 2011": the one "with" whom inside the match.)
    const withWhom =
      after.find((x) => /^\s+with\s+(?:the\s+)?$/i.test(s.text.slice(to, local(s, x)))) ??
      (inside.length === 1
        ? inside.find((x) => /^\S+\s+with\s+(?:the\s+)?$/i.test(s.text.slice(from, local(s, x))))
        : undefined);
    let parties: string[] = [];
    if (uniqueActors(inside).length >= 2) parties = uniqueActors(inside);
    else if (between) parties = uniqueActors(coordinated(s, after, between, 1));
    else if (withWhom) {
      const other =
        inside.find((x) => x !== withWhom) ??
        actors.findLast((x) => local(s, x) < from && x.actor !== withWhom.actor);
      parties = other ? uniqueActors([other, withWhom]) : [];
    } else if (uniqueActors(actors).length === 2) parties = uniqueActors(actors);
    // ("the Mutual Defense Treaty of 1951", in a story of two states naming no one else here.)
    const pair = parties.length < 2 ? pairAlone(s, ctx) : undefined;
    if (pair) parties = [...pair];
    // ("the 1992 Tashkent treaty" beside the CSTO and the CST: a body and its treaty, no parties.)
    else if (
      parties.length < 2 ||
      !actors.some((x) => x.kind !== "organization" && parties.includes(x.actor))
    )
      continue;
    out.push({ claim: { kind: "agreement", parties, date: date.date }, confidence: 0.45 });
  }
  return out;
}

/**
 * Words of an agreement that is not the pair's alone: states counted past two ("the five
 * littoral states", "the four"), or an organization's founding papers ("signed the founding
 * documents").
 */
const MANY_OR_FOUNDING =
  /\bthe\s+(?:three|four|five|six|seven|eight|nine|ten)\b|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|all|littoral|member|other)\s+(?:[\w-]+\s+)?(?:states|countries|nations|members|republics|governments|parties|signatories)\b|\b(?:founding|charter|statute|accession)\b/i;

/**
 * The text's two states (ReadingContext.topicPair), if the sentence names no actor but them
 * (not as places) and no organization at all: the parties of an agreement it names alone.
 */
function pairAlone(s: SentenceView, ctx: ReadingContext): readonly [string, string] | undefined {
  const pair = ctx.topicPair;
  if (!pair || MANY_OR_FOUNDING.test(s.text)) return undefined;
  const alone = s.mentions.every(
    (m) =>
      (m.kind !== "organization" || isSetting(s, m)) &&
      (!(m.kind === "state" || m.kind === "person") || isPlace(s, m) || pair.includes(m.actor)),
  );
  return alone ? pair : undefined;
}

/** "the leaders", "the presidents" right before a verb: those who just met. */
const THE_LEADERS =
  /\bthe\s+(?:leaders|presidents|heads of state)\s+(?:(?:then|also|later|formally|jointly)\s+)?$/i;

/** An agreement with one the text does not name as an actor: "the host agreement with the agency". */
const WITH_UNNAMED =
  /\b(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|protocols?)\s+with\s+(?:the\s+|an?\s+)?\p{Ll}/u;

/** An agreement told as one more, not the one before: "signed a security pact", "such pacts". */
const NEW_DEAL =
  /\b(?:an?|another|such|several|two|three|new|other)\s+(?:[\w'’-]+\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|contracts?|memorand(?:um|a)|declarations?|protocols?|charters?|communiqu[eé]s?|conventions?)\b/i;

/** How many sentences back an agreement told may give its parties to a signing that names none. */
const AGREEMENT_REACH = 3;

/** Whether an agreement was told within AGREEMENT_REACH sentences before this one. */
export function agreementJustTold(ctx: ReadingContext): boolean {
  return ctx.agreementAge !== undefined && ctx.agreementAge <= AGREEMENT_REACH;
}

/**
 * The parties of the agreement told last, within AGREEMENT_REACH sentences, if those the
 * sentence names (`named`, fewer than two) are among them and it names no other actor (but
 * as a place): a signing told again, or the next of a series with the same partner.
 */
function partiesCarried(
  s: SentenceView,
  ctx: ReadingContext,
  named: readonly string[],
): readonly string[] | undefined {
  if (
    !agreementJustTold(ctx) ||
    MANY_OR_FOUNDING.test(s.text) ||
    NEW_DEAL.test(s.text) ||
    WITH_UNNAMED.test(s.text)
  )
    return undefined;
  const last = ctx.agreementsTold?.at(-1);
  if (last?.kind !== "agreement" || last.parties.length < 2) return undefined;
  const parties = last.parties;
  if (!named.every((p) => parties.includes(p))) return undefined;
  const others = s.mentions.some(
    (m) =>
      (m.kind === "state" || m.kind === "person" || (isOrg(m) && !isSetting(s, m))) &&
      !isPlace(s, m) &&
      !parties.includes(m.actor),
  );
  return others ? undefined : parties;
}

/** "Turkey agreed to buy the Russian S-400": a purchase agreed, an agreement with the seller. */
const AGREED_TO_BUY = /\bagreed\s+to\s+(?:buy|purchase|acquire)\b/i;

/**
 * "Turkey agreed to buy the Russian S-400 in 2017": the buyer (the subject) and the seller (a
 * state named within a few words after the verb, as a demonym or a name) agreed a purchase.
 */
function purchaseAgreed(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = AGREED_TO_BUY.exec(s.text);
  if (!m) return [];
  const end = m.index + m[0].length;
  const states = s.mentions.filter((x) => x.kind === "state" || x.kind === "person");
  const buyer = states.findLast((x) => local(s, x) < m.index && !isPlace(s, x));
  const seller = states.find((x) => local(s, x) >= end && local(s, x) - end <= 30);
  const date = dateNear(s, m.index, { asideAfter: true }) ?? ctx.narrativeDate ?? null;
  if (!buyer || !seller || buyer.actor === seller.actor || !date) return [];
  return [
    { claim: { kind: "agreement", parties: [buyer.actor, seller.actor], date: date.date }, confidence: 0.5 },
  ];
}

/** The agreement a sentence (or a clause) tells signed, if any. */
function signedIn(s: SentenceView, ctx: ReadingContext): Found[] {
  // A treaty the knowledge base knows as an organization ("the Collective Security Treaty")
  // is read as that organization, not as a new agreement.
  const text = maskMentions({ ...s, mentions: s.mentions.filter(isOrg) });
  const sign = SIGNING.exec(text);
  if (!sign || !(AGREEMENT_WORD.test(text) || NAMED_ACT.test(text))) return [];
  // "refused to sign", "did not sign", "no agreement was signed", "no date set for signing it",
  // "is expected to sign", "will sign": no agreement was made (yet).
  if (
    /\b(?:refus\w*|declin\w*|fail\w*|unwilling|reluctant|preparations|(?:is|are|was|were) (?:expected|due|scheduled|set|poised|likely)|plan(?:s|ned)?|intend(?:s|ed)?|hop(?:es?|ed)|want(?:s|ed)?|wish(?:es|ed)?|aim(?:s|ed)?|sought|seeks?)\s+to\s+$|\bwill\s+$|\b(?:could|would|might|may|should|shall|can)\s+(?:not\s+)?(?:(?:soon|still|eventually|finally)\s+)?(?:be\s+)?$|\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$|\bno\s+(?:\w+\s+){1,2}(?:was|were|has been|had been|is)\s+$|\b(?:for|before|ahead of|awaiting)\s+$/i.test(
      text.slice(Math.max(0, sign.index - 30), sign.index),
    )
  )
    return [];
  // ("signed the declaration, with the next summit in 2025", written in 2023: a date still to
  // come is no signing's.)
  // ("On 29 May 2014 they signed the treaty creating the union, which came into being on 1
  // January 2015": a relative clause's date is its own.)
  const near = dateNear(s, sign.index, { ownClause: true });
  const date =
    (near && ctx.published && near.date > ctx.published.date ? null : near) ?? ctx.narrativeDate ?? null;
  const orgs = s.mentions.filter((m) => isOrg(m) && !isSetting(s, m));
  let parties: string[];
  // "the members signed": the members of the organization named, or of the one the text is about.
  // "the leaders gathered adopted a declaration" at an organization's meeting: its members too.
  const allMembers = ALL_MEMBERS.test(s.text) || (LEADERS.test(s.text) && s.mentions.some(isOrg));
  const org = s.mentions.find(isOrg)?.actor ?? (allMembers ? impliedOrganization(ctx) : null);
  const members = org && date && allMembers ? ctx.members?.(org, date.date) : undefined;
  if (members && members.length >= 2) parties = [...members];
  else {
    // States, and people signing for them ("Putin and Karimov signed...").
    const signers = s.mentions.filter((m) => m.kind === "state" || m.kind === "person");
    const signedAt = sign.index + sign[0].length;
    // "A obtained observer status in 2018, and Iran signed ...": a subject that opens a clause
    // of its own signs alone (with those listed with it).
    const nearest = signers.findLast((m) => local(s, m) < sign.index && !isPlace(s, m));
    const subject = nearest ? coordinated(s, signers, nearest, -1) : [];
    const opensClause =
      subject.length > 0 &&
      /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:in|on|by|later|then)\s+[^,;]{0,22}?\s*)?(?:the\s+)?$/i.test(
        s.text.slice(
          Math.max(0, local(s, subject[subject.length - 1] as Mention) - 40),
          local(s, subject[subject.length - 1] as Mention),
        ),
      ) &&
      // ("Mongolia and the alliance agreed": an organization may be the subject's other half.)
      /^\s+(?:and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+)?(?:(?:also|then|later|finally|formally)\s+)?$/i.test(
        s.text.slice(local(s, nearest as Mention) + (nearest as Mention).text.length, sign.index),
      );
    // (With no one else named after the verb, the clause signed with those of the sentence:
    // "Xi came to Bishkek, and we signed agreements".)
    const signsWithOther = s.mentions.some(
      (m) =>
        (m.kind === "state" || m.kind === "person" || isOrg(m)) &&
        local(s, m) > sign.index &&
        !isPlace(s, m) &&
        signsAfter(s.text.slice(signedAt, local(s, m))),
    );
    // ("..., and in 2012 Mongolia and the alliance agreed a programme": the two are the parties.)
    const pairedWithOrg =
      nearest !== undefined &&
      orgs.some((o) =>
        /^\s+and\s+(?:the\s+)?$/i.test(s.text.slice(local(s, nearest) + nearest.text.length, local(s, o))),
      );
    const named = new Set(
      signers
        .filter(
          (m) =>
            !isPlace(s, m) &&
            !doerOfDatingDeed(s, m) &&
            (local(s, m) < sign.index
              ? !opensClause || subject.includes(m) || (!signsWithOther && !pairedWithOrg)
              : signsAfter(s.text.slice(signedAt, local(s, m)))),
        )
        .map((m) => m.actor),
    );
    // An organization signs too: before the verb, or after it with "with" ("signed an
    // Association Agreement with the EU").
    parties = uniqueActors(
      s.mentions.filter(
        (m) =>
          (!isOrg(m) && named.has(m.actor)) ||
          (isOrg(m) &&
            orgs.includes(m) &&
            (local(s, m) < sign.index ||
              signsAfter(s.text.slice(signedAt, local(s, m))) ||
              // "signed NATO's Partnership for Peace Framework Document": the organization's own.
              // (Its charter or statute is signed by those who join it: it is no party.)
              // ("signed the NATO-Russia Founding Act": one of the two the name joins.)
              (/^\s+(?:the\s+)?$/i.test(s.text.slice(signedAt, local(s, m))) &&
                /^(?:['’]s\s+(?!(?:founding\s+)?(?:charter|statute|constitution|founding treaty)\b)|[-–]\p{Lu})/iu.test(
                  s.text.slice(local(s, m) + m.text.length),
                )))),
      ),
    );
  }
  // "the two presidents signed a treaty": the two the sentence before told meeting.
  // ("On 19 September the leaders sign the Pyongyang Joint Declaration", after their meeting.)
  if (
    parties.length < 2 &&
    (TWO_SIDES.test(text.slice(Math.max(0, sign.index - 30), sign.index)) ||
      THE_LEADERS.test(text.slice(Math.max(0, sign.index - 30), sign.index))) &&
    ctx.previousMeeting
  )
    parties = [...ctx.previousMeeting];
  // "The SCO Charter, signed in St Petersburg in 2002": an organization's charter, with no one
  // named signing it, is its members' at the signing.
  if (parties.length < 2 && date && !s.mentions.some((m) => m.kind === "state" || m.kind === "person")) {
    const chartered = orgs.find(
      (m) =>
        OWN_CHARTER.test(s.text.slice(local(s, m) + m.text.length, local(s, m) + m.text.length + 30)) ||
        CHARTER_OF.test(s.text.slice(Math.max(0, local(s, m) - 20), local(s, m))),
    );
    const members = chartered ? ctx.members?.(chartered.actor, date.date) : undefined;
    if (members && members.length >= 2) parties = [...members];
  }
  // "The agreement was signed at Camp Aguinaldo on 28 April 2014", in a story of two states
  // naming no one else here: theirs.
  if (parties.length < 2 && date && !allMembers) parties = [...(pairAlone(s, ctx) ?? parties)];
  // "The military rulers of Mali, Burkina Faso and Niger have signed a treaty ... The treaty
  // was signed on Saturday in Niamey": a signing naming fewer than two parties, all of them
  // among those of the agreement told just before, is that agreement's.
  if (parties.length < 2 && date && !allMembers) parties = [...(partiesCarried(s, ctx, parties) ?? parties)];
  // An undated signing is more often background than the report of one.
  if (parties.length < 2 || !date) return [];
  QUOTED_NAME.lastIndex = 0;
  const quoted = allMatches(QUOTED_NAME, s.text)
    .map((x) => (x[1] ?? "").trim().replace(/[.,;]+$/, ""))
    .filter((n) => AGREEMENT_WORD.test(n) && /^[A-Z]/.test(n));
  AGREEMENT_NAME.lastIndex = 0;
  const capitalized = allMatches(AGREEMENT_NAME, s.text)
    .map((x) => (x[1] ?? "").trim().replace(/^the\s+/i, ""))
    .filter((n) => /^[A-Z]/.test(n) && n.split(/\s+/).length >= 2);
  const names: (string | undefined)[] = quoted.length > 0 ? quoted : capitalized.slice(0, 1);
  if (names.length === 0) names.push(undefined);
  // "each of them signed a memorandum with the organisation": one agreement for each.
  const each = uniqueActors(
    s.mentions.filter((m) => /^each of them$/i.test(m.text) && local(s, m) < sign.index),
  );
  const counterparts = parties.filter((p) => !each.includes(p));
  if (each.length >= 2 && counterparts.length > 0)
    return each.flatMap((signer) =>
      names.map((name) => ({
        claim: {
          kind: "agreement" as const,
          ...(name ? { name } : {}),
          parties: [signer, ...counterparts],
          date: date?.date ?? null,
        },
        confidence: 0.5,
      })),
    );
  const agreements = names.map((name) => ({
    claim: {
      kind: "agreement" as const,
      ...(name ? { name } : {}),
      parties,
      date: date?.date ?? null,
    },
    confidence: 0.55,
  }));
  // ("Rahmon and Putin signed the deal in Sochi": two leaders signing together met to sign.)
  const leaders = uniqueActors(
    s.mentions.filter((m) => m.kind === "person" && local(s, m) < sign.index && parties.includes(m.actor)),
  );
  const [first, second] = leaders;
  return parties.length === 2 && first !== undefined && second !== undefined && leaders.length === 2
    ? [...agreements, ...eventPair("CONSULT", first, second, date)]
    : agreements;
}

// ---------------------------------------------------------------- events (PLOVER)

/** "Putin was in Ulaanbaatar": a person's presence in a place (see eventClaims). */
/** What follows the verb of a presence: " in", " again in", " himself in". */
const PRESENCE_IN = String.raw`\s+(?:again\s+|back\s+|once again\s+|already\s+|himself\s+|herself\s+)?in`;
/** The verbs of a presence: "was in", "stopped in", "stopped over in". */
const PRESENCE_VERB = String.raw`(?:was|were|are|had been|has been|stopped(?:\s+off|\s+over)?|spent\s+(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|nights?))`;
const PRESENCE = new RegExp(String.raw`\b${PRESENCE_VERB}${PRESENCE_IN}\b`, "i");
/** PRESENCE's match, told from the other verbs' ("was in", "was again in", not "was received in"). */
const PRESENCE_MATCH = new RegExp(`^${PRESENCE_VERB}${PRESENCE_IN}$`, "i");

/** An office and a name after a state's adjective: " Defence Minister Sergei Shoigu ". */
const OFFICE_AND_NAME_SOURCE = String.raw`\s+(?:(?:Deputy|Vice|Acting|First|Chief)\s+)?(?:President|Prime Minister|Premier|Chancellor|Vice-President|(?:Foreign|Defen[cs]e|Interior|Trade|Finance|Economy|Energy)\s+Minister|Minister\s+of\s+\p{Lu}\p{L}+|Secretary of State|(?:Defen[cs]e|Foreign|Home)\s+Secretary|King|Emir|Crown Prince|Speaker|[Ee]nvoy|Ambassador)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s+`;
const OFFICE_AND_NAME = new RegExp(`^${OFFICE_AND_NAME_SOURCE}$`, "u");
const OFFICE_AND_NAME_OPENS = new RegExp(`^${OFFICE_AND_NAME_SOURCE}`, "u");

/** "... in Moscow today for a summit of the CSTO": what a presence was for, a meeting. */
const FOR_A_MEETING =
  /^\s+[^,;.]{1,50}?\bfor\s+(?:a|an|the)\s+(?:[^\s,;.]+\s+){0,3}(?:summit|meeting|session|talks|consultations)\b/i;

/**
 * The event types' verbs, each type's in one expression (exported for the cue test). (A
 * lookbehind follows the word it guards, as in MEMBERSHIP_TRIGGERS.)
 */
export const EVENT_VERBS: readonly (readonly [EventType, RegExp])[] = [
  [
    "CONCEDE",
    /\b(?:lift\w*|eas\w*|relax\w*|suspend\w*|waiv\w*|scrap\w*|remov\w*|dropp(?:ed|ing)|drops?)\b[^.]{0,30}\b(?:sanctions|embargo)\b|\b(?:lift(?:ed|s|ing)?|dropp(?:ed|ing)|drops?|withdr(?:ew|aws?|awing)|abandon(?:ed|s|ing)?)\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?vetoe?s?\b|\b(?:sanctions|embargo)\b[^.]{0,20}\b(?:lifted|eased|suspended|removed)\b|\blift(?:ed|s|ing)?\s+(?:\w+\s+){0,2}(?:ban|bans|restrictions|duties|tariffs|quotas|curbs|requirements|visas|visa\s+regime)\b|\b(?:remov(?:ed|es|ing)|eas(?:ed|es|ing)|scrapp(?:ed|ing)|scraps|dropp(?:ed|ing))\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:curbs|restrictions|tariffs?|duties|export\s+controls)\b|\b(?:freed|released|pardoned)\s+(?:[\w,]+\s+){0,3}(?:detainees|prisoners|captives|hostages|servicemen|soldiers|officers|sailors|fishermen|crew(?:men|\s+members)?|nationals|citizens|journalists|activists|diplomats)\b|\bced(?:e|ed|es|ing)\b(?=[^.;]{0,80}\bto\s)|\bapologi[sz](?:ed|es|ing|e)\b|(?<!\bagreed\s+to\s+)\breopen(?:s|ed|ing)?\b(?=\s+(?:its\s+|their\s+|all\s+|the\s+)?(?:[\w,-]+\s+){0,5}?(?:airspace|borders?|border\s+crossings?|crossings?|entry\s+points|land\s+border)\b(?!\s+(?:trade|talks|commerce)\b))|\b(?:struck|strikes|striking|took|takes|taking)\b(?=\s+(?:the\s+)?\s{3}\s*off\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}list\b)|\bremov(?:ed|es|ing)\b(?=\s+(?:the\s+)?\s{3}\s*from\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}list\b)|\b(?:hand(?:ed|s|ing)?|return(?:ed|s|ing)?|g[ai]ve)\b(?=\s+(?:[\w-]+\s+){0,6}(?:villages?|territor(?:y|ies)|land|districts?|regions?|islands?|provinces?|areas?)\b[^.;]{0,60}?\b(?:back\s+)?to\s)|\b(?:gave|give|gives|giving) in to\b|\byield(?:ed|s)? to\b|\brelent(?:ed|s)?\b|\bcave(?:d|s)? in to\b|\bbow(?:ed|s)? to\s+(?:[\w'’-]+\s+){0,3}(?:pressure|demands?)\b|\bagreed\s+to\s+(?:cap|limit|reduce|cut|halve)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:forces|troops|army|armed forces|arsenal|navy|military|warheads|missiles|contingent)\b)/i,
  ],
  [
    "SANCTION",
    /\bsanction(?:ed|s|ing)?\b|\b(?:black)?list(?:ed|s|ing)\b(?=\s+(?:\s{3,}|[\w-]+\s+){1,3}(?:officials|individuals|entities|companies|firms|banks|oligarchs|judges|generals)\b)|\bdesignat(?:ed|es|ing)\b(?=\s+[^.;]{1,60}?\s(?:as\s+)?(?:an?\s+)?(?:foreign\s+)?terrorist\s+(?:organi[sz]ation|group|entity)\b)|\breimpos\w*|\btighten(?:ed|s|ing)?\s+(?:its\s+|their\s+)?(?:export\s+controls|(?:export|trade|visa)\s+(?:rules|restrictions|curbs))\s+(?:on|against|for)\b|\bput\b(?=[^.;]{0,40}\bon (?:its|a|the|their) (?:\w+ )?(?:blacklist|sanctions list))|\bembargo\w*\b|\bbann?(?:ed|ing|s)? (?:\w+ ){0,2}imports\b|\bbann(?:ed|ing)\b(?=(?:\s+(?:[\d,]+|all|most|some|many|several))?\s{3})|\bhit(?:s|ting)?\b(?=\s[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}(?:duties|tariffs|sanctions|levies|penalties|restrictions|bans)\b)|\bbann(?:ed|ing)\s+(?:\w+\s+){0,2}(?:wines?|brandy|cognac|fruit|vegetables|meat|dairy|fish|cheese|flowers|mineral water|goods|products|produce|trucks|lorries|flights)\b|\bbans?\b(?=\s+on\s+(?:[\w-]+\s+){0,3}(?:imports|products|goods|produce|exports|wines?|fruit|vegetables|meat|dairy|fish|cheese|flowers)\b)|\b(?:bar|ban|barred|banned|barring|banning)\b(?=\s+(?:[\w-]+\s+){0,2}(?:airlines|carriers|aircraft|planes)\b)|\b(?:impos|slap|levi|levy)\w* (?:[\w-]+ ){0,4}(?:duties|tariffs?)\b|\btighten\w*\s+(?:its\s+|their\s+)?controls\s+on\s+(?:[\w-]+\s+){0,3}?(?:exports|imports)\b|\bimpos\w*\s+(?:new\s+|further\s+|fresh\s+)?(?:[\w-]+\s+)?(?:measures|penalties)\s+(?:against|on)\b|\b(?:followed|answered|responded)\s+(?:suit\s+)?with\s+(?:[\w-]+\s+){0,2}(?:measures|penalties)\s+of\s+(?:their|its)\s+own\b|\bblacklist\w*|\bbann(?:ed|ing)\b(?=[^.;]{0,50}?\bfrom\s+(?:[\w-]+\s+){0,2}(?:airspace|airports?|ports?|territory|markets?)\b)|\bbroke off (?:diplomatic )?(?:relations|ties)\b|\bbr(?:oke|eaks?|eaking)\s+with\b(?=\s{3})|\bcut(?:s|ting)?\s+(?:off\s+)?(?:diplomatic\s+)?(?:relations|ties)\b|\bcut(?:s|ting)?\s+(?:off\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:relations|ties|relationship)\s+with\b|\bend(?:ed|s|ing)?\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+with\b|\bsever\w* (?:diplomatic )?(?:relations|ties)\b|\b(?:froze|frozen|freez\w*|suspend\w*|downgrad\w*)\s+(?:\s*['’]s\s+)?(?:\w+\s+){0,2}(?:meetings|talks|cooperation|ties|relations|contacts|dialogue|flights)\b|\brecall(?:ed|s|ing)?\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?)\b|\bwithdr(?:ew|aws?|awing|awn)\s+(?:its|their|all|the)\s+(?:(?:remaining|last|entire|own)\s+)?(?:diplomats|diplomatic\s+(?:staff|personnel)|embassy\s+staff)\b|\b(?:barred|banned|barring|banning|bars|bans)\b(?=\s+[^.;]{1,60}?\bfrom\s+(?:entering|travel(?:l?ing)?\s+to|visiting)\b)|\b(?:cut|cuts|cutting|halted|halts|halting|stopped|stops|suspended|suspends)\s+(?:off\s+)?(?:\w+\s+){0,2}(?:supplies|deliveries|exports|shipments|traffic|flights)\b|\bimpos\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?blockade\b|\bblockad(?:ed|ing)\b|\b(?:answered|responded|retaliated)\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:blockade|embargo|sanctions)\b|\b(?:visa|travel|entry)\s+(?:restrictions|bans?|curbs)\b|\bimpos\w*\s+(?:an?\s+|its\s+)?visa(?:s|\s+regimes?|\s+requirements?)\b|\b(?:froze|frozen|freez\w*|suspend\w*|halted|withheld)\s+(?:its\s+|the\s+)?(?:strategic\s+)?partnership\b|\b(?:froze|frozen|freez\w*|suspend\w*|halt(?:ed|s|ing)|paus(?:ed|es|ing)|withh(?:eld|olds|olding)|barred|bars|blocked|blocks|(?:held|holds?|holding)\s+back|cut(?:s|ting)?\s+off)\s+(?:[\w€$£,.-]+\s+){0,5}(?:aid|assistance|funding|loans?|(?:budget|financial|economic)\s+support)\b|\b(?:froze|frozen|freez(?:es|ing))\b(?=\s+(?:[\w’'-]+\s+){0,6}?(?:assets|reserves|accounts|holdings)\b)|\b(?:clos(?:ed|es|ing|e)|shut(?:s|ting)?)\s+(?:[\w’'-]+\s+){0,3}?airspace\s+to\b|\b(?:clos(?:ed|es|ing)|shut(?:s|ting)?)\s+(?:down\s+)?(?:[\w’'-]+\s+){0,4}?(?:border\s+)?(?:crossings?|checkpoints?|crossing\s+points?)\b(?=\s+(?:with|on|along)\b)/i,
  ],
  [
    "REJECT",
    /\b(?:drew|drawn|drawing|draws|prompted|provoked|triggered|sparked)\s+(?:[\w-]+\s+)?objections?\s+from\b|\bst(?:ayed|ays|aying)\s+away\s+(?:[\w-]+\s+){0,4}?from\b(?=[^.;]{0,60}?\b(?:summits?|meetings?|talks|sessions?|ceremony|forum|conference|gathering|parade|vote)\b)|\brefus\w*|\breject\w*|\bturned down\b|\bturn(?:s|ing) down\b|\bturned\s+(?:[^\s.,;]+\s+){0,2}down\b|\bdeclined\b|\bdeclines\b|\bpull(?:ed|s|ing)?\s+out\s+of\b(?=\s+(?:the\s+)?\s{3}['’]s\s+(?:[\w-]+\s+){0,2}(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b)|\bopted out\b|\bwould not participate\b|\bobject\w*\b|\bobstruct\w*|\bblock(?<!\b(?:was|were|been|being|is|are)\s+block)(?:ed|ing|s)\b(?!\s+(?:the\s+)?(?:roads?|highways?|bridges?|corridors?|traffic|passage|entrances?)\b)|\bveto\w*|\bopposed\b|\b(?:voic(?:ed|es|ing)|express(?:ed|es|ing)|reaffirm(?:ed|s|ing)|restat(?:ed|es|ing))\s+(?:(?:its|their|his|her|joint|firm|strong|shared)\s+){0,2}opposition\s+to\b|\bruled out\b|\bbalked at\b|\bspurned\b|\bshunned\b|\bdismiss(?:ed|es)?\b(?=[^.;]{0,30}?\b(?:proposals?|offers?|calls|plans?|requests?|demands?|ideas?|bids?)\b)|\brebuff\w*|\bboycott\w*|\bsnubbed\b|\bst(?:ayed|ays|aying) away from\b|\bskip(?:ped|s|ping)\b|\b(?:abandon(?:ed|ing|s)?|dropp(?:ed|ing)|scrap(?:ped|ping|s)?|walk(?:ed|ing|s)? away from|turn(?:ed|ing|s)? (?:his|her|its|their) backs? on|(?:tore|tears?|tearing) up|revok(?:ed|es|ing)|terminat(?:ed|es|ing)|renounc(?:ed|es|ing)|annull?(?:ed|s|ing)?)\b(?=\s+(?:(?:an?|the|its|their|his|her)\s+|\s*['’]s\s+)(?:[\w-]+\s+){0,3}(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?)\b)|\bbrush(?:ed|es|ing)? (?:off|aside)\b|\bbrush(?:ed|es|ing)?\s+(?:the|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}aside\b|\b(?:br(?:oke|eaks?|eaking|oken) off|walk(?:ed|ing|s)? away from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations|dialogue)\b|\bvetoe?(?:d|s|ing)\b|\b(?:(?:did|does|do|would|will)\s+not\s+recogni[sz]e|never\s+recogni[sz]ed)\b(?=\s+(?:the\s+)?\s{3})|\b(?:withdr[ae]w|withdrawn|withdraws|withdrawing|pull(?:ed|s|ing)?\s+out)\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,5}?(?:treaty|agreement|accord|pact|deal)\s+with\b|\b(?:quit|quits|exited|left|ended|ends|suspend(?:ed|s|ing)(?:\s+(?:part|parts)\s+of)?)\s+(?:the\s+|an?\s+|its\s+|their\s+)(?:[\w-]+\s+){0,5}?(?:treaty|agreement|accord|pact|deal)(?:\s+with\b|(?=\s*[,.;]|['’]s\s|\s+(?:in|on|at|last|this|that|after|before|and|for|altogether|entirely|outright)\b))|\bno\s+longer\s+(?:be\s+)?(?:bound\s+by|abid(?:e|ing)\s+by|observ(?:e|ing)|honou?r(?:ing)?)\b(?=\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}?(?:agreement|accord|pact|treaty|deal|arrangement)s?\b)/i,
  ],
  [
    "REQUEST",
    /\brequest\w*|\binvok(?:ed|es|ing)\b(?=\s+(?:its\s+|the\s+)?(?:treaty['’]s\s+)?Article\s+4\b|\s+(?:its\s+|the\s+)?(?:\s{3}['’]s\s+)?(?:collective[- ](?:self-)?defen[cs]e|mutual[- ]defen[cs]e|mutual[- ]assistance)\s+(?:clause|obligations?|commitments?|guarantees?|provisions?)\b|\s+(?:the\s+)?\s{3}(?:['’]s\s+)?(?:military\s+)?(?:assistance|help|support|protection)\b)|\basked\b(?!\s+(?:\w+\s+){0,2}(?:what|whether|how|why|when|where|who|which|if|about)\b)(?!\snot\s+to\b)|\basking\b(?=\s+(?:\w+\s+){1,3}to\s)|\basking\b(?=\s+(?:[\w-]+\s+){1,4}for\s+(?:[\w-]+\s+)?(?:help|money|assistance|support|aid|equipment|weapons|arms|troops|funds|funding|loans?)\b)|\bturned to\b(?=[^.;]{0,40}\bfor (?:help|assistance|support|aid)\b)|\b(?:cabled|wrote to|telegraphed|radioed)\b(?=[^.;]{0,60}?\bfor (?:help|assistance|support|aid|protection)\b)|\bappeal\w*|\bpled\b|\bpleaded\b|\burged\b|\burg(?:es|ing)\b(?=\s+(?:[\w'’-]+\s+){0,4}?to\s)|\bcalled on\b(?=[^.;]{0,100}?\bto\s+[a-z])(?!\s+(?:him|her)\b(?![^.;]{0,40}?\bto\s))|\bcall(?:s|ing)\s+on\b(?=\s+(?:\S+\s+){0,4}?to\s+[a-z])|\bcall(?:ed|s|ing)? for\b(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:inquiry|investigation|probe)\b)|\bcall(?:ed|s|ing)? for\b(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)\s+of\b)|\bcall(?:ed|s|ing)? for\b(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:troops|forces|soldiers|peacekeepers|military)\s+to\s+(?:leave|withdraw|go|pull\s+out|be\s+withdrawn)\b)|\bdemand\w*|\bpressed (?:for|\w+ to)\b|\bsought\b|\bwant(?:s|ed)\b(?! to\b)(?=\s+(?:[^\s.;,]+\s+){0,2}\s*to\s+(?!(?:be|think|believe|know|see|understand|notice|feel|fear|worry)\b)[a-z])|\bimplor\w*|\b(?:hand(?:ed|s|ing)?|present(?:ed|s|ing)?|gave|gives?|sen[dt]s?|deliver(?:ed|s|ing)?|issu(?:ed|es|ing))\b(?=\s+(?:[\w'’.-]+\s+){0,3}?(?:with\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:list\s+of\s+(?:[\w-]+\s+)?demands|(?:\d+|[a-z]+)\s+demands)\b)|\blobbied\b(?=\s+(?:\S+\s+){0,4}?to\s)|\bpress(?:ed|es|ing)\b(?=\s+(?:\S+\s+){0,3}?to\s+[a-z])/i,
  ],
  [
    "ACCUSE",
    /\b(?:drew|drawn|drawing|draws|prompted|provoked|triggered|sparked)\s+(?:[\w-]+\s+)?(?:criticism|condemnation|rebukes?)\s+from\b|\bdeplor(?:ed|es|ing)\b|\b(?:said|says|claimed|claims|alleged|alleges|charged|charges)\b(?=\s+(?:that\s+)?[^.;"“]{0,80}?\b(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:violat(?:ed|ing)|not\s+(?:complying|abiding|honou?ring)|breach(?:ed|ing)|flout(?:ed|ing)|intrud(?:ed|ing)|attack(?:ed|ing)|shell(?:ed|ing)|bomb(?:ed|ing)|massing|plott(?:ed|ing)|meddl(?:ed|ing)|interfer(?:ed|ing)|shot\s+(?:down|at)|hit|fired\s+(?:on|at)|downed|targeted)\b)|\baccus(?<!\b(?:an?|the)\s{1,2}accus)\w*|\bcritici\w*|\bcondemn\w*|\bdenounc\w*|\bblam\w*|\bcomplain\w*|\b(?:trad|exchang)(?:ed|ing|e)\s+(?:\w+\s+)?(?:accusations|barbs|blame|charges|insults|recriminations)\b|\bmade\s+(?:a|the)\s+(?:similar|same)\s+(?:charge|accusation|complaint)\b|\blevell?ed\s+(?:(?:a|the)\s+)?(?:same\s+|similar\s+)?(?:charge|accusation)s?\s+(?:at|against)\b|\becho(?:ed|es)\s+(?:the|that|this|those|these)\s+(?:charges?|accusations?|criticism)\b|\bcall(?:ed|s|ing)\b(?=\s+(?:[^\s.;,]+\s+){1,4}?(?:dangerous|irresponsible|illegal|illegitimate|unacceptable|provocative|reckless|destabili[sz]ing|unlawful|an?\s+(?:(?:direct|clear|serious|grave|flagrant|blatant|dangerous|new|further|open|real|existential)\s+)?(?:provocation|violation|threat|breach|affront)|an?\s+act\s+of\s+(?:aggression|war|provocation))\b)|\brebuke\s+(?:of|to)\b|\brebuk(?:ed|es|ing)\b|\b(?:faulted|faults|slammed|slams|chided|chides|berated|berates|castigat(?:ed|es)|assailed|assails|lambast(?:ed|s)|excoriat(?:ed|es)|scolded|scolds|reprimand(?:ed|s)|decried|decries|censur(?:ed|es)|rapped)\b|\b(?:lash(?:ed|es|ing)|hit(?:s|ting)?) out at\b|\btook aim at\b|\bround(?:ed|s|ing) on\b|\bt(?:ook|akes?|aking)\b(?=\s+(?:\S+\s+){0,2}?to\s+task\b)|\bt(?:ook|akes?|aking)\b(?=\s+(?:\S+\s+){0,3}?to\s+(?:an?\s+|the\s+)?(?:international\s+)?(?:arbitration|court|tribunal|International\s+Court)\b)|\bsu(?:ed|es|ing)\b(?=\s+(?:the\s+)?\s{3})|\b(?:fil(?:ed|es|ing)|lodg(?:ed|es|ing)|br(?:ought|ings?|inging))\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:case|application|complaint|lawsuit|suit)\s+against\b|\bcharg(?:ed|es|ing)\b(?=\s{3,}with\s+\w+ing\b)|\b(?:describ|branded|labell?ed|denounc)(?:ed|es|ing)?\b(?=[^.;]{0,40}?\s{3}[^.;]{0,40}?\bas\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:aggression|provocation|threat|encroachment|attack|punishment|blackmail|cleansing|genocide|interference|meddling|violation|occupation|terrorism|hostile|illegal|unacceptable|dangerous|irresponsible)\b)/i,
  ],
  [
    "PROTEST",
    /\b(?:drew|drawn|drawing|draws|prompted|provoked|triggered|sparked)\s+(?:[\w-]+\s+)?protests?\s+from\b|\bprotested\b|\bin protest (?:at|against|over)\b|\b(?:lodged|issued|delivered|filed|registered|conveyed|handed)\s+(?:an?\s+|the\s+)?(?:formal\s+|official\s+|strong\s+|diplomatic\s+)*protests?\b|\bsummon\w*(?=\s+(?:the |its |an? )?[\w '’]{0,24}?\b(?:ambassador|envoy|charg|diplomat))|\b(?:picketed|rallied (?:outside|at|in front of)|demonstrated (?:outside|in front of))(?=[^.;]{0,30}\b(?:embassy|consulate)\b)|\b(?:note|letter) of protest\b|\bprotest note\b|(?:gathered|rallied|marched|protested|demonstrated|camped|massed|filled|poured)(?<=\s{3}(?:had\s+|have\s+)?(?:gathered|rallied|marched|protested|demonstrated|camped|massed|filled|poured))\b(?=\s+(?:[\w-]+\s+){0,4}?(?:in|outside|on|at|near|into|through)\b)/i,
  ],
  [
    "ASSAULT",
    /\b(?:re)?captur(?:ed|es|ing)\b(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|district|region|heights|airport|port|capital|province|peninsula|territory|positions?|hill|ridge|enclave|corridor)\b[^.;]{0,60}\bfrom\s|(?!(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|several|\d+)\s)[\w'’-]+\s+from\s))|\battack\w*|\b(?:str(?:ike|ikes|uck|iking)|hit|hits|hitting)\b(?=\s+(?:[\w-]+\s+){0,2}(?:targets?|positions?|bases?|cities|towns?|villages?|airfields?|ports?|infrastructure)\b)|\bfir(?:ed|ing|es) (?:into|on|at)\b|\bturn(?:ed|s|ing)\s+(?:its|their|his|her)\s+guns\s+on\b|\bsen[dt]s?\s+(?:(?:waves|swarms|salvos|dozens|hundreds)\s+of\s+)?(?:drones|missiles|rockets|warplanes|bombers)\s+(?:at|against|into|over)\b|\bfir(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:water\s+cannons?|warning\s+shots|flares|lasers?|missiles|rockets|shells|shots|tear\s+gas)\s+(?:at|on|against|towards?)\b|\bfires?\s+on\b(?<=\b(?:troops|forces|soldiers|police|guards|units|army|military)\s+fires?\s+on)|\bfights?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}war\s+(?:with|against)\b|\b(?:launch(?:ed|es|ing)?|fired)\s+(?:[\w-]+\s+){0,4}(?:missiles|rockets|drones|(?:air)?strikes|raids)\s+(?:at|on|into|against)\b|\bkill\w*|\bbomb\w*|\bshell(?<!\b(?:artillery|mortar|tank|howitzer)\s+shell)\w*|\bmassacred\b|\b(?:went|goes|going|go|gone)\s+on\s+the\s+offensive\s+against\b|\b(?:launch(?:ed|es|ing)?|mounted|mounts|began|begins)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:counter-?)?offensive\b|\b(?:counter-?)?offensive\b(?<=(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}(?:counter-?)?offensive)(?=\s+(?:against|on|in|into)\b)|\bannex(?:ed|es|ing)\b|\bannexation\s+of\b|\bclash\w*|\binva(?:des?|ded|ding|sion)\b|\bstruck\b(?!\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|accord|compromise|balance|chord|tone|note))|\bfighting\b(?!\s+(?:for(?!\s+(?:(?:several|some|many|more\s+than|nearly|almost|about|over|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:hours|days|weeks|months|years|nights)\b)|alongside|beside|together)\b)(?![^.;,]{0,40}\b(?:alongside|together with|side by side|beside)\b)|\bfought\b(?!\s+(?:for(?!\s+(?:(?:several|some|many|more\s+than|nearly|almost|about|over|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:hours|days|weeks|months|years|nights)\b)|alongside|with(?!\s+(?:clubs|stones|sticks|rocks|fists|knives|batons|bare\s+hands)\b)|on|beside|together|back)\b)(?![^.;,]{0,40}\b(?:alongside|together with|side by side|beside)\b)|\braid(?:ed|s|ing)?\b(?!\s+on\s+(?:the\s+)?(?:offices?|headquarters|homes?|premises))|\b(?:shooting|war|hostilities|skirmish(?:es)?|firefights?)\b(?=(?:\s+[\w-]+){0,6}?\s+between\b)|\bexchange of fire\b|\b(?:exchang|trad)(?:ed|ing) (?:gun)?fire\b|\btraded (?:shots|artillery fire)\b|\bcame under (?:\w+\s+)?(?:fire|attack|shelling)\b|\breturned fire\b|\bshot down\b|\bdown(?:ed|s)\b(?=\s+(?:an?\s+|the\s+|its\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}(?:helicopters?|planes?|aircraft|jets?|drones?|fighters?|airliners?|bombers?)\b)|\b(?:brought|brings|bringing) down\b(?=\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:helicopters?|planes?|aircraft|jets?|drones?|fighters?|airliners?|bombers?)\b)|\bopened fire\b|\bair ?strikes?\b|\bstrikes?\b(?=\s+(?:on|against)\s)|\bstormed\b|\brammed\b|\b(?:beat|broke)\s+them\s+(?:up|off|back|away)\b|\bdispers(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:protesters|demonstrators|crowds?|rall(?:y|ies)|protests?|demonstrations?)\b|\bput\s+down\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:riots?|protests?|uprising|revolt|rebellion|unrest|demonstrations?)\b|\b(?:shot|gunned)\s+(?:dead|down)\b(?!\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:helicopters?|planes?|aircraft|jets?|drones?|fighters?|airliners?|bombers?|missiles?)\b)|\b(?:answered|responded)\s+with\s+beatings\b|\bbeat(?:en)?\b(?=\s+(?:up\s+)?(?:and\s+\w+\s+)?(?:[\w,-]+\s+){0,3}(?:protesters|demonstrators|civilians|activists|journalists|crowds|students)\b)|(?:crossed|cross|crosses|rolled|roll|rolls|poured|pour|pours|marched|march|marches|swept|sweep|sweeps|slipped|slip|slips|drove|drive|drives|pushed|push|pushes)(?<=\b(?:forces|troops|army|armies|tanks|units|soldiers|columns|fighters|militants|insurgents|rebels|guerrillas)(?:\s+of(?:\s+the)?)?\s+(?:had\s+)?(?:crossed|cross|crosses|rolled|roll|rolls|poured|pour|pours|marched|march|marches|swept|sweep|sweeps|slipped|slip|slips|drove|drive|drives|pushed|push|pushes)) (?:deep\s+|far\s+)?(?:(?:south|north|east|west|back)\s+)?(?:(?:from|through|across|over) [^,.;]{1,40}? )?(?:into|towards?)\b|\btarget(?:ed|ing)\s+(?:[\w'’-]+\s+){0,2}(?:positions|troops|forces|soldiers|bases|territory|cities|towns|villages|infrastructure|airfields?|ports?|military)\b|\bwar\s+(?:against|on)\b(?<=(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}war\s+(?:against|on))|\b(?:went|goes|going|go|gone)\s+to\s+war\s+(?:with|against)\b|\bwag(?:ed|es|ing|e)\s+(?:a\s+|an?\s+\w+\s+)?war\s+(?:on|against)\b|\bpound(?:ed|s|ing)\b(?=\s+(?:the\s+)?\s{3})|\b(?:air|bombing|aerial|missile|drone)\s+campaign\s+(?:against|in|on|over)\b|\b(?:launch(?:ed|es|ing)?|wag(?:ed|es|ing)|mount(?:ed|s|ing))\s+(?:its|their|his|an?|the)\s+(?:[\w-]+\s+){0,2}?campaign\s+against\b/i,
  ],
  [
    "AID",
    /\b(?:military |economic |humanitarian )?aid\b|\b(?:investment|financial|assistance|support|funding|loan|credit)\s+package\b|\bpackage\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?[$€£]?[\d.,]+\s+(?:billion|million|bn|m)\b|\bpackage\b(?<=[$€£][\d.,]+\s?(?:billion|million|bn|m)?\s+(?:[\w-]+\s+){0,2}package)|\bassistance(?<!\bmutual[ -]assistance)\b(?!\s+(?:agreement|treaty|pact|clause|obligations?|commitments?|guarantees?)\b)|\bloans?\b|\b(?:lent|lends)\b(?=[^.;]{0,40}(?:[$€£]|\b(?:billion|million|loans?|credit|money|funds)\b))|\bwr(?:ote|ite|itten|iting) off\b|\b(?:provided|supplied|delivered|donated|(?:providing|supplying|delivering)(?<=\b(?:is|was|are|were|been)\s+(?:providing|supplying|delivering))|(?:provide|supply|deliver|donate)(?<=\bto\s+(?:provide|supply|deliver|donate)))\b(?=[^.;]{0,40}\b(?:weapons|arms|equipment|helicopters|jets|tanks|drones|missiles?|ammunition|munitions|shells|rockets|rifles|vehicles|systems|fuel|grain|vaccines|funds|money|credit|supplies|food|medicines?|blankets|tents|aircraft|warplanes|fighters|frigates|warships|submarines|howitzers|artillery)\b)|\b(?:sold|sells|selling|transferred|transfers|gave|sent)\b(?=\s+(?:[\w-]+\s+){0,4}?(?:weapons|arms|helicopters|jets|tanks|drones|missiles|ammunition|munitions|shells|rockets|rifles|aircraft|warplanes|fighters|frigates|warships|submarines|howitzers|artillery|air defen[cs]e systems)\s+to\s+(?:the\s+)?\s{3})|\b(?:gave|handed|sent|sold|shipped)\b(?=\s{3,}(?:(?!(?:about|on|over|of|against|for|from|with|to)\b)[\w-]+\s+){0,4}?(?:weapons|arms|helicopters|jets|tanks|drones|missiles|ammunition|munitions|shells|rockets|rifles|aircraft|warplanes|fighters|frigates|warships|submarines|howitzers|artillery|air defen[cs]e systems|loans?|credits?|grants?|aid)\b)|\bfl(?:ew|ying|own|ies)\s+(?:[\w-]+\s+){0,3}(?:supplies|aid|food|medicines?|blankets|tents)\s+(?:in)?to\b|\b(?:donat(?:ed|es|ing)|gift(?:ed|s))\b(?=[^.;]{0,80}?\bto\s)|\bcredit line\b|\bgrants?\b(?=[^.;]{0,30}(?:[$€£]|\b(?:million|billion)\b))|grants?(?<=(?:[$€£][\d.,]+|\b(?:million|billion))\s+grants?)\b|\b(?:arms|weapons) (?:deliveries|supplies|shipments)\b|\b(?:was|were) given\b(?![^.;]{0,30}\bstatus\b)(?=[^.;]{0,60}\bby\b)|\b(?:pledged|pledges|allocated|allocates|earmarked|promised|promises)\b(?=\s+(?:(?:some|about|around|roughly|nearly|almost|over|more than|up to|another|an extra)\s+)?[$€£]?[\d.,]+\s+(?:billion|million)\b)|\bshipp(?:ed|ing)\s+(?:[\w-]+\s+){0,3}(?:arms|weapons|ammunition|munitions|missiles|drones|shells|aid|fuel|grain)\s+to\b/i,
  ],
  [
    "SUPPORT",
    /\bsupport(?!ers?\b)\w*|\bshield(?:ed|s|ing)\b(?=\s{3}[^.;]{0,20}?\bfrom\b)|\b(?:grant(?:ed|s)?|given|gave|award(?:ed|s)?|offer(?:ed|s)?|received|obtained|won|gained)\b(?=\s+(?:[^\s.;,]+\s+){0,3}candidate status\b)|\bmade\b(?=\s+(?:[\w'’-]+,?\s+){1,6}(?:official\s+)?candidates\b)|\b(?:promised|declared|pledged|decided|reaffirmed|repeated)\b(?=[^.;]{0,60}?\bthat\s+[^.;]{0,80}?\bwould\s+(?:one\s+day\s+|eventually\s+|someday\s+|in\s+time\s+)?(?:become\s+(?:its\s+|full\s+)?members|join)\b)|\b(?:said|says|told\s+(?:him|her|them|\S+))\b(?=(?:(?!\b(?:never|not|no longer)\b)[^.;]){0,80}?\b(?:would\s+(?:one\s+day\s+|eventually\s+|someday\s+)?become\s+an?\s+(?:[\w-]+\s+)?member|deserve[sd]?\s+to\s+(?:join|become)|(?:has|had)\s+a\s+place\s+in)\b)|\bcongratulat\w*|\brecogni[sz](?:ed|es|ing)\b(?<!\b(?:treaty|treaties|agreement|accord|declaration|document|law)\s+recogni[sz](?:ed|es|ing))|recogni[sz]e(?<=\b(?:first|second|third|last|only)\s+(?:[\w-]+\s+){0,2}to\s+recogni[sz]e)\b|\brecognition(?<=(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+)?recognition)(?=\s+of\s)|\bback(?:ed|s)\b(?!\s+(?:out|off|down|away)\b)(?<!\b(?:their|its|his|her|our|the|your)\s+backs)|\bendors\w*|\bprais\w*|\bsolidarity\b|\bsided with\b|\bst(?:ood|ands?)\s+(?:(?:firmly|squarely|solidly|resolutely|fully|four-square)\s+)?(?:by|behind)\b|\bdesignat(?:ed|es|ing)\b(?=\s+(?:[\w'’.-]+\s+){1,3}?(?:as\s+)?(?:an?\s+)?(?:major|key|strategic|main|principal|priority|privileged)\s+(?:[\w-]+\s+){0,2}(?:ally|partner)\b)|\bchampion(?:ed|s|ing)\b(?!\s+(?:of|for)\b)|back(?<=\bto\s+back)\b(?=\s+(?:the|its|his|her|their)\s)|\bwelcom(?:ed|es|ing)\b(?=\s+(?:(?:the|this|that|its|their|his|her)\s+|\S+['’]s\s+|\s+['’]s\s+)(?:[\w-]+\s+){0,2}(?:decision|move|step|announcement|agreement|deal|accession|entry|admission|bid|offer|proposal|plan|pact|accord|treaty|partnership)\b)|\bspoke\s+approvingly\s+of\b|\bthrew (?:its|his|her|their) (?:full )?weight behind\b|\brallied (?:behind|round|around)\b|\bcame to (?:the|its|his|her|their) defen[cs]e\b|\bhailed\b/i,
  ],
  [
    "AGREE",
    /\bagreed\b(?<!\b(?:at|the|an?|on|of|previously|mutually),? agreed)(?!\s+(?:[\w-]+\s+){0,4}?(?:sanctions|embargo)\b)(?!\s+to\s+(?:hand|return|give|cede|supply|provide|deliver|donate|lend|pay(?=[^.;]{0,60}\b(?:loans?|credits?|tranches?)\b)|disburse|write\s+off|bar|ban|impose|cap|limit|reduce|cut|halve|buy|purchase|acquire)\b)(?!\s+to\s+(?:withdraw|pull\s+out)\s+(?:its|their)\s)(?!\s+to\s+(?:close|shut)\s+(?:[\w’'-]+\s+){0,3}?airspace\s+to\b)|\binitial(?:l)?ed\b(?=\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,3}(?:treaty|agreement|accord|deal|text|document|declaration)\b)|\breached (?:an )?agreements?\b|\b(?:wrapped up|concluded|completed|finali[sz]ed)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations)\b|\b(?:approv(?:ed|es|e)|ratif(?:ied|ies|y)|endors(?:ed|es|e))\b(?=[^.;]{0,40}?['’]s\s+(?:accession|membership|bid|application|entry)\b)|\binvit(?:e|es|ed|ing)\b(?=\s+[^.;]{1,60}?\sto\s+(?:join|become\s+(?:full\s+)?(?:members?|allies)|begin\s+accession)\b)/i,
  ],
  [
    "COOPERATE",
    /\bcooperat\w*|\bimproved (?:ties|relations)\b|\b(?:flights|air\s+links?|rail\s+links?|train\s+services|bus\s+services)\b(?=\s+between\b[^.;]{1,60}?\b(?:resumed|restarted|reopened|were\s+(?:restored|resumed)|have\s+(?:resumed|restarted))\b)|\bstepped up (?:\w+ ){0,2}(?:cooperation|sharing|coordination|ties|contacts)\b|\bworked closely with\b|\bshar(?:ed|ing|es?) intelligence\b|\bstrengthen\w* (?:its |their )?(?:ties|relations|connections|cooperation)\b|\bcloser to\b|\bteamed up with\b|\bjoined forces with\b|\bpartnered with\b|\bworked with\b|\bopen(?:ed|s)? (?:its|their) airspace to\b|\b(?:restor(?:ed|es|ing)|re-?establish(?:ed|es|ing)|normali[sz](?:ed|es|ing)|resum(?:ed|es|ing))\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b|\bestablish(?:ed|es|ing)\s+(?:full\s+)?diplomatic\s+(?:relations|ties)\b|\bre-?open(?:ed|s|ing)?\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,2}embass(?:y|ies)\s+in\b/i,
  ],
  [
    "CONSULT",
    /\bbrought\b(?=[^.;]{1,160}?(?<!\bcloser\s)\btogether\s+(?:for|at|in|on)\b)|\bspent\b(?=\s+(?:(?:some|about|nearly|almost|more\s+than|over|several)\s+)?(?:[\w-]+\s+){0,2}?(?:hours|days|minutes|an\s+hour|a\s+day|an\s+afternoon|an\s+evening|the\s+day|the\s+evening)\s+with\b)|\btold\b(?=\s+(?:\S+\s+){1,8}?over\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast)\b)|\bvisit(?!ing\s+(?:[\w-]+\s+)?(?:leaders|delegations|heads|dignitaries|officials|ministers|presidents|guests)\b|ing\s+[Ff]orces\b)\w*|\bmet\b|\bmeet\w*(?<!\b(?:interests|ambitions|paths|lines|borders|frontiers|boundaries|sectors|concerns|views|demands|needs)\s+meet\w*)|\btalks\b(?<!\b(?:wrapped up|concluded|completed|finali[sz]ed|welcom(?:ed|es|e|ing)|prais(?:ed|es|e|ing)|hail(?:ed|s|ing)?|call(?:ed|s|ing)? for|br(?:oke|eaks?|eaking|oken) off|walk(?:ed|s)? out of|pull(?:ed|s)? out of|suspend(?:ed|s)?|call(?:ed|s)? off)\s+(?:the\s+|their\s+|these\s+|those\s+)?(?:[\w-]+\s+)?talks)|\bheld (?:a |an |the )?(?:[\w-]+\s+){0,2}summit\b(?=\s+with\b)|\bheld\s+their\s+(?:[\w-]+\s+){0,2}(?:summit|meeting)\b|\bsummit\b(?<=[-–] +summit)|\bsummit\b(?<=(?:['’]s|\bhis|\bher|\btheir)\s+(?:[\w-]+\s+){0,2}summit)(?=\s+with\b)|\bdiscuss\w*|\bconsult(?!anc|ant|ative\s+(?:forum|body|bodies|status|role|capacity|voice|vote|basis|mechanism|group|grouping|organi[sz]ation)\b)\w*|\bbriefed\b|\bsessions?\b(?=\s+between\b)|\bheld\b(?<=\btalks\s+(?:that|which)\s+[^.;]{1,60}?held)(?=\s+with\b)|\braised\s+(?:the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,2}with\b|\bdelegat(?<!\b(?:from|of)\s+(?:both|the|their|its|his|her|each)\s+(?:[\w-]+\s+)?delegat)\w*|\bcall(?:ed)? with\b|\b(?:tele)?phone[ds]\b|\brang(?:\s+up)?\b(?=\s{3}|\s+[a-z]+\s{3})|\bto\s+(?:tele)?phone\b(?=\s{3})|\bcalled (?:his |her |their )?\s*(?:\S+\s+)?(?:counterpart|President|Prime Minister|Chancellor|King|leader)\b|\btold (?:his|her|their)\s+(?:\S+\s+)?counterparts?\b|\b(?:tele)?phone (?:call|conversation)\b|\b(?:flew|flown|travell?ed|came|went|headed|flies|travels|goes|heads|comes(?<!\bit\scomes)|followed(?<!\bit\sfollowed)|travel(?<=\bhad\s+to\s+travel)|returned(?<!\b(?:troops|soldiers|forces|refugees|people|residents|civilians|peacekeepers|units|contingents?|ships|warships|he|she|they|it)\s+returned))(?: on to\b(?! (?!the\b|an?\b)[a-z]+\b)| (?:from\s+(?:the\s+)?\s{3,}\s)?(?:to|into)\b| (?:first|then|next|straight|also|again) to\b)(?!\s+(?:power|office|war|an end|a halt|terms|the polls|blows|being|force|effect|existence|operation|play|(?:the|its|his|her|their) (?:defen[cs]e|aid|rescue|assistance)))|\b(?:arrived|landed|arrives|lands)(?<!\b(?:troops|soldiers|instructors|advis[eo]rs|forces|personnel|mercenaries|units|contingents?|peacekeepers)\s+(?:arrived|landed|arrives|lands)) in\b|\b(?:arrived|came(?:\s+back)?)\b(?=\s+(?:on|last|this|early|late)\s|\s+in\s+(?:early\s+|late\s+|mid-)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)|\bflew in\b|\bsent\s+(?:its|his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}(?:minister|envoy|delegation|representative|emissary|adviser|advisor|secretary)(?:\s+for\s+(?:[\w-]+\s+){0,3}?[\w-]+)?(?:,\s+[^,;.]{1,40},)?\s+to\b|\bsent\s+(?:him|her|\s{3})\s*(?:back\s+|on\s+)?to\b|\bsent\s+(?:a|an)\s+(?:fact-finding\s+|assessment\s+|monitoring\s+)?(?:mission|team|delegation)\s+(?:headed|led)\s+by\s+[^,;.]{1,50}?(?:,\s+[^,;.]{1,40},)?\s+to\b|\bstepped off (?:his|her|the|a) plane in\b|\b(?:was|were|been|being|be|is|are) received (?:with (?:full |great |all )?(?:[\w-]+ )?honou?rs )?(?:in|at|by)\b|\breceiv(?:ed|es|ing)\s+(?:the\s+|his\s+|her\s+|their\s+|['’]s\s+)?(?:(?:beleaguered|embattled|new|visiting|\w+-\w+)\s+)?(?:presidents?|prime ministers?|premiers?|leaders?|heads? of (?:state|government)|foreign ministers?|counterparts?|delegations?|king|emir)\b|\breceiv(?:ed|es|ing)(?= {3}| (?:him|her)\b)|\bcalled on (?:him|her)\b(?![^.;]{0,40}?\bto\s)|\bcalled on\b(?=\s+(?:(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:\s{3}|president|prime minister|premier|party chief|leader|king|emir|chancellor|counterpart)\b)(?![^.;]{0,100}?\b(?:to\s+[a-z]|for\b))|\bsaw(?= {3}|\s+the\s{4,}(?:president|leader|prime minister|premier|chancellor)\b)|\bsp(?:oke|oken|eaking|eaks) (?:by (?:tele)?phone |on the (?:tele)?phone )?(?:(?:on|late on|early on|last|this) \w+ )?(?:with|to)\b|\bsp(?:oke|oken) (?:by (?:tele)?phone|on the (?:tele)?phone)\b|\bwelcomed(?= {3,}(?:['’]s\s+(?!(?:[\w-]+\s+)?(?:entry|accession|admission|decision|move|membership|bid|election|victory|return|release|step|offer|proposal|initiative)\b)(?:[\w-]+\s+){1,2})?(?:to|in|at)\s)|\breturned (?:the|his|her|their|that) visit\b|\btrips? (?:abroad )?(?:as (?:president|prime minister|premier|leader|head of state) )?(?:(?:was|were) )?to\b|\bnegotiat(?:ed|ing)\b|\bs(?:at|its|itting) down (?:(?:in|at) [^.;,]{1,30}? )?with\b|\bsat down\b(?=\s+(?:together|at|in)\b)|\bsat\b(?=\s+(?:the\s+)?\s{3}[^.;]{0,60}?\bdown\s+(?:together|at|in|for)\b)|\bkept\b(?=\s+(?:the\s+)?\s{3}[^.;]{0,60}?\bat\s+the\s+(?:negotiating\s+)?table\b)|\btour(?:ed|s|ing)\b(?=\s+(?:the\s+)?\s{3})|\bcall(?:ed|s|ing)\s+at\b(?=\s+(?:the\s+)?\s{3})|\bspent\s+(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|(?:the|a|an|two|three|four|five|several)\s+(?:day|days|weekend|night|nights|week|hours)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+in\b(?=\s{4})|\bmade\b(?=\s{4}(?:,[^,.;]{1,30},)?\s+(?:his|her|its|their)\s+first\s+(?:(?:foreign|overseas|official)\s+)?(?:destination|stop|trip|visit|port of call)\b)|\b(?:dined|lunched|breakfasted)\s+with\b|\bsat\s+with\b(?=\s{3}|\s+[a-z]+\s{3})|\bhad\s+(?:a\s+|an\s+)?(?:private\s+|working\s+|state\s+)?(?:dinner|lunch|breakfast)\s+with\b|\bgreeted by\b|\b(?:conferred|huddled) with\b|\b(?:st(?:ood|ands?|anding)|s(?:at|its|itting)) (?:beside|alongside|next to)\b|\brolled out the red carpet\b(?:[^.;]{0,60}?\bfor\b)?|\b(?:spoke|talked) again\b|\bt(?:ook|akes) (?:him|her|them) to\b|\bshuttle[sd] between\b|\bspent\b(?=\s+(?:[\w-]+\s+){0,3}(?:hours?|days?|minutes|evening|afternoon|morning)\s+together\b)|\b(?:was|were)\s+(?:welcomed|feted)\s+(?:to|in)\b|\b(?:turned|showed)\s+up\s+in\b|\baddress(?:ed|es|ing)?\b(?=\s+(?:a\s+joint\s+(?:meeting|session)\s+of\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,2}(?:parliament|congress|assembly|legislature|senate|diet|duma|bundestag|knesset)\b)|\bhosted\b(?!\s+(?:[A-Z][a-z]+[ -]){1,3}(?:19|20)\d\d\b)(?!\s+(?:["“][^"”]{1,40}["”],?\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}(?:exercises?|drills?|manoeuvres|maneuvers|war games|troops|forces|soldiers|(?:military\s+)?bases?|units|peacekeepers|contingents?))|\bhosts\b(?<!\b(?:the|television|talk-show|show|their|its|our|his|her|still|also)\s+hosts)(?=\s+(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|talks|conference|gathering)\b|\s{3}|(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?(?:presidents?|prime\s+ministers?|premiers?|leaders?|heads?\s+of\s+(?:state|government)|(?:foreign\s+|defen[cs]e\s+)?ministers?|counterparts?|delegations?|king|emir)\s+of\b))(?![^.;]{0,80}\b(?:bases?|troops|forces|soldiers|facilit(?:y|ies)|exercises?|drills|contingents?|garrisons?|warships|ships|headquarters|bank|reserve|stations?|installations?|aircraft|personnel|jets|planes|weapons|missiles)\b)(?!\s+(?:[A-Z][a-z]+[ -]){1,3}(?:19|20)\d\d\b)(?!\s+(?:["“][^"”]{1,40}["”],?\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}(?:exercises?|drills?|manoeuvres|maneuvers|war games|troops|forces|soldiers|(?:military\s+)?bases?|units|peacekeepers|contingents?))|\battend(?:ed|s|ing)?\b|\bspoke\b(?<=\s{3}spoke)(?!\s+(?:of|about|out|up|for|against|at|in\s+(?:favou?r|support|defen[cs]e)|highly|warmly)\b)/i,
  ],
  // "Putin was in Ulaanbaatar": a visit told as presence (its own entry, so that the common
  // "was" and "were" run this short expression only, not all of CONSULT's).
  ["CONSULT", PRESENCE],
  // ("an early-warning radar" is no warning.)
  [
    "THREATEN",
    /\bthreaten\w*|\bwarn(?<!\bearly[ -]warn)\w*|\bultimatum\b|\bvow(?:ed|s)? to (?:retaliate|respond|react|hit back)\b|\bpromis(?:ed|es)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:response|retaliation|countermeasures|reprisals)\b(?=[^.;]{0,30}\bif\b)|\bthreats?\s+(?:against|to)\b(?<=(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}threats?\s+(?:against|to))/i,
  ],
  [
    "MOBILIZE",
    /\bmass(?:ed|ing|es)? (?:[\w,]+ ){0,3}(?:troops|forces|soldiers|tanks)\b|\bmobili[sz]\w*|\bput (?:its |their )?(?:[\w,]+ ){0,2}(?:troops|forces|army|reservists|soldiers|units) on (?:high |full |combat )?alert\b|\b(?:deployed|sent|moved|dispatched) (?:[\w,]+ ){0,3}(?:troops|forces|soldiers) (?:to|on|along)\s+(?:the|its|their)\s+(?:\w+\s+)?border\b/i,
  ],
  [
    "RETREAT",
    /\bagreed\s+to\s+(?:withdraw|pull\s+out)\s+(?:its|their)\s+(?:[\w,-]+\s+){0,3}(?:troops|forces|soldiers|contingents?)\b|\b(?:withdr[ae]w|withdraws|withdrawing|pulled (?:back|out)) (?:its |their |the )?(?:last |remaining |final )?(?:\w+ )?(?:troops|forces|soldiers|units|guards|contingents?|peacekeepers)\b|(?:pulled|moved|fell) back(?<=(?:\b(?:troops|forces|soldiers|units|armies)|\s{3})\s+(?:pulled|moved|fell) back)\b|\bpulled (?:its|their) (?:\w+ ){0,2}(?:troops|forces|guards|soldiers|peacekeepers) out\b|(?:(?:began|started|have begun|had begun|were)(?<=\b(?:troops|forces|soldiers|units|contingents?|peacekeepers|paratroopers)\s+(?:began|started|have begun|had begun|were))\s+(?:withdrawing|to withdraw|leaving|to leave|withdrew|left|pulled out)|(?:withdrawing|to withdraw|leaving|to leave|withdrew|left|pulled out)(?<=\b(?:troops|forces|soldiers|units|contingents?|peacekeepers|paratroopers)\s+(?:withdrawing|to withdraw|leaving|to leave|withdrew|left|pulled out)))\b(?:\s+(?:from|of)\b)?/i,
  ],
  [
    "COERCE",
    /\bexpel\w*|\bexpul\w*|\bdeclared\b(?=[^.;]{0,60}\bpersonae? non gratae?\b)|\bg(?:ave|ives|iven|iving)\b(?=\s+(?:[\w.'’-]+\s+){1,4}?(?:\d+|[a-z]+)\s+(?:days|weeks|months|hours)\s+to\s+(?:leave|vacate|withdraw|quit|close|get out|pull out)\b)|\bordered\b(?=\s+(?:the\s+|its\s+|['’]s\s+)?(?:[\w-]+\s+){0,2}(?:embassy|diplomats|mission|envoys?|ambassador|troops|forces|staff)\s+(?:\w+\s+){0,3}to\s+(?:leave|cut|reduce|close|withdraw|shut|quit)\b)|\border(?:ed|ing)\b(?=\s+(?:the\s+|all\s+)?\s{3,}(?:(?:troops|forces|soldiers|military|personnel|diplomats)\s+)?out\b)|\bdetain\w*|\bseiz(?:ed|es|ing)\b(?!\s+(?:[\w-]+\s+){0,2}(?:ground|territory|land|positions?|villages?|heights|towns?|areas?|control|power)\b)|\barrest\w*(?!\s+warrants?\b)|\bdeport\w*|\bevict\w*|\bsentenc\w*|\bjail\w*|\bimprison\w*|\bconvict\w*|\bprison terms?\b/i,
  ],
];

/** A clause of its own begins: ", and", ", where", "; ". */
const CLAUSE_AFTER = /;|,\s*(?:and|but|where|while|whereas|which|who)\b/i;

/** "After talks with", "Following a meeting with": talks before the main clause, its subject's. */
const FRONTED_TALKS =
  /(?:^|[,;:]\s*|\b(?:then|and)\s+)(?:after|following|before|ahead of|at the end of|on the sidelines of)\s+(?:(?:his|her|their|a|an|the|two|three|several|hours of|days of|a round of)\s+){0,2}(?:[\w-]+\s+)?$/i;

/** What may stand before a clause's subject: a title or a name's first words ("Armenian President"). */
const SUBJECT_OPENS = /^\s*(?:(?:the|his|her|[A-Z][\w'’.-]*)\s+){0,4}$/;

/** "the Security Council", "UNSC": the United Nations' council, where a veto is cast. */
const SECURITY_COUNCIL = /\bSecurity Council\b|\bUNSC\b/;

/** "summit of the CSTO", "the CSTO summit", "the bloc's summit": the organization whose summit a sentence tells. */
const SUMMIT_WORD = /\bsummit\b/i;

/** The organization whose summit the sentence, or else the sentence before, told. */
function summitOrganization(s: SentenceView, ctx: ReadingContext): string | undefined {
  return summitTold(s) ?? ctx.previousSummit;
}

/** Right after a verb of refusing: a signing ("to sign", "to sign the final declaration") or a meeting. */
const SIGNING_OR_MEETING_REFUSED =
  /^\s+(?:to\s+sign\b|the\s+(?:[\w-]+\s+)?(?:meeting|summit|session|talks)\b)/i;

/** The organization whose summit a sentence tells, if any (what the next sentence's guests met). */
export function summitTold(s: SentenceView): string | undefined {
  const word = SUMMIT_WORD.exec(s.text);
  if (word === null) return undefined;
  return s.mentions.find((x) => isOrg(x) && Math.abs(local(s, x) - word.index) <= 60)?.actor;
}

/**
 * One event claim, if it has a date; an actor acts on itself only by force or arrest (a
 * state on its own people), or protests against itself (its people in its streets).
 */
function eventPair(type: EventType, source: string, target: string, date: ClaimDate | null): Found[] {
  if (!date || (source === target && type !== "ASSAULT" && type !== "COERCE" && type !== "PROTEST"))
    return [];
  return [
    {
      claim: { kind: "event", type, source, target, date: date.date, ...(date.end ? { end: date.end } : {}) },
      confidence: 0.45,
    },
  ];
}

/**
 * A deed done over and over up to the writing: "have repeatedly ", "has consistently " ("has
 * long" is a habit: see LONG_HABIT).
 */
const STANDING_BEFORE = /\b(?:has|have)\s+(?:repeatedly|consistently)\s+$/i;

/** Dates joined to the given one by "and" ("in 1999 and 2000 respectively"). */
function coordinatedDates(s: SentenceView, date: ClaimDate): ClaimDate[] {
  const i = s.dates.findIndex((d) => d.date === date.date && d.end === date.end);
  const out: ClaimDate[] = [];
  for (let j = i; j >= 0 && j + 1 < s.dates.length; j++) {
    const a = s.dates[j];
    const b = s.dates[j + 1];
    if (!a || !b) break;
    const aText = s.text.slice(a.start - s.start);
    // ("in September 2023 and again last July"; not ", and in August": a clause of its own.)
    const gap =
      /^\S+(?:\s\S+){0,2}?\s+and\s+$|^[^\s,]+(?:\s[^\s,]+){0,2}?\s+and\s+(?:again\s+|once more\s+)?(?:in\s+|last\s+)?$/.exec(
        aText.slice(0, b.start - a.start),
      );
    if (!gap) break;
    // ("on Thursday and Friday": two days running are one event, from the first.)
    if (
      a.date.length === 10 &&
      b.date.length === 10 &&
      Date.parse(b.date) - Date.parse(a.date) === 86_400_000
    )
      break;
    out.push({ date: b.date, ...(b.end ? { end: b.end } : {}) });
  }
  return out;
}

/** The words each type's verbs start with or hold, in the order of EVENT_VERBS (see cues.ts). */
const EVENT_CUES: Record<EventType, readonly CueWord[]> = {
  CONCEDE: [
    // "will reopen its airspace and its border with Qatar" (after a boycott)
    ...["reopen", "reopens", "reopened", "reopening"],
    ...["gave", "give", "gives", "giving", "yield*", "relent*", "caved", "caves", "bow", "bowed", "bows"],
    // "agreed to cap its armed forces"
    "agreed",
    ...["apologis*", "apologiz*", "hand", "handed", "hands", "return", "returned", "gave", "give"],
    "sanction*",
    "embargo*",
    "lift*",
    // "dropped the last of its sanctions", "lifted its veto on Sweden's membership"
    ...["drop", "drops", "dropped", "dropping", "withdrew", "withdraws", "withdrawing"],
    ...["abandon", "abandoned", "abandons", "abandoning"],
    // "removed the export curbs on South Korea"
    ...["removed", "removes", "removing", "eased", "eases", "easing", "scrapped", "scrapping", "scraps"],
    // "struck the Taliban off its list", "took Sudan off its list"; "remove" for "would remove
    // the sanctions" (the sanctions' expression reads "remov" in any form)
    ...["struck", "strikes", "striking", "took", "takes", "taking", "remove"],
    "freed",
    "released",
    "pardoned",
    "cede",
    "ceded",
    "cedes",
    "ceding",
  ],
  // "banned imports", "put X on its blacklist": the rarer word of each ("ban" and "put" are common).
  SANCTION: [
    ...["sanction*", "embargo*", "imports", "blacklist*", "broke", "sever*"],
    // "began listing Belarusian officials"
    ...["listing", "listed", "lists"],
    // "designated the Revolutionary Guards a terrorist organisation"
    "terrorist",
    // "ended diplomatic relations with", "cut its relationship with"
    ...["end", "ended", "ends", "ending", "cut", "cuts", "cutting"],
    // "tightened export controls on ...", "tightened controls on exports to ..."
    ...["tighten", "tightened", "tightens", "tightening"],
    // "slapped a 100 per cent tariff on goods from Serbia", "paused its assistance"
    ...["tariff", "slapped", "slaps", "levied", "levies", "paused", "pauses", "pausing"],
    // "broke with Taipei"
    ...["breaks", "breaking"],
    ...["froze", "frozen", "freez*", "suspend*", "downgrad*", "reimpos*", "recall*"],
    ...["supplies", "deliveries", "exports", "shipments", "traffic", "flights", "blockade*"],
    ...["answered", "responded", "retaliated"],
    // "closed its airspace to Belarusian carriers"
    "airspace",
    // "shut two of the six crossings on the Belarusian border"
    ...["crossing", "crossings", "checkpoint", "checkpoints"],
    ...[
      "ban",
      "bans",
      "duties",
      "tariffs",
      "restrictions",
      "curbs",
      "halted",
      "halts",
      "halting",
      // "held back budget support", "cut off its assistance"
      ...["held", "holds", "hold", "holding", "cut", "cuts", "cutting"],
      "withheld",
      "withholds",
      "withholding",
      // "barred most US aid to Baku"
      ...["barred", "bars", "blocked", "blocks"],
    ],
    ...["visas", "visa"],
    ...["measures", "penalties", "banned", "banning"],
    // "agreed to bar Belarusian airlines from European skies"
    ...["bar", "barring"],
    // "withdrew its remaining diplomats from Caracas"
    ...["withdrew", "withdraws", "withdrawing", "withdrawn"],
  ],
  REJECT: [
    ...["brushed", "brushes", "brushing", "brush", "broke", "breaks", "breaking", "broken"],
    // "voiced joint opposition to any further enlargement of NATO"
    "opposition",
    // "did not recognise the result", "withdrew from the INF Treaty with Russia"
    ...[
      "recognise",
      "recognize",
      "recognised",
      "recognized",
      "withdrew",
      "withdrawn",
      "withdraws",
      "withdrawing",
    ],
    // "quit the intelligence pact with Tokyo", "suspended part of the military agreement with Pyongyang"
    ...["quit", "quits", "exited", "left", "ended", "ends", "suspended", "suspends", "suspending"],
    // "said it was no longer bound by the agreement"
    "longer",
    ...["pulled", "pulls", "pulling"],
    ...["vetoed", "vetoes", "vetoing"],
    // "stayed away from the summit"
    ...["stayed", "stays", "staying"],
    ...["abandon", "abandoned", "abandoning", "abandons", "dropped", "dropping", "scrapped", "scrapping"],
    // "tore up its defence accords with Paris", "revoked the agreements"
    ...["scrap", "scraps", "tore", "tear", "tears", "tearing", "revok*", "terminat*", "renounc*"],
    "annul*",
    ...["walk", "walked", "walking", "walks", "turned", "turning", "turns"],
    "objection",
    "objections",
    "refus*",
    "reject*",
    "turned",
    "declined",
    "declines",
    "opted",
    "participate",
    "object*",
    "obstruct*",
    "block*",
    "ruled",
    "balked",
    "spurned",
    "shunned",
    "dismissed",
    ...["dismiss", "dismisses"],
    "veto*",
    "opposed",
    "rebuff*",
    "boycott*",
    "snubbed",
    ...["stayed", "stays", "staying"],
    ...["skipped", "skips", "skipping"],
  ],
  REQUEST: [
    // "cabled the United Nations for help"
    ...["cabled", "telegraphed", "radioed", "wrote"],
    ...["implor*", "lobbied", "pressed", "presses", "pressing"],
    // "handed Doha a list of 13 demands", "presented Belgrade with ten demands"
    ...["hand", "hands", "handed", "handing", "presented", "presents", "gave", "give", "gives"],
    ...["sent", "send", "sends", "delivered", "delivers", "issued", "issues"],
    "invoked",
    "invokes",
    "invoking",
    "turned",
    "call",
    "calls",
    "called",
    "calling",
    "request*",
    "asked",
    "asking",
    "appeal*",
    "pled",
    "pleaded",
    "urged",
    "urges",
    "urging",
    "called",
    "demand*",
    "pressed",
    "sought",
    "wants",
    "wanted",
  ],
  ACCUSE: [
    ...["accus*", "critici*", "condemn*", "denounc*", "blam*", "complain*", "rebuk*"],
    // "deplored the attack"; "said Russian jets had violated its airspace"
    ...["deplored", "deplores", "deploring", "said", "says", "claimed", "claims", "alleged", "alleges"],
    ...["charged", "charges"],
    // "faulted Washington", "lashed out at", "took aim at"
    ...["faulted", "faults", "slammed", "slams", "chided", "chides", "berated", "berates", "castigat*"],
    ...["assailed", "assails", "lambast*", "excoriat*", "scolded", "scolds", "reprimand*", "decried"],
    ...["decries", "censur*", "rapped", "lashed", "lashes", "lashing", "hit", "hits", "hitting", "aim"],
    ...["barbs", "recriminations", "insults", "charge", "charges", "echoed", "echoes"],
    // "rounded on NATO's eastward ambitions"
    ...["rounded", "rounds", "rounding"],
    // "took China to task"; "described the enlargement as an encroachment"
    ...["task", "described", "describes", "describing", "branded", "labelled", "labeled"],
    // "took Manila to arbitration", "sued Athens", "filed a case against Venezuela"
    ...[
      "arbitration",
      "court",
      "tribunal",
      "sued",
      "sues",
      "suing",
      "case",
      "application",
      "lawsuit",
      "suit",
    ],
    // ("called the rhetoric dangerous": the verb is the rarer word.)
    ...["called", "calls", "calling"],
  ],
  PROTEST: [
    ...["protested", "protest", "protests", "summon*", "picketed", "rallied", "demonstrated"],
    // "protesters gathered outside parliament"
    ...["gathered", "marched", "camped", "massed", "filled", "poured"],
  ],
  ASSAULT: [
    // "fired water cannon at a Philippine supply boat" ("fired", "fires" below)
    "firing",
    // "turned its guns on", "sent waves of drones at"
    ...["guns", "missiles", "rockets"],
    ...["targeted", "targeting"],
    // "captured Shusha from Armenian forces"
    ...["captured", "captures", "capturing", "recaptured", "recaptures", "recapturing"],
    // "downed a Russian helicopter", "waging war on Ukraine"
    ...["downed", "downs", "wag*"],
    // "riot police broke them up", "dispersed the crowd"
    ...["broke", "dispersed", "dispersing"],
    // "struck targets across Georgia"
    ...["strike", "strikes", "struck", "striking"],
    // "pounded Iraq", "launched its campaign against Lebanon", "an air campaign in Syria"
    ...["pounded", "pounds", "pounding", "campaign"],
    // "put down the riots", "shot dead a driver", "gunned down"
    ...["put", "shot", "gunned"],
    "offensive",
    "counteroffensive",
    "annexed",
    "annexes",
    "annexing",
    "annexation",
    ...["cross", "crosses", "roll", "rolls", "pour", "pours", "march", "marches", "sweep", "sweeps"],
    ...["slipped", "slip", "slips", "drove", "drive", "drives", "pushed", "push", "pushes"],
    "attack*",
    "missiles",
    "rockets",
    "drones",
    "fired",
    "fire",
    // "troops fire on protesters", "fights a five-day war with Georgia": a timeline's present
    ...["fires", "fight", "fights"],
    "kill*",
    "bomb*",
    "shell*",
    "massacred",
    "clash*",
    "invade",
    "invades",
    "invaded",
    "invading",
    "invasion",
    "struck",
    "fighting",
    "fought",
    "exchange",
    "exchanged",
    "exchanging",
    // "traded fire", "hit positions inside Armenia", "brought down a helicopter"
    ...["traded", "trading", "hit", "hits", "hitting", "brought", "brings", "bringing"],
    "shot",
    "opened",
    "airstrike",
    "airstrikes",
    "strike",
    "strikes",
    "stormed",
    "rammed",
    "beat",
    "beaten",
    "beatings",
    ...["crossed", "rolled", "poured", "marched", "swept"],
    ...["shooting", "war", "hostilities", "skirmish", "skirmishes", "firefight", "firefights"],
    ...["raid", "raided", "raids", "raiding"],
  ],
  AID: [
    ...["shipped", "shipping"],
    ...[
      "aid",
      "assistance",
      "loan",
      "loans",
      "lent",
      "lends",
      "wrote",
      "write",
      "written",
      "writing",
      "package",
    ],
    // "promised Lukashenko roughly $630 million in fresh credit"
    ...["promised", "promises"],
    ...["provided", "supplied", "delivered", "donated", "credit"],
    // "sold drones to Ukraine", "transferred missiles to Russia"
    ...["sold", "sells", "selling", "transferred", "transfers", "gave", "sent", "handed", "shipped"],
    // "agreed to supply helicopters and fuel to", "was supplying anti-tank weapons to"
    ...["provide", "supply", "deliver", "donate", "providing", "supplying", "delivering"],
    // "flew relief supplies into Tbilisi"
    ...["flew", "flying", "flown", "flies"],
    ...["donates", "donating", "gifted", "gifts"],
    ...["grant", "grants", "deliveries", "supplies", "shipments", "given"],
    ...["pledged", "pledges", "allocated", "allocates", "earmarked"],
  ],
  SUPPORT: [
    ...["threw", "rallied", "came", "hailed"],
    // "designated India a Major Defence Partner"
    ...["designated", "designates", "designating"],
    // "spoke approvingly of the pact"
    "approvingly",
    // "Israel's recognition of Kosovo"
    "recognition",
    // "shielded Addis Ababa from stronger action"
    ...["shielded", "shields", "shielding"],
    // ("made Ukraine and Moldova candidates"; "promised that Georgia would one day join")
    ...["made", "promised", "declared", "pledged", "decided", "reaffirmed", "repeated"],
    "granted",
    "grants",
    "grant",
    // "were given candidate status", "Georgia received EU candidate status"
    ...["given", "gave", "awarded", "awards", "offered", "offers", "received", "obtained", "won", "gained"],
    // "told him Ukraine deserved to join NATO", "said Georgia would become a NATO member"
    ...["said", "says", "told"],
    "sided",
    "welcomed",
    "welcomes",
    "welcoming",
    "stood",
    "stand",
    "stands",
    "support*",
    "backed",
    "backs",
    "endors*",
    "prais*",
    "solidarity",
    "back",
    "behind",
    "recognised",
    "recognized",
    "recognise",
    "recognize",
    "congratulat*",
    "recognises",
    "recognizes",
    "recognising",
    "recognizing",
    "champion*",
  ],
  AGREE: [
    ...["agreed", "reached", "approved", "ratified", "endorsed"],
    ...["wrapped", "concluded", "completed", "finalised", "finalized"],
    ...["approve", "approves", "ratify", "ratifies", "endorse", "endorses", "ceasefire", "truce"],
    ...["procedure", "procedures", "launch", "initialled", "initialed"],
    // "invited Finland and Sweden to become members"
    ...["invite", "invites", "invited", "inviting"],
  ],
  COOPERATE: [
    ...["cooperat*", "improved", "strengthen*", "closer", "stepped", "closely", "intelligence"],
    ...["teamed", "joined", "partnered", "worked"],
    // "Flights between Dushanbe and Tashkent resumed"
    "flights",
    // "opened its airspace to American aircraft"
    "airspace",
    // "restored diplomatic relations", "reopened its embassy in Addis Ababa"
    ...["restor*", "reestablish*", "established", "establishes", "establishing", "embassy", "embassies"],
    ...["normalis*", "normaliz*", "resum*"],
  ],
  CONSULT: [
    ...["conferred", "huddled"],
    // "addressed India's parliament"
    ...["address", "addressed", "addresses", "addressing"],
    // "was welcomed to Belgrade", "turned up in Damascus"
    ...["welcomed", "turned", "showed"],
    // "spent about four hours together", "spent 16 February in Berlin"
    "spent",
    // "toured Beirut", "called at Samoa", "made Turkey his first destination" (the rarer word)
    ...["toured", "tours", "touring", "destination", "stop", "port"],
    "negotiated",
    "negotiating",
    "sat",
    // "kept the two ministers at the table", "a marathon session between A and B"
    ...["kept", "session", "sessions"],
    // "sits down with Lavrov", "stood next to Medvedev"
    ...["sits", "sitting", "stood", "stands", "standing"],
    ...["dined", "lunched", "breakfasted", "dinner", "lunch", "breakfast"],
    "greeted",
    "briefed",
    "raised",
    "brought",
    "visit*",
    "sent",
    "summit",
    "met",
    "meet*",
    "talks",
    "discuss*",
    "consult*",
    "delegat*",
    "call",
    "called",
    "told",
    "flew",
    "flown",
    "travelled",
    "traveled",
    "came",
    "went",
    "headed",
    "received",
    "receives",
    "receiving",
    "saw",
    "trip",
    "trips",
    "beside",
    "alongside",
    "carpet",
    "took",
    "spoke",
    "speaks",
    "talked",
    "spoken",
    "speaking",
    "arrived",
    "landed",
    "stepped",
    "shuttled",
    "hosted",
    "hosts",
    "phoned",
    // "rang George Bush that evening"
    "rang",
    ...[
      "phones",
      "telephones",
      "flies",
      "travels",
      "goes",
      "heads",
      "comes",
      "arrives",
      "lands",
      "takes",
      "shuttles",
    ],
    "welcomed",
    // "was feted in Riyadh", "had to travel to Budapest"
    ...["feted", "travel"],
    "phone",
    "telephone",
    "telephoned",
    "attend*",
    "returned",
    // "Merkel followed to Tbilisi"
    "followed",
  ],
  THREATEN: [
    ...["threaten*", "warn*", "ultimatum", "vow", "vowed", "vows", "threat", "threats"],
    // "promised a military response if Finland joined"
    ...["promised", "promises"],
  ],
  COERCE: [
    ...["gave", "gives", "given", "giving"],
    // "declared the ambassador persona non grata"
    ...["grata", "gratae"],
    "ordered",
    "ordering",
    "seized",
    "seizes",
    "seizing",
    "expel*",
    "expul*",
    "detain*",
    "arrest*",
    "deport*",
    "evict*",
    "sentenc*",
    "jail*",
    "imprison*",
    "convict*",
    "prison",
  ],
  // "put its forces on alert", "sent troops to the border": the rarer word of each (troops are
  // sent and deployed far more often than to a border).
  MOBILIZE: ["mass", "massed", "massing", "masses", "mobili*", "alert", "border"],
  RETREAT: [
    // "agreed to withdraw its troops"
    "agreed",
    "withdrew",
    "withdraw",
    "withdraws",
    "withdrawing",
    "pulled",
    "moved",
    "fell",
    "leaving",
    "leave",
    "left",
  ],
};

/** Each event type's cue words, in the order of EVENT_VERBS: the reader looks for them in its one pass. */
export const EVENT_TYPE_CUE_WORDS: readonly (readonly CueWord[])[] = EVENT_VERBS.map(([type, re]) =>
  // (PRESENCE's "are in" reads only with a meeting it was for: the meeting's word is its cue,
  // so that the common "are" wakes nothing.)
  re.source === PRESENCE.source
    ? ["was", "were", "been", "stopped", "spent", "summit", "meeting", "session", "talks", "consultations"]
    : EVENT_CUES[type],
);

/** Which types' verbs a sentence may hold: only those types' expressions are run on it. */
const EVENT_TYPE_CUES = new CueIndex(EVENT_TYPE_CUE_WORDS);

/** A quick test for FOR_A_MEETING's words anywhere in a sentence. */
const FOR_MEETING_CUE =
  /\bfor\s+(?:a|an|the)\s+(?:[^\s,;.]+\s+){0,3}(?:summit|meeting|session|talks|consultations)\b/i;

/** The cue bit of PRESENCE's entry. */
const PRESENCE_BIT = 1 << EVENT_VERBS.findIndex(([, re]) => re === PRESENCE);

/** The same verbs, to find every place a sentence uses them. */
const EVENT_VERBS_ALL: (readonly [EventType, RegExp])[] = EVENT_VERBS.map(([type, re]) => [
  type,
  new RegExp(re.source, "gi"),
]);

/**
 * What joins two coordinated mentions: a comma or "and", after a title or role the first
 * one heads ("the German chancellor, the Spanish king and ..."), or after its possessive
 * ("Armenia's and Azerbaijan's foreign ministers").
 */
const COORDINATION =
  /^\s*(?:(?:['’]s\s+)?(?:president|chancellor|king|queen|prime minister|premier|(?:foreign |defen[cs]e )?ministers?|leaders?|officials|authorities|government|delegation|troops|forces)\s*|['’]s\s*)?(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:then\s+)?(?:(?:to|with|in)\s+(?=\S*$|the\s+(?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?|(?:foreign |defen[cs]e )?ministers?)\s+of\s))?(?:the\s+)?(?:an?\s+(?:(?:deputy|vice|acting)[\s-]+)?(?:president|leader|head of (?:state|government)|prime minister|(?:foreign |defen[cs]e )?minister|delegation)\s+of\s+(?:the\s+)?|(?:(?:deputy|vice|acting)[\s-]+)?(?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?|(?:foreign |defen[cs]e )?ministers?|delegations?)\s+of\s+(?:the\s+)?|(?:its|their|his|her)\s+(?:(?:ally|allies|partners?|neighbou?rs?)\s+)?)?$/i;

/**
 * The actors coordinated with a mention ("Uzbekistan, Kazakhstan and Tajikistan"): the
 * mentions joined to it by commas or "and" only, walking away from the verb.
 */
function coordinated(
  s: SentenceView,
  list: readonly Mention[],
  first: Mention,
  direction: 1 | -1,
): Mention[] {
  const out = [first];
  let i = list.indexOf(first);
  for (;;) {
    const next = list[i + direction];
    const cur = list[i];
    if (!next || !cur) break;
    const [a, b] = direction === 1 ? [cur, next] : [next, cur];
    // Mentions on one span are one phrase standing for several ("the three countries").
    const samePhrase = a.start === b.start && a.end === b.end;
    const gap = listGap(s, a, b);
    // ("Turkey's Recep Tayyip Erdogan": the state and its leader are one item.)
    if (gap === "" && a.actor === b.actor) {
      i += direction;
      continue;
    }
    // ("Putin and his Kazakh counterpart": "his" and the state after it are one item.)
    const possessive = a.pronoun === true && /^(?:his|her)$/i.test(a.text) && /^\s*$/.test(gap);
    if (!samePhrase && !possessive && !COORDINATION.test(gap)) break;
    // ", and" closes a list of three or more ("A, B, and C"); between two it starts a clause
    // ("a year after its war with Russia, and Ukraine stopped ...").
    if (!samePhrase && SERIAL_AND.test(gap) && !longerList(s, list, i, direction, out.length)) break;
    // "the invasion of Ukraine, Finnish opinion flipped": a comma makes a list only if an
    // "and" closes it later ("A, B and C").
    if (!samePhrase && direction === 1 && /^\s*,\s*$/.test(gap) && !closesLater(s, list, i + 1)) break;
    // ("..., attended by Vladimir Putin, Pashinyan refused": walking back from the verb, a comma
    // that closes an aside's "by" phrase lists nothing.)
    if (
      !samePhrase &&
      direction === -1 &&
      /^\s*,\s*$/.test(gap) &&
      BY_PHRASE_BEFORE.test(s.text.slice(Math.max(0, next.start - s.start - 40), next.start - s.start))
    )
      break;
    out.push(next);
    i += direction;
  }
  return out;
}

const SERIAL_AND = /^\s*,\s*and\s+(?:the\s+)?$/i;

/** An aside's passive "by" phrase up to its agent: ", attended by ", ", hosted by German Chancellor ". */
const BY_PHRASE_BEFORE = /,\s*\w+(?:ed|en)\s+by\s+(?:[^\s,]+\s+){0,3}$/i;

/** A leader's name after a state's possessive: "'s Masoud Pezeshkian" (in "Iran's Masoud Pezeshkian, B and C"). */
const POSSESSED_NAME =
  /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?=\s*,|\s+and\b|\s*$)|^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;

/** The text between two listed mentions, a leader's name after the first's possessive left out. */
function listGap(s: SentenceView, a: Mention, b: Mention): string {
  let gap = s.text.slice(a.end - s.start, b.start - s.start);
  if (gap.startsWith("'") || gap.startsWith("’"))
    gap = /^['’]s\s+$/.test(gap) ? "" : gap.replace(POSSESSED_NAME, "");
  // ("Pakistani Prime Minister Shehbaz Sharif and Iranian President ...": a title and a name after a demonym.)
  else if (a.kind === "state")
    gap = a.actor === b.actor && TITLE_ALONE.test(gap) ? "" : gap.replace(TITLE_AND_NAME, "");
  // ("... and UN Secretary-General Antonio Guterres": the title before a person named last.)
  return b.kind === "person" ? gap.replace(TITLE_BEFORE_NAME, " ") : gap;
}

/** A leader's title after a state's adjective: "Pakistani Prime Minister", "Iranian President". */
const TITLES = "President|Prime Minister|Premier|Chancellor|Foreign Minister";
const TITLE_ALONE = new RegExp(`^\\s+(?:${TITLES})\\s+$`);
const TITLE_AFTER_STATE = new RegExp(`^\\s+(?:${TITLES}|King|Emir)\\b`);
/** A title and a name after a state's adjective, up to the list's next comma or "and". */
const TITLE_AND_NAME = new RegExp(
  `^\\s+(?:${TITLES})\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*(?=\\s*,|\\s+and\\b)`,
  "u",
);

const TITLE_BEFORE_NAME =
  /(?<=\band)\s(?:[A-Z]{2,}\s+)?(?:Secretary-General|Secretary General|President|Prime Minister|Chancellor|Foreign Minister)\s+$/;

/** Whether a list going on from `i` with commas is closed by "and" or "or". */
function closesLater(s: SentenceView, list: readonly Mention[], i: number): boolean {
  for (let j = i; j < list.length; j++) {
    const a = list[j] as Mention;
    const b = list[j + 1];
    // ("met Macron, Scholz and Michel": a list may close on a name the reader does not know.)
    if (b === undefined) return UNKNOWN_NAME_CLOSES.test(s.text.slice(a.end - s.start, a.end - s.start + 40));
    if (a.start === b.start && a.end === b.end) continue;
    const gap = listGap(s, a, b);
    if (gap === "" && a.actor === b.actor) continue;
    if (/^\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?$/i.test(gap)) return true;
    // ("Malaysia, the Philippines, Singapore and Thailand": an item may have its article.)
    if (!/^\s*,\s*(?:the\s+)?$/i.test(gap)) return false;
  }
  return false;
}

/** ", and Michel", " and Charles Michel": a list's last item a name, capitalized, that no mention covers. */
const UNKNOWN_NAME_CLOSES = /^,?\s+and\s+(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+(?=[\s,.;:]|$)/u;

/** Whether the list holds another item beyond the pair joined by ", and" at `i` (walking in `direction`). */
function longerList(
  s: SentenceView,
  list: readonly Mention[],
  i: number,
  direction: 1 | -1,
  taken: number,
): boolean {
  if (direction === 1) return taken >= 2;
  const a = list[i - 1];
  const before = list[i - 2];
  return (
    a !== undefined &&
    before !== undefined &&
    /^\s*,\s*$/.test(s.text.slice(before.end - s.start, a.start - s.start))
  );
}

/**
 * Where a new clause with a subject of its own may start: ", but", ", while", "; ", and ",
 * (two days) after" ("recalled its envoy, two days after Peru expelled ...").
 */
const CLAUSE_BREAK =
  /(?:,\s*(?:but|while|whereas|when|as|because|although|though|and then|and|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|just|only|shortly|hours|days|weeks|months|a few|the)\s+){0,3}(?:(?:days?|weeks?|months?|years?)\s+)?after|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few)\s+(?:days?|weeks?|months?|years?)\s+before|prompting|forcing|(?:a|the|this|that)\s+(?:\w+\s+)?(?:move|decision|step|measure|action|policy|remark|statement|plan|demand|proposal)s?(?:\s+(?:that|which))?)|;|\s(?:(?:just|only|mere|a\s+few|several|two|three|\d{1,2})\s+)?(?:minutes|hours)\s+(?:after|before)|\s(?:after|because|once)(?=\s{3,}(?:[\w'’-]+\s+)?(?:[a-z]+ed|had|has|have|was|were|is|are|said|began|made|took|sent|went|came|gave|met|fell|broke|struck|shot|won|lost)\s))\s/g;

/** A counted aside up to its closing comma: ", two days before Russian troops crossed into Ukraine, ". */
const COUNTED_ASIDE_CLOSED =
  /,\s*(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)\s+(?:after|before)\s[^,;.]{1,80},\s/gi;

/** A relative clause about the subject, up to a verb inside it: ", who combined the gathering with a state ". */
const RELATIVE_OPENED = /,\s*(?:who|which)\s[^,;.]*$/i;

/** A participle's aside up to its closing comma, before the main verb: " Vilnius on 7 June, ". */
const PARTICIPLE_ASIDE_END = /^(?:[^,;.]|,\s*\d{4}\b){1,60}?,(?=\s+[a-z])/;

/** Before the subject of a when-clause that closes a sentence: ", when the ". */
const WHEN_CLAUSE_SUBJECT = /,\s+when\s+(?:the\s+)?$/i;

/** The end of a subordinate clause's opening: "..., two months after ", ", when ". */
const SUBORDINATE_OPENED = /\b(?:after|when|while|as|because|although|though|whereas)\s+$/i;
/** A subject the reader knows no actor in, up to its verb: "the presidential guard ". */
const OWN_SUBJECT = /^\s*(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}$/;

/** A verb in the past right after a subject: "..., Putin paid a visit", "..., Minsk quickly signed". */
const SPLICED_VERB =
  /^\s+(?:[a-z]+ly\s+)?(?:had\s+(?:[a-z]+ly\s+)?)?(?:[a-z]{3,}ed|paid|met|made|went|came|flew|took|gave|held|sent|told|won|led|began|left|sought|saw|struck|fought|broke|spoke|wrote)\b/;

/** "..., Tokayev said after talks with Mirziyoyev": a meeting told besides the main event, by its subject. */
const AFTER_MEETING =
  /\s(?:after|following|during)\s+(?:his\s+|her\s+|their\s+|an?\s+|the\s+)?(?:\w+\s+){0,2}$/i;

/** A verb that withholds the aid named next: "froze 30 million euros of", "suspended its". */
const AID_WITHHELD =
  /\b(?:froze|frozen|freez\w*|suspend\w*|halted|withh(?:eld|olds|olding)|barred|bars|blocked|blocks|cut)\s+(?:[\w€$£,.-]+\s+){0,5}$|\b(?:curbs?|restrictions?|limits?|bans?|caps?)\s+on\s+(?:[\w-]+\s+)?$/i;

/**
 * An actor the sentence does not name, told in the one before: a mention of no text at the
 * sentence's start (the claim's span reaches back to where it was named).
 */
/**
 * The state a deed by `sources` with no one named is aimed at: the other of the two states
 * the story is about (ReadingContext.topicPair), or, by one outside them, the state it is about.
 */
function storyOther(ctx: ReadingContext, sources: readonly Mention[]): string | undefined {
  const pair = ctx.topicPair;
  if (pair && sources.some((y) => pair.includes(y.actor)))
    return pair.find((a) => !sources.some((y) => y.actor === a));
  return sources.some((y) => y.actor === ctx.topicState) ? undefined : ctx.topicState;
}

function toldBefore(s: SentenceView, actor: string): Mention {
  return { start: s.start, end: s.start, text: "", actor, kind: "state" };
}

/** Before talks set ahead of the main clause: "At", "On 9 June, at a", "During their". */
const TALKS_OPENING =
  /^(?:[^,;]{0,40},\s*)?(?:at|during)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:(?!same\b|that\b|this\b)[\w-]+\s+)?$/i;

/** What is asked of an organization with no one named: "for consultations", "again", "once more". */
const ASKED_OF_AN_ORGANIZATION =
  /^\s+(?:(?:again|once more|once again|formally|jointly)\b|for\s+(?:urgent\s+|formal\s+|emergency\s+)?(?:consultations|an? (?:emergency |urgent )?(?:meeting|session))\b)/i;

/** Demands answered, as a noun right after a verb: "the list", "these demands", "the ultimatum". */
const DEMANDS_ANSWERED =
  /^\s+(?:the|this|that|these|those|their|its)\s+(?:[\w-]+\s+){0,2}?(?:list|demands|ultimatum|conditions|terms)\b/i;

/** Answers to a deed told before ("criticised the crackdown"): see ReadingContext.previousClaims. */
const ANSWERING: ReadonlySet<EventType> = new Set(["ACCUSE", "SUPPORT", "REQUEST", "PROTEST", "REJECT"]);
/** A crowd's names (the reader reads one that protests somewhere as its state's people: see withCrowds). */
export const CROWD_NAMES = "opposition supporters|protest[eo]rs|demonstrators";
/** The verbs that make a crowd's gathering a protest ("protested" besides, which is one already). */
export const CROWD_VERBS = "gathered|rallied|marched|demonstrated|camped|massed|filled|poured";
const CROWD_NAME = new RegExp(String.raw`\b(?:${CROWD_NAMES})$`, "i");
const CROWD_VERB = new RegExp(`^(?:${CROWD_VERBS})$`, "i");
/** Reactions that blame their target for a deed: a deed answered after one is the target's. */
const BLAMING: ReadonlySet<EventType> = new Set(["ACCUSE", "PROTEST", "REJECT"]);
/** The deed answered, as a noun right after the verb: "the crackdown", "this decision", "the move". */
const DEED_ANSWERED =
  /^\s+(?:(?:the|this|that|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:decision|move|step|crackdown|killings?|attacks?|assault|invasion|violence|arrests?|shootings?|raids?|strikes?|expulsions?|bans?|annexation|recognition|deployment|launch(?:es)?|tests?|test-firing|seizure|occupation)\b/i;
/** Before a state wronged by the deed condemned: " the strikes as a clear violation of ", " as an attack on ". */
const WRONGED_AFTER =
  /\bas\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:violation|breach|infringement|attack|assault|affront)\s+(?:of|on|against|to)\s+(?:the\s+)?$/i;
/** A verb of ending and the deal ended: "suspended part of the pact", "scrapped the entire agreement". */
const DEAL_ENDED =
  /^(?:no\s+longer\s+(?:be\s+)?(?:bound\s+by|abid(?:e|ing)\s+by|observ(?:e|ing)|honou?r(?:ing)?)|\S+(?:\s+(?:up|out\s+of|from))?)\s+(?:(?:part|parts|some|much|all|most|key parts|a clause)\s+of\s+)?(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,4}?(?:agreement|accord|pact|treaty|deal|arrangement)\b(?!\s+(?:with|between)\b)/i;
/** An inquiry asked for: "demanded an independent international inquiry", "called for an investigation". */
const INQUIRY_ASKED = /^\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:inquiry|investigation|probe)\b/i;

/**
 * What a refusal with no one named refuses: nothing more ("Turkey objects almost at once,"),
 * following or joining ("declined to follow suit", "refused to join the sanctions"), or the
 * deed itself ("rejected the proposal").
 */
const REFUSAL_OF_DEED =
  /^(?:(?:\s+(?:almost|at|once|immediately|outright|flatly|publicly|firmly|swiftly|promptly|strongly|again)\b)*\s*(?:[,.;:]|$)|\s+to\s+(?:follow\s+(?:suit|(?:the|its|their|that|this)\s+(?:lead|example|ban|sanctions|embargo|move))|join\s+(?:in\s+)?(?:the\s+)?(?:sanctions|ban|embargo|boycott)|go\s+along\b)|\s+(?:the|this|that|these|those|both|their|its|the two)\s+(?:[\w-]+\s+)?(?:demands?|requests?|proposals?|offers?|plans?|ideas?|moves?|bids?|applications?)\b)/i;

/**
 * The doers of the last deed in claims (told before a refusal): each event's source, a
 * membership's state, a rule's proposer, for the same deed as the last ("A and B attacked C":
 * A and B; "Finland and Sweden apply": both), other than the refusers.
 */
function deedDoers(claims: readonly Claim[], refusers: ReadonlySet<string>): string[] {
  const doer = (c: Claim): string | undefined =>
    c.kind === "event" && c.type !== "REJECT"
      ? c.source
      : c.kind === "membership"
        ? c.state
        : c.kind === "rule"
          ? c.by
          : undefined;
  const doneBy = (c: Claim) => {
    const x = doer(c);
    return x !== undefined && !refusers.has(x) ? x : undefined;
  };
  const last = claims.findLast((c) => doneBy(c) !== undefined);
  if (!last) return [];
  const sameDeed = (c: Claim) =>
    c.kind === "event"
      ? last.kind === "event" && c.type === last.type && c.target === last.target
      : c.kind === "membership"
        ? last.kind === "membership" && c.org === last.org && c.change === last.change
        : c.kind === "rule" && last.kind === "rule" && c.subject === last.subject;
  return [...new Set(claims.filter(sameDeed).flatMap((c) => doneBy(c) ?? []))];
}

/** Words of a deed that follows others': "followed with", "also imposed", "joined in". */
const FOLLOWING = /\b(?:followed|also|too|likewise|joined in|added)\b/i;
/** Sanctions told as ones already put: "the sanctions", "its sanctions", "most of their sanctions". */
const OWN_SANCTIONS = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}sanctions\b/i;

/** A speaker before a deed it reports, done by someone unnamed: "says the North has", "claimed that the regime had". */
const REPORTED_BY =
  /^[^;]{0,60}?\b(?:said|says|say|claimed|claims|alleged|alleges|reported|reports|believes|believed|insisted|insists|confirmed|confirms)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?(?!(?:it|they|he|she|we|its|their|his|her)\b)(?:the|a|an|some|these|those)\s+(?:[\w-]+\s+){1,3}$/i;

/** A reaction drawn from someone: "drew objections from", "prompted protests from". */
const REACTION_FROM = /^(?:drew|drawn|drawing|draws|prompted|provoked|triggered|sparked)\s/i;

/** Deeds done to someone, that a second verb with no object of its own does to the first verb's object. */
const OBJECT_SHARING: ReadonlySet<EventType> = new Set([
  "REQUEST",
  "CONCEDE",
  "ACCUSE",
  "PROTEST",
  "THREATEN",
  "SANCTION",
  "COERCE",
]);

/** A measure's passive before whom it hits: "(sanctions) were imposed on", "placed against the". */
const IMPOSED_ON =
  /^\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+)?(?:imposed|placed|slapped|levied)\s+(?:on|against|upon)\s+(?:the\s+)?$/i;
/** A passive verb right after a noun: " was rejected by", " were turned down by". */
const NOUN_PASSIVE =
  /^\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?\w+(?:ed|en)(?:\s+(?:down|off|aside|out))?\s+by\b/i;
/** A deed told as a noun: "expulsion", "invasion", "recognition", "condemnation". */
const DEED_NOUN = /^\p{Ll}+(?:ion|al|ment)$/u;
/** Between whom a passive's deed hits and its doer: "by", "by the", "in 2014 by". */
const AGENT_AFTER = /^\s*(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$/i;

/** Passive voice: "was attacked by X", "under attack from X", "sanctioned by X". */
const AGENT = /^\s*(?:\w+\s+){0,3}?(?:by|from)\s+(?:the\s+)?$/i;

/** An organization named as the setting ("a CSTO summit meeting"), not as one who acts. */
export function isSetting(s: { readonly text: string; readonly start: number }, m: Mention): boolean {
  if (!isOrg(m)) return false;
  const after = m.end - s.start;
  return ORG_AS_SETTING.test(s.text.slice(after, after + 40));
}

/**
 * An organization's head named by office ("NATO's secretary general", "the CSTO chief"):
 * no setting of a deed, but the organization acting through them.
 */
const ORG_HEAD = /^[\s’']*(?:s\s+)?(?:[Ss]ecretary[- ][Gg]eneral|[Cc]hief)\b/;

/** An organization named as the setting of a deed (isSetting), not through its head acting. */
function isDeedSetting(s: SentenceView, m: Mention): boolean {
  return isSetting(s, m) && !ORG_HEAD.test(s.text.slice(m.end - s.start, m.end - s.start + 24));
}

/** "the Armenian-Turkish border": states named as a place, not as parties. */
function inBorderName(s: SentenceView, m: Mention): boolean {
  const after = s.text.slice(local(s, m) + m.text.length, local(s, m) + m.text.length + 40);
  const before = s.text.charAt(local(s, m) - 1);
  return (
    /^[-–]\p{L}+\s+(?:border|frontier|boundary)\b/u.test(after) ||
    // "some 20 km from the Afghan border": a demonym naming the border's side.
    (/^\s+(?:border|frontier|boundary)\b/.test(after) &&
      /^\p{Lu}\p{Ll}+$/u.test(m.text) &&
      /\bthe\s+$/.test(s.text.slice(Math.max(0, local(s, m) - 5), local(s, m)))) ||
    ((before === "-" || before === "–") && /^\s+(?:border|frontier|boundary)\b/.test(after))
  );
}

/** A mention named as where something happened ("a summit held in Moscow"), not who took part. */
function isPlace(s: SentenceView, m: Mention): boolean {
  return (
    // ("in Georgia's Kodori Gorge", "in Tajikistan's remote Pamirs": the state whose named
    // place it is, not the place.)
    // (A charge levelled "at" someone is aimed at them: see isChargedAt.)
    // ("Through Kuwait, the four states handed Doha their demands": a go-between opening a
    // clause, not a party.)
    (/\b(?:in|at|near)\s+(?:the\s+)?$|(?:^|[,;:]\s*)(?:through|via)\s+(?:the\s+)?$/i.test(
      s.text.slice(Math.max(0, local(s, m) - 10), local(s, m)),
    ) &&
      !isChargedAt(s, m) &&
      // ("officials in Lithuania and Estonia accused ...": the state whose officials they are;
      // "struck targets in Syria": the state struck.)
      !/\b(?:officials|authorities|leaders|rulers|juntas?|regimes?|diplomats|politicians|governments?|ministries|ministers|lawmakers|parliaments?|prosecutors|police|courts?|protesters|demonstrators|activists|students|targets|positions|bombings|(?:terrorist\s+)?attacks|(?:air\s?)?strikes|raids|blasts|explosions|(?:decision-making\s+)?cent(?:re|er)s|cities|power\s+stations|plants|infrastructure|hospitals|depots)\s+in\s+(?:the\s+)?$/i.test(
        s.text.slice(Math.max(0, local(s, m) - 30), local(s, m)),
      ) &&
      !(
        m.kind === "state" &&
        /^['’]s\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(
          s.text.slice(local(s, m) + m.text.length, local(s, m) + m.text.length + 30),
        )
      )) ||
    isGeographic(s, m) ||
    namesGathering(s, m)
  );
}

/** "without Russia", "without naming China": one a deed leaves out, no party to it. */
function leftOut(s: SentenceView, m: Mention): boolean {
  return /\bwithout\s+(?:\w+ing\s+)?(?:the\s+)?$/i.test(
    s.text.slice(Math.max(0, local(s, m) - 24), local(s, m)),
  );
}

/**
 * "the Russian-led bloc", "a US-backed government": the state named in a compound that describes
 * another. (Not "the US-led coalition": a coalition with no name of its own acts as its leader.)
 */
function leads(s: SentenceView, m: Mention): boolean {
  const after = local(s, m) + m.text.length;
  return (
    /^[-–](?:led|backed|brokered|sponsored|dominated|funded)\b/i.test(s.text.slice(after, after + 12)) &&
    !/^[-–]led\s+(?:(?:military|international|western|naval)\s+)?coalition\b/i.test(
      s.text.slice(after, after + 40),
    )
  );
}

/** "levelled the same charge at Dushanbe": whom a charge is aimed at, not where. */
function isChargedAt(s: SentenceView, m: Mention): boolean {
  return /\b(?:charges?|accusations?|criticism|(?:lash(?:ed|es|ing)|hit(?:s|ting)?)\s+out|took\s+aim)\s+at\s+(?:the\s+)?$/i.test(
    s.text.slice(Math.max(0, local(s, m) - 30), local(s, m)),
  );
}

/** The first letters of the nouns below, to test one character before the expression. */
const GATHERING_INITIALS = new Set([..."scftpadg"].map((c) => c.charCodeAt(0)));

/**
 * "The Bucharest summit", "the Minsk agreements": a city naming where, not who. (Not the
 * second of a joined pair: "the China-Russia talks" are the two's.)
 */
function namesGathering(s: SentenceView, m: Mention): boolean {
  const end = local(s, m) + m.text.length;
  const before = s.text.charAt(local(s, m) - 1);
  return (
    m.kind === "state" &&
    before !== "-" &&
    before !== "–" &&
    s.text.charCodeAt(end) === 32 &&
    GATHERING_INITIALS.has(s.text.charCodeAt(end + 1)) &&
    /^\s+(?:summits?|conferences?|talks|forums?|process|format|agreements|accords|protocols?|statute|declaration|principles|group|club)\b/i.test(
      s.text.slice(local(s, m) + m.text.length, local(s, m) + m.text.length + 14),
    )
  );
}

/** "the Sea of Japan", "the Gulf of Finland": a state's name inside a place's. */
function isGeographic(s: SentenceView, m: Mention): boolean {
  return /\b(?:Sea|Gulf|Bay|Straits?|Lake|Port|Cape|Isle) of\s+$/.test(
    s.text.slice(Math.max(0, local(s, m) - 16), local(s, m)),
  );
}

/** Verbs whose match runs over their object: "freed 15 Peruvian detainees", "banned Moldovan wine". */
const HOLDS_OBJECT =
  /^(?:freed|released|pardoned|called|told|turned|received|targeted|targeting|shipped|shipping|bowed|bows|banned|banning)\s/i;

/** Where a clause of its own begins: ", whose", ", which", ", and", ";". */
const CLAUSE_OPENING = /,\s*(?:whose|which|who|where|when|and|but)\b|;/g;

/** "the envoy for Afghanistan", "ambassador to Kazakhstan": the state of an envoy's brief, not the envoy's. */
const ENVOY_FOR =
  /\b(?:envoy|ambassador|representative|commissioner|coordinator)\s+(?:for|to|in|on)\s+(?:the\s+)?$/i;

/** "flew into Dushanbe", "was received in Tashkent": the place visited, right after the verb, is the host. */
function placeVisited(s: SentenceView, endOfVerb: number): Mention | undefined {
  return s.mentions.find(
    (x) =>
      local(s, x) >= endOfVerb &&
      local(s, x) - endOfVerb <= 12 &&
      x.kind !== "organization" &&
      !namesGathering(s, x),
  );
}

/** A trip's next stop after its first: "(to Moscow) and then on to", ", then to". */
const ONWARD =
  /^\s*,?\s+(?:and\s+)?(?:then\s+)?on\s+to\s+(?:the\s+)?$|^\s*,?\s+(?:and\s+)?then\s+to\s+(?:the\s+)?$/i;

/** Where a visitor goes: the place right after the verb is whom the visit is with. */
const TRAVEL = new RegExp(
  String.raw`^(?:flew|flown|flies|travell?ed|travels|travel|came|comes|went|goes|headed|heads|arrived|arrives|landed|lands|followed|stepped off|(?:was|were|been|being|be|is|are) received|(?:was|were) feted|trips?|took|${PRESENCE_VERB}${PRESENCE_IN}|sent|returned|call(?:ed|s|ing)\s+at|tour(?:ed|s|ing)|spent\s.*\sin)\b`,
  "i",
);

/** What comes before fighting told as over or as a history: "ending decades of", "an end to the". */
const ENDED_FIGHTING =
  /\b(?:end(?:ing|ed|s)?|an end to|halt(?:ing|ed)?|decades? of|years? of|months? of|history of|memories of)\s+(?:[\w-]+\s+){0,2}$/i;

/** A meeting called off: "the visit ... was postponed", "talks were cancelled". */
const CALLED_OFF =
  /^[^.;,]{0,70}?\b(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?(?:postponed|cancell?ed|called off|delayed|put off|scrapped|suspended)\b|^(?:talks|meetings?|consultations|delegations?|visits?)\b[^.;,]{0,70}?\b(?:are|is|were|was)\s+(?:expected|due|scheduled|set|planned|likely)\s+to\b/i;
/** A meeting told as a habit: "have met regularly", "routinely consult". */
const HABIT = /\b(?:regularly|routinely|periodically|annually)\b/i;
/**
 * A charge that stands at the writing: "has long accused", "have always accused", "accuses",
 * "continues to accuse" (not "had long accused": it stood before the story's time).
 */
function standingCharge(verb: string, before: string): boolean {
  return (
    (LONG_HABIT.test(before) && !/\bhad\s+\S+\s+(?:\w+ly\s+)?$/i.test(before)) ||
    /^accuses$/i.test(verb) ||
    /\bcontinues?\s+to\s+$/i.test(before)
  );
}

/** "had long skipped", "has long opposed": what was done for years, not once. */
const LONG_HABIT = /\b(?:had|has|have)\s+(?:long|always|for years)\s+(?:\w+ly\s+)?$/i;

/**
 * A verb in the potential mood or an infinitive of purpose ("could attack", "ready to
 * cooperate", "an office to discuss"): not a deed done. "decided to" and "began to" report one,
 * and so does "voted on 16 September to".
 */
const UNREALIZED = {
  test: (before: string) =>
    MODAL.test(before) || INFINITIVE.test(before) || PROPOSED.test(before) || TALKS_AHEAD.test(before),
};
/**
 * Talks someone is to hold, before their word: "asked Senegal's president to lead ", "offered
 * to host " (not "went on to hold": held).
 */
const TALKS_AHEAD =
  /(?<!\b(?:went on|proceeded|managed|had|decided|began|started)\s)\bto\s+(?:lead|hold|host|open|start|begin|launch|broker|resume|convene|arrange|chair)\s+(?:[\w-]+\s+)?$/i;
/** A verb joined by "and" to one a request or plan asks for: "urged A to halt X and withdraw". */
const ASKED_TOO =
  /\b(?:urg\w*|ask\w*|call\w* on|press\w*|demand\w*|want\w*|plan\w*|intend\w*|hop\w*)\b[^.;]{0,60}?\bto\s+[a-z]+\b[^.;,]{0,50}\band\s+$/i;

/** "proposed a meeting", "called for talks": a deed asked for, not done ("the proposal was rejected" is done). */
const PROPOSED =
  /\b(?:propos\w*|suggest\w*|call(?:ed|s|ing)? for|push(?:ed|es|ing)? for|plan(?:ned|s|ning)?)\s+(?:an?\s+|the\s+|new\s+|further\s+|more\s+)*(?:(?!(?:was|were|is|are|has|had|been)\s)[\w-]+\s+)?$/i;
/** Aid a visitor brought, up to its word: "with a pledge of $1 billion in ". */
const PLEDGE_BROUGHT = /\bwith\s+(?:an?\s+)?(?:pledges?|promises?|offers?|package)\s+of\s+[^.;]{0,40}$/i;
/** "used a news conference to ": what a deed done was used for, done too. */
const USED_TO = /\b(?:used|uses)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){1,6}?to\s+$/i;
/** "became the first Indian prime minister to", "was the only leader to": the deed after it was done. */
const FIRST_TO =
  /\b(?:became|becomes|was|were|is|are)\s+(?:the\s+)?(?:first|second|third|last|only)\s+(?:\S+\s+){0,4}?to\s+$/i;
/** Lower case only: "In May 2016" is a month. */
const MODAL = /\b(?:might|may|could|would|should|can|will|shall)\s+(?:not\s+)?(?:\w+\s+){0,2}$/;
const INFINITIVE =
  /(?<!\b(?:decided|began|begins|started|starts|continued|continues|continue|moved|voted|went on|proceeded|agreed|pledged|promised|offered|quick|swift|rushed|hastened|managed|had)\s(?:(?:on|in)\s+[\w.,' -]{1,22}?\s)?)(?<!\b(?:prompting|prompted|forcing|forced|compelling|compelled|leading)\s+(?:\S+\s+){0,3})(?<!\b(?:became|become|becomes|was|were|is)\s+the\s+(?:first|second|third|last|only)\s+(?:[\w-]+\s+){0,2})\bto\s+(?:\w+ly\s+)?$/i;

/**
 * An assault told as a bare noun after an article ("an attack on Belarus", "the invasion of
 * Ukraine"): no doer is named; or one that was stopped ("halted the fighting"). A doer's
 * possessive ("Russia's invasion", "its offensive") is no article, and fights "between" two
 * sides name both.
 */
function unmadeAssault(text: string, at: number, endOfVerb: number): boolean {
  // ("the Tajik side and returned fire": a verb, whatever article came before.)
  if (/^(?:returned|came)\s/i.test(text.slice(at, endOfVerb))) return false;
  // ("a Turkish jet shot down a Russian bomber", "a missile brought down a helicopter": a verb in
  // the past, its subject's article before.)
  if (
    /^(?:\w+ed|shot (?:down|dead)|gunned down|put down|struck|brought down)\b(?!\s+(?:by|in|on|at)\b)/i.test(
      text.slice(at, endOfVerb + 4),
    )
  )
    return false;
  const before = text.slice(Math.max(0, at - 30), at);
  // ("a Russian jet was shot down by Turkey": a verb in the passive, whatever article came before.)
  if (/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(before)) return false;
  if (
    /\b(?:halt(?:ed|s|ing)?|end(?:ed|s|ing)?|stop(?:ped|s|ping)?|to end)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
      before,
    )
  )
    return true;
  const article = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.exec(before);
  return (
    article !== null &&
    // ("the American and British invasion of Iraq": doers named by their adjectives, blanked,
    // between the article and the word.)
    !/^(?:an?|the)(?=[\s,]*\s{4})\s+(?:(?:,|and)\s+)*$/i.test(before.slice(article.index)) &&
    // "fought a deadly clash", "launched an offensive": a deed done, with its doers before it.
    !/\b(?:fought|launched|waged|staged|mounted|carried out|began|started|opened)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(
      before,
    ) &&
    !/^(?:\s+[\w-]+){0,6}?\s+between\b/i.test(text.slice(endOfVerb, endOfVerb + 60)) &&
    // ("the invasion of Peru by Chile": the doer after "by", the blanked name of the one hit before.)
    !/^\s+of\s+(?:the\s+)?\s{3,}by\s{3}/.test(text.slice(endOfVerb, endOfVerb + 60))
  );
}

/**
 * "on the Kyrgyz-Tajik border", "along the Armenian–Azerbaijani frontier": the two states whose
 * border a fight right after the verb was on.
 */
/**
 * "Chile-Peru summit", "Chinese-Russian talks": two actors joined by a hyphen right before the
 * word at `at` (not a body they name, "the NATO-Ukraine Council met"). A side may be a group
 * on one span ("the Russia-Central Asia summit": the region's states).
 */
function hyphenPair(
  s: SentenceView,
  actors: readonly Mention[],
  at: number,
): [Mention[], Mention[]] | undefined {
  const b = actors.findLast((x) => local(s, x) < at);
  const a = b && actors.findLast((x) => local(s, x) < local(s, b));
  if (a === undefined || b === undefined || a.actor === b.actor) return undefined;
  if (!joinedByHyphen(s, a, b) || !/^\s+(?:[a-z-]+\s+)?$/.test(s.text.slice(local(s, b) + b.text.length, at)))
    return undefined;
  const side = (x: Mention) => actors.filter((y) => y.start === x.start && y.end === x.end);
  return [side(a), side(b)];
}

/** Whether two mentions are written as one word joined by a hyphen or dash: "Kyrgyz-Tajik", "Chile-Peru". */
function joinedByHyphen(s: SentenceView, a: Mention, b: Mention): boolean {
  return /^\s*[-–]\s*$/.test(s.text.slice(local(s, a) + a.text.length, local(s, b)));
}

function borderSides(
  s: SentenceView,
  actors: readonly Mention[],
  endOfVerb: number,
): [Mention, Mention] | undefined {
  const [a, b] = actors.filter((x) => local(s, x) >= endOfVerb);
  if (a === undefined || b === undefined || a.actor === b.actor) return undefined;
  const bEnd = local(s, b) + b.text.length;
  return /^\s*(?:[\w-]+\s+){0,4}?(?:on|along|across|at|near)\s+(?:the|their)\s+$/i.test(
    s.text.slice(endOfVerb, local(s, a)),
  ) &&
    joinedByHyphen(s, a, b) &&
    /^\s+(?:state\s+)?(?:border|frontier|boundary)\b/i.test(s.text.slice(bEnd, bEnd + 24))
    ? [a, b]
    : undefined;
}

/**
 * The first state named from `from` to `to` (after a verb, in its clause) that is none of the
 * doers and passes `fits`: where aid is spent, where an attacked place stands.
 */
function stateInClause(
  s: SentenceView,
  from: number,
  to: number,
  doers: readonly Mention[],
  fits: (m: Mention) => boolean,
): Mention | undefined {
  return s.mentions.find(
    (x) =>
      x.kind === "state" &&
      local(s, x) >= from &&
      local(s, x) < to &&
      !doers.some((y) => y.actor === x.actor) &&
      fits(x),
  );
}

/** Between an attack's verb and the state its object stands in: " the television tower in ". */
const OBJECT_IN_PLACE = /^\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){1,4}(?:in|near|outside)\s+(?:the\s+)?$/;

/** A verb of giving, in the words from an aid's giver to its noun: "offered a loan", "agreed to pay out". */
const GIVING_VERB =
  /\b(?:offer|pledg|promis|announc|grant|lent|lend|extend|provid|approv|gave|give|agreed\s+to|put)\w*\s/i;

/** The other side of a meeting's two, when `actor` is one of them. */
function otherSide(pair: readonly string[] | undefined, actor: string): string | undefined {
  return pair?.includes(actor) ? pair.find((x) => x !== actor) : undefined;
}

/** Between a threat's verb and the state force would be used in: " military intervention in ". */
const FORCE_IN_PLACE =
  /^\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:intervention|action|strikes?|force|attacks?|invasion|war)\s+(?:in|on|against)\s+(?:the\s+)?$/i;

/** "allowed Russian forces to use its territory to invade": permitted, and done. */
const PERMITTED =
  /\b(?:allowed|permitted|let|enabled|forced|helped)\b(?:\s+[\w'’-]+){0,8}\s+to\s+(?:\w+\s+){0,4}$/i;
/** The verb of letting itself, the first in the window (see PERMITTED). */
const PERMIT_VERB = /\b(?:allowed|permitted|let|enabled)\b/i;

/** A state's leader: "[Uzbekistan]'s president". */
/** After a state's adjective, its leader by office: "the Russian president", "the Turkish leader". */
const LEADER_OF_STATE = /^\s+(?:president|leader|prime minister|premier|chancellor|foreign minister)\b/i;

const LEADER_AFTER =
  /^['’]s\s+(?:\w+\s+)?(?:president|leader|prime minister|premier|chancellor|king|foreign minister)\b/i;

/** After whom a message went to: "[sent Tokayev] a message on Friday [praising]". */
const SENT_A_MESSAGE =
  /^(?:['’]s\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:message|letter|telegram|note|cable)\b[^,;.]{0,30}?\s+$/i;
/** Between the sender and whom the message went to: "Xi [sent] Tokayev". */
const SENDS = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:sent|wrote|addressed|handed)\s+(?:to\s+)?$/i;

/** "each government blamed the other": each of two sides acts on the other. */
const EACH_SIDE =
  /\beach\s+(?:side|government|country|capital|state|army|party|leader|president)\s+(?:\w+\s+)?$/i;
const THE_OTHER =
  /^\s+(?:\w+\s+)?the other\b(?!\s+(?:\w+\s+)?(?:countries|states|members|side['’]s\s+allies))/i;

/** What follows an invasion with no object: a date, a place, a clause's end. */
const INVADED_WITH_NO_OBJECT =
  /^\s*(?:[,.;)]|$|(?:on|in|at|from|last|that|this|with|and|when|after|before)\b)/i;

/** An object right after "fought": "the Houthi movement", "Hamas" (a name the reader does not know). */
const FOE_NAMED = /^\s+(?:(?:the|its|their)\s+(?!(?:two|three|other|war|border)\b)|\p{Lu})/u;

/** "accused each other", "met one another": the act goes both ways between the subjects. */
const RECIPROCAL =
  /^\s+(?:\w+\s+)?(?:each other|one another)\b|^\s+the other(?:\s+(?:side|government|country|capital|party))?(?=\s*[,.;]|\s+(?:for|of|over|in|on|at|with|after|before|since|by|as)\b)/i;

/** A setting between a clause's ", and" and its verb: "in a speech to the leaders ". */
const SETTING = String.raw`(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){1,5}?`;
/** Only such a setting. */
const SETTING_THEN_VERB = new RegExp(String.raw`^\s*${SETTING}$`, "i");

/** Whether a verb at `at` follows "and" or "then" (AND_VERB), tested only when one of the two is near. */
function andVerbBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const and = text.lastIndexOf("and", at);
  const then = text.lastIndexOf("then", at);
  return (and >= from || then >= from) && AND_VERB.test(text.slice(from, at));
}

/** ", a move B denounced": the deed the main clause told, named as a noun before the one judging it. */
const DEED_NOUN_BEFORE =
  /,\s*(?:a|the|this|that)\s+(?:\w+\s+)?(?:move|decision|step|measure|action|policy|remark|statement|plan|demand|proposal)s?\s+(?:that\s+|which\s+)?(?:the\s+)?$/i;

/**
 * A verb right after "and" or "then", with no subject of its own between ("condemned the
 * diversion and agreed to bar Belarusian airlines": a deed of its own).
 */
const AND_VERB = new RegExp(
  String.raw`(?:,?\s+and|\s+then|,?\s+and then)\s+(?:${SETTING})?(?:(?:also|later|then|soon|has|have|had|repeatedly|again|since|publicly|openly|formally)\s+){0,3}(?:(?:expressed|voiced|declared|pledged|offered|showed|gave|held)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:full\s+|strong\s+)?|(?:agreed|decided|moved|voted|promised|resolved)\s+to\s+)?$`,
  "i",
);

/** A mention inside an apposition that closes before `at`: ", a NATO member since 1952,". */
function inApposition(s: SentenceView, m: Mention, at: number): boolean {
  const start = local(s, m);
  const opening = /,\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$/i.exec(
    s.text.slice(Math.max(0, start - 30), start),
  );
  if (opening && /^[^,;]{0,40},/.test(s.text.slice(start + m.text.length, at))) {
    // ("Rospotrebnadzor, the Russian consumer watchdog, banned": an apposition to a subject the
    // gazetteer does not know tells whose it is.)
    const comma = Math.max(0, start - 30) + opening.index;
    const clause = Math.max(s.text.lastIndexOf(":", comma), s.text.lastIndexOf(";", comma), 0);
    const known = s.mentions.some((x) => local(s, x) >= clause && local(s, x) < comma);
    if (known || !/^[:;\s]*\p{Lu}[\p{L}-]+$/u.test(s.text.slice(clause, comma))) return true;
  }
  // "Uzbekistan, which joined the CSTO in 2006, expelled ...": inside a relative clause that
  // closes before the verb.
  const open = s.text.lastIndexOf(",", start);
  if (
    open >= 0 &&
    start - open <= 60 &&
    /^,\s*(?:which|who|whose)\s/i.test(s.text.slice(open, open + 10)) &&
    /^[^,;]{0,60},/.test(s.text.slice(start + m.text.length, at))
  )
    return true;
  // "Germany and France, wary of provoking Moscow, blocked ...": inside an aside that opens
  // right after the subject and closes right before the verb.
  const close = s.text.indexOf(",", start + m.text.length);
  return (
    open >= 0 &&
    close >= 0 &&
    close < at &&
    start - open <= 60 &&
    !/[,;]/.test(s.text.slice(open + 1, start)) &&
    /^,\s*(?:\w+\s+)?$/.test(s.text.slice(close, at)) &&
    s.mentions.some((x) => x !== m && local(s, x) + x.text.length === open) &&
    // ("Britain, France and Germany went further, accusing ...": a list the subject goes on
    // with, closed by "and" before a name and then a verb of its own, is no aside.)
    !s.mentions.some(
      (y) =>
        local(s, y) > open &&
        local(s, y) < close &&
        /\band\s+(?:the\s+)?$/.test(s.text.slice(Math.max(open, local(s, y) - 10), local(s, y))) &&
        /\w/.test(s.text.slice(local(s, y) + y.text.length, close)),
    )
  );
}

/** Before an attack a pact guards against: "defend each other against outside", "should the other come under armed". */
const GUARDED_ATTACK =
  /\b(?:each other|one another)\b[^.;]{0,30}\bagainst\s+(?:an?\s+)?(?:[\w-]+\s+)?$|\bagainst\s+(?:an?\s+|any\s+)?(?:outside|external|possible|future)\s+$|\b(?:should|if|in case|in the event)\b[^.;]{0,50}\bunder\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i;

/** A pronoun right after a verb, its object: "accusing it of ...". */
const OBJECT_PRONOUN = /^\s+(?:it|them|him|her)\b/i;

/** A preposition before a mention: the mention is no subject ("talks with Russia", "aid to Kyrgyzstan"). */
const GOVERNED =
  /\b(?:from|by|to|for|against|with|(?<!\b(?:fighters|forces|troops|soldiers|militants|members|units|leaders?|presidents?|heads?)\s+)of|on|into|over)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;

/**
 * A verb that shares the clause's subject ("Tashkent expelled US troops and improved ties
 * with Beijing"): after "and" or "then", when the mention just before it is the object of
 * an earlier verb. The subject is the clause's first actor that no preposition governs.
 */
function sharedSubject(
  s: SentenceView,
  text: string,
  actors: readonly Mention[],
  before: Mention | undefined,
  from: number,
  at: number,
  participle = false,
  objectOfVerb = false,
): Mention[] | undefined {
  if (!before || !(participle || andVerbBefore(text, at))) return undefined;
  // "A and B improved ties": the mention right before the "and" is the subject's own.
  // ("turned to Putin and demanded": one governed by a preposition is the first verb's object;
  // "received Lukashenko and lent him": so is one a verb before took for its object.)
  if (
    !participle &&
    !(objectOfVerb && /^\s+and\s+$/.test(s.text.slice(local(s, before) + before.text.length, at))) &&
    !/^\S*\s+\S+\s+\S/.test(s.text.slice(local(s, before) + before.text.length, at)) &&
    !GOVERNED.test(s.text.slice(Math.max(0, local(s, before) - 24), local(s, before)))
  )
    return undefined;
  const subject = actors.find(
    (x) =>
      local(s, x) >= from &&
      local(s, x) < local(s, before) &&
      !isPlace(s, x) &&
      !GOVERNED.test(s.text.slice(Math.max(0, local(s, x) - 24), local(s, x))),
  );
  if (!subject) return undefined;
  // ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Doha, accusing it ...": the
  // clause may have been taken to open at a comma of the subject's own list.)
  const listed: Mention[] = [];
  for (let i = actors.indexOf(subject) - 1, next = subject; i >= 0; i--) {
    const x = actors[i] as Mention;
    const gap = s.text.slice(local(s, x) + x.text.length, local(s, next));
    if (!/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(gap)) break;
    listed.unshift(x);
    next = x;
  }
  return [...listed, ...coordinated(s, actors, subject, 1)];
}

/** "X said that Y had attacked": a hostile deed one side reports of another is its accusation. */
const REPORTED =
  /\b(?:said|says|claimed|claims|alleged|alleges|charged|insisted|maintained|reported)\b(?:\s+[\w,]+){0,4}?\s+that\s+$/i;
const HOSTILE = new Set<EventType>(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"]);

/**
 * "A ceasefire between A and B took hold", "A ceasefire took effect that evening" after their
 * fighting: the two sides agreed to it. Only when the sentence names no one else as its party
 * ("a ceasefire negotiated by Sarkozy" is still theirs; "A and B signed a ceasefire" is read
 * as the agreement it is).
 */
function ceasefireAgreed(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = CEASEFIRE_HELD.exec(s.text);
  if (!m) return [];
  const states = s.mentions.filter((x) => x.kind === "state" && !isPlace(s, x));
  const between = states.find((x) =>
    /\bbetween\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, local(s, x) - 12), local(s, x))),
  );
  // ("between Kyrgyzstan and Tajikistan", "between the two sides": the one after "and", or the
  // other that the same phrase stands for.)
  const second = between
    ? states.find(
        (x) =>
          x.actor !== between.actor &&
          ((x.start === between.start && x.end === between.end) ||
            (local(s, x) > local(s, between) &&
              /^\s+and\s+(?:the\s+)?$/i.test(
                s.text.slice(local(s, between) + between.text.length, local(s, x)),
              ))),
      )
    : undefined;
  // ("between the two sides", after their fighting: its sides, whatever group the phrase found.)
  const theTwo = /\bbetween\s+(?:the\s+two|both)\b/i.test(s.text) ? ctx.recentFight : undefined;
  const sides: readonly [string, string] | undefined =
    (theTwo ?? (between && second))
      ? (theTwo ?? [between?.actor ?? "", second?.actor ?? ""])
      : states.length === 0
        ? ctx.recentFight
        : undefined;
  const date = dateNear(s, m.index) ?? ctx.narrativeDate ?? null;
  if (!sides || !date) return [];
  return eventPair("AGREE", sides[0], sides[1], date);
}

export const CEASEFIRE_HELD =
  /\b(?:ceasefire|truce)\b(?=[^.;]{0,80}?\b(?:took hold|took effect|came into force|was agreed|(?:was\s+)?announced|(?:was\s+)?declared|was reached)\b)/i;

/**
 * "SCO leaders agreed to launch the accession procedure for India and Pakistan", "Leaders
 * approve the launch of Iran's accession": the organization agrees to take the state in
 * (its joining comes later, and is a membership of its own).
 */
function accessionStarted(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = ACCESSION_STARTED_WORD.test(s.text) ? ACCESSION_STARTED.exec(s.text) : null;
  if (!m) return [];
  const org = s.mentions.find(isOrg)?.actor ?? impliedOrganization(ctx);
  const date = dateNear(s, m.index) ?? ctx.narrativeDate ?? null;
  if (!org || !date) return [];
  // The states it names, or right after it ("for India and Pakistan"), not one a later clause names.
  const end = m.index + m[0].length;
  const first = s.mentions.find(
    (x) =>
      x.kind === "state" &&
      local(s, x) >= m.index - 12 &&
      (local(s, x) < end ||
        /^\s+(?:(?:for|of|admitting)\s+(?:the\s+)?)?$/i.test(s.text.slice(end, local(s, x)))) &&
      !isPlace(s, x) &&
      x.actor !== org,
  );
  const states = first
    ? coordinated(
        s,
        s.mentions.filter((x) => x.kind === "state"),
        first,
        1,
      )
    : [];
  return uniqueActors(states).flatMap((state) => eventPair("AGREE", org, state, date));
}

/** The words ACCESSION_STARTED cannot match without ("process", "procedure", "accession"), tested first. */
const ACCESSION_STARTED_WORD = /proce(?:ss|dure)|accession/i;
const ACCESSION_STARTED =
  /\b(?:launch\w*|start\w*|open\w*|begin\w*|began|initiat\w*)\s+(?:the\s+)?(?:(?:formal\s+)?(?:accession|admission|membership)\s+(?:procedures?|process)|procedures?\s+for\s+admitting)\b|\blaunch\s+of\s+\S+\s+accession\b|\b(?:accession|admission)\s+(?:procedure|process)\s+for\s+[^.;]{1,40}?\s+(?:is|was|were|has been)\s+(?:opened|launched|started)\b/i;

/**
 * "Kyrgyzstan did the same", "Minsk followed suit", "The EU followed on 20 October": the deed
 * just told, done again by another.
 */
const SAME_DEED = /\b(?:did|does|do|done)\s+(?:the\s+same|likewise)\b|\bfollow(?:ed|s)?\s+suit\b/i;
/** A word SAME_DEED cannot match without, tested first: its verbs are common, its objects rare. */
const SAME_DEED_WORD = /same|likewise|suit/i;
/** "followed" before a date or at a sentence's end (a date's month in capitals, so no /i). */
const FOLLOWED_ON = /\bfollowed\b(?=\s+(?:on|in|last|that|this)\s+(?:\d|[A-Z]|week|month|year|day)|\s*[.;])/;

/**
 * "Astana struck the Taliban off its list in 2023. Kyrgyzstan did the same in September
 * 2024": the last event the sentence before told, of the same type and at the same target, by
 * the one named last before the words, on this sentence's date (else the story's).
 */
function sameDeed(s: SentenceView, ctx: ReadingContext): Found[] {
  const m = (SAME_DEED_WORD.test(s.text) ? SAME_DEED.exec(s.text) : null) ?? FOLLOWED_ON.exec(s.text);
  if (!m) return [];
  const subject = s.mentions.findLast((x) => local(s, x) < m.index);
  if (!subject) return [];
  // ("The EU followed on 20 October", "EU listings followed": the one that followed stands right
  // before the word; not "No deal on Ukraine has followed".)
  if (
    /^followed$/i.test(m[0]) &&
    !/^(?:['’]s)?\s+(?:(?!(?:has|have|had|was|were|is|are)\b)[\w-]+\s+)?$/i.test(
      s.text.slice(local(s, subject) + subject.text.length, m.index),
    )
  )
    return [];
  const deed = (ctx.previousClaims ?? []).findLast(
    (c) => c.kind === "event" && c.source !== subject.actor && c.target !== subject.actor,
  );
  if (deed?.kind !== "event") return [];
  // ("did the same in September 2024": its own date, else the story's.)
  const date = dateNear(s, m.index) ?? ctx.narrativeDate ?? null;
  if (!date) return [];
  return eventPair(deed.type, subject.actor, deed.target, date);
}

/** "Further meetings followed on 22 February and 28 May", "Another round of talks came in March". */
export const FURTHER_MEETINGS =
  /\b(?:[Ff]urther|[Aa]nother|[Mm]ore|[Aa] (?:second|third|further))\s+(?:[\w-]+\s+){0,2}(?:meetings?|talks|summits?|(?:phone\s+|tele)?calls?|visits?)\s+(?:followed|came|took place|(?:was|were)\s+held)\b/;

/**
 * "Lukashenko met Putin in Sochi. Further meetings followed on 22 February and 28-29 May": a
 * meeting of the two who met in the sentence before (and named no one since), one at each
 * date the sentence gives after the words.
 */
function furtherMeetings(s: SentenceView, ctx: ReadingContext): Found[] {
  const pair = ctx.previousMeeting;
  if (pair === undefined || s.mentions.some((x) => !isPlace(s, x))) return [];
  const m = FURTHER_MEETINGS.exec(s.text);
  if (!m) return [];
  return s.dates
    .filter((d) => d.start - s.start > m.index)
    .flatMap((d) =>
      eventPair("CONSULT", pair[0], pair[1], { date: d.date, ...(d.end ? { end: d.end } : {}) }),
    );
}

export function eventClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const read = SUMMIT_PRESENCE_WORD.test(s.text)
    ? [...eventsTold(s, ctx), ...summitPresence(s, ctx)]
    : eventsTold(s, ctx);
  const told = s.text.includes("sanctions") ? [...read, ...sanctionsImposedBy(s, ctx)] : read;
  const found = s.text.includes("failed") ? [...told, ...failuresCharged(s, ctx, told)] : told;
  const withTalks = AFTER_TALKS_WORD.test(s.text) ? [...found, ...talksBefore(s, found)] : found;
  const withAgain = s.text.includes("again") ? [...withTalks, ...doneAgain(s, ctx, withTalks)] : withTalks;
  const withSecond = MET_AND_ON_WORD.test(s.text) ? [...withAgain, ...metAndOn(s, withAgain)] : withAgain;
  const withHost = s.text.includes(" by ") ? [...withSecond, ...talksHostedBy(s, withSecond)] : withSecond;
  const withCrowd = EMBASSY_WORD.test(s.text)
    ? [...withHost, ...embassyProtests(s, ctx, withHost)]
    : withHost;
  const withSince =
    s.text.includes("since") && FIRST_MEETING_WORD.test(s.text)
      ? [...withCrowd, ...lastMetSince(s, ctx, withCrowd)]
      : withCrowd;
  const withSwitch = s.text.includes("recogni")
    ? [...withSince, ...recognitionSwitched(s, ctx, withSince)]
    : withSince;
  const withPurpose = MEETING_PURPOSE_WORD.test(s.text)
    ? [...withSwitch, ...purposeOfMeeting(s, withSwitch)]
    : withSwitch;
  const withDeclined = DECLINED_WORD.test(s.text)
    ? [...withPurpose, ...offerDeclined(s, withPurpose)]
    : withPurpose;
  const withExpelled = EXPELLED_WORD.test(s.text)
    ? [...withDeclined, ...expelledFrom(s, ctx, withDeclined)]
    : withDeclined;
  // (An agreement sealed at the meeting told: the events' pattern runs after the agreements'.)
  return [...withExpelled, ...visitAgreements(s, ctx, withExpelled)];
}

const EXPELLED_WORD = /\bexpelled\b|\bnon grat/;
/** A passive expulsion: " are expelled", " were declared persona non grata". */
const EXPELLED_PASSIVE =
  /\b(?:are|were|was|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?(?:expelled|declared\s+personae?\s+non\s+gratae?)\b/g;

/**
 * "Pakistani military advisers in New Delhi are expelled": a passive expulsion of the people of
 * the state named before the verb, by the state whose capital they were in, at the date of its
 * clause or the story's; unless the sentence told that coercion already.
 */
function expelledFrom(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(EXPELLED_PASSIVE)) {
    const before = s.mentions.filter(
      (x) => x.kind === "state" && local(s, x) < m.index && m.index - local(s, x) < 60,
    );
    const expelled = before.find((x) => !isPlace(s, x));
    const by = before.find((x) => x !== expelled && isPlace(s, x));
    if (expelled === undefined || by === undefined || by.actor === expelled.actor) continue;
    if (
      found.some(
        (f) => f.claim.kind === "event" && f.claim.type === "COERCE" && f.claim.target === expelled.actor,
      )
    )
      continue;
    // (A date of its own clause, else the story's: not "the treaty, signed in 1960, is held in
    // abeyance; advisers are expelled".)
    const clauseStart = s.text.lastIndexOf(";", m.index) + 1;
    const own = s.dates.findLast((d) => d.start - s.start >= clauseStart && d.start - s.start < m.index);
    out.push(...eventPair("COERCE", by.actor, expelled.actor, own ?? ctx.narrativeDate ?? null));
  }
  return out;
}

const DECLINED_WORD = /\b(?:declined|refused)\b/;
/** An offer, a proposal or an invitation: "offered to buy", "proposed", "invited". */
const OFFERED = /\b(?:offered|proposed|suggested|invited)\b/g;
/** A refusal closing its clause, with no object: "; Copenhagen declined.", ", but Lima refused". */
const DECLINED_CLOSING = /\b(?:declined|refused)(?=\s*(?:[.;]|$))/g;

/**
 * "In 1946 Washington offered to buy the island; Copenhagen declined.": a refusal with no object,
 * after an offer in the same sentence, rejects the one who made it, at the date of the sentence;
 * unless the sentence told a rejection by the same state already.
 */
function offerDeclined(s: SentenceView, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  const states = s.mentions.filter(
    (x) => (x.kind === "state" && !isPlace(s, x)) || x.kind === "person" || isOrg(x),
  );
  for (const m of s.text.matchAll(DECLINED_CLOSING)) {
    // The refuser: an actor right before the verb ("Copenhagen declined", "but Lima flatly refused").
    const refuser = states.findLast(
      (x) =>
        local(s, x) < m.index &&
        /^\s+(?:\w+ly\s+)?$/.test(s.text.slice(local(s, x) + x.text.length, m.index)),
    );
    if (refuser === undefined) continue;
    let offerer: string | undefined;
    for (const o of s.text.slice(0, local(s, refuser)).matchAll(OFFERED))
      offerer = states.findLast((x) => local(s, x) < o.index && o.index - local(s, x) < 40)?.actor ?? offerer;
    if (offerer === undefined || offerer === refuser.actor) continue;
    if (
      found.some(
        (f) => f.claim.kind === "event" && f.claim.type === "REJECT" && f.claim.source === refuser.actor,
      )
    )
      continue;
    out.push(...eventPair("REJECT", refuser.actor, offerer, dateNear(s, m.index) ?? null));
  }
  return out;
}

/**
 * A visit's or a call's purpose, after it: " to ask him to", " to urge Sogavare not to" (a
 * request), " to show U.S. backing", " to reaffirm American support" (support). Group 1 is a
 * request's verb.
 */
const MEETING_PURPOSE =
  /\bto\s+(?:(ask|urge|press|persuade)|(?:show|reaffirm|express|underline|demonstrate|pledge|signal)\s+(?:[\w.'’-]+\s+){0,2}(?:support|backing|solidarity))\b/i;
const MEETING_PURPOSE_WORD =
  /\bto\s+(?:ask|urge|press|persuade|show|reaffirm|express|underline|demonstrate|pledge|signal)\b/i;

/**
 * "Merkel phoned Putin on 10 November to ask him to use his influence", "Rice arrived in
 * Tbilisi to show U.S. backing": what the visit or the call was for is the visitor's, to the
 * one visited or called, at its date; unless the sentence told that deed already.
 */
function purposeOfMeeting(s: SentenceView, found: readonly Found[]): Found[] {
  const met = found.find((f) => f.claim.kind === "event" && f.claim.type === "CONSULT")?.claim;
  if (met?.kind !== "event" || met.date === null) return [];
  const m = MEETING_PURPOSE.exec(s.text);
  // (After the one met is named: the purpose follows the visit or the call.)
  const visited = s.mentions.find((x) => x.actor === met.target);
  if (!m || visited === undefined || local(s, visited) > m.index) return [];
  const type: EventType = m[1] !== undefined ? "REQUEST" : "SUPPORT";
  if (found.some((f) => f.claim.kind === "event" && f.claim.type === type && f.claim.source === met.source))
    return [];
  return eventPair(type, met.source, met.target, { date: met.date, ...(met.end ? { end: met.end } : {}) });
}

/** After "sanctions", a relative clause naming who imposed them: "(that) the    imposed on". */
const IMPOSED_BY_AFTER =
  /^\s+(?:that\s+|which\s+)?(?:the\s+)?\s{2,}(?:has\s+|had\s+|have\s+)?(?:impos(?:ed|es)|placed|levied|slapped)\s+on\b/i;
/** Those who took up others' sanctions: "aligned itself with the sanctions", "joined the sanctions". */
const TOOK_UP_SANCTIONS =
  /\b(?:align(?:ed|s)\s+(?:itself\s+|themselves\s+)?with|join(?:ed|s)|adopt(?:ed|s)|follow(?:ed|s)|implement(?:ed|s)|appl(?:ied|ies))\s+(?:the\s+)?$/i;

/**
 * "Podgorica aligns itself with the sanctions the EU imposes on Russia": the one the relative
 * clause names imposed them on the one after "on"; the one that took them up sanctions it too.
 */
function sanctionsImposedBy(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  const text = maskMentions(s);
  for (const m of text.matchAll(/\bsanctions\b/gi)) {
    const after = m.index + m[0].length;
    if (!IMPOSED_BY_AFTER.test(text.slice(after))) continue;
    const by = s.mentions.find((x) => local(s, x) > after && !x.pronoun);
    if (!by) continue;
    const on = /^\s+(?:has\s+|had\s+|have\s+)?\S+\s+on\s+(?:the\s+)?/.exec(
      s.text.slice(local(s, by) + by.text.length),
    );
    const from = local(s, by) + by.text.length + (on?.[0].length ?? 0);
    const target = on ? s.mentions.find((x) => local(s, x) === from) : undefined;
    if (!target || target.actor === by.actor) continue;
    const date = dateNear(s, m.index) ?? ctx.narrativeDate ?? null;
    out.push(...eventPair("SANCTION", by.actor, target.actor, date));
    const taker = TOOK_UP_SANCTIONS.test(text.slice(Math.max(0, m.index - 40), m.index))
      ? s.mentions.findLast((x) => x.kind === "state" && local(s, x) < m.index && !isPlace(s, x))
      : undefined;
    if (taker && taker.actor !== target.actor && taker.actor !== by.actor)
      out.push(...eventPair("SANCTION", taker.actor, target.actor, date));
  }
  return out;
}

/** The words embassyProtests needs, tested first. */
const EMBASSY_WORD = /\b(?:embassy|consulate)\b/;
/** A crowd's march up to the embassy's state: "thousands marched on the ", "rallied outside the ". */
const CROWD_AT_EMBASSY =
  /\b(?:rallied|marched|protested|demonstrated|gathered|picketed|massed)\s+(?:outside|at|on|to|in\s+front\s+of|near)\s+(?:the\s+)?/gi;

/**
 * "Thousands marched on the Russian consulate in Gyumri", "Hundreds rallied outside the
 * Russian embassy in Yerevan": the people of the state the mission stands in protest against
 * the state whose mission it is (when the sentence tells no protest of those two already).
 */
function embassyProtests(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(CROWD_AT_EMBASSY)) {
    const end = m.index + m[0].length;
    const owner = s.mentions.find((x) => x.kind === "state" && local(s, x) === end);
    if (!owner) continue;
    const rest = /^\s+(?:embassy|consulate)\s+in\s+/i.exec(s.text.slice(end + owner.text.length));
    if (!rest) continue;
    const at = end + owner.text.length + rest[0].length;
    const host = s.mentions.find((x) => x.kind === "state" && local(s, x) === at);
    if (!host || host.actor === owner.actor) continue;
    const told = (f: Found) =>
      f.claim.kind === "event" &&
      f.claim.type === "PROTEST" &&
      f.claim.source === host.actor &&
      f.claim.target === owner.actor;
    if (found.some(told) || out.some(told)) continue;
    const date = dateNear(s, m.index) ?? ctx.narrativeDate ?? null;
    out.push(...eventPair("PROTEST", host.actor, owner.actor, date));
  }
  return out;
}

/** A meeting and who held it for the others: "talks hosted by", "a meeting brokered by". */
const TALKS_HOSTED_BY =
  /\b(?:talks|meeting|meetings|summit|negotiations|consultations)\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:hosted|brokered|mediated|chaired|convened)\s+by\s+/i;

/** "switched its diplomatic recognition from Taipei to Beijing", "switched recognition to Beijing". */
const RECOGNITION_SWITCHED =
  /\bswitch(?:ed|es|ing)?\s+(?:its|their)?\s*(?:diplomatic\s+)?(?:recognition|allegiance)\s+(?:from\s+(?:the\s+)?(\S[^.;,]{0,30}?)\s+)?to\s+(?:the\s+)?$/i;

/**
 * "Honiara switched its diplomatic recognition from Taipei to Beijing in September 2019": the
 * state that switched broke with the first (a sanction) and took up ties with the second
 * (cooperation), at the date told.
 */
function recognitionSwitched(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const states = s.mentions.filter((x) => x.kind === "state" || x.kind === "person");
  const out: Found[] = [];
  for (const to of states) {
    const m = RECOGNITION_SWITCHED.exec(s.text.slice(Math.max(0, local(s, to) - 110), local(s, to)));
    if (!m) continue;
    const at = local(s, to) - m[0].length;
    const source = states.findLast((x) => local(s, x) < at && x.actor !== to.actor && !isPlace(s, x));
    const from =
      m[1] === undefined ? undefined : states.find((x) => local(s, x) > at && local(s, x) < local(s, to));
    const date = dateNear(s, at) ?? ctx.narrativeDate;
    if (!source || !date) continue;
    const told = (type: EventType, target: string) =>
      found.some(
        (f) =>
          f.claim.kind === "event" &&
          f.claim.type === type &&
          f.claim.source === source.actor &&
          f.claim.target === target,
      );
    if (!told("COOPERATE", to.actor)) out.push(...eventPair("COOPERATE", source.actor, to.actor, date));
    if (from && from.actor !== source.actor && !told("SANCTION", from.actor))
      out.push(...eventPair("SANCTION", source.actor, from.actor, date));
  }
  return out;
}

/**
 * "Pashinyan met Aliyev for talks hosted by German Chancellor Olaf Scholz": the host met each
 * side of each meeting the sentence told, at its date.
 */
function talksHostedBy(s: SentenceView, found: readonly Found[]): Found[] {
  const by = TALKS_HOSTED_BY.exec(s.text);
  if (!by) return [];
  const end = by.index + by[0].length;
  const host = s.mentions.find((x) => local(s, x) >= end && local(s, x) - end <= 50)?.actor;
  if (host === undefined) return [];
  const out: Found[] = [];
  // (Of the meeting at the host's date: "visited Kyiv on 23 August, and in September attended
  // the summit hosted by Biden" tells no meeting of Biden's in Kyiv.)
  const date = dateNear(s, by.index)?.date;
  for (const f of found) {
    const c = f.claim;
    if (c.kind !== "event" || c.type !== "CONSULT" || c.source === host || c.target === host) continue;
    if (date !== undefined && c.date !== date) continue;
    for (const side of [c.source, c.target]) {
      if (out.some((o) => o.claim.kind === "event" && o.claim.target === side)) continue;
      out.push({ claim: { ...c, source: host, target: side }, confidence: 0.45 });
    }
  }
  return out;
}

/** The words metAndOn needs, tested before its expression runs. */
const MET_AND_ON_WORD = /\b(?:met|talked|spoke|conferred)\b/;
/** "met in Sochi in late February and, days after the affair, on 28 May": a second day to a meeting. */
const MET_AND_ON =
  /\b(?:met|talked|spoke|conferred)\b[^.;]{0,80}?\band\b(?:,\s+[^,;.]{1,60},)?\s+(?:again\s+)?(?:(?:in|at)\s+\p{Lu}[\p{L}-]+\s+)?(?:on|in)\s+$/u;

/** A date as written, to see what follows it: "28 May 2021", "late February", "Sept. 9, 2020", "2019". */
const DATE_WRITTEN =
  /^(?:(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+\d{4})?|\d{4})/u;

/**
 * "The pair met in Sochi in late February and, days after the affair, on 28 May 2021": the
 * meetings the sentence told at its first date, again at the second.
 */
function metAndOn(s: SentenceView, found: readonly Found[]): Found[] {
  const met = found.flatMap((f) => (f.claim.kind === "event" && f.claim.type === "CONSULT" ? [f.claim] : []));
  if (met.length === 0) return [];
  for (const d of s.dates) {
    const i = d.start - s.start;
    if (!MET_AND_ON.test(s.text.slice(Math.max(0, i - 160), i))) continue;
    // (Not a clause of its own: "and in September their navies held an exercise".)
    const written = DATE_WRITTEN.exec(s.text.slice(i))?.[0].length ?? 0;
    if (!/^\s*(?:[,.;:)]|$|(?:when|where|to|for|in|at)\b)/.test(s.text.slice(i + written))) continue;
    if (met.some((c) => c.date === d.date)) return [];
    return met.map((c) => ({
      claim: { ...c, date: d.date, ...(d.end ? { end: d.end } : {}) },
      confidence: 0.45,
    }));
  }
  return [];
}

/** The words summitPresence needs, tested before its expressions run. */
const SUMMIT_PRESENCE_WORD = /\b(?:brought|drew)\b/i;
/** "The session brought ": a summit that brought its guests somewhere. */
const SUMMIT_BROUGHT =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:summit|session|meeting|gathering)\s+(?:brought|drew)\s+/gi;

/**
 * "The session brought Putin, Lukashenko and Tokayev to the Armenian capital": those a summit of
 * an organization brought met the organization (one claim each, as for "attended the summit").
 * (Not whoever speaks "at the summit": the gold of the source articles leaves those out.)
 */
function summitPresence(s: SentenceView, ctx: ReadingContext): Found[] {
  const out: Found[] = [];
  for (const m of allMatches(SUMMIT_BROUGHT, s.text)) {
    const start = m.index;
    const from = start + m[0].length;
    // (The guests, up to where they were brought: "to the Armenian capital".)
    const until = /\s(?:to|into|in|at|for)\s/i.exec(s.text.slice(from));
    const to = until ? from + until.index : from;
    const org =
      s.mentions.find((x) => isOrg(x) && local(s, x) >= start && local(s, x) < from)?.actor ??
      summitOrganization(s, ctx) ??
      ctx.recentOrganization;
    if (org === undefined) continue;
    const date = dateNear(s, start) ?? ctx.narrativeDate ?? null;
    const guests = s.mentions.filter(
      (x) =>
        local(s, x) >= from &&
        local(s, x) < to &&
        (x.kind === "person" || x.kind === "state") &&
        !isPlace(s, x),
    );
    for (const actor of uniqueActors(guests))
      if (actor !== org) out.push(...eventPair("CONSULT", actor, org, date));
  }
  return out;
}

/** A speaker's verb before whom it charges: "said", "argued that the", "complained publicly that". */
const CHARGE_SAID =
  /\b(?:said|says|argued|argues|complained|complains|charged|charges|insisted|insists|declared|stated|noted)\s+(?:openly\s+|publicly\s+|bluntly\s+)?(?:that\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+)?$/i;
/** A speaker between commas after whom it charges: ", he argued on 22 February,". */
const SPEAKER_ASIDE =
  /^(?:['’]s)?(?:\s+[\w-]+){0,2},\s+[^,;.]{1,40}?\s(?:said|says|argued|argues|complained|charged|insisted|declared)\b[^,;.]{0,30},/i;
/** After whom a failure is charged to: "had failed to honour", "has failed in its mandate". */
const FAILED_DUTY =
  /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:had|has|have)\s+(?:\w+ly\s+)?failed\s+(?:to\s+(?:honou?r|fulfil|fulfill|carry\s+out|meet|keep|live\s+up\s+to|protect|defend|respond|act|help|come\s+to)|in\s+(?:its|their|his|her)\s+(?:mandate|duty|duties|obligations?|mission))\b/i;

/**
 * "Pashinyan said the CSTO had failed to honour its obligations", "Yerevan said the Russian
 * contingent had failed in its mandate": the speaker accuses the one it says failed.
 */
function failuresCharged(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  // (Dated by a time told before the failure, else by the story: "had failed to act in 2021"
  // dates the failure, not the charge.)
  const chargedOn = (before: number): ClaimDate | null => {
    const d = s.dates.findLast((x) => x.start - s.start < before);
    return d ? { date: d.date, ...(d.end ? { end: d.end } : {}) } : (ctx.narrativeDate ?? null);
  };
  for (const target of s.mentions) {
    const at = local(s, target);
    const end = at + target.text.length;
    // ("The bloc, he argued on 22 February, had failed to honour its obligations": the speaker between commas.)
    const aside = SPEAKER_ASIDE.exec(s.text.slice(end, end + 90));
    if (aside && FAILED_DUTY.test(s.text.slice(end + aside[0].length, end + aside[0].length + 80))) {
      const speaker = s.mentions.find((x) => local(s, x) > end && local(s, x) < end + aside[0].length);
      const date = chargedOn(end + aside[0].length);
      if (speaker && date && speaker.actor !== target.actor)
        out.push(...eventPair("ACCUSE", speaker.actor, target.actor, date));
      continue;
    }
    if (!FAILED_DUTY.test(s.text.slice(end, end + 80))) continue;
    const said = CHARGE_SAID.exec(s.text.slice(Math.max(0, at - 60), at));
    if (!said) continue;
    const saidAt = Math.max(0, at - 60) + said.index;
    const speaker = s.mentions.findLast(
      (x) =>
        local(s, x) < saidAt && x.actor !== target.actor && !/[;.]/.test(s.text.slice(local(s, x), saidAt)),
    );
    const date = chargedOn(end);
    if (!speaker || !date) continue;
    if (
      found.some(
        (f) => f.claim.kind === "event" && f.claim.type === "ACCUSE" && f.claim.source === speaker.actor,
      )
    )
      continue;
    out.push(...eventPair("ACCUSE", speaker.actor, target.actor, date));
  }
  return out;
}

/** The words AFTER_TALKS cannot match without, tested first. */
const AFTER_TALKS_WORD = /^\s*(?:After|Following)\b/;
/** "After talks in Lima in March, ", "Following two days of negotiations, ": an opening clause of talks. */
const AFTER_TALKS =
  /^\s*(?:After|Following)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|meetings?|(?:a\s+)?(?:[\w-]+\s+)?summit)\b[^,;]{0,80},\s+(?:the\s+)?$/;

/**
 * "After talks in Lima in March, Chile and Peru signed a trade deal": the states named together
 * as the main clause's subject held the talks, dated by the opening clause (else the sentence).
 */
function talksBefore(s: SentenceView, found: readonly Found[]): Found[] {
  const states = s.mentions.filter((x) => x.kind === "state" || x.kind === "person");
  const first = states.find((x) => AFTER_TALKS.test(s.text.slice(0, local(s, x))));
  if (!first) return [];
  const [head, ...others] = uniqueActors(coordinated(s, states, first, 1));
  if (head === undefined || others.length === 0) return [];
  const date = s.dates.find((d) => d.start < first.start) ?? s.dates[0];
  if (!date) return [];
  const told = new Set(
    found.flatMap((f) => (f.claim.kind === "event" && f.claim.type === "CONSULT" ? [f.claim.target] : [])),
  );
  return others
    .filter((x) => !told.has(x))
    .flatMap((x) =>
      eventPair("CONSULT", head, x, { date: date.date, ...(date.end ? { end: date.end } : {}) }),
    );
}

/** "and did so again in 2022", "It did the same again in March": a deed repeated by its doer. */
const DONE_AGAIN = /\b(?:did|does|do|has done|had done|have done)\s+(?:so|it|this|that|the same)\s+again\b/i;

/**
 * "Chile first sanctioned Peru in 2015 and did so again in 2022": the deed told last before
 * the words (in the sentence, else the sentence before), again, at the date after the words.
 */
function doneAgain(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const m = DONE_AGAIN.exec(s.text);
  if (!m) return [];
  const end = m.index + m[0].length;
  const date = s.dates.find((d) => d.start - s.start >= end && d.start - s.start - end < 30);
  if (!date) return [];
  const deed =
    found.findLast((f) => f.claim.kind === "event" && f.claim.date !== date.date)?.claim ??
    (ctx.previousClaims ?? []).findLast((c) => c.kind === "event");
  if (deed?.kind !== "event") return [];
  // (Told anew, with the new date's own end, if any: not the first deed's.)
  return eventPair(deed.type, deed.source, deed.target, date);
}

/** The word FIRST_MEETING_SINCE cannot match without, tested first. */
const FIRST_MEETING_WORD = /\bfirst\b/i;
/** "his first trip to Russia since", "their first encounter since Bali in": a meeting counted from the last one. */
const FIRST_MEETING_SINCE =
  /\bfirst\s+(?:[\w'’-]+\s+){0,3}(?:trip|visit|meeting|encounter|talks|summit|call|conversation)\b[^,.;:]{0,40}\bsince\s+(?:\p{Lu}[\p{L}-]+\s+in\s+)?$/iu;

/**
 * "It was their first face-to-face encounter since Bali in November 2022", "his first trip to
 * Russia since June 2019": the two met last at that date. Who: the sentence's first meeting,
 * else the one the sentence before told.
 */
function lastMetSince(s: SentenceView, ctx: ReadingContext, found: readonly Found[]): Found[] {
  const met = found.find((f) => f.claim.kind === "event" && f.claim.type === "CONSULT")?.claim;
  const sides: readonly [string, string] | undefined =
    met?.kind === "event" ? [met.source, met.target] : ctx.previousMeeting;
  if (!sides) return [];
  for (const d of s.dates) {
    const at = d.start - s.start;
    // (A date written out, not "since last summer".)
    if (!/^[\p{Lu}\d]/u.test(s.text.slice(at, at + 1))) continue;
    if (FIRST_MEETING_SINCE.test(s.text.slice(Math.max(0, at - 100), at)))
      return eventPair("CONSULT", sides[0], sides[1], { date: d.date });
  }
  return [];
}

/** The events a sentence tells (see eventClaims), before the meetings it counts from. */
function eventsTold(s: SentenceView, ctx: ReadingContext): Found[] {
  const truce = ctx.recentFight !== undefined || s.mentions.length >= 2 ? ceasefireAgreed(s, ctx) : [];
  const accession = accessionStarted(s, ctx);
  const same = sameDeed(s, ctx);
  if (same.length > 0) return [...same, ...verbEvents(s, ctx)];
  const further = furtherMeetings(s, ctx);
  if (further.length > 0) return further;
  if (truce.length === 0 && accession.length === 0) {
    const told = verbEvents(s, ctx);
    // ("Indian missiles hit Pakistan, Pakistan struck back, and a ceasefire was agreed on 10
    // May": the sides of the fighting the sentence told agreed it, at the date after it.)
    const held =
      s.text.includes("ceasefire") || s.text.includes("truce") ? CEASEFIRE_HELD.exec(s.text) : null;
    const fight = held
      ? told.find(
          (f) => f.claim.kind === "event" && f.claim.type === "ASSAULT" && f.claim.source !== f.claim.target,
        )?.claim
      : undefined;
    if (
      !held ||
      fight?.kind !== "event" ||
      told.some((f) => f.claim.kind === "event" && f.claim.type === "AGREE")
    )
      return told;
    const date =
      s.dates.find((d) => d.start - s.start > held.index && d.start - s.start - held.index <= 80) ??
      dateNear(s, held.index);
    return date ? [...told, ...eventPair("AGREE", fight.source, fight.target, date)] : told;
  }
  // (The organization's leaders who agreed to it agreed nothing else with the states.)
  const rest = verbEvents(s, ctx);
  return [
    ...truce,
    ...accession,
    ...(accession.length > 0
      ? rest.filter((f) => !(f.claim.kind === "event" && f.claim.type === "AGREE"))
      : rest),
  ];
}

/** The events the sentence's verbs tell ("visited", "accused", "signed"), each with its subject and object. */
function verbEvents(s: SentenceView, ctx: ReadingContext): Found[] {
  const bothSides = ctx.previousMeeting !== undefined && (TWO_SIDES.test(s.text) || THEY_AGAIN.test(s.text));
  if (s.mentions.length === 0 && !bothSides) return [];
  const cued = s.eventCues ?? EVENT_TYPE_CUES.present(maskMentions(s));
  // Only "was" or "were": a presence that is a visit needs a person to be present.
  // (Or any that the sentence says was there for a meeting: see FOR_A_MEETING.)
  if (
    cued === PRESENCE_BIT &&
    !s.mentions.some(
      (m) =>
        m.kind === "person" ||
        (m.kind === "state" && OFFICE_AND_NAME_OPENS.test(s.text.slice(local(s, m) + m.text.length))),
    ) &&
    !FOR_MEETING_CUE.test(s.text)
  )
    return [];
  const text = maskMentions(s);
  // The verbs in the order the sentence has them: the first that reads is the main event.
  const verbs: { type: EventType; m: RegExpExecArray }[] = [];
  EVENT_VERBS_ALL.forEach(([type, re], i) => {
    if ((cued & (1 << i)) === 0) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // "NATO ministers, meeting in Brussels, suspended ...": a setting told in passing.
      if (
        type === "CONSULT" &&
        /^meeting$/i.test(m[0]) &&
        /,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
        /^\s+(?:in|at)\s[^,;.]{1,40},/.test(text.slice(m.index + m[0].length))
      )
        continue;
      // ("Primakov sat with Saddam": a meeting with a person; "sat with Russia and China in the
      // SCO": a seat among states.)
      if (type === "CONSULT" && /^sat\s+with$/i.test(m[0])) {
        const next = s.mentions.find((x) => local(s, x) > m.index);
        if (next?.kind !== "person") continue;
      }
      // ("Lula is expected at the climate talks in Egypt later this month": talks still to come.)
      if (type === "CONSULT" && /^(?:talks|summit|visit|trip|meeting)s?$/i.test(m[0])) {
        const next = s.dates.find((d) => d.start - s.start > m.index);
        if (
          next !== undefined &&
          next.start - s.start - m.index < 60 &&
          !/[.;]/.test(s.text.slice(m.index, next.start - s.start)) &&
          stillToCome(s.text, next.start - s.start)
        )
          continue;
      }
      // ("Modi, attending his first summit abroad since May, met Xi": an aside naming no one
      // it was with is no meeting of its own.)
      if (
        type === "CONSULT" &&
        /^attending$/i.test(m[0]) &&
        /,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))
      ) {
        const close = text.indexOf(",", m.index);
        if (
          close > 0 &&
          !s.mentions.some((x) => x.pronoun !== true && local(s, x) > m.index && local(s, x) < close)
        )
          continue;
      }
      // ("the sanctions the EU imposed on Russia": the relative clause tells whose they are; see
      // sanctionsImposedBy.)
      if (
        type === "SANCTION" &&
        /^sanctions$/i.test(m[0]) &&
        IMPOSED_BY_AFTER.test(text.slice(m.index + m[0].length))
      )
        continue;
      // "Russia seized Crimea": a region taken is an assault on its state, like one annexed.
      if (type === "COERCE" && /^seiz/i.test(m[0]) && regionObject(text, m.index + m[0].length) !== undefined)
        verbs.push({ type: "ASSAULT", m });
      else verbs.push({ type, m });
    }
    re.lastIndex = 0;
  });
  if (verbs.length > 1) verbs.sort((a, b) => a.m.index - b.m.index);
  if (verbs.length === 0) return [];
  // Places are where an event happened; the actors are the others.
  // ("the Russian-led bloc declined": the bloc acts, not its leader.)
  // ("Fighting on the Kyrgyz-Tajik border": a border's sides are kept apart, for fights on it.)
  const borderNamed: Mention[] = [];
  const actors = s.mentions.filter((m) => {
    if (!inBorderName(s, m)) return !isPlace(s, m) && !isDeedSetting(s, m) && !leads(s, m) && !leftOut(s, m);
    borderNamed.push(m);
    return false;
  });
  if (actors.length === 0 && !bothSides && borderNamed.length < 2) return [];
  const out: Found[] = [];
  /** Requests and refusals the sentence told with no one they were made of or at. */
  const unanswered: { type: EventType; sources: string[]; date: ClaimDate; at: number }[] = [];
  // A clause after "but", "while" or a semicolon may tell an event of its own, with its own subject.
  const breaks = allMatches(CLAUSE_BREAK, text).map((b) => b.index + b[0].length);
  // (", two days before Russian troops crossed into Ukraine, Aliyev was in the Kremlin": a counted
  // aside's deed ends at its closing comma.)
  const asideEnds =
    text.includes(" before ") || text.includes(" after ")
      ? allMatches(COUNTED_ASIDE_CLOSED, text).map((a) => a.index + a[0].length)
      : [];
  if (asideEnds.length > 0) {
    breaks.push(...asideEnds);
    breaks.sort((a, b) => a - b);
  }
  // "When the EU refused ..., Lukashenko turned to the Kremlin": the main clause after an
  // introductory one is a clause of its own.
  const introduced = INTRODUCTORY_END.exec(text);
  // ("After Peru had promised him a loan, Chile's president announced": not a clause whose "him"
  // is the subject to come.)
  const introducedAt = introduced && !/\b(?:him|her)\b/.test(introduced[0]) ? introduced[0].length : 0;
  if (introducedAt > 0) breaks.push(introducedAt);
  // "Aliyev held talks in Moscow in April, Putin paid a state visit to Baku that August, and
  // ...": a clause joined by a comma alone, with a subject and a verb of its own.
  // ("After Russia had promised him loans, Bakiyev announced ...": not after a clause whose "him"
  // is the subject to come.)
  const spliced: number[] = [];
  for (const x of actors) {
    const a = local(s, x);
    if (
      a > 2 &&
      /,\s*$/.test(text.slice(a - 2, a)) &&
      SPLICED_VERB.test(
        // ("..., Aliyev and Putin signed": a subject of two.)
        s.text
          .slice(a + x.text.length, a + x.text.length + 60)
          .replace(/^\s+and\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+(?=\s)/u, ""),
      ) &&
      !/\b(?:him|her)\b/.test(text.slice(breaks.findLast((b) => b < a) ?? 0, a))
    ) {
      breaks.push(a);
      spliced.push(a);
    }
  }
  if (breaks.length > 1) breaks.sort((a, b) => a - b);
  let clauseFrom = 0;
  /** Where the aside of the last event's participle closed ("Scholz, visiting Vilnius, met"). */
  let asideEnd = -1;
  let asideStart = -1;
  let unrealizedUntil = -1;
  /** Where the noun of the last event ended, when a passive verb follows it (see passiveAfter). */
  let nounSubjectEnd = -1;
  for (const { type, m } of verbs) {
    const at = m.index;
    // ("tore up its military cooperation accords": the cooperation is what was rejected.)
    if (
      type === "COOPERATE" &&
      verbs.some(
        (v) =>
          v.type === "REJECT" &&
          v.m.index < at &&
          at - (v.m.index + v.m[0].length) < 40 &&
          !/[,;]/.test(text.slice(v.m.index, at)),
      )
    )
      continue;
    // "ending three decades of sporadic clashes", "an end to the fighting": fighting told as
    // what is over or as a history, not as a deed.
    if (type === "ASSAULT" && ENDED_FIGHTING.test(text.slice(Math.max(0, at - 40), at))) continue;
    // "did what it had been threatening to do for three years: it imposed sanctions": what was
    // threatened is told by the deed after it, not as a threat of its own.
    if (/\bwhat\s+\w+\s+(?:had|has|have)\s+(?:long\s+)?been\s+$/i.test(text.slice(Math.max(0, at - 40), at)))
      continue;
    // "promised to defend each other against outside attack", "should the other come under armed
    // attack": an attack a pact guards against, not one made.
    if (
      type === "ASSAULT" &&
      /^attack$/i.test(m[0]) &&
      GUARDED_ATTACK.test(text.slice(Math.max(0, at - 70), at))
    )
      continue;
    // ("expelled Russian diplomats, accusing Moscow of ...": a participle shares the subject too.)
    // (A name before the comma is masked: "joined the customs union, abandoning ...".)
    const participle =
      /^\w+ing\b/i.test(m[0]) && /[^\s,;:]\s*,\s+$/.test(text.slice(Math.max(0, at - 40), at));
    // "... expelled US troops and improved ties with Beijing": a verb joined by "and" tells a
    // deed of its own, and so does a participle after a comma ("objected, complaining that ...").
    // (", and lodged protests": a verb after ", and" shares the subject even when the verb before
    // it told no event: "Seoul said a Russian plane had intruded ..., and lodged protests with ...".)
    const andVerb =
      (out.length > 0 || /,\s+and\s+$/.test(text.slice(Math.max(0, at - 8), at))) &&
      (andVerbBefore(text, at) ||
        participle ||
        (type === "CONSULT" && AFTER_MEETING.test(text.slice(Math.max(0, at - 40), at))) ||
        // ("... and issued Tbilisi an ultimatum": a verb of its own with the noun its object.)
        (type === "THREATEN" &&
          /\band\s+(?:issued|gave|handed|delivered|sent|presented)\s+[^.;,]{1,30}?\s+(?:an?\s+)?$/i.test(
            text.slice(Math.max(0, at - 50), at),
          )));
    // "... endorsed the project during his visit to Moscow": a visit told in passing, besides
    // the clause's own deed, by the clause's subject.
    // ("praised X's reforms during a phone call": a call with the one the clause names.)
    const during =
      type === "CONSULT" &&
      /^(?:visit|(?:tele)?phone (?:call|conversation)|talks|meeting)/i.test(m[0]) &&
      (/\bduring\s+(?:his|her|their|its|a|an|the)\s+(?:\w+\s+)?$/i.test(
        text.slice(Math.max(0, at - 30), at),
      ) ||
        // ("apologised to Putin in a telephone call": the call besides the apology.)
        (/^(?:tele)?phone/i.test(m[0]) &&
          /\bin\s+(?:a|an|the)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at))));
    // "each government blamed the other": the last two the sentence named before, each of the
    // other (a subject of its own, whatever clause came before).
    if (
      EACH_SIDE.test(text.slice(Math.max(0, at - 40), at)) &&
      THE_OTHER.test(text.slice(at + m[0].length, at + m[0].length + 20))
    ) {
      const sides = uniqueActors(actors.filter((x) => local(s, x) < at)).slice(-2);
      const [a, b] = sides;
      if (a !== undefined && b !== undefined) {
        const date = dateNear(s, at) ?? ctx.narrativeDate ?? null;
        out.push(...eventPair(type, a, b, date), ...eventPair(type, b, a, date));
        clauseFrom = breaks.find((b) => b > at) ?? Number.POSITIVE_INFINITY;
      }
      continue;
    }
    // ("backed Baku throughout its 44-day offensive against Armenian forces": an assault told
    // in passing, by the one "its" stands for.)
    const offensiveInPassing =
      type === "ASSAULT" &&
      /offensive$/i.test(m[0]) &&
      /\b(?:during|throughout|amid)\s+(?:its|their|\S+['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(
        text.slice(Math.max(0, at - 50), at),
      );
    // ("flew into Tbilisi with a pledge of $1 billion in aid": the trip's own deed.)
    const pledgeBrought = type === "AID" && PLEDGE_BROUGHT.test(text.slice(Math.max(0, at - 60), at));
    if (at < clauseFrom && !andVerb && !during && !offensiveInPassing && !pledgeBrought) continue;
    // ("stood beside Putin at the parade": beside a person, a meeting; beside a state, backing.)
    if (type === "CONSULT" && /^(?:st(?:ood|and)|s(?:at|its|itting) (?:beside|alongside|next))/i.test(m[0])) {
      const beside = s.mentions.find((x) => local(s, x) >= at + m[0].length);
      if (
        beside?.kind !== "person" &&
        !(
          beside &&
          (LEADER_AFTER.test(s.text.slice(local(s, beside) + beside.text.length)) ||
            // ("sat next to Peruvian President Ana Ruiz": a leader named with his state's adjective.)
            TITLE_AFTER_STATE.test(s.text.slice(local(s, beside) + beside.text.length)))
        )
      )
        continue;
    }
    // ("received Lukashenko": a person received is a visit; "received aid" is not.)
    // ("received Iran's Pezeshkian", "received Iran's president": a state's leader is a person.)
    // ("saw Pakistani Prime Minister Shehbaz Sharif": a leader seen is met.)
    if (type === "CONSULT" && /^(?:received|saw)$/i.test(m[0])) {
      const guest = s.mentions.find((x) => local(s, x) >= at + m[0].length);
      if (
        guest?.kind !== "person" &&
        !(
          guest &&
          local(s, guest) - at - m[0].length <= 2 &&
          (LEADER_AFTER.test(s.text.slice(local(s, guest) + guest.text.length)) ||
            TITLE_AFTER_STATE.test(s.text.slice(local(s, guest) + guest.text.length)) ||
            /^['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(s.text.slice(local(s, guest) + guest.text.length)))
        ) &&
        // ("saw the Russian president too": a state's leader named by office.)
        !(
          guest &&
          /^\s+the\s+$/.test(s.text.slice(at + m[0].length, local(s, guest))) &&
          LEADER_OF_STATE.test(s.text.slice(local(s, guest) + guest.text.length))
        )
      )
        continue;
    }
    const endOfVerb = at + m[0].length;
    // Where the verb's clause ends: the next ", but", ", and", ";"...
    const clauseEnd = breaks.find((b) => b > at) ?? Number.POSITIVE_INFINITY;
    // "Turkey, a NATO member since 1952, backed Baku": the subject, not the apposition after it;
    // "Washington's envoy for Afghanistan visited": the envoy's state, not the one of his brief.
    // (Right after a participle's aside, the subject is before the aside: "Scholz, visiting
    // Vilnius, met ...".)
    const afterAside = asideEnd >= 0 && at >= asideEnd && at - asideEnd <= 3;
    const before = actors.findLast(
      (x) =>
        local(s, x) < (afterAside ? asideStart : at) &&
        !inApposition(s, x, at) &&
        !ENVOY_FOR.test(s.text.slice(Math.max(0, local(s, x) - 30), local(s, x))),
    );
    if (
      clauseFrom > 0 &&
      !andVerb &&
      !during &&
      !offensiveInPassing &&
      !pledgeBrought &&
      (!before || local(s, before) < clauseFrom) &&
      // (The main verb right after a participle's aside has the subject before the aside.)
      !(afterAside && clauseFrom === asideEnd) &&
      // (Nor a passive's after the noun that is its subject: "Peru's request was rejected by".)
      clauseFrom !== nounSubjectEnd
    )
      continue;
    // "..., two months after the presidential guard detained Bazoum": a subordinate clause with
    // a subject of its own the reader does not know is no deed of the main clause's subject.
    const subordinate = breaks.findLast((b) => b <= at) ?? -1;
    if (
      before &&
      subordinate > 0 &&
      local(s, before) < subordinate &&
      SUBORDINATE_OPENED.test(text.slice(Math.max(0, subordinate - 12), subordinate)) &&
      OWN_SUBJECT.test(text.slice(subordinate, at))
    )
      continue;
    // "Putin was in Ulaanbaatar": a person's presence in a place named right after is a visit;
    // a state or a deed "in" somewhere is not, nor is being "in a difficult position".
    // ("The presidents of A and B were in Minsk for a summit of the CSTO": anyone's presence
    // at a meeting is a meeting with those it names next.)
    const forMeeting =
      PRESENCE_MATCH.test(m[0]) &&
      before !== undefined &&
      FOR_A_MEETING.test(text.slice(at + m[0].length, at + m[0].length + 90));
    // ("Russian Defence Minister Sergei Shoigu was in Pyongyang": a person the reader does not
    // know, named with his state's adjective and his office, is present too.)
    const presentGap = before ? s.text.slice(local(s, before) + before.text.length, at) : "";
    if (
      PRESENCE_MATCH.test(m[0]) &&
      !forMeeting &&
      (before === undefined ||
        !(before.kind === "person" || (before.kind === "state" && OFFICE_AND_NAME.test(presentGap))) ||
        /^are/i.test(m[0]) ||
        !(/^\s*(?:(?:himself|herself)\s+)?$/.test(presentGap) || OFFICE_AND_NAME.test(presentGap)) ||
        !s.mentions.some(
          (x) =>
            x.kind !== "organization" &&
            (/^\s$/.test(s.text.slice(endOfVerb, local(s, x))) ||
              // ("was in the North Korean capital": a state's capital named by its adjective.)
              (/^\s+the\s+$/i.test(s.text.slice(endOfVerb, local(s, x))) &&
                (/^\s+capital\b/i.test(s.text.slice(local(s, x) + x.text.length)) ||
                  // ("was in the Kremlin": a seat of power named with its article.)
                  /^(?:Kremlin|White House|Elysée|Élysée|Elysee)$/.test(x.text)))),
        ))
    )
      continue;
    // "ignored its appeals": the one who asked is whoever "its" is, not the sentence's subject.
    if (
      type === "REQUEST" &&
      /^(?:appeals?|requests?)$/i.test(m[0]) &&
      /\b(?:its|their|his|her)\s+$/i.test(text.slice(Math.max(0, at - 8), at))
    )
      continue;
    // ("nobody objects", "no one protested": a deed no one did.)
    if (/\b(?:nobody|no\s+one|none)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at))) continue;
    // "pledged to withdraw its troops", "promised to lift the ban": a withdrawal or concession
    // promised is none made.
    if ((type === "RETREAT" || type === "CONCEDE") && PLEDGED_TO.test(text.slice(Math.max(0, at - 30), at)))
      continue;
    // "The last Russian soldiers left Germany in 1994": the end of a presence, told as its base
    // closing (see lastTroopsLeft), not a retreat.
    if (type === "RETREAT" && LAST_OF_TROOPS.test(text) && lastTroopsVerb(text, at)) continue;
    // "did not join the sanctions", "never attacked", "recognises neither A nor B", "without
    // warning": what did not happen is no event.
    if (
      type !== "REJECT" &&
      (NEGATED.test(text.slice(Math.max(0, at - 30), at)) ||
        NO_DEED.test(text.slice(Math.max(0, at - 40), at)) ||
        SINCE_THE.test(text.slice(Math.max(0, at - 50), at)) ||
        /\bwithout\s+$/i.test(text.slice(Math.max(0, at - 10), at)) ||
        /^\s+(?:neither|none of)\b/i.test(text.slice(endOfVerb, endOfVerb + 12)))
    )
      continue;
    // "in response to an attack on X", "a statement that halted the fighting": an assault no
    // one is said to make, or one brought to an end, is no event.
    if (type === "ASSAULT" && unmadeAssault(text, at, endOfVerb)) continue;
    // ("froze 30 million euros of military assistance": aid withheld is no aid.)
    if (type === "AID" && AID_WITHHELD.test(text.slice(Math.max(0, at - 50), at))) continue;
    // "giving Russia an effective veto": a power held, not a refusal made.
    if (
      type === "REJECT" &&
      /^veto$/i.test(m[0]) &&
      /\b(?:an?|the|its|their)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 24), at))
    )
      continue;
    // "might cooperate", "its readiness to cooperate": what may happen, or is meant to, is no event yet.
    // What follows in that clause is part of the plan too ("agreed to open an office to discuss aid").
    // ("urged A to halt the offensive and expressed solidarity with B": a verb in the past
    // after "and" is a deed of its own, not the plan's.)
    if (
      at < unrealizedUntil &&
      !/\band\s+\w+ed\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 40), at))
    )
      continue;
    // "urged Russia to halt the offensive and withdraw its troops": the second verb is asked for too.
    if (
      /\band\s+$/.test(text.slice(Math.max(0, at - 8), at)) &&
      ASKED_TOO.test(text.slice(Math.max(0, at - 120), at))
    )
      continue;
    if (
      UNREALIZED.test(text.slice(Math.max(0, at - 30), at)) &&
      !PERMITTED.test(text.slice(Math.max(0, at - 60), at)) &&
      // ("used a news conference on Wednesday to warn that": the purpose a deed done served.)
      !USED_TO.test(text.slice(Math.max(0, at - 80), at)) &&
      // ("became the first Indian prime minister to visit": a deed done, counted.)
      !FIRST_TO.test(text.slice(Math.max(0, at - 80), at))
    ) {
      unrealizedUntil = clauseEnd;
      continue;
    }
    // "agreed to write off the debt": what was agreed is the event, if its verb follows
    // ("agreed to meet next week" is an agreement: the meeting is still to come).
    if (
      type === "AGREE" &&
      /^\s+to\s/.test(text.slice(endOfVerb, endOfVerb + 4)) &&
      verbs.some(
        (v) =>
          v.m.index > endOfVerb && v.m.index - endOfVerb <= 25 && v.type !== "AGREE" && v.type !== "CONSULT",
      )
    )
      continue;
    if (type === "CONSULT" && /\bagreed\s+to\s+$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
    const told = out.length;
    /** The others of a meeting of three or more, who met each other too. */
    let among: string[] = [];
    // (A verb's match may hold its object: "freed 15 Peruvian detainees".)
    const objectFrom = HOLDS_OBJECT.test(m[0])
      ? at + (/^\S+/.exec(m[0])?.[0].length ?? m[0].length)
      : endOfVerb;
    const after = actors.find((x) => local(s, x) >= objectFrom && x.actor !== before?.actor);
    // "Seoul says the North has supplied shells to Russia": the speaker is not the doer of the
    // deed it reports (unless "it" or "they" did it).
    if (before && REPORTED_BY.test(text.slice(local(s, before) + before.text.length, at))) continue;
    // (Not past the end of an opening clause: "after A received B's minister, C recalled ...".)
    const afterOpening = introducedAt > 0 && before !== undefined && local(s, before) >= introducedAt;
    // (Not one in a counted aside before the subject: "..., two days before troops crossed into
    // Ukraine, Aliyev was in the Kremlin".)
    const asideClosed = before ? asideEnds.findLast((b) => b <= local(s, before)) : undefined;
    let sources = before
      ? coordinated(s, actors, before, -1)
          .filter(
            (x) =>
              (!afterOpening || local(s, x) >= introducedAt) &&
              (asideClosed === undefined || local(s, x) >= asideClosed),
          )
          .sort((a, b) => a.start - b.start)
      : [];
    // "refused to sign, complaining that it did not condemn X": X is no object of the refusal.
    // Nor is one in the next clause ("recognised X's independence, and Georgia broke off ties").
    let targets =
      after &&
      local(s, after) < clauseEnd &&
      !/,\s+\w+ing\b/.test(text.slice(endOfVerb, local(s, after))) &&
      // ("declined to sign it, as did Georgia": those who did the same, not whom it was done to.)
      !/\bas did\s+(?:the\s+)?$/i.test(text.slice(endOfVerb, local(s, after))) &&
      // ("beat demonstrators who disputed the result, which the EU declined to recognise": the
      // subject of a relative clause is no object.)
      !/,\s*(?:which|whom)\s+the\s+$/i.test(text.slice(endOfVerb, local(s, after))) &&
      // ("met in Urumqi to launch a mechanism, a format that bypassed Moscow": nor the object of
      // an apposition's relative clause.)
      !/,\s*(?:an?|the)\s[^,;]*\b(?:that|which|who)\s[^,;]*$/i.test(text.slice(endOfVerb, local(s, after))) &&
      // ("agreed the text of a treaty, in talks where Moscow played little part": nor of one
      // that tells where or when.)
      !/\b(?:where|in which|at which|during which)\s+(?:the\s+)?$/i.test(
        s.text.slice(Math.max(0, local(s, after) - 20), local(s, after)),
      ) &&
      !OF_A_DEED_SINCE.test(s.text.slice(Math.max(0, local(s, after) - 60), local(s, after))) &&
      // ("their first talks since Russia's invasion of X": the deed's doer is no party either.)
      !(
        /\bsince\s+$/i.test(s.text.slice(Math.max(0, local(s, after) - 8), local(s, after))) &&
        /^['’]s\s/.test(s.text.slice(local(s, after) + after.text.length))
      )
        ? // (A list ends where a clause with its own subject begins: "invasion of Ukraine, Aliyev
          // and Putin signed".)
          coordinated(s, actors, after, 1).filter(
            (x) => !spliced.some((b) => b > local(s, after) && local(s, x) >= b),
          )
        : [];
    // ("welcomed the Saudi-Pakistani pact": support for the pair the compound names.)
    if (type === "SUPPORT" && targets.length === 1) {
      const first = targets[0] as Mention;
      const joined = actors.find((x) => local(s, x) === local(s, first) + first.text.length + 1);
      if (
        joined &&
        /^[-–]$/.test(s.text[local(s, first) + first.text.length] ?? "") &&
        joined.actor !== first.actor
      )
        targets = [first, joined];
    }
    // "Sanctions were imposed on Belarus by the EU": a measure told in the passive names whom
    // it hits first and who imposed it after "by".
    // ("The expulsion of Peruvian diplomats by Chile": a deed told as a noun names whom it hit
    // after "of", and who did it after "by".)
    if (
      before === undefined &&
      after !== undefined &&
      (IMPOSED_ON.test(text.slice(endOfVerb, local(s, after))) ||
        (DEED_NOUN.test(m[0]) &&
          /^\s+of\s+(?:the\s+|\w+\s+)?$/i.test(text.slice(endOfVerb, local(s, after)))))
    ) {
      const end = local(s, after) + after.text.length;
      const agent = actors.find(
        (x) =>
          local(s, x) > end && local(s, x) < clauseEnd && AGENT_AFTER.test(s.text.slice(end, local(s, x))),
      );
      if (agent) sources = [agent];
    }
    // "The junta tore up Niger's defence accords with France": the accords bind the one they
    // are of to the one they are with, and the first rejects the second, whoever spoke for it.
    if (type === "REJECT") {
      // ("pulled out of the gas deal with Peru": the verb's own words end with "with".)
      const withAt = /\swith$/i.test(m[0]) ? actors.find((x) => local(s, x) >= endOfVerb) : undefined;
      const partner =
        (withAt && /^\s*(?:the\s+)?$/i.test(text.slice(endOfVerb, local(s, withAt))) ? withAt : undefined) ??
        actors.find(
          (x) =>
            local(s, x) > endOfVerb &&
            local(s, x) < clauseEnd &&
            ACCORDS_WITH.test(text.slice(endOfVerb, local(s, x))),
        );
      const owner =
        partner &&
        actors.find(
          (x) =>
            local(s, x) >= endOfVerb &&
            local(s, x) < local(s, partner) &&
            /^['’]s\s/.test(s.text.slice(local(s, x) + x.text.length)),
        );
      if (partner && sources.length === 0 && owner) sources = [owner];
      if (partner && sources.length > 0 && !sources.some((x) => x.actor === partner.actor))
        targets = [partner];
    }
    if (during) {
      // The visitor is the subject of the verb's clause: the first actor since the clause began
      // ("..., whose lease Medvedev extended during a visit to Yerevan": Medvedev).
      let opening = 0;
      for (const c of allMatches(CLAUSE_OPENING, s.text.slice(0, at))) opening = c.index + c[0].length;
      const subject = actors.find((x) => local(s, x) >= opening && local(s, x) < at);
      if (subject) {
        sources = [subject];
        const place = actors.find((x) => local(s, x) >= endOfVerb && x.actor !== subject.actor);
        targets = place && local(s, place) < clauseEnd ? [place] : [];
        if (targets.length === 0 && !/^visit/i.test(m[0])) {
          const other = actors.find(
            (x) => local(s, x) > local(s, subject) && local(s, x) < at && x.actor !== subject.actor,
          );
          if (other) targets = [other];
        }
      }
    }
    // "Xi sent Tokayev a message praising his handling of the crisis": the sender praises the
    // one the message went to.
    if (
      before &&
      /ing$/i.test(m[0]) &&
      SENT_A_MESSAGE.test(s.text.slice(local(s, before) + before.text.length, at))
    ) {
      const sender = actors.findLast(
        (x) =>
          local(s, x) < local(s, before) &&
          x.actor !== before.actor &&
          SENDS.test(s.text.slice(local(s, x) + x.text.length, local(s, before))),
      );
      if (sender) [sources, targets] = [[sender], [before]];
    }
    // "Tehran invited an exiled opposition leader, and Dushanbe lodged a protest": a protest
    // with no object is at whoever acted before it in the sentence.
    if (type === "PROTEST" && targets.length === 0 && before && /^lodged/i.test(m[0])) {
      const doer = actors.findLast((x) => local(s, x) < local(s, before) && x.actor !== before.actor);
      // ("Washington, Seoul and Tokyo all condemned the launch, and Japan lodged a protest": not
      // one listed with the protester.)
      if (doer && !coordinated(s, actors, doer, 1).some((x) => x.actor === before.actor)) targets = [doer];
    }
    // "A halted rail traffic, a move B denounced as a blockade": what B denounced is A's deed.
    if (
      targets.length === 0 &&
      before !== undefined &&
      (type === "ACCUSE" || type === "REJECT" || type === "PROTEST" || type === "SUPPORT") &&
      DEED_NOUN_BEFORE.test(s.text.slice(Math.max(0, local(s, before) - 40), local(s, before)))
    ) {
      const doer = actors.find((x) => local(s, x) < local(s, before) && x.actor !== before.actor);
      if (doer) targets = [doer];
    }
    // "as American troops left Afghanistan, Uzbek officials ...": troops leave one place.
    if (
      type === "RETREAT" &&
      targets.length > 1 &&
      /^(?:began|started|have|had|were|withdrawing|to|leaving|withdrew|left|pulled)\b/i.test(m[0])
    )
      targets = targets.slice(0, 1);
    // "His visit to the Yasukuni shrine was condemned by Beijing": a visit to a place no actor's
    // name opens is no visit to one named further on.
    if (type === "CONSULT" && targets[0] && /^visit/i.test(m[0])) {
      const to = /^\s+to\s+(?:the\s+)?/i.exec(s.text.slice(endOfVerb));
      if (to && local(s, targets[0]) > endOfVerb + to[0].length) targets = [];
    }
    // "met in Sochi to discuss Syria": what the talks were about is no party to them
    // ("discussed the crisis with Obama": whom they were discussed with is).
    if (
      type === "CONSULT" &&
      targets[0] &&
      /\b(?:to discuss|discuss(?:ed|ing)|about|over|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
        s.text.slice(Math.max(0, local(s, targets[0]) - 30), local(s, targets[0])),
      ) &&
      !/\bwith\s+(?:the\s+)?$/i.test(
        s.text.slice(Math.max(0, local(s, targets[0]) - 9), local(s, targets[0])),
      ) &&
      // ("called on Merkel in Berlin": the "on" of the visit's own verb.)
      !/^called on$/i.test(m[0])
    )
      targets = [];
    // "EU officials, who have mediated talks since 2021, said the bloc would send observers to
    // the Armenian side": a verb inside a relative clause takes no object after it closes.
    if (targets[0] && /,\s*(?:who|which|whose)\b[^,;]*$/i.test(text.slice(0, at))) {
      const closes = text.indexOf(",", endOfVerb);
      if (closes >= 0 && local(s, targets[0]) > closes) targets = [];
    }
    // The clause the verb shares its subject with starts before the ", and" that joins them.
    const opened = breaks.filter((b) => b <= at);
    // ("..., and in a speech to the leaders accused": a setting between the two.)
    const joined =
      andVerb &&
      (at - (opened[opened.length - 1] ?? -99) <= 12 ||
        SETTING_THEN_VERB.test(text.slice(opened[opened.length - 1] ?? 0, at)));
    const shared = sharedSubject(
      s,
      text,
      actors,
      before,
      opened[opened.length - (joined ? 2 : 1)] ?? 0,
      at,
      participle,
      before !== undefined &&
        out.some(
          (f) =>
            f.claim.kind === "event" && f.claim.target === before.actor && f.claim.source !== before.actor,
        ),
    );
    if (shared) {
      sources = shared;
      // "... and improved ties with Beijing": the object is after the verb, not the earlier one
      // (and may be the earlier one's state again: "cut supplies to A and accused Dushanbe").
      const object = actors.find(
        (x) => local(s, x) >= objectFrom && !shared.some((y) => y.actor === x.actor),
      );
      // ("accusing it of cosying up to Iran": a pronoun right after the verb is its object.)
      // (Unless the pronoun stands for someone the reader knows: "lent him $1.5 billion".)
      const pronounAt = OBJECT_PRONOUN.exec(text.slice(endOfVerb, endOfVerb + 6));
      const pronoun = pronounAt !== null && !(object && local(s, object) < endOfVerb + pronounAt[0].length);
      targets = object && local(s, object) < clauseEnd && !pronoun ? coordinated(s, actors, object, 1) : [];
      // "telephoned Aliyev and apologised", "accused Russian police of violence and demanded an
      // inquiry": a second verb with no object of its own is done to the first one's.
      if (
        targets.length === 0 &&
        out.length > 0 &&
        before &&
        OBJECT_SHARING.has(type) &&
        // ("asked the CSTO for help, blaming the violence on gangs": a participle's object is its
        // own, unless it is a pronoun: "cut ties with Doha, accusing it of ...".)
        (!participle || pronoun) &&
        // (Not a verb the sentence has told already: "lifted sanctions in 2008 and then lifted
        // its embargo in 2010" tells the second with its own object.)
        !out.some((f) => f.claim.kind === "event" && f.claim.type === type) &&
        !shared.some((y) => y.actor === before.actor) &&
        !isPlace(s, before)
      )
        targets = [before];
    }
    // "Russia annexed Crimea": the state the region is part of.
    // (What is annexed comes right after: "annexed Ukraine's Crimea", not a state further on.)
    if (type === "ASSAULT" && /^(?:annex|seiz)/i.test(m[0])) {
      const region = regionObject(text, endOfVerb);
      if (region) {
        const start = s.start + region.start;
        targets = [
          { start, end: start + region.name.length, text: region.name, actor: region.owner, kind: "state" },
        ];
      } else targets = targets.filter((x) => /^\s+(?:the\s+)?$/.test(s.text.slice(endOfVerb, local(s, x))));
    }
    // "Azerbaijan launched an offensive in Nagorno-Karabakh": an attack with no one named, in
    // a region of a state, is on that state (its own, when the region is the attacker's).
    let inRegion = false;
    if (type === "ASSAULT" && targets.length === 0 && sources.length > 0) {
      const where = REGION_IN.exec(text.slice(endOfVerb, clauseEnd));
      const owner = where?.[1] === undefined ? undefined : REGIONS[where[1].toLowerCase()];
      if (where && owner) {
        const start = s.start + endOfVerb + where.index + where[0].length - (where[1]?.length ?? 0);
        targets = [
          { start, end: start + (where[1]?.length ?? 0), text: where[1] ?? "", actor: owner, kind: "state" },
        ];
        inRegion = true;
      }
    }
    // "came under fire from the Tajik side and returned fire": back at whoever fired first.
    if (type === "ASSAULT" && targets.length === 0 && /^returned fire$/i.test(m[0])) {
      let first: Mention | undefined;
      for (const f of out) {
        const c = f.claim;
        if (c.kind === "event" && c.type === "ASSAULT" && sources.some((x) => x.actor === c.target))
          first = actors.find((x) => x.actor === c.source);
      }
      if (first) targets = [first];
    }
    // "he let Russian troops use Belarusian territory to invade Ukraine": the deed is theirs
    // whom the subject let do it.
    const permit = PERMIT_VERB.exec(text.slice(Math.max(0, at - 60), at));
    if (permit && PERMITTED.test(text.slice(Math.max(0, at - 60), at))) {
      const from = Math.max(0, at - 60) + permit.index + permit[0].length;
      const permitted = actors.find((x) => local(s, x) >= from && local(s, x) < at);
      if (permitted && !targets.some((x) => x.actor === permitted.actor)) sources = [permitted];
    }
    // "X was attacked by Y": the agent after the verb acts on the subject before it.
    // ("there were clashes" is no passive: it says the deed happened, and who did it may follow;
    // nor is "was ending ties": a deed in progress.)
    const passive =
      /(?<!\bthere\s+(?:have\s+|has\s+)?)\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$/i.test(
        text.slice(Math.max(0, at - 26), at),
      ) && !/^\w+ing\b/i.test(m[0]);
    // ("banned imports from the EU", "pled for help from Russia": whence, not who did it.)
    const agent = s.text.slice(endOfVerb, local(s, after ?? { start: s.start }));
    if (
      after &&
      before &&
      AGENT.test(agent) &&
      // ("complained of aggressive actions by the United States": in the active, a "by" after
      // what is complained of names whose deeds they were.)
      !(!passive && /^\s*(?:of|about|over|against)\s/i.test(agent)) &&
      !(
        /\bfrom\s+(?:the\s+)?$/i.test(agent) &&
        (type === "SANCTION" ||
          type === "CONCEDE" ||
          type === "REQUEST" ||
          type === "RETREAT" ||
          type === "MOBILIZE" ||
          // ("expelled diplomats from X": whose they were; "were expelled from X": who did it.)
          (type === "COERCE" && !passive) ||
          // ("seized Crimea from Ukraine": whom it was taken from.)
          (type === "ASSAULT" && !passive && /^(?:seiz|captur|annex|grabb?|wrest)/i.test(m[0])))
      ) &&
      // ("Peru's request was rejected by Chile": the agent is another verb's, not the noun's.)
      !(
        !/(?:ed|en)$/i.test(m[0]) &&
        /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)(?:\s+(?:down|off|aside|out|up))?\s+(?:by|from)\s+(?:the\s+)?$/i.test(
          agent,
        )
      ) &&
      // ("rejected a request from X", "brushed off criticism from X", "condemned the attack by X",
      // "welcomed the decision by X": in the active, a thing of X's is the object, and X the one
      // it is aimed at; in "Chile, backed by Peru," the participle's agent acts.)
      !(
        !passive &&
        /^\s*(?!(?:by|from)\s)[\w-]+\s/.test(agent) &&
        /(?:ed|off|aside)$/i.test(m[0]) &&
        (type === "REJECT" || type === "ACCUSE" || type === "PROTEST" || type === "SUPPORT")
      )
    ) {
      [sources, targets] = [targets, sources];
    } else if (
      // ("Moldova was granted EU candidate status": the body named right after the passive verb of
      // giving gave it.)
      // ("Georgia received EU candidate status": so did the body named right after receiving.)
      after &&
      before &&
      isOrg(after) &&
      ((passive && /^(?:grant|given|award|offer)/i.test(m[0])) ||
        /^(?:received|obtained|won|gained)$/i.test(m[0])) &&
      /^\s+(?:the\s+)?$/.test(agent)
    ) {
      [sources, targets] = [targets, sources];
    } else if (passive && /^(?:ASSAULT|COERCE|SANCTION|ACCUSE)$/.test(type)) {
      // "guards were killed in the border area of X": a deed with no doer named has no source.
      continue;
    }
    // "A and B held talks", "A and B agreed", "A and B clashed": for an act both sides do,
    // the first with the others.
    const mutual =
      type === "CONSULT" ||
      type === "AGREE" ||
      type === "COOPERATE" ||
      // ("Indian and Chinese troops pulled back": each side from the other.)
      type === "RETREAT" ||
      // (Not "warned": "war" is a word of its own.)
      /^(?:clash|fight|fought|exchange|trad(?:ed|ing) (?:fire|gun|shots|artillery)|shooting|wars?\b|hostilities|skirmish|firefight)/i.test(
        m[0],
      );
    // "Both sides agreed to ...", "the two presidents signed": the two who just met, or the
    // group the phrase stands for: they act with each other, not with whom the clause names next.
    const group = before ? phraseGroup(s, before) : [];
    // ("The two men spoke on the second day": "spoke" alone is a talk between a group only.)
    if (m[0] === "spoke" && group.length < 2) continue;
    if (
      mutual &&
      type !== "ASSAULT" &&
      (((before === undefined || local(s, before) < clauseFrom) &&
        (TWO_SIDES.test(text.slice(Math.max(0, at - 30), at)) ||
          (type === "CONSULT" && THEY_AGAIN.test(text)))) ||
        (group.length >= 2 && local(s, before as Mention) >= clauseFrom))
    ) {
      // ("Talks between the two countries are expected to resume": none held yet.)
      if (type === "CONSULT" && CALLED_OFF.test(text.slice(at, at + 90))) continue;
      const [first, ...others] = group.length >= 2 ? group : (meetingSides(out, ctx) ?? []);
      // ("The two leaders agreed to restore the channel, which Beijing had severed in August
      // 2022": an aside after the verb dates its own deed, as for any verb.)
      const date = dateNear(s, at, { asideAfter: true }) ?? ctx.narrativeDate ?? null;
      // "China and the five Central Asian states met": the one named with the group meets each
      // of them (a hub and its spokes), not the group's members each other.
      // ("Central Asian leaders held talks with Germany's chancellor": the one met "with", likewise.)
      const metWith = targets.filter(
        (x) =>
          /(?<!\b(?:line|along|together|accordance|compared|consistent|par)\s)\bwith\s+(?:[\w'’-]+\s+){0,3}$/i.test(
            s.text.slice(endOfVerb, local(s, x)),
          ) && !/[,;]/.test(s.text.slice(endOfVerb, local(s, x))),
      );
      // ("The China-Central Asia summit was held": the one joined to the group by a hyphen.)
      const joined = type === "CONSULT" && group.length >= 2 ? hyphenPair(s, actors, at) : undefined;
      const hubs =
        group.length >= 2
          ? uniqueActors(
              [...sources, ...metWith, ...(joined ?? []).flat()].filter((x) => !group.includes(x.actor)),
            )
          : [];
      if (hubs.length > 0)
        for (const hub of hubs) for (const other of group) out.push(...eventPair(type, hub, other, date));
      else if (first !== undefined) {
        for (const other of others) {
          out.push(...eventPair(type, first, other, date));
          // ("Troops of both sides pulled back": each from the other.)
          if (type === "RETREAT") out.push(...eventPair(type, other, first, date));
        }
        // ("The three leaders met again": each with each, as "A, B and C met" is; of four or
        // more, a summit, the first with the others only.)
        const [second, third] = others;
        if (others.length === 2 && second !== undefined && third !== undefined && type !== "RETREAT")
          out.push(...eventPair(type, second, third, date));
      }
      if (out.length > told) clauseFrom = clauseEnd;
      continue;
    }
    // ("A and B traded accusations": each accused the other; "A traded barbs with B" too.)
    const traded = type === "ACCUSE" && /^(?:trad|exchang)/i.test(m[0]);
    if (traded && sources.length === 1 && targets.length > 0) sources = [...sources, ...targets];
    // "A accused B of ..., and C made a similar charge": C accused B.
    if (type === "ACCUSE" && targets.length === 0 && /^(?:made|echo)/i.test(m[0])) {
      const earlier = out.findLast((f) => f.claim.kind === "event" && f.claim.type === "ACCUSE")?.claim;
      const accused =
        earlier?.kind === "event" ? s.mentions.find((x) => x.actor === earlier.target) : undefined;
      if (accused) targets = [accused];
    }
    const reciprocal = RECIPROCAL.test(text.slice(endOfVerb, endOfVerb + 24)) || traded;
    if (reciprocal && sources.length >= 2) {
      // "A and B accused each other": every side of every other.
      const sides = uniqueActors(sources);
      const date = dateNear(s, at) ?? ctx.narrativeDate ?? null;
      for (const a of sides) for (const b of sides) if (a !== b) out.push(...eventPair(type, a, b, date));
      if (out.length > told) clauseFrom = clauseEnd;
      continue;
    }
    // "Bakiyev, standing beside Medvedev after their talks": the two named before "their";
    // "A thanked B for his help in a phone call": the two of the clause the call was told in.
    if (
      mutual &&
      targets.length === 0 &&
      sources.length < 2 &&
      (/\btheir\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at)) ||
        (type === "CONSULT" &&
          /^(?:talks|meeting|(?:tele)?phone (?:call|conversation))$/i.test(m[0]) &&
          /\b(?:in|during|at)\s+(?:a|an|the)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at)) &&
          actors.filter((x) => local(s, x) >= clauseFrom && local(s, x) < at).length >= 2))
    ) {
      const named = uniqueActors(actors.filter((x) => local(s, x) < at));
      const [a, b] = named.slice(-2);
      if (a !== undefined && b !== undefined) {
        const first = actors.find((x) => x.actor === a);
        const second = actors.find((x) => x.actor === b);
        if (first && second) [sources, targets] = [[first], [second]];
      }
    }
    // ("Uzbek and Kazakh leaders were in Minsk for the GUAM summit": each met the bloc.)
    if (forMeeting && targets.length === 0) {
      const held = s.mentions.find(
        (x) => isOrg(x) && local(s, x) >= endOfVerb && local(s, x) - endOfVerb <= 90,
      );
      if (held) targets = [held];
    }
    // ("A and B met in Brussels under the mediation of C": A and B met each other too.)
    if (type === "CONSULT" && /^(?:met|meet)/i.test(m[0]) && targets.length > 0 && sources.length >= 2) {
      const sides = uniqueActors(sources).filter((x) => !targets.some((t) => t.actor === x));
      if (sides.length === 2 || sides.length === 3) among = sides;
    }
    // ("Erdogan, whom Orban hosted in Budapest last December": the one the relative clause is of.)
    if (
      type === "CONSULT" &&
      sources.length === 1 &&
      /^(?:hosted|received|met|welcomed|visited)$/i.test(m[0])
    ) {
      const subject = sources[0] as Mention;
      const whom = /,\s*whom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.exec(
        s.text.slice(Math.max(0, local(s, subject) - 40), local(s, subject)),
      );
      const antecedent = whom
        ? actors.findLast(
            (x) =>
              local(s, x) < local(s, subject) &&
              /^(?:['’]s(?:\s+[\w-]+){1,3})?\s*,\s*whom\b/i.test(
                s.text.slice(local(s, x) + x.text.length, local(s, subject)),
              ) &&
              x.actor !== subject.actor,
          )
        : undefined;
      if (antecedent) targets = [antecedent];
    }
    // ("The foreign ministers of A, B and C arrived in Tbilisi together": each visited it.)
    if (mutual && targets.length === 0 && sources.length >= 2 && type === "CONSULT" && TRAVEL.test(m[0])) {
      const place = placeVisited(s, endOfVerb);
      if (place && !sources.some((x) => x.actor === place.actor)) targets = [place];
    }
    if (
      mutual &&
      targets.length === 0 &&
      sources.length >= 2 &&
      // ("China's defence minister, Wei Fenghe, held talks": one side named twice is no pair.)
      uniqueActors(sources).length >= 2 &&
      // ("A and B had been fighting the Houthis": a foe the reader does not know, not each other.)
      !(/^f(?:ight|ought)/i.test(m[0]) && FOE_NAMED.test(text.slice(endOfVerb, endOfVerb + 30)))
    ) {
      const [first, ...others] = [...sources].sort((a, b) => a.start - b.start);
      if (first) [sources, targets] = [[first], others];
      // "A, B and C met": each with each (the first with the others, and the others together);
      // of four or more, a summit, the first with the others only.
      const rest = uniqueActors(others).filter((x) => x !== first?.actor);
      if (type !== "ASSAULT" && rest.length === 2) among = rest;
      // "A and B clashed": each side fought the other (or pulled back from it).
      if (first && (type === "ASSAULT" || type === "RETREAT")) {
        const date = dateNear(s, at) ?? ctx.narrativeDate ?? null;
        for (const other of uniqueActors(others))
          if (other !== first.actor) out.push(...eventPair(type, other, first.actor, date));
      }
    }
    // "went to the one capital where nobody would ask him about Kyiv": a place named far on, in
    // a clause of its own, is not where the trip went ("flew to X to meet Aliyev" is).
    if (
      type === "CONSULT" &&
      TRAVEL.test(m[0]) &&
      targets[0] &&
      local(s, targets[0]) - endOfVerb > 30 &&
      /\b(?:where|which|that|who|whom|about)\b|,/i.test(s.text.slice(endOfVerb, local(s, targets[0])))
    )
      targets = [];
    // ("flew to Moscow and then on to Tbilisi": each stop of the trip.)
    const lastStop = type === "CONSULT" && TRAVEL.test(m[0]) ? targets[targets.length - 1] : undefined;
    if (lastStop) {
      const from = local(s, lastStop) + lastStop.text.length;
      const next = s.mentions.find(
        (x) =>
          local(s, x) >= from && x.kind !== "organization" && ONWARD.test(s.text.slice(from, local(s, x))),
      );
      if (next && ![...targets, ...sources].some((x) => x.actor === next.actor)) targets = [...targets, next];
    }
    // "Mongolian soldiers went to Iraq": troops sent, not a visit.
    if (
      type === "CONSULT" &&
      TRAVEL.test(m[0]) &&
      sources.some((x) =>
        /^['’]?s?\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|units|peacekeepers|contingents?|servicemen|battalions?|sappers|marines)\b/i.test(
          s.text.slice(local(s, x) + x.text.length, local(s, x) + x.text.length + 30),
        ),
      )
    )
      continue;
    // ("... was signed in Manila on 28 April 2014, the day Obama arrived for a state visit": a
    // leader's visit with no place told after it went to the one place the sentence names.)
    if (
      type === "CONSULT" &&
      targets.length === 0 &&
      sources.length > 0 &&
      sources.every((x) => x.kind === "person") &&
      /^(?:visit\w*|arrived|came|flew in)$/i.test(m[0]) &&
      !/^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(endOfVerb, endOfVerb + 12))
    ) {
      const places = uniqueActors(
        s.mentions.filter(
          (x) => x.kind === "state" && isPlace(s, x) && !sources.some((y) => y.actor === x.actor),
        ),
      );
      if (places.length === 1) targets = [toldBefore(s, places[0] as string)];
    }
    // ("Xi Jinping made a state visit on 21-22 August 2014", "Macron came in May 2023", in a text
    // about Mongolia: a leader's visit with no place told went to the state the text is about.)
    if (
      type === "CONSULT" &&
      targets.length === 0 &&
      ctx.topicState !== undefined &&
      sources.length > 0 &&
      sources.every((x) => x.kind === "person" && x.actor !== ctx.topicState) &&
      /^(?:visit\w*|arrived|came(?:\s+back)?|flew in)$/i.test(m[0]) &&
      // (Not "visited Shusha": a place the gazetteer does not know is told.)
      !/^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(endOfVerb, endOfVerb + 12)) &&
      !s.mentions.some(
        (x) => local(s, x) >= endOfVerb && local(s, x) < clauseEnd && (x.kind === "state" || isOrg(x)),
      )
    )
      targets = [toldBefore(s, ctx.topicState)];
    // ("reopened its embassy in Addis Ababa": with the state whose capital it is.)
    if (
      targets.length === 0 &&
      ((type === "CONSULT" && TRAVEL.test(m[0])) || (type === "COOPERATE" && /\bembass/i.test(m[0])))
    ) {
      const place = placeVisited(s, endOfVerb);
      if (place && !sources.some((x) => x.actor === place.actor)) targets = [place];
    }
    // "clashes between A and B", "talks between A, B and C": the first with the others, both ways
    // for fighting.
    // ("The war that broke out on 27 September between A and B": a few words may come between.)
    // ("a telephone call between Presidents Trump and Erdogan": their titles may come first.)
    const between = mutual
      ? /^\s*(?:[\w-]+\s+){0,6}?between\s+(?:the\s+)?(?:(?:presidents|prime\s+ministers|premiers|chancellors|(?:foreign\s+|defen[cs]e\s+)?ministers|leaders|kings)\s+)?$/i
      : null;
    const pair = between ? actors.filter((x) => local(s, x) >= endOfVerb) : [];
    if (between && pair[0] && between.test(s.text.slice(endOfVerb, local(s, pair[0])))) {
      const [first, ...others] = coordinated(s, pair, pair[0], 1);
      if (first && others.length > 0) {
        sources = [first];
        targets = others;
        if (type === "ASSAULT") {
          for (const other of others) out.push(...eventPair(type, other.actor, first.actor, dateNear(s, at)));
        }
      }
    }
    // "the Chile-Peru summit", "Chinese-Russian talks": the two named as one word before the meeting.
    // (Even when a group on one span looked like a list: "the Russia-Central Asia summit".)
    if (type === "CONSULT" && (targets.length === 0 || sources.length + targets.length > 2)) {
      const joined = hyphenPair(s, actors, at);
      if (joined) [sources, targets] = joined;
    }
    // "Fighting broke out on the Kyrgyz-Tajik border": the two whose border it is, each against the other.
    const border =
      mutual && type === "ASSAULT" && sources.length === 0
        ? borderSides(s, borderNamed, endOfVerb)
        : undefined;
    if (border) {
      sources = [border[0]];
      targets = [border[1]];
      out.push(...eventPair(type, border[1].actor, border[0].actor, dateNear(s, at)));
    }
    // ("shut two of the crossings on the Belarusian border": the state across the border.)
    if (type === "SANCTION" && targets.length === 0 && sources.length > 0) {
      const across = borderNamed.find(
        (x) =>
          local(s, x) > endOfVerb && local(s, x) < clauseEnd && !sources.some((y) => y.actor === x.actor),
      );
      if (across) targets = [across];
    }
    if (type === "CONSULT" && targets.length === 0 && /^(?:attend|host(?:ed|s))/i.test(m[0])) {
      // "attended the SCO summit", "hosted the alliance's summit": a meeting with the
      // organization whose summit it is.
      const held = s.mentions.find(
        (x) => isOrg(x) && local(s, x) >= endOfVerb && local(s, x) - endOfVerb <= 40,
      );
      // (What is hosted is a meeting: not the bloc's troops.)
      const meeting =
        !/^host(?:ed|s)/i.test(m[0]) ||
        /^\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}(?:summit|meeting|session|forum|conference)\b/i.test(
          s.text.slice(endOfVerb, endOfVerb + 60),
        );
      if (held && meeting) targets = [held];
    }
    if (type === "CONSULT") {
      // "hosted an exiled Uzbek dissident": one of a state's people who holds no office is not the state.
      targets = targets.filter(
        (x) =>
          !NOT_ITS_STATE.test(s.text.slice(local(s, x) + x.text.length, local(s, x) + x.text.length + 40)),
      );
      // "Trump hosted Aliyev and Pashinyan at the White House": two guests hosted together met
      // each other too (more are a summit's, each met by the host).
      const guests = [...new Set(targets.map((x) => x.actor))].filter(
        (x) => !sources.some((y) => y.actor === x),
      );
      if (/^host(?:ed|s)/i.test(m[0]) && guests.length === 2 && among.length === 0) among = guests;
      // ("The CSTO summit opened in Astana. Tokayev hosted Putin, Lukashenko, Japarov and
      // Rahmon": at an organization's summit, host and guests each met the organization, as
      // well as the host each guest.)
      const summit =
        /^host(?:ed|s)/i.test(m[0]) && guests.length >= 3 ? summitOrganization(s, ctx) : undefined;
      if (summit !== undefined && sources[0] !== undefined) {
        const date = dateNear(s, at) ?? ctx.narrativeDate ?? null;
        for (const actor of new Set([sources[0].actor, ...guests]))
          if (actor !== summit) out.push(...eventPair(type, actor, summit, date));
      }
      // "During his visit to X on ..., Y held talks": the visitor is the subject that follows.
      if (
        sources.length === 0 &&
        after &&
        /\b(?:his|her|their|its|during an?|on an?)\s+(?:\w+\s+)?$/i.test(text.slice(0, at))
      ) {
        const subject = actors.find((x) => local(s, x) > local(s, after) && x.actor !== after.actor);
        if (subject) sources = [subject];
      }
      // "After talks with Putin in Moscow, Sargsyan announced ...": talks told in a phrase
      // before the main clause are its subject's, with whom "with" names.
      if (sources.length === 0 && after && FRONTED_TALKS.test(text.slice(0, at))) {
        const close = text.indexOf(",", endOfVerb);
        const subject =
          close > local(s, after)
            ? actors.find((x) => local(s, x) > close && x.actor !== after.actor)
            : undefined;
        if (subject && SUBJECT_OPENS.test(s.text.slice(close + 1, local(s, subject)))) {
          sources = [subject];
          targets = [after];
        }
      }
      // "..., holding talks with A and B": whom the talks were with, organizations included.
      const withWhom = /\b(?:talks|meetings?|met|consultations)\s+with\b/i.exec(text.slice(endOfVerb));
      // (Not talks told in a clause of their own: "a trip to Kyiv, where he met Zelensky, and
      // hours later, after talks with Duda, he told a crowd in Warsaw".)
      if (
        withWhom &&
        sources.length > 0 &&
        !CLAUSE_AFTER.test(text.slice(endOfVerb, endOfVerb + withWhom.index))
      ) {
        const from = endOfVerb + withWhom.index + withWhom[0].length;
        // Up to where the sentence says what the talks were for ("... to discuss", "so that").
        const purpose = /\s(?:to|in order to|so that|that|which|where|while|on)\s/i.exec(text.slice(from));
        // (Nor past the clause: "talks with Putin, and both leaders condemned US sanctions".)
        const until = Math.min(
          from + 160,
          purpose ? from + purpose.index : Number.POSITIVE_INFINITY,
          clauseEnd,
        );
        const counterparts = actors.filter(
          (x) => local(s, x) >= from && local(s, x) < until && !sources.some((y) => y.actor === x.actor),
        );
        if (counterparts.length > 0) targets = counterparts;
      }
    }
    // ("Protesters gathered outside parliament in Tbilisi": a crowd the reader took for its
    // state's people protests against its own state; a gathering of anyone else, of leaders in
    // a capital, is no protest.)
    if (type === "PROTEST") {
      const crowd = sources.length > 0 && sources.every((x) => CROWD_NAME.test(x.text));
      if (
        !crowd &&
        CROWD_VERB.test(m[0]) &&
        !/\b(?:embassy|consulate)\b/i.test(text.slice(endOfVerb, endOfVerb + 40))
      )
        continue;
      if (crowd) targets = sources;
    }
    if (
      type === "ASSAULT" &&
      sources.length > 0 &&
      (targets.length === 0 ||
        // ("turned its guns on protesters, the country slid into war": the crowd is the object.)
        CROWD_OBJECT.test(s.text.slice(endOfVerb, endOfVerb + 40))) &&
      /\b(?:protesters|demonstrators|crowds?|civilians|workers|strikers|villagers|residents|its own|beatings|opposition supporters|riots|rioters|uprising|unrest)\b/i.test(
        s.text,
      )
    ) {
      targets = sources;
    }
    // ("blocked both bids that month, accusing Stockholm of ...": a participle's deed is the verb's, then.)
    const verbBefore = participle ? out.findLast((f) => f.claim.kind === "event")?.claim : undefined;
    const date =
      (verbBefore?.kind === "event" && verbBefore.date !== null
        ? { date: verbBefore.date, ...(verbBefore.end ? { end: verbBefore.end } : {}) }
        : undefined) ??
      dateNear(s, at, { asideAfter: true }) ??
      // ("Ankara has long accused Stockholm of ...", "Kigali accuses Kinshasa of ...": a charge
      // standing at the writing.)
      (type === "ACCUSE" && ctx.published && standingCharge(m[0], text.slice(Math.max(0, at - 24), at))
        ? ctx.published
        : undefined) ??
      ctx.narrativeDate ??
      // ("Minsk and Astana have repeatedly blocked Russian ideas": held at the writing.)
      (ctx.published && STANDING_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? ctx.published : null);
    if (HOSTILE.has(type) && date) out.push(...reportedAccusation(s, actors, sources, date));
    // ("Otunbayeva asked Moscow for troops. Medvedev declined, calling it ..., and a CSTO
    // meeting refused": a refusal with nothing after it refuses the one who asked, not one
    // named further on.)
    const bare =
      type === "REJECT" && /^(?:declined|refused)$/i.test(m[0]) && /^\s*[,.;]/.test(text.slice(endOfVerb));
    if (bare) targets = [];
    // "refused to sign the final declaration at the CSTO summit", "declined to attend the
    // bloc's summit": what is refused is the organization's.
    if (type === "REJECT" && targets.length === 0 && sources.length > 0 && !bare) {
      const setting = s.mentions.find((x) => isSetting(s, x) && !sources.some((y) => y.actor === x.actor));
      // ("declined to attend the Victory Day parade in Moscow": the host's, where it was held.)
      const host =
        setting ??
        (/^[^.;]{0,20}?\b(?:attend|skip|boycott|stay(?:ed)? away)/i.test(text.slice(at, at + 40))
          ? s.mentions.find(
              (x) =>
                x.kind === "state" &&
                local(s, x) >= endOfVerb &&
                local(s, x) < clauseEnd &&
                isPlace(s, x) &&
                !sources.some((y) => y.actor === x.actor),
            )
          : undefined);
      // ("skipped the Minsk summit": a city naming where the summit of the organization the
      // text is about was held, not whose it was.)
      const bloc =
        host !== undefined &&
        host.kind !== "organization" &&
        /^\s+summits?\b/i.test(s.text.slice(local(s, host) + host.text.length))
          ? (summitOrganization(s, ctx) ?? ctx.recentOrganization)
          : undefined;
      if (host && bloc !== undefined) targets = [{ ...host, actor: bloc, kind: "organization" }];
      else if (host) targets = [host];
      // ("The CSTO summit opened in Moscow. Uzbekistan refused to sign", "Lukashenko boycotted
      // the June meeting": a signing or a meeting refused, after an organization's summit was
      // told, is that organization's.)
      const summit =
        targets.length === 0 && SIGNING_OR_MEETING_REFUSED.test(text.slice(endOfVerb, endOfVerb + 40))
          ? summitOrganization(s, ctx)
          : undefined;
      if (summit !== undefined && !sources.some((y) => y.actor === summit)) {
        const start = s.start + at;
        targets = [{ start, end: start + m[0].length, text: m[0], actor: summit, kind: "organization" }];
      }
    }
    // "... deployed to Kazakhstan at the request of President Tokayev": the one after "of" asked.
    if (
      type === "REQUEST" &&
      /^request$/i.test(m[0]) &&
      /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 8), at))
    ) {
      // ("at the request of the leadership of Kazakhstan": its leaders' state.)
      const asker = actors.find(
        (x) =>
          local(s, x) >= endOfVerb &&
          /^\s+of\s+(?:(?:the\s+)?(?:leadership|government|authorities|leaders|president)\s+of\s+)?(?:\w+\s+){0,2}$/i.test(
            text.slice(endOfVerb, local(s, x)),
          ),
      );
      // (Or, with the words opening the sentence, the doer after them: "In January, at the
      // request of Kazakhstan, CSTO troops arrived".)
      const after = actors.find(
        (x) =>
          asker !== undefined &&
          local(s, x) > local(s, asker) &&
          x.actor !== asker.actor &&
          !isPlace(s, x) &&
          /^[^;]*?,\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(local(s, asker) + asker.text.length, local(s, x))),
      );
      // (Not the first of a list: "contingents from A, B and C were sent" asked none of them alone.)
      const asked =
        actors.findLast((x) => local(s, x) < at && local(s, x) >= clauseFrom && x.actor !== asker?.actor) ??
        (after && coordinated(s, actors, after, 1).length === 1 ? after : undefined);
      if (!asker || !asked) continue;
      [sources, targets] = [[asker], [asked]];
    }
    // "Russia offered Belarus a $1.5 billion loan": the giver and the receiver both before the noun.
    if (type === "AID" && targets.length === 0) {
      const [giver, receiver] = actors.filter((x) => local(s, x) < at && local(s, x) >= clauseFrom).slice(-2);
      if (
        giver &&
        receiver &&
        /^(?:,\s*(?:which|who))?\s+(?:\w+\s+)?(?:offered|gave|granted|promised|extended|lent|pledged|sent)\s+$/i.test(
          s.text.slice(local(s, giver) + giver.text.length, local(s, receiver)),
        )
      )
        [sources, targets] = [[giver], [receiver]];
    }
    // "Poland asked for consultations", "Ankara asked once more", "A and B invoked Article 4": a
    // request that names no one to receive it goes to the organization the text is about.
    if (
      type === "REQUEST" &&
      targets.length === 0 &&
      sources.length > 0 &&
      sources.every((x) => x.kind !== "organization") &&
      (/^invok/i.test(m[0]) || ASKED_OF_AN_ORGANIZATION.test(text.slice(endOfVerb, endOfVerb + 40)))
    ) {
      const org = impliedOrganization(ctx);
      if (org !== null && !sources.some((x) => x.actor === org)) targets = [toldBefore(s, org)];
    }
    // "Yerevan invoked Article 4 of the Collective Security Treaty" in 2022: the organization
    // built on the treaty since is asked.
    const invoked = type === "REQUEST" && /^invok/i.test(m[0]) ? targets[0] : undefined;
    if (invoked !== undefined && targets.length === 1) {
      const when = dateNear(s, at)?.date;
      const heir = when === undefined ? undefined : inItsTime(invoked.actor, when, ctx);
      if (heir !== undefined) targets = [{ ...invoked, actor: heir, kind: "organization" }];
    }
    // "issued Tbilisi an ultimatum": the one between the verb and the noun is threatened.
    if (type === "THREATEN" && targets.length === 0 && /^ultimatum/i.test(m[0])) {
      const given = actors.findLast(
        (x) =>
          local(s, x) < at &&
          at - local(s, x) <= 40 &&
          /\b(?:issued|gave|handed|delivered|sent|presented)\s+(?:the\s+)?$/i.test(
            s.text.slice(Math.max(0, local(s, x) - 14), local(s, x)),
          ),
      );
      if (given) {
        targets = [given];
        const giver = actors.findLast((x) => local(s, x) < local(s, given) && x.actor !== given.actor);
        if (giver && sources.every((x) => x.actor === given.actor)) sources = [giver];
      }
    }
    // "Aliyev held talks in Moscow in April": talks held in another's capital are a visit to it
    // (two who met "in Moscow" met each other: see among).
    if (
      type === "CONSULT" &&
      targets.length === 0 &&
      new Set(sources.map((x) => x.actor)).size === 1 &&
      // (An organization that met in Bishkek held its own meeting there.)
      sources[0]?.kind !== "organization" &&
      /^(?:talks|met|returned \w+ visit|attend(?:ed|s|ing)?)$/i.test(m[0])
    ) {
      // ("returned the visit in Moscow", "attends a ceremony in Vilnius": the place may come later.)
      const between = /^(?:talks|met)$/i.test(m[0])
        ? /^(?:\s+(?:again|also|twice|once more))?\s+in\s+$/i
        : /^[^,.;]{0,60}?\s+in\s+$/i;
      const host = s.mentions.find(
        (x) =>
          x.kind === "state" &&
          local(s, x) >= endOfVerb &&
          local(s, x) < clauseEnd &&
          x.actor !== sources[0]?.actor &&
          between.test(text.slice(endOfVerb, local(s, x))),
      );
      // ("Rahmon returned the visit in August": to the one who came to him in the sentence before.)
      const visited = /^returned/i.test(m[0])
        ? otherSide(ctx.previousMeeting, sources[0]?.actor ?? "")
        : undefined;
      if (host) targets = [host];
      else if (visited !== undefined) targets = [toldBefore(s, visited)];
    }
    // "a €6 million grant for judicial reform in Kyrgyzstan": aid goes to the state it is spent in.
    // ("flew into Tbilisi on 4 September with a pledge of $1 billion in aid": to the place visited.)
    if (type === "AID" && targets.length === 0 && pledgeBrought) {
      const visited = s.mentions.findLast(
        (x) =>
          local(s, x) < at &&
          x.kind === "state" &&
          /\b(?:to|into|in)\s+$/.test(s.text.slice(Math.max(0, local(s, x) - 6), local(s, x))),
      );
      const visitor =
        visited && actors.findLast((x) => local(s, x) < local(s, visited) && x.actor !== visited.actor);
      if (visited && visitor) [sources, targets] = [[visitor], [visited]];
    }
    if (type === "AID" && targets.length === 0 && sources.length > 0) {
      const spentIn = stateInClause(s, endOfVerb, clauseEnd, sources, (x) =>
        /\b(?:in|to)\s+$/.test(s.text.slice(Math.max(0, local(s, x) - 4), local(s, x))),
      );
      if (spentIn) targets = [spentIn];
    }
    // "Uzbek authorities arrested dozens of Islamic activists": a state acting on its own people.
    if (
      type === "COERCE" &&
      targets.length === 0 &&
      sources.length > 0 &&
      /\b(?:activists?|protesters?|demonstrators?|journalists?|dissidents?|opposition|opponents?|critics?|bloggers?|politicians|people|citizens|civilians|(?:a number|some|many|dozens|hundreds|scores) of them)\b/i.test(
        s.text.slice(endOfVerb, endOfVerb + 60),
      ) &&
      // ("deported hundreds of Georgian citizens": another's people, named.)
      !s.mentions.some(
        (x) =>
          local(s, x) >= endOfVerb &&
          local(s, x) < endOfVerb + 40 &&
          !/\b(?:in|at|near)\s+$/i.test(s.text.slice(Math.max(0, local(s, x) - 6), local(s, x))),
      )
    )
      targets = sources;
    // "Poland sent troops to the Belarusian border": the side whose border it is (inside the
    // verb's match, which runs to "border").
    if (type === "MOBILIZE" && targets.length === 0) {
      const side = s.mentions.find(
        (x) =>
          x.kind === "state" &&
          local(s, x) > at &&
          local(s, x) < clauseEnd &&
          (/^(?:['’]s)?\s+(?:border|frontier)s?\b/i.test(s.text.slice(local(s, x) + x.text.length)) ||
            /\b(?:border|frontier) with\s+(?:the\s+)?$/i.test(
              s.text.slice(Math.max(0, local(s, x) - 20), local(s, x)),
            )),
      );
      if (side && !sources.some((x) => x.actor === side.actor)) targets = [side];
    }
    // "a decision that drew objections from Washington and NATO": those after "from" answer
    // the doer before (the subject, or the sentence before's doer when none is named here).
    if (REACTION_FROM.test(m[0])) {
      const from = actors.find((x) => local(s, x) >= endOfVerb && local(s, x) < clauseEnd);
      if (!from) continue;
      const reacting = coordinated(s, actors, from, 1);
      // ("from Washington and from NATO headquarters": each "from" goes on with the list.)
      for (const x of actors) {
        const last = reacting[reacting.length - 1];
        if (
          last &&
          local(s, x) > local(s, last) &&
          /^\s*,?\s*(?:and|as well as)\s+from\s+(?:the\s+)?$/i.test(
            s.text.slice(local(s, last) + last.text.length, local(s, x)),
          )
        )
          reacting.push(x);
      }
      const named = actors.find((x) => local(s, x) < at && !reacting.some((y) => y.actor === x.actor));
      const doer =
        named?.actor ?? deedDoers(ctx.previousClaims ?? [], new Set(reacting.map((x) => x.actor)))[0];
      if (doer === undefined) continue;
      [sources, targets] = [reacting, [named ?? toldBefore(s, doer)]];
    }
    // "At Lukashenko's request, Russia formed a reserve": the one whose request it was asked
    // the doer of the clause (after the words, or before them: "left, at Yerevan's request").
    if (type === "REQUEST" && /^request$/i.test(m[0])) {
      const asker = s.mentions.findLast(
        (x) =>
          x.kind !== "organization" &&
          local(s, x) < at &&
          /^['’]s\s+$/.test(s.text.slice(local(s, x) + x.text.length, at)) &&
          /\b(?:at|on)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, local(s, x) - 8), local(s, x))),
      );
      if (asker) {
        const doer =
          actors.find((x) => local(s, x) > endOfVerb && x.actor !== asker.actor && !isPlace(s, x)) ??
          actors.findLast((x) => local(s, x) < local(s, asker) && x.actor !== asker.actor && !isPlace(s, x));
        [sources, targets] = doer ? [[asker], [doer]] : [[], []];
      }
    }
    // "The format brought Xi and the presidents of A, B and C together": the first of those
    // brought together met each of the others (the host, as news lists them).
    if (type === "CONSULT" && /^brought$/i.test(m[0])) {
      const together = text.indexOf("together", endOfVerb);
      const brought = actors.filter((x) => local(s, x) > at && local(s, x) < together);
      const [first] = brought;
      const others = first ? coordinated(s, brought, first, 1).filter((x) => x.actor !== first.actor) : [];
      if (!first || others.length === 0) continue;
      [sources, targets] = [[first], others];
    }
    // "Blinken sat the Armenian and Azerbaijani ministers down together", "kept them at the
    // table": the host met each, and they met each other.
    if (type === "CONSULT" && /^(?:sat|kept)$/i.test(m[0])) {
      const stop = text.slice(endOfVerb).search(/\b(?:down|at\s+the)\b/);
      const held = actors.filter((x) => local(s, x) > at && local(s, x) < endOfVerb + stop);
      const [first] = held;
      const others = first ? coordinated(s, held, first, 1).filter((x) => x.actor !== first.actor) : [];
      if (stop < 0 || !first || others.length === 0) continue;
      [sources, targets] = [
        [...sources.filter((x) => x.actor !== first.actor), first],
        [first, ...others],
      ];
    }
    // "Uzbek troops fired on protesters. Washington criticised the crackdown and demanded an
    // inquiry": an answer to a deed the sentence before told, with no one named, is to its doer.
    // ("After Uzbek troops opened fire ..., Washington criticised the crackdown": or told in the
    // same sentence before it.)
    // ("Tehran condemned the strikes as a violation of Yemen's sovereignty": the state wronged,
    // named after "as", is not whom the deed is blamed on.)
    if (
      type === "ACCUSE" &&
      targets.length > 0 &&
      DEED_ANSWERED.test(text.slice(endOfVerb, endOfVerb + 60)) &&
      targets.every((t) => WRONGED_AFTER.test(text.slice(endOfVerb, local(s, t))))
    )
      targets = [];
    if (
      ANSWERING.has(type) &&
      targets.length === 0 &&
      sources.length > 0 &&
      (type === "REQUEST" ? INQUIRY_ASKED : DEED_ANSWERED).test(text.slice(endOfVerb, endOfVerb + 60))
    ) {
      const doers = [
        ...out.flatMap((f) => (f.claim.kind === "event" && f.claim.type !== type ? [f.claim.source] : [])),
        // ("A accused B of annexing land. C also condemned the decision": the deed blamed is
        // B's, the one the reaction before was against.)
        ...(ctx.previousClaims ?? []).flatMap((c) =>
          c.kind === "event"
            ? [BLAMING.has(c.type) ? c.target : c.source]
            : c.kind === "membership"
              ? [c.state]
              : [],
        ),
      ];
      const doer = doers.find((x) => !sources.some((y) => y.actor === x));
      // ("North Korea launched a missile; Seoul and Tokyo condemned the launch": a deed the
      // format has no claim for, told earlier in the sentence by its subject.)
      const subject = actors.find(
        (x) => local(s, x) < at && !sources.some((y) => y.actor === x.actor) && !isPlace(s, x),
      );
      // ("The United States and Britain bombed ... . Iran condemned the strikes": each who
      // struck together, in the sentence before.)
      const pool = [...out.map((f) => f.claim), ...(ctx.previousClaims ?? [])];
      const together = pool.find((c) => c.kind === "event" && c.type === "ASSAULT" && c.source === doer);
      const partners =
        together?.kind === "event"
          ? pool.flatMap((c) =>
              c.kind === "event" &&
              c.type === "ASSAULT" &&
              c.target === together.target &&
              c.date === together.date &&
              c.source !== doer &&
              !sources.some((y) => y.actor === c.source)
                ? [c.source]
                : [],
            )
          : [];
      if (doer !== undefined) targets = [doer, ...new Set(partners)].map((x) => toldBefore(s, x));
      else if (subject && subject === actors[0]) targets = [subject];
    }
    // ("Indian missiles hit Pakistan, and Pakistan struck back": at the one who struck it.)
    if (
      type === "ASSAULT" &&
      targets.length === 0 &&
      sources.length > 0 &&
      /^\s+back\b/i.test(text.slice(endOfVerb, endOfVerb + 6))
    ) {
      const hit = new Set(sources.map((x) => x.actor));
      const striker = [...out.map((f) => f.claim), ...(ctx.previousClaims ?? [])].find(
        (c) => c.kind === "event" && c.type === "ASSAULT" && hit.has(c.target) && !hit.has(c.source),
      );
      if (striker?.kind === "event") targets = [toldBefore(s, striker.source)];
    }
    // "Yerevan asked the CSTO for troops. The CSTO declined to intervene": a refusal with no
    // object answers whoever asked the refuser, in the sentence before or earlier in this one
    // ("A and B demand an inquiry; Tashkent rejects the demand").
    if (type === "REJECT" && targets.length === 0 && sources.length > 0) {
      const refusers = new Set(sources.map((x) => x.actor));
      const told = [
        [...(ctx.sentenceClaims ?? []).filter((c) => c.kind !== "event"), ...out.map((f) => f.claim)],
        ctx.previousClaims ?? [],
      ];
      const askers = told.flatMap((claims) =>
        claims.flatMap((c) =>
          c.kind === "event" && c.type === "REQUEST" && refusers.has(c.target) && !refusers.has(c.source)
            ? [c.source]
            : [],
        ),
      );
      // "Finland and Sweden apply to join NATO. Turkey objects at once"; "Moscow banned the
      // imports; Minsk declined to follow suit": a refusal of nothing named answers the deed
      // just told, by each who did it.
      const doers =
        askers.length === 0 && REFUSAL_OF_DEED.test(text.slice(endOfVerb, endOfVerb + 50))
          ? (told.map((claims) => deedDoers(claims, refusers)).find((x) => x.length > 0) ?? [])
          : [];
      targets = [...new Set([...askers, ...doers])].map((x) => toldBefore(s, x));
    }
    // "The two Koreas signed a military agreement in 2018. ... Seoul suspended the pact": an
    // agreement of two ended or suspended by one of them, with no one named, rejects the other.
    if (
      type === "REJECT" &&
      targets.length === 0 &&
      sources.length > 0 &&
      DEAL_ENDED.test(text.slice(at, at + 100)) &&
      // (Not a condition: "unless Ankara dropped the deal".)
      !/\b(?:unless|if)\s+(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(Math.max(0, at - 40), at))
    ) {
      const own = new Set(sources.map((x) => x.actor));
      const deal = ctx.agreementsTold?.findLast(
        (c) => c.kind === "agreement" && c.parties.length === 2 && c.parties.some((p) => own.has(p)),
      );
      const other = deal?.kind === "agreement" ? deal.parties.find((p) => !own.has(p)) : undefined;
      if (other !== undefined) targets = [toldBefore(s, other)];
    }
    // "The four states hand Doha a list of 13 demands. ... Qatar rejects the list": demands
    // rejected with no one named are those who made them, told in the last few sentences.
    if (
      type === "REJECT" &&
      targets.length === 0 &&
      sources.length > 0 &&
      DEMANDS_ANSWERED.test(text.slice(endOfVerb, endOfVerb + 50))
    ) {
      const own = new Set(sources.map((x) => x.actor));
      const asked = (ctx.requestsTold ?? []).filter(
        (c) => c.kind === "event" && own.has(c.target) && !own.has(c.source),
      );
      const last = asked.at(-1);
      if (last?.kind === "event")
        targets = [
          ...new Set(asked.flatMap((c) => (c.kind === "event" && c.date === last.date ? [c.source] : []))),
        ].map((a) => toldBefore(s, a));
    }
    // "Russia vetoed a Security Council draft": a veto rejects the United Nations' council.
    if (type === "REJECT" && targets.length === 0 && sources.length > 0 && /^veto/i.test(m[0])) {
      const council = SECURITY_COUNCIL.exec(s.text);
      if (council)
        targets = [
          {
            start: s.start + council.index,
            end: s.start + council.index + council[0].length,
            text: council[0],
            actor: "UN",
            kind: "organization",
          },
        ];
    }
    // "Britain accused Iran of shipping missiles. Washington and London imposed fresh
    // sanctions": sanctions with no one named fall on the one just accused, or on the doer of
    // the hostile deed just told.
    // ("EU ministers extended the sanctions", "Brussels lifted most of its sanctions": the ones
    // it put on the state it last sanctioned.)
    if (
      (type === "SANCTION" || type === "CONCEDE") &&
      targets.length === 0 &&
      sources.length > 0 &&
      OWN_SANCTIONS.test(text.slice(Math.max(0, at - 30), Math.max(clauseEnd, at + m[0].length)))
    ) {
      const on = sources.map((x) => ctx.sanctioned?.get(x.actor)).find((x) => x !== undefined);
      if (on !== undefined && !sources.some((x) => x.actor === on)) targets = [toldBefore(s, on)];
    }
    // "Lithuania declared independence, and Moscow answered with an economic blockade": the
    // measure answers the one the clause before is about.
    if (
      type === "SANCTION" &&
      targets.length === 0 &&
      sources.length > 0 &&
      /^(?:answered|responded|retaliated)\b/i.test(m[0])
    ) {
      const clause = breaks.findLast((b) => b <= at) ?? 0;
      const answered = actors.find(
        (x) => x.kind === "state" && local(s, x) < clause && !sources.some((y) => y.actor === x.actor),
      );
      if (answered) targets = [answered];
    }
    if (type === "SANCTION" && targets.length === 0 && sources.length > 0) {
      const sanctioning = new Set(sources.map((x) => x.actor));
      const culprit = [...(ctx.previousClaims ?? []), ...out.map((f) => f.claim)].flatMap((c) =>
        c.kind !== "event"
          ? []
          : c.type === "ACCUSE"
            ? [c.target]
            : c.type === "ASSAULT" || c.type === "COERCE" || c.type === "THREATEN"
              ? [c.source]
              : [],
      );
      const target = culprit.findLast((x) => !sanctioning.has(x));
      if (target !== undefined) targets = [toldBefore(s, target)];
    }
    // "Chinese vessels rammed Vietnamese ships. Hanoi protested loudly": a protest with no one
    // named is at whoever just did the protester harm.
    if (type === "PROTEST" && targets.length === 0 && sources.length > 0) {
      const harmed = new Set(sources.map((x) => x.actor));
      const doer = [...(ctx.previousClaims ?? []), ...out.map((f) => f.claim)].findLast(
        (c) =>
          c.kind === "event" &&
          HOSTILE.has(c.type) &&
          harmed.has(c.target) &&
          !harmed.has(c.source) &&
          c.type !== "MOBILIZE",
      );
      if (doer?.kind === "event") targets = [toldBefore(s, doer.source)];
    }
    // "Washington moved against Russian banks. Brussels followed with sectoral sanctions":
    // sanctions that follow others' are on the same target.
    if (type === "SANCTION" && targets.length === 0 && sources.length > 0 && FOLLOWING.test(text)) {
      const earlier = [...(ctx.previousClaims ?? []), ...out.map((f) => f.claim)].findLast(
        (c) => c.kind === "event" && c.type === "SANCTION" && !sources.some((x) => x.actor === c.target),
      );
      // ("... the EU's ban. On 24 June they added sanctions. Washington and London followed with
      // measures of their own": the state sanctioned last in the text, a sentence or more back.)
      const last = earlier?.kind === "event" ? earlier.target : [...(ctx.sanctioned?.values() ?? [])].at(-1);
      if (last !== undefined && !sources.some((x) => x.actor === last)) targets = [toldBefore(s, last)];
    }
    // "the answer to a long-standing request from Minsk": the one the request came from asked
    // the one the clause is about.
    if (type === "REQUEST" && /^requests?$/i.test(m[0])) {
      const from = actors.find(
        (x) =>
          local(s, x) >= endOfVerb && /^\s+from\s+(?:the\s+)?$/i.test(text.slice(endOfVerb, local(s, x))),
      );
      // (The clause's subject: "His government has kept Russian aircraft out of X despite
      // repeated requests from Moscow" asks Tajikistan, not X.)
      const asked = from
        ? actors.find((x) => local(s, x) >= clauseFrom && local(s, x) < at && x.actor !== from.actor)
        : undefined;
      if (from && asked) [sources, targets] = [[from], [asked]];
    }
    // "At talks in St Petersburg on 25 June, Putin promised Lukashenko ...", "at a meeting with
    // Lukashenko in Sochi, Putin said": talks set before the main clause are its subject's,
    // with the one they were "with", else the one the main clause names next.
    if (
      type === "CONSULT" &&
      sources.length === 0 &&
      /^(?:talks|meeting|summit)/i.test(m[0]) &&
      TALKS_OPENING.test(text.slice(0, at)) &&
      /^\s+(?:with|in|on|at)\b/i.test(text.slice(endOfVerb, endOfVerb + 6))
    ) {
      const close = text.indexOf(",", endOfVerb);
      const subject = close < 0 ? undefined : actors.find((x) => local(s, x) > close);
      // (A list for a subject, "seven countries - A, B and C - signed", is no meeting of each.)
      const list = subject ? coordinated(s, actors, subject, 1) : [];
      const partner =
        actors.find((x) => local(s, x) > endOfVerb && local(s, x) < close) ??
        (subject
          ? actors.find(
              (x) =>
                local(s, x) > local(s, subject) &&
                x.actor !== subject.actor &&
                x.kind !== "organization" &&
                !list.includes(x),
            )
          : undefined);
      if (subject && partner && partner.actor !== subject.actor) [sources, targets] = [[subject], [partner]];
    }
    // "When CSTO leaders gathered in Yerevan, he refused to sign the declaration": what was
    // refused is the gathering's, the organization the opening clause names.
    if (type === "REJECT" && targets.length === 0 && sources.length > 0 && /^(?:refus|declin)/i.test(m[0])) {
      const from = local(s, sources[0] as Mention);
      const host = INTRODUCTORY_CLAUSE.test(s.text.slice(0, from))
        ? actors.find(
            (x) =>
              isOrg(x) &&
              local(s, x) < from &&
              GATHERED_AFTER.test(s.text.slice(local(s, x) + x.text.length, from)),
          )
        : undefined;
      if (host) targets = [host];
    }
    // "Soviet troops stormed the television tower in Vilnius": an attack on a place in a state
    // is on that state.
    if (type === "ASSAULT" && targets.length === 0 && sources.length > 0) {
      const place = stateInClause(
        s,
        endOfVerb,
        clauseEnd,
        sources,
        (x) =>
          OBJECT_IN_PLACE.test(s.text.slice(endOfVerb, local(s, x))) &&
          // ("villages near the Kazakh border": a place by a state, not in it.)
          !/^\s+(?:border|frontier|side|line)\b/i.test(s.text.slice(local(s, x) + x.text.length)),
      );
      if (place) targets = [place];
    }
    // "ECOWAS threatened military intervention in Niger": a threat of force in a state is one to it.
    if (type === "THREATEN" && targets.length === 0 && sources.length > 0 && /^threaten/i.test(m[0])) {
      const place = stateInClause(s, endOfVerb, clauseEnd, sources, (x) =>
        FORCE_IN_PLACE.test(s.text.slice(endOfVerb, local(s, x))),
      );
      if (place) targets = [place];
    }
    // "Lukashenko met Putin, who announced a $1.5 billion loan", "When the two met in Sochi,
    // Moscow offered a loan": aid no one is named to receive goes to the one its giver met, in
    // the sentence or the one before.
    // (Only a verb of giving, with the giver its subject right before it: "just as Russia
    // promised", not Bakiyev, the sentence's subject.)
    const giver = sources[0];
    if (
      type === "AID" &&
      targets.length === 0 &&
      giver !== undefined &&
      actors.findLast((x) => local(s, x) < at)?.actor === giver.actor &&
      GIVING_VERB.test(text.slice(local(s, giver), endOfVerb + 1))
    ) {
      const met = out.findLast(
        (f) =>
          f.claim.kind === "event" &&
          f.claim.type === "CONSULT" &&
          (f.claim.source === giver.actor || f.claim.target === giver.actor),
      )?.claim;
      const other = otherSide(
        met?.kind === "event" ? [met.source, met.target] : ctx.previousMeeting,
        giver.actor,
      );
      if (other !== undefined) targets = [toldBefore(s, other)];
    }
    // ("When A called for an inquiry, B refused": each the other's; paired after the loop.)
    if (targets.length === 0 && sources.length > 0 && date && (type === "REQUEST" || type === "REJECT"))
      unanswered.push({ type, sources: uniqueActors(sources), date, at });
    // "The Kremlin threatened retaliation in June 2022, when Lithuania stopped ...": a threat or
    // protest with no one named answers the one whose deed the when-clause after it tells.
    if ((type === "THREATEN" || type === "PROTEST") && targets.length === 0 && sources.length > 0) {
      const doer = actors.find(
        (x) =>
          local(s, x) > at &&
          WHEN_CLAUSE_SUBJECT.test(s.text.slice(Math.max(0, local(s, x) - 12), local(s, x))) &&
          !sources.some((y) => y.actor === x.actor),
      );
      if (doer) targets = [doer];
    }
    // "When Russia invaded on 24 February 2022": an invasion with no object invaded the other
    // state the sentence names ("Ukraine's ports were closed after Russia invaded"), or the
    // other of the two the story is about, or (by one outside them) the state it is about.
    if (
      type === "ASSAULT" &&
      targets.length === 0 &&
      sources.length > 0 &&
      /^invade[ds]$/i.test(m[0]) &&
      INVADED_WITH_NO_OBJECT.test(text.slice(endOfVerb, endOfVerb + 12))
    ) {
      const other = storyOther(ctx, sources);
      const invaded =
        actors.find((x) => x.kind === "state" && !sources.some((y) => y.actor === x.actor)) ??
        (other === undefined ? undefined : toldBefore(s, other));
      if (invaded) targets = [invaded];
    }
    // "Washington eased its arms embargo in October 2014", "Baku apologised within hours": a
    // concession with no one named is to the other of the two states the story is about, or
    // (by one outside them) to the state it is about. (Measured for protests, sanctions,
    // rejections and requests too: those lost as often as they gained.)
    if (type === "CONCEDE" && targets.length === 0 && sources.length > 0) {
      const other = storyOther(ctx, sources);
      if (other !== undefined) targets = [toldBefore(s, other)];
    }
    if (sources.length === 0 || targets.length === 0) continue;
    // ("returned to the CSTO in 2006": back in a body, no visit.)
    if (type === "CONSULT" && /^returned\b/i.test(m[0]) && targets.some((x) => isOrg(x))) continue;
    if (!date) continue;
    // "Ashgabat had long skipped most CIS meetings", "has long opposed": a habit, not a deed told.
    // (A charge long made is told: "Budapest has long accused Kyiv of ...".)
    if (type !== "ACCUSE" && LONG_HABIT.test(text.slice(Math.max(0, at - 24), at))) continue;
    // "the president's visit to Peru was postponed", "have met regularly since 2029": a meeting
    // called off, or a habit, is no meeting told.
    if (
      type === "CONSULT" &&
      (CALLED_OFF.test(text.slice(at, at + 90)) ||
        HABIT.test(text.slice(Math.max(0, at - 16), at + m[0].length + 16)))
    )
      continue;
    // A state acts on itself only when told so ("fired on its own protesters"); "fighting
    // between A and B along the two countries' border" is A against B, not A against A.
    const onItself = targets === sources;
    for (const [i, a] of among.entries())
      for (const b of among.slice(i + 1)) out.push(...eventPair(type, a, b, date));
    for (const source of new Set(sources.map((x) => x.actor))) {
      for (const target of new Set(targets.map((x) => x.actor))) {
        if (source === target && !onItself && !inRegion) continue;
        // ("held talks in Lima and later called on Peru's party chief": one meeting, told twice.)
        const again = out.some(
          (f) =>
            f.claim.kind === "event" &&
            f.claim.type === type &&
            f.claim.source === source &&
            f.claim.target === target &&
            f.claim.date === date.date,
        );
        if (!again) out.push(...eventPair(type, source, target, date));
      }
    }
    // "Karimov refused the European Union's demand for an inquiry": the demand refused was
    // the Union's request of him.
    // (Not when the demand's own noun, before a passive, told it already.)
    if (type === "REJECT" && clauseFrom !== nounSubjectEnd)
      for (const t of targets)
        if (DEMAND_AFTER.test(text.slice(local(s, t) + t.text.length, local(s, t) + t.text.length + 24)))
          for (const source of new Set(sources.map((x) => x.actor)))
            if (source !== t.actor) out.push(...eventPair("REQUEST", t.actor, source, date));
    // "stood beside Putin, as did Lukashenko and Pashinyan": each of them did the same.
    const asDid = actors.find(
      (x) =>
        local(s, x) > endOfVerb &&
        local(s, x) < clauseEnd + 60 &&
        /,?\s+as did\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
          s.text.slice(Math.max(0, local(s, x) - 40), local(s, x)),
        ) &&
        !/[;.]/.test(s.text.slice(endOfVerb, local(s, x))),
    );
    // ("as did Belarus's Alexander Lukashenko and ...": the list goes on from the person.)
    let listed = asDid;
    for (const x of actors)
      if (
        listed &&
        x.actor === listed.actor &&
        local(s, x) > local(s, listed) &&
        /^(?:['’]s)?\s*,?\s*$/.test(s.text.slice(local(s, listed) + listed.text.length, local(s, x)))
      )
        listed = x;
    if (listed)
      for (const other of uniqueActors([asDid as Mention, ...coordinated(s, actors, listed, 1)]))
        for (const target of new Set(targets.map((x) => x.actor)))
          if (other !== target) out.push(...eventPair(type, other, target, date));
    // "in 1999 and 2000": the same event at each of coordinated dates.
    for (const other of coordinatedDates(s, date)) {
      for (const f of out.filter(
        (x) => x.claim.kind === "event" && x.claim.date === date.date && x.claim.type === type,
      ))
        if (f.claim.kind === "event") out.push({ claim: { ...f.claim, date: other.date }, confidence: 0.4 });
    }
    // One event type per clause, the first verb that reads; the same verb again with a
    // date of its own ("lifted its sanctions in 2008 and its embargo in 2009") is told too.
    if (out.length > told) {
      const first = out[told]?.claim;
      for (const again of verbs.filter((v) => v.type === type && v.m.index > at && v.m.index < clauseEnd)) {
        if (SINCE_THE.test(text.slice(Math.max(0, again.m.index - 50), again.m.index))) continue;
        const later = dateNear(s, again.m.index);
        if (!later || later.date === date.date || first?.kind !== "event") continue;
        // ("... in the worst clashes since the 2020 war": a date that anchors, not one of its own.)
        const written = s.dates.find((d) => d.date === later.date);
        if (
          written &&
          /\bsince\s+(?:the\s+)?$/i.test(
            s.text.slice(Math.max(0, written.start - s.start - 12), written.start - s.start),
          )
        )
          continue;
        // ("crossed into A in 1999 and raided B in 2000": a verb with an object of its own tells
        // its own event.)
        const againEnd = again.m.index + again.m[0].length;
        const object = actors.find((x) => local(s, x) >= againEnd && local(s, x) < clauseEnd);
        if (object && object.actor !== first.source && object.actor !== first.target) continue;
        // "... in 2014, and in August Moscow banned ...": a new subject tells an event of its own.
        const subject = actors.findLast((x) => local(s, x) < again.m.index);
        const firstDate = s.dates.find((d) => d.date === date.date);
        if (subject && firstDate && subject.start > firstDate.start) continue;
        const step = out.slice(told).filter((f) => f.claim.kind === "event" && f.claim.date === date.date);
        for (const f of step)
          if (f.claim.kind === "event")
            out.push({
              claim: { ...f.claim, date: later.date, ...(later.end ? { end: later.end } : {}) },
              confidence: 0.4,
            });
      }
      // ("Scholz, visiting Vilnius on 7 June, met the presidents of ...": a participle's aside
      // ends at its closing comma, and the main verb after it tells its own event.)
      // ("Xi, who combined the gathering with a state visit to Kazakhstan, met Putin": so does a
      // relative clause about the subject.)
      const aside =
        (/^\w+ing$/i.test(m[0]) && /,\s*$/.test(text.slice(Math.max(0, at - 3), at))) ||
        RELATIVE_OPENED.test(text.slice(Math.max(0, at - 80), at))
          ? PARTICIPLE_ASIDE_END.exec(text.slice(endOfVerb, endOfVerb + 60))
          : null;
      // ("Peru's request was rejected by Chile": a deed told as a noun, the subject of a passive
      // verb that tells another deed.)
      const passiveAfter =
        !aside &&
        /^\p{Ll}+$/u.test(m[0]) &&
        !/(?:ed|ing)$/.test(m[0]) &&
        NOUN_PASSIVE.test(text.slice(endOfVerb));
      clauseFrom = aside ? endOfVerb + aside[0].length : passiveAfter ? endOfVerb : clauseEnd;
      nounSubjectEnd = passiveAfter ? endOfVerb : -1;
      asideEnd = aside ? clauseFrom : -1;
      asideStart = aside ? text.lastIndexOf(",", at) : -1;
    }
  }
  // "When the US and the EU called for an inquiry, Karimov refused": the request was made of
  // the one who refused it, and the refusal answers those who asked.
  const asked = unanswered.find((u) => u.type === "REQUEST");
  const refused = unanswered.find(
    (u) =>
      u.type === "REJECT" &&
      asked !== undefined &&
      u.at > asked.at &&
      !u.sources.some((x) => asked.sources.includes(x)),
  );
  if (asked && refused)
    for (const a of asked.sources)
      for (const r of refused.sources)
        out.push(...eventPair("REQUEST", a, r, asked.date), ...eventPair("REJECT", r, a, refused.date));
  return out;
}

/**
 * "Bishkek said on Friday that Tajik troops had attacked ...": the speaker accuses the doer.
 * The speaker is the nearest actor before the reporting verb, the doer the subject after "that".
 */
function reportedAccusation(
  s: SentenceView,
  actors: readonly Mention[],
  doers: readonly Mention[],
  date: ClaimDate,
): Found[] {
  const doer = doers[0];
  if (!doer) return [];
  const reported = REPORTED.exec(s.text.slice(0, local(s, doer)));
  if (!reported) return [];
  const speaker = actors.findLast((x) => local(s, x) < reported.index);
  if (!speaker) return [];
  return uniqueActors(doers)
    .filter((d) => d !== speaker.actor)
    .flatMap((d) => eventPair("ACCUSE", speaker.actor, d, date));
}

// ---------------------------------------------------------------- standing forces

const FORCE_NAME =
  /\b((?:(?:[A-Z][\w-]*|of|the)\s+){0,7}(?:Force|Forces|Legion|Grouping|Army)s?\b)|\b((?:peacekeeping|rapid reaction|rapid deployment|regional) (?:force|forces|grouping|legion)s?)\b|\b((?:[\w-]+ ){1,2}and (?:[\w-]+ ){0,1}[\w-]+ (?:legions|groupings))\b/;
const ESTABLISH = /\b(?:establish\w*|form(?:ed|ation)|creat\w*|set up|launch\w*|deploy\w*)\b/i;
const SIZE = /(\d{1,3}(?:,\d{3})+|\d+)\s+(?:soldiers|troops|members|servicemen|personnel|men)\b/i;

export function forceClaims(s: SentenceView, ctx: ReadingContext): Found[] {
  const named = FORCE_NAME.exec(s.text);
  if (!named) return [];
  const name = (named[1] ?? named[2] ?? named[3] ?? "").replace(/^(?:the|of)\s+/i, "").trim();
  if (name.split(/\s+/).length < 2) return [];
  // ("the People's Liberation Army": a name owned by what is no organization is a state's own army;
  // "the CSTO's Collective Rapid Reaction Forces" is the organization's.)
  const owner = /([\p{L}.-]+)['’]s\s+$/u.exec(s.text.slice(Math.max(0, named.index - 40), named.index));
  if (
    owner &&
    !s.mentions.some(
      (x) =>
        isOrg(x) && local(s, x) + x.text.length === named.index - owner[0].length + (owner[1] ?? "").length,
    )
  )
    return [];
  // The organization named here, else the one the text is about (the span reaches back to it).
  // (A force that states set up among themselves, "a ceasefire that A and B signed, which
  // created a joint peacekeeping force", is no organization's.)
  const org =
    s.mentions.find(isOrg)?.actor ??
    (AGREEMENT_WORD.test(s.text) && SIGNING.test(s.text) && uniqueActors(s.mentions).length >= 2
      ? undefined
      : ctx.recentOrganization);
  if (!org) return [];
  // The troops of an exercise are not the size of the force that held it.
  const size = EXERCISE.test(s.text) ? null : SIZE.exec(s.text);
  // The establishing verb must govern the force: "established the X" or "the X was formed",
  // said as done ("is required to establish", "to deploy" a force set up elsewhere are not).
  const nameAt = named.index;
  const establish = [...s.text.matchAll(new RegExp(ESTABLISH.source, "gi"))].find((e) => {
    const before = s.text.slice(Math.max(0, e.index - 60), e.index);
    if (
      /\b(?:required|obliged|expected|planning|plans?|intends?|hopes?|wants?|in order)\b[^.;]{0,40}\bto\s+$|\b(?:will|would|shall)\s+$/i.test(
        before,
      )
    )
      return false;
    const ahead = nameAt - (e.index + e[0].length);
    const behind = e.index - (nameAt + named[0].length);
    return (
      (ahead >= 0 && ahead <= 40) ||
      // "the X was formed", "the X, which the members agreed to create".
      (behind >= 0 &&
        behind <= 60 &&
        /\b(?:was|were|is|are|been|agreed to|decided to|voted to)\s+$/i.test(before)) ||
      // "the X, created in June 2009, ...": a participle right after the name.
      (behind >= 0 && behind <= 3 && /,\s*$/.test(before) && /(?:ed|set up)$/i.test(e[0]))
    );
  });
  // A size is a state of things: "until 2011 the force numbered..." tells it as of then.
  const date = dateNear(s, establish?.index ?? named.index, { bounds: !establish });
  if (!date) return [];
  const members = uniqueActors(s.mentions.filter((x) => x.kind === "state"));
  const change = establish ? "establish" : size ? "size" : null;
  if (!change) return [];
  // "The eastern and Caucasian legions were formed in 1997 and 2000 respectively": one each.
  if (named[3] && change === "establish") {
    const [kind = "legions"] = name.split(/\s+/).slice(-1);
    const names = name
      .slice(0, -kind.length)
      .split(/\s+and\s+/)
      .map((n) => `${n.trim().charAt(0).toUpperCase()}${n.trim().slice(1)} ${kind.replace(/s$/, "")}`);
    const dates = [date, ...coordinatedDates(s, date)];
    return names.map((n, i) => ({
      claim: { kind: "force" as const, org, name: n, change, date: (dates[i] ?? date).date },
      confidence: 0.45,
    }));
  }
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  // "The X, created in June 2009, numbered about 20,000 troops in 2013": set up then, that size later.
  const sizeDate = establish && size ? dateNear(s, size.index) : null;
  if (sizeDate && size?.[1] && sizeDate.date !== date.date)
    return [
      {
        claim: {
          kind: "force",
          org,
          name: title,
          change: "establish",
          ...(members.length > 0 ? { members } : {}),
          date: date.date,
        },
        confidence: 0.5,
      },
      {
        claim: {
          kind: "force",
          org,
          name: title,
          change: "size",
          size: Number(size[1].replace(/,/g, "")),
          date: sizeDate.date,
        },
        confidence: 0.45,
      },
    ];
  return [
    {
      claim: {
        kind: "force",
        org,
        name: title,
        change,
        ...(size?.[1] ? { size: Number(size[1].replace(/,/g, "")) } : {}),
        ...(members.length > 0 ? { members } : {}),
        date: date.date,
      },
      confidence: 0.5,
    },
  ];
}

/**
 * A claim pattern: what it reads, the trigger expressions of which one at least matches
 * any sentence it reads a claim in, and its cue: words every trigger match starts with or
 * holds (see cues.ts), so that the reader skips the pattern where none is written.
 */
/** A deal sealed, or ties raised to a partnership: what a visit may bring about. */
const VISIT_SEALED = new RegExp(
  `${SIGNING.source}|\\b(?:raised|lifted|elevated)\\b(?=[^.;]{0,60}\\bto\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}partnership\\b)`,
  "i",
);
/** The words of a visit, a trip or talks. */
const VISIT_WORD =
  /\b(?:visit(?:s|ed|ing)?|travell?ed|trip|flew|came|went|arrived|talks|summit|met|meeting|hosted)\b/i;
/** A signing not done: "hope to sign", "will sign", "is expected to sign". */
const SIGNING_AHEAD =
  /\b(?:to|will|would|could|may|might|should|shall)\s+(?:\w+\s+)?(?:sign|conclud|ink|seal|rais|lift)\w*/i;

/**
 * "The contract was signed during Macron's visit to Belgrade", "a police agreement was signed
 * when Sogavare travelled to Beijing", "ties were raised to a strategic partnership during
 * Xi's visit": an agreement with no parties named, sealed at a meeting the sentence told (one
 * pair only), is the agreement of the two who met, at the meeting's date.
 */
function visitAgreements(s: SentenceView, ctx: ReadingContext, events: readonly Found[]): Found[] {
  const sealed = VISIT_SEALED.exec(s.text);
  if (!sealed) return [];
  const here = [...(ctx.sentenceClaims ?? []), ...events.map((f) => f.claim)];
  if (here.some((c) => c.kind === "agreement") || SIGNING_AHEAD.test(s.text)) return [];
  if (!(AGREEMENT_WORD.test(s.text) || /\bpartnership\b/i.test(s.text))) return [];
  const meetings = here.filter((c) => c.kind === "event" && c.type === "CONSULT");
  const pairs = new Set(
    meetings.map((c) => (c.kind === "event" ? [c.source, c.target].sort().join(" ") : "")),
  );
  const meeting = meetings[0];
  if (pairs.size !== 1 || meeting?.kind !== "event" || meeting.date === null) return [];
  // (Of two states, not a body: "hosted the signing of the Collective Security Treaty".)
  if (s.mentions.some((x) => isOrg(x) && (x.actor === meeting.source || x.actor === meeting.target)))
    return [];
  // (Sealed at the meeting, close to the words that tell it: not "signed its memorandum in
  // Samarkand ... and became a member at a summit hosted by India".)
  const near = s.text.slice(Math.max(0, sealed.index - 70), sealed.index + sealed[0].length + 70);
  if (!VISIT_WORD.test(near)) return [];
  return [
    {
      claim: { kind: "agreement", parties: [meeting.source, meeting.target], date: meeting.date },
      confidence: 0.4,
    },
  ];
}

export interface Pattern {
  readonly read: (s: SentenceView, ctx: ReadingContext) => Found[];
  readonly triggers: readonly RegExp[];
  readonly cue: readonly CueWord[];
  /** The pattern reads nothing in a sentence that names no organization. */
  readonly needsOrganization?: boolean;
}

/** Every pattern, in the order they run. */
export const PATTERNS: readonly Pattern[] = [
  {
    read: orgClaims,
    // (FOUNDING_VERB: "signed the treaty founding X", read by the states that signed it.)
    triggers: [FOUND, DISSOLVE, RENAMED, FOUNDING_VERB],
    cue: [
      ...["renamed", "renames", "renaming", "turned", "turns", "turn", "transformed", "transforms"],
      // "was converted into X", "since its creation in 2002"
      ...["converted", "converts", "creation", "establishment", "inception"],
      // "started life in 1997 as a forum of A, B, C"
      "life",
      // "The organization was proclaimed in Shanghai"
      "proclaimed",
      ...[
        "founded",
        "established",
        "created",
        "formed",
        "set",
        "launched",
        "launching",
        "proclaimed",
        "signed",
        "came",
        "come",
        "born",
        "establishes",
        "establishing",
        "creates",
        "creating",
        ...["create", "establish", "founds", "sets"],
        // ("met in Shanghai to found the SCO")
        "found",
        "founding",
        // "the customs union of A, B and C starts operating"
        ...["operating", "operate", "functioning", "function"],
      ],
      ...["dissolved", "disbanded", "ceased", "ceases", "abolished", "terminated", "merged"],
    ],
    needsOrganization: true,
  },
  {
    read: membershipClaims,
    triggers: [
      ...MEMBERSHIP_TRIGGERS.map((t) => t.re),
      FOLLOWED,
      ADMIT,
      ADMISSION_PROCEDURE,
      FOUNDING_MEMBERS,
      ADMISSION_OF,
    ],
    cue: [
      ...[
        "suspen*",
        "withdr*",
        "left",
        "quits",
        "exits",
        "leaves",
        "quit",
        "exited",
        "pulled",
        "pulling",
        "renew*",
        "observer*",
        "appl*",
        "exit",
        "departure",
        "associate",
      ],
      ...["froze", "frozen", "freeze", "freezes", "freezing", "stopped", "walk", "walks", "walked", "ceased"],
      ...[
        "join*",
        "rejoin*",
        "acced*",
        "accession*",
        // "with the admission of Poland, Hungary and the Czech Republic"
        ...["admission", "entry"],
        "admitted",
        "become",
        "became",
        "becomes",
        "returned",
        "return",
        "came",
        "entered",
        "enter",
        "enters",
        "ended",
        "ending",
        "ends",
        "lapse",
        "lapsed",
        "readmitted",
        // "the AU readmitted Gabon", "Russia was expelled from the Council of Europe"
        ...["readmits", "reinstated", "reinstates", "expelled", "expels"],
        // "voted to readmit Syria"
        ...["readmit", "reinstate", "expel"],
        "leave",
        "extend",
        "prolong",
        "today",
        "tonight",
      ],
      // (An admission's words, as the admit part has them.)
      ...PART_CUE_WORDS.admit,
      ...[
        "founding",
        "founded",
        "among",
        "followed",
        "did",
        "signed",
        "sign",
        "signs",
        // "put its name to the treaty"
        "put",
        // "a NATO member since 1952", "among the original signatories": the rarer word of each.
        "since",
        "signatories",
        // "added their signatures in 1993", "has belonged to X since", "helped found X"
        ...["signature", "signatures", "belonged", "belongs", "helped", "helps", "co", "cofounded"],
        ...["launched", "created", "established"],
        // "stayed outside the CIS until 1993"
        ...["stayed", "stays"],
        // "renounced its membership", "regained full membership", "requested membership", "on hold"
        ...["renounc*", "regain*", "request*", "hold"],
        // "would seek full membership"
        ...["seek", "seeks", "seeking", "sought"],
        // "was leaving the CIS", "is quitting GUAM", "brought Armenia into the CSTO", "is back in the CSTO"
        ...["leaving", "quitting", "brings", "bringing", "back"],
        // "making Belarus its tenth member", "making Chile one of its original parties"
        "making",
        // "ratified its membership of the CIS", "launched the procedure for admitting Iran"
        ...["ratif*", "admit", "admitting"],
      ],
    ],
    needsOrganization: true,
  },
  {
    read: ruleClaims,
    triggers: [...DECISION_VALUES.map(([re]) => re), ...RULES.map((r) => r.re), NEUTRALITY],
    cue: [
      ...["qualified", "thirds", "majority", "unanim*", "consensus"],
      ...["aggression", "attack", "collective", "come", "go", "permitted", "allowed", "may"],
      ...["consent", "approval", "agreement", "prohibit*", "ban*", "allow", "forbid*", "forbad*", "bar*"],
      ...["neutrality", "aligned", "nonaligned", "bloc", "nonbloc", "neutral", "not", "blocs", "alliances"],
      // ("would join no military blocs and host no foreign bases")
      "foreign",
      ...["rules", "ruled", "ruling", "permanently"],
    ],
  },
  {
    read: forceClaims,
    triggers: [FORCE_NAME],
    cue: ["force*", "legion*", "grouping*", "army", "armys"],
    needsOrganization: true,
  },
  {
    read: baseClaims,
    triggers: [
      BASE_WORD,
      LEAVING,
      LEASE_EXTENDED,
      SITE_PRESENCE,
      THROWN_OUT_OF,
      OPENED_OR_USE,
      TROOPS_HOSTED,
      PRESENCE_ENDED,
    ],
    cue: [
      "base",
      "bases",
      ...["battlegroup", "battlegroups", "battle"],
      "airbase",
      "airbases",
      "facility",
      "facilitys",
      "facilities",
      "airfield",
      "airfields",
      "transit",
      "site",
      "sites",
      ...[
        "station",
        "stations",
        "installation",
        "installations",
        "garrison",
        "garrisons",
        "outpost",
        "outposts",
        "radar",
        "radars",
        "centre",
        "center",
      ],
      ...["shelved", "scrapped", "abandoned"],
      // (A lease extended: see LEASE_EXTENDED.)
      ...["lease", "extension"],
      ...[
        "left",
        "leave",
        "leaves",
        "withdrew",
        "withdrawn",
        "pulled",
        "vacated",
        "handed",
        "quit",
        "used",
        "operated",
        "flew",
        "evict*",
        "expel*",
        // "threw U.S. forces out of Karshi-Khanabad", "ordered U.S. troops off the airfield"
        ...["threw", "thrown", "kicked", "forced", "ordered", "orders"],
        // "let US aircraft use Karshi-Khanabad"
        "use",
      ],
      // "Russia still rents Baikonur": a site the knowledge base knows, held now.
      ...["rents", "leases", "operates", "maintains", "keeps"],
      // "Russian troops are still stationed at Gudauta", "the Germans remain at Termez".
      ...["stationed", "based", "garrisoned", "remain", "remains", "stay", "stays", "keep", "maintain"],
      ...["troops", "forces", "soldiers", "servicemen", "personnel", "contingent", "aircraft", "warships"],
      ...["units", "presence", "deployed", "opens"],
      // "It opened in 2003": the base just told of.
      ...["opened", "closed", "shut", "established"],
      // "the US military completed its withdrawal from Niger", "did not finish leaving Poland"
      ...["completed", "finished", "finish", "complete"],
    ],
  },
  {
    read: exerciseClaims,
    triggers: [EXERCISE, SENDING_TROOPS, EXERCISE_FORCES, EXERCISE_HELD],
    cue: [
      "exercise",
      "exercises",
      "drill",
      "drills",
      "games",
      // "a joint air and sea patrol", "bombers flew together over the Sea of Japan"
      ...["patrol", "patrols", "together"],
      ...[
        "sent",
        "sends",
        "send",
        "sending",
        "deployed",
        "deploys",
        "deploy",
        "deploying",
        "dispatched",
        "dispatch",
      ],
      "manoeuvres",
      "maneuvers",
      "operation",
      "operations",
      "staged",
      // "held a bilateral Peace Mission 2009", "China joined Tsentr-2019", "took part in Vostok 2018"
      ...["held", "holds", "stages", "conducted", "conducts", "joined", "joins", "part", "participated"],
      ...[
        "troops",
        "soldiers",
        "servicemen",
        "personnel",
        "sailors",
        "marines",
        "paratroopers",
        "units",
        "participants",
        "navies",
        "armies",
      ],
    ],
  },
  {
    read: agreementClaims,
    triggers: [SIGNING, AGREED_TO_BUY, DATED_AGREEMENT],
    cue: [
      // "agreed to buy the Russian S-400", "agreed a gas swap"
      ...["buy", "purchase", "acquire", "agreed"],
      // "His visit to Tashkent produced a declaration"
      ...["produced", "yielded"],
      // "a 2005 agreement with Tbilisi", "the security treaty of 1960"
      ...["agreement", "treaty", "accord", "pact", "memorandum", "deal", "act", "contract"],
      "sign",
      "signed",
      "signing",
      "signs",
      "concluded",
      "concluding",
      "issued",
      "adopted",
      "inked",
      // ("agreed an Individual Partnership Programme", "declared a strategic partnership":
      // the rarer word.)
      "programme",
      "program",
      "partnership",
      "roadmap",
      "plan",
      "upgraded",
      "reached",
      "struck",
      "put",
    ],
  },
  {
    read: eventClaims,
    triggers: [...EVENT_VERBS.map(([, re]) => re), SAME_DEED, FOLLOWED_ON, DONE_AGAIN, AFTER_TALKS],
    // ("did the same", "followed suit": a deed told again.)
    // ("their first encounter since ...": the last time they met.)
    // ("did so again in 2022": a deed repeated; "Following two days of negotiations, ...": talks.)
    cue: [
      ...EVENT_TYPE_CUE_WORDS.flat(),
      ...["same", "likewise", "suit", "followed", "encounter", "again", "negotiations"],
    ],
  },
];

/** Each part's expressions (PART_CUE_WORDS), for the test that its cue is present wherever they match. */
export const PART_TRIGGERS: readonly (readonly [string, readonly CueWord[], readonly RegExp[]])[] =
  PART_NAMES.map((name) => [
    name,
    PART_CUE_WORDS[name],
    [
      ...MEMBERSHIP_TRIGGERS.filter((t) => t.part === PART[name]).map((t) => t.re),
      ...RULES.filter((r) => r.part === PART[name]).map((r) => r.re),
      ...(name === "followed" ? [FOLLOWED] : []),
      ...(name === "since" ? [/\bsince\b/] : []),
      ...(name === "admit" ? [ADMIT] : []),
      ...(name === "foundingMembers" ? [FOUNDING_MEMBERS] : []),
      ...(name === "decision" ? DECISION_VALUES.map(([re]) => re) : []),
      ...(name === "neutrality" ? [NEUTRALITY] : []),
    ],
  ]);

/** The exercise pattern: the one that reads a sentence naming nobody (it may go on from the one before). */
export const EXERCISE_PATTERN = PATTERNS[5] as Pattern;

/** The agreement pattern: it reads a sentence naming nobody in a story of two states (see pairAlone). */
export const AGREEMENT_PATTERN = PATTERNS.find((p) => p.read === agreementClaims) as Pattern;
