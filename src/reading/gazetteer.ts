import type { ClaimOf } from "../domain/claim.js";
import { compareDates, type PartialDate, partialDate } from "../domain/partial-date.js";
import type { Actor, ActorKind } from "../knowledge/actor-registry.js";

/**
 * Finds actors in text in one pass: every name, alias, capital and demonym the registry
 * knows, compiled into a single regular expression (V8 runs one alternation far faster
 * than many searches). People are resolved to the actor they act for on the date in
 * question, from their office claims: "Medvedev" in 2011 is Russia.
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The actor the mention stands for (a person is resolved to the actor they act for). */
  readonly actor: string;
  readonly kind: ActorKind;
  /** The person named, when the mention is a person. */
  readonly person?: string;
  /** A pronoun standing for the person ("he", "his"): its word stays in the text the patterns read. */
  readonly pronoun?: true;
}

export interface Office {
  readonly person: string;
  readonly actor: string;
  readonly role: string;
  readonly from: PartialDate | null;
  readonly until: PartialDate | null;
}

export function officesFrom(claims: readonly ClaimOf<"office">[]): Office[] {
  return claims.map((c) => ({
    person: c.person,
    actor: c.actor,
    role: c.role,
    from: c.date === null ? null : partialDate(c.date),
    until: c.until === undefined ? null : partialDate(c.until),
  }));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the UTF-16 code unit a letter or digit? ASCII by arithmetic, the rest by Unicode class. NaN (past the end) is not. */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  return WORD_CHAR.test(String.fromCharCode(code));
}

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);

export class Gazetteer {
  /** Every name, character by character: the longest name at a word's start is one walk down. */
  readonly #trie = new NameTrie<Actor>();
  readonly #byName = new Map<string, Actor>();
  readonly #offices = new Map<string, Office[]>();
  /**
   * A seat's names that stood for a state now gone, before the day it ended (folded name ->
   * that state and the first day it no longer stood for it): "Moscow" in 1990 is the Soviet Union.
   */
  readonly #seats = new Map<string, { readonly actor: string; readonly until: number }>();
  /** Folded names of states now gone, which name no actor when used of an era ("post-Soviet"). */
  readonly #gone = new Set<string>();
  /** States now gone, by code: the day (number) each ended. */
  readonly #ended = new Map<string, number>();

  constructor(actors: readonly Actor[], offices: readonly Office[] = []) {
    for (const a of actors) {
      if (!a.ended) continue;
      const until = partialDate(a.ended.on).first;
      this.#ended.set(a.id, until);
      for (const name of a.ended.seat)
        this.#seats.set(folded(name.trim().replace(/^the\s+/, "")), { actor: a.id, until });
    }
    for (const a of actors) {
      for (const name of [a.name, ...a.aliases, ...(a.kind === "state" ? [] : [a.id])]) {
        // "the Kremlin" is found as "Kremlin": no name starts with "the", the commonest word,
        // so the search does not walk into the names at every "the".
        const n = name.trim().replace(/^the\s+/, "");
        // Lower-case aliases of one word ("us") would match ordinary words; a lower-case
        // phrase of two or more ("customs union") is a name as written.
        if (n.length < 2 || (!/\p{Lu}/u.test(n) && !/\S\s+\S/.test(n))) continue;
        // (Names are kept folded, so that "Türkiye" and "Turkiye" are one name, the first actor's.)
        const key = folded(n);
        if (!this.#byName.has(key)) this.#byName.set(key, a);
        if (a.ended) this.#gone.add(key);
      }
    }
    for (const o of offices) this.#offices.set(o.person, [...(this.#offices.get(o.person) ?? []), o]);
    for (const [name, actor] of this.#byName) this.#trie.add(name, actor);
  }

  /** The day (number) a state now gone ended; undefined for every other actor. */
  endedOn(actor: string): number | undefined {
    return this.#ended.get(actor);
  }

  /** The actor a person acts for at a date: the office covering it, else the nearest before it, else any. */
  actorOfPerson(person: string, at: PartialDate | null): string | null {
    const offices = this.#offices.get(person) ?? [];
    if (offices.length === 0) return null;
    if (at !== null) {
      const covering = offices.find(
        (o) =>
          (o.from === null || compareDates(o.from, at) !== "after") &&
          (o.until === null || compareDates(o.until, at) !== "before"),
      );
      if (covering) return covering.actor;
      const before = offices
        .filter((o) => o.from !== null && compareDates(o.from, at) === "before")
        .sort((a, b) => (b.from?.first ?? 0) - (a.from?.first ?? 0));
      if (before[0]) return before[0].actor;
    }
    return offices[0]?.actor ?? null;
  }

  /** Whether the person has held an office for `actor` whose title `role` matches ("Chancellor"). */
  holdsRole(person: string, actor: string, role: RegExp): boolean {
    return (this.#offices.get(person) ?? []).some((o) => o.actor === actor && role.test(o.role));
  }

  /** Every mention in `text` (offsets shifted by `offset`), people resolved at `at`. */
  find(text: string, at: PartialDate | null, offset = 0): Mention[] {
    const out: Mention[] = [];
    const trie = this.#trie;
    // Every name starts at the start of a word: walk the trie from there, keeping the
    // longest name that ends at the end of a word ("Kazakh" is not in "Kazakhstan").
    let previousIsWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const isWord = isWordCode(code);
      if (!isWord || previousIsWord) {
        previousIsWord = isWord;
        continue;
      }
      previousIsWord = true;
      let found = 0;
      // (Letters with diacritics are read as their base letters: "Erdoğan" is "Erdogan".)
      for (
        let node = trie.root(foldCode(code)), j = i + 1;
        node !== 0;
        node = trie.child(node, foldCode(text.charCodeAt(j++)))
      ) {
        if (trie.name(node) !== undefined && !continuesWord(text, j)) found = node;
      }
      const matched = trie.name(found);
      const actor = trie.value(found);
      if (matched === undefined || actor === undefined) continue;
      // (The text's own spelling: the trie holds the folded one, of the same length.)
      const name = text.slice(i, i + matched.length);
      const start = offset + i;
      const end = start + name.length;
      // Object literals of one shape, not spreads: spreading is many times slower here.
      if (
        text.charCodeAt(i + name.length) === 45 &&
        MADE_BY.test(text.slice(i + name.length, i + name.length + 14))
      ) {
        // ("Chinese-made drones", "Soviet-built reactors": where a thing was made, not who acts.)
      } else if (
        // (A state's other name, or an organization's city: "Brussels", not "NATO".)
        (actor.kind === "state" || /^\p{Lu}\p{Ll}+$/u.test(name)) &&
        name !== actor.name &&
        text.charCodeAt(i + name.length) === 32 &&
        NAMES_A_TEXT.test(text.slice(i + name.length, i + name.length + 14))
      ) {
        // ("the Brussels Agreement", "the Minsk agreements": where a text was agreed, not a party.)
      } else if (
        actor.kind === "state" &&
        name !== actor.name &&
        name.endsWith("s") &&
        stateRightBefore(text, i, out, offset)
      ) {
        // ("Kosovo Albanians", "Bosnian Serbs": a people living in another state, not the state
        // of its name; "ethnic Armenians" alone are read as Armenia's, as news codes them.)
      } else if (
        actor.kind === "state" &&
        name !== actor.name &&
        LANGUAGE_AFTER.test(text.slice(i + name.length, i + name.length + 16))
      ) {
        // ("known by its French initials", "a Russian-speaking town": a language, not the state.)
      } else if (
        actor.kind !== "person" &&
        actor.kind !== "state" &&
        nationalBody(text, i, name, out, offset)
      ) {
        // ("Russia's Security Council", "the Russian Security Council": a state's own council,
        // not the body of the United Nations the name alone stands for.)
      } else if (actor.kind === "person" && inCompoundName(text, i + name.length)) {
        // ("Yunus-Bek Yevkurov" is not Yunus: a part of someone else's joined name.)
      } else if (actor.kind === "person") {
        const acts = this.actorOfPerson(actor.id, at);
        if (acts) out.push({ start, end, text: name, actor: acts, kind: "person", person: actor.id });
      } else if (this.#gone.has(matched) && ofEra(text, i, i + name.length, name !== actor.name)) {
        // ("the former Soviet republics", "Soviet-era bases": a time, not the state acting.)
      } else {
        const seat = this.#seats.get(matched);
        const id = seat !== undefined && at !== null && at.first < seat.until ? seat.actor : actor.id;
        out.push({ start, end, text: name, actor: id, kind: actor.kind });
      }
      i += name.length - 1;
      previousIsWord = isWordCode(text.charCodeAt(i));
    }
    return out;
  }
}

/**
 * The names as a trie of UTF-16 units, each name's node holding its actor. The first unit
 * is looked up in a table, and so is an ASCII second (after a capital come many letters);
 * deeper, a node's children are a chain of siblings (most nodes have one or two) in typed
 * arrays: the search does no hashing and allocates nothing. Node 0 is "none".
 */
class NameTrie<T> {
  readonly #first = new Int32Array(65536);
  /** For nodes one unit deep: their children by ASCII code, at `#second[table * 128 + code]`. */
  #second: Int32Array = new Int32Array(128 * 64);
  #table: Int32Array = new Int32Array(1024);
  #tables = 0;
  #code: Int32Array = new Int32Array(1024);
  #firstChild: Int32Array = new Int32Array(1024);
  #sibling: Int32Array = new Int32Array(1024);
  readonly #names: (string | undefined)[] = [undefined];
  readonly #values: (T | undefined)[] = [undefined];
  #size = 1;

  root(code: number): number {
    return this.#first[code] ?? 0;
  }

  child(node: number, code: number): number {
    const table = this.#table[node] ?? 0;
    if (table !== 0 && code < 128) return this.#second[(table - 1) * 128 + code] ?? 0;
    // Not in a table: a unit past ASCII, or a node with few children.
    for (let c = this.#firstChild[node] ?? 0; c !== 0; c = this.#sibling[c] ?? 0)
      if (this.#code[c] === code) return c;
    return 0;
  }

  /** The name that ends at the node, if one does. */
  name(node: number): string | undefined {
    return this.#names[node];
  }

  value(node: number): T | undefined {
    return this.#values[node];
  }

  add(name: string, value: T): void {
    let node = this.#first[name.charCodeAt(0)] ?? 0;
    if (node === 0) {
      node = this.#node(name.charCodeAt(0));
      this.#first[name.charCodeAt(0)] = node;
      if (this.#tables * 128 === this.#second.length) this.#second = grow(this.#second);
      this.#table[node] = ++this.#tables;
    }
    for (let i = 1; i < name.length; i++) {
      const code = name.charCodeAt(i);
      let next = this.child(node, code);
      if (next === 0) {
        next = this.#node(code);
        this.#sibling[next] = this.#firstChild[node] ?? 0;
        this.#firstChild[node] = next;
        const table = this.#table[node] ?? 0;
        if (table !== 0 && code < 128) this.#second[(table - 1) * 128 + code] = next;
        // A node with many children ("Republic of ...") gets a table too.
        else if (table === 0 && this.#childCount(node) === WIDE) this.#tabulate(node);
      }
      node = next;
    }
    this.#names[node] = name;
    this.#values[node] = value;
  }

  #childCount(node: number): number {
    let n = 0;
    for (let c = this.#firstChild[node] ?? 0; c !== 0; c = this.#sibling[c] ?? 0) n++;
    return n;
  }

  #tabulate(node: number): void {
    if (this.#tables * 128 === this.#second.length) this.#second = grow(this.#second);
    const table = ++this.#tables;
    this.#table[node] = table;
    for (let c = this.#firstChild[node] ?? 0; c !== 0; c = this.#sibling[c] ?? 0) {
      const code = this.#code[c] ?? 0;
      if (code < 128) this.#second[(table - 1) * 128 + code] = c;
    }
  }

  #node(code: number): number {
    if (this.#size === this.#code.length) {
      this.#code = grow(this.#code);
      this.#firstChild = grow(this.#firstChild);
      this.#sibling = grow(this.#sibling);
      this.#table = grow(this.#table);
    }
    const node = this.#size++;
    this.#code[node] = code;
    this.#names[node] = undefined;
    this.#values[node] = undefined;
    return node;
  }
}

/**
 * Latin letters with diacritics, and the typographic apostrophe, as one plain UTF-16 unit each
 * ("ğ" as "g", "İ" as "I", "’" as "'"): a name and its text match whatever accents either
 * writes, and offsets stay as they are.
 */
const FOLD = (() => {
  const table = new Uint16Array(0x250);
  for (let c = 0xc0; c < 0x250; c++) {
    const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0);
    table[c] = base < 128 && /[A-Za-z]/.test(String.fromCharCode(base)) ? base : c;
  }
  for (const [from, to] of [
    ["ı", "i"],
    ["ł", "l"],
    ["Ł", "L"],
    ["ø", "o"],
    ["Ø", "O"],
    ["đ", "d"],
    ["Đ", "D"],
  ] as const)
    table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/**
 * Whether a name is the first part of a hyphened given name, before a surname: "Yunus-Bek
 * Yevkurov" (but "the Trump-Kim summit" names two people).
 */
function inCompoundName(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && GIVEN_NAME_REST.test(text.slice(end, end + 40));
}

/** The rest of a hyphened given name and a surname after it: "-Bek Yevkurov". */
const GIVEN_NAME_REST = /^-\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** A document named by a place: "Agreement", "Accords", "Declaration", or a plain "agreements". */
const NAMES_A_TEXT =
  /^ (?:Agreements?|Accords?|Protocols?|Declaration|Principles|Memorandum|Communiqu[eé]|Convention|Document|Consensus|agreements|accords)\b/;

/**
 * Whether the mention found last is a state's, right before `i` with one space between:
 * "Kosovo Albanians", "the Russian Security Council".
 */
function stateRightBefore(text: string, i: number, found: readonly Mention[], offset: number): boolean {
  const last = found[found.length - 1];
  return last !== undefined && last.kind === "state" && text.slice(last.end - offset, i) === " ";
}

/**
 * Whether an organization's name of common words ("Security Council", "General Assembly")
 * follows a state's adjective or any possessive: that state's own body.
 */
function nationalBody(
  text: string,
  i: number,
  name: string,
  found: readonly Mention[],
  offset: number,
): boolean {
  if (!name.includes(" ") || /^\p{Lu}{2,}/u.test(name)) return false;
  return stateRightBefore(text, i, found, offset) || /['’]s\s$/.test(text.slice(Math.max(0, i - 3), i));
}

/** A demonym used of a language: "French initials", "its Russian name", "Arabic-speaking". */
const LANGUAGE_AFTER =
  /^(?:\s+(?:initials|acronym|abbreviation|name|names|spelling|translation|speakers|word|words|language|text|version|original)\b|-(?:speaking|speakers?|language)\b)/i;

/** A maker's name joined to the thing made: "-made", "-built". */
const MADE_BY = /^-(?:made|built|designed|manufactured|produced)\b/i;

/**
 * Before a name: "former", "post-", "the end of the", "the old"; after it: "-era", "-built",
 * " times", " republics", " broke up".
 */
const ERA_BEFORE =
  /(?:\bformer\s+|\b(?:post|ex|pre|non)-|\b(?:end|collapse|break-?up|dissolution|fall|demise|disintegration|death)\s+of\s+(?:the\s+)?|\bthe\s+old\s+)$/i;
const ERA_AFTER =
  /^(?:-(?:era|built|made|style|designed)\b|\s+(?:era|times|period|republics?|successor\s+states?|space|broke\s+up|collapsed|came\s+apart|fell\s+apart|dissolved|disintegrated|(?:had\s+)?ceased\s+to\s+exist)\b)/i;
/** "the Soviet fleet", "the Soviet Zapad-81 drills": a demonym after "the", of a thing of that time. */
const THE_BEFORE = /\bthe\s+$/i;
const WORD_AFTER = /^\s+\p{L}/u;
/** After a demonym, the state's own bodies and people: "the Soviet State Council", "the Soviet leader". */
const STATE_BODY =
  /^\s+(?:state\s+council|government|leaders?(?:hip)?|authorities|army|armed\s+forces|forces|troops|military|navy|air\s+force|foreign\s+ministry|(?:defen[cs]e\s+|foreign\s+)?minister|ministry|embassy|ambassador|envoy|side|delegation|politburo|communist\s+party|president|premier|prime\s+minister|regime|state|kgb|parliament|supreme\s+soviet|union)\b/i;
const PLURAL_OR_ACRONYM = /(?:s|\p{Lu}{2,})$/u;

/**
 * Is the name at `start`..`end` used of an era rather than of the state acting?
 * (`alias`: the name is not the state's own, so may be its demonym.)
 */
function ofEra(text: string, start: number, end: number, alias: boolean): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (ERA_BEFORE.test(before) || ERA_AFTER.test(after)) return true;
  const name = text.slice(start, end);
  return (
    alias &&
    THE_BEFORE.test(before) &&
    WORD_AFTER.test(after) &&
    !STATE_BODY.test(after) &&
    !/\s/.test(name) &&
    !PLURAL_OR_ACRONYM.test(name)
  );
}

/** A UTF-16 unit folded as FOLD says (NaN, past the end, stays NaN). */
function foldCode(code: number): number {
  if (code < 0xc0) return code;
  if (code < 0x250) return FOLD[code] ?? code;
  return code === 0x2019 ? 0x27 : code;
}

/** A name with each unit folded. */
function folded(name: string): string {
  let out = "";
  for (let i = 0; i < name.length; i++) out += String.fromCharCode(foldCode(name.charCodeAt(i)));
  return out;
}

/** How many children make a node worth a table of its own. */
const WIDE = 6;

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Does a word go on at `i`: a letter or digit, or a period before one ("U.S.A" is not "U.S")? */
function continuesWord(text: string, i: number): boolean {
  return isWordCode(text.charCodeAt(i)) || (text.charCodeAt(i) === 46 && isWordCode(text.charCodeAt(i + 1)));
}
