import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { splitSentences } from "./sentences.js";

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("splits on a period, exclamation or question mark followed by a capital", () => {
    assert.deepEqual(texts("The talks ended. Ministers left! Will they return? Nobody knows."), [
      "The talks ended.",
      "Ministers left!",
      "Will they return?",
      "Nobody knows.",
    ]);
  });

  it("splits before a digit or an opening quote", () => {
    assert.deepEqual(texts('The force grew in 2009. 2010 was quieter. "We will stay," he said.'), [
      "The force grew in 2009.",
      "2010 was quieter.",
      '"We will stay," he said.',
    ]);
  });

  it("does not split before a lower-case word", () => {
    assert.deepEqual(texts("Troops, tanks, etc. were moved north. The drill ended."), [
      "Troops, tanks, etc. were moved north.",
      "The drill ended.",
    ]);
  });

  it("splits after etc. when a capital follows", () => {
    assert.deepEqual(texts("They sent tanks, trucks, etc. The drill ended."), [
      "They sent tanks, trucks, etc.",
      "The drill ended.",
    ]);
  });

  it("ends a sentence at every line break and skips blank lines", () => {
    const text = "Headline without a stop\n\nFirst paragraph here.\r\nSecond line";
    assert.deepEqual(texts(text), ["Headline without a stop", "First paragraph here.", "Second line"]);
  });

  it("keeps titles and ranks with the name that follows", () => {
    assert.deepEqual(
      texts("Mr. Smith met Gen. Ivanov and Lt. Col. Petrov. Dr. Aliyev and Mrs. Jones were there."),
      ["Mr. Smith met Gen. Ivanov and Lt. Col. Petrov.", "Dr. Aliyev and Mrs. Jones were there."],
    );
  });

  it("does not split after dotted acronyms", () => {
    assert.deepEqual(texts("The U.S. Army and U.N. Security Council, e.g. Russia, met in the E.U. Hall."), [
      "The U.S. Army and U.N. Security Council, e.g. Russia, met in the E.U. Hall.",
    ]);
  });

  it("does not split after month abbreviations before a day", () => {
    assert.deepEqual(texts("The summit opened on Oct. 6, 2007 in Dushanbe. It closed on Dec. 10."), [
      "The summit opened on Oct. 6, 2007 in Dushanbe.",
      "It closed on Dec. 10.",
    ]);
  });

  it("does not split after reference labels or initials", () => {
    assert.deepEqual(texts("See Vol. 9, No. 71, pp. 155-156. George W. Bush visited St. Petersburg."), [
      "See Vol. 9, No. 71, pp. 155-156.",
      "George W. Bush visited St. Petersburg.",
    ]);
  });

  it("does not split inside numbers", () => {
    assert.deepEqual(texts("Growth was 4.2 percent. Trade rose 3.5%."), [
      "Growth was 4.2 percent.",
      "Trade rose 3.5%.",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    assert.deepEqual(texts('He said: "We will leave." Then he left. (It rained.) Nobody came.'), [
      'He said: "We will leave."',
      "Then he left.",
      "(It rained.)",
      "Nobody came.",
    ]);
    assert.deepEqual(texts("She asked \u201cwhy now?\u201d The minister shrugged."), [
      "She asked \u201cwhy now?\u201d",
      "The minister shrugged.",
    ]);
  });

  it("keeps a heading's list number or Roman numeral with its text", () => {
    assert.deepEqual(texts("II. Why the bloc split\n1. Border disputes\nb. Water"), [
      "II. Why the bloc split",
      "1. Border disputes",
      "b. Water",
    ]);
  });

  it("keeps a footnote number at the end of a line with the sentence before it", () => {
    assert.deepEqual(texts("It asked to suspend its membership. 2\nNext paragraph. 15 people died."), [
      "It asked to suspend its membership. 2",
      "Next paragraph.",
      "15 people died.",
    ]);
  });

  it("ends a sentence after a note mark that follows its period", () => {
    assert.deepEqual(
      texts("The pact was renewed.[4] Its members met.[5, 6] Trade grew.² Then ① Talks began."),
      ["The pact was renewed.[4]", "Its members met.[5, 6]", "Trade grew.²", "Then ① Talks began."],
    );
    // A bracket that is no note mark stays where it was: "[sic]" opens no boundary of its own.
    assert.deepEqual(texts("He said so.[sic] Then he left."), ["He said so.[sic] Then he left."]);
  });

  it("treats an ellipsis as a boundary before a capital", () => {
    assert.deepEqual(texts("They waited... Then the convoy came."), [
      "They waited...",
      "Then the convoy came.",
    ]);
  });

  it("gives offsets into the text, trimmed of white space", () => {
    const text = "  First one.   Second one.  \n  Third ";
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => [s.start, s.end]),
      [
        [2, 12],
        [15, 26],
        [31, 36],
      ],
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it("counts offsets in UTF-16 code units", () => {
    const text = "Ministers met 🤝 in Tashkent. They agreed.";
    const [, second] = splitSentences(text);
    assert.equal(second?.text, "They agreed.");
    assert.equal(text.slice(second?.start, second?.end), "They agreed.");
  });

  it("returns nothing for empty or blank text", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences(" \n\t\n "), []);
  });

  it("stays fast on a very long line and on pathological punctuation", () => {
    const long = "word ".repeat(400_000);
    const dots = "a.".repeat(200_000);
    const marks = `${". A".repeat(100_000)}${"Mr. ".repeat(100_000)}`;
    const t0 = performance.now();
    assert.equal(splitSentences(long).length, 1);
    assert.equal(splitSentences(dots).length, 1);
    assert.ok(splitSentences(marks).length > 1);
    assert.ok(performance.now() - t0 < 2000);
  });

  it("yields disjoint, ordered sentences equal to their slices (property)", () => {
    const alphabet = fc.constantFrom(
      "a",
      "B",
      "Mr",
      "U.S",
      "e.g",
      " ",
      "  ",
      ".",
      "!",
      "?",
      "\n",
      "\r\n",
      '"',
      "\u201d",
      ")",
      "(",
      "4",
      "J",
      "\u00a0",
      "\u200b",
      "🤝",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const sentences = splitSentences(text);
        let previousEnd = 0;
        for (const s of sentences) {
          assert.ok(s.start >= previousEnd, "ordered and disjoint");
          assert.ok(s.start < s.end && s.end <= text.length, "within bounds and not empty");
          assert.equal(s.text, text.slice(s.start, s.end));
          assert.equal(s.text, s.text.trim());
          previousEnd = s.end;
        }
        // Every non-white character belongs to some sentence.
        const covered = sentences.reduce((sum, s) => sum + s.text.replace(/\s/g, "").length, 0);
        assert.equal(covered, text.replace(/\s/g, "").length);
      }),
      { numRuns: 2000 },
    );
  });
});
