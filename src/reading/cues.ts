/**
 * Which patterns a sentence can give anything to, found in one pass over its letters.
 * Each pattern has a cue: the words its triggers start with ("refus*" for "refused to",
 * "pulled" for "pulled out of"). A pattern whose cue words are all absent cannot match,
 * so it does not run; most sentences of an article hold one cue or none.
 *
 * The words are kept in a trie over the letters a-z (case folded), walked word by word
 * with integer steps only: no strings are cut and no regular expression runs, which is
 * what makes the check cheaper than any one of the patterns' own expressions. A word here
 * is a run of letters a-z; anything else ends it, so the cue is present wherever the
 * triggers' `\b`-bounded words are (and sometimes where they are not: "2met" is "met").
 */

/** A cue word: "refus*" matches every word starting "refus"; "met" only the word "met". */
export type CueWord = string;

const LETTERS = 26;

export class CueIndex {
  /** Child of node n by letter c at `next[n * 26 + c]`; 0 means none (the root is never a child). */
  #next: Int32Array;
  /** Bits of the cues a word has when its letters so far lead to the node (prefix words). */
  #prefix: Int32Array;
  /** Bits of the cues a word has when it ends at the node (whole words). */
  #whole: Int32Array;
  #size = 1;

  /** `cues[i]` is pattern i's cue words; at most 31 cues (one bit each). */
  constructor(cues: readonly (readonly CueWord[])[]) {
    if (cues.length > 31) throw new RangeError(`at most 31 cues fit a bit set, not ${cues.length}`);
    const letters = cues.flat().reduce((n, w) => n + w.length, 1);
    this.#next = new Int32Array(letters * LETTERS);
    this.#prefix = new Int32Array(letters);
    this.#whole = new Int32Array(letters);
    cues.forEach((words, i) => {
      for (const word of words) this.#add(word, 1 << i);
    });
  }

  #add(word: CueWord, bit: number): void {
    const prefix = word.endsWith("*");
    const letters = prefix ? word.slice(0, -1) : word;
    if (!/^[a-z]+$/.test(letters)) throw new Error(`a cue word is lower-case letters a-z, not "${word}"`);
    let node = 0;
    for (let i = 0; i < letters.length; i++) {
      const slot = node * LETTERS + letters.charCodeAt(i) - 97;
      let child = this.#next[slot] ?? 0;
      if (child === 0) {
        child = this.#size++;
        this.#next[slot] = child;
      }
      node = child;
    }
    if (prefix) this.#prefix[node] = (this.#prefix[node] ?? 0) | bit;
    else this.#whole[node] = (this.#whole[node] ?? 0) | bit;
  }

  /** The cues present in `text`, as a bit set: bit i for cue i. */
  present(text: string): number {
    const next = this.#next;
    const prefix = this.#prefix;
    const whole = this.#whole;
    let found = 0;
    // The trie node of the word so far: 0 between words (the next letter starts one), -1 once
    // the word left the trie (a child is never the root). One test per letter, no flag.
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = (text.charCodeAt(i) | 0x20) - 97; // A-Z folded to a-z: 0 to 25 for a letter
      if (letter >= 0 && letter < LETTERS) {
        if (node >= 0) {
          const child = next[node * LETTERS + letter] as number;
          node = child === 0 ? -1 : child;
          if (node > 0) found |= prefix[node] as number;
        }
      } else {
        if (node > 0) found |= whole[node] as number;
        node = 0;
      }
    }
    if (node > 0) found |= whole[node] as number;
    return found;
  }
}
