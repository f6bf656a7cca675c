import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { partialDate } from "../domain/partial-date.js";
import { buildActorRegistry } from "../knowledge/actor-registry.js";
import { Gazetteer, officesFrom } from "./gazetteer.js";

const registry = buildActorRegistry(
  [{ id: "CSTO", name: "Collective Security Treaty Organization", kind: "alliance", aliases: ["ODKB"] }],
  [{ id: "dmitry-medvedev", name: "Dmitry Medvedev", aliases: ["Medvedev"] }],
  [{ state: "UZB", aliases: ["Tashkent", "Uzbek"] }],
);
const offices = officesFrom([
  {
    kind: "office",
    person: "dmitry-medvedev",
    actor: "RUS",
    role: "President",
    date: "2008-05-07",
    until: "2012-05-07",
  },
]);
const gazetteer = new Gazetteer(registry.all(), offices);

describe("gazetteer", () => {
  it("finds states by name, capital and demonym, and organizations by name and abbreviation, with offsets", () => {
    const text = "Tashkent told the ODKB that Uzbek troops would stay home, Kazakhstan said.";
    const found = gazetteer.find(text, null, 100).map((m) => [m.text, m.actor, m.start]);
    assert.deepEqual(found, [
      ["Tashkent", "UZB", 100],
      ["ODKB", "CSTO", 118],
      ["Uzbek", "UZB", 128],
      ["Kazakhstan", "KAZ", 158],
    ]);
  });

  it("finds a body named by common words ('the Security Council'), but not a state's own ('Russia's Security Council')", () => {
    const withCouncil = new Gazetteer(
      buildActorRegistry(
        [{ id: "UN", name: "United Nations", kind: "political", aliases: ["UN", "Security Council"] }],
        [],
        [{ state: "UZB", aliases: ["Uzbek"] }],
      ).all(),
      [],
    );
    const text =
      "The Security Council met; Russia's Security Council and the Uzbek Security Council did not, nor the UN.";
    const found = withCouncil.find(text, null, 0).map((m) => [m.text, m.actor]);
    assert.deepEqual(found, [
      ["Security Council", "UN"],
      ["Russia", "RUS"],
      ["Uzbek", "UZB"],
      ["UN", "UN"],
    ]);
  });

  it("finds no state in a people named after another state ('Uzbek Kazakhs'), but finds the people alone", () => {
    const withPeoples = new Gazetteer(
      buildActorRegistry(
        [],
        [],
        [
          { state: "UZB", aliases: ["Uzbek"] },
          { state: "KAZ", aliases: ["Kazakhs"] },
        ],
      ).all(),
      [],
    );
    const text = "The Kazakhs protested; Uzbek Kazakhs did not.";
    assert.deepEqual(
      withPeoples.find(text, null, 0).map((m) => [m.text, m.actor]),
      [
        ["Kazakhs", "KAZ"],
        ["Uzbek", "UZB"],
      ],
    );
  });

  it("finds no actor in a text named by a city ('the Tashkent Declaration'), but finds the city elsewhere", () => {
    const text =
      "Kazakhstan signed the Tashkent Declaration and the Tashkent agreements, then the Kazakhstan Accord, in Tashkent.";
    const found = gazetteer.find(text, null, 0).map((m) => [m.text, m.actor]);
    assert.deepEqual(found, [
      ["Kazakhstan", "KAZ"],
      // (A state's own name before "Accord" still names it: "the Kazakhstan Accord" may bind it.)
      ["Kazakhstan", "KAZ"],
      ["Tashkent", "UZB"],
    ]);
  });

  it("finds no actor in where a thing was made ('Uzbek-made trucks'), but one in a pair ('Kazakhstan-Uzbek talks')", () => {
    const text = "Kazakhstan bought Uzbek-made trucks and Uzbek-built buses after Kazakhstan-Uzbek talks.";
    const found = gazetteer.find(text, null, 0).map((m) => [m.text, m.actor]);
    assert.deepEqual(found, [
      ["Kazakhstan", "KAZ"],
      ["Kazakhstan", "KAZ"],
      ["Uzbek", "UZB"],
    ]);
  });

  it("finds no state in a demonym that names a language ('its Uzbek initials', 'Uzbek-speaking'), but finds Uzbek troops", () => {
    const text = "The pact, known by its Uzbek initials, drew Uzbek-speaking villages and Uzbek troops.";
    const found = gazetteer.find(text, null, 0).map((m) => [m.text, m.actor]);
    assert.deepEqual(found, [["Uzbek", "UZB"]]);
    assert.equal(gazetteer.find("Tashkent named Uzbek initials.", null, 0).length, 1);
  });

  it("finds no person in the first part of someone else's hyphened given name, but two in a 'Medvedev-Uzbek' pair", () => {
    const text = "Medvedev-Bek Yevkurov met Medvedev before the Medvedev-Uzbek talks.";
    const found = gazetteer.find(text, partialDate("2010"), 0).map((m) => [m.text, m.actor, m.start]);
    assert.deepEqual(found, [
      ["Medvedev", "RUS", 26],
      ["Medvedev", "RUS", 46],
      ["Uzbek", "UZB", 55],
    ]);
  });

  it("reads letters with diacritics as their base letters, keeping the text's own spelling and offsets", () => {
    const text = "Medvédev told the ÖDKB in Tashkent’s name.";
    const found = gazetteer.find(text, partialDate("2010"), 0).map((m) => [m.text, m.actor, m.start]);
    assert.deepEqual(found, [
      ["Medvédev", "RUS", 0],
      ["ÖDKB", "CSTO", 18],
      ["Tashkent", "UZB", 26],
    ]);
  });

  it("prefers the longest name and respects word boundaries", () => {
    const text = "The Collective Security Treaty Organization met; Uzbekistani officials and Uzbeks did not.";
    const found = gazetteer.find(text, null);
    assert.equal(found[0]?.text, "Collective Security Treaty Organization");
    assert.ok(!found.some((m) => m.text === "Uzbek" && text.slice(m.start, m.start + 6) === "Uzbeks"));
  });

  it("codes a person as the actor they act for on the date", () => {
    const [m] = gazetteer.find("Medvedev proposed a change.", partialDate("2011-08"));
    assert.equal(m?.actor, "RUS");
    assert.equal(m?.person, "dmitry-medvedev");
    assert.equal(m?.kind, "person");
  });

  it("does not match ordinary lower-case words", () => {
    assert.deepEqual(gazetteer.find("they told us about chad and georgia", null), []);
  });

  it("finds a lower-case phrase an actor is known by, but no one-word lower-case alias", () => {
    const g = new Gazetteer(
      buildActorRegistry(
        [{ id: "CU", name: "Customs Union", kind: "economic", aliases: ["customs union", "tariffs"] }],
        [],
        [],
      ).all(),
    );
    assert.deepEqual(
      g.find("Armenia joined the customs union; tariffs fell.", null).map((m) => [m.text, m.actor]),
      [
        ["Armenia", "ARM"],
        ["customs union", "CU"],
      ],
    );
  });
});

describe("gazetteer: states now gone", () => {
  const g = new Gazetteer(
    buildActorRegistry(
      [],
      [],
      [{ state: "RUS", aliases: ["Moscow", "Kremlin", "Russian"] }],
      [
        {
          state: "SUN",
          name: "Soviet Union",
          ended: "1991-12-26",
          successor: "RUS",
          seat: ["Moscow", "the Kremlin"],
          aliases: ["USSR", "Soviet", "Soviets"],
        },
      ],
    ).all(),
  );
  const actors = (text: string, at: string | null) =>
    g.find(text, at === null ? null : partialDate(at)).map((m) => `${m.text}=${m.actor}`);

  it("reads the successor's seat as the state gone before the day it ended, and as the successor after", () => {
    const text = "Moscow and the Kremlin said so.";
    assert.deepEqual(actors(text, "1990-04"), ["Moscow=SUN", "Kremlin=SUN"]);
    assert.deepEqual(actors(text, "1991-12-25"), ["Moscow=SUN", "Kremlin=SUN"]);
    assert.deepEqual(actors(text, "1992"), ["Moscow=RUS", "Kremlin=RUS"]);
    assert.deepEqual(actors(text, null), ["Moscow=RUS", "Kremlin=RUS"]);
    // (The successor's own name stays the successor's: Russia was a republic of the Union.)
    assert.deepEqual(actors("Russian deputies met.", "1990"), ["Russian=RUS"]);
  });

  it("finds the state gone by its names, but not where a name tells an era", () => {
    // (The demonym after "the" is the state's when a body of it follows: "the Soviet State Council".)
    assert.deepEqual(actors("the Soviet State Council and the Soviet leader agreed", "1991"), [
      "Soviet=SUN",
      "Soviet=SUN",
    ]);
    assert.deepEqual(actors("Soviet troops and the Soviets left; the USSR signed.", "1989"), [
      "Soviet=SUN",
      "Soviets=SUN",
      "USSR=SUN",
    ]);
    for (const text of [
      "the post-Soviet states met",
      "three former Soviet republics met",
      "a Soviet-era depot",
      "since Soviet times",
      "they divided the Soviet fleet",
      "when the Soviet Union broke up",
      "after the end of the Soviet Union",
      "the old Soviet Union",
    ])
      assert.deepEqual(actors(text, "1997"), [], text);
  });
});
