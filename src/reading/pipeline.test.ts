import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { buildActorRegistry } from "../knowledge/actor-registry.js";
import { Gazetteer, type Mention, officesFrom } from "./gazetteer.js";
import {
  extractClaims,
  headWords,
  leftWhatItWasIn,
  type ReaderKnowledge,
  storyDate,
  topicPairOf,
  withBothKoreas,
  withCountryAnaphora,
  withKoreasNamed,
  withOrganizationAnaphora,
  withoutGoneStates,
  withPersonAnaphora,
} from "./pipeline.js";

/** The whole reader on short reports written for these tests. */

const knowledge: ReaderKnowledge = {
  gazetteer: new Gazetteer(
    buildActorRegistry(
      [
        { id: "SCO", name: "Shanghai Cooperation Organization", kind: "political" },
        { id: "GUAM", name: "GUAM", kind: "political" },
        { id: "CST", name: "Collective Security Treaty", kind: "treaty" },
        { id: "UN", name: "United Nations", kind: "political" },
        { id: "CU", name: "Customs Union", kind: "political", aliases: ["customs union"] },
        { id: "EAEU", name: "Eurasian Economic Union", kind: "political" },
      ],
      [],
      [],
    ).all(),
  ),
  sites: new Map(),
  founded: new Map(),
};

/** People who hold an office from 2030 (id, name, surname, state, role), as the knowledge base to read with. */
function withOffices(
  people: readonly (readonly [string, string, string, string, string])[],
): ReaderKnowledge {
  return {
    ...knowledge,
    gazetteer: new Gazetteer(
      buildActorRegistry(
        [],
        people.map(([id, name, surname]) => ({ id, name, aliases: [surname] })),
        [],
      ).all(),
      officesFrom(
        people.map(([person, , , actor, role]) => ({
          kind: "office",
          person,
          actor,
          role,
          date: "2030-01-01",
        })),
      ),
    ),
  };
}

const TEMIR = ["aru-temir", "Aru Temir", "Temir", "KAZ", "President"] as const;
const SARYG = ["bek-saryg", "Bek Saryg", "Saryg", "KGZ", "President"] as const;

/** Two presidents, for the tests that name people. */
const withPeople = withOffices([TEMIR, SARYG]);

/** The mention of `name` (its first occurrence in `text`) for `actor`, as the gazetteer gives it. */
function mentionIn(
  text: string,
  name: string,
  actor: string,
  kind: Mention["kind"] = "organization",
): Mention {
  return { start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, actor, kind };
}

/** The events a text tells, one line each: "TYPE SOURCE TARGET DATE". */
function eventLines(text: string, published: string, kb: ReaderKnowledge = knowledge): string[] {
  return extractClaims(text, published, kb).flatMap((c) =>
    c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
  );
}

describe("the reader", () => {
  it("tells a meeting of three once for each pair, whichever way each pattern read it", () => {
    const text =
      "3 May 2031: Armenia, Belarus and Georgia meet in Tbilisi and sign an agreement fixing the junction point of the three countries' borders.";
    const pairs = extractClaims(text, "2031-06-01", knowledge).flatMap((c) =>
      c.claim.kind === "event" && c.claim.type === "CONSULT"
        ? [[c.claim.source, c.claim.target].sort().join("-")]
        : [],
    );
    assert.deepEqual(pairs.sort(), ["ARM-BLR", "ARM-GEO", "BLR-GEO"]);
  });

  it("joins an exercise told over two sentences, and does not take the year in its name for its date", () => {
    const text =
      "On Monday the Shanghai Cooperation Organization ended a joint exercise in Osh, Kyrgyzstan.\n" +
      "Code-named “Tien Shan 2019”, the drills brought together 3,000 troops from China, Russia and Kazakhstan.\n";
    const claims = extractClaims(text, "2021-05-12", knowledge).filter((c) => c.claim.kind === "exercise");
    assert.equal(claims.length, 1);
    const [e] = claims;
    assert.ok(e && e.claim.kind === "exercise");
    assert.equal(e.claim.name, "Tien Shan 2019");
    assert.equal(e.claim.date, "2021-05-10");
    assert.equal(e.claim.host, "KGZ");
    assert.equal(e.claim.troops, 3000);
    assert.deepEqual([...e.claim.participants].sort(), ["CHN", "KAZ", "RUS"]);
    assert.deepEqual(e.span, [0, text.trimEnd().length]);
  });

  it("gives every claim the span of its sentence, as offsets into the text", () => {
    const text =
      "Filler without actors.\nIn March 2016 Tajikistan refused to let Uzbekistan use its airspace.";
    const [c] = extractClaims(text, "2016-04-01", knowledge);
    assert.ok(c);
    assert.equal(
      text.slice(c.span[0], c.span[1]),
      "In March 2016 Tajikistan refused to let Uzbekistan use its airspace.",
    );
  });

  it("dates a standing base by the narrative, and spans the sentence before when that one names its host", () => {
    const text =
      "In May 2014 Armenia and Russia held talks in Yerevan.\nMoscow already had an air base at Gyumri, the ministry said.\n";
    const withSite: ReaderKnowledge = {
      ...knowledge,
      sites: new Map([["gyumri", { host: "ARM", operator: "RUS", site: "Gyumri" }]]),
    };
    const bases = extractClaims(text, "2014-06-01", withSite).filter((c) => c.claim.kind === "base");
    assert.equal(bases.length, 1);
    const [b] = bases;
    assert.ok(b);
    assert.deepEqual(b.claim, {
      kind: "base",
      host: "ARM",
      operator: "RUS",
      site: "Gyumri",
      change: "exists",
      date: "2014-05",
    });
    assert.deepEqual(b.span, [0, text.trimEnd().length], "the host is named only in the sentence before");
    const alone = extractClaims("Moscow already had an air base at Gyumri.", "2014-06-01", withSite);
    assert.deepEqual(
      alone.filter((c) => c.claim.kind === "base"),
      [],
      "no sentence names the host",
    );
  });

  it("reads nothing from a footnote's reference", () => {
    const text =
      "12 Jane Roe, “Kazakhstan Suspends Its SCO Membership,” Steppe Monitor, Vol. 4, No. 2, March 3, 2016.";
    assert.deepEqual(extractClaims(text, "2016-04-01", knowledge), []);
  });

  it("puts a recent event in the year of publication, not in the year the narrative was last at", () => {
    const text =
      "In 2009 Tajikistan refused to let Uzbekistan use its airspace.\nDuring a recent visit on June 12-13, Uzbekistan held talks with Tajikistan.\n";
    const events = extractClaims(text, "2012-06-21", knowledge).filter((c) => c.claim.kind === "event");
    assert.deepEqual(
      events.map((e) => e.claim.date),
      ["2009", "2012-06-12"],
    );
  });

  it("keeps the narrative in the year of publication after 'last year': 'in late June' is this year's", () => {
    const text =
      "Last year Tajikistan refused to let Uzbekistan use its airspace.\nIn late June, Uzbekistan held talks with Tajikistan.\n";
    const events = extractClaims(text, "2023-07-14", knowledge).filter((c) => c.claim.kind === "event");
    assert.deepEqual(
      events.map((e) => e.claim.date),
      ["2022", "2023-06"],
    );
  });

  it("after 'late last year', takes a month that follows in the last year before writing, not in a year told before", () => {
    const text =
      "In March 2028 Uzbekistan signed a border treaty with Tajikistan.\nTies warmed further late last year.\nIn December, Tajikistan held talks with Uzbekistan in Tashkent.\n";
    const events = extractClaims(text, "2031-01-10", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.ok(events.includes("CONSULT 2030-12"), events.join("; "));
  });

  it("reads 'the bloc' as the organization the text is about, and objectless joins as joining it", () => {
    const text =
      "The Shanghai Cooperation Organization met in Bishkek on 3 May 2021.\n" +
      "Mongolia has been an observer since 2004.\n" +
      "In 2017 India and Pakistan became full members.\n" +
      "Iran followed in July 2023.\n" +
      "Last month the bloc criticized Turkmenistan.\n";
    const found = extractClaims(text, "2024-08-01", knowledge).map((c) => c.claim);
    const membership = found.flatMap((c) =>
      c.kind === "membership" ? [[c.state, c.org, c.change, c.date]] : [],
    );
    assert.deepEqual(membership, [
      ["MNG", "SCO", "observer", "2004"],
      ["IND", "SCO", "join", "2017"],
      ["PAK", "SCO", "join", "2017"],
      ["IRN", "SCO", "join", "2023-07"],
    ]);
    const events = found.flatMap((c) => (c.kind === "event" ? [[c.type, c.source, c.target, c.date]] : []));
    assert.deepEqual(events, [["ACCUSE", "SCO", "TKM", "2024-07"]]);
    // Every span reaches back to the sentence that names the organization, not to "the bloc".
    for (const c of extractClaims(text, "2024-08-01", knowledge))
      assert.ok(
        text.slice(c.span[0], c.span[1]).includes("Shanghai Cooperation Organization"),
        JSON.stringify(c),
      );
  });

  it("forgets the organization after a few sentences that name none, and takes no org for a join with an object", () => {
    const text =
      "The Shanghai Cooperation Organization met in Bishkek in 2021.\n" +
      "Nothing else happened.\nIt rained.\nMarkets were calm.\nFarmers complained.\n" +
      "In 2022 Armenia joined.\n" +
      "In 2023 Armenia joined the talks on water.\n";
    const found = extractClaims(text, "2024-08-01", knowledge).map((c) => c.claim);
    assert.deepEqual(
      found.filter((c) => c.kind === "membership"),
      [],
    );
  });

  it("reads founders: 'A, B and C launched X', and 'Founded ... by A and B, the organization'", () => {
    const text =
      "In October 1997 Georgia, Ukraine, Azerbaijan and Moldova launched GUAM as a forum.\n" +
      "Founded in Shanghai on 15 June 2001 by China, Russia and Kazakhstan, the Shanghai Cooperation Organization grew out of border talks.\n";
    const found = extractClaims(text, "2024-08-01", knowledge).map((c) => c.claim);
    assert.deepEqual(
      found.flatMap((c) => (c.kind === "org" ? [[c.org, c.change, c.date]] : [])),
      [
        ["GUAM", "found", "1997-10"],
        ["SCO", "found", "2001-06-15"],
      ],
    );
    assert.deepEqual(
      found.flatMap((c) => (c.kind === "membership" ? [`${c.state} ${c.org} ${c.date}`] : [])),
      [
        "GEO GUAM 1997-10",
        "UKR GUAM 1997-10",
        "AZE GUAM 1997-10",
        "MDA GUAM 1997-10",
        "CHN SCO 2001-06-15",
        "RUS SCO 2001-06-15",
        "KAZ SCO 2001-06-15",
      ],
    );
    // The founders' "border talks" are background to the founding, not events of their own.
    assert.deepEqual(
      found.filter((c) => c.kind === "event"),
      [],
    );
  });

  it("tells a membership change once: declining to renew a treaty is leaving it, not also an event", () => {
    const text = "In 1999 Azerbaijan and Uzbekistan declined to renew the Collective Security Treaty.\n";
    const found = extractClaims(text, "2009-01-01", knowledge).map((c) => c.claim);
    assert.deepEqual(
      found.map((c) => (c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : c.kind)),
      ["AZE CST withdraw 1999", "UZB CST withdraw 1999"],
    );
  });

  it("reads forces of the organization just discussed, one for each of coordinated names and dates", () => {
    const text =
      "The Collective Security Treaty bound its members in 1994.\n" +
      "The western and southern legions were formed in 1997 and 2000 respectively under treaties between Russia and Belarus.\n";
    const found = extractClaims(text, "2013-01-01", knowledge);
    const forces = found.flatMap((c) =>
      c.claim.kind === "force" ? [[c.claim.org, c.claim.name, c.claim.date]] : [],
    );
    assert.deepEqual(forces, [
      ["CST", "Western legion", "1997"],
      ["CST", "Southern legion", "2000"],
    ]);
    // The support reaches back to the sentence that names the organization.
    const [first] = found.filter((c) => c.claim.kind === "force");
    assert.ok(first && text.slice(first.span[0], first.span[1]).includes("Collective Security Treaty"));
  });

  it("reads 'the new base was aborted' as what became of the base planned a few sentences before", () => {
    const text =
      "In March 2031 Russia planned to open a new military base at Batken in Kyrgyzstan.\n" +
      "Russia already had an air base at Kant in Kyrgyzstan.\n" +
      "Tajikistan objected.\n" +
      "Russia's plan for the new base was finally dropped after protests in Kyrgyzstan.\n";
    const bases = extractClaims(text, "2032-01-01", knowledge).flatMap((c) =>
      c.claim.kind === "base" ? [[c.claim.site, c.claim.change, c.claim.date]] : [],
    );
    assert.deepEqual(bases, [
      ["Batken", "plan", "2031-03"],
      ["Kant", "exists", "2031-03"],
      ["Batken", "abort", null],
    ]);
  });

  it("reads a call to a president as talks, and states coordinated through their leaders' titles", () => {
    const text =
      "On 2 May 2031 the president of Kazakhstan called President Mirzayev of Uzbekistan.\n" +
      "In 2031 the German chancellor, the Spanish king and the Polish president visited Kyrgyzstan.\n";
    const events = extractClaims(text, "2032-01-01", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [[c.claim.type, c.claim.source, c.claim.target]] : [],
    );
    assert.deepEqual(events, [
      ["CONSULT", "KAZ", "UZB"],
      ["CONSULT", "DEU", "KGZ"],
      ["CONSULT", "ESP", "KGZ"],
      ["CONSULT", "POL", "KGZ"],
    ]);
  });

  it("tells a base's lease as the base, not also as an agreement or an event between its host and operator", () => {
    const text =
      "On 3 March 2030 Russia and Tajikistan signed an agreement to extend Russia's lease on its military base until 2060.\n" +
      "In May 2031 Kyrgyzstan asked the United States to withdraw from its air base at Manas in Kyrgyzstan.\n";
    const kinds = extractClaims(text, "2032-01-01", knowledge).map((c) =>
      c.claim.kind === "base" ? `base ${c.claim.host} ${c.claim.operator} ${c.claim.change}` : c.claim.kind,
    );
    assert.deepEqual(kinds, ["base TJK RUS extend", "base KGZ USA close"]);
  });

  it("brings the story back to the present after a day of this week, and reads a signed deal as an agreement", () => {
    const text =
      "Kazakhstan joined the Shanghai Cooperation Organization in 2015.\n" +
      "On Wednesday Russia and China held talks in Astana.\n" +
      "In May Russia and China signed a deal on gas.\n";
    const found = extractClaims(text, "2024-07-05", knowledge).map((c) => c.claim);
    assert.deepEqual(
      found.flatMap((c) => (c.kind === "agreement" ? [[c.parties, c.date]] : [])),
      [[["RUS", "CHN"], "2024-05"]],
    );
  });

  it("tells a cooperation agreement as the agreement only", () => {
    const text = "In 2031 Kazakhstan signed a military cooperation agreement with Uzbekistan.\n";
    assert.deepEqual(
      extractClaims(text, "2032-01-01", knowledge).map((c) => c.claim.kind),
      ["agreement"],
    );
  });
});

describe("the reader: a subject 'it' is the subject of the sentence before", () => {
  it("reads the membership changes of a state told as 'it' in the next sentences", () => {
    const text =
      "Uzbekistan took no part in the drills of 2030. In the autumn of 2031 it suspended its membership of GUAM. " +
      "On 3 May 2032 it sent the Shanghai Cooperation Organization a note suspending its membership as well.";
    const found = extractClaims(text, "2033-01-01", knowledge).map((c) =>
      c.claim.kind === "membership"
        ? [c.claim.state, c.claim.org, c.claim.change, c.claim.date]
        : [c.claim.kind],
    );
    assert.deepEqual(found, [
      ["UZB", "GUAM", "suspend", "2031"],
      ["UZB", "SCO", "suspend", "2032-05-03"],
    ]);
  });

  it("does not carry 'it' past a sentence whose subject is no state", () => {
    const text =
      "Uzbekistan stayed away. The weather was poor all year. In 2031 it suspended its membership of GUAM.";
    assert.deepEqual(extractClaims(text, "2033-01-01", knowledge), []);
  });
});

describe("the reader: 'he' and 'she' stand for the person named before", () => {
  // An invented president of Kazakhstan, in office from 2030.
  const withPerson: ReaderKnowledge = {
    ...knowledge,
    gazetteer: new Gazetteer(
      buildActorRegistry([], [{ id: "aru-temir", name: "Aru Temir", aliases: ["Temir"] }], []).all(),
      officesFrom([
        { kind: "office", person: "aru-temir", actor: "KAZ", role: "President", date: "2030-01-01" },
      ]),
    ),
  };

  it("reads a person who 'was in' a capital as visiting it, but not one 'in a difficult position'", () => {
    const events = (text: string) =>
      extractClaims(text, "2031-06-01", withPerson).flatMap((c) =>
        c.claim.kind === "event"
          ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`]
          : [],
      );
    assert.deepEqual(events("On 4 May 2031 Aru Temir was in Tashkent to open a bridge.\n"), [
      "CONSULT KAZ UZB 2031-05-04",
    ]);
    assert.deepEqual(events("In May 2031 Aru Temir was in a difficult position over Uzbekistan.\n"), []);
    assert.deepEqual(events("In May 2031 Kazakhstan was in Uzbekistan's debt.\n"), []);
  });

  it("reads a person receiving the leaders of states, or received by one, as meeting them", () => {
    const events = (text: string) =>
      extractClaims(text, "2031-06-01", withPerson).flatMap((c) =>
        c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target}`] : [],
      );
    assert.deepEqual(
      events("On 2 May 2031 Aru Temir received the presidents of Chile and Peru in Astana.\n"),
      ["CONSULT KAZ CHL", "CONSULT KAZ PER"],
    );
    assert.deepEqual(
      events("On 2 May 2031 the Chilean president had been received by Aru Temir in Astana.\n").length,
      1,
    );
  });

  it("reads a pronoun in the next sentence as the person's state", () => {
    const text =
      "Aru Temir took office in January 2030.\nIn March 2031 he went to Tashkent and met Uzbek officials.\n";
    const events = extractClaims(text, "2031-06-01", withPerson).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT KAZ UZB 2031-03"]);
  });

  it("keeps the pronoun's word for the patterns: 'took him to', 'his trip to', 'during his visit'", () => {
    const events = (text: string) =>
      extractClaims(`Aru Temir took office in January 2030.\n${text}\n`, "2031-06-01", withPerson).flatMap(
        (c) => (c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target}`] : []),
      );
    assert.deepEqual(events("His first trips abroad, in March 2031, took him to Tashkent and Bishkek."), [
      "CONSULT KAZ UZB",
      "CONSULT KAZ KGZ",
    ]);
    assert.deepEqual(events("In March 2031 his trip to Tashkent ended early."), ["CONSULT KAZ UZB"]);
  });

  it("spans back to the sentence that names the person", () => {
    const text = "Aru Temir took office in January 2030.\nIn March 2031 he went to Tashkent.\n";
    const [c] = extractClaims(text, "2031-06-01", withPerson);
    assert.ok(c);
    assert.equal(c.span[0], 0);
  });

  it("forgets the person after a few sentences that name nobody", () => {
    const text =
      "Aru Temir took office in January 2030.\nThe harvest was poor.\nPrices rose.\nRains came late.\nIn March 2031 he went to Tashkent.\n";
    assert.deepEqual(extractClaims(text, "2031-06-01", withPerson), []);
  });

  it("puts each pronoun in text order, as the nearest person before it, and leaves names alone", () => {
    const named = withPerson.gazetteer.find("Temir said his troops would stay.", null, 0);
    const found = withPersonAnaphora("Temir said his troops would stay.", 0, named, undefined);
    assert.deepEqual(
      found.map((m) => [m.text, m.actor, m.start]),
      [
        ["Temir", "KAZ", 0],
        ["his", "KAZ", 11],
      ],
    );
    assert.deepEqual(withPersonAnaphora("He left.", 0, [], undefined), []);
  });

  it("reads 'him' after ', who' and a verb as the one a pronoun before stood for, not the one 'who' is", () => {
    const text = "He sat down with Aslan, who urged him to stay.";
    const aslan: Mention = { start: 117, end: 122, text: "Aslan", actor: "NOR", kind: "person" };
    const temir: Mention = { start: 0, end: 5, text: "Temir", actor: "KAZ", kind: "person" };
    const found = withPersonAnaphora(text, 100, [aslan], temir);
    assert.deepEqual(
      found.filter((m) => m.pronoun).map((m) => [m.text, m.actor]),
      [
        ["He", "KAZ"],
        ["him", "KAZ"],
      ],
    );
  });

  it("reads 'he' after an opening clause as that clause's subject, not its object", () => {
    const text = "When Temir received Aslan in Oslo, he granted them a loan.";
    const person = (name: string, actor: string): Mention => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      actor,
      kind: "person",
    });
    const found = withPersonAnaphora(text, 0, [person("Temir", "KAZ"), person("Aslan", "NOR")], undefined);
    assert.deepEqual(
      found.filter((m) => m.text === "he").map((m) => m.actor),
      ["KAZ"],
    );
    // (Elsewhere "he" is still the person named nearest before it.)
    const plain = "Temir said Aslan would come, and he left.";
    const named: Mention[] = [
      { start: 0, end: 5, text: "Temir", actor: "KAZ", kind: "person" },
      { start: 11, end: 16, text: "Aslan", actor: "NOR", kind: "person" },
    ];
    assert.deepEqual(
      withPersonAnaphora(plain, 0, named, undefined)
        .filter((m) => m.text === "he")
        .map((m) => m.actor),
      ["NOR"],
    );
  });
});

describe("the reader: a 'he' after a person met", () => {
  it("reads a 'he' who acts as the one who met, not the one met", () => {
    const text = "Temir went to Oslo, where he met Aslan, and later he spoke in Lima.";
    const named: Mention[] = [
      { start: 0, end: 5, text: "Temir", actor: "KAZ", kind: "person" },
      { start: 33, end: 38, text: "Aslan", actor: "NOR", kind: "person" },
    ];
    assert.deepEqual(
      withPersonAnaphora(text, 0, named, undefined)
        .filter((m) => m.pronoun)
        .map((m) => [m.text, m.actor, m.start]),
      [
        ["he", "KAZ", 26],
        ["he", "KAZ", 50],
      ],
    );
  });

  it("takes talks told in a later clause as no counterparts of the visit", () => {
    const text =
      "In June 2031 Temir made a trip to Lima, where he met Saryg, and hours later he told a crowd in Quito, after talks with Ghana, that Chile would lose.";
    const lines = eventLines(text, "2031-12-01", withPeople);
    assert.ok(lines.includes("CONSULT KAZ PER 2031-06"), lines.join("; "));
    assert.ok(!lines.some((l) => /^CONSULT KAZ (?:CHL|GHA)\b/.test(l)), lines.join("; "));
  });
});

describe("the reader: a leader back in a capital, and a contract", () => {
  it("reads a person 'again' or 'back' in a capital as a visit, and a contract signed as an agreement", () => {
    for (const text of [
      "In October 2031 Temir was again in Lima.",
      "In October 2031 Temir was back in Lima.",
      "In October 2031 Temir himself had been in Lima.",
    ])
      assert.deepEqual(eventLines(text, "2031-12-01", withPeople), ["CONSULT KAZ PER 2031-10"], text);
    // (Not one received there: "was received in Lima by" is a visit of its own verb, with the host.)
    const received = eventLines(
      "In October 2031 Temir was received in Lima by Saryg.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(
      received.length === 1 && /^CONSULT (?:KAZ KGZ|KGZ KAZ) 2031-10$/.test(received[0] ?? ""),
      received.join("; "),
    );
    const signed = extractClaims(
      "In October 2031 Chile and Peru signed a contract for five frigates.",
      "2031-12-01",
      knowledge,
    ).map((c) =>
      c.claim.kind === "agreement" ? `${c.claim.parties.join(" ")} ${c.claim.date}` : c.claim.kind,
    );
    assert.deepEqual(signed, ["CHL PER 2031-10"]);
    // ("had been in power" is no place.)
    assert.deepEqual(
      eventLines("In October 2031 Temir had been in power for years.", "2031-12-01", withPeople),
      [],
    );
  });

  it("reads a plan agreed with an organization as an agreement, and a donation as aid", () => {
    const agreed = extractClaims(
      "In 2031 Chile went on to agree an Individual Partnership Action Plan with GUAM.",
      "2031-12-01",
      knowledge,
    ).flatMap((c) => (c.claim.kind === "agreement" ? [`${c.claim.parties.join(" ")} ${c.claim.date}`] : []));
    assert.deepEqual(agreed, ["CHL GUAM 2031"]);
    assert.deepEqual(eventLines("In 2031 Chile donated six old frigates to Peru.", "2031-12-01"), [
      "AID CHL PER 2031",
    ]);
  });
});

describe("the reader: 'the alliance' long after its name", () => {
  it("is the organization the text is about (named twice), some sentences after it was last named", () => {
    const text =
      "Chile joined GUAM in 2030. Ghana left GUAM in 2030. Its army grew. Prices rose. Rains came late. The harvest was poor. Peru joined the alliance in March 2031.";
    const joined = extractClaims(text, "2031-12-01", knowledge).flatMap((c) =>
      c.claim.kind === "membership" ? [`${c.claim.state} ${c.claim.org} ${c.claim.date}`] : [],
    );
    assert.deepEqual(joined, ["CHL GUAM 2030", "GHA GUAM 2030", "PER GUAM 2031-03"]);
  });
});

describe("the reader: a state 'and its' allies", () => {
  it("reads the allies named after 'and its' as coordinated with the state", () => {
    const lines = eventLines(
      "On 7 March 2031 Peru accused Chile and its GUAM allies of meddling.",
      "2031-12-01",
    );
    assert.deepEqual(lines, ["ACCUSE PER CHL 2031-03-07", "ACCUSE PER GUAM 2031-03-07"]);
  });
});

describe("the reader: a state's deed welcomed", () => {
  it("is support for the state, not a meeting with it", () => {
    const lines = eventLines("On 7 March 2031 Peru welcomed Chile's entry in a statement.", "2031-12-01");
    assert.deepEqual(lines, ["SUPPORT PER CHL 2031-03-07"]);
    // (A guest's party welcomed to a place is still met.)
    assert.deepEqual(eventLines("On 7 March 2031 Peru welcomed Chile's delegation in Lima.", "2031-12-01"), [
      "CONSULT PER CHL 2031-03-07",
    ]);
  });
});

describe("the reader: a date said to be still to come", () => {
  it("is no date of the deed told before it", () => {
    const text =
      "On 9 June 2031, at a meeting with Saryg in Lima, Temir said the deployment would start on 7 July.";
    const lines = eventLines(text, "2031-12-01", withPeople);
    assert.ok(
      lines.some((l) => /^CONSULT (?:KAZ KGZ|KGZ KAZ) 2031-06-09$/.test(l)),
      lines.join("; "),
    );
  });
});

describe("the reader: a relative clause in the perfect", () => {
  it("dates its own state, not the deed before it", () => {
    const text =
      "Chile lifted restrictions on arms exports to Peru that had been in place since 2029, its export agency announcing the decision at the end of September 2031.";
    assert.deepEqual(eventLines(text, "2031-12-01"), ["CONCEDE CHL PER 2031-09"]);
  });
});

describe("the reader: a person named in full, then by surname", () => {
  it("reads the surname alone as that person, and a surname no one was named by as no one", () => {
    const kb = withOffices([["aru-temir", "Aru Temir", "Aru", "KAZ", "President"], SARYG]);
    const text = "Aru Temir met Saryg in March 2031. On 3 May 2031 Temir visited Bishkek.";
    assert.deepEqual(eventLines(text, "2031-12-01", kb), [
      "CONSULT KAZ KGZ 2031-03",
      "CONSULT KAZ KGZ 2031-05-03",
    ]);
    assert.deepEqual(eventLines("On 3 May 2031 Temir visited Bishkek.", "2031-12-01", kb), []);
  });

  it("takes a Korean or Chinese name's family name from its front, and a Kazakh one's from its end", () => {
    const ryu = ["ryu-sang-ho", "Ryu Sang-ho", "Ryu Sangho", "KOR", "President"] as const;
    const kb = withOffices([ryu, ["aru-temir", "Aru Temir", "Aru Temirov", "KAZ", "President"]]);
    const text = "Ryu Sang-ho met Aru Temir in March 2031. On 3 May 2031 Ryu visited Astana.";
    assert.deepEqual(eventLines(text, "2031-12-01", kb), [
      "CONSULT KOR KAZ 2031-03",
      "CONSULT KOR KAZ 2031-05-03",
    ]);
    const western = "Aru Temir met Ryu Sang-ho in March 2031. On 3 May 2031 Aru visited Seoul.";
    assert.deepEqual(eventLines(western, "2031-12-01", kb), ["CONSULT KAZ KOR 2031-03"]);
  });

  it("reads joining people as no membership of the body named next", () => {
    const kb: ReaderKnowledge = {
      ...withPeople,
      gazetteer: new Gazetteer(
        buildActorRegistry(
          [{ id: "EU", name: "European Union", kind: "political", aliases: ["Brussels"] }],
          [{ id: "bek-saryg", name: "Bek Saryg", aliases: ["Saryg"] }],
          [],
        ).all(),
        officesFrom([
          { kind: "office", person: "bek-saryg", actor: "KGZ", role: "President", date: "2030-01-01" },
        ]),
      ),
    };
    const text = "On 25 May 2031 Saryg joins allied leaders at the Brussels summit.";
    assert.deepEqual(
      extractClaims(text, "2031-12-01", kb).filter((c) => c.claim.kind === "membership"),
      [],
    );
  });
});

describe("the reader: a leader 'to telephone' another", () => {
  it("is a call between their states", () => {
    const text = "Temir was the first leader to telephone Saryg on 11 September 2031.";
    assert.deepEqual(eventLines(text, "2031-12-01", withPeople), ["CONSULT KAZ KGZ 2031-09-11"]);
  });
});

describe("the reader: a leader's stop in a state", () => {
  it("is a visit there, and fighting that stopped is none", () => {
    const text =
      "On 3 March 2031 Temir stopped in Bishkek. The fighting stopped in Kyrgyzstan in March 2031.";
    assert.deepEqual(eventLines(text, "2031-06-01", withPeople), ["CONSULT KAZ KGZ 2031-03-03"]);
  });
});

describe("the reader: a protest with no one named", () => {
  it("is at whoever just did the protester harm, and at no one with no harm told", () => {
    const text = "In May 2031 Chilean vessels rammed Peruvian ships. Lima protested loudly.";
    assert.deepEqual(eventLines(text, "2031-12-01"), ["ASSAULT CHL PER 2031-05", "PROTEST PER CHL 2031-05"]);
    assert.deepEqual(eventLines("In May 2031 Chile met Bolivia. Lima protested loudly.", "2031-12-01"), [
      "CONSULT CHL BOL 2031-05",
    ]);
  });
});

describe("the reader: years told in asides", () => {
  it("leave the story in its year: an aside between commas and a closing participle's phrase", () => {
    const text =
      "On 10 July 2031 Chile and Peru met in Lima. Peru, which applied in May 2030, pledged to back Chile's bid, building on a memorandum the two signed in Quito in June 2030. On 12 July Chile hosted Bolivia's president in Santiago.";
    assert.deepEqual(
      eventLines(text, "2031-08-01").filter((l) => l.includes("BOL")),
      ["CONSULT CHL BOL 2031-07-12"],
    );
  });
});

describe("the reader: a chronology told in the present", () => {
  it("reads the present of its entries as what happened on the entry's date", () => {
    const text = [
      "Timeline",
      "",
      "2031",
      "2 March - Chile invades Peru.",
      "9 March - Chile, Peru and Ghana create the Eurasian Economic Union.",
      "16 March - Temir phones Saryg.",
      "23 March - Temir flies to Lima.",
      "30 March - Saryg is received in Oslo by the Norwegian king.",
      "",
    ].join("\n");
    const claims = extractClaims(text, "2031-12-01", withPeople);
    const lines = claims.map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`
        : c.claim.kind === "org"
          ? `org ${c.claim.org} ${c.claim.change} ${c.claim.date}`
          : c.claim.kind,
    );
    for (const expected of ["ASSAULT CHL PER 2031-03-02", "CONSULT KAZ PER 2031-03-23"])
      assert.ok(lines.includes(expected), `${expected} in ${lines.join("; ")}`);
    for (const met of [
      /^CONSULT (?:KAZ KGZ|KGZ KAZ) 2031-03-16$/,
      /^CONSULT (?:KGZ NOR|NOR KGZ) 2031-03-30$/,
    ])
      assert.ok(
        lines.some((l) => met.test(l)),
        `${met} in ${lines.join("; ")}`,
      );
    const founded = extractClaims(text, "2031-12-01", knowledge).flatMap((c) =>
      c.claim.kind === "org" ? [`${c.claim.org} ${c.claim.change} ${c.claim.date}`] : [],
    );
    assert.deepEqual(founded, ["EAEU found 2031-03-09"]);
    // ("found" is also the past of "find", and "to establish" a plan: neither founds anything.)
    for (const other of [
      "In March 2031 investigators found the Eurasian Economic Union had failed.",
      "In March 2031 Chile and Peru agreed to establish the Eurasian Economic Union.",
    ])
      assert.deepEqual(
        extractClaims(other, "2031-12-01", knowledge).filter((c) => c.claim.kind === "org"),
        [],
        other,
      );
    // ("When it comes to Chile": no one comes to it.)
    assert.deepEqual(eventLines("In May 2031, when it comes to Chile, Peru is firm.", "2031-12-01"), []);
  });
});

describe("the reader: the organization a text is about", () => {
  it("is not one named only as where something happened ('at a NATO summit')", () => {
    const text =
      "In May 2031 Chile and Peru founded GUAM on the sidelines of a NATO summit in Lima.\nGhana came on board in April 2032.\n";
    const withNato: ReaderKnowledge = {
      ...knowledge,
      gazetteer: new Gazetteer(
        buildActorRegistry(
          [
            { id: "GUAM", name: "GUAM", kind: "political" },
            { id: "NATO", name: "North Atlantic Treaty Organization", kind: "alliance", aliases: ["NATO"] },
          ],
          [],
          [],
        ).all(),
      ),
    };
    const joined = extractClaims(text, "2033-01-01", withNato).flatMap((c) =>
      c.claim.kind === "membership" && c.claim.state === "GHA" ? [c.claim.org] : [],
    );
    assert.deepEqual(joined, ["GUAM"]);
  });
});

describe("the reader: a history told in long sentences", () => {
  const text = [
    "In May 2030 six states signed the Collective Security Treaty in Tashkent.",
    "Azerbaijan, Georgia and Belarus joined the following year.",
    "When the treaty came up for renewal in 2035, three members - Azerbaijan, Georgia and Uzbekistan - declined to extend it, preferring GUAM, which Uzbekistan had joined that April.",
    "Tashkent, having fallen out with Washington, came back to the Collective Security Treaty in 2037, only to leave again in 2040.",
    "After the treaty ignored its appeals during the clashes with Azerbaijan, Armenia froze its participation in the Collective Security Treaty in February 2042.",
  ].join(" ");
  const found = extractClaims(text, "2043-01-01", knowledge)
    .map((c) =>
      c.claim.kind === "membership"
        ? `${c.claim.state} ${c.claim.org} ${c.claim.change} ${c.claim.date}`
        : c.claim.kind,
    )
    .filter((c) => c !== "org" && c !== "agreement")
    .sort();

  it("reads 'joined the following year' as joining what the text is about, a year on", () => {
    for (const state of ["AZE", "GEO", "BLR"])
      assert.ok(found.includes(`${state} CST join 2031`), found.join("; "));
  });

  it("reads 'declined to extend it' as leaving it, not the bloc named after, and a relative clause's own date", () => {
    for (const state of ["AZE", "GEO", "UZB"])
      assert.ok(found.includes(`${state} CST withdraw 2035`), found.join("; "));
    assert.ok(found.includes("UZB GUAM join 2035-04"), found.join("; "));
    assert.ok(!found.some((c) => c.includes("GUAM withdraw")), found.join("; "));
  });

  it("takes the subject before a participial aside, and 'only to leave again' as leaving", () => {
    assert.ok(found.includes("UZB CST join 2037"), found.join("; "));
    assert.ok(found.includes("UZB CST withdraw 2040"), found.join("; "));
    assert.ok(!found.some((c) => c.startsWith("USA ")), found.join("; "));
  });

  it("takes the subject after an opening clause, not a list with what ends it", () => {
    assert.ok(found.includes("ARM CST suspend 2042-02"), found.join("; "));
    assert.ok(!found.includes("AZE CST suspend 2042-02"), found.join("; "));
  });
});

describe("the reader: an agreement told with what it does", () => {
  it("takes neither a party nor a date from a clause about something else", () => {
    const text =
      "Chile and Peru on Monday signed a pact that binds each to defend the other if attacked by a third state, sealing an alliance forged in last year's war with Bolivia.\n";
    const pacts = extractClaims(text, "2031-07-09", knowledge).flatMap((c) =>
      c.claim.kind === "agreement" ? [`${[...c.claim.parties].sort().join("+")} ${c.claim.date}`] : [],
    );
    assert.deepEqual(pacts, ["CHL+PER 2031-07-07"]);
  });
});

describe("the reader: a wire story published with only its month known", () => {
  it("takes the day from the dateline, stays at that day, and tells no event still to come", () => {
    const text =
      "Talks collapse\n\nDUSHANBE, Mar 7 (Wire) - Tajikistan on Friday accused Uzbekistan of closing the border.\nThe two leaders agreed to meet in Tashkent next week.\nUzbekistan said nothing.\nTrade stopped.\nFarmers waited.\nGuards were reinforced.\nTajikistan's foreign minister spoke by phone with Uzbekistan's.\n";
    const events = extractClaims(text, "2031-03", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["ACCUSE 2031-03-07", "AGREE 2031-03-07", "CONSULT 2031-03-07"]);
  });
});

describe("the reader: an interview", () => {
  it("brings the story back to the year of writing at each question", () => {
    const text =
      "Q: What about the past?\nA: In 2016 Uzbekistan joined GUAM.\nQ: And after that?\nA: In September Uzbekistan left the Shanghai Cooperation Organization.\n";
    const left = extractClaims(text, "2021-11-15", knowledge).find(
      (c) => c.claim.kind === "membership" && c.claim.change === "withdraw",
    );
    assert.ok(left);
    assert.equal(left.claim.date, "2021-09");
  });
});

describe("the reader: a wire story's dateline", () => {
  it("dates the writing, not the story: the next sentence is at the day the first one tells", () => {
    const text =
      "LIMA, May 14 (Andes Wire) - Chile and Peru held talks on Tuesday in Lima.\nThe two governments signed a fisheries pact.\n";
    const pact = extractClaims(text, "2031-05-14", knowledge).find((c) => c.claim.kind === "agreement");
    assert.ok(pact);
    assert.equal(pact.claim.date, "2031-05-13");
  });

  it("puts a day or month told without a year in the twelve months before it, but 'that November' in the story's year", () => {
    const text =
      "LIMA, May 14 (Andes Wire) - Chile and Peru signed a fisheries pact on Tuesday.\n" +
      "The two had signed a first accord in March 2024.\n" +
      "The row began on Oct. 3, when Peru seized six Chilean trawlers.\n" +
      "In January Chile recalled its ambassador from Peru.\n" +
      "Back in 2019, Peru had expelled Chile's consul, and that November Chile expelled Peru's.\n";
    const events = extractClaims(text, "2031-05-14", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(
      events.includes("SEIZE PER 2030-10-03") || events.includes("COERCE PER 2030-10-03"),
      events.join("; "),
    );
    assert.ok(
      events.some((e) => e.endsWith("CHL 2031-01")),
      events.join("; "),
    );
    assert.ok(events.includes("COERCE CHL 2019-11"), events.join("; "));
  });

  it("in a roundup of briefs, counts each brief's weekdays from its own dateline, which joins no range", () => {
    const text =
      "The week in brief\n\nLIMA, 14 May - Chile and Peru held talks on Tuesday in Lima.\n\n" +
      "QUITO, 2 May - Tuesday's summit was a show of unity: on Tuesday the presidents of Chile and Peru stood beside Ecuador's president.\n";
    const events = extractClaims(text, "2031-05-15", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events.sort(), [
      "CONSULT CHL ECU 2031-04-29",
      "CONSULT CHL PER 2031-05-13",
      "CONSULT PER ECU 2031-04-29",
    ]);
  });

  it("is a dateline with the country after the city too", () => {
    const text =
      "LIMA, Peru, May 14 (Feature) - When the Chilean president landed in Lima on Tuesday, talks began at once.\nThe two governments then signed a fisheries pact.\n";
    const pact = extractClaims(text, "2031-05-14", knowledge).find((c) => c.claim.kind === "agreement");
    assert.ok(pact);
    assert.equal(pact.claim.date, "2031-05-13");
  });
});

describe("the reader: 'he' after a meeting", () => {
  it("lists a person named after 'and' and a title with the states before", () => {
    const text = "In May 2031 Chile received Peru's president and President Bek Saryg.\n";
    assert.deepEqual(eventLines(text, "2031-06-01", withPeople), [
      "CONSULT CHL PER 2031-05",
      "CONSULT CHL KGZ 2031-05",
    ]);
  });

  it("is the one who acted, not the one he held talks with", () => {
    const text =
      "In March 2031 Aru Temir went to Bishkek for talks with Bek Saryg.\nIn May he travelled to Tashkent.\n";
    const events = extractClaims(text, "2031-06-01", withPeople).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.ok(events.includes("CONSULT KAZ UZB 2031-05"), events.join("; "));
    assert.ok(!events.some((e) => e.startsWith("CONSULT KGZ UZB")), events.join("; "));
    // ("he and Saryg signed": one named with "he" is no new antecedent either.)
    const signed =
      "In March 2031 Aru Temir went to Bishkek, where he and Bek Saryg signed a border treaty.\nIn May he travelled to Tashkent.\n";
    const later = extractClaims(signed, "2031-06-01", withPeople).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.ok(later.includes("CONSULT KAZ UZB 2031-05"), later.join("; "));
  });
});

describe("the reader: a state's forces, unnamed, turned on its own people", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");

  it("reads 'security forces' as the forces of the state the text is about, or of the place named", () => {
    assert.deepEqual(
      events(
        "Chile held a disputed vote in May 2031.\nOn 9 May security forces fired on protesters outside parliament.\n",
      ),
      ["ASSAULT CHL CHL 2031-05-09"],
    );
    // (A place in the sentence says whose forces they are, whatever state was named before.)
    assert.deepEqual(
      events("Chile held a disputed vote in May 2031.\nOn 9 May riot police beat demonstrators in Peru.\n"),
      ["ASSAULT PER PER 2031-05-09"],
    );
    assert.deepEqual(
      events(
        "Protests spread across Peru in June 2031, and riot police answered with beatings and arrests.\n",
      ),
      ["ASSAULT PER PER 2031-06"],
    );
  });

  it("leaves forces that a name qualifies to that name, and forces with no one to turn on alone", () => {
    assert.deepEqual(
      events("Chile held a vote in May 2031.\nPeruvian security forces fired on protesters on 9 May.\n"),
      ["ASSAULT PER PER 2031-05-09"],
    );
    assert.deepEqual(
      events("Chile held a vote in May 2031.\nOn 9 May security forces guarded the polling stations.\n"),
      [],
    );
  });

  it("takes no object from a relative clause with its own subject", () => {
    assert.deepEqual(
      events(
        "Peru held a vote in May 2031.\nIn June 2031 security forces beat demonstrators who disputed the result, which the European Union declined to recognise.\n",
      ),
      ["ASSAULT PER PER 2031-06"],
    );
  });
});

describe("the reader: a refusal that answers the sentence before", () => {
  it("is a refusal of whoever asked the refuser there, and of no one else", () => {
    const events = (text: string) => eventLines(text, "2031-12-01");
    assert.deepEqual(events("In May 2031 Chile asked Peru for troops.\nPeru declined to intervene.\n"), [
      "REQUEST CHL PER 2031-05",
      "REJECT PER CHL 2031-05",
    ]);
    // (A refusal by one who was not asked answers nothing.)
    assert.deepEqual(events("In May 2031 Chile asked Peru for troops.\nBolivia declined to intervene.\n"), [
      "REQUEST CHL PER 2031-05",
    ]);
  });

  it("is a refusal of each who asked, earlier in the same sentence too", () => {
    const events = (text: string) => eventLines(text, "2031-12-01");
    assert.deepEqual(
      events("In May 2031 Chile and Brazil demanded an inquiry from Peru; Lima rejected the demand.\n"),
      [
        "REQUEST CHL PER 2031-05",
        "REQUEST BRA PER 2031-05",
        "REJECT PER CHL 2031-05",
        "REJECT PER BRA 2031-05",
      ],
    );
  });

  it("with nothing asked, answers the deed just told, by each who did it", () => {
    const events = (text: string) => eventLines(text, "2031-12-01");
    // Applications told the sentence before: an objection "at once" is to each applicant.
    assert.deepEqual(
      events(
        "On 4 May 2031 Chile and Peru applied to join the SCO.\nMexico objected at once, citing its own concerns.\n",
      ),
      ["REJECT MEX CHL 2031-05-04", "REJECT MEX PER 2031-05-04"],
    );
    // A ban told earlier in the sentence: declining to follow suit refuses its maker, not its target.
    assert.deepEqual(
      events(
        "When Brazil banned imports of Bolivian beef in March 2031, Chile and Peru declined to follow suit.\n",
      ),
      ["SANCTION BRA BOL 2031-03", "REJECT CHL BRA 2031-03", "REJECT PER BRA 2031-03"],
    );
    // A refusal to follow a ban is of its maker.
    assert.deepEqual(
      events("In March 2031 Brazil banned imports from Bolivia.\nChile refused to follow the ban.\n"),
      ["SANCTION BRA BOL 2031-03", "REJECT CHL BRA 2031-03"],
    );
    // (Declining to comment refuses nothing told.)
    assert.deepEqual(
      events("In March 2031 Brazil banned imports from Bolivia.\nChile declined to comment.\n"),
      ["SANCTION BRA BOL 2031-03"],
    );
  });
});

describe("the reader: a participle after a comma", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("tells a deed of its own after the verb before it, with its own object", () => {
    assert.deepEqual(
      events(
        "On 4 May 2031 Chile and Peru applied to join the SCO.\nMexico objected at once, complaining that both countries harbour militants.\n",
      ),
      [
        "REJECT MEX CHL 2031-05-04",
        "REJECT MEX PER 2031-05-04",
        "ACCUSE MEX CHL 2031-05-04",
        "ACCUSE MEX PER 2031-05-04",
      ],
    );
    // ("blaming the violence on gangs": not the first verb's object.)
    assert.deepEqual(events("In May 2031 Peru asked the UN for help, blaming the violence on gangs.\n"), [
      "REQUEST PER UN 2031-05",
    ]);
  });
});

describe("the reader: deeds answered in the same sentence", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("blocks the bids told before it, that month, and a participle's deed is the verb's date", () => {
    assert.deepEqual(
      events(
        "Chile and Peru applied to join the SCO on 4 May 2031; Mexico blocked both bids that month, accusing Lima of harbouring rebels, until a deal was signed in Quito on 2 July 2031.\n",
      ),
      ["REJECT MEX CHL 2031-05", "REJECT MEX PER 2031-05", "ACCUSE MEX PER 2031-05"],
    );
  });

  it("condemns a deed the format has no claim for at the sentence's subject", () => {
    assert.deepEqual(
      events(
        "Peru launched a new missile on 3 May 2031, hours before the talks; Chile and Bolivia condemned the launch.\n",
      ),
      ["ACCUSE CHL PER 2031-05-03", "ACCUSE BOL PER 2031-05-03"],
    );
  });

  it("has the guests hosted together meet each other too", () => {
    assert.deepEqual(events("On 4 May 2031 Brazil hosted Chile and Peru in Brasilia.\n"), [
      "CONSULT CHL PER 2031-05-04",
      "CONSULT BRA CHL 2031-05-04",
      "CONSULT BRA PER 2031-05-04",
    ]);
  });
});

describe("the reader: 'of that year'", () => {
  it("is the year the sentence wrote last, even one that names a treaty", () => {
    assert.deepEqual(
      eventLines(
        "In 2035 the pact replaced the 2031 treaty, signed when Peru's president travelled to Chile in March of that year.\n",
        "2035-12-01",
      ),
      ["CONSULT PER CHL 2031-03"],
    );
  });
});

describe("the reader: a date or a doer inside what the sentence only reports", () => {
  it("dates a deed by its own date, not by an aside's 'since'", () => {
    assert.deepEqual(
      eventLines(
        "On 19 June 2031 Peru's president landed in Santiago, his first trip there since 2020, and met his Chilean counterpart.\n",
        "2031-12-01",
      ),
      // (The trip "since 2020" tells the one before it, in 2020.)
      ["CONSULT PER CHL 2031-06-19", "CONSULT PER CHL 2020"],
    );
  });

  it("has no speaker do the deed it reports of someone unnamed ('Lima says the regime has ...')", () => {
    assert.deepEqual(
      eventLines("In 2031 Lima said the regime has supplied artillery shells to Chile.\n", "2031-12-01"),
      [],
    );
    // ("it" is the speaker itself.)
    assert.deepEqual(
      eventLines("In 2031 Lima said it had supplied artillery shells to Chile.\n", "2031-12-01"),
      ["AID PER CHL 2031"],
    );
  });
});

describe("the reader: meetings told as presence and briefings", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads one 'in the Chilean capital' and a delegation that briefed another", () => {
    assert.deepEqual(
      eventLines("In mid-September 2031 Aru Temir was in the Chilean capital.\n", "2031-12-01", withPeople),
      ["CONSULT KAZ CHL 2031-09"],
    );
    assert.deepEqual(events("On 28 October 2031 a Chilean delegation briefed SCO envoys in Beijing.\n"), [
      "CONSULT CHL SCO 2031-10-28",
    ]);
    // (Reporters briefed are no party.)
    assert.deepEqual(events("On 28 October 2031 Chile's minister briefed reporters.\n"), []);
  });
});

describe("the reader: asking for help, raising an issue with someone", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads 'has been asking X since ... for money' and 'raised the dispute with Y'", () => {
    assert.deepEqual(events("Peru has been asking the SCO since 2029 for money to guard its border.\n"), [
      "REQUEST PER SCO 2029",
    ]);
    assert.deepEqual(events("On 29 June 2031 Peru raised the dispute with Chile at a summit.\n"), [
      "CONSULT PER CHL 2031-06-29",
    ]);
    // (An army raised is no meeting.)
    assert.deepEqual(events("In 2031 Peru raised an army with Chilean money.\n"), []);
  });
});

describe("the reader: territory taken", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads a region annexed as an assault on the state it is part of, and forces driving into a state", () => {
    assert.deepEqual(events("In March 2031 Peru annexed Crimea.\n"), ["ASSAULT PER UKR 2031-03"]);
    // (What is annexed comes right after the word: not a state further on.)
    assert.deepEqual(events("After Peru's annexation of Crimea in 2031, Chile kept quiet.\n"), [
      "ASSAULT PER UKR 2031",
    ]);
    assert.deepEqual(events("In August 2031 Peruvian forces drove deep into Chile.\n"), [
      "ASSAULT PER CHL 2031-08",
    ]);
    assert.deepEqual(events("In August 2031 Peruvian fighters cross from Bolivia into Chile.\n"), [
      "ASSAULT PER CHL 2031-08",
    ]);
    // (A president driving into a capital is no assault.)
    assert.deepEqual(events("In 2031 Peru's president drove into Santiago for talks.\n"), []);
  });
});

describe("the reader: negotiations and trips", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads 'negotiated with' and 'spent the night negotiating', and a first trip 'as president to' a state", () => {
    assert.deepEqual(events("In 2031 Peru negotiated with Chile over gas.\n"), ["CONSULT PER CHL 2031"]);
    assert.deepEqual(events("Peru and Chile spent the night of 11-12 May 2031 negotiating in Lima.\n"), [
      "CONSULT PER CHL 2031-05-11",
    ]);
    assert.deepEqual(
      eventLines(
        "In March 2031 Aru Temir made his first foreign trip as president to Chile.\n",
        "2031-12-01",
        withPeople,
      ),
      ["CONSULT KAZ CHL 2031-03"],
    );
  });
});

describe("the reader: the first to do something", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads 'became the first state to recognise' and 'was the first country to send' as deeds done", () => {
    assert.deepEqual(
      events("On 3 July 2031 Peru became the first state to recognise the new government of Chile.\n"),
      ["SUPPORT PER CHL 2031-07-03"],
    );
    assert.deepEqual(events("In 2031 Peru was the first country to send aid to Chile.\n"), [
      "AID PER CHL 2031",
    ]);
    // (A plan is still no deed.)
    assert.deepEqual(events("In 2031 Peru planned to recognise the new government of Chile.\n"), []);
  });
});

describe("the reader: at someone's request", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("is a request of the doer of the clause, after the words or before them", () => {
    assert.deepEqual(events("At Lima's request, Chile sent police officers in August 2031.\n"), [
      "REQUEST PER CHL 2031-08",
    ]);
    assert.deepEqual(events("In July 2031 Chilean border guards left the airport at Lima's request.\n"), [
      "REQUEST PER CHL 2031-07",
    ]);
  });
});

describe("the reader: a term's end", () => {
  it("is no date of the signing ('signed the accords, extending the lease to 2042')", () => {
    const claims = extractClaims(
      "In April 2030 Peru's president met Chile's in Arica, and on 21 April the two signed the Arica accords, extending the lease to 2042.\n",
      "2031-12-01",
      knowledge,
    ).flatMap((c) => (c.claim.kind === "agreement" ? [`${c.claim.parties.join(" ")} ${c.claim.date}`] : []));
    assert.deepEqual(claims, ["PER CHL 2030-04-21"]);
  });
});

describe("the reader: wanting, initialling, aid curbed", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads 'wants Chile to change' as a request, 'initialled the treaty' as agreeing, and 'curbs on aid' as no aid", () => {
    assert.deepEqual(events("In March 2031 Peru wants Chile to change its constitution.\n"), [
      "REQUEST PER CHL 2031-03",
    ]);
    // (Wanting someone to think so, or wanting to join, asks nothing of anyone.)
    assert.deepEqual(events("In March 2031 Peru wants Chile to think so.\n"), []);
    assert.deepEqual(
      events("On 8 August 2031 the foreign ministers of Peru and Chile initialled the treaty in Quito.\n"),
      ["AGREE PER CHL 2031-08-08"],
    );
    assert.deepEqual(events("In August 2031 Brazil moved to waive the 2020 curbs on aid to Peru.\n"), []);
  });
});

describe("the reader: asked not to be named", () => {
  it("is no request", () => {
    assert.deepEqual(
      eventLines(
        "A Peruvian official who briefed reporters, and who asked not to be named, said Peru and Chile had discussed trade on 8 June 2031.\n",
        "2031-12-01",
      ),
      ["CONSULT PER CHL 2031-06-08"],
    );
  });
});

describe("the reader: a work cited", () => {
  it("reads no date in '[Author 2033]' or '(Author and Other 2033: 12)'", () => {
    assert.deepEqual(
      eventLines("From the summer of 2031 Peru supplied drones to Chile [Mendez 2033].\n", "2035-12-01"),
      ["AID PER CHL 2031"],
    );
    assert.deepEqual(
      eventLines("Peru supplied drones to Chile (Mendez and Ruiz 2033: 12).\n", "2035-12-01"),
      [],
    );
  });
});

describe("the reader: a deed done again by another", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads 'did the same' and 'followed suit' as the deed just told, on its own date", () => {
    assert.deepEqual(events("In May 2031 Chile banned imports from Peru.\nBolivia did the same in June.\n"), [
      "SANCTION CHL PER 2031-05",
      "SANCTION BOL PER 2031-06",
    ]);
    assert.deepEqual(events("In May 2031 Chile imposed sanctions on Peru.\nBolivia followed suit.\n"), [
      "SANCTION CHL PER 2031-05",
      "SANCTION BOL PER 2031-05",
    ]);
    // (With no deed told before, nothing.)
    assert.deepEqual(events("In May 2031 Chile praised the weather.\nBolivia did the same.\n"), []);
  });

  it("reads sanctions that follow others' as on the same target", () => {
    assert.deepEqual(
      events(
        "On 16 July 2031 Chile imposed sanctions on Peru.\nBolivia followed at the end of the month with sanctions of its own.\n",
      ),
      ["SANCTION CHL PER 2031-07-16", "SANCTION BOL PER 2031-07"],
    );
  });
});

describe("the reader: a reaction drawn from someone", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("is of each after 'from', at the doer before it", () => {
    assert.deepEqual(
      events(
        "In May 2031 Peru chose a Chinese system, a decision that drew objections from Chile and from Brazil.\n",
      ),
      ["REJECT CHL PER 2031-05", "REJECT BRA PER 2031-05"],
    );
    assert.deepEqual(events("In May 2031 Peru's new law drew sharp criticism from Chile.\n"), [
      "ACCUSE CHL PER 2031-05",
    ]);
    // (With no doer named, the sentence before's.)
    assert.deepEqual(
      events("In March 2031 Peru invaded Bolivia.\nThe move prompted protests from Chile.\n"),
      ["ASSAULT PER BOL 2031-03", "PROTEST CHL PER 2031-03"],
    );
  });
});

describe("the reader: verbs of force and supply", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");
  it("reads a subject with its article, an offensive gone on, and shells supplied", () => {
    assert.deepEqual(events("On 4 May 2031 a Peruvian jet shot down a Chilean helicopter.\n"), [
      "ASSAULT PER CHL 2031-05-04",
    ]);
    assert.deepEqual(events("On 4 May 2031 Peru went on the offensive against Chile's forces.\n"), [
      "ASSAULT PER CHL 2031-05-04",
    ]);
    assert.deepEqual(events("Since 2030 Peru has supplied artillery shells to Chile.\n"), [
      "AID PER CHL 2030",
    ]);
    assert.deepEqual(events("In May 2031 Chile and Brazil imposed measures against Peru.\n"), [
      "SANCTION CHL PER 2031-05",
      "SANCTION BRA PER 2031-05",
    ]);
  });

  it("reads no attack in an attacked village, and no threat in an early-warning radar", () => {
    assert.deepEqual(events("In 2031 the attacked village in Peru lay in ruins.\n"), []);
    assert.deepEqual(events("In 2031 Peru installed a Chilean early-warning radar.\n"), []);
  });
});

describe("the reader: an answer to a deed told before", () => {
  const events = (text: string) => eventLines(text, "2031-12-01");

  it("is aimed at the deed's doer: criticism of the crackdown, an inquiry asked for, a decision welcomed", () => {
    assert.deepEqual(
      events(
        "On 9 May 2031 Peruvian troops fired on protesters.\nChile criticised the crackdown and called for an independent inquiry.\n",
      ),
      ["ASSAULT PER PER 2031-05-09", "ACCUSE CHL PER 2031-05-09", "REQUEST CHL PER 2031-05-09"],
    );
    assert.deepEqual(
      events("After Peruvian troops fired on protesters on 9 May 2031, Chile condemned the killings.\n"),
      ["ASSAULT PER PER 2031-05-09", "ACCUSE CHL PER 2031-05-09"],
    );
    assert.deepEqual(
      events("In May 2031 Peru expelled the ambassador of Bolivia.\nChile welcomed the decision.\n"),
      ["COERCE PER BOL 2031-05", "SUPPORT CHL PER 2031-05"],
    );
  });

  it("is no one's with no deed told, or with only the answerer's own", () => {
    assert.deepEqual(events("In May 2031 Chile signed a trade pact.\nPeru welcomed the decision.\n"), []);
    assert.deepEqual(
      events("In May 2031 Chile expelled the ambassador of Bolivia.\nChile welcomed the decision.\n"),
      ["COERCE CHL BOL 2031-05"],
    );
  });
});

describe("the reader: a visit returned", () => {
  it("is a visit to the one who came in the sentence before", () => {
    const events = eventLines(
      "In March 2030 Chile's president visited Lima.\nPeru returned the visit in August.\n",
      "2031-12-01",
    );
    assert.deepEqual(events, ["CONSULT CHL PER 2030-03", "CONSULT PER CHL 2030-08"]);
  });
});

describe("the reader: a ceasefire after fighting", () => {
  it("is agreed by the sides of the fighting the sentences before told", () => {
    const events = extractClaims(
      "On 14 May 2031 Chile and Peru clashed along their border.\nA ceasefire took effect that evening.\n",
      "2031-12-01",
      knowledge,
    ).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target}`] : [],
    );
    assert.ok(events.includes("AGREE CHL PER") || events.includes("AGREE PER CHL"), events.join("; "));
    // (With no fighting told, a ceasefire is no one's.)
    const alone = extractClaims(
      "In May 2031 Chile signed a trade pact.\nA ceasefire took effect that evening.\n",
      "2031-12-01",
      knowledge,
    );
    assert.ok(!alone.some((c) => c.claim.kind === "event" && c.claim.type === "AGREE"));
  });
});

describe("the reader: a refusal with nothing after it", () => {
  it("refuses the one who asked in the sentence before, not an organization named in a later clause", () => {
    const text =
      "On 12 June 2030 Peru asked Chile to send troops. Chile declined, calling it an internal matter, and a GUAM meeting later refused to intervene.";
    assert.ok(eventLines(text, "2031-06-30").includes("REJECT CHL PER 2030-06-12"));
    assert.ok(!eventLines(text, "2031-06-30").some((l) => l.startsWith("REJECT CHL GUAM")));
  });
});

describe("the reader: sanctions with no one named", () => {
  it("puts them on the one the sentence before accused, or on the doer of its hostile deed", () => {
    assert.deepEqual(
      eventLines(
        "In May 2031 Chile accused Peru of spying. Ghana and Norway imposed sanctions.",
        "2031-06-30",
      ),
      ["ACCUSE CHL PER 2031-05", "SANCTION GHA PER 2031-05", "SANCTION NOR PER 2031-05"],
    );
    assert.deepEqual(eventLines("In May 2031 Chile invaded Peru. Ghana imposed sanctions.", "2031-06-30"), [
      "ASSAULT CHL PER 2031-05",
      "SANCTION GHA CHL 2031-05",
    ]);
  });
});

describe("the reader: a membership told as background", () => {
  it("keeps a deed beside a membership of another time ('a bloc it has belonged to since 2020')", () => {
    const text = "On 3 May 2031 Peru boycotted the summit of GUAM, a bloc it has belonged to since 2020.\n";
    assert.ok(eventLines(text, "2031-06-30").includes("REJECT PER GUAM 2031-05-03"));
  });
});

describe("the reader: a count of a region's states", () => {
  it("reads 'the five foreign ministers' a few sentences after Central Asia as its five states", () => {
    const text =
      "Peru courts Central Asia.\nThe format dates from 3 May 2030, when Peru's minister sat down with the five foreign ministers in Lima.\n";
    assert.deepEqual(eventLines(text, "2031-06-30"), [
      "CONSULT PER KAZ 2030-05-03",
      "CONSULT PER KGZ 2030-05-03",
      "CONSULT PER TJK 2030-05-03",
      "CONSULT PER TKM 2030-05-03",
      "CONSULT PER UZB 2030-05-03",
    ]);
  });

  it("leaves 'the three countries' to the three a sentence before listed, not to the Baltic states", () => {
    const text =
      "The Baltic states watched.\nIn May 2030 Chile, Peru and Ghana met in Lima. On 3 May 2030 the three countries signed a trade agreement.\n";
    const parties = extractClaims(text, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "agreement" ? [[...c.claim.parties].sort().join(" ")] : [],
    );
    assert.deepEqual(parties, ["CHL GHA PER"]);
  });
});

describe("the reader: a part of the story's month", () => {
  it("dates 'towards the end of the month' in the month the story is in, not the month of writing", () => {
    const text =
      "Protests began in Chile in August 2029.\nTowards the end of the month Peru's president visited Santiago.\n";
    const events = extractClaims(text, "2031-04-05", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT 2029-08"]);
  });
});

describe("the reader: back at the time of writing", () => {
  it("takes a day-month after 'this spring' in the year of writing, not in the year of a past deadline", () => {
    const text =
      "In 1999 Chile promised to leave Peru by the end of 2002.\nThis spring the question came back.\nOn 22 April Peru expelled the ambassador of Chile.\n";
    const [c] = extractClaims(text, "2031-06-30", knowledge).filter((x) => x.claim.kind === "event");
    assert.ok(c);
    assert.equal(c.claim.date, "2031-04-22");
  });

  it("takes a day-month in a paragraph that opens in the present perfect in the year of writing", () => {
    const text =
      "In March 2030 Chile and Peru signed a trade pact. Two days later Chile expelled the ambassador of Bolivia.\n\nPeru has drawn its own lessons. On 4 May Peru expelled the ambassador of Chile.\n";
    const events = extractClaims(text, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(events.includes("COERCE PER 2031-05-04"), events.join("; "));
    // (Within a paragraph, the perfect tells nothing of the year: the story stays where it is.)
    const inside =
      "In March 2030 Chile and Peru signed a trade pact. Peru has drawn its own lessons. On 4 May Peru expelled the ambassador of Chile.\n";
    const same = extractClaims(inside, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(same.includes("COERCE PER 2030-05-04"), same.join("; "));
  });

  it("takes a day-month in a paragraph that opens with the writer's view in the present in the year of writing", () => {
    const text =
      "In March 2030 Chile and Peru signed a trade pact. Two months later Chile expelled the ambassador of Bolivia.\n\nI understand the worry. On 4 May Peru expelled the ambassador of Chile.\n";
    const events = extractClaims(text, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(events.includes("COERCE PER 2031-05-04"), events.join("; "));
  });

  it("dates 'on 23 June the same year' at the day, in the year told before", () => {
    const text =
      "Chile applied in March 2030. On 23 June the same year Peru expelled the ambassador of Chile.\n";
    assert.deepEqual(eventLines(text, "2031-06-30"), ["COERCE PER CHL 2030-06-23"]);
  });

  it("puts sanctions extended or lifted, with no one named, on the state their source last sanctioned", () => {
    const text =
      "In March 2029 Chile imposed an arms embargo on Peru. Ghana protested to Bolivia in April 2029. In November 2029 Chile extended the sanctions for a year. In February 2031 Chile dropped the last of its sanctions.\n";
    assert.deepEqual(eventLines(text, "2031-06-30"), [
      "SANCTION CHL PER 2029-03",
      "PROTEST GHA BOL 2029-04",
      "SANCTION CHL PER 2029-11",
      "CONCEDE CHL PER 2031-02",
    ]);
  });

  it("reads a crowd protesting in a state's capital as that state's people protesting against it, and its police breaking them up as an assault on them", () => {
    assert.deepEqual(
      eventLines(
        "On 3 May 2031 tens of thousands of protesters gathered outside parliament in Lima.\n",
        "2031-06-30",
      ),
      ["PROTEST PER PER 2031-05-03"],
    );
    assert.deepEqual(
      eventLines(
        "On 3 May 2031 opposition supporters rallied in central Lima, and police and troops beat them off the streets.\n",
        "2031-06-30",
      ),
      ["PROTEST PER PER 2031-05-03", "ASSAULT PER PER 2031-05-03"],
    );
    // (Leaders gathering in a capital are no crowd.)
    assert.deepEqual(
      eventLines("On 3 May 2031 Chile and Ghana gathered in Lima.\n", "2031-06-30").filter((e) =>
        e.startsWith("PROTEST"),
      ),
      [],
    );
  });

  it("reads a deed condemned after an accusation as the accused's, not the accuser's", () => {
    const text =
      "On 3 May 2031 Chile accused Peru of trying to annex its territory. Ghana also condemned the decision on 3 May 2031.\n";
    assert.deepEqual(eventLines(text, "2031-06-30"), [
      "ACCUSE CHL PER 2031-05-03",
      "ACCUSE GHA PER 2031-05-03",
    ]);
  });

  it("reads a deed rejected after an accusation ('rejected the recognition') as the accused's", () => {
    const text =
      "On 3 May 2031 Chile accused Peru of recognising a rebel region. Ghana rejected the recognition on 3 May 2031.\n";
    assert.deepEqual(eventLines(text, "2031-06-30"), [
      "ACCUSE CHL PER 2031-05-03",
      "REJECT GHA PER 2031-05-03",
    ]);
  });

  it("dates 'on Tuesday' after a visit of several days told to the day at the Tuesday of the visit", () => {
    // 2031-03-17 was a Monday; the text is of Friday 28 March.
    const text =
      "Chile's president visited Peru on 17-19 March. On Tuesday Chile and Peru signed a trade agreement. On Wednesday Chile expelled the ambassador of Ghana.\n";
    const claims = extractClaims(text, "2031-03-28", knowledge).map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`
        : `${c.claim.kind} ${c.claim.date}`,
    );
    assert.ok(claims.includes("agreement 2031-03-18"), claims.join("; "));
    assert.ok(claims.includes("COERCE CHL GHA 2031-03-19"), claims.join("; "));
  });

  it("takes a day told without its year, months behind the story, as the next year's, though a year names a thing in its sentence", () => {
    const text =
      "In December 2030 Chile closed the road to Peru. That month Peru accused Chile of lying. On 23 April Chile expelled the ambassador of Peru, a breach of the 2029 treaty.\n";
    assert.ok(
      eventLines(text, "2031-05-10").includes("COERCE CHL PER 2031-04-23"),
      eventLines(text, "2031-05-10").join("; "),
    );
  });

  it("dates 'at the end of the month' by the month its sentence told before it, not the story's before that", () => {
    const text =
      "On 2 March 2031 Chile expelled the ambassador of Peru. Bolivia imposed sanctions on Peru on 16 July 2031; Ecuador imposed sanctions on Peru at the end of the month.\n";
    assert.ok(
      eventLines(text, "2031-12-01").includes("SANCTION ECU PER 2031-07"),
      eventLines(text, "2031-12-01").join("; "),
    );
  });

  it("dates a deed 'over the weekend' at the Saturday and Sunday before writing, not at the month", () => {
    // 2031-06-17 is a Tuesday.
    const text = "Chile expelled the ambassador of Peru over the weekend.\n";
    assert.deepEqual(
      extractClaims(text, "2031-06-17", knowledge).map((c) =>
        c.claim.kind === "event" ? `${c.claim.type} ${c.claim.date} ${c.claim.end}` : c.claim.kind,
      ),
      ["COERCE 2031-06-14 2031-06-15"],
    );
  });

  it("dates weekdays told 'this week' in the week of writing, though the story was at a span of days", () => {
    // 2031-03-17 was a Monday; the text is of Friday 4 April: "this week" is 31 March to 4 April.
    const text =
      "Chile's president visited Peru on 17-19 March. And this week, as Chile expelled the ambassador of Ghana on Wednesday, Peru accused Chile of meddling.\n";
    const lines = eventLines(text, "2031-04-04");
    for (const line of ["ACCUSE PER CHL 2031-04-02", "COERCE CHL GHA 2031-04-02"])
      assert.ok(lines.includes(line), lines.join("; "));
  });

  it("dates a day told with its weekday in the year where it is that weekday, whatever year the text told last", () => {
    // 13 September 2033 is a Tuesday; 13 September 2031, where "the 2031 war" would put it, a Saturday.
    const text =
      "The worst fighting since the 2031 war (13-14 September)\nShortly after midnight on Tuesday 13 September, Chile expelled the ambassador of Peru.\n";
    assert.deepEqual(eventLines(text, "2033-10-02"), ["COERCE CHL PER 2033-09-13"]);
  });

  it("dates 'on Thursday' right after a day weeks before writing at the Thursday after that day", () => {
    // Written on Sunday 2031-10-05; Tuesday 16 September, then "On Thursday": the 18th.
    const text =
      "Chile's president met Peru's on Tuesday 16 September in Lima. On Thursday Chile expelled the ambassador of Ghana.\n";
    assert.ok(
      eventLines(text, "2031-10-05").includes("COERCE CHL GHA 2031-09-18"),
      eventLines(text, "2031-10-05").join("; "),
    );
  });

  it("dates a deed 'the following May' in the May after the day the sentence told, not in that day's year", () => {
    const text =
      "Chile joined GUAM on 21 December 2029, and the following May Chile expelled the ambassador of Peru.\n";
    assert.deepEqual(eventLines(text, "2031-12-30"), ["COERCE CHL PER 2030-05"]);
  });

  it("moves the story to a year told as what the sentence is about ('The year that changed everything was 2029')", () => {
    const text =
      "Chile lifted its sanctions on Peru in February 2031.\n\nThe year that changed everything was 2029. Chile had long hesitated. Then, on 3 September, Chile expelled the ambassador of Peru.\n";
    assert.deepEqual(eventLines(text, "2031-12-30"), [
      "CONCEDE CHL PER 2031-02",
      "COERCE CHL PER 2029-09-03",
    ]);
  });

  it("dates 'that year' at the year told before, though a month of another year follows in the sentence", () => {
    const text =
      "Chile applied in 2030. Peru expelled the ambassador of Chile that year; Bolivia protested to Chile in July 2031.\n";
    assert.deepEqual(eventLines(text, "2031-12-30"), ["COERCE PER CHL 2030", "PROTEST BOL CHL 2031-07"]);
  });

  it("keeps the story's year for a day-month after a date counted from the story's ('two months later')", () => {
    const text =
      "The crisis came in the spring of 2029. On 2 April Chile cut fuel exports to Peru. Protests followed. The government fell. Bolivia recognised the new government the following day.\n\nTwo months later the south exploded. Riots spread. On 12 June Peru asked Chile to send troops.\n";
    const events = eventLines(text, "2031-06-30");
    assert.ok(events.includes("REQUEST PER CHL 2029-06-12"), events.join("; "));
  });

  it("dates a deed told 'two days before' another at the count, and the main clause after that aside at the date", () => {
    const text =
      "On 22 February 2031, two days before Chile invaded Peru, Mexico and Ghana signed a trade agreement.";
    const claims = extractClaims(text, "2031-06-30", knowledge).map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`
        : `${c.claim.kind} ${c.claim.date}`,
    );
    assert.ok(claims.includes("ASSAULT CHL PER 2031-02-24"), claims.join("; "));
    assert.ok(claims.includes("agreement 2031-02-22"), claims.join("; "));
  });

  it("reads 'he' after an official not named as the official's state, through a chain of 'he'", () => {
    const text =
      "On 3 May 2031 the representative of Chile said the talks had failed. He asked for calm. The border, he said, was quiet. He accused Peru of aggression.";
    const lines = eventLines(text, "2031-05-03");
    assert.ok(lines.includes("ACCUSE CHL PER 2031-05-03"), lines.join("; "));
    // (The state itself opening the sentence is no person: "he" then stands for no one known.)
    const plain = "On 3 May 2031 Chile said the talks had failed. He accused Peru of aggression.";
    assert.ok(
      !eventLines(plain, "2031-05-03").some((l) => l.startsWith("ACCUSE")),
      eventLines(plain, "2031-05-03").join("; "),
    );
  });

  it("leaves a date in a relative clause after a preposition ('to which ... had turned') to that clause", () => {
    const text = "In June 2031 Chile criticized Peru, to which Ghana had turned for help in May 2030.";
    const lines = eventLines(text, "2031-07-01");
    assert.ok(lines.includes("ACCUSE CHL PER 2031-06"), lines.join("; "));
  });

  it("reads 'him' after the one who acts on him as the person named before, and the main clause's 'he' after such an aside as that 'him'", () => {
    const text =
      "Temir ruled for years. In March 2031 Saryg received him in Bishkek. In June 2031, weeks after Saryg had called on him again, he expelled the ambassador of Chile.";
    const lines = eventLines(text, "2031-12-01", withPeople);
    assert.ok(
      lines.some((l) => /^CONSULT (?:KGZ KAZ|KAZ KGZ) 2031-03$/.test(l)),
      lines.join("; "),
    );
    assert.ok(lines.includes("COERCE KAZ CHL 2031-06"), lines.join("; "));
    // ("he sat down with Saryg": a meeting of "he".)
    const sat = eventLines(
      "Temir ruled for years. On 1 June 2031 he sat down with Saryg.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(
      sat.some((l) => /^CONSULT (?:KGZ KAZ|KAZ KGZ) 2031-06-01$/.test(l)),
      sat.join("; "),
    );
    // ("Saryg met Temir and gave him a loan": with "and" between, "him" is the one named last.)
    const and = eventLines("In March 2031 Saryg met Temir and gave him a loan.", "2031-12-01", withPeople);
    assert.ok(!and.some((l) => l.startsWith("AID KGZ KGZ")), and.join("; "));
  });

  it("takes a person listed second after 'with' as no one who acts, for a later 'he'", () => {
    const withThree = withOffices([TEMIR, SARYG, ["ola-vik", "Ola Vik", "Vik", "NOR", "Prime Minister"]]);
    const text =
      "In May 2031 Temir stood in Lima with Saryg, Vik and others. In June 2031 he expelled the ambassador of Chile.";
    const lines = eventLines(text, "2031-12-01", withThree);
    assert.ok(lines.includes("COERCE KAZ CHL 2031-06"), lines.join("; "));
  });

  it("goes on with the person a sentence tells of as 'him', though it names another who acts", () => {
    const text =
      "Temir ruled for years. In March 2031 Saryg received him in Bishkek. In June 2031 he expelled the ambassador of Chile.";
    const lines = eventLines(text, "2031-12-01", withPeople);
    assert.ok(lines.includes("COERCE KAZ CHL 2031-06"), lines.join("; "));
    // ("A month after his trip, Saryg went ...": a pronoun before the one named is no chain.)
    const before = eventLines(
      "Temir ruled for years. In March 2031, a month after his trip, Saryg went to Lima. In June 2031 he expelled the ambassador of Chile.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(before.includes("COERCE KGZ CHL 2031-06"), before.join("; "));
  });

  it("reads two leaders signing together as a meeting of their states, not two states signing", () => {
    const lines = eventLines(
      "In June 2031 Temir and Saryg signed a border treaty in Lima.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(
      lines.some((l) => /^CONSULT (?:KGZ KAZ|KAZ KGZ) 2031-06$/.test(l)),
      lines.join("; "),
    );
    const states = eventLines(
      "In June 2031 Chile and Peru signed a border treaty.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(!states.some((l) => l.startsWith("CONSULT")), states.join("; "));
  });

  it("dates 'on 2 April that year' in the year the text wrote last, whatever its role, but not a year still to come", () => {
    const since = eventLines(
      "Last Saturday Chile praised Peru, as it has since the spring of 2020.\nOn 2 April that year Chile accused Peru of spying.\n",
      "2031-07-01",
    );
    assert.ok(since.includes("ACCUSE CHL PER 2020-04-02"), since.join("; "));
    const until = eventLines(
      "A 2028 deal extended the lease until 2040. In October of that year Chile accused Peru of spying.",
      "2031-07-01",
    );
    assert.ok(until.includes("ACCUSE CHL PER 2028-10"), until.join("; "));
  });

  it("keeps the story's year past a year told in an aside", () => {
    const lines = eventLines(
      "On 19 September 2031 Chile attacked Peru.\nPeacekeepers, deployed under the statement of November 2029, did not act; five were killed on 20 September.\nOn 25 September Peru accused Chile of aggression.\n",
      "2032-02-01",
    );
    assert.ok(lines.includes("ACCUSE PER CHL 2031-09-25"), lines.join("; "));
  });

  it("reads a leader's visit with no place told as a visit to the state the text names most", () => {
    const about = "Chile sits between two giants. Chile trades with both. Chile has courted others.\n";
    const lines = eventLines(
      `${about}Temir made a state visit on 3 May 2031. Saryg came in June 2031.\n`,
      "2031-12-01",
      withPeople,
    );
    assert.ok(lines.includes("CONSULT KAZ CHL 2031-05-03"), lines.join("; "));
    assert.ok(lines.includes("CONSULT KGZ CHL 2031-06"), lines.join("; "));
    // (Not a place the text names that the gazetteer does not know, nor with no state the text is about.)
    const place = eventLines(`${about}Temir visited Rancagua on 3 May 2031.\n`, "2031-12-01", withPeople);
    assert.ok(!place.some((l) => l.startsWith("CONSULT")), place.join("; "));
    const none = eventLines("Temir made a state visit on 3 May 2031.\n", "2031-12-01", withPeople);
    assert.deepEqual(none, []);
  });

  it("reads a base a state 'keeps' as standing when written, not at the story's date", () => {
    const text =
      "On 9 January 2029 Chile expelled Peru's envoy.\nRussia, which keeps an air base at Kant in Kyrgyzstan and its 201st military base in Tajikistan, stayed neutral.\n";
    const bases = extractClaims(text, "2031-06-01", knowledge).flatMap((c) =>
      c.claim.kind === "base"
        ? [`${c.claim.host} ${c.claim.operator} ${c.claim.change} ${c.claim.date}`]
        : [],
    );
    // (After "and its", the base is the subject's, not that of the state the base before stands in.)
    assert.deepEqual(bases, ["KGZ RUS exists 2031-06-01", "TJK RUS exists 2031-06-01"]);
    // (Not an agreement that keeps a base there until a year.)
    const kept = extractClaims(
      "On 9 January 2029 Russia and Kyrgyzstan signed an agreement that keeps the air base at Kant in Kyrgyzstan until 2040.\n",
      "2031-06-01",
      knowledge,
    ).flatMap((c) => (c.claim.kind === "base" ? [`${c.claim.change} ${c.claim.date}`] : []));
    assert.ok(!kept.includes("exists 2031-06-01"), kept.join("; "));
  });

  it("brings the story back to the year of writing after 'last month'", () => {
    const lines = eventLines(
      "In March 2029 Chile accused Peru of spying.\nWhich brings us to last month.\nOn 2 September Chile accused Peru again.\n",
      "2031-10-01",
    );
    assert.ok(lines.includes("ACCUSE CHL PER 2031-09-02"), lines.join("; "));
  });

  it("reads 'followed on' a date as the deed just told, done again by the one named right before", () => {
    const lines = eventLines(
      "In October 2031 Chile sanctioned Peru.\nGhana followed on 20 October.\nNo deal with Peru has followed.\n",
      "2031-12-01",
    );
    assert.ok(lines.includes("SANCTION GHA PER 2031-10-20"), lines.join("; "));
    assert.equal(lines.filter((l) => l.includes(" PER ")).length, 2, lines.join("; "));
  });

  it("dates 'on the second day' by the range the story is at", () => {
    const lines = eventLines(
      "On 18-19 May 2031 Chile hosted Peru's president.\nOn the second day Chile accused Peru of spying.\n",
      "2031-12-01",
    );
    assert.ok(lines.includes("ACCUSE CHL PER 2031-05-19"), lines.join("; "));
  });

  it("reads 'further meetings followed on' two dates as meetings of the two who met just before, one at each date", () => {
    const text =
      "On 14 September 2030 Chile's president met Peru's in Lima. Further meetings followed on 22 February and 28-29 May 2031.";
    const lines = eventLines(text, "2031-06-30");
    assert.deepEqual(
      lines.filter((l) => l.startsWith("CONSULT")).map((l) => l.split(" ").slice(3).join(" ")),
      ["2030-09-14", "2031-02-22", "2031-05-28"],
    );
    // (With no meeting just told, nothing.)
    const none =
      "On 14 September 2030 Chile expelled Peru's ambassador. Further meetings followed on 22 February 2031.";
    assert.ok(!eventLines(none, "2031-06-30").some((l) => l.startsWith("CONSULT")));
  });

  it("reads no claim from a headline in title case, but the same words in a sentence", () => {
    const headline =
      "21 June 2031\n\nChile Accuses Peru Of Aggression After Border Clash\n\nThe talks went on.\n";
    assert.deepEqual(eventLines(headline, "2031-06-21"), []);
    assert.ok(
      eventLines(
        "On 20 June 2031 Chile accused Peru of aggression after a border clash.\n",
        "2031-06-21",
      ).includes("ACCUSE CHL PER 2031-06-20"),
    );
  });

  it("dates a deed told 'earlier today' at the day of writing, not at a day told before it", () => {
    const text =
      "Two soldiers died on 20 June; the President of Chile had telephoned the President of Peru earlier today.";
    assert.ok(
      eventLines(text, "2031-06-21").includes("CONSULT CHL PER 2031-06-21"),
      eventLines(text, "2031-06-21").join("; "),
    );
  });

  it("takes a day-month after a section heading in the year of writing, not the background year before it", () => {
    const text =
      "Background\n\nChile signed a trade pact with Peru in 1998, long before the dispute.\n\nThe reactions\n\nOn 4 May Peru expelled the ambassador of Chile.\n";
    const events = extractClaims(text, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(events.includes("COERCE PER 2031-05-04"), events.join("; "));
    // (A sentence that ends without a mark but is long, or has a comma, is no heading: the story stays.)
    const noHeading =
      "Chile signed a trade pact with Peru in 1998, long before the dispute.\n\nThen, the reactions came in from both capitals\n\nOn 4 May Peru expelled the ambassador of Chile.\n";
    const same = extractClaims(noHeading, "2031-06-30", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.date}`] : [],
    );
    assert.ok(same.includes("COERCE PER 1998-05-04"), same.join("; "));
  });

  it("does not give a peacekeeping force that two states' ceasefire created to the organization named before", () => {
    const text =
      "Chile is not a member of the Shanghai Cooperation Organization.\nA ceasefire that Chile and Peru signed on 3 May 2031 created a joint peacekeeping force.\n";
    const found = extractClaims(text, "2031-06-30", knowledge).map((c) => c.claim.kind);
    assert.ok(found.includes("agreement"));
    assert.ok(!found.includes("force"), found.join(", "));
  });
});

describe("the reader: the year of a date written without one", () => {
  it("is never later than the year of writing, whatever deadline the text named before", () => {
    const text =
      "The council will be dissolved by 1 January 2032.\nOn 20 September Tajikistan expelled the ambassador of Uzbekistan.\n";
    const [c] = extractClaims(text, "2031-10-02", knowledge).filter((x) => x.claim.kind === "event");
    assert.ok(c);
    assert.equal(c.claim.date, "2031-09-20");
  });
});

describe("the reader: an interview", () => {
  it("reads 'we', 'our' and 'I' in the answers as the state of the one who answers, and nowhere else", () => {
    const text =
      "Tajikistan's foreign minister on his neighbours\n\nQ: How are ties with Uzbekistan?\n\nA: Better. In May 2031 we signed a border treaty with Uzbekistan.\n\nQ: And Kyrgyzstan?\n\nA: In June 2031 I met Kyrgyzstan's foreign minister.\n";
    const found = extractClaims(text, "2031-07-01", knowledge).map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target}`
        : c.claim.kind === "agreement"
          ? `agreement ${[...c.claim.parties].sort().join(" ")}`
          : c.claim.kind,
    );
    assert.deepEqual(found, ["agreement TJK UZB", "CONSULT TJK KGZ"]);
    // Not an interview (no questions): "we" is nobody the reader knows.
    assert.deepEqual(
      extractClaims(
        "Tajikistan's foreign minister spoke.\nIn June 2031 I met Kyrgyzstan's foreign minister.\n",
        "2031-07-01",
        knowledge,
      ),
      [],
    );
  });
});

describe("the reader: a person told by a title alone", () => {
  it("reads 'the chancellor' as the person named before who holds that office, and 'he' after it as that person", () => {
    const kb = withOffices([
      ["ana-vell", "Ana Vell", "Vell", "PER", "Chancellor"],
      ["bo-stark", "Bo Stark", "Stark", "CHL", "President"],
    ]);
    const text =
      "Ana Vell led Peru from 2030. Bo Stark came to Lima in June 2031. On 9 November 2031 the chancellor flew to Bolivia. On 19 December he met Bolivia's foreign minister.";
    assert.deepEqual(eventLines(text, "2032-01-01", kb), [
      "CONSULT CHL PER 2031-06",
      "CONSULT PER BOL 2031-11-09",
      "CONSULT PER BOL 2031-12-19",
    ]);
  });
});

describe("the reader: talks with someone", () => {
  it("are with those named up to the end of the clause, not with the one the next clause condemns", () => {
    const lines = eventLines(
      "On 22 November 2031 Temir was back in Moscow for talks with Saryg, and both leaders condemned Peruvian sanctions.",
      "2031-12-01",
      withPeople,
    );
    assert.ok(lines.includes("CONSULT KAZ KGZ 2031-11-22"), lines.join("; "));
    assert.ok(!lines.includes("CONSULT KAZ PER 2031-11-22"), lines.join("; "));
  });
});

describe("the reader: a list's items", () => {
  it("starts each item from the year of writing, not from the year the item before told", () => {
    const text =
      "FOLLOW THE MONEY\n\n- Uzbekistan sanctioned Tajikistan in February 2030.\n- On 29 July Uzbekistan halted aid to Kyrgyzstan.\n";
    assert.deepEqual(eventLines(text, "2031-12-30"), [
      "SANCTION UZB TJK 2030-02",
      "SANCTION UZB KGZ 2031-07-29",
    ]);
  });
});

describe("the reader: an interview with unmarked questions", () => {
  const found = (text: string) =>
    extractClaims(text, "2031-07-01", knowledge).map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target}`
        : c.claim.kind === "agreement"
          ? `agreement ${[...c.claim.parties].sort().join(" ")}`
          : c.claim.kind,
    );
  const answers =
    "How did ties with Uzbekistan begin?\n\nIn May 2031 we signed a border treaty with Uzbekistan.\n\nAnd Kyrgyzstan?\n\nIn June 2031 I met Kyrgyzstan's foreign minister.\n";

  it("reads the paragraphs that end in '?' as its questions, when the text says it is an interview", () => {
    const text = `Dushanbe's quiet power\n\nInterview by Ana Ruiz\n\nWe spoke to Jorge Paz, who spent twenty years in Tajikistan's foreign service.\n\n${answers}`;
    assert.deepEqual(found(text), ["agreement TJK UZB", "CONSULT TJK KGZ"]);
  });

  it("reads no one in 'we' where the text does not say it is an interview, or names no one's state with a role", () => {
    assert.deepEqual(
      found(`Dushanbe's quiet power\n\nBy Ana Ruiz\n\nTajikistan's foreign service is small.\n\n${answers}`),
      [],
    );
    assert.deepEqual(
      found(
        `Dushanbe's quiet power\n\nInterview by Ana Ruiz\n\nWe spoke a month after Emomali Rahmon's visit.\n\n${answers}`,
      ),
      [],
    );
  });
});

describe("the reader: a day told without its year, far from the last year written", () => {
  it("is a day of the year of writing; right after a year, it is that year's", () => {
    const far =
      "In 2027 Tajikistan and Uzbekistan quarrelled over water.\nThe quarrel lasted.\nTrade suffered.\nTalks stalled.\nBorders closed.\nOn 12 March Tajikistan's president visited Uzbekistan.\n";
    const near =
      "In 2027 Tajikistan and Uzbekistan quarrelled over water.\nOn 12 March Tajikistan's president visited Uzbekistan.\n";
    const visits = (text: string) =>
      extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
        c.claim.kind === "event" && c.claim.type === "CONSULT" ? [c.claim.date] : [],
      );
    assert.deepEqual(visits(far), ["2031-03-12"]);
    assert.deepEqual(visits(near), ["2027-03-12"]);
  });
});

describe("the reader: 'it' asked for help, and a state's own people", () => {
  it("reads 'asked it for help' as asking the organization the text is about", () => {
    const text =
      "The Shanghai Cooperation Organization met in 2029.\nOn 5 January 2030 Kazakhstan's president asked it for help against unrest.\n";
    assert.deepEqual(eventLines(text, "2030-06-01"), ["REQUEST KAZ SCO 2030-01-05"]);
  });
  it("reads people detained by a state's police, no others named, as its own", () => {
    assert.deepEqual(
      eventLines("On 30 April 2030 Georgian police detained a number of them.\n", "2030-06-01"),
      ["COERCE GEO GEO 2030-04-30"],
    );
    assert.deepEqual(
      eventLines("In May 2030 Georgian police detained hundreds of people in Tbilisi.\n", "2030-06-01"),
      ["COERCE GEO GEO 2030-05"],
    );
    assert.deepEqual(
      eventLines("In May 2030 Russian police deported hundreds of Georgian citizens.\n", "2030-06-01"),
      ["COERCE RUS GEO 2030-05"],
    );
  });
});

describe("the reader: a group counted by an organization's members", () => {
  it("counts by the organization the text is about, not one named as where a summit was", () => {
    const members: ReaderKnowledge = {
      ...knowledge,
      members: (org) =>
        org === "GUAM"
          ? ["MEX", "PER", "CHL", "GHA", "NOR"]
          : org === "UN"
            ? ["MEX", "PER", "CHL", "GHA", "NOR", "USA"]
            : [],
    };
    const text =
      "GUAM was founded in 2025 by Mexico, Peru, Chile and Ghana.\nNorway joined in April 2027, on the margins of the United Nations' fiftieth-anniversary summit in Lima. In June 2029 the five presidents signed the Lima Charter.\n";
    const parties = extractClaims(text, "2031-01-01", members).flatMap((c) =>
      c.claim.kind === "agreement" ? [[...c.claim.parties].sort().join(" ")] : [],
    );
    assert.deepEqual(parties, ["CHL GHA MEX NOR PER"]);
  });
});

describe("the reader: an organization named by its seat", () => {
  it("is no organization the text turns to when the seat is where something happened", () => {
    const seated: ReaderKnowledge = {
      ...knowledge,
      gazetteer: new Gazetteer(
        buildActorRegistry(
          [
            { id: "GUAM", name: "GUAM", kind: "political" },
            { id: "EU", name: "European Union", kind: "political", aliases: ["Brussels"] },
          ],
          [],
          [],
        ).all(),
      ),
    };
    const text =
      "GUAM admitted Mexico in 2029.\nIts flag went up outside GUAM headquarters in Brussels this afternoon.\nPeru and Chile filed their applications together on 18 May 2030.\n";
    const applied = extractClaims(text, "2031-04-04", seated).flatMap((c) =>
      c.claim.kind === "membership" && c.claim.change === "apply" ? [`${c.claim.state} ${c.claim.org}`] : [],
    );
    assert.deepEqual(applied, ["PER GUAM", "CHL GUAM"]);
  });
});

describe("the reader: a story that looks back and goes on", () => {
  it("keeps its year through a sentence in the past perfect, and takes a month far back as the next year's", () => {
    const text =
      "On 14 December 2030 Tajikistan signed a water treaty with Uzbekistan.\nKyrgyzstan had accused Tajikistan of theft in March 2029, when the talks began.\nThen came the spring.\nIn late May Tajikistan expelled the ambassador of Kyrgyzstan.\n";
    assert.deepEqual(eventLines(text, "2031-09-01"), ["ACCUSE KGZ TJK 2029-03", "COERCE TJK KGZ 2031-05"]);
  });
  it("steps back a few months within the year: a thread told again", () => {
    const text =
      "On 2 October 2030 Uzbekistan expelled the ambassador of Tajikistan.\nOn 14 September Tajikistan's president visited Kyrgyzstan.\n";
    assert.deepEqual(eventLines(text, "2031-09-01"), [
      "COERCE UZB TJK 2030-10-02",
      "CONSULT TJK KGZ 2030-09-14",
    ]);
  });
  it("goes to the year of a clause said ('reminded the House that ... in 2027'), as it would to a relative clause's it does not", () => {
    const text =
      "The minister reminded the House that Tajikistan expelled the ambassador of Uzbekistan on 3 March 2027.\nIn June of that year Kyrgyzstan expelled the ambassador of Uzbekistan.\n";
    assert.deepEqual(eventLines(text, "2031-07-11"), ["COERCE TJK UZB 2027-03-03", "COERCE KGZ UZB 2027-06"]);
  });
  it("reads '14 December last' as the last 14 December before the day of writing", () => {
    const text =
      "In 2027 Tajikistan quarrelled with Kyrgyzstan.\nOn 14 December last Tajikistan expelled the ambassador of Uzbekistan.\n";
    assert.deepEqual(eventLines(text, "2031-07-11"), ["COERCE TJK UZB 2030-12-14"]);
  });
  it("does not go past the day of writing", () => {
    const text =
      "On 14 December 2030 Tajikistan signed a water treaty with Uzbekistan.\nIn May Tajikistan expelled the ambassador of Kyrgyzstan.\n";
    assert.deepEqual(eventLines(text, "2031-02-01"), ["COERCE TJK KGZ 2030-05"]);
  });
});

describe("the reader: 'the union'", () => {
  it("is the organization last named as a union, not any organization named since", () => {
    const brussels = { start: 0, end: 8, text: "Brussels", actor: "EU", kind: "organization" as const };
    const text = "Brussels objected, but the union went ahead.";
    const found = withOrganizationAnaphora(text, 0, [brussels], "EU", new Map([["union", "EAEU"]]));
    assert.deepEqual(
      found.map((m) => [m.text, m.actor]),
      [
        ["Brussels", "EU"],
        ["the union", "EAEU"],
      ],
    );
    assert.deepEqual(
      withOrganizationAnaphora("The bloc went ahead.", 0, [], "EU", new Map([["union", "EAEU"]])).map(
        (m) => m.actor,
      ),
      ["EU"],
    );
    // "the new union": the union last named, newly made.
    assert.deepEqual(
      withOrganizationAnaphora(
        "The old body closed as the new union took over.",
        0,
        [],
        "EAEC",
        new Map([["union", "EAEU"]]),
      ).map((m) => [m.text, m.actor]),
      [["the new union", "EAEU"]],
    );
  });
});

describe("the reader: 'the bloc of' and 'the alliance of'", () => {
  it("is the organization when the 'of' tells a charge, and no anaphor when it starts a name", () => {
    const found = (text: string) =>
      withOrganizationAnaphora(text, 0, [], "CSTO").map((m) => [m.text, m.actor]);
    assert.deepEqual(found("Yerevan accused the bloc of failing an ally."), [["the bloc", "CSTO"]]);
    assert.deepEqual(found("Pashinyan then warned the alliance of the cost."), [["the alliance", "CSTO"]]);
    assert.deepEqual(found("He spoke of the union of Russia and Belarus."), []);
    assert.deepEqual(found("It was the alliance of two old rivals."), []);
  });
});

describe("the reader: 'the two Koreas'", () => {
  it("is both Koreas, on one span, and 'Korea' alone is not", () => {
    const found = (text: string) => withBothKoreas(text, 0, []).map((m) => [m.text, m.actor]);
    assert.deepEqual(found("Talks between the two Koreas resumed."), [
      ["the two Koreas", "KOR"],
      ["the two Koreas", "PRK"],
    ]);
    assert.deepEqual(found("Both Koreas joined."), [
      ["Both Koreas", "KOR"],
      ["Both Koreas", "PRK"],
    ]);
    assert.deepEqual(found("The two leaders of Korea met."), []);
  });
});

describe("the reader: a pact ended by one of its two parties, who is not named again", () => {
  it("rejects the other party of the last pact of two the text told of, and not under a condition", () => {
    const text =
      "Chile and Peru signed a border pact on 3 May 2030. On 22 November 2031 Chile suspended part of the pact. On 4 December 2031 Chile scrapped the entire agreement.";
    assert.deepEqual(eventLines(text, "2031-12-10"), [
      "REJECT CHL PER 2031-11-22",
      "REJECT CHL PER 2031-12-04",
    ]);
    const condition =
      "Chile and Peru signed a border pact on 3 May 2030. On 22 November 2031 Bolivia said it would act unless Chile dropped the pact.";
    assert.deepEqual(
      eventLines(condition, "2031-12-10").filter((l) => l.startsWith("REJECT")),
      [],
    );
  });

  it("reads 'no longer bound by the agreement' as ending it, and 'no longer bound by the rules' as nothing", () => {
    const text =
      "Chile and Peru signed a border pact on 3 May 2030. On 23 November 2031 Lima said it was no longer bound by the agreement.";
    assert.deepEqual(eventLines(text, "2031-12-10"), ["REJECT PER CHL 2031-11-23"]);
    assert.deepEqual(
      eventLines("On 23 November 2031 Lima said it was no longer bound by the rules.", "2031-12-10"),
      [],
    );
  });

  it("rejects no one when no pact of two was told", () => {
    assert.deepEqual(eventLines("On 22 November 2031 Chile suspended part of the pact.", "2031-12-10"), []);
  });
});

describe("the reader: 'the North' and 'the South'", () => {
  const found = (text: string, south: boolean) =>
    withKoreasNamed(text, 0, [], south).map((m) => [m.text, m.actor]);
  it("are the two Koreas, 'the South' only once South Korea was named too", () => {
    assert.deepEqual(found("Seoul said the North had fired at the South.", true), [
      ["the North", "PRK"],
      ["the South", "KOR"],
    ]);
    assert.deepEqual(found("The North's envoy met the South's.", false), [["The North", "PRK"]]);
  });
  it("are not the start of a longer name", () => {
    assert.deepEqual(
      found("The North Atlantic Council met the South Caucasus states in the North-East.", true),
      [],
    );
  });
  it("are read so in a text on the peninsula", () => {
    const text =
      "North Korea fired a missile on 2 March 2031.\nOn 3 March Seoul accused the North of shipping shells to Russia.\n";
    assert.deepEqual(eventLines(text, "2031-03-05"), ["ACCUSE KOR PRK 2031-03-03"]);
  });
});

describe("the reader: an agreement sealed at a visit, with no parties named", () => {
  const agreements = (text: string) =>
    extractClaims(text, "2031-12-01", withPeople).flatMap((c) =>
      c.claim.kind === "agreement" ? [`${c.claim.parties.join(" ")} ${c.claim.date}`] : [],
    );
  it("is the agreement of the two who met, at the meeting's date", () => {
    assert.deepEqual(
      agreements("The gas contract was signed during Temir's visit to Bishkek on 3 May 2031."),
      ["KAZ KGZ 2031-05-03"],
    );
    assert.deepEqual(
      agreements(
        "Saryg made a state visit to Astana on 3-4 May 2031, when ties were raised to a strategic partnership.",
      ),
      ["KGZ KAZ 2031-05-03"],
    );
  });

  it("is none when the signing lies ahead", () => {
    for (const text of [
      "Temir visited Bishkek on 3 May 2031, and officials said a gas contract could be signed next year.",
      "During Temir's visit to Bishkek on 3 May 2031 the sides hoped to sign a gas contract.",
    ])
      assert.deepEqual(agreements(text), [], text);
  });
});

describe("the reader: a strike condemned as a violation of a state's sovereignty", () => {
  it("blames each state that struck together in the sentence before, not the state wronged", () => {
    const text =
      "Chile and Peru bombed rebel camps in Bolivia on 3 May 2031. Ecuador condemned the strikes on 4 May 2031 as a clear violation of Bolivia's sovereignty.";
    assert.deepEqual(eventLines(text, "2031-06-01"), [
      "ASSAULT CHL BOL 2031-05-03",
      "ASSAULT PER BOL 2031-05-03",
      "ACCUSE ECU CHL 2031-05-04",
      "ACCUSE ECU PER 2031-05-04",
    ]);
  });

  it("still blames a state named as the deed's doer", () => {
    const text = "On 4 May 2031 Ecuador condemned Chile's strikes as an attack on Bolivia.";
    assert.deepEqual(eventLines(text, "2031-06-01"), ["ACCUSE ECU CHL 2031-05-04"]);
  });
});

describe("the reader: aid with no one named to receive it", () => {
  it("goes to the one its giver met, in the sentence or the one before", () => {
    assert.deepEqual(
      eventLines(
        "On 4 May 2031 Temir met Saryg in Osh, and Saryg offered a loan of $2 billion.\n",
        "2031-05-06",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-05-04", "AID KGZ KAZ 2031-05-04"],
    );
    assert.deepEqual(
      eventLines(
        "On 4 May 2031 Temir met Saryg in Osh.\nSaryg offered a loan of $2 billion.\n",
        "2031-05-06",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-05-04", "AID KGZ KAZ 2031-05-04"],
    );
  });
  it("goes to no one when no meeting was told", () => {
    assert.deepEqual(
      eventLines("On 4 May 2031 Saryg offered a loan of $2 billion.\n", "2031-05-06", withPeople),
      [],
    );
  });
});

describe("the reader: what a visit or a call was for", () => {
  it("is the visitor's request or support, to the one visited or called, at its date", () => {
    assert.deepEqual(
      eventLines(
        "On 4 May 2031 Temir phoned Saryg to ask him to reopen the border.\n",
        "2031-05-06",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-05-04", "REQUEST KAZ KGZ 2031-05-04"],
    );
    assert.deepEqual(
      eventLines(
        "On 4 May 2031 Temir met Saryg in Osh to show Kazakh support for the talks.\n",
        "2031-05-06",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-05-04", "SUPPORT KAZ KGZ 2031-05-04"],
    );
  });
  it("is nothing when no visit or call was told", () => {
    assert.deepEqual(
      eventLines("On 4 May 2031 Temir wrote to ask Saryg to reopen the border.\n", "2031-05-06", withPeople),
      [],
    );
  });
});

describe("the reader: 'the pact'", () => {
  it("is the treaty last named ('the Collective Security Treaty ... the pact'), by head word", () => {
    assert.deepEqual(headWords("Collective Security Treaty"), ["pact", "treaty"]);
    assert.deepEqual(headWords("North Atlantic Treaty Organization"), ["pact"]);
    assert.deepEqual(headWords("Eurasian Economic Union"), ["union"]);
    const text = "In May 2031 the Collective Security Treaty met. In 2032 Chile declined to renew the pact.";
    const claims = extractClaims(text, "2033-01-01", knowledge).flatMap((c) =>
      c.claim.kind === "membership"
        ? [`${c.claim.state} ${c.claim.org} ${c.claim.change} ${c.claim.date}`]
        : [],
    );
    assert.deepEqual(claims, ["CHL CST withdraw 2032"]);
  });
});

describe("the reader: a month counted back from the day of writing", () => {
  it("brings the story back from a background year: a day told next without a year is of the last twelve months", () => {
    const text =
      "Relations froze in June 2027, when Chile and Peru clashed.\nThe thaw began last October, when Chile's president called Peru's.\nOn 18 August Chile and Peru agreed to reopen the border.\n";
    assert.deepEqual(
      eventLines(text, "2031-09-01").filter((l) => l.startsWith("AGREE")),
      ["AGREE CHL PER 2031-08-18"],
    );
  });
});

describe("the reader: 'the treaty'", () => {
  const lines = (text: string) =>
    extractClaims(text, "2031-06-01", knowledge).flatMap((c) =>
      c.claim.kind === "membership"
        ? [`${c.claim.state} ${c.claim.org} ${c.claim.change} ${c.claim.date}`]
        : [],
    );

  it("left after a treaty was named is that treaty left, by each of a list 'they' stands for", () => {
    assert.deepEqual(
      lines(
        "Mexico, Chile and Peru signed the Collective Security Treaty in 2029.\nIn 2031 Chile and Peru stayed silent, and they left the treaty.\n",
      ).filter((l) => l.includes("withdraw")),
      ["CHL CST withdraw 2031", "PER CST withdraw 2031"],
    );
  });

  it("declining to renew the treaty named before is leaving it, for each state listed with the subject", () => {
    assert.deepEqual(
      lines(
        "Mexico, Chile and Peru signed the Collective Security Treaty in 2029.\nIn April 2031 Chile, together with Peru, declined to renew the treaty.\n",
      ).filter((l) => l.includes("withdraw")),
      ["CHL CST withdraw 2031-04", "PER CST withdraw 2031-04"],
    );
  });

  it("is not a treaty named before once the text brings in another, nor the object of signing", () => {
    assert.deepEqual(
      lines(
        "Mexico and Chile signed the Collective Security Treaty in 2029.\nIn 2030 Mexico and Peru signed a border treaty.\nIn 2031 Peru left the treaty.\n",
      ).filter((l) => l.includes("withdraw")),
      [],
    );
    assert.deepEqual(
      lines("Chile signed the Collective Security Treaty in 2029.\nIn 2031 Peru signed the treaty.\n").filter(
        (l) => l.startsWith("PER"),
      ),
      [],
    );
  });
});

describe("the reader: 'the Community', 'the Council'", () => {
  it("stand for the organization last named with that word, capitalized or not, but not inside a longer name", () => {
    const eaec = {
      start: 4,
      end: 32,
      text: "Eurasian Economic Community",
      actor: "EAEC",
      kind: "organization" as const,
    };
    const text = "The Eurasian Economic Community met; the Community grew, unlike the Community Court.";
    const found = withOrganizationAnaphora(text, 0, [eaec], "EAEC");
    assert.deepEqual(
      found.map((m) => [m.text, m.actor]),
      [
        ["Eurasian Economic Community", "EAEC"],
        ["the Community", "EAEC"],
      ],
    );
    // A word no organization named so far has stands for none.
    assert.deepEqual(withOrganizationAnaphora("The Council met.", 0, [], "EAEC"), []);
    // "asked the alliance for help" is the alliance; "the Organization for ..." is a name.
    assert.deepEqual(
      withOrganizationAnaphora("Chile asked the alliance for help.", 0, [], "EAEC").map((m) => m.text),
      ["the alliance"],
    );
    assert.deepEqual(withOrganizationAnaphora("The Organization for Ports met.", 0, [], "EAEC"), []);
  });

  it("read 'the Forum', 'the association' and 'the revived Community' as the organization named with that word", () => {
    const read = (text: string, name: string, actor: string) =>
      withOrganizationAnaphora(text, 0, [mentionIn(text, name, actor)], undefined).map(
        (m) => `${m.text}=${m.actor}`,
      );
    assert.deepEqual(
      read("The Andes Ports Forum met; the Forum's chair spoke.", "Andes Ports Forum", "APF"),
      ["Andes Ports Forum=APF", "the Forum=APF"],
    );
    assert.deepEqual(
      read("The Association of Lake States met; the association grew.", "Association of Lake States", "ALS"),
      ["Association of Lake States=ALS", "the association=ALS"],
    );
    assert.deepEqual(
      read("The Lake Community broke up; the revived Community met.", "Lake Community", "LC"),
      ["Lake Community=LC", "the revived Community=LC"],
    );
  });

  it("reads 'the Organization' as the body named last, not a treaty named since", () => {
    const text = "The Andes Ports Union met, on the basis of the Lima Treaty; the Organization grew.";
    const named = [mentionIn(text, "Andes Ports Union", "APU"), mentionIn(text, "Lima Treaty", "LT")];
    assert.deepEqual(
      withOrganizationAnaphora(text, 0, named, undefined)
        .filter((m) => m.text === "the Organization")
        .map((m) => m.actor),
      ["APU"],
    );
  });

  it("reads 'the alliance' as the alliance named last, though another body was named since", () => {
    const alliance = { actor: "NATO", of: new Set(["NATO", "CSTO"]) };
    const read = (text: string, named: Mention[] = []) =>
      withOrganizationAnaphora(text, 0, named, "EU", new Map(), alliance).map((m) => `${m.text}=${m.actor}`);
    assert.deepEqual(read("Chile became the alliance's 31st member."), ["the alliance=NATO"]);
    // (An alliance named in the sentence before the word is the one it stands for.)
    const csto: Mention = { start: 0, end: 4, text: "CSTO", actor: "CSTO", kind: "organization" };
    assert.deepEqual(read("CSTO troops left; the alliance said so.", [csto]), [
      "CSTO=CSTO",
      "the alliance=CSTO",
    ]);
    // "The union" is no alliance: the body named last.
    assert.deepEqual(read("The bloc met."), ["The bloc=EU"]);
  });

  it("reads an admission to 'the Community' as joining it, and its coming into being as no visit", () => {
    const knowledgeWithEaec: ReaderKnowledge = {
      ...knowledge,
      gazetteer: new Gazetteer(
        buildActorRegistry(
          [{ id: "EAEC", name: "Eurasian Economic Community", kind: "economic" }],
          [],
          [],
        ).all(),
      ),
    };
    const text =
      "The Eurasian Economic Community came into being on 10 October 2030 with Chile and Peru as its members.\n" +
      "On 4 April 2032 Ghana was admitted as the Community's third member.\n";
    const found = extractClaims(text, "2033-01-01", knowledgeWithEaec).map((c) => c.claim);
    assert.ok(
      found.every((c) => c.kind !== "event"),
      JSON.stringify(found),
    );
    assert.deepEqual(
      found.flatMap((c) => (c.kind === "membership" ? [`${c.state} ${c.org} ${c.change} ${c.date}`] : [])),
      ["CHL EAEC join 2030-10-10", "PER EAEC join 2030-10-10", "GHA EAEC join 2032-04-04"],
    );
  });
});

describe("the reader: a lease extended, the base told before", () => {
  it("extends the lease of the base the sentence before told of, to the year named", () => {
    const withSite: ReaderKnowledge = {
      ...knowledge,
      sites: new Map([["karakol", { host: "KGZ", operator: "KAZ", site: "Karakol" }]]),
    };
    const text =
      "Kazakhstan still operates the air base at Karakol in Kyrgyzstan.\nIn January 2029 the two governments extended the lease until 2050.\n";
    const bases = extractClaims(text, "2031-06-01", withSite).flatMap((c) =>
      c.claim.kind === "base"
        ? [`${c.claim.change} ${c.claim.host} ${c.claim.operator} ${c.claim.date} ${c.claim.until ?? ""}`]
        : [],
    );
    assert.deepEqual(bases, ["exists KGZ KAZ 2031-06-01 ", "extend KGZ KAZ 2029-01 2050"]);
  });
});

describe("the reader: a base's story and the news around it", () => {
  it("keeps a visit and a loan told in the sentence that extends a base's lease", () => {
    const withSite: ReaderKnowledge = {
      ...knowledge,
      sites: new Map([["karakol", { host: "KGZ", operator: "KAZ", site: "Karakol" }]]),
    };
    const text =
      "During a visit to Bishkek in May 2031, Kazakhstan extended the lease on its air base at Karakol until 2050, while Kazakhstan offered a loan to Kyrgyzstan.\n";
    const found = extractClaims(text, "2031-06-01", withSite).map((c) =>
      c.claim.kind === "event" ? `${c.claim.type} ${c.claim.source} ${c.claim.target}` : c.claim.kind,
    );
    assert.ok(found.includes("base"));
    assert.ok(found.includes("CONSULT KAZ KGZ"));
    assert.ok(found.includes("AID KAZ KGZ"));
  });

  it("keeps a deed told beside a base that only stands, and reads a known base that 'remains' as standing", () => {
    const withSite: ReaderKnowledge = {
      ...knowledge,
      sites: new Map([["karakol", { host: "KGZ", operator: "KAZ", site: "Karakol" }]]),
    };
    const text =
      "Kazakhstan's forces attacked Kyrgyzstan in August 2028, and Kazakhstan still keeps troops at Karakol.\nKazakhstan's Karakol air base remains active.\n";
    const found = extractClaims(text, "2031-06-01", withSite).map((c) =>
      c.claim.kind === "event"
        ? `${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`
        : c.claim.kind === "base"
          ? `base ${c.claim.change} ${c.claim.host} ${c.claim.operator} ${c.claim.date}`
          : c.claim.kind,
    );
    assert.deepEqual(found, ["base exists KGZ KAZ 2031-06-01", "ASSAULT KAZ KGZ 2028-08"]);
    const remains = extractClaims("Kazakhstan's Karakol air base remains active.\n", "2031-06-01", withSite);
    assert.deepEqual(
      remains.map((c) => (c.claim.kind === "base" ? `${c.claim.change} ${c.claim.date}` : c.claim.kind)),
      ["exists 2031-06-01"],
    );
  });
});

describe("the reader: 'the two leaders' in a sentence that names nobody", () => {
  it("are the two who met in the sentence before, and the span reaches back to it", () => {
    const text =
      "In May 2031 Kazakhstan's president visited Uzbekistan.\nThe two leaders agreed to reopen the border.\n";
    const agreed = extractClaims(text, "2031-06-01", knowledge).filter(
      (c) => c.claim.kind === "event" && c.claim.type === "AGREE",
    );
    assert.deepEqual(
      agreed.map((c) =>
        c.claim.kind === "event" ? `${c.claim.source} ${c.claim.target} ${c.claim.date}` : "",
      ),
      ["KAZ UZB 2031-05"],
    );
    assert.equal(agreed[0]?.span[0], 0);
  });
});

describe("the reader: a range in a title", () => {
  it("leaves the story at its end: a day told without its year after it is the end year's", () => {
    const text =
      "Kazakhstan and the blocs: a timeline, 2012-2031\n\nKazakhstan's note of June 28 suspending its membership of GUAM surprised no one.\n";
    const suspended = extractClaims(text, "2031-07-09", knowledge).flatMap((c) =>
      c.claim.kind === "membership" ? [`${c.claim.change} ${c.claim.date}`] : [],
    );
    assert.deepEqual(suspended, ["suspend 2031-06-28"]);
  });
});

describe("the reader: a state lasting 'since' a year", () => {
  it("leaves the story where it was: a day told without its year after it is still the year of writing's", () => {
    const text =
      "Kazakhstan has been an observer in GUAM since 2027.\nOn November 4 Kazakhstan's president telephoned Uzbekistan's.\n";
    const met = extractClaims(text, "2031-11-19", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(met, ["CONSULT 2031-11-04"]);
  });
});

describe("the reader: 'They spoke again' after a meeting", () => {
  it("is the two who met in the sentence before, meeting again on the day it gives", () => {
    const text =
      "On Monday Kazakhstan's president telephoned Uzbekistan's.\nThey spoke again on Wednesday.\n";
    const met = extractClaims(text, "2031-06-06", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.deepEqual(met, ["CONSULT KAZ UZB 2031-06-02", "CONSULT KAZ UZB 2031-06-04"]);
    // With no meeting before, "they" are no one.
    const alone = extractClaims("They spoke again on Wednesday.\n", "2031-06-06", knowledge);
    assert.deepEqual(alone, []);
  });
});

describe("the reader: where a sentence leaves the story", () => {
  it("is its latest date up to the day of writing, not a year it looks back to or a deadline ahead", () => {
    const d = (date: string) => ({ date });
    assert.equal(storyDate([d("2031-01-05"), d("2028")], "2031-02-01")?.date, "2031-01-05");
    assert.equal(storyDate([d("2029"), d("2030-06")], "2031-02-01")?.date, "2030-06");
    assert.equal(storyDate([d("2030-06"), d("2044")], "2031-02-01")?.date, "2030-06");
    assert.equal(storyDate([d("2044")], "2031-02-01")?.date, "2044");
    assert.equal(storyDate([], "2031-02-01"), undefined);
  });

  it("dates the next sentence's deed by the story's day, not by the year looked back to", () => {
    const text =
      "On 5 January Tajikistan closed its border, which it had last closed in 2027.\nThat night Tajikistan expelled the ambassador of Uzbekistan.\n";
    const events = extractClaims(text, "2031-01-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["COERCE 2031-01-05"]);
  });
});

describe("the reader: a deed told 'two days after' another", () => {
  it("dates the deed after the words that much before the sentence's date, and the main one at its own", () => {
    const text =
      "On 12 May 2031 Tajikistan recalled its ambassador from Uzbekistan, two days after Uzbekistan expelled diplomats from Tajikistan.\n";
    const events = extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["SANCTION TJK UZB 2031-05-12", "COERCE UZB TJK 2031-05-10"]);
  });
});

describe("the reader: an aside after an event's verb", () => {
  it("dates its own deed: the event keeps the story's date", () => {
    const text =
      "In May 2031 Tajikistan signed a pact with Uzbekistan.\nUzbekistan also lifted duties on its exports to Tajikistan, a concession Dushanbe had sought since 2010.\nUzbekistan criticized Tajikistan's army, which it had trained in 2005.\n";
    const events = extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONCEDE 2031-05", "ACCUSE 2031-05"]);
  });
});

describe("the reader: the organization a membership with no object changes", () => {
  it("is not one named only to qualify a noun ('under United Nations sanctions')", () => {
    const text =
      "In 2030 Chile and Peru held talks with GUAM.\nPeru was then under United Nations sanctions.\nChile applied for full membership in May 2031.\n";
    const changes = extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
      c.claim.kind === "membership"
        ? [`${c.claim.state} ${c.claim.org} ${c.claim.change} ${c.claim.date}`]
        : [],
    );
    assert.deepEqual(changes, ["CHL GUAM apply 2031-05"]);
  });
});

describe("the reader: 'the union'", () => {
  it("is the organization the text names properly, not one it names in lower case in passing", () => {
    const text =
      "In 2030 Chile and Peru founded the Eurasian Economic Union, building on the customs union the two had formed.\nSince then the union has grown.\nGhana obtained observer status in 2031.\n";
    const changes = extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
      c.claim.kind === "membership" && c.claim.change === "observer"
        ? [`${c.claim.state} ${c.claim.org}`]
        : [],
    );
    assert.deepEqual(changes, ["GHA EAEU"]);
  });
});

describe("the reader: a year that names a thing", () => {
  it("does not move the story: 'her 2027 campaign' leaves the next month in the year of writing", () => {
    const text =
      "Kazakhstan's president had kept the promises of her 2027 campaign.\nIn March Kazakhstan's foreign minister visited Beijing.\n";
    const events = extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT 2031-03"]);
  });
});

describe("the reader: a year that names a thing, for a deed's date", () => {
  it("dates that thing, not a deed outside its phrase; a deed told 'after the 2027 war' takes it", () => {
    const dates = (text: string) =>
      extractClaims(text, "2031-06-20", knowledge).flatMap((c) =>
        c.claim.kind === "event" ? [c.claim.date] : [],
      );
    assert.deepEqual(dates("On 17 June 2031 Chile's president met Peru's to discuss the 2027 treaty.\n"), [
      "2031-06-17",
    ]);
    assert.deepEqual(dates("Chile has worked closely with Peru since the 2027 war.\n"), ["2027"]);
  });
});

describe("the reader: a year looked back to in a relative clause", () => {
  it("does not become the year of the next date written without one", () => {
    const text =
      "On 5 January Tajikistan closed its border.\nThe guards were drawn from units that Dushanbe formed in October 2024.\nOn 6 January Tajikistan expelled the ambassador of Uzbekistan.\n";
    const events = extractClaims(text, "2031-01-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["COERCE 2031-01-06"]);
  });
});

describe("event patterns in the reader: calls and blacklists", () => {
  it("reads 'spoke by phone with' as a meeting and 'put X on its blacklist' as a sanction", () => {
    const text =
      "On 6 January Kazakhstan's foreign minister spoke by phone with Uzbekistan's.\nOn 9 January Tajikistan put Uzbekistan on its blacklist.\n";
    const events = extractClaims(text, "2031-01-20", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target} ${c.claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT KAZ UZB 2031-01-06", "SANCTION TJK UZB 2031-01-09"]);
  });
});

describe("the reader: 'the country'", () => {
  it("is the state the text named last, not one named as a place", () => {
    const text =
      "Tajikistan closed its embassy in Tashkent in May 2031.\nIn June 2031 Kazakhstan sent aid to the country.\n";
    const events = extractClaims(text, "2031-07-01", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source} ${c.claim.target}`] : [],
    );
    assert.ok(events.includes("AID KAZ TJK"), events.join("; "));
  });

  it("puts the mention in text order and leaves names alone", () => {
    const named = [{ start: 0, end: 10, text: "Kazakhstan", actor: "KAZ", kind: "state" as const }];
    const found = withCountryAnaphora("Kazakhstan helped the country.", 0, named, "TJK");
    assert.deepEqual(
      found.map((m) => [m.text, m.actor]),
      [
        ["Kazakhstan", "KAZ"],
        ["the country", "TJK"],
      ],
    );
  });
});

describe("the reader: 'the three countries'", () => {
  it("takes the parties of a later signing from the group listed before", () => {
    const text =
      "On 4 May 2031 Chile, Peru and Ghana signed a fisheries accord in Lima.\n" +
      "A year later, on 9 May 2032, the same three states signed a treaty on the seabed.\n";
    const agreements = extractClaims(text, "2033-01-02", knowledge).filter(
      (c) => c.claim.kind === "agreement",
    );
    const signed = agreements.map((c) =>
      c.claim.kind === "agreement" ? [c.claim.date, [...c.claim.parties].sort()] : [],
    );
    assert.deepEqual(signed, [
      ["2031-05-04", ["CHL", "GHA", "PER"]],
      ["2032-05-09", ["CHL", "GHA", "PER"]],
    ]);
  });

  it("reads fighting along 'the two countries' border' as each against the other, never against itself", () => {
    const text =
      "On 2 June 2031 fighting between Chile and Peru along the two countries' border killed ten.\n";
    const events = extractClaims(text, "2031-06-05", knowledge).flatMap((c) =>
      c.claim.kind === "event" ? [`${c.claim.type} ${c.claim.source}->${c.claim.target}`] : [],
    );
    assert.ok(events.length > 0);
    assert.ok(
      events.every((e) => !/ (\w+)->\1$/.test(e)),
      events.join(", "),
    );
  });

  it("reads 'both governments agreed' as the two agreeing with each other, not with whom they discuss", () => {
    const text =
      "Chile and Peru held talks in Lima on 3 March 2031.\nBoth governments agreed to ask Ghana for help.\n";
    const agreed = extractClaims(text, "2031-03-05", knowledge).flatMap((c) =>
      c.claim.kind === "event" && c.claim.type === "AGREE"
        ? [[c.claim.source, c.claim.target].sort().join("-")]
        : [],
    );
    assert.deepEqual(agreed, ["CHL-PER"]);
  });
});

describe("'the Russian-led bloc'", () => {
  it("is the bloc, and the state that leads it is no mention of its own", () => {
    const text = "The Kazakh-led bloc declined.";
    const kazakh = { start: 4, end: 10, text: "Kazakh", actor: "KAZ", kind: "state" as const };
    assert.deepEqual(
      withOrganizationAnaphora(text, 0, [kazakh], "SCO").map((m) => [m.text, m.actor]),
      [["The Kazakh-led bloc", "SCO"]],
    );
    // (A state named after the bloc stays: "the bloc met Kazakh diplomats".)
    assert.deepEqual(
      withOrganizationAnaphora(
        "The bloc met Kazakh diplomats.",
        0,
        [{ ...kazakh, start: 13, end: 19 }],
        "SCO",
      ).map((m) => m.actor),
      ["SCO", "KAZ"],
    );
  });
});

describe("the reader: a state gone before the claim's date", () => {
  const ended = (actor: string) => (actor === "SUN" ? partialDate("1991-12-26").first : undefined);

  it("leaves it out of a list of parties, participants or members, and drops a claim of one", () => {
    assert.deepEqual(
      withoutGoneStates({ kind: "agreement", parties: ["UKR", "RUS", "SUN"], date: "1997-05" }, ended),
      { kind: "agreement", parties: ["UKR", "RUS"], date: "1997-05" },
    );
    assert.equal(
      withoutGoneStates({ kind: "agreement", parties: ["UKR", "SUN"], date: "1997" }, ended),
      null,
    );
    assert.deepEqual(
      withoutGoneStates(
        { kind: "exercise", participants: ["SUN", "BLR"], form: "exercise", date: "2009" },
        ended,
      ),
      { kind: "exercise", participants: ["BLR"], form: "exercise", date: "2009" },
    );
    assert.equal(
      withoutGoneStates(
        { kind: "membership", state: "SUN", org: "EU", change: "join", date: "1995-01-01" },
        ended,
      ),
      null,
    );
    assert.equal(
      withoutGoneStates(
        { kind: "event", type: "RETREAT", source: "RUS", target: "SUN", date: "1994" },
        ended,
      ),
      null,
    );
  });

  it("keeps it in a claim of its own time, or of no date", () => {
    for (const claim of [
      { kind: "agreement", parties: ["FIN", "SUN"], date: "1948" },
      { kind: "agreement", parties: ["SUN", "UKR"], date: "1991-12" },
      { kind: "event", type: "ASSAULT", source: "SUN", target: "AFG", date: null },
    ] satisfies Claim[])
      assert.equal(withoutGoneStates(claim, ended), claim);
  });
});

describe("the reader on the twenty-fourth session's forms (sentences of our own)", () => {
  it("takes a month after a sentence in the present ('now have access') as one of the year of writing", () => {
    const text =
      "In April 2024 Chile and Peru signed a defence pact. Chilean troops now have access to nine Peruvian sites. Four of them were added in February, when Chile's defence minister visited Lima.";
    assert.deepEqual(eventLines(text, "2031-11-30"), ["CONSULT CHL PER 2031-02"]);
  });

  it("keeps the story's year and date past a time it counts from ('their first meeting since ... 2030')", () => {
    const text =
      "Chile and Peru met on 15 November. It was their first meeting since Lima in November 2030. Chile also met Bolivia on 16 November.";
    assert.deepEqual(eventLines(text, "2031-11-30"), [
      "CONSULT CHL PER 2031-11-15",
      "CONSULT CHL PER 2030-11",
      "CONSULT CHL BOL 2031-11-16",
    ]);
  });

  it("dates a deed of 'the two leaders' by the story, not by the past-perfect aside after it", () => {
    const text =
      "Chile and Peru met on 15 November. The two leaders agreed to restore the hotline, which Lima had cut in August 2030 in protest at a visit to Quito that month. Chile also met Bolivia on 16 November.";
    assert.deepEqual(eventLines(text, "2031-11-30"), [
      "CONSULT CHL PER 2031-11-15",
      "AGREE CHL PER 2031-11-15",
      "CONSULT CHL BOL 2031-11-16",
    ]);
  });

  it("takes a paragraph's opening 'he' for the text's own person, named far more often than the one named last", () => {
    const text = [
      "Aru Temir, Kazakhstan's president, died on Friday. Temir led the country for twenty years. In 2030 Temir visited Lima. In 2031 Temir visited Quito.",
      "In March 2032 Bek Saryg came to Astana. In May 2032 the two agreed to open a border post.",
      "He visited Bolivia in November 2032.",
    ].join("\n\n");
    const lines = eventLines(text, "2033-01-01", withPeople);
    assert.ok(lines.includes("CONSULT KAZ BOL 2032-11"), lines.join("; "));
  });

  it("reads a counterpart received with an adjective, and a loan to 'him' after 'and' as aid to the one received", () => {
    const text =
      "Aru Temir received his beleaguered counterpart Bek Saryg in Astana on 14 September 2031 and lent him $1.5 billion.";
    assert.deepEqual(eventLines(text, "2031-12-01", withPeople), [
      "CONSULT KAZ KGZ 2031-09-14",
      "AID KAZ KGZ 2031-09-14",
    ]);
  });

  it("reads hours spent together as a meeting, and 'their first encounter since' a date as the one before", () => {
    const text =
      "Chile and Peru spent about four hours together on 15 November at an estate near Arica. It was their first face-to-face encounter since Lima in November 2030.";
    assert.deepEqual(eventLines(text, "2031-11-30"), [
      "CONSULT CHL PER 2031-11-15",
      "CONSULT CHL PER 2030-11",
    ]);
  });

  it("reads 'his first trip to X since' a date as a visit then too, but not 'since last summer'", () => {
    assert.deepEqual(
      eventLines(
        "On 8 July 2031 Chile's president arrived in Lima, his first trip to Peru since September 2029.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2031-07-08", "CONSULT CHL PER 2029-09"],
    );
    assert.deepEqual(
      eventLines(
        "On 8 July 2031 Chile's president arrived in Lima, his first trip to Peru since last summer.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2031-07-08"],
    );
  });

  it("reads 'did what it had been threatening to do: it imposed sanctions' as the sanctions, no threat", () => {
    const text =
      "On 14 December 2031 Chile did what it had been threatening to do for three years: it imposed sanctions on Peru.";
    assert.deepEqual(eventLines(text, "2031-12-20"), ["SANCTION CHL PER 2031-12-14"]);
  });

  it("reads a purchase agreed as an agreement with the seller, not an agreement event", () => {
    const found = extractClaims(
      "Peru agreed to buy the Chilean air-defence system in 2029, for a reported $2.5 billion.",
      "2031-12-01",
      knowledge,
    ).map((c) => c.claim);
    assert.deepEqual(found, [{ kind: "agreement", parties: ["PER", "CHL"], date: "2029" }]);
  });

  it("reads no attack in one a pact's parties promise to defend each other against", () => {
    const text =
      "Kazakhstan and Kyrgyzstan have promised to defend each other against outside attack under a treaty signed in Astana on 19 June 2031 by Aru Temir and Bek Saryg.";
    assert.deepEqual(eventLines(text, "2031-06-20", withPeople), []);
  });

  it("dates a timeline entry's membership change by the date that opens the entry alone", () => {
    const text =
      "A timeline.\n\n30 September 2030. Peru applied for membership of the SCO.\n\nIn June 2031 Bolivia joined the SCO.";
    const lines = extractClaims(text, "2031-11-30", knowledge).flatMap((c) =>
      c.claim.kind === "membership" ? [`${c.claim.state} ${c.claim.change} ${c.claim.date}`] : [],
    );
    assert.deepEqual(lines, ["PER apply 2030-09-30", "BOL join 2031-06"]);
  });
});

describe("the reader on the twenty-fifth session's forms (sentences of our own)", () => {
  it("dates a deed 'a week after' a date named right after the words, and a deed inside them by that date", () => {
    assert.deepEqual(
      eventLines(
        "A week after the attacks of 11 September 2031, Chile's president visited Peru.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2031-09-18"],
    );
    assert.deepEqual(
      eventLines(
        "Four days after Peru invaded Chile on 24 February 2031, Bolivia condemned Peru.",
        "2031-12-01",
      ),
      ["ASSAULT PER CHL 2031-02-24", "ACCUSE BOL PER 2031-02-28"],
    );
  });
});

describe("the reader on the twenty-sixth session's forms (sentences of our own)", () => {
  it("reads 'each government blamed the other' as the two named before accusing each other", () => {
    assert.deepEqual(
      eventLines(
        "In April 2031 Chile and Peru clashed. Each government blamed the other for starting it.",
        "2031-12-01",
      ),
      [
        "ASSAULT PER CHL 2031-04",
        "ASSAULT CHL PER 2031-04",
        "ACCUSE PER CHL 2031-04",
        "ACCUSE CHL PER 2031-04",
      ],
    );
    // ("the other members": some others, not the one of two.)
    assert.deepEqual(
      eventLines(
        "In April 2031 Chile and Peru accused the other members of the SCO of inaction.",
        "2031-12-01",
      ),
      ["ACCUSE CHL SCO 2031-04", "ACCUSE PER SCO 2031-04"],
    );
  });

  it("reads talks a state's official, named after a comma, held in a capital as a visit there", () => {
    assert.deepEqual(
      eventLines(
        "In July 2031, Kazakhstan's president, Aru Temir, held talks in Tashkent.",
        "2031-12-01",
        withPeople,
      ),
      ["CONSULT KAZ UZB 2031-07"],
    );
  });

  it("reads an official named by state, office and name who 'was in' a capital as a visit", () => {
    assert.deepEqual(
      eventLines("Chilean Defence Minister Aru Kallpa was in Lima on 4 May 2031.", "2031-12-01"),
      ["CONSULT CHL PER 2031-05-04"],
    );
    assert.deepEqual(
      eventLines("Peruvian Foreign Minister Inti Mayta was in Santiago on 9 May 2031.", "2031-12-01"),
      ["CONSULT PER CHL 2031-05-09"],
    );
    // A state "in" a place, with no office named, is present nowhere.
    assert.deepEqual(
      eventLines("On 4 May 2031 Chile was in a difficult position over Peru.", "2031-12-01"),
      [],
    );
  });
});

describe("the reader on the twenty-sixth session's dates (sentences of our own)", () => {
  it("dates 'the following spring' a year after a year told, and 'the previous autumn' before a month told", () => {
    assert.deepEqual(
      eventLines(
        "In 2029 Chile left the pact. The following spring Chile's president visited Peru.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2030"],
    );
    assert.deepEqual(
      eventLines(
        "In May 2029 Chile left the pact. The previous autumn Chile's president visited Peru.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2028"],
    );
  });
});

describe("the reader on the twenty-seventh session's agreements (sentences of our own)", () => {
  /** The agreements a text tells, one line each: "PARTIES DATE". */
  const agreementLines = (text: string, published: string) =>
    extractClaims(text, published, knowledge).flatMap((c) =>
      c.claim.kind === "agreement" ? [`${[...c.claim.parties].sort().join("-")} ${c.claim.date}`] : [],
    );
  /** A story of Chile and Peru: each named three times before the sentence under test. */
  const pairStory =
    "Chile and Peru have drawn closer. Chile sent a delegation to Peru in May 2031. Peru welcomed Chile's offer of talks. ";

  it("finds the two states a text is about, if it is about two", () => {
    assert.deepEqual(
      topicPairOf(
        new Map([
          ["CHL", 4],
          ["PER", 3],
          ["BOL", 1],
        ]),
      ),
      ["CHL", "PER"],
    );
    // Each must be named three times; a third named more than half as often as the second spoils it.
    assert.equal(
      topicPairOf(
        new Map([
          ["CHL", 4],
          ["PER", 2],
        ]),
      ),
      undefined,
    );
    assert.equal(
      topicPairOf(
        new Map([
          ["CHL", 4],
          ["PER", 3],
          ["BOL", 2],
        ]),
      ),
      undefined,
    );
  });

  it("gives an agreement told with no parties to the two states the story is about", () => {
    assert.deepEqual(
      agreementLines(
        `${pairStory}The Pacific Defence Accord was signed in Arica on 2 June 2031.`,
        "2031-12-01",
      ),
      ["CHL-PER 2031-06-02"],
    );
    assert.deepEqual(
      agreementLines(`${pairStory}It rests on the Mutual Defence Treaty of 1998.`, "2031-12-01"),
      ["CHL-PER 1998"],
    );
    // Not without such a story, nor when the sentence names another state, more states than
    // two, or an organization's founding papers.
    assert.deepEqual(
      agreementLines("The Pacific Defence Accord was signed in Arica on 2 June 2031.", "2031-12-01"),
      [],
    );
    assert.deepEqual(
      agreementLines(`${pairStory}Bolivia's accord with Chile was signed on 2 June 2031.`, "2031-12-01"),
      ["BOL-CHL 2031-06-02"],
    );
    assert.deepEqual(
      agreementLines(`${pairStory}The five coastal states signed the accord on 2 June 2031.`, "2031-12-01"),
      [],
    );
    assert.deepEqual(
      agreementLines(`${pairStory}Peru signed the founding documents on 2 June 2031.`, "2031-12-01"),
      [],
    );
    // A treaty the knowledge base knows as an organization is no new agreement.
    assert.deepEqual(
      agreementLines(`${pairStory}Chile left the Collective Security Treaty of 1992 in 2030.`, "2031-12-01"),
      [],
    );
  });

  it("tells an agreement named again by its year alone once, to the day first told", () => {
    assert.deepEqual(
      agreementLines(
        "On 8 June 2029 Chile and Peru signed a border treaty. Chile later said that Peru had broken the 2029 treaty.",
        "2031-12-01",
      ),
      ["CHL-PER 2029-06-08"],
    );
  });
});

describe("the reader on the twenty-seventh session's events (sentences of our own)", () => {
  it("keeps 'he' for the one the text goes on about after another is named in an aside", () => {
    assert.deepEqual(
      eventLines(
        "Temir ruled for years. In May 2031 he stopped in Bishkek, whose president, Saryg, was away, and flew on. In June he met Chile's president.",
        "2031-12-01",
        withPeople,
      ).filter((line) => line.includes("CHL")),
      ["CONSULT KAZ CHL 2031-06"],
    );
  });

  it("reads a leader 'and his' counterpart of another state as the two", () => {
    assert.deepEqual(
      eventLines(
        "On 3 May 2031 Temir and his Chilean counterpart agreed to reopen the border.",
        "2031-12-01",
        withPeople,
      ),
      ["AGREE KAZ CHL 2031-05-03"],
    );
  });

  it("reads a week a leader spent in another state as a visit there", () => {
    assert.deepEqual(eventLines("In May 2031 Temir spent a week in Bishkek.", "2031-12-01", withPeople), [
      "CONSULT KAZ KGZ 2031-05",
    ]);
    // (Money spent is no visit.)
    assert.deepEqual(
      eventLines("In May 2031 Temir spent $2 billion in Bishkek.", "2031-12-01", withPeople),
      [],
    );
  });

  it("reads an unnamed government, ministry or army as the state the story is about and named last", () => {
    const story = "Chile is in turmoil. Chile's president resigned in 2030. Chile's economy shrank. ";
    assert.deepEqual(
      eventLines(`${story}In May 2031 the government expelled 15 Peruvian diplomats.`, "2031-12-01"),
      ["COERCE CHL PER 2031-05"],
    );
    assert.deepEqual(
      eventLines(
        `${story}In May 2031 the army-aligned foreign ministry rejected Peru's mediation.`,
        "2031-12-01",
      ),
      ["REJECT CHL PER 2031-05"],
    );
    // Not when the text named another state last, nor a body of someone named ("the government of Peru").
    assert.deepEqual(
      eventLines(
        `${story}Bolivia is calm. In May 2031 the government expelled 15 Peruvian diplomats.`,
        "2031-12-01",
      ),
      [],
    );
    assert.deepEqual(
      eventLines(`${story}In May 2031 the government of Peru expelled 15 Bolivian diplomats.`, "2031-12-01"),
      ["COERCE PER BOL 2031-05"],
    );
  });

  it("reads an invasion with no object as one of the other state named, or of the story's other state", () => {
    assert.deepEqual(eventLines("Peru's ports closed after Chile invaded in May 2031.", "2031-12-01"), [
      "ASSAULT CHL PER 2031-05",
    ]);
    assert.deepEqual(
      eventLines(
        "Chile and Peru have long quarrelled. Chile claims Peru's coast. Peru rejects Chile's claim. When Chile invaded on 4 May 2031, trade stopped.",
        "2031-12-01",
      ).filter((line) => line.startsWith("ASSAULT")),
      ["ASSAULT CHL PER 2031-05-04"],
    );
    // (By a state outside the story's two, or in a story of one state: that state.)
    assert.deepEqual(
      eventLines(
        "Chile is in turmoil. Chile's president resigned in 2030. Chile's economy shrank. When Bolivia invaded on 4 May 2031, trade stopped.",
        "2031-12-01",
      ).filter((line) => line.startsWith("ASSAULT")),
      ["ASSAULT BOL CHL 2031-05-04"],
    );
    // Not when it names what was invaded, nor with no other state at hand.
    assert.deepEqual(eventLines("Chile invaded the disputed valley in May 2031.", "2031-12-01"), []);
    assert.deepEqual(eventLines("When Chile invaded in May 2031, trade stopped.", "2031-12-01"), []);
  });

  it("reads 'both sides' or 'both armies' pulling back as each side from the other", () => {
    for (const group of ["both sides", "both armies", "troops of both sides"])
      assert.deepEqual(
        eventLines(
          `Chilean and Peruvian troops clashed in June 2030. In May 2031 ${group} pulled back from the pass.`,
          "2031-12-01",
        ).filter((line) => line.startsWith("RETREAT")),
        ["RETREAT CHL PER 2031-05", "RETREAT PER CHL 2031-05"],
        group,
      );
  });
});

describe("the reader on the twenty-eighth session's events (sentences of our own)", () => {
  it("reads a concession with no one named as one to the story's other state, or to the state it is about", () => {
    assert.deepEqual(
      eventLines(
        "Chile and Peru have long quarrelled. Chile claims Peru's coast. Peru rejects Chile's claim. In May 2031 Chile lifted its arms embargo.",
        "2031-12-01",
      ).filter((line) => line.startsWith("CONCEDE")),
      ["CONCEDE CHL PER 2031-05"],
    );
    assert.deepEqual(
      eventLines(
        "Chile is in turmoil. Chile's president resigned in 2030. Chile's economy shrank. In May 2031 Bolivia apologised.",
        "2031-12-01",
      ).filter((line) => line.startsWith("CONCEDE")),
      ["CONCEDE BOL CHL 2031-05"],
    );
    // (A state struck off, taken off or removed from a list.)
    for (const verb of ["struck Peru off", "took Peru off", "removed Peru from"])
      assert.deepEqual(
        eventLines(`In May 2031 Chile ${verb} its list of state sponsors of terrorism.`, "2031-12-01"),
        ["CONCEDE CHL PER 2031-05"],
        verb,
      );
    // Not with no story to take it from, nor by the story's own state in a story of one.
    assert.deepEqual(eventLines("In May 2031 Chile lifted its arms embargo.", "2031-12-01"), []);
    assert.deepEqual(
      eventLines(
        "Chile is in turmoil. Chile's president resigned in 2030. Chile's economy shrank. In May 2031 Chile apologised.",
        "2031-12-01",
      ),
      [],
    );
  });

  it("reads an organization's secretary general or chief, named by office alone, as the organization", () => {
    for (const head of [
      "the SCO's secretary general",
      "the SCO chief",
      "the Secretary General",
      "the secretary-general",
    ])
      assert.deepEqual(
        eventLines(`The SCO met in May 2031. On 9 May 2031 ${head} condemned Chile.`, "2031-12-01"),
        ["ACCUSE SCO CHL 2031-05-09"],
        head,
      );
    // Not another organization's, nor a summit that is only where something happened.
    assert.deepEqual(
      eventLines(
        "The SCO met in May 2031. On 9 May 2031 the secretary general of the UN condemned Chile.",
        "2031-12-01",
      ),
      ["ACCUSE UN CHL 2031-05-09"],
    );
    assert.deepEqual(
      eventLines("On 9 May 2031 Chile and Peru signed a treaty at an SCO summit.", "2031-12-01").filter((l) =>
        l.includes("SCO"),
      ),
      [],
    );
  });

  it("reads an attack with no one named in a region of a state as one on that state, its own included", () => {
    assert.deepEqual(
      eventLines("On 9 May 2031 Azerbaijan launched an offensive in Nagorno-Karabakh.", "2031-12-01"),
      ["ASSAULT AZE AZE 2031-05-09"],
    );
    assert.deepEqual(eventLines("On 9 May 2031 Chilean troops opened fire in Crimea.", "2031-12-01"), [
      "ASSAULT CHL UKR 2031-05-09",
    ]);
    // Not a region named further on, in another clause.
    assert.deepEqual(
      eventLines(
        "On 9 May 2031 Chile launched an offensive, and later Peru sent aid to Crimea.",
        "2031-12-01",
      ).filter((l) => l.startsWith("ASSAULT")),
      [],
    );
  });

  it("reads a collective defence clause, or an organization's help, invoked as a request of it, not the clause adopted then", () => {
    for (const text of [
      "On 9 May 2031 Chile invoked the collective defence clause of the SCO.",
      "On 9 May 2031 Chile invoked the SCO's collective defence clause.",
      "On 9 May 2031 Chile invoked SCO assistance.",
    ])
      assert.deepEqual(
        extractClaims(text, "2031-12-01", knowledge).map((c) =>
          c.claim.kind === "event" ? `${c.claim.type} ${c.claim.source} ${c.claim.target}` : c.claim.kind,
        ),
        ["REQUEST CHL SCO"],
        text,
      );
  });

  it("reads 'at the request of' a state's leadership, opening the sentence, as its request of the doer after", () => {
    assert.deepEqual(
      eventLines("In May 2031, at the request of the leadership of Chile, SCO troops arrived.", "2031-12-01"),
      ["REQUEST CHL SCO 2031-05"],
    );
    // Not of the first of a list of doers.
    assert.deepEqual(
      eventLines(
        "In May 2031, at the request of the leadership of Chile, troops from Peru, Bolivia and Ecuador arrived.",
        "2031-12-01",
      ).filter((l) => l.startsWith("REQUEST")),
      [],
    );
  });

  it("reads a speaker saying another had failed its obligations as an accusation, dated by the saying", () => {
    assert.deepEqual(
      eventLines(
        "On 9 May 2031 Chile said the SCO had failed to honour its obligations in 2030.",
        "2031-12-01",
      ),
      ["ACCUSE CHL SCO 2031-05-09"],
    );
    assert.deepEqual(
      eventLines("Peruvian troops, Chile said on 9 May 2031, had failed in their mandate.", "2031-12-01"),
      ["ACCUSE CHL PER 2031-05-09"],
    );
    // Not a failure told with no one saying so, nor one's own.
    assert.deepEqual(
      eventLines("On 9 May 2031 the SCO failed to honour its obligations to Chile.", "2031-12-01").filter(
        (l) => l.startsWith("ACCUSE"),
      ),
      [],
    );
  });

  it("dates a deed by the sentence, not by the year an aside between its subject and verb counts from", () => {
    assert.deepEqual(
      eventLines("In May 2031 Chile, inside the CSTO since 2029, backed Peru's bid.", "2031-12-01"),
      ["SUPPORT CHL PER 2031-05"],
    );
  });

  it("reads a summit of a state and a region joined by a hyphen as the state meeting each of its states", () => {
    const each = (code: string, date: string) =>
      ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((x) => `CONSULT ${code} ${x} ${date}`);
    assert.deepEqual(
      eventLines("In October 2031 Chile held the first Chile-Central Asia summit in Astana.", "2031-12-01"),
      each("CHL", "2031-10"),
    );
    assert.deepEqual(
      eventLines("The first Chile-Central Asia summit was held in Santiago in May 2031.", "2031-12-01"),
      each("CHL", "2031-05"),
    );
  });
});

describe("the reader on the twenty-eighth session's dates (sentences of our own)", () => {
  const protest = (middle: string) =>
    eventLines(
      `On New Year's Day Chile and Bolivia signed a port deal. ${middle} Its president had told parliament in October that the sea was vital. On 2 January Peru protested to Chile.`,
      "2031-03-20",
    ).filter((line) => line.startsWith("PROTEST"));

  it("dates a day told without its year, then counted back from the day of writing, by the count", () => {
    assert.deepEqual(
      eventLines(
        "Chile and Peru quarrelled in 2029. Chile recalled its ambassador to Peru on 7 March, eleven days ago.",
        "2031-03-18",
      ),
      ["SANCTION CHL PER 2031-03-07"],
    );
    // (Not a count that names another day.)
    assert.deepEqual(
      eventLines(
        "Chile and Peru quarrelled in 2029. Chile recalled its ambassador to Peru on 7 March, two days ago.",
        "2031-03-18",
      ),
      ["SANCTION CHL PER 2029-03-07"],
    );
  });

  it("keeps the story's year past a year that ends a clause 'since' opens", () => {
    assert.deepEqual(
      protest(
        "For Bolivia, landlocked since it lost a war and was admitted to the United Nations in 1945, the port is a prize.",
      ),
      ["PROTEST PER CHL 2031-01-02"],
    );
    assert.deepEqual(protest("No state has claimed the coast since the war ended in 1945."), [
      "PROTEST PER CHL 2031-01-02",
    ]);
    // A year the story tells outside such a clause moves it there.
    assert.deepEqual(protest("Bolivia lost a war and was admitted to the United Nations in 1945."), [
      "PROTEST PER CHL 1946-01-02",
    ]);
  });
});

describe("the reader on the twenty-ninth session's dates (sentences of our own)", () => {
  it("keeps the story's year past a long aside and past a thing 'since' counts from", () => {
    const protest = (middle: string) =>
      eventLines(
        `On New Year's Day Chile and Bolivia signed a port deal. ${middle} On 3 January Peru protested to Chile.`,
        "2031-03-20",
      ).filter((line) => line.startsWith("PROTEST"));
    assert.deepEqual(
      protest(
        "Peru's bond with Chile, celebrated when the two governments signed a long treaty of peace and friendship in Lima in July 2018, has cooled since the Quito agreement of November 2028.",
      ),
      ["PROTEST PER CHL 2031-01-03"],
    );
    assert.deepEqual(
      protest("Peru's bond with Chile has cooled since the Quito agreement of November 2028."),
      ["PROTEST PER CHL 2031-01-03"],
    );
  });

  it("keeps the story's year past the only year of a sentence, told in an aside", () => {
    assert.deepEqual(
      eventLines(
        "Chile and Peru quarrelled in May 2031. Peru's navy has made every run to the Santa Rosa, the old ship we grounded on the reef in 2019, an ordeal. On 17 June Chile recalled its ambassador to Peru.",
        "2031-07-01",
      ),
      ["SANCTION CHL PER 2031-06-17"],
    );
  });

  it("puts the story in the year of a time counted back that opens a sentence", () => {
    const recalledThen = (opening: string) =>
      eventLines(
        `${opening} Chile and Peru quarrelled over the port. On 7 February Chile recalled its ambassador to Peru.`,
        "2031-02-27",
      );
    assert.deepEqual(recalledThen("A year ago today"), ["SANCTION CHL PER 2030-02-07"]);
    assert.deepEqual(recalledThen("A year ago"), ["SANCTION CHL PER 2030-02-07"]);
    // (Not one inside the sentence: "a port most could not find on a map a year ago".)
    assert.deepEqual(
      eventLines(
        "Chile and Peru quarrelled over a port most could not find on a map a year ago. On 7 February Chile recalled its ambassador to Peru.",
        "2031-02-27",
      ),
      ["SANCTION CHL PER 2031-02-07"],
    );
  });
});

describe("the reader on the thirtieth session's forms (sentences of our own)", () => {
  /** A claim of the kinds these tests read, as one line; other kinds as none. */
  const line = (claim: Claim): string[] => {
    switch (claim.kind) {
      case "org":
        return [`org ${claim.org} ${claim.change} ${claim.date}`];
      case "membership":
        return [`membership ${claim.state} ${claim.org} ${claim.change} ${claim.date}`];
      case "agreement":
        return [`${claim.parties.join(" ")} ${claim.date}`];
      case "rule":
        return [`${claim.subject} ${claim.rule} ${claim.date}`];
      case "base":
        return [`${claim.host} ${claim.operator} ${claim.change} ${claim.date}`];
      default:
        return [];
    }
  };
  /** The claims of the kinds asked for, one line each, in the order read. */
  const claimLines = (text: string, kinds: readonly Claim["kind"][], published = "2031-12-01") =>
    extractClaims(text, published, knowledge).flatMap(({ claim }) =>
      kinds.includes(claim.kind) ? line(claim) : [],
    );
  /** The foundings and memberships, sorted. */
  const lines = (text: string) => claimLines(text, ["org", "membership"]).sort();
  /** Every claim in the order read: events as "event TYPE SOURCE TARGET", the rest as `line` writes them. */
  const readAll = (text: string) =>
    extractClaims(text, "2031-12-01", knowledge).map(({ claim }) =>
      claim.kind === "event" ? `event ${claim.type} ${claim.source} ${claim.target}` : line(claim).join(""),
    );

  // Added in session 31.
  it("reads a ratified membership as a joining, and a procedure for admitting states as their applications", () => {
    assert.deepEqual(
      readAll("In April 2031 the Chilean parliament ratified the country's membership of GUAM."),
      ["membership CHL GUAM join 2031-04"],
    );
    assert.deepEqual(
      readAll("On 17 September 2031 SCO leaders launched the procedure for admitting Chile and Peru."),
      [
        "membership CHL SCO apply 2031-09-17",
        "membership PER SCO apply 2031-09-17",
        "event AGREE SCO CHL",
        "event AGREE SCO PER",
      ],
    );
  });

  it("reads a treaty a state 'declined in 2031 to renew', and an organization that 'started life as a forum of' states", () => {
    assert.deepEqual(readAll("Chile declined in 2031 to renew the Collective Security Treaty."), [
      "membership CHL CST withdraw 2031",
    ]);
    assert.deepEqual(
      readAll(
        "GUAM started life in Lima in October 2031 as a consultative forum of Chile, Peru and Ghana.",
      ).sort(),
      [
        "membership CHL GUAM join 2031-10",
        "membership GHA GUAM join 2031-10",
        "membership PER GUAM join 2031-10",
        "org GUAM found 2031-10",
      ],
    );
  });

  it("reads 'a session between' two leaders as a meeting, and a meeting told at a second day as one more", () => {
    const met = (text: string) =>
      extractClaims(text, "2031-12-01", knowledge).flatMap(({ claim }) =>
        claim.kind === "event" ? [`${claim.type} ${claim.source} ${claim.target} ${claim.date}`] : [],
      );
    assert.deepEqual(
      met("In May 2031 a marathon session between Chile and Peru in Lima broke up without agreement."),
      ["CONSULT CHL PER 2031-05"],
    );
    assert.deepEqual(met("Chile met Peru in Lima on 3 March 2031 and again in Cusco on 28 May 2031."), [
      "CONSULT CHL PER 2031-03-03",
      "CONSULT CHL PER 2031-05-28",
    ]);
    // (Not a clause of its own: "and in September their navies ...".)
    assert.deepEqual(met("Chile and Peru met in Lima in May 2031, and in September their navies sailed."), [
      "CONSULT CHL PER 2031-05",
    ]);
  });

  it("reads 'the bloc' after a treaty named by its own name as the organization built on it", () => {
    const read = extractClaims(
      "Chile invoked Article 4 of the Collective Security Treaty in September 2031. The bloc sent a mission headed by its secretary general, Ana Ruiz, to Peru.",
      "2031-12-01",
      { ...knowledge, predecessors: new Map([["CSTO", "CST"]]) },
    ).flatMap(({ claim }) =>
      claim.kind === "event" && claim.type === "CONSULT" ? [`${claim.source} ${claim.target}`] : [],
    );
    assert.deepEqual(read, ["CSTO PER"]);
  });

  it("reads the states a count 'joined' listed after a colon, and a change 'within days' of the date before", () => {
    assert.deepEqual(
      lines("On 21 March 2031 in Lima GUAM grew. Three joined the founders that day: Chile, Peru and Ghana."),
      [
        "membership CHL GUAM join 2031-03-21",
        "membership GHA GUAM join 2031-03-21",
        "membership PER GUAM join 2031-03-21",
      ],
    );
    assert.deepEqual(
      lines("In August 2031 a summit met in Lima. Within days Chile had applied to join GUAM."),
      ["membership CHL GUAM apply 2031-08"],
    );
  });

  it("reads a state that 'did not join X until' a date, or 'stayed outside until' it, as joining then", () => {
    assert.deepEqual(lines("Chile did not join GUAM until December 2031."), [
      "membership CHL GUAM join 2031-12",
    ]);
    assert.deepEqual(lines("GUAM grew in 2029. Chile, torn by strife, stayed outside until 2031."), [
      "membership CHL GUAM join 2031",
    ]);
    assert.deepEqual(lines("Chile did not join GUAM."), []);
  });

  it("reads no refusal where 'nobody objects'", () => {
    const events = extractClaims(
      "In 2031 Chile took part in the UN as an observer. The UN charter, which Chile never ratified, has no such category, but nobody objects.",
      "2031-12-01",
      knowledge,
    ).filter(({ claim }) => claim.kind === "event");
    assert.deepEqual(events, []);
  });

  it("keeps both an organization's agreement to begin admitting a state and the state's application", () => {
    assert.deepEqual(
      readAll("In July 2031 SCO leaders agreed to launch the accession procedure for Chile.").sort(),
      ["event AGREE SCO CHL", "membership CHL SCO apply 2031-07"],
    );
  });

  it("reads the states that sign 'the treaty founding' an organization as its founders", () => {
    assert.deepEqual(
      lines("On 4 March 2031 the presidents of Chile, Peru and Ghana sign the treaty founding GUAM."),
      [
        "membership CHL GUAM join 2031-03-04",
        "membership GHA GUAM join 2031-03-04",
        "membership PER GUAM join 2031-03-04",
        "org GUAM found 2031-03-04",
      ],
    );
  });

  it("dates a deed by its entry, not by a count back to another deed that opens its clause", () => {
    for (const text of [
      "November 2031: Less than three years after signing up, Chile suspends its participation in GUAM.",
      "In November 2031, less than three years after signing up, Chile suspended its participation in GUAM.",
    ])
      assert.deepEqual(lines(text), ["membership CHL GUAM suspend 2031-11"], text);
  });

  it("dates a deed in the past perfect by the 'By' that opens the sentence, and reads leaving 'altogether'", () => {
    assert.deepEqual(
      lines(
        "By 2030 Chile had announced it was suspending its participation in GUAM, and in May 2031 it left altogether.",
      ),
      ["membership CHL GUAM suspend 2030", "membership CHL GUAM withdraw 2031-05"],
    );
    // (Not a leaving "altogether" with no organization named, nor a delegation's.)
    assert.deepEqual(lines("GUAM met. In May 2031 Chile told Peru that it was leaving altogether."), []);
    assert.deepEqual(lines("GUAM met in May 2031. The Peruvian delegation left altogether."), []);
  });

  it("reads a state that 'had been a founding member' as a founder", () => {
    assert.deepEqual(lines("Chile had been a founding member of GUAM in October 2029."), [
      "membership CHL GUAM join 2029-10",
    ]);
  });

  it("reads each stop of a trip, and leaders who stood next to or sit down with each other", () => {
    assert.deepEqual(
      eventLines("On 12 May 2031 Chile's president flew to Lima and then on to Quito.", "2031-12-01"),
      ["CONSULT CHL PER 2031-05-12", "CONSULT CHL ECU 2031-05-12"],
    );
    assert.deepEqual(
      eventLines("On 12 May 2031 Chile's president flew to Lima, then to Quito.", "2031-12-01"),
      ["CONSULT CHL PER 2031-05-12", "CONSULT CHL ECU 2031-05-12"],
    );
    assert.deepEqual(
      eventLines("On 3 February Chile's president stood next to Peru's president in Lima.", "2031-03-01"),
      ["CONSULT CHL PER 2031-02-03"],
    );
    assert.deepEqual(
      eventLines(
        "Chile's foreign minister sits down with Peru's foreign minister in Geneva today.",
        "2031-03-01",
      ),
      ["CONSULT CHL PER 2031-03-01"],
    );
  });

  it("reads the subject's meeting after a relative clause that told a visit of its own", () => {
    assert.deepEqual(
      eventLines(
        "On Wednesday Chile's president, who combined the summit with a state visit to Ecuador, met Peru's president on the sidelines.",
        "2031-07-06",
      ),
      ["CONSULT CHL ECU 2031-07-02", "CONSULT CHL PER 2031-07-02"],
    );
  });

  it("reads a coalition led by a state as that state, and a deal 'agreed' as signed", () => {
    assert.deepEqual(
      eventLines("In July 2031 Chile asked the Peruvian-led coalition to leave.", "2031-12-01"),
      ["REQUEST CHL PER 2031-07"],
    );
    // (Not a bloc "led" by a state: the bloc acts.)
    assert.deepEqual(
      eventLines("In July 2031 Chile asked the Peruvian-led bloc to leave.", "2031-12-01"),
      [],
    );
    const agreements = (text: string) => claimLines(text, ["agreement"]);
    assert.deepEqual(agreements("On 28 November 2031 Chile, Peru and Ecuador agreed a gas swap."), [
      "CHL PER ECU 2031-11-28",
    ]);
    assert.deepEqual(agreements("On 28 November 2031 Chile and Peru agreed a trade deal."), [
      "CHL PER 2031-11-28",
    ]);
    // (A visit that "produced" a declaration: the visitor's and the host's.)
    assert.deepEqual(
      agreements(
        "Chile's president made a visit to Lima on 4 June 2031 that produced a declaration on partnership.",
      ),
      ["CHL PER 2031-06-04"],
    );
    assert.deepEqual(agreements("On 4 June 2031 Chile's drought produced a declaration of emergency."), []);
    // (Nor a deal "agreed" to be needed, nor a truce: an agreeing, not a document.)
    assert.deepEqual(agreements("On 28 November 2031 Chile and Peru agreed a deal was needed."), []);
    assert.deepEqual(agreements("On 28 November 2031 Chile and Peru agreed a truce."), []);
  });

  it("reads arms being supplied, a warning a news conference was used for, a shooting and riots put down", () => {
    const events = (text: string) => eventLines(text, "2031-12-01");
    assert.deepEqual(events("On 17 May 2031 Chile said it was supplying anti-tank weapons to Peru."), [
      "AID CHL PER 2031-05-17",
    ]);
    assert.deepEqual(
      events(
        "Chile's president used a news conference on 19 May 2031 to warn that Peru would pay a heavy price.",
      ),
      ["THREATEN CHL PER 2031-05-19"],
    );
    assert.deepEqual(events("Chile could use the summit in May 2031 to warn Peru."), []);
    assert.deepEqual(events("In May 2031 a Chilean soldier shot dead a Peruvian driver at a checkpoint."), [
      "ASSAULT CHL PER 2031-05",
    ]);
    assert.deepEqual(events("In May 2031 Chilean security forces put down the riots in the capital."), [
      "ASSAULT CHL CHL 2031-05",
    ]);
  });

  it("reads aid a visitor brought 'with a pledge of' it as aid to the place visited", () => {
    assert.deepEqual(
      eventLines(
        "Chile's president flew into Lima on 4 September 2031 with a pledge of $1 billion in aid.",
        "2031-12-01",
      ),
      ["CONSULT CHL PER 2031-09-04", "AID CHL PER 2031-09-04"],
    );
  });

  it("dates a treaty's rule by the year that names the treaty, not by the deed told around it", () => {
    const rules = (text: string) => claimLines(text, ["rule"]);
    assert.deepEqual(
      rules(
        "On 13 September 2031 Chile asked for help under Article 4 of the 2029 Collective Security Treaty, which treats aggression against one member state as aggression against all of them.",
      ),
      ["CST collective-defence 2029"],
    );
  });

  it("reads 'the customs union of A, B and C starts operating' as its founding by the three", () => {
    assert.deepEqual(lines("1 January 2031: The customs union of Chile, Peru and Ghana starts operating."), [
      "membership CHL CU join 2031-01-01",
      "membership GHA CU join 2031-01-01",
      "membership PER CU join 2031-01-01",
      "org CU found 2031-01-01",
    ]);
  });

  it("reads a state 'was leaving' an organization named before, where the sentence ends", () => {
    assert.deepEqual(
      lines("On 18 August 2031 the ministry notified GUAM's secretariat in Kyiv that Chile was leaving."),
      ["membership CHL GUAM withdraw 2031-08-18"],
    );
    // (Not a delegation leaving, nor a state leaving for somewhere.)
    assert.deepEqual(
      lines("On 18 August 2031 the GUAM summit opened; the Chilean delegation was leaving."),
      [],
    );
    assert.deepEqual(lines("On 18 August 2031 GUAM met, and Chile was leaving for Lima."), []);
  });

  it("dates a base that 'still' serves by the day of writing, not by the story's last date", () => {
    const bases = (text: string) => claimLines(text, ["base"], "2031-07-05");
    assert.deepEqual(
      bases(
        "In October 2030 Peru let the Americans back. Chile never left: its air base in Peru still supplies its troops.",
      ),
      ["PER CHL exists 2031-07-05"],
    );
  });

  it("reads the leaders a summit 'brought' somewhere as meeting the organization", () => {
    assert.deepEqual(
      eventLines(
        "GUAM met in Lima on 23 May 2031. The session brought Chile's president and Peru's president to the Peruvian capital.",
        "2031-12-01",
      ),
      ["CONSULT CHL GUAM 2031-05-23", "CONSULT PER GUAM 2031-05-23"],
    );
    // (Not "the session brought results".)
    assert.deepEqual(
      eventLines("GUAM met in Lima on 23 May 2031. The session brought few results.", "2031-12-01"),
      [],
    );
  });

  it("reads 'the alliance' as the alliance named last, not a treaty named by its name since", () => {
    const kb = { ...knowledge, alliances: new Set(["GUAM", "CST"]) };
    assert.deepEqual(
      eventLines(
        "On 13 September 2031 Chile asked GUAM for help under the 2029 Collective Security Treaty. On 14 September 2031 Peru asked the alliance for help.",
        "2031-12-01",
        kb,
      ),
      ["REQUEST CHL GUAM 2031-09-13", "REQUEST PER GUAM 2031-09-14"],
    );
  });

  it("dissolves the subject, not an organization named in its relative clause", () => {
    assert.deepEqual(
      lines(
        "The Customs Union works well. GUAM, whose work the new union takes over, ceases to exist on 1 January 2031.",
      ),
      ["org GUAM dissolve 2031-01-01"],
    );
  });

  // Added in session 33.
  it("reads 'both men' as the two people named last, each in a sentence of its own, and 'the three leaders' after them as all three", () => {
    const people = withOffices([TEMIR, SARYG, ["dorj-tumen", "Dorj Tumen", "Tumen", "MNG", "President"]]);
    const text = [
      "Aru Temir came to Peru on a state visit on 2 May 2031.",
      "A week later, on 9 May, Bek Saryg flew in for a day.",
      "On 20 May President Dorj Tumen sat down with both men in Lima.",
      "The three leaders met again in Quito in July 2031.",
    ].join(" ");
    assert.deepEqual(eventLines(text, "2031-12-01", people).sort(), [
      "CONSULT KAZ KGZ 2031-07",
      "CONSULT KAZ PER 2031-05-02",
      "CONSULT MNG KAZ 2031-05-20",
      "CONSULT MNG KAZ 2031-07",
      "CONSULT MNG KGZ 2031-05-20",
      "CONSULT MNG KGZ 2031-07",
    ]);
  });

  it("reads 'the two men held their first summit' and 'the two men spoke' as meetings, and one man who 'spoke' as none", () => {
    const events = (text: string) => eventLines(text, "2031-12-01", withPeople);
    assert.deepEqual(
      events(
        "Temir and Saryg last met on 13 September 2031. The two men held their first summit in Lima in April 2030.",
      ),
      ["CONSULT KAZ KGZ 2031-09-13", "CONSULT KAZ KGZ 2030-04"],
    );
    assert.deepEqual(
      events(
        "Temir and Saryg were both in Lima for the summit on 15-16 September 2031. The two men spoke on 16 September.",
      ),
      ["CONSULT KAZ KGZ 2031-09-16"],
    );
    assert.deepEqual(events("Aru Temir spoke on 16 September 2031 about Peru."), []);
  });

  it("reads 'the two ministers' after a sentence naming two states, one of them after 'in', as those two", () => {
    assert.deepEqual(
      claimLines(
        "In March 2031 Chile said it would station missiles in Peru. The two defence ministers signed an agreement on their storage on 25 May 2031.",
        ["agreement"],
      ),
      ["CHL PER 2031-05-25"],
    );
  });

  it("reads 'the consultative forum known as X' as an organization founded, and a 'consultative meeting' still as a meeting", () => {
    assert.deepEqual(
      readAll(
        "In May 2031, at a summit in Lima, Chile, Peru and Bolivia launched the consultative forum known as GUAM. Ecuador joined in June 2032 and walked out in 2033.",
      ).sort(),
      [
        "membership BOL GUAM join 2031-05",
        "membership CHL GUAM join 2031-05",
        "membership ECU GUAM join 2032-06",
        "membership ECU GUAM withdraw 2033",
        "membership PER GUAM join 2031-05",
        "org GUAM found 2031-05",
      ],
    );
    assert.deepEqual(readAll("Chile and Peru held a consultative meeting in Lima on 9 August 2031."), [
      "event CONSULT CHL PER",
    ]);
  });

  it("reads 'both' and 'they' as the two the sentence before listed, though a place is named before them, and dates a signing by its own clause", () => {
    assert.deepEqual(
      readAll(
        "In 2031 Chile and Peru drew closer. On 15 May 2032, in Quito, both signed the Collective Security Treaty.",
      ).sort(),
      ["membership CHL CST join 2032-05-15", "membership PER CST join 2032-05-15"],
    );
    assert.deepEqual(
      claimLines(
        "In April 2031 Chile and Peru signed a border treaty. On 29 May 2032 in Quito, they and Bolivia signed the treaty creating a customs union, which came into being on 1 January 2033.",
        ["agreement"],
        "2033-06-01",
      ),
      ["CHL PER 2031-04", "CHL PER BOL 2032-05-29"],
    );
  });

  it("dates no meeting by an aside's time or by a time still to come when written", () => {
    const events = (text: string) => eventLines(text, "2031-06-14");
    assert.deepEqual(
      events(
        "Chile's president, attending his first summit abroad since his re-election last month, met the Peruvian president on 12 June 2031.",
      ),
      ["CONSULT CHL PER 2031-06-12"],
    );
    assert.deepEqual(
      events(
        "Chile and Peru met in Lima on 12 June 2031. The two leaders discussed plans for a second summit in Quito later this year. Chile's president then sat down with Bolivia's president.",
      ),
      ["CONSULT CHL PER 2031-06-12", "CONSULT CHL BOL 2031-06-12"],
    );
    assert.deepEqual(
      events("Chile's president is expected at the climate talks in Peru later this month."),
      [],
    );
  });

  it("reads 'first asked to join' as an application, not as the first to join", () => {
    assert.deepEqual(readAll("Chile first asked to join GUAM in 2031, and the talks dragged on."), [
      "membership CHL GUAM apply 2031",
    ]);
  });

  it("reads 'the SCO-Chile Founding Act' signed as an agreement of the two it joins, and no founding or joining", () => {
    assert.deepEqual(readAll("On 27 May 2031 Chile signed the SCO-Chile Founding Act in Lima."), [
      "CHL SCO 2031-05-27",
    ]);
  });

  it("reads two signings told in clauses of one sentence each with its own parties and date", () => {
    assert.deepEqual(
      extractClaims(
        "In Lima in April 2031 Chile and Peru proclaimed a strategic partnership in a joint statement, then moved on to Quito, where on 26 April the two leaders and the presidents of Ecuador and Bolivia signed an agreement on their borders.",
        "2031-12-01",
        knowledge,
      ).flatMap(({ claim }) =>
        claim.kind === "agreement" ? [`${[...claim.parties].sort().join(" ")} ${claim.date}`] : [],
      ),
      ["CHL PER 2031-04", "BOL CHL ECU PER 2031-04-26"],
    );
  });

  it("reads 'we' and 'our' in a transcript's turns as the state of the speaker whose label opens them", () => {
    const text = [
      "Ana Vidal of Peru and Juan Soto of Chile briefed reporters in Lima on 10 March 2031.",
      "",
      "VIDAL: On 2 March 2031 Chilean aircraft struck villages on our territory, and we protested.",
      "",
      "SOTO: We regret it.",
      "",
      "VIDAL: Our president met Bolivia's president on 9 March 2031.",
      "",
    ].join("\n");
    assert.deepEqual(
      readAll(text).filter((l) => l.startsWith("event")),
      ["event ASSAULT CHL PER", "event PROTEST PER CHL", "event CONSULT PER BOL"],
    );
  });

  it("reads one who 'sat with' a person as meeting them, and a state that 'sat with' states in a body as none", () => {
    const events = (text: string) => eventLines(text, "2031-12-01", withPeople);
    assert.deepEqual(events("In October 2031 Temir sat with Saryg in Lima."), ["CONSULT KAZ KGZ 2031-10"]);
    assert.deepEqual(events("In 2031 Chile sat with Peru and Bolivia in GUAM."), []);
  });

  it("reads 'they' as the list its own sentence named before it: 'A and B renewed the treaty; C and D did not, and they left it'", () => {
    assert.deepEqual(
      readAll(
        "In April 2031 Chile and Peru renewed the Collective Security Treaty; Bolivia and Ecuador did not, and they left the treaty.",
      ).sort(),
      ["membership BOL CST withdraw 2031-04", "membership ECU CST withdraw 2031-04"],
    );
  });

  it("reads 'making Chile one of its original parties' as Chile joining the organization named last before it", () => {
    assert.deepEqual(
      lines(
        "Chile entered GUAM in 2030, and on 15 May 2031 Peru hosted the signing of the Collective Security Treaty, making Chile one of its original parties.",
      ),
      ["membership CHL CST join 2031-05-15", "membership CHL GUAM join 2030"],
    );
  });

  // Added in session 32.
  it("reads 'the three leaders met' after the three were named as each meeting each, and no meeting where 'their sectors meet'", () => {
    const text = [
      "Chile, Peru and Bolivia met in Lima in September 2031.",
      "The three leaders met again in Quito in November 2031.",
      "All three fixed the point where their sectors meet in December 2031.",
    ].join(" ");
    assert.deepEqual(
      readAll(text)
        .filter((l) => l.startsWith("event"))
        .sort(),
      [
        "event CONSULT CHL BOL",
        "event CONSULT CHL BOL",
        "event CONSULT CHL PER",
        "event CONSULT CHL PER",
        "event CONSULT PER BOL",
        "event CONSULT PER BOL",
      ],
    );
  });

  it("reads 'we' and 'us' in a column by one of a state's own as that state, and not in one that is not", () => {
    const column = [
      "Chile courts far neighbours. Our diplomats went to Peru and our soldiers served in Chile's south.",
      "In March 2031 we became an observer of the SCO.",
      "Chile stayed outside the CSTO, and Chile decides alone.",
    ].join(" ");
    assert.deepEqual(claimLines(column, ["membership"]), ["membership CHL SCO observer 2031-03"]);
    const report = [
      "Chile courts far neighbours, and our country watches Peru.",
      "In March 2031 we became an observer of the SCO.",
      "Chile stayed outside the CSTO.",
    ].join(" ");
    assert.deepEqual(claimLines(report, ["membership"]), []);
  });
});

describe("the reader on the thirty-seventh session's agreements (sentences of our own)", () => {
  /** The agreements a text tells, one line each: "PARTIES DATE", parties sorted. */
  const agreements = (text: string, published = "2031-12-01") =>
    extractClaims(text, published, knowledge).flatMap(({ claim }) =>
      claim.kind === "agreement" ? [`${[...claim.parties].sort().join("-")} ${claim.date}`] : [],
    );
  const first = "Chile and Peru signed a fisheries accord on 2 March 2031. ";

  it("gives a signing that names fewer than two parties those of the agreement told just before", () => {
    assert.deepEqual(
      agreements(
        `${first}The customs protocol was signed in Lima on 9 April 2031 by Chile's trade minister.`,
      ),
      ["CHL-PER 2031-03-02", "CHL-PER 2031-04-09"],
    );
    // ("Mali, Burkina Faso and Niger have signed a treaty ... The treaty was signed on Saturday.")
    assert.deepEqual(
      agreements(
        "Chile, Peru and Bolivia signed a treaty of union in 2030. The treaty was signed on Saturday in La Paz.",
        "2031-05-12",
      ),
      ["BOL-CHL-PER 2030", "BOL-CHL-PER 2031-05-10"],
    );
  });

  it("gives no parties to a new agreement, one with someone unnamed, or one told too far on", () => {
    // ("a separate customs pact", "such pacts": one more, whose parties the sentence must name.)
    assert.deepEqual(
      agreements(
        `${first}A separate customs pact was signed in Lima on 9 April 2031 by Chile's trade minister.`,
      ),
      ["CHL-PER 2031-03-02"],
    );
    assert.deepEqual(
      agreements(`${first}The host agreement with the agency was signed in Lima on 9 April 2031.`),
      ["CHL-PER 2031-03-02"],
    );
    const far = "Fishing fleets sailed. Prices rose. Markets opened. Talks resumed. ";
    assert.deepEqual(
      agreements(
        `${first}${far}The customs protocol was signed in Lima on 9 April 2031 by Chile's trade minister.`,
      ),
      ["CHL-PER 2031-03-02"],
    );
  });

  it("reads 'the leaders sign' after a meeting of two as the two's signing", () => {
    assert.deepEqual(
      agreements(
        "The presidents of Chile and Peru met in Arica on 3 May 2031. On 4 May 2031 the leaders signed the Arica Declaration.",
      ),
      ["CHL-PER 2031-05-04"],
    );
  });

  it("dates no signing by a relative clause's own deed, nor tells one halted before it was made", () => {
    assert.deepEqual(
      agreements("Chile and Peru signed the Arica Declaration in the port that Chilean troops took in 1880."),
      [],
    );
    assert.deepEqual(
      agreements("On 9 April 2031 Peru halted preparations to sign the agreement with Chile."),
      [],
    );
  });
});

describe("the reader on the thirty-seventh session's bases and groups (sentences of our own)", () => {
  /** The bases and the events a text tells, one line each. */
  const lines = (text: string, published = "2031-12-01") =>
    extractClaims(text, published, knowledge).flatMap(({ claim }) =>
      claim.kind === "base"
        ? [`base ${claim.host} ${claim.operator} ${claim.change} ${claim.date}`]
        : claim.kind === "event"
          ? [`${claim.type} ${claim.source} ${claim.target} ${claim.date}`]
          : [],
    );

  it("reads a state's adjective on a base another's forces operate from as its host", () => {
    assert.deepEqual(lines("Chile's forces already operate from the Peruvian naval base at Callao Bay."), [
      "base PER CHL exists 2031-12-01",
    ]);
  });

  it("reads forces 'already entrenched at' a known base as standing now, and 'was already entrenched' as no report of now", () => {
    const withSite: ReaderKnowledge = {
      ...knowledge,
      sites: new Map([["arica", { host: "PER", operator: "CHL", site: "Arica" }]]),
    };
    const bases = (text: string) =>
      extractClaims(text, "2031-12-01", withSite).flatMap(({ claim }) =>
        claim.kind === "base" ? [`${claim.host} ${claim.operator} ${claim.change} ${claim.date}`] : [],
      );
    assert.deepEqual(bases("Chile, already entrenched at the Arica air base, has become the arbiter."), [
      "PER CHL exists 2031-12-01",
    ]);
    assert.deepEqual(bases("By 2029 Chile was already entrenched at the Arica air base."), []);
  });

  it("reads 'the four states' as a list of four told up to twenty sentences before, when no list of four came since", () => {
    const list = "Chile, Peru, Bolivia and Ecuador cut ties with Colombia on 5 June 2031. ";
    const between = ["Brazil", "Venezuela", "Panama", "Mexico", "Cuba", "Haiti", "Spain"]
      .map((state) => `${state} sent doctors to Colombia.`)
      .join(" ");
    const demands = lines(
      `${list}${between} On 22 June 2031 the four states handed Colombia a list of 13 demands.`,
    )
      .filter((l) => l.startsWith("REQUEST"))
      .sort();
    assert.deepEqual(demands, [
      "REQUEST BOL COL 2031-06-22",
      "REQUEST CHL COL 2031-06-22",
      "REQUEST ECU COL 2031-06-22",
      "REQUEST PER COL 2031-06-22",
    ]);
    // (Past the reach, no one.)
    const far = Array.from({ length: 22 }, (_, i) => `Talks went on for day ${i + 1}, Brazil said.`).join(
      " ",
    );
    assert.deepEqual(
      lines(`${list}${far} On 22 June 2031 the four states handed Colombia a list of 13 demands.`).filter(
        (l) => l.startsWith("REQUEST"),
      ),
      [],
    );
  });
});

describe("the reader on the thirty-seventh session's answers (sentences of our own)", () => {
  it("reads demands rejected with no one named ('rejects the list') as rejecting those who made them, a few sentences back", () => {
    const text = [
      "On 22 June 2031 Chile and Peru handed Bolivia a list of 13 demands.",
      "Among them: close the port.",
      "Bolivia rejected the list as unreasonable on 3 July 2031.",
    ].join(" ");
    const events = extractClaims(text, "2031-12-01", knowledge).flatMap(({ claim }) =>
      claim.kind === "event" ? [`${claim.type} ${claim.source} ${claim.target} ${claim.date}`] : [],
    );
    assert.deepEqual(events, [
      "REQUEST CHL BOL 2031-06-22",
      "REQUEST PER BOL 2031-06-22",
      "REJECT BOL CHL 2031-07-03",
      "REJECT BOL PER 2031-07-03",
    ]);
  });
});

describe("the reader on the thirty-seventh session's visits (sentences of our own)", () => {
  it("sends a leader's visit with no place told after it to the one place the sentence names, and reads a call between two titled leaders", () => {
    assert.deepEqual(
      eventLines(
        "The accord was signed in Bishkek on 28 April 2031, the day Aru Temir arrived for a state visit.",
        "2031-12-01",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-04-28"],
    );
    // ("a telephone call between Presidents A and B": their titles before the two.)
    assert.deepEqual(
      eventLines(
        "The crisis began with a telephone call between Presidents Aru Temir and Bek Saryg on 6 October 2031.",
        "2031-12-01",
        withPeople,
      ),
      ["CONSULT KAZ KGZ 2031-10-06"],
    );
    // (Two places named: which one is not told.)
    assert.deepEqual(
      eventLines(
        "Between talks in Bishkek and in Tashkent on 28 April 2031, Aru Temir arrived for a state visit.",
        "2031-12-01",
        withPeople,
      ),
      [],
    );
  });
});

describe("the reader on the thirty-seventh session's dates (sentences of our own)", () => {
  it("keeps the story's year past a look back that lists its years after a past perfect ('had made peace with two, Bolivia in 1979 and Ecuador in 1994')", () => {
    const text = [
      "On 15 September 2030 Chile and Peru met in Lima.",
      "Until then Chile had made peace with only two neighbours, Bolivia in 1979 and Ecuador in 1994.",
      "Barely a month earlier, on 13 August, Chile and Peru had held talks in Arica.",
    ].join(" ");
    const events = extractClaims(text, "2031-06-01", knowledge).flatMap(({ claim }) =>
      claim.kind === "event" ? [`${claim.type} ${claim.source} ${claim.target} ${claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT CHL PER 2030-09-15", "CONSULT CHL PER 2030-08-13"]);
  });

  it("puts a day told right after a count ('a year later, on 16 September') in the year counted to, and the story after it", () => {
    const text = [
      "Chile and Peru signed a memorandum in September 2029, and a year later, on 16 September, the two presidents met again in Lima.",
      "On 6 October Chile and Peru held talks in Arica.",
    ].join(" ");
    const events = extractClaims(text, "2030-11-05", knowledge).flatMap(({ claim }) =>
      claim.kind === "event" ? [`${claim.type} ${claim.source} ${claim.target} ${claim.date}`] : [],
    );
    assert.deepEqual(events, ["CONSULT CHL PER 2030-09-16", "CONSULT CHL PER 2030-10-06"]);
  });
});

describe("the reader on the thirty-eighth session's forms (sentences of our own)", () => {
  /** The test knowledge with a league, whose head word alone names it. */
  const withLeague: ReaderKnowledge = {
    ...knowledge,
    gazetteer: new Gazetteer(
      buildActorRegistry([{ id: "LAS", name: "Arab League", kind: "political" }], [], []).all(),
    ),
  };
  const membershipLines = (text: string, published: string) =>
    extractClaims(text, published, withLeague).flatMap(({ claim }) =>
      claim.kind === "membership" ? [`${claim.state} ${claim.org} ${claim.change} ${claim.date}`] : [],
    );

  it("reads 'the League' as the league named last, and its members voting 'to readmit' a state as its readmission, some sentences on", () => {
    const text = [
      "Oman took its seat at an Arab League summit today.",
      "In March 2031 the League suspended Yemen's membership.",
      "Within weeks it voted sanctions as well.",
      "Nobody in the hall mentioned that.",
      "Reporters asked why.",
      "Officials declined to say.",
      "On Sunday the sixth of June, Arab foreign ministers meeting in Cairo voted to readmit Yemen.",
    ].join(" ");
    assert.deepEqual(membershipLines(text, "2032-06-20"), [
      "YEM LAS suspend 2031-03",
      "YEM LAS join 2032-06-06",
    ]);
  });

  it("keeps the story's year past a document's date told as it was made ('the Charter adopted at Yalta in July 2021')", () => {
    const text = [
      "Chile announced its bid in July 2030.",
      "The request was lodged that September, and lawyers noted that, under the Charter adopted at Yalta in July 2021, a simple majority suffices.",
      "On 6 November Chile and Peru met in Lima.",
    ].join(" ");
    assert.deepEqual(eventLines(text, "2031-06-01"), ["CONSULT CHL PER 2030-11-06"]);
  });

  it("reads 'the king' as the king named before, and 'went first to' as a visit", () => {
    const kb = withOffices([["omar-zayan", "Omar Zayan", "Zayan", "MAR", "King"]]);
    const text =
      "King Omar Zayan spoke in Rabat on 2 March 2031. The king went first to Peru and Chile in April 2031.";
    assert.deepEqual(eventLines(text, "2031-12-01", kb), [
      "CONSULT MAR PER 2031-04",
      "CONSULT MAR CHL 2031-04",
    ]);
  });

  it("reads 'called on' a person as a visit to that person's state", () => {
    assert.deepEqual(
      eventLines("Aru Temir called on Bek Saryg in Bishkek on 3 May 2031.", "2031-12-01", withPeople),
      ["CONSULT KAZ KGZ 2031-05-03"],
    );
  });

  it("does not read a vote to readmit with no organization told before as anyone's", () => {
    assert.deepEqual(
      membershipLines(
        "On 6 June 2032 foreign ministers meeting in Cairo voted to readmit Yemen.",
        "2032-06-20",
      ),
      [],
    );
  });
});

describe("leftWhatItWasIn: a withdrawal read against the members the knowledge base knows", () => {
  /** GUAM: Chile and Peru from 2020, Chile out in 2026; the CST: Bolivia from 2021; NEW: no record. */
  const members = (org: string, date: string): readonly string[] => {
    if (org === "GUAM") return date >= "2020-01-01" ? (date >= "2026-03-01" ? ["PER"] : ["CHL", "PER"]) : [];
    if (org === "CST") return date >= "2021-01-01" ? ["BOL"] : [];
    return [];
  };
  const left = (state: string, org: string, date: string) =>
    ({ kind: "membership", state, org, change: "withdraw", date }) as const;

  it("keeps a withdrawal by a member, on the day it took effect or years after a suspension", () => {
    assert.deepEqual(
      leftWhatItWasIn(left("CHL", "GUAM", "2026-03-01"), members, ["GUAM"]),
      left("CHL", "GUAM", "2026-03-01"),
    );
    assert.deepEqual(
      leftWhatItWasIn(left("CHL", "GUAM", "2031"), members, ["GUAM"]),
      left("CHL", "GUAM", "2031"),
    );
  });

  it("moves a withdrawal by a state never in the organization to the one named that it was in", () => {
    assert.deepEqual(
      leftWhatItWasIn(left("BOL", "GUAM", "2024-05"), members, ["GUAM", "CST"]),
      left("BOL", "CST", "2024-05"),
    );
  });

  it("drops it when no organization named had the state, and keeps one the knowledge base has no record of", () => {
    assert.equal(leftWhatItWasIn(left("ECU", "GUAM", "2024-05"), members, ["GUAM", "CST"]), null);
    assert.deepEqual(
      leftWhatItWasIn(left("ECU", "NEW", "2024-05"), members, ["NEW"]),
      left("ECU", "NEW", "2024-05"),
    );
  });
});
