import type { Mention } from "./gazetteer.js";
import { NUMBER_WORDS } from "./later-dates.js";

/**
 * Groups of states a text names together ("Belarus, Kazakhstan and Russia") and the
 * phrases that stand for them later ("the three countries", "all five", "the same five
 * states", "both governments"). A phrase becomes one mention per member, all on the
 * phrase's span: patterns read mentions sharing a span as one coordinated list.
 */

/** "two" to "twelve": the sizes a group phrase counts in words. */
const GROUP_SIZES = Object.keys(NUMBER_WORDS).filter(
  (w) => (NUMBER_WORDS[w] ?? 0) >= 2 && (NUMBER_WORDS[w] ?? 0) <= 12,
);

/** The words a group phrase needs, for the reader's one pass over a sentence. */
export const GROUP_CUE_WORDS: readonly string[] = [...GROUP_SIZES, "both", "they", "each", "pair"];

/**
 * "They signed ...", "they agreed ...": the states the sentence before listed, when "they"
 * is the subject of a deed states do (not "officials said they").
 */
const THEY =
  /\b[Tt]hey\s+(?:\w+\s+){0,2}?(?:signed|agreed|held|met|launched|founded|created|established|set up|joined|pledged|announced|decided|formed|issued|adopted|proclaimed|inked|concluded|left|withdrew|quit)\b/g;

const NUMBER = `(${GROUP_SIZES.join("|")}|[2-9]|1[0-2])`;
const GROUP_NOUN =
  "(?:states|countries|nations|governments|leaders|presidents|heads of (?:state|government)|prime ministers|premiers|(?:foreign |defen[cs]e )?ministers|delegations|men|women|sides|capitals|neighbou?rs|republics|members|member (?:states|countries)|allies|partners|signatories|founders|powers|parties|armies|navies|militaries|guarantors|guarantor (?:states|powers|countries)|mediators|co-chairs|monarchies|democracies|economies|juntas|regimes|administrations|kingdoms|emirates)";

/**
 * "the (same) five (Central Asian) states", "its five member states", "all five", "both
 * governments", "the pair". Not "the other two" or "the remaining three": a part of a group, not which.
 */
const GROUP_PHRASE = new RegExp(
  String.raw`\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:same\s+)?${NUMBER}\s+(?:(?:[\p{Lu}][\p{L}-]*|founding|original|neighbouring|neighboring)\s+){0,2}${GROUP_NOUN}|[Tt]he\s+same\s+${NUMBER}(?!\s+(?:of|per|percent|years?|months?|days?|weeks?)\b)|[Tt]he\s+two(?=\s+(?:had\s+|have\s+)?(?:(?:then|also|later|quickly|finally|eventually|jointly)\s+)?(?:agreed|signed|met|held|established|discussed|pledged|launched|issued|exchanged|initiall?ed|concluded|reached|restored|resumed|spoke|talked|announced)\b|(?<=\bbetween\s+the\s+two)(?:\s*[,.;]|\s+(?:began|were|was|had|have|resumed|broke|in|at|on|over|since|stalled|continued)\b))|[Aa]ll\s+${NUMBER}(?:\s+(?:of\s+(?:the|its|their)\s+)?${GROUP_NOUN}|(?!\s+(?:of|per|percent|years?|months?|days?)\b))|[Bb]oth\s+(countries|governments|sides|leaders|presidents|states|capitals|nations|neighbou?rs|allies|armies|militaries|men|women)|(?:(?<!\b(?:of|among|between)\s+)[Tt]he|(?<=\b(?:officials|leaders|ministers|representatives|envoys|diplomats|delegations)\s+(?:of|from)\s+)the)\s+(three|four|five|six|seven|eight|nine|ten)(?=\s+(?:had\s+|have\s+)?(?:(?:then|also|later|again|first|finally|eventually|jointly)\s+)?(?:agreed|signed|met|held|issued|adopted|launched|pledged|discussed|concluded|announced|established|convened|gathered)\b)|[Tt]he\s+pair|(?<=(?:^|[,;:(]|\b(?:and|but|when|where|after|then|as|while))\s*)[Bb]oth(?=\s+(?:(?:then|also|later|quickly|finally|eventually|jointly|formally)\s+)?(?:signed|agreed|joined|pledged|launched|ratified|founded|created|established|withdrew|left)\b)|(?:[Ee]ach|[Bb]oth)(?<!\b(?:to|of|with|for|from|by)\s+(?:[Ee]ach|[Bb]oth)) of them|[Ee]ach\s+(?:government|side|country|state|capital|leader|president)(?=\s[^.;]{1,40}\bthe other\b))\b`,
  "gu",
);

/** A group of people who act for their states: "the two leaders", "both presidents". */
const LEADERS_NOUN = /\b(?:leaders|presidents|heads of state|prime ministers|premiers)\b/i;

/** A group phrase that counts people ("both men", "the two leaders"), not states. */
const PEOPLE_NOUN = /\b(?:men|women|leaders|presidents|heads of state|prime ministers|premiers)$/i;

/** A quick test for what every group phrase but "they" holds: a count or "both". */
const COUNT_WORD = new RegExp(
  `\\b(?:${GROUP_SIZES.join("|")}|both|pair|each of them|each\\s+(?:government|side|country|state|capital|leader|president)|[2-9]|1[0-2])\\b`,
  "i",
);

/** What joins two members of a list: a comma, "and", "as well as". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|&\s+)(?:the\s+)?$/i;

/**
 * Whether a mention names where something happened ("met Xi in Dushanbe"), not one who
 * took part: no member of the states a sentence names for the next one's group phrase.
 */
export function namedAsPlace(text: string, offset: number, m: Mention): boolean {
  const at = m.start - offset;
  return /\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 10), at));
}

/** Whether a mention can be a member of a group of states (a state, or a person acting for one). */
function member(m: Mention): boolean {
  return m.kind === "state" || m.kind === "person";
}

/**
 * The groups a sentence lists: runs of two or more different states (or people acting for
 * them) joined by commas and "and", in text order, each as its distinct actors.
 */
export function groupsIn(text: string, offset: number, mentions: readonly Mention[]): string[][] {
  const groups: string[][] = [];
  // A run is the mentions from `from` up to the one at hand: a mention that is no member
  // ends it, and so does one not joined to the one before. (Kept as indices: most runs are
  // one mention long, and the reader asks for the groups of every sentence naming two.)
  let from = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (!member(m)) {
      addGroup(groups, mentions, from, i);
      from = i + 1;
      continue;
    }
    const previous = i > from ? (mentions[i - 1] as Mention) : undefined;
    // Mentions on one span are one phrase standing for a group: they go on together.
    if (
      previous &&
      !(previous.start === m.start && previous.end === m.end) &&
      !LIST_JOIN.test(text.slice(previous.end - offset, m.start - offset))
    ) {
      addGroup(groups, mentions, from, i);
      from = i;
    }
  }
  addGroup(groups, mentions, from, mentions.length);
  return groups;
}

/** Adds the distinct actors of `mentions[from, to)`, in order, to `groups`, if they are two or more. */
function addGroup(groups: string[][], mentions: readonly Mention[], from: number, to: number): void {
  if (to - from < 2) return;
  const actors: string[] = [];
  for (let i = from; i < to; i++) {
    const actor = (mentions[i] as Mention).actor;
    if (!actors.includes(actor)) actors.push(actor);
  }
  if (actors.length >= 2) groups.push(actors);
}

/** How a phrase's group is found: the groups named before, latest first, and an organization's members. */
export interface GroupRecall {
  /** Groups listed (or met) in the sentences before, the latest first. */
  readonly earlier: readonly (readonly string[])[];
  /** Lists of three states or more told longer ago, the latest first: the last resort of a count of three or more. */
  readonly older?: readonly (readonly string[])[];
  /** The members of the organization the text is about, at the sentence's date, if known. */
  readonly members?: () => readonly string[] | undefined;
  /** The group the sentence just before listed last: what "they" may stand for. */
  readonly justListed?: readonly string[];
  /**
   * The states the sentence just before named, listed or not ("Relations with China changed
   * when Xi chose Astana. Two years later the two governments agreed"): the last resort.
   */
  readonly previousStates?: readonly string[];
  /** The same, less those named as where something happened ("in Dushanbe"). */
  readonly previousParties?: () => readonly string[];
  /**
   * The states of the two people named last, each in a sentence of its own ("Xi came in
   * August. Putin flew in on 3 September. Elbegdorj sat down with both men"): who "both men"
   * or "the two leaders" are when no list or meeting before names them.
   */
  readonly lastTwoPeople?: readonly string[];
}

/**
 * The sentence's mentions, with each group phrase ("the three countries") read as the
 * latest group of that size listed before it, in the sentence or in those before; "its
 * five member states" may also be the organization's members, if five. A phrase whose
 * size no group has stands for no one. Mentions stay in text order.
 */
export function withGroupAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  recall: GroupRecall,
): Mention[] {
  let out: Mention[] | undefined;
  // (The long expression only where a count or "both" stands: most sentences cued by "they" have none.)
  GROUP_PHRASE.lastIndex = COUNT_WORD.test(text) ? 0 : text.length;
  for (let m = GROUP_PHRASE.exec(text); m !== null; m = GROUP_PHRASE.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const current = out ?? mentions;
    if (current.some((x) => x.start < end && start < x.end)) continue;
    const word = m[1] ?? m[2] ?? m[3] ?? m[5];
    // ("each of them": as many as the sentence before listed; "both of them": two.)
    const eachOf = /^each of them$/i.test(m[0]);
    const size = eachOf
      ? (recall.justListed?.length ?? 0)
      : word === undefined
        ? 2
        : (NUMBER_WORDS[word.toLowerCase()] ?? Number(word));
    const named = current.filter((x) => x.end <= start);
    // "paid a visit to Bishkek, where the two governments signed": the two the sentence named.
    const sides = [...new Set(named.filter(member).map((x) => x.actor))];
    const before = groupsIn(text, offset, named).reverse();
    // The sentence's own, then the sentence just before's (its list, else the states it names:
    // "Why does Belarus matter to Moscow? The two countries ..."), then lists told earlier.
    // ("Many read it as a reference to the Russian strike on Kyiv. The two leaders then adopted
    // a statement": leaders are the two who met, before any two states the sentence before named.)
    const leaders = LEADERS_NOUN.test(m[0]);
    let group = [
      sides,
      ...before,
      ...(recall.justListed ? [recall.justListed] : []),
      ...(leaders ? recall.earlier : []),
      recall.previousStates ?? [],
      recall.previousParties?.() ?? [],
      ...(PEOPLE_NOUN.test(m[0]) && recall.lastTwoPeople ? [recall.lastTwoPeople] : []),
      ...recall.earlier,
      ...(size >= 3 ? (recall.older ?? []) : []),
    ].find((g) => g.length === size);
    // "its five member states", and as a last resort "the eight leaders" when the organization
    // the text is about has eight members.
    if (!group && !eachOf) {
      const members = recall.members?.();
      if (members?.length === size) group = members;
    }
    if (!group) continue;
    const phrase = m[0];
    const stand = group.map((actor): Mention => ({ start, end, text: phrase, actor, kind: "state" }));
    out = [...current, ...stand].sort((a, b) => a.start - b.start);
  }
  // "They signed ...": the list the sentence named before "they" ("A, B and C did not, and they
  // left the treaty"), else the one the sentence just before listed last.
  if (recall.justListed !== undefined || /\bthey\s/.test(text)) {
    THEY.lastIndex = 0;
    for (let m = THEY.exec(text); m !== null; m = THEY.exec(text)) {
      const start = offset + m.index;
      const end = start + 4;
      const current = out ?? mentions;
      const before = current.filter((x) => x.end <= start);
      // (With no list before it, only a "they" with no state named before it, but where it
      // happened, "On 29 May in Astana, they and Belarus signed": otherwise it may be those.)
      const group =
        groupsIn(text, offset, before).pop() ??
        (before.some((x) => (x.kind === "state" || x.kind === "person") && !namedAsPlace(text, offset, x))
          ? undefined
          : recall.justListed);
      if (group === undefined || group.length < 2) continue;
      const word = text.slice(m.index, m.index + 4);
      const stand = group.map((actor): Mention => ({ start, end, text: word, actor, kind: "state" }));
      out = [...current, ...stand].sort((a, b) => a.start - b.start);
    }
  }
  return out ?? [...mentions];
}

/** Regions whose states a text may name as one group, with their members. */
const REGION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  "central asian": ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
  baltic: ["EST", "LVA", "LTU"],
  "south caucasus": ["ARM", "AZE", "GEO"],
  "south caucasian": ["ARM", "AZE", "GEO"],
};

/**
 * "The five Central Asian states", "Central Asian leaders", "the Baltic states", "the South
 * Caucasus republics": a region's states, one mention each on the phrase's span (as a count
 * phrase is), when the count, if any, is the region's.
 */
const REGION_GROUP =
  /\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]ll)\s+)?(?:(?:(three|five)|all)\s+)?(?:other\s+)?(Central Asian|Baltic|South Caucas(?:us|ian))\s+(?:states|countries|nations|republics|governments|leaders|presidents|heads of state|capitals)\b/g;

/**
 * "The first Russia-Central Asia summit", "China-Central Asia talks": a region joined to a
 * state's name as the other side of a meeting, its states.
 */
const REGION_SIDE =
  /(?<=\p{Lu}[\p{L}.]*[-–])(Central Asia|Baltic|South Caucasus)(?=\s+(?:summits?|meetings?|talks|ministerial|consultations)\b)|(Central Asia|Baltic|South Caucasus)(?=[-–]\p{Lu}[\p{L}.]*\s+(?:summits?|meetings?|talks|ministerial|consultations)\b)/gu;

/** "Central Asia", "the Baltic", "the South Caucasus": a region named, whose states a later count may stand for. */
const REGION_NAMED = /\b(Central Asia(?:n)?|Baltic|South Caucas(?:us|ian))\b/g;

/** A region's name as written ("Central Asia", "Baltic") as its key in REGION_MEMBERS. */
function regionKey(name: string): string {
  const lower = name.toLowerCase();
  return lower === "central asia" ? "central asian" : lower;
}

/** The region the text names last, if any ("central asian", "baltic", "south caucasus"). */
export function lastRegionNamed(text: string): string | undefined {
  let region: string | undefined;
  REGION_NAMED.lastIndex = 0;
  for (let m = REGION_NAMED.exec(text); m !== null; m = REGION_NAMED.exec(text))
    region = regionKey(m[1] ?? "");
  return region;
}

/**
 * "The five presidents", "the region's five foreign ministers", "Xi promised the five states":
 * a count of states, leaders or ministers with no region named, standing for the region the
 * text named before when its count is the region's.
 */
const REGION_COUNT =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?region['’]s)\s+(three|five)\s+(?:[\w-]+\s+)?(?:states|countries|nations|republics|governments|leaders|presidents|heads of state|capitals|foreign ministers|prime ministers|ministers)\b/g;

/** The sentence's mentions with a count of the last region's states read as its states. */
export function withRegionAnaphora(
  text: string,
  offset: number,
  mentions: readonly Mention[],
  region: string | undefined,
): Mention[] {
  const members = region === undefined ? undefined : REGION_MEMBERS[region];
  if (members === undefined) return [...mentions];
  let out: Mention[] | undefined;
  REGION_COUNT.lastIndex = 0;
  for (let m = REGION_COUNT.exec(text); m !== null; m = REGION_COUNT.exec(text)) {
    if ((NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? 0) !== members.length) continue;
    // ("the three leaders" is any trilateral meeting's: a count of three is the region's only
    // as "the region's three".)
    if (members.length === 3 && !/region['’]s/i.test(m[0])) continue;
    out = standingFor(out ?? mentions, offset + m.index, m[0], members) ?? out;
  }
  return out ?? [...mentions];
}

/**
 * The mentions with one mention for each member on a phrase's span (`text` at `start`), in
 * text order; undefined when a mention already stands on it.
 */
function standingFor(
  current: readonly Mention[],
  start: number,
  text: string,
  members: readonly string[],
): Mention[] | undefined {
  const end = start + text.length;
  if (current.some((x) => x.start < end && start < x.end)) return undefined;
  const stand = members.map((actor): Mention => ({ start, end, text, actor, kind: "state" }));
  return [...current, ...stand].sort((a, b) => a.start - b.start);
}

/** Whether a sentence may name a region's states (a quick test before REGION_GROUP). */
export function mayNameRegion(text: string): boolean {
  return text.includes("Central Asia") || text.includes("Baltic") || text.includes("South Caucas");
}

/** The sentence's mentions with each region's group phrase read as its states, in text order. */
export function withRegionGroups(text: string, offset: number, mentions: readonly Mention[]): Mention[] {
  let out: Mention[] | undefined;
  REGION_GROUP.lastIndex = 0;
  for (let m = REGION_GROUP.exec(text); m !== null; m = REGION_GROUP.exec(text)) {
    const members = REGION_MEMBERS[(m[2] ?? "").toLowerCase()] ?? [];
    // ("The other Central Asian states": some of them, not which.)
    if (/\bother\b/i.test(m[0])) continue;
    // ("The four Turkic-speaking Central Asian republics": a count of its own, some of them.)
    if (
      /\b(?:one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    if (m[1] !== undefined && (NUMBER_WORDS[m[1].toLowerCase()] ?? 0) !== members.length) continue;
    out = standingFor(out ?? mentions, offset + m.index, m[0], members) ?? out;
  }
  REGION_SIDE.lastIndex = 0;
  for (let m = REGION_SIDE.exec(text); m !== null; m = REGION_SIDE.exec(text)) {
    const members = REGION_MEMBERS[regionKey(m[1] ?? m[2] ?? "")] ?? [];
    out = standingFor(out ?? mentions, offset + m.index, m[0], members) ?? out;
  }
  return out ?? [...mentions];
}
