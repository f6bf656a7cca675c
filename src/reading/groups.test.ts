import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Mention } from "./gazetteer.js";
import {
  groupsIn,
  lastRegionNamed,
  mayNameRegion,
  withGroupAnaphora,
  withRegionAnaphora,
  withRegionGroups,
} from "./groups.js";

/** Mentions of the given names in a text, each standing for the code after it. */
function mentionsOf(text: string, names: Record<string, string>): Mention[] {
  return Object.entries(names)
    .flatMap(([name, actor]) => {
      const found: Mention[] = [];
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
        found.push({ start: at, end: at + name.length, text: name, actor, kind: "state" });
      return found;
    })
    .sort((a, b) => a.start - b.start);
}

const NAMES = { Norway: "NOR", Chile: "CHL", Ghana: "GHA", Peru: "PER", Oslo: "NOR" };

describe("groups of states", () => {
  it("finds the lists a sentence makes, and not states merely named in one sentence", () => {
    const text = "Norway, Chile and Ghana signed a pact in Peru, which watched.";
    assert.deepEqual(groupsIn(text, 0, mentionsOf(text, NAMES)), [["NOR", "CHL", "GHA"]]);
    const apart = "Norway sent ships to Chile.";
    assert.deepEqual(groupsIn(apart, 0, mentionsOf(apart, NAMES)), []);
  });

  it("counts a state named twice in a list once, and needs two different states", () => {
    const text = "Oslo and Norway agreed.";
    assert.deepEqual(groupsIn(text, 0, mentionsOf(text, NAMES)), []);
  });

  it("reads 'the three countries' as the latest group of three listed before", () => {
    const text = "Later the three countries signed a second deal.";
    const found = withGroupAnaphora(text, 100, [], {
      earlier: [
        ["NOR", "CHL"],
        ["NOR", "CHL", "GHA"],
        ["PER", "CHL", "GHA"],
      ],
    });
    assert.deepEqual(
      found.map((m) => [m.text, m.actor, m.start - 100]),
      [
        ["the three countries", "NOR", 6],
        ["the three countries", "CHL", 6],
        ["the three countries", "GHA", 6],
      ],
    );
  });

  it("reads 'the three guarantors', 'the two mediators', 'the three juntas' as groups by their size", () => {
    const earlier = [
      ["NOR", "CHL"],
      ["NOR", "CHL", "GHA"],
    ];
    const three = "The envoys of the three guarantors met again.";
    assert.deepEqual(
      withGroupAnaphora(three, 0, [], { earlier }).map((m) => m.actor),
      ["NOR", "CHL", "GHA"],
    );
    // ("the three juntas", "the two regimes": rulers by their kind of rule.)
    assert.deepEqual(
      withGroupAnaphora("Then the three juntas walked out.", 0, [], { earlier }).map((m) => m.actor),
      ["NOR", "CHL", "GHA"],
    );
    assert.deepEqual(
      withGroupAnaphora("The two regimes traded threats.", 0, [], { earlier }).map((m) => m.actor),
      ["NOR", "CHL"],
    );
    const two = "Later the two mediators flew home.";
    assert.deepEqual(
      withGroupAnaphora(two, 0, [], { earlier }).map((m) => m.actor),
      ["NOR", "CHL"],
    );
  });

  it("reads a bare 'the two' before a deed, after 'between', and 'the two prime ministers' as the two named before", () => {
    const recall = { earlier: [], previousStates: ["NOR", "CHL"] };
    const read = (text: string) => withGroupAnaphora(text, 0, [], recall).map((m) => [m.text, m.actor]);
    assert.deepEqual(read("In 2031 the two agreed to meet."), [
      ["the two", "NOR"],
      ["the two", "CHL"],
    ]);
    assert.deepEqual(read("Talks between the two began in Lima."), [
      ["the two", "NOR"],
      ["the two", "CHL"],
    ]);
    assert.deepEqual(read("The two prime ministers signed a deal."), [
      ["The two prime ministers", "NOR"],
      ["The two prime ministers", "CHL"],
    ]);
    // ("the two had launched": the deed in the past perfect.)
    assert.deepEqual(read("In 2031 the two had launched a forum."), [
      ["the two", "NOR"],
      ["the two", "CHL"],
    ]);
    assert.deepEqual(read("The two had been at odds."), []);
    // ("the two" before a noun the reader does not count, or a number of things, is no group.)
    assert.deepEqual(read("The two ships sailed to Lima."), []);
    assert.deepEqual(read("In the two years since, Lima waited."), []);
  });

  it("reads a bare 'the four' (or 'officials of the four') before a deed as the four listed before", () => {
    const recall = { earlier: [["NOR", "CHL", "GHA", "PER"]] };
    const read = (text: string) => withGroupAnaphora(text, 0, [], recall).map((m) => m.actor);
    assert.deepEqual(read("The four met again in Lima."), ["NOR", "CHL", "GHA", "PER"]);
    assert.deepEqual(read("Senior officials of the four met in Lima."), ["NOR", "CHL", "GHA", "PER"]);
    // ("the four" before no deed, or of a part, is no group.)
    assert.deepEqual(read("The four ships sailed to Lima."), []);
    assert.deepEqual(read("Two of the four met in Lima."), []);
  });

  it("reads 'the pair' as the latest group of two", () => {
    const earlier = [
      ["NOR", "CHL"],
      ["NOR", "CHL", "GHA"],
    ];
    assert.deepEqual(
      withGroupAnaphora("Leaders agreed to admit the pair.", 0, [], { earlier }).map((m) => m.actor),
      ["NOR", "CHL"],
    );
    // Not "a pair of jets".
    assert.deepEqual(withGroupAnaphora("They bought a pair of jets.", 0, [], { earlier }), []);
  });

  it("reads 'all five', 'the same two states' and 'both governments' by their size", () => {
    const earlier = [
      ["NOR", "CHL"],
      ["NOR", "CHL", "GHA", "PER", "BRA"],
    ];
    const actors = (text: string) => withGroupAnaphora(text, 0, [], { earlier }).map((m) => m.actor);
    assert.deepEqual(actors("In 2031 all five ratified it."), ["NOR", "CHL", "GHA", "PER", "BRA"]);
    assert.deepEqual(actors("The same two states met again."), ["NOR", "CHL"]);
    assert.deepEqual(actors("In 2032 the same five signed a second pact."), [
      "NOR",
      "CHL",
      "GHA",
      "PER",
      "BRA",
    ]);
    assert.deepEqual(actors("The same five days passed."), []);
    assert.deepEqual(actors("Both governments approved."), ["NOR", "CHL"]);
    assert.deepEqual(actors("Since 2031 the two navies have drilled together."), ["NOR", "CHL"]);
    assert.deepEqual(actors("All five members of the pact signed."), ["NOR", "CHL", "GHA", "PER", "BRA"]);
    // Counts of other things, and parts of a group, stand for no one.
    assert.deepEqual(actors("All five of the ships sank."), []);
    assert.deepEqual(actors("The other two stayed away."), []);
    assert.deepEqual(actors("The three countries protested."), []);
  });

  it("takes the two the sentence itself has named before a group of two listed earlier", () => {
    const text = "Chile's president flew to Oslo, where the two governments signed a treaty.";
    const found = withGroupAnaphora(text, 0, mentionsOf(text, NAMES), { earlier: [["GHA", "PER"]] });
    assert.deepEqual(
      found.filter((m) => m.text === "the two governments").map((m) => m.actor),
      ["CHL", "NOR"],
    );
  });

  it("reads 'they' as the group the sentence before listed, when they do what states do", () => {
    const actors = (text: string, named: Mention[] = []) =>
      withGroupAnaphora(text, 0, named, { earlier: [], justListed: ["NOR", "CHL"] })
        .filter((m) => m.text.toLowerCase() === "they")
        .map((m) => m.actor);
    assert.deepEqual(actors("On the same day they signed a convention."), ["NOR", "CHL"]);
    assert.deepEqual(actors("They later agreed to meet again."), ["NOR", "CHL"]);
    // Not "they" doing what people do, nor "they" after a state the sentence names itself.
    assert.deepEqual(actors("They were surprised."), []);
    const text = "Peru said they signed nothing.";
    assert.deepEqual(actors(text, mentionsOf(text, NAMES)), []);
  });

  it("reads 'its five member states' as the organization's members when it has five", () => {
    const members = () => ["NOR", "CHL", "GHA", "PER", "BRA"];
    const found = withGroupAnaphora("The heads of its five member states met.", 0, [], {
      earlier: [],
      members,
    });
    assert.equal(found.length, 5);
    const six = withGroupAnaphora("The heads of its six member states met.", 0, [], { earlier: [], members });
    assert.deepEqual(six, []);
  });

  it("reads 'the two governments' as the two states the sentence before named, when no group was listed", () => {
    const text = "Two years later the two governments agreed.";
    const found = withGroupAnaphora(text, 0, [], { earlier: [], previousStates: ["NOR", "CHL"] });
    assert.deepEqual(
      found.map((m) => m.actor),
      ["NOR", "CHL"],
    );
    // Three states named before are no "two".
    assert.deepEqual(
      withGroupAnaphora(text, 0, [], { earlier: [], previousStates: ["NOR", "CHL", "PER"] }),
      [],
    );
  });

  it("reads 'the two leaders' as a pair met or listed before, over two states the sentence before named", () => {
    // "Modi and Putin met. ... It recalled the Russian strike on Kyiv. The two leaders adopted ..."
    const recall = { earlier: [["IND", "RUS"]], previousStates: ["RUS", "UKR"] };
    assert.deepEqual(
      withGroupAnaphora("The two leaders adopted a statement.", 0, [], recall).map((m) => m.actor),
      ["IND", "RUS"],
    );
    // (Two countries are still the two the sentence before named.)
    assert.deepEqual(
      withGroupAnaphora("The two countries adopted a statement.", 0, [], recall).map((m) => m.actor),
      ["RUS", "UKR"],
    );
  });

  it("reads 'the two men' as the two the sentence before named", () => {
    const found = withGroupAnaphora("When the two men met in Lima, they agreed.", 0, [], {
      earlier: [],
      previousStates: ["NOR", "CHL"],
    });
    assert.deepEqual([...new Set(found.map((m) => m.actor))], ["NOR", "CHL"]);
  });

  it("reads 'the five leaders' as the organization's members when no group of five was listed", () => {
    const members = () => ["NOR", "CHL", "GHA", "PER", "BRA"];
    assert.deepEqual(
      withGroupAnaphora("The five leaders signed a declaration.", 0, [], { earlier: [], members }).map(
        (m) => m.actor,
      ),
      ["NOR", "CHL", "GHA", "PER", "BRA"],
    );
    // (A group of five listed before comes first.)
    assert.deepEqual(
      withGroupAnaphora("The five leaders signed.", 0, [], {
        earlier: [["NOR", "CHL", "GHA", "PER", "MEX"]],
        members,
      }).map((m) => m.actor),
      ["NOR", "CHL", "GHA", "PER", "MEX"],
    );
  });

  it("reads 'each of them' as the group the sentence just before listed, and no other", () => {
    const text = "Later each of them signed a memorandum.";
    assert.deepEqual(
      withGroupAnaphora(text, 0, [], { earlier: [], justListed: ["NOR", "CHL"] }).map((m) => [
        m.text,
        m.actor,
      ]),
      [
        ["each of them", "NOR"],
        ["each of them", "CHL"],
      ],
    );
    assert.deepEqual(withGroupAnaphora(text, 0, [], { earlier: [["NOR", "CHL"]] }), []);
  });

  it("takes the two the sentence just before named over a pair listed further back", () => {
    // "Peru and Ghana protested. Why does Norway matter to Oslo's neighbour Chile? The two countries ..."
    const text = "The two countries signed a treaty.";
    const found = withGroupAnaphora(text, 0, [], {
      earlier: [["PER", "GHA"]],
      previousStates: ["NOR", "CHL"],
    });
    assert.deepEqual(
      found.map((m) => m.actor),
      ["NOR", "CHL"],
    );
    // (A pair the sentence just before listed comes first of all.)
    assert.deepEqual(
      withGroupAnaphora(text, 0, [], {
        earlier: [["PER", "GHA"]],
        justListed: ["PER", "GHA"],
        previousStates: ["NOR", "CHL"],
      }).map((m) => m.actor),
      ["PER", "GHA"],
    );
  });
});

describe("a region's states named as one group", () => {
  const actors = (text: string) =>
    withRegionGroups(text, 0, mentionsOf(text, { China: "CHN" })).map((m) => `${m.actor}@${m.start}`);

  it("reads 'the five Central Asian states' and 'the Baltic states' as their members, on the phrase's span", () => {
    assert.deepEqual(actors("China met the five Central Asian states."), [
      "CHN@0",
      "KAZ@10",
      "KGZ@10",
      "TJK@10",
      "TKM@10",
      "UZB@10",
    ]);
    assert.deepEqual(actors("Riga spoke for the Baltic states."), ["EST@15", "LVA@15", "LTU@15"]);
    assert.ok(mayNameRegion("the South Caucasus republics"));
  });

  it("reads no group where a count of its own or 'other' says some of them", () => {
    assert.deepEqual(actors("China met the four Turkic-speaking Central Asian republics."), ["CHN@0"]);
    assert.deepEqual(actors("China met the other Central Asian states."), ["CHN@0"]);
    assert.deepEqual(actors("China met the three Central Asian leaders."), ["CHN@0"]);
  });

  it("reads a region joined to a state by a hyphen before a meeting as its states, on the region's span", () => {
    assert.deepEqual(actors("The first China-Central Asia summit opened."), [
      "CHN@10",
      "KAZ@16",
      "KGZ@16",
      "TJK@16",
      "TKM@16",
      "UZB@16",
    ]);
    assert.deepEqual(actors("A Baltic-China meeting was held."), ["EST@2", "LVA@2", "LTU@2", "CHN@9"]);
    // Not a region named alone, nor a compound before anything but a meeting.
    assert.deepEqual(actors("China courts Central Asia."), ["CHN@0"]);
    assert.deepEqual(actors("The China-Central Asia pipeline opened."), ["CHN@4"]);
  });
});

describe("a count of states standing for the region the text named before", () => {
  const actors = (text: string, region: string | undefined) =>
    withRegionAnaphora(text, 0, mentionsOf(text, { Chile: "CHL" }), region).map(
      (m) => `${m.actor}@${m.start}`,
    );

  it("reads 'the five foreign ministers' after Central Asia as its five states, on the phrase's span", () => {
    assert.deepEqual(actors("Chile met the five foreign ministers.", "central asian"), [
      "CHL@0",
      "KAZ@10",
      "KGZ@10",
      "TJK@10",
      "TKM@10",
      "UZB@10",
    ]);
    assert.deepEqual(actors("The region's three presidents met.", "baltic"), ["EST@0", "LVA@0", "LTU@0"]);
  });

  it("reads no count that is not the region's, and nothing with no region named", () => {
    assert.deepEqual(actors("Chile met the three foreign ministers.", "central asian"), ["CHL@0"]);
    // ("The three leaders" is any trilateral meeting's: three is the region's only as "the region's three".)
    assert.deepEqual(actors("Chile met the three foreign ministers.", "baltic"), ["CHL@0"]);
    assert.deepEqual(actors("Chile met the five foreign ministers.", undefined), ["CHL@0"]);
  });

  it("takes the last region a text names, 'Central Asia' as 'Central Asian'", () => {
    assert.equal(lastRegionNamed("From the Baltic to Central Asia."), "central asian");
    assert.equal(lastRegionNamed("The South Caucasus republics."), "south caucasus");
    assert.equal(lastRegionNamed("Chile and Peru."), undefined);
  });
});
