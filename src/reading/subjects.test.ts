import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Mention } from "./gazetteer.js";
import {
  columnistState,
  officialSubject,
  speakerTurns,
  subjectOf,
  withClauseSubject,
  withSpeaker,
  withSubjectAnaphora,
} from "./subjects.js";

/** The mention of `name` in `text` (at `offset`), standing for `actor`. */
function mention(
  text: string,
  name: string,
  actor: string,
  offset = 0,
  kind: Mention["kind"] = "state",
): Mention {
  const start = offset + text.indexOf(name);
  return { start, end: start + name.length, text: name, actor, kind };
}

describe("the subject a sentence's 'it' goes on about", () => {
  it("is a state or organization named first, after at most a date, a connective or 'the'", () => {
    for (const text of [
      "Norway left the pact.",
      "In the spring of 2031, Norway left the pact.",
      "For three decades Norway was a loyal member.",
      "But Norway stayed.",
      "That same month Norway left the pact.",
      // (A timeline's entries under a year's heading.)
      "5 May - Norway left the pact.",
      "Late May - Norway left the pact.",
      "August: Norway left the pact.",
    ]) {
      assert.equal(subjectOf(text, 50, [mention(text, "Norway", "NOR", 50)])?.actor, "NOR", text);
    }
    const org = "The Arctic Pact met in Oslo.";
    assert.equal(subjectOf(org, 0, [mention(org, "Arctic Pact", "ARC", 0, "organization")])?.actor, "ARC");
  });

  it("is a leader's state when the sentence names it as his ('his government')", () => {
    const text = "Olsen signed a pact with Sweden, and his government turned east.";
    const subject = subjectOf(text, 0, [
      mention(text, "Olsen", "NOR", 0, "person"),
      mention(text, "Sweden", "SWE"),
    ]);
    assert.deepEqual([subject?.actor, subject?.kind], ["NOR", "state"]);
  });

  it("is nobody when the first name is an object, a place or a person", () => {
    const object = "Trade with Norway grew.";
    assert.equal(subjectOf(object, 0, [mention(object, "Norway", "NOR")]), undefined);
    const person = "Olsen said Norway would stay.";
    assert.equal(
      subjectOf(person, 0, [mention(person, "Olsen", "NOR", 0, "person"), mention(person, "Norway", "NOR")]),
      undefined,
    );
    assert.equal(subjectOf("Nothing happened.", 0, []), undefined);
  });

  it("reads a subject 'it' as the subject before, in text order, whatever opens the sentence", () => {
    const before = mention("Norway", "Norway", "NOR", 0);
    for (const [text, word] of [
      ["It suspended its membership of the Arctic Pact.", "It"],
      ["In the autumn of 2031 it suspended its membership.", "it"],
      ["On 28 June 2031, it sent a note.", "it"],
      ["But it also sent aid to Chile in March.", "it"],
      ["Its charter, adopted a year later, requires consensus.", "Its"],
    ] as const) {
      const chile = text.includes("Chile") ? [mention(text, "Chile", "CHL", 100)] : [];
      const found = withSubjectAnaphora(text, 100, chile, before);
      const it = found.find((m) => m.actor === "NOR");
      assert.ok(it, text);
      assert.equal(text.slice(it.start - 100, it.end - 100), word, text);
      assert.deepEqual(
        found.map((m) => m.start),
        [...found.map((m) => m.start)].sort((a, b) => a - b),
      );
    }
  });

  it("reads an 'it' after a speaker the opening ran over as the speaker, not the subject before", () => {
    const before = mention("Norway", "Norway", "NOR", 0);
    const text = "On 23 May 2031 Santiago said that it would leave the pact.";
    const found = withSubjectAnaphora(text, 0, [mention(text, "Santiago", "CHL")], before);
    assert.deepEqual(
      found.map((m) => [m.text, m.actor]),
      [
        ["Santiago", "CHL"],
        ["it", "CHL"],
      ],
    );
  });

  it("leaves an 'it' that is not the subject, and any 'it' with no subject before", () => {
    const before = mention("Norway", "Norway", "NOR", 0);
    const later = "The treaty was signed, and it entered into force in 2031.";
    assert.deepEqual(withSubjectAnaphora(later, 0, [], before), []);
    const object = "Chile recognised it in 2031.";
    const chile = [mention(object, "Chile", "CHL")];
    assert.deepEqual(withSubjectAnaphora(object, 0, chile, before), chile);
    assert.deepEqual(withSubjectAnaphora("It left the pact.", 0, [], undefined), []);
  });

  it("reads an 'it' that opens a later clause as the sentence's own subject, past an opening phrase", () => {
    const text =
      "Norway was hedging: it joined the pact in 2031, and in May 2032, at a summit of the Arctic Council in Lima, it left.";
    const found = withClauseSubject(text, 100, [
      mention(text, "Norway", "NOR", 100),
      mention(text, "Arctic Council", "ARC", 100, "organization"),
    ]);
    assert.deepEqual(
      found.filter((m) => m.text === "it").map((m) => [m.actor, text.slice(m.start - 100, m.end - 100)]),
      [
        ["NOR", "it"],
        ["NOR", "it"],
      ],
    );
    // (With no state or organization as the sentence's subject, or an "it" that opens no clause, nothing.)
    const object = "Trade with Norway grew, and it doubled in 2031.";
    const norway = [mention(object, "Norway", "NOR")];
    assert.deepEqual(withClauseSubject(object, 0, norway), norway);
    const thing = "Norway signed the pact in 2031, and it entered into force in May.";
    const signed = [mention(thing, "Norway", "NOR")];
    assert.deepEqual(withClauseSubject(thing, 0, signed), signed);
    const inside = "Norway signed the pact because it wanted trade.";
    assert.deepEqual(withClauseSubject(inside, 0, [mention(inside, "Norway", "NOR")]).length, 1);
  });

  it("gives a timeline's entry with no subject the subject of the entry before", () => {
    const before = mention("Norway", "Norway", "NOR", 0);
    const found = withSubjectAnaphora("1998 - Joins the Arctic Pact.", 100, [], before);
    assert.deepEqual(
      found.map((m) => [m.actor, m.start, m.end]),
      [["NOR", 106, 106]],
    );
    // An entry that names its subject, and a line that is no entry, are left alone.
    const named = "1998 - Chile joins the pact.";
    const chile = [mention(named, "Chile", "CHL", 100)];
    assert.deepEqual(withSubjectAnaphora(named, 100, chile, before), chile);
    assert.deepEqual(withSubjectAnaphora("Joins the pact.", 100, [], before), []);
    // The implied subject goes on to the next entry.
    assert.equal(subjectOf("1998 - Joins the pact.", 100, found)?.actor, "NOR");
  });
});

describe("the state an official who opens a sentence speaks for", () => {
  it("is the state after 'the representative of' or a ministry's title, or before 's representative'", () => {
    for (const [text, name] of [
      ["The representative of the United States said there was no case for it.", "United States"],
      ["The Minister for Foreign Affairs of Norway said the talks had failed.", "Norway"],
      ["Taking the floor again, the delegate of Norway disagreed.", "Norway"],
      ["Norway's representative urged restraint.", "Norway"],
      ["The Norwegian foreign minister urged restraint.", "Norwegian"],
    ] as const) {
      const found = officialSubject(text, 10, [mention(text, name, "NOR", 10)]);
      assert.equal(found?.actor, "NOR", text);
      assert.equal(found?.kind, "person", text);
    }
  });

  it("is the state of 'the Norwegian leader' after a place in the opening, not the place", () => {
    const text = "From Tromso the Norwegian leader flew to Oslo.";
    const mentions = [mention(text, "Tromso", "SWE"), mention(text, "Norwegian", "NOR")];
    assert.equal(officialSubject(text, 0, mentions)?.actor, "NOR");
    const place = "From Tromso the ship sailed on.";
    assert.equal(officialSubject(place, 0, [mention(place, "Tromso", "SWE")]), undefined);
  });

  it("is the organization after 'the Secretary General of' or before 's secretary general'", () => {
    for (const text of [
      "The Secretary General of the Arctic Pact said so.",
      "The Arctic Pact's secretary general said so.",
    ]) {
      const found = officialSubject(text, 0, [mention(text, "Arctic Pact", "ARC", 0, "organization")]);
      assert.equal(found?.actor, "ARC", text);
    }
  });

  it("is no one when the state itself, or a person named, or an official of a place opens the sentence", () => {
    for (const [text, name] of [
      ["Norway said there was no case for it.", "Norway"],
      ["The ambassador said Norway had no case.", "Norway"],
      ["Norway's economy minister of trade resigned.", "Norway"],
      ["Troops of Norway crossed the border.", "Norway"],
    ] as const) {
      assert.equal(officialSubject(text, 0, [mention(text, name, "NOR")]), undefined, text);
    }
  });
});

describe("the state a column by one of its own speaks for", () => {
  const column =
    "Chile courts its far neighbours. Our diplomats went to Lima; our soldiers served with Peru's. Chile joined the forum, and Chile stayed.";
  const mentions = (text: string) =>
    [...text.matchAll(/Chile|Peru|Lima/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      actor: m[0] === "Chile" ? "CHL" : "PER",
      kind: "state" as const,
    }));

  it("is the state it names clearly most, when it says 'our diplomats', 'our soldiers'", () => {
    assert.equal(
      columnistState(column, () => mentions(column)),
      "CHL",
    );
  });

  it("is the state a column names most when it says what 'we' did as a nation: 'we had applied', 'we left'", () => {
    const deeds =
      "Chile waited for years. We had applied in 2030, and Chile was told to wait. We left the forum in 2031; Peru stayed.";
    assert.equal(
      columnistState(deeds, () => mentions(deeds)),
      "CHL",
    );
  });

  it("is none for one 'our country', or when two states are named about as often", () => {
    const once = "Chile courts its neighbours; our country went to Lima. Chile joined, and Chile stayed.";
    assert.equal(
      columnistState(once, () => mentions(once)),
      undefined,
    );
    const even = "Our diplomats went to Lima and Peru; our soldiers served in Chile and Chile.";
    assert.equal(
      columnistState(even, () => mentions(even)),
      undefined,
    );
  });

  it("reads its 'we', 'us' and 'our' as the state, and not its 'I'", () => {
    const text = "I think we joined the forum, and it welcomed us.";
    assert.deepEqual(
      withSpeaker(text, 0, [], "CHL", true).map((m) => m.text),
      ["we", "us"],
    );
    assert.deepEqual(
      withSpeaker(text, 0, [], "CHL").map((m) => m.text),
      ["I", "we", "us"],
    );
  });
});

describe("the states the speakers of a transcript speak for", () => {
  /** Chile, Peru, Bolivia and the Chilean demonym as states; "Ortega" as a person of Bolivia's. */
  const find = (part: string, offset: number): Mention[] =>
    [...part.matchAll(/Chilean|Chile|Peru|Bolivia|Ortega/g)].map((m) => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      actor: /^Chile/.test(m[0]) ? "CHL" : m[0] === "Peru" ? "PER" : "BOL",
      kind: m[0] === "Ortega" ? ("person" as const) : ("state" as const),
    }));
  const transcript = [
    "The spokespeople, Ana Vidal of Peru and Juan Soto, the Chilean envoy, briefed reporters. A reporter, Eva Ruiz, asked.",
    "",
    "VIDAL: Our president signed the treaty.",
    "",
    "What about the border?",
    "",
    "SOTO: We reopened it.",
    "",
    "RUIZ: Thank you.",
    "",
    "ORTEGA: We agree.",
    "",
  ].join("\n");

  it("is the state named with each speaker's name where the text introduces them, or the one of a person known by it", () => {
    const turns = speakerTurns(transcript, find);
    assert.deepEqual(
      turns.map(([a, b, state]) => [transcript.slice(a, b), state]),
      [
        ["VIDAL: Our president signed the treaty.", "PER"],
        ["SOTO: We reopened it.", "CHL"],
        ["ORTEGA: We agree.", "BOL"],
      ],
    );
  });

  it("is none in a text with fewer than three labelled lines", () => {
    assert.deepEqual(speakerTurns("Ana Vidal of Peru spoke.\n\nVIDAL: We signed.\n", find), []);
  });
});
