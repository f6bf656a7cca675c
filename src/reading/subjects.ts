import type { Mention } from "./gazetteer.js";

/**
 * "Uzbekistan took no part in the drills. In 2008 it suspended its membership": a sentence
 * whose subject is "it" goes on about the state or organization that was the subject of the
 * sentence before. Only the subject: an "it" further on is as often a treaty, a base or the
 * weather, and only the sentence just before: the subject of a paragraph ago is gone.
 */

/**
 * What may open a sentence before its subject: a date or place phrase, a connective, "two
 * years later" (not any clause before a comma: "The treaty was signed, and it ..." is the treaty).
 */
const OPENING =
  "(?:(?:In|On|By|For|Over|Under|Until|Throughout|Along|Together|Alongside|Like|Unlike|With|Since|From|After|Before|At|During|Within|Later|Then|Instead|Meanwhile|Now|Today|Still|Yet|So|But|And|Also|Soon|Eventually|Finally)\\b[^,.;:()]{0,50}?,?\\s+|(?:\\w+\\s+){1,3}(?:later|earlier|afterwards)\\b,?\\s+|(?:That|The)\\s+(?:same\\s+|following\\s+|next\\s+)?(?:day|week|month|year|spring|summer|autumn|winter)\\b,?\\s+)??(?:(?:but|and|then|so|yet|also|soon|later|finally)\\s+)?";

/**
 * A sentence whose subject is "it": the opening, then "it" and a word in lower case; or one
 * that opens with "Its" ("Its charter requires ...": the subject's own).
 */
const IT_SUBJECT = new RegExp(`^\\s*(?:${OPENING}(It|it)|(Its))\\s+(?=[a-z])`);
/** The words IT_SUBJECT cannot match without, tested first: most sentences have no "it" to read. */
const IT_WORD = /\b(?:It|it|Its)\s/;

/**
 * A timeline's entry: "1998 - ", "12 May 2015: ", "March 2004 -"; under a year's heading,
 * "5 May - ", "Late May - ", "August - ".
 */
const ENTRY_DATE =
  "(?:(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\s+)?\\d{4}|[A-Z][a-z]+\\s+\\d{1,2},?\\s+\\d{4}|(?:(?:Early|Late|Mid)[- ]?)?(?:\\d{1,2}\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{1,2})?)\\s*[-–—:]";
const ENTRY = `${ENTRY_DATE}\\s+`;

/** A timeline entry with no subject: "1998 - Becomes the first ...": the verb, in the present. */
const ENTRY_WITHOUT_SUBJECT = new RegExp(`^\\s*${ENTRY}(?=[A-Z][a-z]+s\\b)`);

/** The text before a mention leaves it the sentence's subject: at most an opening or an entry's date, "the". */
const BEFORE_SUBJECT = new RegExp(`^\\s*(?:${ENTRY_DATE}\\s*)?${OPENING}(?:[Tt]he\\s+)?$`);

/**
 * The actor that is the sentence's subject (a state or an organization named first, with
 * nothing but an opening before it), or undefined.
 */
/** The leader's state named as his: "his government", "his country". */
const HIS_STATE = /\b(?:his|her)\s+(?:government|country|administration|state)\b/i;

export function subjectOf(text: string, offset: number, mentions: readonly Mention[]): Mention | undefined {
  const first = mentions[0];
  if (first === undefined || !BEFORE_SUBJECT.test(text.slice(0, first.start - offset))) return undefined;
  if (first.kind === "state" || first.kind === "organization") return first;
  // ("Karimov signed a treaty with Russia, and his government turned back. It joined ...": a
  // leader's sentence, and "it" after it is the leader's state.)
  return first.kind === "person" && HIS_STATE.test(text) ? { ...first, kind: "state" } : undefined;
}

/**
 * The sentence's mentions with a subject "it" read as `previous` (the subject of the
 * sentence before), in text order. Unchanged when the subject is not "it" or a name
 * already covers it.
 */
export function withSubjectAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  previous: Mention | undefined,
): readonly Mention[] {
  if (previous === undefined) return mentions;
  // "1997 - Joins GUAM.": a timeline goes on about its subject with the verb alone (a mention
  // of no length where the subject would stand).
  const entry = ENTRY_WITHOUT_SUBJECT.exec(text);
  if (entry !== null) {
    // (Just before the verb, in the space after the dash: the subject stands before its verb.)
    const at = offset + entry[0].length - 1;
    if (mentions.some((x) => x.start === at)) return mentions;
    const implied: Mention = { start: at, end: at, text: "", actor: previous.actor, kind: previous.kind };
    return [implied, ...mentions].sort((a, b) => a.start - b.start);
  }
  const m = IT_WORD.test(text) ? IT_SUBJECT.exec(text) : null;
  if (m === null) return mentions;
  const word = m[1] ?? m[2] ?? "it";
  const start = offset + m[0].lastIndexOf(word);
  const end = start + word.length;
  if (mentions.some((x) => x.start < end && start < x.end)) return mentions;
  // ("On 23 November Lima said it was ...": the opening ran over a speaker, who is "it".)
  const speaker = mentions.findLast(
    (x) =>
      x.end <= start &&
      (x.kind === "state" || x.kind === "organization" || x.kind === "person") &&
      SAID_BEFORE_IT.test(text.slice(x.end - offset, start - offset)),
  );
  const it: Mention = speaker
    ? {
        start,
        end,
        text: word,
        actor: speaker.actor,
        kind: speaker.kind === "person" ? "state" : speaker.kind,
      }
    : { start, end, text: word, actor: previous.actor, kind: previous.kind };
  return [it, ...mentions].sort((a, b) => a.start - b.start);
}

/** Between a speaker and the "it" it speaks of: " said", " announced on Tuesday that". */
const SAID_BEFORE_IT =
  /^\s+(?:\w+ly\s+)?(?:said|says|announced|announces|declared|declares|stated|states|warned|warns|insisted|insists|claimed|claims|confirmed|confirms|told\s+\w+|added|argued|replied)\b[^,.;:]{0,30}?\s+(?:that\s+)?$/i;

/**
 * "it" opening a later clause of the sentence, maybe after a date or place phrase: "...: it
 * joined", ", and in October 1997, on the margins of a summit, it founded".
 */
const CLAUSE_IT =
  /(?:[:;]|,\s+(?:and|but|while|yet|so|then)|\s(?:and|but|then))\s+((?:(?:in|on|at|by|after|before|during|within|later|soon|two|three|a)\b[^:;.]{0,120}?,?\s+)?)it\s+(?=[a-z])/g;

/** What is said of a treaty or a deal, not of a state: "entered into force", "expired", "was signed". */
const THINGS_VERB =
  /^(?:(?:has|had)\s+)?(?:entered\s+into\s+force|came\s+into\s+force|took\s+effect|expired|lapsed|(?:was|has\s+been|had\s+been)\s+(?:signed|ratified|renewed|extended|amended))\b/i;

/**
 * The sentence's mentions with an "it" that opens a later clause read as the sentence's own
 * subject, a state or an organization ("Tbilisi was hedging: it joined the partnership in
 * 1994, and in 1997 it founded GUAM"), in text order. Unchanged when the sentence's subject
 * is neither.
 */
export function withClauseSubject(
  text: string,
  offset: number,
  mentions: readonly Mention[],
): readonly Mention[] {
  const subject = subjectOf(text, offset, mentions);
  if (subject === undefined || (subject.kind !== "state" && subject.kind !== "organization")) return mentions;
  let out: Mention[] | undefined;
  CLAUSE_IT.lastIndex = 0;
  for (let m = CLAUSE_IT.exec(text); m !== null; m = CLAUSE_IT.exec(text)) {
    const start = offset + m.index + m[0].length - 3;
    if (start <= subject.start) continue;
    // ("A signed the treaty, and it entered into force in May": said of a thing, not of A.)
    if (THINGS_VERB.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // (A name in the opening phrase is no subject: "in 1997, at a summit of the Council of
    // Europe, it founded".)
    const current = out ?? mentions;
    if (current.some((x) => x.end > start && x.start < start + 2)) continue;
    const it: Mention = { start, end: start + 2, text: "it", actor: subject.actor, kind: subject.kind };
    out = [...current, it].sort((a, b) => a.start - b.start);
  }
  return out ?? mentions;
}

/** A question of an interview: "Q:", "Question:". */
export const QUESTION_LINE = /^\s*(?:Q|Question)\s*[:.]/;
/** Each question line of a text, to its end. */
const QUESTION_LINES = new RegExp(`${QUESTION_LINE.source}[^\\n]*`, "gm");
/** A paragraph of its own that ends in a question mark: an interview's question, unmarked. */
const QUESTION_PARAGRAPH = /^(?![ \t]*(?:A|Answer)[ \t]*[:.])[^\n]{1,400}\?["”’]?[ \t]*$/gm;
/** Words before the first question that tell a text is an interview: "we spoke to", "Interview by". */
const INTERVIEW_TOLD =
  /\b(?:interview(?:ed|s)?|(?:spoke|talked|sat down)\s+(?:to|with)|conversation|Q\s*&\s*A)\b/i;

/**
 * An interview's questions, as [start, end) spans of their lines: the lines marked "Q:" when
 * the text marks two or more; else, when the text before its first says it is an interview
 * ("we spoke to", "Interview by"), the two or more paragraphs of their own that end in "?".
 * Empty for any other text.
 */
export function questionSpans(text: string): readonly (readonly [number, number])[] {
  const spans: [number, number][] = [];
  const marked = QUESTION_LINES;
  marked.lastIndex = 0;
  for (let m = marked.exec(text); m !== null; m = marked.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  if (spans.length >= 2) return spans;
  spans.length = 0;
  QUESTION_PARAGRAPH.lastIndex = 0;
  for (let m = QUESTION_PARAGRAPH.exec(text); m !== null; m = QUESTION_PARAGRAPH.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  const first = spans[0];
  return spans.length >= 2 && first !== undefined && INTERVIEW_TOLD.test(text.slice(0, first[0]))
    ? spans
    : [];
}

/** The turn of an interview at `at`: in a question, after the first (an answer), or before it. */
export function turnAt(questions: readonly (readonly [number, number])[], at: number): Turn {
  const first = questions[0];
  if (first === undefined || at < first[0]) return "none";
  return questions.some(([a, b]) => at >= a && at < b) ? "question" : "answer";
}
/** The role of the one who answers, after the state's name: "Kyrgyzstan's foreign minister", "the Kazakh ambassador". */
const ROLE_AFTER =
  /^(?:['’]s)?\s+(?:(?:foreign|defen[cs]e|deputy|prime|former|first|chief|top|interior|economy|trade)\s+)*(?:minister|president|ambassador|envoy|premier|leader|spokes(?:man|woman|person)|official|diplomat|adviser|advisor|negotiator|general|commander|(?:foreign|diplomatic)\s+(?:service|ministry))\b/i;

/** A house named after a state or its capital: "the Ulaanbaatar Centre", "Kazakhstan's Institute". */
const HOUSE_AFTER = /^(?:['’]s)?\s+(?:Cent(?:re|er)|Institute|University|Academy|Foundation)\b/;

/**
 * The state whose representative answers an interview (see questionSpans): the one the title
 * or the lines before the first question name with a role ("Kyrgyzstan's foreign minister",
 * "the Kazakh ambassador", "thirty years in the Kazakh foreign service"), or a person of a
 * state named there. Undefined for any other text.
 */
export function interviewee(
  questions: readonly (readonly [number, number])[],
  head: readonly Mention[],
  text: string,
): string | undefined {
  const first = questions[0]?.[0];
  if (first === undefined) return undefined;
  // (Where the questions are not marked "Q:", a person named before them may be whom the talk
  // is about, "a month after Vladimir Putin's visit": only a state named with a role or a
  // house of its ("a fellow at the Ulaanbaatar Centre") tells whose the answers are.)
  const marked = QUESTION_LINE.test(text.slice(first, first + 20));
  for (const m of head) {
    if (m.start >= first) break;
    if (m.kind === "person" && marked) return m.actor;
    if (m.kind === "state" && ROLE_AFTER.test(text.slice(m.end, m.end + 60))) return m.actor;
    if (m.kind === "state" && !marked && HOUSE_AFTER.test(text.slice(m.end, m.end + 30))) return m.actor;
  }
  return undefined;
}

/** Where an interview's sentence stands: a question, an answer, or neither (before the first question). */
export type Turn = "question" | "answer" | "none";

/** "We", "our", "I", "my" in an answer: the state of the one who answers. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|I|me|[Mm]y)\b/g;
/** "We", "our", "us" in a column by one of a state's own (not "I": the writer alone). */
const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|us)\b/g;

/**
 * A nation's own told in the first person plural: "our diplomats", "our soldiers", "our
 * territory", and a nation's deeds: "we had applied", "we left".
 */
const OUR_NATIONAL =
  /\bour\s+(?:foreign\s+minist(?:er|ry)|diplomats|soldiers|troops|army|armed\s+forces|government|president|prime\s+minister|parliament|territory|country|borders?|economy|capital|embassy|ambassador|neighbou?rs)\b|\bwe\s+(?:had\s+|have\s+)?(?:applied|joined|left|quit|acceded|withdrew)\b/gi;

/**
 * The state whose "we" a column speaks as, when it is written by one of that state's own: it
 * says "our diplomats", "our soldiers", "our territory" or "we left" (two such words or more),
 * and names that state clearly more than any other (a quarter as often again as the next). Undefined
 * otherwise: a column that says "our country" once, or is about others, speaks for no state.
 */
export function columnistState(text: string, find: () => readonly Mention[]): string | undefined {
  const said = new Set(
    Array.from(text.matchAll(OUR_NATIONAL), (m) => m[0].toLowerCase().replace(/\s+/g, " ")),
  );
  if (said.size < 2) return undefined;
  const count = new Map<string, number>();
  for (const m of find()) if (m.kind === "state") count.set(m.actor, (count.get(m.actor) ?? 0) + 1);
  const [top, next] = [...count].sort((a, b) => b[1] - a[1]);
  return top !== undefined && (next === undefined || top[1] >= 1.25 * next[1]) ? top[0] : undefined;
}

/**
 * The sentence's mentions with each first-person word read as `speaker`'s state, in text order
 * (with `plural`, only "we", "our" and "us").
 */
export function withSpeaker(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  speaker: string,
  plural = false,
): readonly Mention[] {
  const words = plural ? FIRST_PERSON_PLURAL : FIRST_PERSON;
  words.lastIndex = 0;
  let out: Mention[] | undefined;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    out ??= [...mentions];
    out.push({ start, end, text: m[0], actor: speaker, kind: "state" });
  }
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}

/** A speaker's label opening a line of a transcript: "NAZAROVA: ", "SARKIS-HALE: ". */
const SPEAKER_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}'’-]{2,}(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?):[ \t]/gmu;

/** A quick test for a speaker's label anywhere in a text. */
const HAS_SPEAKER_LABEL = /^[ \t]*\p{Lu}{3,}[\p{Lu}'’ -]*:[ \t]/mu;

/** Between a state named before a speaker's name and the name: "Tajikistan's ", "the Uzbek spokesman ". */
const STATE_THEN_NAME = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** Between a speaker's name and a state named after it: " of ", ", the Uzbek". */
const NAME_THEN_STATE = /^(?:\s+of\s+(?:the\s+)?|,\s+(?:the|an?)\s+)$/;

/**
 * A transcript's turns, each as [start, end, state]: the lines its speakers' labels open
 * ("NAZAROVA: Yesterday our president ..."), with the state each speaker speaks for. That is
 * the state named with the speaker's name where the text introduces them, before the first
 * label ("Jasur Kholmatov of Uzbekistan", "Tajikistan's Mehrangez Nazarova", "Kholmatov, the
 * Uzbek spokesman"), or the state of a person the gazetteer knows by the label's name
 * ("LAVROV:"). A label whose speaker speaks for no state known (a host, a reporter) opens no
 * turn. `find` gives the mentions of a stretch of the text at an offset.
 */
export function speakerTurns(
  text: string,
  find: (part: string, offset: number) => readonly Mention[],
): readonly (readonly [number, number, string])[] {
  if (!HAS_SPEAKER_LABEL.test(text)) return [];
  const labels = Array.from(text.matchAll(SPEAKER_LABEL), (m) => ({ at: m.index, name: m[1] ?? "" }));
  if (labels.length < 3) return [];
  const first = labels[0]?.at ?? 0;
  const intro = text.slice(0, first);
  const introduced = find(intro, 0).filter((m) => m.kind === "state");
  const stateOf = new Map<string, string>();
  for (const name of new Set(labels.map((l) => l.name))) {
    // ("SARKIS-HALE" is "Sarkis-Hale"; "NAZAROVA" is "Nazarova".)
    const titled = name
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const at = intro.indexOf(titled);
    const known = find(titled, 0).find((m) => m.kind === "person");
    const state =
      at < 0
        ? known?.actor
        : (
            introduced.find(
              (m) =>
                m.start >= at + titled.length &&
                NAME_THEN_STATE.test(intro.slice(at + titled.length, m.start)),
            ) ??
            introduced.findLast(
              (m) => m.end <= at && at - m.end <= 40 && STATE_THEN_NAME.test(intro.slice(m.end, at)),
            ) ??
            known
          )?.actor;
    if (state !== undefined) stateOf.set(name, state);
  }
  const turns: [number, number, string][] = [];
  for (const l of labels) {
    const state = stateOf.get(l.name);
    if (state === undefined) continue;
    const end = text.indexOf("\n", l.at + l.name.length);
    turns.push([l.at, end < 0 ? text.length : end, state]);
  }
  return turns;
}

/** Who speaks or acts for a state: "representative", "Minister for Foreign Affairs", "envoy". */
const OFFICIAL =
  "(?:representative|delegate|delegation|ambassador|envoy|spokes(?:man|woman|person)|minister|secretary|secretary[ -]general|president|premier|chancellor|diplomat|negotiator|chief|leader)";

/**
 * Before the state: "The Minister for Europe and Foreign Affairs of ", "The representative of
 * the ", maybe after a participle's phrase ("Taking the floor again, the delegate of ").
 */
const OFFICIAL_OF = new RegExp(
  `^\\s*(?:[A-Z][a-z]+ing\\b[^,.;:]{0,50},\\s+)?${OPENING}(?:[Tt]he|[Aa]n?)\\s+(?:[\\w-]+\\s+){0,2}?${OFFICIAL}(?:\\s+for(?:\\s+[\\w-]+){1,5}?)?\\s+of\\s+(?:the\\s+)?$`,
  "i",
);

/** After the state, before the sentence's verb: "'s representative", " foreign minister" (after "The Turkish"). */
const STATES_OFFICIAL = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,2}?${OFFICIAL}\\b(?!\\s+of\\b)`, "i");

/**
 * The state (or organization: "NATO's secretary general") a sentence's subject speaks for,
 * when the subject is one of its officials not named ("The representative of the United
 * States said ...", "China's representative urged ...", "The Turkish foreign minister ..."):
 * the one "he" or "she" then stands for, as a person mention of that state. Undefined when
 * the sentence opens otherwise.
 */
export function officialSubject(
  text: string,
  offset: number,
  mentions: readonly Mention[],
): Mention | undefined {
  // ("From Pyongyang the Russian leader flew ...": past a place in the opening.)
  const first = mentions.find((m, i) => {
    if (m.kind !== "state" && m.kind !== "organization") return false;
    const before = text.slice(0, m.start - offset);
    const after = text.slice(m.end - offset, m.end - offset + 60);
    return (
      (i === 0 && OFFICIAL_OF.test(before)) ||
      (BEFORE_SUBJECT.test(before) && STATES_OFFICIAL.test(after) && !/^\s+(?:the|an?)\s/i.test(after))
    );
  });
  if (first === undefined) return undefined;
  return { start: first.start, end: first.end, text: first.text, actor: first.actor, kind: "person" };
}
