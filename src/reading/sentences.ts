/**
 * Splits a document's text into sentences, keeping every sentence's UTF-16 offsets so
 * later stages (mentions, claims) can point back at the text Heartland shows.
 *
 * One left-to-right pass, no backtracking: a sentence ends at a line break, or at
 * `.`, `!` or `?` (with any closing quotes and brackets after it) followed by white
 * space and then a capital letter, an opening quote or bracket, or a digit. A period
 * does not end a sentence after a known abbreviation ("Mr.", "Gen.", "Oct.", "No."),
 * after a dotted acronym ("U.S.", "e.g."), or after a single capital initial ("J.").
 * The look-back for the abbreviation is bounded, so the pass stays linear.
 */
export interface Sentence {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
  /** `fullText.slice(start, end)`, with no white space at either end. */
  readonly text: string;
}

/**
 * Words that, followed by a period, almost never end a sentence in news prose: titles
 * before names, reference labels before numbers, and month abbreviations before days.
 * Compared in lower case. "etc." is deliberately absent: it ends a sentence when a
 * capital follows, and before lower case no split happens anyway.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cmdr",
  "adm",
  "brig",
  "gov",
  "sen",
  "rep",
  "pres",
  "rev",
  "hon",
  "st",
  "jr",
  "sr",
  "no",
  "nos",
  "vol",
  "vols",
  "pp",
  "p",
  "art",
  "fig",
  "ch",
  "vs",
  "cf",
  "approx",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** The longest word looked at before a period; longer words are never abbreviations. */
const MAX_ABBREVIATION_LOOKBACK = 12;

const isLineBreak = (c: string): boolean => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";
const isTerminal = (c: string): boolean => c === "." || c === "!" || c === "?" || c === "\u2026";
const isClosing = (c: string): boolean =>
  c === '"' || c === "'" || c === "\u201d" || c === "\u2019" || c === "\u00bb" || c === ")" || c === "]";
const isOpening = (c: string): boolean =>
  c === '"' || c === "'" || c === "\u201c" || c === "\u2018" || c === "\u00ab" || c === "(" || c === "[";
/** White space as `String.prototype.trim` counts it; ASCII answered without a regular expression. */
function isWhite(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}
const isSpace = (c: string): boolean => c !== "" && !isLineBreak(c) && isWhite(c);
const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isUpper = (c: string): boolean => /\p{Lu}/u.test(c);
const isLetter = (c: string): boolean => /\p{L}/u.test(c);

/**
 * Whether the period at `dot` closes an abbreviation rather than a sentence. Reads the
 * word before it (letters and inner periods) no further back than a dozen characters.
 */
function endsAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  const stop = Math.max(0, dot - MAX_ABBREVIATION_LOOKBACK - 1);
  while (i > stop) {
    const c = text.charAt(i - 1);
    if (isLetter(c) || c === ".") i--;
    else break;
  }
  if (i === stop && i > 0 && isLetter(text.charAt(i - 1))) return false; // a long word
  const word = text.slice(i, dot);
  if (word === "") return false;
  // A single capital initial: "George W. Bush", "J. Smith".
  if (word.length === 1) return isUpper(word);
  // Dotted acronyms: "U.S", "U.N", "e.g", "i.e" (the final period is at `dot`).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return isUpper(word.charAt(0)) || word === "e.g" || word === "i.e";
  }
  if (word.includes(".")) return false;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** "1.", "II.", "b." opening a numbered heading or list item are not sentences of their own. */
const isListMarker = (s: string): boolean => /^(?:\d{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6}|\p{L})$/u.test(s);

/** A number of up to three digits alone at the end of a line, after a sentence: a footnote mark ("... its membership. 2"). */
function isFootnoteMark(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 3 && isDigit(text.charAt(i))) i++;
  if (i < text.length && isDigit(text.charAt(i))) return false;
  while (i < text.length && isSpace(text.charAt(i))) {
    i++;
    if (i - at > 16) return false;
  }
  return i >= text.length || isLineBreak(text.charAt(i));
}

/** A note mark right after a sentence's last mark: "[12]", "[3, 4]", superscript or circled digits ("²", "①"). */
const NOTE_MARK = /\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]|[\u00b9\u00b2\u00b3\u2070-\u2079\u2460-\u2473]+/y;

/** Where the text goes on past a note mark at `at` (`at` itself when there is none). */
function afterNoteMark(text: string, at: number): number {
  const c = text.charAt(at);
  if (c !== "[" && c < "\u00b2") return at;
  NOTE_MARK.lastIndex = at;
  return NOTE_MARK.test(text) ? NOTE_MARK.lastIndex : at;
}

/**
 * A line break or a terminal mark (isLineBreak, isTerminal): the only characters inside a
 * sentence the pass stops at. V8 scans for a character class in compiled code several
 * times faster than a loop over the sentence's characters in JavaScript.
 */
const BREAK_OR_TERMINAL = /[\n\r\u2028\u2029.!?\u2026]/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const n = text.length;
  let start = -1; // start of the current sentence, -1 while in white space between sentences

  const close = (end: number): void => {
    if (start < 0) return;
    let e = end;
    while (e > start && isWhite(text.charAt(e - 1))) e--;
    if (e > start) sentences.push({ start, end: e, text: text.slice(start, e) });
    start = -1;
  };

  let i = 0;
  while (i < n) {
    if (start >= 0) {
      // Inside a sentence: on to the next line break or terminal mark.
      BREAK_OR_TERMINAL.lastIndex = i;
      i = BREAK_OR_TERMINAL.exec(text)?.index ?? n;
      if (i >= n) break;
    }
    const c = text.charAt(i);
    if (isLineBreak(c)) {
      close(i);
      i++;
      continue;
    }
    if (start < 0) {
      if (!isWhite(c)) start = i;
      i++;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    // A run of terminal marks ("?!", "...") and the closing quotes and brackets after it.
    const first = i;
    let j = i;
    while (j < n && isTerminal(text.charAt(j))) j++;
    const lastMark = j - 1;
    while (j < n && isClosing(text.charAt(j))) j++;
    j = afterNoteMark(text, j);
    const markEnd = j;
    if (j >= n || isLineBreak(text.charAt(j))) {
      i = j; // the line break or the end of the text closes it
      continue;
    }
    if (!isSpace(text.charAt(j))) {
      i = j; // "4.2", "U.S.-led", "end.Next": not a boundary
      continue;
    }
    let k = j;
    while (k < n && isSpace(text.charAt(k))) k++;
    const next = text.charAt(k);
    const startsSentence = next !== "" && (isUpper(next) || isDigit(next) || isOpening(next));
    const single = lastMark === first && text.charAt(first) === ".";
    if (
      startsSentence &&
      !(single && (endsAbbreviation(text, first) || isListMarker(text.slice(start, first)))) &&
      !(isDigit(next) && isFootnoteMark(text, k))
    ) {
      close(markEnd);
    }
    i = k;
  }
  close(n);
  return sentences;
}
