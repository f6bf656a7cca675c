import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../domain/claim.js";
import { buildActorRegistry } from "../knowledge/actor-registry.js";
import { Gazetteer, type Mention } from "./gazetteer.js";
import {
  agreementClaims,
  allMatches,
  baseClaims,
  eventClaims,
  exerciseClaims,
  type Found,
  forceClaims,
  meetingOf,
  membershipClaims,
  orgClaims,
  type ReadingContext,
  ruleClaims,
  type SentenceView,
} from "./patterns.js";

/** Each pattern on short sentences written for these tests, in the style of news reports. */

const gazetteer = new Gazetteer(
  buildActorRegistry(
    [
      { id: "CSTO", name: "Collective Security Treaty Organization", kind: "alliance" },
      { id: "CST", name: "Collective Security Treaty", kind: "treaty" },
      { id: "SCO", name: "Shanghai Cooperation Organization", kind: "political" },
      { id: "GUAM", name: "GUAM", kind: "political" },
      { id: "NATO", name: "North Atlantic Treaty Organization", kind: "alliance" },
      { id: "IMU", name: "Islamic Movement of Uzbekistan", kind: "armed-group" },
    ],
    [],
    [
      { state: "UZB", aliases: ["Tashkent", "Uzbek"] },
      { state: "USA", aliases: ["Washington"] },
      { state: "KAZ", aliases: ["Astana", "Kazakh"] },
      { state: "RUS", aliases: ["Kremlin"] },
    ],
  ).all(),
);

/** A sentence view: `dates` pairs a date with the text it is written as. */
function view(text: string, dates: [string, string, string?][] = []): SentenceView {
  return {
    start: 0,
    end: text.length,
    text,
    mentions: gazetteer.find(text, null),
    dates: dates.map(([written, date, end]) => ({
      date,
      ...(end ? { end } : {}),
      start: text.indexOf(written),
    })),
  };
}

function context(): ReadingContext {
  return {
    sites: new Map([["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }]]),
    founded: new Map([["CSTO", "2002-05-14"]]),
    foundedInText: new Set(),
    exerciseInPreviousSentence: false,
  };
}

const claims = (found: { claim: Claim }[]) => found.map((f) => f.claim);

describe("founding members", () => {
  it("are the list right after 'member states', not states the sentence names later", () => {
    const s = view(
      "At its founding the Collective Security Treaty Organization had four member states – Armenia, Belarus and Russia – and Uzbekistan stayed out.",
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) => (c.kind === "membership" ? c.state : "")),
      ["ARM", "BLR", "RUS"],
    );
  });
});

describe("rule patterns: collective defence in plain words", () => {
  it("reads 'members must come to the defence of any ally' as the organization's rule", () => {
    const s = view(
      "Since 2003 the Collective Security Treaty Organization's members must come to the defence of any member state that is attacked.",
      [["2003", "2003"]],
    );
    assert.deepEqual(
      claims(ruleClaims(s, context())).map((c) => (c.kind === "rule" ? [c.subject, c.rule, c.date] : [])),
      [["CSTO", "collective-defence", "2003"]],
    );
  });
});

describe("rule patterns: one vote's outcome", () => {
  it("reads no decision rule in a body that voted unanimously once, but one in decisions taken by unanimity", () => {
    const rules = (text: string) =>
      claims(ruleClaims(view(text, [["30 June 2031", "2031-06-30"]]), context())).map((c) =>
        c.kind === "rule" ? [c.subject, c.rule, c.value] : [],
      );
    assert.deepEqual(rules("On 30 June 2031 the SCO voted unanimously to end the mission."), []);
    assert.deepEqual(rules("On 30 June 2031 the SCO agreed to take its decisions by unanimity."), [
      ["SCO", "decision", "unanimity"],
    ]);
  });
});

describe("rule patterns: whose rule", () => {
  it("gives a rule to the body named last before it, and none to the one the text is about where the sentence names a body it does not know", () => {
    const ctx = { ...context(), recentOrganization: "NATO" };
    const unknown = view(
      "On 16 September 2031 Chile, Peru and Bolivia signed the Andean Charter, creating the Alliance of Andean States, with a clause that an attack on one will count as an attack on all.",
      [["16 September 2031", "2031-09-16"]],
    );
    assert.deepEqual(claims(ruleClaims(unknown, ctx)), []);
    // The treaty named last before the rule's words is whose rule it is.
    const treaty = view(
      "In 2031 the Collective Security Treaty Organization used Article 4 of the Collective Security Treaty, the clause under which an attack on one member is an attack on all.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(ruleClaims(treaty, ctx)).map((c) => (c.kind === "rule" ? [c.subject, c.rule] : [])),
      [["CST", "collective-defence"]],
    );
    const known = view("In 2031 the allies agreed that an attack on one will count as an attack on all.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(
      claims(ruleClaims(known, ctx)).map((c) => (c.kind === "rule" ? [c.subject, c.rule] : [])),
      [["NATO", "collective-defence"]],
    );
  });
});

describe("rule patterns: consent for foreign bases", () => {
  it("reads 'without the consensus of all members' as a rule that bases need every member's consent", () => {
    const s = view(
      "In May 2015 the CSTO adopted a rule barring members from hosting foreign bases without the consensus of all members.",
      [["May 2015", "2015-05"]],
    );
    const found = claims(ruleClaims(s, context())).map((c) =>
      c.kind === "rule" ? [c.subject, c.rule, c.change] : [],
    );
    assert.deepEqual(found, [["CSTO", "foreign-base-consent", "adopt"]]);
  });
});

describe("force patterns: what the verb governs", () => {
  it("reads a force established by an agreement, not one a base is set up to deploy", () => {
    const ctx = context();
    const made = view(
      "In June 2009 CSTO members signed an agreement to establish the Collective Rapid Reaction Force.",
      [["June 2009", "2009-06"]],
    );
    assert.deepEqual(
      claims(forceClaims(made, ctx)).map((c) => (c.kind === "force" ? [c.change, c.name, c.date] : [])),
      [["establish", "Collective Rapid Reaction Force", "2009-06"]],
    );
    const deployed = view(
      "In July 2010 Russia set up a depot in Uzbekistan in order to supply the CSTO Collective Rapid Reaction Force.",
      [["July 2010", "2010-07"]],
    );
    assert.deepEqual(claims(forceClaims(deployed, ctx)), []);
    const required = view(
      "Since 1996 the CSTO states are required under the treaty to establish regional legions.",
      [["1996", "1996"]],
    );
    assert.deepEqual(claims(forceClaims(required, ctx)), []);
  });

  it("reads no force in a state's own army owned by a word that is no organization, and one the organization owns", () => {
    const ctx = { ...context(), recentOrganization: "CSTO" };
    const national = view("In 2031 the People's Liberation Army was formed with 3,200 soldiers.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(forceClaims(national, ctx)), []);
    const owned = view(
      "In 2031 the CSTO's Collective Rapid Reaction Forces were formed with 3,200 soldiers.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(forceClaims(owned, ctx)).map((c) => (c.kind === "force" ? [c.org, c.name, c.size] : [])),
      [["CSTO", "Collective Rapid Reaction Forces", 3200]],
    );
  });

  it("reads a force the members agreed to create, named before the verb", () => {
    const s = view(
      "The third force is the CSTO peacekeeping force, which the members agreed to create on Oct. 6, 2007.",
      [["Oct. 6, 2007", "2007-10-06"]],
    );
    assert.deepEqual(
      claims(forceClaims(s, context())).map((c) => (c.kind === "force" ? [c.change, c.date] : [])),
      [["establish", "2007-10-06"]],
    );
  });

  it("dates a force's size by 'until YEAR', which tells it as of then", () => {
    const s = view("Until 2011 the CSTO Collective Rapid Reaction Force was composed of 19,000 members.", [
      ["2011", "2011"],
    ]);
    assert.deepEqual(
      claims(forceClaims(s, context())).map((c) => (c.kind === "force" ? [c.change, c.size, c.date] : [])),
      [["size", 19000, "2011"]],
    );
  });

  it("does not take an exercise's troops for the size of the force that held it", () => {
    const s = view(
      "In August 2012 the CSTO Collective Rapid Reaction Force held a military exercise with 1,000 soldiers.",
      [["August 2012", "2012-08"]],
    );
    assert.deepEqual(claims(forceClaims(s, context())), []);
  });
});

describe("membership patterns: another state following", () => {
  it("reads 'A joined X on D1, and B followed in D2' as B joining X at D2", () => {
    const s = view(
      "Armenia joined the Collective Security Treaty Organization in May 2002, and Belarus followed in June 2003.",
      [
        ["May 2002", "2002-05"],
        ["June 2003", "2003-06"],
      ],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.change, c.date] : [],
      ),
      [
        ["ARM", "join", "2002-05"],
        ["BLR", "join", "2003-06"],
      ],
    );
  });
});

describe("membership patterns: an organization admitting states", () => {
  it("reads 'the SCO admitted A and B' as each joining", () => {
    const s = view(
      "In 2017 the Shanghai Cooperation Organization admitted India and Pakistan as full members.",
      [["2017", "2017"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.change] : [],
      ),
      [
        ["IND", "SCO", "join"],
        ["PAK", "SCO", "join"],
      ],
    );
  });

  it("reads no admitting in a state 'admitted to' one organization, with others named after, at another's summit", () => {
    const s = view(
      "In April 2017, at a NATO summit in Washington, Mexico was admitted to GUAM, the club of Chile and Peru.",
      [["April 2017", "2017-04"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.change] : [],
      ),
      [["MEX", "GUAM", "join"]],
    );
  });
});

describe("dates: 'the first since June 2031, when ...'", () => {
  it("gives the when-clause's deed that date, though the first-since measure itself dates nothing", () => {
    const text = "It is his first trip to Peru since June 2031, when Mexico and Peru signed a trade treaty.";
    const s = view(text, [["June 2031", "2031-06"]]);
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? [c.parties, c.date] : [])),
      [[["PER", "MEX"], "2031-06"]],
    );
  });
});

describe("dates: 'its largest since 1981'", () => {
  it("are no date of the exercise a superlative measures against them", () => {
    const text =
      "In September 2031 Peru held Andes-2031, an exercise Lima advertised as its largest since 1981.";
    const s = view(text, [
      ["September 2031", "2031-09"],
      ["1981", "1981"],
    ]);
    assert.deepEqual(
      claims(exerciseClaims(s, context())).map((c) => (c.kind === "exercise" ? c.date : null)),
      ["2031-09"],
    );
  });
});

describe("exercise patterns: one held again", () => {
  it("is held at each date: 'in September 2031 and again last July'", () => {
    const s = view("Chile and Peru held the Andes Shield exercise in September 2030 and again last July.", [
      ["September 2030", "2030-09"],
      ["July", "2031-07"],
    ]);
    assert.deepEqual(
      claims(exerciseClaims(s, context())).map((c) => (c.kind === "exercise" ? c.date : null)),
      ["2030-09", "2031-07"],
    );
  });

  it("is not held again at a date in a clause of its own (', and in August')", () => {
    const s = view("Chile and Peru held the Andes Shield exercise in 2030, and in August Peru left.", [
      ["2030", "2030"],
      ["August", "2030-08"],
    ]);
    assert.deepEqual(
      claims(exerciseClaims(s, context())).map((c) => (c.kind === "exercise" ? c.date : null)),
      ["2030"],
    );
  });
});

describe("membership patterns: a change demanded of a state", () => {
  it("is no change when another demands it ('demanded that X withdraw'), but is when a state demands its own", () => {
    const ctx = { ...context(), recentOrganization: "GUAM" };
    for (const text of [
      "On 3 May 2031 the CSTO demanded that Uzbekistan withdraw from GUAM.",
      "On 3 May 2031 the CSTO called on Uzbekistan to leave GUAM.",
    ]) {
      const s = view(text, [["3 May 2031", "2031-05-03"]]);
      assert.deepEqual(claims(membershipClaims(s, ctx)), [], text);
    }
    const own = view(
      "On 3 May 2031 Uzbekistan sent GUAM a note, demanding that its membership be suspended.",
      [["3 May 2031", "2031-05-03"]],
    );
    assert.deepEqual(
      claims(membershipClaims(own, ctx)).map((c) => (c.kind === "membership" ? [c.state, c.change] : [])),
      [["UZB", "suspend"]],
    );
  });
});

describe("membership patterns: 'applied' with no object", () => {
  it("reads a state that 'applied in December 2031' as applying to the organization the text is about", () => {
    const s = view("Uzbekistan applied in December 2031 and waited.", [["December 2031", "2031-12"]]);
    const ctx = { ...context(), recentOrganization: "GUAM" };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.change] : [],
      ),
      [["UZB", "GUAM", "apply"]],
    );
    // ("the rule applied in 2031 to Uzbekistan": no state applied.)
    const rule = view("The rule applied in 2031 to Uzbekistan.", [["2031", "2031"]]);
    assert.deepEqual(claims(membershipClaims(rule, ctx)), []);
  });
});

describe("membership patterns: 'has been in X since'", () => {
  it("reads a state that has been in an organization since a year as joining then, with others named between", () => {
    for (const [text, org] of [
      ["Uzbekistan has been in the SCO since 2031.", "SCO"],
      ["Uzbekistan has been in GUAM with Georgia and Moldova since 2031.", "GUAM"],
    ] as const) {
      const s = view(text, [["2031", "2031"]]);
      assert.deepEqual(
        claims(membershipClaims(s, context())).map((c) =>
          c.kind === "membership" ? [c.state, c.org, c.change, c.date] : [],
        ),
        [["UZB", org, "join", "2031"]],
        text,
      );
    }
    // ("has been in talks with the SCO since 2031": not in it.)
    const talks = view("Uzbekistan has been in talks with the SCO since 2031.", [["2031", "2031"]]);
    assert.deepEqual(claims(membershipClaims(talks, context())), []);
  });
});

describe("membership patterns: a verb sharing the sentence's subject", () => {
  it("gives 'and joined' the sentence's subject, not the object of the verb before", () => {
    const s = view(
      "Uzbekistan signed a treaty with Russia in May 2005 and joined the Collective Security Treaty Organization in August 2006.",
      [
        ["May 2005", "2005-05"],
        ["August 2006", "2006-08"],
      ],
    );
    assert.deepEqual(claims(membershipClaims(s, context())), [
      { kind: "membership", state: "UZB", org: "CSTO", change: "join", date: "2006-08" },
    ]);
  });
});

describe("membership patterns", () => {
  it("reads a suspension with its date", () => {
    const s = view(
      "On March 3, 2019, Armenia suspended its membership in the Collective Security Treaty Organization.",
      [["March 3, 2019", "2019-03-03"]],
    );
    assert.deepEqual(claims(membershipClaims(s, context())), [
      { kind: "membership", state: "ARM", org: "CSTO", change: "suspend", date: "2019-03-03" },
    ]);
  });

  it("reads a joining by several states", () => {
    const s = view("Georgia and Moldova joined GUAM in October 1997.", [["October 1997", "1997-10"]]);
    assert.deepEqual(
      claims(membershipClaims(s, context())).map(
        (c) => c.kind === "membership" && [c.state, c.change, c.date],
      ),
      [
        ["GEO", "join", "1997-10"],
        ["MDA", "join", "1997-10"],
      ],
    );
  });

  it("reads applications filed or lodged together, with the organization the text is about", () => {
    const s = view("Mexico and Peru filed their applications together on 18 May 2029.", [
      ["18 May 2029", "2029-05-18"],
    ]);
    assert.deepEqual(
      claims(membershipClaims(s, { ...context(), recentOrganization: "GUAM" })).map(
        (c) => c.kind === "membership" && [c.state, c.org, c.change, c.date],
      ),
      [
        ["MEX", "GUAM", "apply", "2029-05-18"],
        ["PER", "GUAM", "apply", "2029-05-18"],
      ],
    );
  });

  it("reads a state that 'is tonight a full member' as joining that day, and a joining told after 'if' as none", () => {
    const member = view("Mexico is tonight a full member of GUAM, its fifth.", [["tonight", "2029-04-04"]]);
    assert.deepEqual(
      claims(membershipClaims(member, context())).map(
        (c) => c.kind === "membership" && [c.state, c.change, c.date],
      ),
      [["MEX", "join", "2029-04-04"]],
    );
    const hypothetical = view("Peru could have more trade if it joined GUAM in 2029, its president said.", [
      ["2029", "2029"],
    ]);
    assert.deepEqual(claims(membershipClaims(hypothetical, context())), []);
  });

  it("takes 'it' in a relative clause for the sentence's subject, not the states named beside it", () => {
    const s = view(
      "Mexico also sits with Peru and Chile in GUAM, where it had been an observer since 2025 and which it joined as a full member in June 2029.",
      [
        ["2025", "2025"],
        ["June 2029", "2029-06"],
      ],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map(
        (c) => c.kind === "membership" && [c.state, c.change, c.date],
      ),
      [
        ["MEX", "observer", "2025"],
        ["MEX", "join", "2029-06"],
      ],
    );
  });

  it("needs a date and an organization: an undated 'left' says nothing", () => {
    assert.deepEqual(claims(membershipClaims(view("Tashkent has left the bloc behind."), context())), []);
  });

  it("dates founding members at the organization's founding", () => {
    const s = view(
      "At its founding the Collective Security Treaty Organization had four member states: Russia, Belarus, Armenia and Kazakhstan.",
    );
    const found = claims(membershipClaims(s, context()));
    assert.deepEqual(
      found.map((c) => c.kind === "membership" && [c.state, c.date]),
      [
        ["RUS", "2002-05-14"],
        ["BLR", "2002-05-14"],
        ["ARM", "2002-05-14"],
        ["KAZ", "2002-05-14"],
      ],
    );
  });
});

describe("organization patterns: a founding that dates another deed", () => {
  it("reads no founding in 'the first enlargement since the organization was founded'", () => {
    const s = view("In 2031 Chile joined, the first enlargement since the CSTO was founded.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(orgClaims(s, context())), []);
  });
});

describe("organization patterns", () => {
  it("reads a founding and its predecessor, and remembers the date", () => {
    const ctx = context();
    const s = view(
      "The Collective Security Treaty Organization was founded on June 1, 2003, evolving from the Collective Security Treaty.",
      [["June 1, 2003", "2003-06-01"]],
    );
    assert.deepEqual(claims(orgClaims(s, ctx)), [
      { kind: "org", org: "CSTO", change: "found", date: "2003-06-01", predecessor: "CST" },
    ]);
    assert.equal(ctx.founded.get("CSTO"), "2003-06-01");
  });
});

describe("organization patterns: founders told in other ways", () => {
  const founded = (found: Found[]) =>
    claims(found).map((c) =>
      c.kind === "org" ? `${c.org} ${c.change} ${c.date}` : c.kind === "membership" ? c.state : c.kind,
    );

  it("reads founders named with their presidents in an aside between dashes", () => {
    const s = view(
      "On 2 May 2031 the presidents of Chile, Peru and Ghana - Ana Soto, Luis Rey and Kofi Mensah - founded the Shanghai Cooperation Organization.",
      [["2 May 2031", "2031-05-02"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2031-05-02", "CHL", "PER", "GHA"]);
  });

  it("reads a participle opening the sentence as the founding of the organization after 'as', or of its main clause's subject", () => {
    const as = view("Founded in 2031 as the Shanghai Cooperation Organization, it took another name later.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(founded(orgClaims(as, context())), ["SCO found 2031"]);
    const subject = view("Set up in 2031, the Shanghai Cooperation Organization grew fast.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(founded(orgClaims(subject, context())), ["SCO found 2031"]);
    // (Not an organization named in the opening phrase otherwise: "on the basis of" it.)
    const basis = view(
      "Founded in 2031 on the basis of the Shanghai Cooperation Organization, the office grew fast.",
      [["2031", "2031"]],
    );
    assert.deepEqual(founded(orgClaims(basis, context())), []);
  });

  it("reads 'A, B and C sign the X Agreement, which establishes Y' (a timeline's present) as Y's founding by them", () => {
    const s = view(
      "2 May 2031 - Chile, Peru and Ghana sign the Andes Agreement, which establishes the Shanghai Cooperation Organization.",
      [["2 May 2031", "2031-05-02"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2031-05-02", "CHL", "PER", "GHA"]);
  });

  it("reads 'A had signed the protocol that created X' as A's joining at the founding, founders unnamed", () => {
    const s = view(
      "Chile had signed the Andes protocol that created the Shanghai Cooperation Organization in May 2031.",
      [["May 2031", "2031-05"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), ["CHL"]);
  });

  it("reads 'was born ... when A, B and C agreed' as a founding by those states", () => {
    const s = view(
      "The Shanghai Cooperation Organization was born in Lima on 2 May 2031, when Chile, Peru and Ghana agreed to coordinate their policies.",
      [["2 May 2031", "2031-05-02"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2031-05-02", "CHL", "PER", "GHA"]);
  });

  it("reads states proclaiming 'the establishment of' an organization as its founding, by them when they are named", () => {
    const listed = view(
      "On 2 May 2031 Chile, Peru and Ghana proclaimed the establishment of the Shanghai Cooperation Organization.",
      [["2 May 2031", "2031-05-02"]],
    );
    assert.deepEqual(founded(orgClaims(listed, context())), ["SCO found 2031-05-02", "CHL", "PER", "GHA"]);
    const unnamed = view(
      "On 2 May 2031 Chile was let in, and the three states proclaimed the establishment of the Shanghai Cooperation Organization.",
      [["2 May 2031", "2031-05-02"]],
    );
    assert.deepEqual(founded(orgClaims(unnamed, context())), ["SCO found 2031-05-02"]);
  });

  it("does not read an organization that signs something as founded ('the SCO, with which it signed ...')", () => {
    const s = view(
      "Chile joined the Shanghai Cooperation Organization, with which it signed a charter in June 2031.",
      [["June 2031", "2031-06"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), []);
  });

  it("dates a founding by a date that opens the sentence ('In 2031 the SCO was founded in Lima')", () => {
    const s = view("In 2031 the Shanghai Cooperation Organization was founded in Lima.", [["2031", "2031"]]);
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2031"]);
  });

  it("does not read an organization that set something up as founded itself ('a unit the SCO had set up in 2031')", () => {
    const s = view("Kant hosts a unit the Shanghai Cooperation Organization had set up in 2031.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(founded(orgClaims(s, context())), []);
  });

  it("reads 'proclaimed' as founding", () => {
    const s = view("In June 2031 Chile and Peru proclaimed the Shanghai Cooperation Organization.", [
      ["June 2031", "2031-06"],
    ]);
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2031-06", "CHL", "PER"]);
  });

  it("reads 'came into being with A and B as its members', dated just before", () => {
    const s = view(
      "On 1 January 2032, the Shanghai Cooperation Organization came into being with Chile and Peru as its members.",
      [["1 January 2032", "2032-01-01"]],
    );
    assert.deepEqual(founded(orgClaims(s, context())), ["SCO found 2032-01-01", "CHL", "PER"]);
    // Members said otherwise are not founders.
    const other = view(
      "On 1 January 2032, the Shanghai Cooperation Organization came into being with Chile and Peru still outside.",
      [["1 January 2032", "2032-01-01"]],
    );
    assert.deepEqual(founded(orgClaims(other, context())), ["SCO found 2032-01-01"]);
  });

  it("does not take a date before the organization for one founded or signed after it", () => {
    const s = view("On 3 March 2031, NATO signed a deal with Chile.", [["3 March 2031", "2031-03-03"]]);
    assert.deepEqual(founded(orgClaims(s, context())), []);
  });
});

describe("rule patterns: neutrality and bans in other words", () => {
  const rules = (text: string, dates: [string, string][]) =>
    claims(ruleClaims(view(text, dates), context())).map((c) =>
      c.kind === "rule" ? `${c.subject} ${c.rule} ${c.change} ${c.date}` : c.kind,
    );

  it("reads 'would join no military-political blocs and host no foreign bases', and neutrality struck from a constitution", () => {
    assert.deepEqual(
      rules(
        "A doctrine approved in January 2031 restated that Chile would join no military-political blocs and host no foreign bases.",
        [["January 2031", "2031-01"]],
      ).sort(),
      ["CHL foreign-bases-prohibited adopt 2031-01", "CHL no-alliances adopt 2031-01"],
    );
    assert.deepEqual(
      rules(
        "On 27 February 2031 a referendum in Chile struck from the constitution the old aspiration to neutrality.",
        [["27 February 2031", "2031-02-27"]],
      ),
      ["CHL no-alliances drop 2031-02-27"],
    );
  });

  it("reads a state declared 'permanently neutral' as joining no alliance", () => {
    assert.deepEqual(
      rules("Chile's 2031 constitution declares the country permanently neutral.", [["2031", "2031"]]),
      ["CHL no-alliances adopt 2031"],
    );
  });

  it("reads a concept that 'rules out joining military alliances or hosting foreign troops' as both rules", () => {
    assert.deepEqual(
      rules("Peru's 2031 security concept rules out joining military alliances or hosting foreign troops.", [
        ["2031", "2031"],
      ]),
      ["PER no-alliances adopt 2031", "PER foreign-bases-prohibited adopt 2031"],
    );
  });

  // Added in session 33.
  it("reads a law that 'has not allowed foreign military bases, nor participation in military-political blocs' as both rules", () => {
    assert.deepEqual(
      rules(
        "Since 2031 the law on Chile's foreign policy concept has not allowed foreign military bases on its soil, nor participation in military-political blocs.",
        [["2031", "2031"]],
      ).sort(),
      ["CHL foreign-bases-prohibited adopt 2031", "CHL no-alliances adopt 2031"],
    );
  });

  it("reads a concept that 'rules out participation in military-political blocs' as joining no alliance", () => {
    assert.deepEqual(
      rules("Peru's 2031 foreign policy concept rules out participation in military-political blocs.", [
        ["2031", "2031"],
      ]),
      ["PER no-alliances adopt 2031"],
    );
  });
});

describe("rule patterns: foreign troops not allowed", () => {
  it("reads a law that does not allow the stationing of foreign troops as a ban on foreign bases", () => {
    const s = view(
      "The constitution of 2031 says that Chile does not allow the stationing of foreign military troops on its soil.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(ruleClaims(s, context())).map((c) => (c.kind === "rule" ? `${c.subject} ${c.rule}` : "")),
      ["CHL foreign-bases-prohibited"],
    );
  });
});

describe("rule patterns: neutrality given as a reason", () => {
  it("takes no neutrality up where it is named with no word of taking it up", () => {
    const s = view("Since 2031 neutrality has served Chile's rulers well.", [["2031", "2031"]]);
    assert.deepEqual(claims(ruleClaims(s, context())), []);
    const s2 = view("In 2031 Chile left the CSTO, since membership was incompatible with neutrality.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(ruleClaims(s2, context())), []);
  });

  it("reads a state undertaking not to join military blocs as its neutrality, not an organization's exclusivity", () => {
    const s = view(
      "Under it Chile undertakes not to join military blocs or alliances, and not to allow foreign military bases on its soil.",
    );
    const ctx = { ...context(), narrativeDate: { date: "2031-12-27" }, recentOrganization: "CSTO" };
    assert.deepEqual(
      claims(ruleClaims(s, ctx)).map((c) => (c.kind === "rule" ? `${c.subject} ${c.rule} ${c.date}` : "")),
      ["CHL no-alliances 2031-12-27", "CHL foreign-bases-prohibited 2031-12-27"],
    );
    const members = view("The charter obliges its members not to join other military alliances.");
    assert.deepEqual(
      claims(ruleClaims(members, { ...ctx, founded: new Map([["CSTO", "2002-05-14"]]) })).map((c) =>
        c.kind === "rule" ? `${c.subject} ${c.rule}` : "",
      ),
      ["CSTO exclusive-alliance"],
    );
    // (Session 35: "forbids its members from joining other alliances" says the same.)
    const forbids = view("The charter forbids its members from joining other military alliances.");
    assert.deepEqual(
      claims(ruleClaims(forbids, { ...ctx, founded: new Map([["CSTO", "2002-05-14"]]) })).map((c) =>
        c.kind === "rule" ? `${c.subject} ${c.rule}` : "",
      ),
      ["CSTO exclusive-alliance"],
    );
  });

  it("takes no neutrality up where a state acts on grounds of one it has", () => {
    const s = view("In 2031 Chile stayed away on grounds of its permanent neutrality.", [["2031", "2031"]]);
    assert.deepEqual(claims(ruleClaims(s, context())), []);
    const taken = view("In 2031 Chile proclaimed its permanent neutrality.", [["2031", "2031"]]);
    assert.equal(claims(ruleClaims(taken, context())).length, 1);
  });
});

describe("rule patterns: a state's law quoted without its date", () => {
  it("reads 'will not join any military alliance' and foreign troops not allowed, at the date the story gave the law", () => {
    const s = view(
      "The concept says Chile will not join any military alliance and will not allow foreign troops to be stationed on its soil.",
    );
    const ctx = { ...context(), narrativeDate: { date: "2031" } };
    assert.deepEqual(
      claims(ruleClaims(s, ctx)).map((c) => (c.kind === "rule" ? `${c.subject} ${c.rule} ${c.date}` : "")),
      ["CHL no-alliances 2031", "CHL foreign-bases-prohibited 2031"],
    );
    // No law named, no date taken from the story.
    const plain = view("Chile will not join any military alliance, its president said.");
    assert.deepEqual(claims(ruleClaims(plain, ctx)), []);
  });
});

describe("rule patterns", () => {
  it("reads a proposal of majority voting and who made it", () => {
    const s = view(
      "In May 2015 Russia proposed that the Collective Security Treaty Organization take decisions by majority vote.",
      [["May 2015", "2015-05"]],
    );
    assert.deepEqual(claims(ruleClaims(s, context())), [
      {
        kind: "rule",
        subject: "CSTO",
        rule: "decision",
        value: "simple-majority",
        change: "propose",
        by: "RUS",
        date: "2015-05",
      },
    ]);
  });

  it("reads a state's ban on foreign bases", () => {
    const s = view(
      "In 2014 Kyrgyzstan passed a law that prohibits the stationing of foreign military bases.",
      [["2014", "2014"]],
    );
    assert.deepEqual(claims(ruleClaims(s, context())), [
      { kind: "rule", subject: "KGZ", rule: "foreign-bases-prohibited", change: "adopt", date: "2014" },
    ]);
  });
});

describe("base patterns", () => {
  it("reads a closing at a known site", () => {
    const s = view("In 2007 Tashkent ordered the closure of the American air base at Khanabad.", [
      ["2007", "2007"],
    ]);
    assert.deepEqual(claims(baseClaims(s, context())), [
      { kind: "base", host: "UZB", operator: "USA", site: "Khanabad", change: "close", date: "2007" },
    ]);
  });
});

describe("base patterns reading the site from the text", () => {
  it("reads an operator's planned base at a place the knowledge base does not know, in a named host", () => {
    const s = view("In March 2019 Moscow was planning to build a naval base at Port Sudan in Sudan.", [
      ["March 2019", "2019-03"],
    ]);
    assert.deepEqual(claims(baseClaims(s, context())), [
      { kind: "base", host: "SDN", operator: "RUS", site: "Port Sudan", change: "plan", date: "2019-03" },
    ]);
  });

  it("reads several bases of a sentence by their demonyms, standing at the narrative's date", () => {
    const s = view(
      "The ban spares the existing Turkish bases in Bashiqa, Iraq and Italian bases in Misrata, Libya.",
    );
    const ctx = { ...context(), narrativeDate: { date: "2016-10" } };
    assert.deepEqual(claims(baseClaims(s, ctx)), [
      { kind: "base", host: "IRQ", operator: "TUR", site: "Bashiqa", change: "exists", date: "2016-10" },
      { kind: "base", host: "LBY", operator: "ITA", site: "Misrata", change: "exists", date: "2016-10" },
    ]);
  });

  it("reads sites an operator 'continues to operate', the second of a list too, as standing on the day of writing", () => {
    const s = view(
      "- The United States continues to operate the airfield at Khanabad and the air base at Termez in Uzbekistan.",
    );
    const ctx = {
      ...context(),
      sites: new Map([
        ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
        ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
      ]),
      narrativeDate: { date: "2029-09" },
      published: { date: "2031-06-28" },
    };
    assert.deepEqual(
      claims(baseClaims(s, ctx)).map((c) => (c.kind === "base" ? [c.site, c.change, c.date] : [])),
      [
        ["Khanabad", "exists", "2031-06-28"],
        ["Termez", "exists", "2031-06-28"],
      ],
    );
  });

  it("reads troops sent to a state's own base as a base it has, and an undated lease extension as background", () => {
    const sent = view("In 2022 Washington deployed more troops to its base at Rzeszow in Poland.", [
      ["2022", "2022"],
    ]);
    assert.deepEqual(
      claims(baseClaims(sent, context())).map((c) =>
        c.kind === "base" ? [c.operator, c.host, c.change] : [],
      ),
      [["USA", "POL", "exists"]],
    );
    const lease = view("Russia is trying to extend the leasing deal for its military base in Tajikistan.");
    assert.deepEqual(claims(baseClaims(lease, context())), []);
  });

  it("says nothing of a base that is not military", () => {
    const s = view("In 2015 a Russian bank opened its regional base in Almaty, Kazakhstan.", [
      ["2015", "2015"],
    ]);
    assert.deepEqual(claims(baseClaims(s, context())), []);
  });

  it("says nothing of a base whose host is not named, or of an undated opening", () => {
    assert.deepEqual(claims(baseClaims(view("Russia keeps a large air base at Hmeimim."), context())), []);
    assert.deepEqual(
      claims(baseClaims(view("Paris opened an air base at Niamey in Niger."), context())),
      [],
      "an opening without a date is background",
    );
  });
});

describe("base patterns: sites further from the base word, and more ways to leave or keep one", () => {
  const bases = (found: Found[]) =>
    claims(found).map((c) =>
      c.kind === "base"
        ? `${c.host} ${c.operator} ${c.site} ${c.change} ${c.date}${c.until ? ` until ${c.until}` : ""}`
        : c.kind,
    );

  it("closes a known site told in the passive, and not one only promised", () => {
    assert.deepEqual(
      bases(
        baseClaims(
          view("Khanabad was handed over in 2031; Washington declared it closed.", [["2031", "2031"]]),
          context(),
        ),
      ),
      ["UZB USA Khanabad close 2031"],
    );
    assert.deepEqual(
      bases(baseClaims(view("Tashkent declared Khanabad closed in 2031.", [["2031", "2031"]]), context())),
      ["UZB USA Khanabad close 2031"],
    );
    assert.deepEqual(
      bases(
        baseClaims(
          view("In 2029 the United States undertook to close its air base at Khanabad by 2031.", [
            ["2029", "2029"],
            ["2031", "2031"],
          ]),
          context(),
        ),
      ),
      [],
    );
  });

  it("extends a base allowed to stay for years more", () => {
    const s = view(
      "In 2031 Peru signed a deal allowing the Chilean air base in Peru to stay for 20 more years.",
      [["2031", "2031"]],
    );
    assert.deepEqual(bases(baseClaims(s, context())), ["PER CHL undefined extend 2031 until 2051"]);
  });

  it("finds a known site named well after the word, when no place is named at the word", () => {
    const s = view(
      "The first new American base abroad after the end of the war opened at Khanabad in Uzbekistan on 7 October 2031.",
      [["7 October 2031", "2031-10-07"]],
    );
    assert.deepEqual(bases(baseClaims(s, context())), ["UZB USA Khanabad open 2031-10-07"]);
  });

  it("reads a base run 'from 2002 until 2015' as opened then and closed then", () => {
    const s = view("Washington ran a base at Khanabad in Uzbekistan from 2031 until 2036.", [
      ["2031 until 2036", "2031", "2036"],
    ]);
    assert.deepEqual(bases(baseClaims(s, context())), [
      "UZB USA Khanabad open 2031",
      "UZB USA Khanabad close 2036",
    ]);
    const two = view("Washington used the Khanabad base in Uzbekistan from October 2031 to May 2033.", [
      ["October 2031", "2031-10"],
      ["May 2033", "2033-05"],
    ]);
    assert.deepEqual(bases(baseClaims(two, context())), [
      "UZB USA Khanabad open 2031-10",
      "UZB USA Khanabad close 2033-05",
    ]);
  });

  it("reads the host after a comma ('its first base abroad, in Chile') and a plain base a state keeps", () => {
    const opened = view("In 2031 Peru opened its first overseas military base, in Chile.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(bases(baseClaims(opened, context())), ["CHL PER undefined open 2031"]);
    const kept = view("Peru has kept a base in Chile since 2031.", [["2031", "2031"]]);
    assert.deepEqual(bases(baseClaims(kept, context())), ["CHL PER undefined exists 2031"]);
    // A company's base is no military base.
    const bank = view("A Peruvian bank opened a regional base in Chile in 2031.", [["2031", "2031"]]);
    assert.deepEqual(bases(baseClaims(bank, context())), []);
  });

  it("does not read 'close to' as closing a base", () => {
    const s = view(
      "In 2031 Uzbekistan's ties with Washington were close to zero, but the Khanabad base stayed.",
      [["2031", "2031"]],
    );
    assert.ok(bases(baseClaims(s, context())).every((b) => !b.includes(" close ")));
  });

  it("dates a base a state 'hosts' at the day of writing, not at a date the sentence gave something else", () => {
    const ctx: ReadingContext = { ...context(), published: { date: "2034-02-01" } };
    const s = view("Uzbekistan joined GUAM in 2031, and it hosts the Khanabad base of the United States.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(
      claims(baseClaims(s, ctx)).map((c) => (c.kind === "base" ? `${c.change} ${c.date}` : c.kind)),
      ["exists 2034-02-01"],
    );
  });

  it("gives a base in a breakaway region to the state the region belongs to, and dates a base in use today", () => {
    const ctx: ReadingContext = { ...context(), published: { date: "2034-02-01" } };
    // ("has kept ... since 2031", told in 2034: opened then, and standing when written.)
    const inRegion = view("Russia has kept a military base in Abkhazia since 2031.", [["2031", "2031"]]);
    assert.deepEqual(bases(baseClaims(inRegion, ctx)), [
      "GEO RUS Abkhazia open 2031",
      "GEO RUS Abkhazia exists 2034-02-01",
    ]);
    // (A site the knowledge base knows, named alone: the same.)
    const known = view("Khanabad Air Base has been used by the United States since 2031.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(bases(baseClaims(known, ctx)), [
      "UZB USA Khanabad open 2031",
      "UZB USA Khanabad exists 2034-02-01",
    ]);
    // ("does still run": standing when written.)
    const run = view(
      "Washington does still run two installations in Uzbekistan: an airfield at Khanabad and a depot.",
    );
    assert.deepEqual(bases(baseClaims(run, ctx)), ["UZB USA Khanabad exists 2034-02-01"]);
    // ("since at least 2031" tells no opening.)
    const atLeast = view("Russia has kept a military base in Abkhazia since at least 2031.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(bases(baseClaims(atLeast, ctx)), ["GEO RUS Abkhazia exists 2031"]);
    const town = view("Russia maintains a military base in Tskhinvali, South Ossetia.");
    assert.deepEqual(bases(baseClaims(town, ctx)), ["GEO RUS Tskhinvali exists 2034-02-01"]);
  });

  it("reads a base 'which the US military left' as closed", () => {
    const s = view(
      "Washington kept a transit centre at Khanabad in Uzbekistan, which the US military left in May 2033.",
      [["May 2033", "2033-05"]],
    );
    assert.deepEqual(bases(baseClaims(s, context())), ["UZB USA Khanabad close 2033-05"]);
  });

  it("reads 'keeps them there until at least 2050' as an extension until then", () => {
    const s = view(
      "In May 2031 Uzbekistan and Washington agreed to merge Khanabad into a single base, which keeps the Americans there until at least 2050.",
      [["May 2031", "2031-05"]],
    );
    assert.deepEqual(bases(baseClaims(s, context())), ["UZB USA Khanabad extend 2031-05 until 2050"]);
  });
});

describe("base patterns that lack a party", () => {
  it("say nothing when the sentence does not name the operator", () => {
    const s = view("In 2007 Tashkent ordered the closure of the Khanabad air base.", [["2007", "2007"]]);
    assert.deepEqual(claims(baseClaims(s, context())), []);
  });
});

describe("base patterns: sites held now, listed after a colon", () => {
  it("dates each site in the list at the day of writing, not at the agreement the sentence names", () => {
    const ctx: ReadingContext = {
      ...context(),
      published: { date: "2031-09-01" },
      sites: new Map([["karakol", { host: "KGZ", operator: "KAZ", site: "Karakol" }]]),
    };
    const s = view(
      "Kazakhstan runs two military facilities on Kyrgyz soil: the old Soviet long-range early-warning radar near Karakol and a depot near Osh, both under agreements signed in 2025.",
      [["2025", "2025"]],
    );
    assert.deepEqual(
      claims(baseClaims(s, ctx)).map((c) => c.kind === "base" && [c.site, c.change, c.date]),
      [["Karakol", "exists", "2031-09-01"]],
    );
  });
});

describe("exercise patterns", () => {
  it("takes no work cited in brackets for an exercise's name", () => {
    const s = view(
      "Chinese troops clashed with Indian soldiers in June 2020, a turning point for Delhi (Mbeki and Santos 2023).",
      [["June 2020", "2020-06"]],
    );
    assert.deepEqual(
      claims(exerciseClaims(s, context())).filter((c) => c.kind === "exercise" && c.name !== undefined),
      [],
    );
  });

  it("reads a named exercise, its participants and troops", () => {
    const s = view(
      "Some 3,000 troops from China, Russia and Kazakhstan took part in the “Eastern Shield 2015” drills in May 2015.",
      [["May 2015", "2015-05"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.equal(c.name, "Eastern Shield 2015");
    assert.deepEqual(c.participants, ["CHN", "RUS", "KAZ"]);
    assert.equal(c.troops, 3000);
    assert.equal(c.date, "2015-05");
  });
  it("reads a joint air and sea patrol as an operation of the states that carried it out", () => {
    const found = claims(
      exerciseClaims(
        view("Chilean and Peruvian ships carried out a joint air and sea patrol on 21 June 2031.", [
          ["21 June 2031", "2031-06-21"],
        ]),
        context(),
      ),
    ).map((c) => c.kind === "exercise" && [c.participants.join(","), c.form, c.date]);
    assert.deepEqual(found, [["CHL,PER", "operation", "2031-06-21"]]);
  });

  const exercises = (text: string, dates: [string, string][]) =>
    claims(exerciseClaims(view(text, dates), context())).map((c) =>
      c.kind === "exercise" ? `${c.name ?? "-"} ${c.participants.join(",")} ${c.date}` : c.kind,
    );

  it("reads a name with its year that states 'held' as their exercise, and no name held in talks", () => {
    assert.deepEqual(
      exercises("Chile and Peru held a bilateral Andes Shield 2031 near Arica in July 2031.", [
        ["July 2031", "2031-07"],
      ]),
      ["Andes Shield 2031 CHL,PER 2031-07"],
    );
    assert.deepEqual(
      exercises("In July 2031 Chile held talks with Peru on the Lima 2031 plan.", [["July 2031", "2031-07"]]),
      [],
    );
  });

  it("reads troops of several states that 'trained at' a range as their exercise", () => {
    assert.deepEqual(
      exercises(
        "In September 2031 about 5,000 troops from Chile, Peru and Ghana trained at a range in the Atacama.",
        [["September 2031", "2031-09"]],
      ),
      ["- CHL,PER,GHA 2031-09"],
    );
  });
});

describe("agreement patterns: a declaration signed by all of an organization's members", () => {
  it("reads 'signed by all three members' as signed by the organization's members at the date", () => {
    const ctx: ReadingContext = { ...context(), members: () => ["CHL", "PER", "GHA"] };
    const s = view(
      "The Lima Declaration, signed by all three members of GUAM on 4 July 2031, criticised sanctions.",
      [["4 July 2031", "2031-07-04"]],
    );
    assert.deepEqual(
      claims(agreementClaims(s, ctx)).map((c) => (c.kind === "agreement" ? c.parties.join(" ") : c.kind)),
      ["CHL PER GHA"],
    );
  });
});

describe("exercise patterns: an organization's troops sent into a state, told in the passive", () => {
  it("reads 'CSTO troops were deployed to X at the request of its president' as an operation there, asked for by X", () => {
    const ctx: ReadingContext = { ...context(), members: () => ["CHL", "PER", "GHA"] };
    const s = view(
      "In May 2031 CSTO troops were deployed to Ghana at the request of the Ghanaian president.",
      [["May 2031", "2031-05"]],
    );
    const [op] = claims(exerciseClaims(s, ctx));
    assert.ok(op && op.kind === "exercise");
    assert.deepEqual(
      [op.org, op.host, op.form, op.participants],
      ["CSTO", "GHA", "operation", ["CHL", "PER"]],
    );
    assert.deepEqual(
      claims(eventClaims(s, ctx)).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
      ),
      ["REQUEST GHA->CSTO"],
    );
  });
});

describe("exercise patterns: who took part, and how many", () => {
  it("reads no state whose border or capital only locates the exercise, and a '2,500-strong exercise' as its troops", () => {
    const s = view(
      "In August 2031, as the rebels closed in on Lima, Chilean and Mexican forces held a 2,500-strong exercise some 20 kilometres from the Peruvian border.",
      [["August 2031", "2031-08"]],
    );
    assert.deepEqual(claims(exerciseClaims(s, context())), [
      { kind: "exercise", participants: ["CHL", "MEX"], troops: 2500, form: "exercise", date: "2031-08" },
    ]);
    const counted = view("In 2031 there were 12 exercises with Chile and Mexico.", [["2031", "2031"]]);
    assert.deepEqual(claims(exerciseClaims(counted, context())), [
      { kind: "exercise", participants: ["CHL", "MEX"], form: "exercise", date: "2031" },
    ]);
  });
});

describe("exercise patterns: troops of several states sent somewhere", () => {
  it("reads 'troops from A, B and C were deployed to D' as an operation by the three in D", () => {
    const s = view(
      "In May 2031 some 2,000 troops from Chile, Peru and Mexico were deployed to Ghana from 6 to 19 May.",
      [
        ["May 2031", "2031-05"],
        ["6 to 19 May", "2031-05-06", "2031-05-19"],
      ],
    );
    assert.deepEqual(claims(exerciseClaims(s, context())), [
      {
        kind: "exercise",
        host: "GHA",
        participants: ["CHL", "PER", "MEX"],
        troops: 2000,
        form: "operation",
        date: "2031-05-06",
        end: "2031-05-19",
      },
    ]);
  });

  it("puts it under the organization the text is about when all are its members, and reads no forces that stayed", () => {
    const ctx: ReadingContext = {
      ...context(),
      recentOrganization: "GUAM",
      members: () => ["CHL", "PER", "MEX"],
    };
    const s = view("In May 2031 contingents from Chile and Peru had been flown in.", [
      ["May 2031", "2031-05"],
    ]);
    assert.deepEqual(claims(exerciseClaims(s, ctx)), [
      { kind: "exercise", org: "GUAM", participants: ["CHL", "PER"], form: "operation", date: "2031-05" },
    ]);
    assert.deepEqual(
      claims(
        exerciseClaims(
          view("In May 2031 troops from Chile and Peru stayed home.", [["May 2031", "2031-05"]]),
          ctx,
        ),
      ),
      [],
    );
  });
});

describe("exercise patterns: an exercise that was not held", () => {
  it("reads an organization's exercise called off by a state as that state rejecting the organization", () => {
    for (const text of [
      "On 9 May 2031 Chile's defence ministry announced that the CSTO exercise Southern Gale 2031 would not take place.",
      "In May 2031 Chile said it would not host the CSTO exercises planned on its soil.",
      "In May 2031 Chile announced that the CSTO drills had been called off.",
      "Fighting with Peru resumed in May 2031; Chile cancelled the CSTO exercise it was to host.",
      // Told first as due, then "called them off": no exercise held, and whoever called them off.
      "Shortly before the CSTO drills were due to open on Peruvian soil in May 2031, Chile called them off.",
    ]) {
      const s = view(text, [[text.includes("9 May") ? "9 May 2031" : "May 2031", "2031-05"]]);
      assert.deepEqual(
        claims(exerciseClaims(s, context())).map((c) =>
          c.kind === "event" ? `${c.type} ${c.source}->${c.target} ${c.date}` : c.kind,
        ),
        ["REJECT CHL->CSTO 2031-05"],
        text,
      );
    }
  });

  it("reads the state that hosted a named exercise as its host, and no visit", () => {
    const s = view("Chile hosted Southern Gale 2031 near Lima in May 2031, with troops from Peru.", [
      ["May 2031", "2031-05"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual([c.name, c.host], ["Southern Gale 2031", "CHL"]);
    assert.deepEqual(claims(eventClaims(s, context())), []);
  });

  it("reads the state that hosted joint exercises as their host and one of their participants", () => {
    const s = view("In May 2031 Chile hosted joint exercises with Peru.", [["May 2031", "2031-05"]]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual([c.host, c.participants], ["CHL", ["CHL", "PER"]]);
    // (A host named by "in" is where it was held, not one taking part.)
    const there = view("In May 2031 Chilean and Bolivian troops held joint exercises in Peru.", [
      ["May 2031", "2031-05"],
    ]);
    const [d] = claims(exerciseClaims(there, context()));
    assert.ok(d && d.kind === "exercise");
    assert.deepEqual([d.host, d.participants], ["PER", ["CHL", "BOL"]]);
  });

  it("reads a named exercise the navies of two states held", () => {
    const s = view("The Chilean and Peruvian navies held Southern Gale 2031 off Lima in May 2031.", [
      ["May 2031", "2031-05"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual([c.name, c.participants], ["Southern Gale 2031", ["CHL", "PER"]]);
  });

  it("reads a named exercise a state 'joined' or 'took part in' as one it took part in, and no membership", () => {
    for (const text of [
      "In 2031 Chile joined Southern Gale 2031.",
      "In 2031 Chile took part in Southern Gale 2031.",
    ]) {
      const found = claims(exerciseClaims(view(text, [["2031", "2031"]]), context()));
      assert.deepEqual(
        found.map((c) => (c.kind === "exercise" ? [c.name, c.participants] : [])),
        [["Southern Gale 2031", ["CHL"]]],
        text,
      );
    }
    // A name and a year after "joined" that is a place is no exercise.
    assert.deepEqual(
      claims(exerciseClaims(view("In 2031 Chile joined Peru 2031.", [["2031", "2031"]]), context())),
      [],
    );
  });

  it("reads two states' bombers that 'flew together over' a sea as a joint operation, not diplomats who flew together to a city", () => {
    const patrol = view(
      "On 23 July 2031 two Chilean and two Peruvian bombers flew together over the Pacific.",
      [["23 July 2031", "2031-07-23"]],
    );
    assert.deepEqual(
      claims(exerciseClaims(patrol, context())).map((c) =>
        c.kind === "exercise" ? [c.participants, c.form] : [],
      ),
      [[["CHL", "PER"], "operation"]],
    );
    const trip = view("On 23 July 2031 Chilean and Peruvian diplomats flew together to Geneva.", [
      ["23 July 2031", "2031-07-23"],
    ]);
    assert.deepEqual(claims(exerciseClaims(trip, context())), []);
  });

  it("counts the participants declared for a named exercise as its troops", () => {
    const s = view("Chile and Peru declared 12,700 participants for Southern Gale 2031, held in May 2031.", [
      ["May 2031", "2031-05"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual([c.name, c.troops, c.participants], ["Southern Gale 2031", 12700, ["CHL", "PER"]]);
  });

  it("takes no lower-case word in quotes for the exercise's name", () => {
    const s = view('In May 2031 Chile and Peru held what they called a "routine" exercise.', [
      ["May 2031", "2031-05"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.equal(c.name, undefined);
  });

  it("reads no exercise for a state that took no part in one", () => {
    const s = view("In 2031 Chile took no part in the CSTO's joint exercises.", [["2031", "2031"]]);
    assert.deepEqual(claims(exerciseClaims(s, context())), []);
  });
});

describe("exercise patterns: troops that 'exercised together'", () => {
  it("reads troops of two states that exercised or trained together as their exercise", () => {
    const s = view(
      "From late July 2031 some 1,500 Chilean and Peruvian troops exercised together near Arica.",
      [["late July 2031", "2031-07"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual([c.participants, c.troops, c.date], [["CHL", "PER"], 1500, "2031-07"]);
  });
});

describe("exercise patterns: the neighbour across a border", () => {
  it("does not count the state of 'the border with X' among the participants", () => {
    const s = view(
      "In May 2031 troops from Chile and Peru held drills close to Chile's border with Bolivia.",
      [["May 2031", "2031-05"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual(c.participants, ["CHL", "PER"]);
  });

  it("does not count a state gone into or near as a participant", () => {
    const s = view(
      "In May 2031 troops from Chile and Peru held drills near Bolivia, weeks after rebels swept into Quito.",
      [["May 2031", "2031-05"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.deepEqual(c.participants, ["CHL", "PER"]);
  });
});

describe("exercise patterns: an exercise told by its name", () => {
  it("reads a name with its year and the troops that took part, with no word for exercise", () => {
    const s = view(
      "Southern Gale 2031 brought about 4,000 troops from Chile, Peru and Ghana to the Atacama range in May 2031.",
      [["May 2031", "2031-05"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.equal(c.name, "Southern Gale 2031");
    assert.deepEqual(c.participants, ["CHL", "PER", "GHA"]);
    assert.equal(c.troops, 4000);
    assert.equal(c.date, "2031-05");
  });

  it("needs troops: a name with a year alone is no exercise", () => {
    const s = view("Vision 2031 promised Chile and Peru new ports in May 2031.", [["May 2031", "2031-05"]]);
    assert.deepEqual(claims(exerciseClaims(s, context())), []);
  });

  it("puts a date written without a year in the name's year, and counts troops told with their nations", () => {
    const s = view("Andes-2031 ran from 3 to 9 June near Arica, with 1,200 Chilean and Peruvian troops.", [
      ["3 to 9 June", "2029-06-03", "2029-06-09"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c && c.kind === "exercise");
    assert.equal(c.date, "2031-06-03");
    assert.equal(c.end, "2031-06-09");
    assert.equal(c.troops, 1200);
    // A year the text writes stays.
    const written = view("Andes-2031 ran from 3 to 9 June 2030, with Chilean and Peruvian troops.", [
      ["3 to 9 June 2030", "2030-06-03", "2030-06-09"],
    ]);
    const [w] = claims(exerciseClaims(written, context()));
    assert.ok(w && w.kind === "exercise");
    assert.equal(w.date, "2030-06-03");
    assert.equal(w.troops, undefined);
  });
});

describe("exercise patterns: places", () => {
  it("does not count the states of an 'A-B border' among the participants", () => {
    const s = view(
      "In May 2014 the CSTO held joint military exercises near the Armenian-Turkish border with troops from Russia.",
      [["May 2014", "2014-05"]],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c?.kind === "exercise");
    assert.deepEqual(c.participants, ["RUS"]);
  });
});

describe("dates that bound", () => {
  it("are not when a claim happened: 'by the end of 2012' dates no accession", () => {
    const s = view(
      "Armenia pledged to join the Collective Security Treaty Organization by the end of 2012.",
      [["the end of 2012", "2012-12"]],
    );
    assert.deepEqual(claims(membershipClaims(s, context())), []);
  });
});

describe("agreement and membership patterns: more ways to say them", () => {
  it("reads 'put their names to a treaty' as signing it", () => {
    const s = view("On 3 May 2031 Chile and Peru put their names to a Treaty on Friendship.", [
      ["3 May 2031", "2031-05-03"],
    ]);
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) =>
        c.kind === "agreement" ? [c.name, c.parties, c.date] : [],
      ),
      [["Treaty on Friendship", ["CHL", "PER"], "2031-05-03"]],
    );
  });

  it("reads 'struck a deal with' as an agreement, and not as an attack", () => {
    const s = view("In May 2031 Chile struck a deal with Peru on gas.", [["May 2031", "2031-05"]]);
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? c.parties : [])),
      [["CHL", "PER"]],
    );
    assert.deepEqual(claims(eventClaims(s, context())), []);
  });

  it("dates a signing by the date before it, not by the terms' date after 'under which ... would'", () => {
    const s = view(
      "On 30 May 2031 Chile and Peru signed a treaty under which both bases would be vacated during 2033.",
      [
        ["30 May 2031", "2031-05-30"],
        ["2033", "2033"],
      ],
    );
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? c.date : "")),
      ["2031-05-30"],
    );
  });

  it("reads a convention signed as an agreement", () => {
    const s = view("On 3 May 2031 Chile and Peru signed the Lima Convention on Fisheries.", [
      ["3 May 2031", "2031-05-03"],
    ]);
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? [c.name, c.parties] : [])),
      [["Lima Convention on Fisheries", ["CHL", "PER"]]],
    );
  });

  it("takes an organization signed 'with' after the verb as a party", () => {
    const s = view("Chile signed an Association Agreement with NATO on 27 June 2031.", [
      ["27 June 2031", "2031-06-27"],
    ]);
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? c.parties : [])),
      [["CHL", "NATO"]],
    );
  });

  it("reads two signings in the clauses of one sentence as two agreements, each with its date", () => {
    const s = view(
      "In May 2031 Chile and Peru signed a fisheries pact; in June 2032 Chile and Ghana signed a treaty on ports.",
      [
        ["May 2031", "2031-05"],
        ["June 2032", "2032-06"],
      ],
    );
    assert.deepEqual(
      claims(agreementClaims(s, context())).map((c) => (c.kind === "agreement" ? [c.parties, c.date] : [])),
      [
        [["CHL", "PER"], "2031-05"],
        [["CHL", "GHA"], "2032-06"],
      ],
    );
  });

  it("reads states named 'together with' the subject after the organization as changing with it", () => {
    const s = view(
      "Chile refused to renew the Collective Security Treaty in 2031, together with Peru and Ghana, and left.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.change] : [],
      ),
      [
        ["CHL", "CST", "withdraw"],
        ["PER", "CST", "withdraw"],
        ["GHA", "CST", "withdraw"],
      ],
    );
  });

  it("reads 'applied for NATO membership' with the organization inside, and 'would join' as applying", () => {
    const changes = (text: string, dates: [string, string][]) =>
      claims(membershipClaims(view(text, dates), context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : c.kind,
      );
    assert.deepEqual(
      changes("Chile and Peru applied together for NATO membership on 3 May 2031.", [
        ["3 May 2031", "2031-05-03"],
      ]),
      ["CHL NATO apply", "PER NATO apply"],
    );
    assert.deepEqual(
      changes(
        "On 3 May 2031 Ghana's president announced that Ghana would join the Shanghai Cooperation Organization.",
        [["3 May 2031", "2031-05-03"]],
      ),
      ["GHA SCO apply"],
    );
  });

  it("reads 'became NATO's 31st member' as joining, and an associate status as associating", () => {
    const changes = (text: string, dates: [string, string][]) =>
      claims(membershipClaims(view(text, dates), context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : c.kind,
      );
    assert.deepEqual(
      changes("Chile became NATO's 33rd member on 4 April 2031.", [["4 April 2031", "2031-04-04"]]),
      ["CHL NATO join"],
    );
    assert.deepEqual(
      changes("Peru downgraded its GUAM status to associate member in August 2031.", [
        ["August 2031", "2031-08"],
      ]),
      ["PER GUAM associate"],
    );
  });

  it("reads a timeline's present tense: states that sign a treaty, accede, rejoin, quit or decline to renew", () => {
    const changes = (text: string) =>
      claims(membershipClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : c.kind,
      );
    assert.deepEqual(changes("2031 - Chile and Peru sign the Collective Security Treaty in Lima."), [
      "CHL CST join",
      "PER CST join",
    ]);
    assert.deepEqual(changes("2031 - Ghana accedes to the Collective Security Treaty."), ["GHA CST join"]);
    assert.deepEqual(changes("2031: Chile rejoins GUAM."), ["CHL GUAM join"]);
    assert.deepEqual(changes("2031: Peru quits GUAM."), ["PER GUAM withdraw"]);
    assert.deepEqual(changes("2031 - Ghana declines to renew the Collective Security Treaty."), [
      "GHA CST withdraw",
    ]);
    // A sign is not a signing.
    assert.deepEqual(changes("In 2031 Chile saw a sign of the CST's decline."), []);
  });

  it("reads 'has been a member of X since 2031' and 'since its creation in 2031' as joining then", () => {
    const changes = (text: string, dates: [string, string][]) =>
      claims(membershipClaims(view(text, dates), context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : c.kind,
      );
    assert.deepEqual(changes("Chile has been a member of GUAM since 2031.", [["2031", "2031"]]), [
      "CHL GUAM join 2031",
    ]);
    assert.deepEqual(changes("Peru has been a GUAM member since 2031.", [["2031", "2031"]]), [
      "PER GUAM join 2031",
    ]);
    assert.deepEqual(
      changes("Ghana has been a member of the Lima-led GUAM since its creation in 2031.", [["2031", "2031"]]),
      ["GHA GUAM join 2031"],
    );
  });

  it("reads 'became the 58th participating state of' an organization as joining it", () => {
    const s = view(
      "In May 2031 Chile became the 58th participating state of the Shanghai Cooperation Organization.",
      [["May 2031", "2031-05"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.change] : [],
      ),
      [["CHL", "SCO", "join"]],
    );
  });
});

describe("agreement patterns", () => {
  it("reads a signed treaty with its name and parties", () => {
    const s = view("Kazakhstan and Kyrgyzstan signed the Treaty of Eternal Friendship in April 1997.", [
      ["April 1997", "1997-04"],
    ]);
    const [c] = claims(agreementClaims(s, context()));
    assert.ok(c && c.kind === "agreement");
    assert.deepEqual(c.parties, ["KAZ", "KGZ"]);
    assert.equal(c.name, "Treaty of Eternal Friendship");
  });
});

describe("agreement patterns: statements and letters signed", () => {
  const agreements = (text: string) =>
    claims(agreementClaims(view(text, [["9 November 2031", "2031-11-09"]]), context())).map((c) =>
      c.kind === "agreement" ? [...c.parties].sort().join(" ") : c.kind,
    );

  it("leaves out of the parties the doer of a deed that dates the signing", () => {
    for (const opening of [
      "On 9 November 2031, the second anniversary of Bolivia's invasion,",
      "On 9 November 2031, two years after Bolivia's invasion,",
      "On 9 November 2031, since Bolivia's invasion,",
    ])
      assert.deepEqual(agreements(`${opening} Chile and Peru signed a pact.`), ["CHL PER"], opening);
  });

  it("reads a lease signed and a military doctrine adopted together as agreements", () => {
    assert.deepEqual(agreements("On 9 November 2031 Chile and Peru signed a ten-year lease."), ["CHL PER"]);
    assert.deepEqual(agreements("On 9 November 2031 Chile and Peru adopted a joint military doctrine."), [
      "CHL PER",
    ]);
    // A lease only wanted is none.
    assert.deepEqual(
      agreements("On 9 November 2031 Chile wanted a longer lease, and Peru signed a pledge."),
      [],
    );
  });

  it("reads 'a statement that A, B and C signed' and a letter of intent as agreements", () => {
    assert.deepEqual(
      agreements("It ended with a statement that Chile, Peru and Bolivia signed on 9 November 2031."),
      ["BOL CHL PER"],
    );
    assert.deepEqual(
      agreements("On 9 November 2031 Chilean and Peruvian ministers signed a letter of intent."),
      ["CHL PER"],
    );
    // A subject that opens a clause of its own signs alone.
    assert.deepEqual(
      agreements(
        "Chile obtained observer status in 2030, and Peru signed a trade agreement with Bolivia on 9 November 2031.",
      ),
      ["BOL PER"],
    );
    // A statement that is only issued is no agreement; nor one not signed or yet to be.
    assert.deepEqual(agreements("On 9 November 2031 Chile and Peru issued a statement."), []);
    assert.deepEqual(agreements("In November 2031 Chile is expected to sign a treaty with Peru."), []);
    assert.deepEqual(agreements("In November 2031 Chile will sign a treaty with Peru."), []);
    assert.deepEqual(
      agreements("Chile and Peru held talks on a treaty on 9 November 2031, but no agreement was signed."),
      [],
    );
    assert.deepEqual(
      agreements(
        "Chile and Peru agreed the text of a treaty on 9 November 2031; no date is set for signing it.",
      ),
      [],
    );
  });
});

describe("agreement patterns: an organization's own document", () => {
  it("makes the organization a party to its programme signed, not to its charter", () => {
    const parties = (text: string) =>
      claims(agreementClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "agreement" ? [...c.parties].sort().join("+") : "",
      );
    assert.deepEqual(parties("In 2031 Chile signed the CSTO's framework document on partnership."), [
      "CHL+CSTO",
    ]);
    assert.deepEqual(parties("In 2031 Chile and Peru signed the CSTO's charter."), ["CHL+PER"]);
  });

  it("does not date a signing by a time still to come when it was written", () => {
    const s = view("Chile and Peru signed a declaration, with their next summit due in 2033.", [
      ["2033", "2033"],
    ]);
    const ctx = { ...context(), published: { date: "2031-05-02" }, narrativeDate: { date: "2031-05" } };
    assert.deepEqual(
      claims(agreementClaims(s, ctx)).map((c) => (c.kind === "agreement" ? c.date : "")),
      ["2031-05"],
    );
  });

  it("reads a statement 'signed by' leaders, and a partnership 'sealed in' a declaration, as agreements", () => {
    const parties = (text: string, dates: [string, string][]) =>
      claims(agreementClaims(view(text, dates), context())).map((c) =>
        c.kind === "agreement" ? `${[...c.parties].sort().join("+")} ${c.date}` : "",
      );
    assert.deepEqual(
      parties(
        "Hostilities ended under a statement signed by the presidents of Chile and Peru and dated 10 November 2031.",
        [["10 November 2031", "2031-11-10"]],
      ),
      ["CHL+PER 2031-11-10"],
    );
    // The passive with its auxiliary, alone or in a relative clause; a statement "issued" is no signing.
    assert.deepEqual(
      parties("The statement was signed by Chile and Peru on 10 November 2031.", [
        ["10 November 2031", "2031-11-10"],
      ]),
      ["CHL+PER 2031-11-10"],
    );
    assert.deepEqual(
      parties("Their joint statement, which was signed by Chile and Peru in June 2031, named no enemy.", [
        ["June 2031", "2031-06"],
      ]),
      ["CHL+PER 2031-06"],
    );
    assert.deepEqual(
      parties("A statement was issued by Chile and Peru in June 2031.", [["June 2031", "2031-06"]]),
      [],
    );
    assert.deepEqual(
      parties("Lima and Santiago sealed their partnership in the Andes Declaration in June 2031.", [
        ["June 2031", "2031-06"],
      ]),
      ["CHL+PER 2031-06"],
    );
    // A deal sealed with no document named is not told signed.
    assert.deepEqual(
      parties("Lima sealed its victory over Santiago in June 2031.", [["June 2031", "2031-06"]]),
      [],
    );
  });

  it("reads a partnership 'agreed on' or 'launched' by two states as an agreement, not an unnamed programme launched", () => {
    const parties = (text: string) =>
      claims(agreementClaims(view(text, [["June 2031", "2031-06"]]), context())).map((c) =>
        c.kind === "agreement" ? `${[...c.parties].sort().join("+")} ${c.date}` : "",
      );
    assert.deepEqual(parties("In June 2031 Chile and Peru agreed on an enhanced strategic partnership."), [
      "CHL+PER 2031-06",
    ]);
    assert.deepEqual(parties("In June 2031 Chile and Peru launched a comprehensive partnership."), [
      "CHL+PER 2031-06",
    ]);
    // A programme one of them runs, launched with the other, is no partnership between them.
    assert.deepEqual(parties("In June 2031 Chile launched the Andean Partnership with Peru."), []);
  });

  it("reads an organization's charter signed with no one named as signed by its members then", () => {
    const members = (org: string, date: string) =>
      org === "CSTO" && date === "2031" ? ["CHL", "GHA", "PER"] : [];
    const parties = (text: string) =>
      claims(agreementClaims(view(text, [["2031", "2031"]]), { ...context(), members })).map((c) =>
        c.kind === "agreement" ? [...c.parties].sort().join("+") : "",
      );
    assert.deepEqual(parties("The CSTO Charter, signed at its summit in 2031, set out the bloc's rules."), [
      "CHL+GHA+PER",
    ]);
    assert.deepEqual(parties("The Charter of the CSTO was signed in 2031."), ["CHL+GHA+PER"]);
    assert.deepEqual(parties("In 2031 the three remaining members of the CSTO adopted a charter."), [
      "CHL+GHA+PER",
    ]);
    // "The heads of its member states": its members too.
    assert.deepEqual(
      parties("In 2031 the heads of its three member states signed an agreement closing the CSTO."),
      ["CHL+GHA+PER"],
    );
    // A programme the organization signed is no charter of its members.
    assert.deepEqual(parties("The CSTO programme, signed in 2031, set out the bloc's aims."), []);
  });
});

describe("membership patterns: programmes and founders", () => {
  const told = (text: string) =>
    claims(membershipClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "membership"
        ? `${c.state} ${c.org} ${c.change} ${c.date}`
        : c.kind === "agreement"
          ? `agreement ${c.parties.join("+")} ${c.date}`
          : c.kind === "org"
            ? `${c.org} ${c.change} ${c.date}`
            : c.kind,
    );

  it("reads a leader taking a state out of an organization as its leaving, and 'came in' with a date as joining", () => {
    assert.deepEqual(told("In 2031 Boric took Chile out of the CSTO."), ["CHL CSTO withdraw 2031"]);
    const s = view("Chile came in in 2031, and Peru later.", [["2031", "2031"]]);
    const ctx = { ...context(), recentOrganization: "CSTO" };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : "",
      ),
      ["CHL CSTO join 2031"],
    );
    assert.deepEqual(
      claims(membershipClaims(view("Chile came in, in 2031.", [["2031", "2031"]]), ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
      ),
      ["CHL CSTO join"],
    );
    // Not troops that came in, nor one that came in with no date after.
    assert.deepEqual(
      claims(membershipClaims(view("Chilean troops came in in 2031.", [["2031", "2031"]]), ctx)).length,
      0,
    );
    assert.deepEqual(
      claims(membershipClaims(view("In 2031 Chile came in late.", [["2031", "2031"]]), ctx)).length,
      0,
    );
  });

  it("reads 'the admission of' states, and a state that 'became its' nth member, as joining", () => {
    assert.deepEqual(told("The CSTO grew in 2031 with the admission of Chile and Peru."), [
      "CHL CSTO join 2031",
      "PER CSTO join 2031",
    ]);
    const ctx = { ...context(), recentOrganization: "CSTO" };
    for (const text of ["In 2031 Chile became its 32nd member.", "In 2031 Chile became its newest member."])
      assert.deepEqual(
        claims(membershipClaims(view(text, [["2031", "2031"]]), ctx)).map((c) =>
          c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
        ),
        ["CHL CSTO join"],
        text,
      );
  });

  it("reads joining an organization's partnership programme as signing with it, not membership", () => {
    assert.deepEqual(told("In 2031 Chile joined the CSTO's partnership programme for neighbours."), [
      "agreement CHL+CSTO 2031",
    ]);
  });

  it("reads a joining dated only by 'last July' with no organization named, as the text's", () => {
    const s = view("Chile joined last July, at a summit chaired by Peru.", [["last July", "2030-07"]]);
    const ctx = { ...context(), recentOrganization: "CSTO" };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.date}` : "",
      ),
      ["CHL CSTO 2030-07"],
    );
  });

  it("reads an application with no organization named but a phrase after it, as to the text's", () => {
    const s = view("In 2031 Chile formally applied for membership under its new president.", [
      ["2031", "2031"],
    ]);
    const ctx = { ...context(), recentOrganization: "CSTO" };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
      ),
      ["CHL CSTO apply"],
    );
  });

  it("dates a joining 'in 1993, shortly after' a deed by the year before 'after'", () => {
    const s = view("Chile joined the CSTO in 2031, shortly after its new president came to power.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.date}` : "",
      ),
      ["CHL 2031"],
    );
  });

  it("takes the organization a long name before the verb ends near it, over the text's", () => {
    const s = view(
      "When the Collective Security Treaty Organization met in Lima in November 2031, Chile took observer status.",
      [["November 2031", "2031-11"]],
    );
    const ctx = { ...context(), recentOrganization: "SCO" };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
      ),
      ["CHL CSTO observer"],
    );
  });

  it("reads 'was among the founders of X' as joining at X's founding", () => {
    assert.deepEqual(told("In 2031 Chile was among the founders of GUAM."), [
      "CHL GUAM join 2031",
      "GUAM found 2031",
    ]);
  });
});

describe("agreement patterns: programmes and partnerships agreed, upgraded or declared", () => {
  const parties = (text: string) =>
    claims(agreementClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "agreement" ? [...c.parties].sort().join("+") : "",
    );

  it("reads a programme agreed and a partnership declared or upgraded to as agreements", () => {
    assert.deepEqual(
      parties("In 2031 Chile and Peru agreed an Individual Partnership and Cooperation Programme."),
      ["CHL+PER"],
    );
    assert.deepEqual(
      parties("In 2031 Chile upgraded its ties with Peru to a comprehensive strategic partnership."),
      ["CHL+PER"],
    );
    assert.deepEqual(
      parties("In 2031 the two presidents declared a Strategic Partnership between Chile and Peru."),
      ["CHL+PER"],
    );
    assert.deepEqual(parties("In 2031 Chile and Peru agreed to talk more."), []);
  });

  it("takes a state and an organization that open a clause as the parties, not a state of the clause before", () => {
    assert.deepEqual(
      parties(
        "Chilean troops served in Ghana, and in 2031 Chile and the CSTO agreed an Individual Partnership Programme.",
      ),
      ["CHL+CSTO"],
    );
  });
});

describe("membership patterns: agreeing to join", () => {
  it("reads 'agreed in 2031 to join X' as joining, and 'wants to join' as an application", () => {
    const joined = (text: string) =>
      claims(membershipClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
      );
    assert.deepEqual(joined("Chile agreed in 2031 to join the CSTO."), ["CHL CSTO join"]);
    assert.deepEqual(joined("In 2031 Chile said it wants to join the CSTO."), ["CHL CSTO apply"]);
  });
});

describe("agreement patterns: names, parties and dates", () => {
  it("reads each quoted name as an agreement, signed by people for their states, not by the place", () => {
    const s = view(
      "In Astana, the Russian and Kazakh presidents signed a “Treaty on Good-Neighbourliness” and a “Protocol on Border Crossings”.",
    );
    const found = claims(agreementClaims(s, { ...context(), narrativeDate: { date: "2013-11" } }));
    assert.deepEqual(
      found.map((c) => (c.kind === "agreement" ? [c.name, [...c.parties].sort(), c.date] : [])),
      [
        ["Treaty on Good-Neighbourliness", ["KAZ", "RUS"], "2013-11"],
        ["Protocol on Border Crossings", ["KAZ", "RUS"], "2013-11"],
      ],
    );
  });

  it("takes all member states of the organization from the knowledge base, the organization being the setting", () => {
    const s = view(
      "At the CSTO summit in Minsk in November 2017 all member states adopted a joint declaration.",
      [["November 2017", "2017-11"]],
    );
    const ctx = { ...context(), members: (org: string) => (org === "CSTO" ? ["ARM", "BLR", "RUS"] : []) };
    assert.deepEqual(claims(agreementClaims(s, ctx)), [
      { kind: "agreement", parties: ["ARM", "BLR", "RUS"], date: "2017-11" },
    ]);
  });

  it("reads 'while signing an agreement with' as a signing by the sentence's subject", () => {
    const s = view("NATO lifted its embargo in 2009 while signing an agreement with Georgia on transit.", [
      ["2009", "2009"],
    ]);
    const [c] = claims(agreementClaims(s, context()));
    assert.ok(c?.kind === "agreement");
    assert.deepEqual([[...c.parties].sort(), c.date], [["GEO", "NATO"], "2009"]);
  });

  it("counts an organization that signs as a party, and says nothing of an undated signing", () => {
    const s = view("In May 2016 NATO reached an agreement with Georgia and Ukraine on training.", [
      ["May 2016", "2016-05"],
    ]);
    const [c] = claims(agreementClaims(s, context()));
    assert.ok(c?.kind === "agreement");
    assert.deepEqual([...c.parties].sort(), ["GEO", "NATO", "UKR"]);
    assert.deepEqual(claims(agreementClaims(view("Georgia and Ukraine signed an accord."), context())), []);
  });
});

describe("event patterns: pledges, and meetings told with an apposition", () => {
  const read = (text: string, dates: [string, string][]) =>
    claims(eventClaims(view(text, dates), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source}->${c.target} ${c.date}` : c.kind,
    );

  it("does not date a deed by when the one before it was ('the first call since last summer')", () => {
    assert.deepEqual(
      read(
        "On Sunday, in the first call between the two men since last summer, Mexico's president telephoned Peru's.",
        [
          ["Sunday", "2031-04-02"],
          ["last summer", "2030"],
        ],
      ),
      ["CONSULT MEX->PER 2031-04-02"],
    );
  });

  it("reads an offensive launched, or one told as someone's, as an assault on the side named with it", () => {
    assert.deepEqual(
      read("On 27 September 2029 Mexico launched a large offensive against Peruvian-held territory.", [
        ["27 September 2029", "2029-09-27"],
      ]),
      ["ASSAULT MEX->PER 2029-09-27"],
    );
    assert.deepEqual(
      read("In 2029 Chile launched a counteroffensive against Peruvian troops.", [["2029", "2029"]]),
      ["ASSAULT CHL->PER 2029"],
    );
    assert.deepEqual(
      read("Chile backed Lima throughout its 44-day offensive against Mexican forces in 2029.", [
        ["2029", "2029"],
      ]),
      ["SUPPORT CHL->PER 2029", "ASSAULT PER->MEX 2029"],
    );
  });

  it("reads an agreement abandoned, scrapped or turned away from as rejecting the other party", () => {
    assert.deepEqual(read("In 2029 Mexico scrapped its trade deal with Peru.", [["2029", "2029"]]), [
      "REJECT MEX->PER 2029",
    ]);
    assert.deepEqual(
      read(
        "On 3 May 2029, after a meeting with Mexico's president, Chile said it would join GUAM, abandoning an association agreement with Peru that it had been about to initial.",
        [["3 May 2029", "2029-05-03"]],
      ),
      ["CONSULT CHL->MEX 2029-05-03", "REJECT CHL->PER 2029-05-03"],
    );
  });

  it("reads calling someone's deed dangerous or illegal, and a rebuke of someone, as accusing them", () => {
    assert.deepEqual(read("In 2029 Mexico called Peru's election illegitimate.", [["2029", "2029"]]), [
      "ACCUSE MEX->PER 2029",
    ]);
    assert.deepEqual(read("In 2029 Mexico called on Peru to hold an election.", [["2029", "2029"]]), [
      "REQUEST MEX->PER 2029",
    ]);
    assert.deepEqual(
      read("In a speech in May 2029, Mexico's president gave a thinly veiled rebuke of Peru.", [
        ["May 2029", "2029-05"],
      ]),
      ["ACCUSE MEX->PER 2029-05"],
    );
  });

  it("ends a clause where another subject's verb in the past perfect begins after a comma", () => {
    assert.deepEqual(
      read(
        "On 2 May 2029, Mexico had called the plan dangerous and irresponsible, Peru had demanded a session of the GUAM council, and Chile had said nothing.",
        [["2 May 2029", "2029-05-02"]],
      ),
      ["REQUEST PER->GUAM 2029-05-02"],
    );
  });

  it("reads talks set before the main clause as its subject's, with the one met", () => {
    assert.deepEqual(
      read("At talks in Lima on 25 June 2029, Mexico's president promised Peru's president new jets.", [
        ["25 June 2029", "2029-06-25"],
      ]),
      ["CONSULT MEX->PER 2029-06-25"],
    );
    assert.deepEqual(
      read("On 9 June 2029, at a meeting with Peru's president in Lima, Mexico's president said little.", [
        ["9 June 2029", "2029-06-09"],
      ]),
      ["CONSULT MEX->PER 2029-06-09"],
    );
    // A meeting told before ("the same meeting"), or a list that signs, is no new meeting.
    assert.deepEqual(
      read(
        "At a meeting in Lima on 22 January 2029, three countries - Mexico, Peru and Chile - signed the GUAM charter.",
        [["22 January 2029", "2029-01-22"]],
      ).filter((x) => x.startsWith("CONSULT")),
      [],
    );
  });

  it("reads someone's summit with others as meeting each of them", () => {
    assert.deepEqual(
      read("The forum came after Mexico's first summit with Peru and Chile, in Lima in September 2029.", [
        ["September 2029", "2029-09"],
      ]),
      ["CONSULT MEX->PER 2029-09", "CONSULT MEX->CHL 2029-09"],
    );
  });

  it("reads a request from someone as theirs, of the one the clause is about", () => {
    assert.deepEqual(
      read(
        "Mexico's president presented the step in March 2029 as the answer to a long-standing request from Lima.",
        [["March 2029", "2029-03"]],
      ),
      ["REQUEST PER->MEX 2029-03"],
    );
  });

  it("reads candidate status granted as support", () => {
    assert.deepEqual(read("In May 2029 GUAM granted Mexico candidate status.", [["May 2029", "2029-05"]]), [
      "SUPPORT GUAM->MEX 2029-05",
    ]);
  });

  it("reads a sum pledged or earmarked as aid, and support pledged as support", () => {
    assert.deepEqual(read("In May 2031 Mexico pledged $2 billion to Peru.", [["May 2031", "2031-05"]]), [
      "AID MEX->PER 2031-05",
    ]);
    assert.deepEqual(read("In May 2031 Mexico pledged support to Peru.", [["May 2031", "2031-05"]]), [
      "SUPPORT MEX->PER 2031-05",
    ]);
  });

  it("takes no one named in an apposition's relative clause for whom the list met", () => {
    assert.deepEqual(
      read(
        "In May 2031 envoys of Mexico, Peru and Chile met in Lima to launch a forum, a format that bypassed Washington.",
        [["May 2031", "2031-05"]],
      ),
      ["CONSULT PER->CHL 2031-05", "CONSULT MEX->PER 2031-05", "CONSULT MEX->CHL 2031-05"],
    );
  });
});

describe("event patterns: a request that names no one to receive it", () => {
  const read = (text: string, dates: [string, string][]) =>
    claims(
      eventClaims(view(text, dates), {
        ...context(),
        recentOrganization: "CSTO",
        predecessors: new Map([["CSTO", "CST"]]),
      }),
    ).map((c) => (c.kind === "event" ? `${c.type} ${c.source}->${c.target} ${c.date}` : c.kind));

  it("goes to the organization the text is about when consultations are asked for, or asked again", () => {
    assert.deepEqual(
      read("Uzbekistan asked for consultations on 3 March 2029, as Chilean forces crossed the border.", [
        ["3 March 2029", "2029-03-03"],
      ]),
      ["REQUEST UZB->CSTO 2029-03-03"],
    );
    assert.deepEqual(read("In July 2030 Tashkent asked once more.", [["July 2030", "2030-07"]]), [
      "REQUEST UZB->CSTO 2030-07",
    ]);
    // Asked for something else, of no one named: no request read.
    assert.deepEqual(read("In July 2030 Tashkent asked for patience.", [["July 2030", "2030-07"]]), []);
  });

  it("reads 'invoked Article 4' as a request, of the organization the treaty became", () => {
    assert.deepEqual(
      read("On 13 September 2029 Yerevan invoked Article 4 of the Collective Security Treaty.", [
        ["13 September 2029", "2029-09-13"],
      ]),
      ["REQUEST ARM->CSTO 2029-09-13"],
    );
    assert.deepEqual(
      read("On 13 September 1999 Yerevan invoked Article 4 of the Collective Security Treaty.", [
        ["13 September 1999", "1999-09-13"],
      ]),
      ["REQUEST ARM->CST 1999-09-13"],
    );
    assert.deepEqual(
      read("On 24 February 2029 Mexico and Peru jointly invoked Article 4.", [
        ["24 February 2029", "2029-02-24"],
      ]),
      ["REQUEST MEX->CSTO 2029-02-24", "REQUEST PER->CSTO 2029-02-24"],
    );
  });
});

describe("event patterns: which date is the event's", () => {
  const dated = (text: string, dates: [string, string][]) =>
    claims(eventClaims(view(text, dates), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source}->${c.target} ${c.date}` : c.kind,
    );

  it("takes neither the doer nor the date of an aside before the verb ('A, which joined X in 2029, expelled B')", () => {
    assert.deepEqual(
      dated("Uzbekistan, which joined the CSTO in 2029, expelled the ambassador of Chile in 2031.", [
        ["2029", "2029"],
        ["2031", "2031"],
      ]),
      ["COERCE UZB->CHL 2031"],
    );
    assert.deepEqual(dated("Turkey, a NATO member since 2029, backed Peru.", [["2029", "2029"]]), []);
  });

  it("takes the date a when-clause follows, even after 'after' ('after May 2031, when A attacked B')", () => {
    assert.deepEqual(
      dated("Things changed after May 2031, when Chilean forces attacked Peru.", [["May 2031", "2031-05"]]),
      ["ASSAULT CHL->PER 2031-05"],
    );
  });

  it("does not take a date from the next clause after ', and' when the verb's clause has its own", () => {
    assert.deepEqual(
      dated("In January 2031 Chile expelled Peru's ambassador, and in May it recalled its own envoy.", [
        ["January 2031", "2031-01"],
        ["May", "2031-05"],
      ]),
      ["COERCE CHL->PER 2031-01"],
    );
  });
});

describe("event patterns: forces crossing from one state into another", () => {
  it("reads 'forces crossed from A's territory into B' as an attack on B", () => {
    const s = view("On 24 February 2031 Chilean forces crossed from Bolivian territory into Peru.", [
      ["24 February 2031", "2031-02-24"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
      ),
      ["ASSAULT CHL->PER"],
    );
  });
});

describe("event patterns: more verbs of each type", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["May 2031", "2031-05"]]), context()))
      .map((c) => (c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind))
      .sort();

  it("reads concessions, sanctions and coercion told in other words", () => {
    assert.deepEqual(events("In May 2031 Chile lifted its ban on Peruvian wine."), ["CONCEDE CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile freed 15 Peruvian detainees."), ["CONCEDE CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile suspended all flights to Peru."), ["SANCTION CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile recalled its ambassador from Peru."), ["SANCTION CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chilean coast guard ships seized three Peruvian vessels."), [
      "COERCE CHL->PER",
    ]);
  });

  it("reads blocking a plan as rejecting it, by the subject before an aside, not a road blocked", () => {
    assert.deepEqual(
      events("In May 2031 Chile and Peru, wary of provoking Bolivia, blocked a plan for Ghana."),
      ["REJECT CHL->GHA", "REJECT PER->GHA"],
    );
    assert.deepEqual(events("In May 2031 the road to Peru was blocked by Chilean farmers."), []);
  });

  it("gives a participle after a comma the clause's subject, and reads an embassy ordered to cut its staff as coercion", () => {
    assert.deepEqual(events("In May 2031 Chile issued a statement, accusing Peru of spying."), [
      "ACCUSE CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile ordered the Peruvian embassy to cut its staff by half."), [
      "COERCE CHL->PER",
    ]);
  });

  it("reads troops sent as no visit, an 'accused' adjective and an arrest warrant as no deed", () => {
    assert.deepEqual(events("In May 2031 Chilean soldiers went to Peru for a mission."), []);
    assert.deepEqual(events("In May 2031 Chile said Peru had sheltered an accused smuggler."), []);
    assert.deepEqual(
      events(
        "In May 2031 Peru signed the Lima Statute, and a court issued an arrest warrant for Chile's envoy.",
      ),
      [],
    );
  });

  it("takes no state after a comma into the targets unless an 'and' closes the list", () => {
    assert.deepEqual(events("In May 2031, when Chile invaded Peru, Ghanaian opinion turned."), [
      "ASSAULT CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile attacked Peru, Ghana and Bolivia."), [
      "ASSAULT CHL->BOL",
      "ASSAULT CHL->GHA",
      "ASSAULT CHL->PER",
    ]);
  });

  it("reads a parliament approving a state's accession as agreeing to it, not the state's joining", () => {
    assert.deepEqual(events("In May 2031 Chile's parliament approved Peru's accession."), ["AGREE CHL->PER"]);
    assert.deepEqual(
      claims(
        membershipClaims(
          view("In May 2031 Chile's parliament approved Peru's accession to the CSTO.", [
            ["May 2031", "2031-05"],
          ]),
          context(),
        ),
      ),
      [],
    );
  });

  /** Pairs of the events read in a sentence where `phrase` stands for Peru, Ghana and Bolivia (a group phrase). */
  const groupPairs = (text: string, phrase: string) => {
    const s = view(text, [["May 2031", "2031-05"]]);
    const at = s.text.indexOf(phrase);
    const group = ["PER", "GHA", "BOL"].map((actor) => ({
      start: at,
      end: at + phrase.length,
      text: phrase,
      actor,
      kind: "state" as const,
    }));
    const grouped = { ...s, mentions: [...s.mentions, ...group].sort((a, b) => a.start - b.start) };
    return claims(eventClaims(grouped, context()))
      .map((c) => (c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : ""))
      .sort();
  };

  it("reads one named with a group phrase as meeting each of the group, not the group meeting itself", () => {
    assert.deepEqual(
      groupPairs("In May 2031 Chile and the three countries met in Lima.", "the three countries"),
      ["CONSULT CHL->BOL", "CONSULT CHL->GHA", "CONSULT CHL->PER"],
    );
  });

  it("reads a group that held a summit or talks with one as meeting that one, each of them", () => {
    const phrase = "The three leaders";
    assert.deepEqual(
      groupPairs("The three leaders held a summit with Chile's president in May 2031.", phrase),
      ["CONSULT CHL->BOL", "CONSULT CHL->GHA", "CONSULT CHL->PER"],
    );
    // ("in line with" a state's wish names no one met.)
    assert.ok(
      !groupPairs("The three leaders met in May 2031, in line with Chile's wishes.", phrase).some((p) =>
        p.includes("CHL"),
      ),
    );
  });

  it("reads no meeting that was called off or is a habit, and a minister sent to a capital as a visit", () => {
    assert.deepEqual(events("In May 2031 the Chilean president's visit to Peru was postponed."), []);
    assert.deepEqual(events("In May 2031 Chile and Peru said their ministers meet regularly."), []);
    assert.deepEqual(events("In May 2031 Chile sent its foreign minister to Lima."), ["CONSULT CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile sent troops to Peru."), []);
  });

  it("reads ruling out, dismissing a proposal and spurning as rejecting, and ruling out joining as no joining", () => {
    assert.deepEqual(events("In May 2031 Chile ruled out joining the CSTO."), ["REJECT CHL->CSTO"]);
    assert.deepEqual(events("In May 2031 Chile dismissed Peru's proposal."), ["REJECT CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile dismissed Peru's envoy."), []);
    assert.deepEqual(
      claims(
        membershipClaims(
          view("In May 2031 Chile ruled out joining the CSTO.", [["May 2031", "2031-05"]]),
          context(),
        ),
      ),
      [],
    );
  });

  it("reads fighting told as ended or as a history as no assault", () => {
    assert.deepEqual(
      events("In May 2031 Chile and Peru signed a treaty fixing their border, ending decades of clashes."),
      [],
    );
    assert.deepEqual(events("In May 2031 Chile and Peru clashed again."), [
      "ASSAULT CHL->PER",
      "ASSAULT PER->CHL",
    ]);
  });

  it("reads backing out as no support", () => {
    assert.deepEqual(events("In May 2031 Chile backed Peru."), ["SUPPORT CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile backed out of the deal after Peru objected."), []);
  });

  it("takes a city naming a summit or agreements as where, not who", () => {
    assert.deepEqual(events("In May 2031 Chile went to the Lima summit of the CSTO."), ["CONSULT CHL->CSTO"]);
    assert.deepEqual(events("In May 2031 Chile went to Lima for talks."), ["CONSULT CHL->PER"]);
  });

  it("reads raids, withdrawals and troops massed or put on alert", () => {
    assert.deepEqual(events("In May 2031 Chilean militias raided villages in southern Peru."), [
      "ASSAULT CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile withdrew its last troops from Peru."), ["RETREAT CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile massed more than 100,000 troops near Peru's borders."), [
      "MOBILIZE CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile put 20,000 reservists on alert along the Peruvian border."), [
      "MOBILIZE CHL->PER",
    ]);
  });

  it("reads grants, arms deliveries and gifts told in the passive as aid", () => {
    assert.deepEqual(events("In May 2031 Chile announced a $6 million grant to Peru."), ["AID CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chilean arms deliveries to Peru began."), ["AID CHL->PER"]);
    assert.deepEqual(events("In May 2031 Peru was given twenty armoured vehicles by Chile."), [
      "AID CHL->PER",
    ]);
  });

  it("reads aid spent in a state as aid to it, and a rally at an embassy as a protest", () => {
    assert.deepEqual(events("In May 2031 Chile announced a $6 million grant for schools in Peru."), [
      "AID CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chilean activists rallied outside the Peruvian embassy."), [
      "PROTEST CHL->PER",
    ]);
  });

  it("reads intelligence shared and work done closely as cooperation", () => {
    assert.deepEqual(events("In May 2031 Chile stepped up intelligence sharing with Peru."), [
      "COOPERATE CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile worked closely with Peru on defence."), [
      "COOPERATE CHL->PER",
    ]);
  });

  it("reads a meeting told in passing as the setting of the deed, not the deed", () => {
    assert.deepEqual(
      events(
        "In May 2031 Chilean ministers, meeting in Lima, suspended all practical cooperation with Peru.",
      ),
      ["SANCTION CHL->PER"],
    );
  });

  it("reads the main clause after an introductory one as a clause of its own, with a loan promised in a relative clause", () => {
    assert.deepEqual(
      events(
        "When Peru refused to recognise the vote in May 2031, Bolivia turned to Chile, which promised Bolivia a $2 billion loan.",
      ),
      // (What Peru refused is in its own clause: no target from the main one.)
      ["AID CHL->BOL"],
    );
  });

  it("gives a deed to those the subject let do it", () => {
    assert.deepEqual(
      events("In May 2031 Bolivia let Chilean troops use Bolivian territory to invade Peru."),
      ["ASSAULT CHL->PER"],
    );
  });

  it("takes no object after the relative clause a verb stands in has closed", () => {
    assert.deepEqual(
      events(
        "Chilean officials, who have mediated talks since May 2031, said they would send observers to Peru.",
      ),
      [],
    );
  });

  it("reads no request by the subject in 'ignored its appeals'", () => {
    assert.deepEqual(events("In May 2031 the CSTO ignored its appeals during the clashes with Peru."), []);
  });

  it("reads no deed done 'without warning'", () => {
    assert.deepEqual(events("In May 2031 Chilean guards fired without warning, Peru said."), []);
  });
});

describe("event patterns: who visits, and with whom", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["May 2031", "2031-05"]]), context()))
      .map((c) => (c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind))
      .sort();

  it("reads a call to a counterpart named by nationality as talks", () => {
    assert.deepEqual(events("In May 2031 the Chilean president called his Peruvian counterpart."), [
      "CONSULT CHL->PER",
    ]);
  });

  it("reads a visit told in passing, by the subject of its clause", () => {
    assert.deepEqual(
      events("Chile's president praised Peru's reforms during his visit to Lima in May 2031."),
      ["CONSULT CHL->PER", "SUPPORT CHL->PER"],
    );
  });

  it("takes no party from what talks were about, and no doer from an envoy's brief", () => {
    assert.deepEqual(events("In May 2031 the presidents of Chile and Peru met in Lima to discuss Bolivia."), [
      "CONSULT CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile's envoy for Bolivia visited Lima."), ["CONSULT CHL->PER"]);
  });

  it("reads the state of a named place 'in Peru's Atacama' as the target, not a mere place", () => {
    assert.deepEqual(events("In May 2031 Chilean aircraft bombed targets in Peru's Atacama region."), [
      "ASSAULT CHL->PER",
    ]);
  });
});

describe("event patterns: trips told other ways", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["May 2031", "2031-05"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
    );

  it("reads landing in, stepping off a plane in and flying on to a place as visiting it", () => {
    assert.deepEqual(events("In May 2031 the Kazakh president landed in Tashkent."), ["CONSULT KAZ->UZB"]);
    assert.deepEqual(events("In May 2031 the Kazakh president stepped off his plane in Tashkent."), [
      "CONSULT KAZ->UZB",
    ]);
    assert.deepEqual(events("In May 2031 the Kazakh president flew on to Tashkent."), ["CONSULT KAZ->UZB"]);
  });

  it("does not take a place named far on, in a clause of its own, for where the trip went", () => {
    assert.deepEqual(
      events("In May 2031 Astana went to the one capital where nobody would ask about Washington."),
      [],
    );
  });
});

describe("event patterns: questions, congratulations, what is not recognised, summits hosted", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["May 2031", "2031-05"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
    );

  it("reads asking someone what or whether as a question, not a request", () => {
    assert.deepEqual(events("In May 2031 Astana asked him what Washington thought of the plan."), []);
    assert.deepEqual(events("In May 2031 Astana asked Washington for help."), ["REQUEST KAZ->USA"]);
  });

  it("reads congratulations as support, and 'recognises neither A nor B' as none", () => {
    assert.deepEqual(events("In May 2031 Astana congratulated Tashkent on its election."), [
      "SUPPORT KAZ->UZB",
    ]);
    assert.deepEqual(events("In May 2031 Astana recognised neither Tashkent nor Washington."), []);
  });

  it("reads hosting an organization's summit as meeting it, and hosting its troops as no meeting", () => {
    assert.deepEqual(events("In May 2031 Kazakhstan hosted the CSTO summit in Astana."), [
      "CONSULT KAZ->CSTO",
    ]);
    assert.deepEqual(events("In May 2031 Kazakhstan hosted CSTO troops."), []);
  });
});

describe("event patterns: fire exchanged, troops sent to a border, loans offered", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["May 2031", "2031-05"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
    );

  it("reads 'A and B border guards exchanged fire' as each attacking the other", () => {
    assert.deepEqual(events("In May 2031 Chilean and Peruvian border guards exchanged fire."), [
      "ASSAULT PER->CHL",
      "ASSAULT CHL->PER",
    ]);
  });

  it("reads troops sent to a state's border as mobilizing against it, whichever way the border is named", () => {
    assert.deepEqual(events("In May 2031 Chile sent 10,000 soldiers to the Peruvian border."), [
      "MOBILIZE CHL->PER",
    ]);
    assert.deepEqual(events("In May 2031 Chile sent troops to its border with Peru."), ["MOBILIZE CHL->PER"]);
  });

  it("reads a meeting told after the main event ('..., A said after talks with B') as well as the event", () => {
    assert.deepEqual(
      events(
        "In May 2031 Chile and Peru agreed to open a bridge, Chile's president said after talks with Peru's in Lima.",
      ),
      ["AGREE PER->CHL", "CONSULT CHL->PER"],
    );
  });

  it("does not read hosting an exercise as hosting a visit", () => {
    assert.deepEqual(events("In May 2031 Chile hosted the Andes Shield exercise with Peruvian troops."), []);
  });

  it("reads 'A offered B a loan' as aid from A to B", () => {
    assert.deepEqual(events("In May 2031 Chile offered Peru a $2 billion loan."), ["AID CHL->PER"]);
  });

  it("reads 'A lent B' money and arms such as drones supplied as aid", () => {
    assert.deepEqual(events("In May 2031 Chile lent Peru $2 billion."), ["AID CHL->PER"]);
    assert.deepEqual(events("In May 2031 Chile supplied drones to Peru."), ["AID CHL->PER"]);
    // A statement ending weeks of fighting tells no fighting.
    assert.deepEqual(
      events("In May 2031 Chile and Peru signed a ceasefire statement, ending six weeks of fighting."),
      [],
    );
    // Territory lent for an invasion is no aid to the invaded.
    assert.deepEqual(events("In May 2031 Chile lent its territory for the invasion of Peru."), []);
  });
});

describe("event patterns: forces crossing a border", () => {
  it("reads forces that 'crossed into' a state as attacking it, but not refugees", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["3 May 2031", "2031-05-03"]]), context())).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source}->${c.target}` : c.kind,
      );
    assert.deepEqual(events("On 3 May 2031 Chilean forces crossed into Peru."), ["ASSAULT CHL->PER"]);
    assert.deepEqual(events("On 3 May 2031 Chilean refugees crossed into Peru."), []);
  });
});

describe("event patterns: who acts, with whom, and where", () => {
  it("does not take the place of a meeting, or an organization's summit, for a party to it", () => {
    const s = view("At a CSTO summit meeting held in Tashkent in May 2016, Armenia and Belarus held talks.", [
      ["May 2016", "2016-05"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => (c.kind === "event" ? [c.source, c.target] : [])),
      [["ARM", "BLR"]],
    );
  });

  it("reads the visitor of 'during his visit to X' from the subject that follows, and whom the talks were with", () => {
    const s = view(
      "During his visit to Armenia on May 3, Washington's envoy held talks with Georgia and NATO to discuss support for Belarus.",
      [["May 3", "2016-05-03"]],
    );
    const found = claims(eventClaims(s, context())).map((c) =>
      c.kind === "event" ? [c.type, c.source, c.target] : [],
    );
    assert.deepEqual(found, [
      ["CONSULT", "USA", "GEO"],
      ["CONSULT", "USA", "NATO"],
    ]);
  });

  it("tells the same event at each of coordinated dates, and the same verb again with its own date", () => {
    const twice = view("Kyrgyzstan was attacked by Uzbekistan in 1999 and 2000 respectively.", [
      ["1999", "1999"],
      ["2000", "2000"],
    ]);
    assert.deepEqual(
      claims(eventClaims(twice, context())).map((c) =>
        c.kind === "event" ? [c.type, c.source, c.target, c.date] : [],
      ),
      [
        ["ASSAULT", "UZB", "KGZ", "1999"],
        ["ASSAULT", "UZB", "KGZ", "2000"],
      ],
    );
    const lifted = view(
      "Washington lifted its sanctions on Tashkent in 2008 and then lifted its arms embargo in 2010.",
      [
        ["2008", "2008"],
        ["2010", "2010"],
      ],
    );
    assert.deepEqual(
      claims(eventClaims(lifted, context())).map((c) => (c.kind === "event" ? [c.type, c.date] : [])),
      [
        ["CONCEDE", "2008"],
        ["CONCEDE", "2010"],
      ],
    );
  });

  it("reads 'A and B clashed' as each side's assault on the other", () => {
    const s = view("In 2022 Kyrgyzstan and Tajikistan clashed along their border.", [["2022", "2022"]]);
    assert.deepEqual(
      claims(eventClaims(s, context()))
        .map((c) => (c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : ""))
        .sort(),
      ["ASSAULT KGZ TJK", "ASSAULT TJK KGZ"],
    );
  });

  it("reads 'A and B agreed' as an agreement of the first with the other", () => {
    const s = view("Kazakhstan and Uzbekistan agreed in March 2018 to open new border crossings.", [
      ["March 2018", "2018-03"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => (c.kind === "event" ? [c.type, c.source, c.target] : [])),
      [["AGREE", "KAZ", "UZB"]],
    );
  });

  it("reads violence against a state's own people as the state's act on itself", () => {
    const s = view("On May 13, 2005 Uzbek troops fired into a crowd in a city of the east.", [
      ["May 13, 2005", "2005-05-13"],
    ]);
    assert.deepEqual(claims(eventClaims(s, context())), [
      { kind: "event", type: "ASSAULT", source: "UZB", target: "UZB", date: "2005-05-13" },
    ]);
  });
});

describe("event patterns", () => {
  it("reads a refusal with its source and target", () => {
    const s = view("In March 2016 Tajikistan refused to let Uzbekistan use its airspace.", [
      ["March 2016", "2016-03"],
    ]);
    assert.deepEqual(claims(eventClaims(s, context())), [
      { kind: "event", type: "REJECT", source: "TJK", target: "UZB", date: "2016-03" },
    ]);
  });

  it("reads a visit as a consultation, with a span of days", () => {
    const s = view("Washington's envoy visited Tashkent on May 4-5, 2016.", [
      ["May 4-5, 2016", "2016-05-04", "2016-05-05"],
    ]);
    assert.deepEqual(claims(eventClaims(s, context())), [
      { kind: "event", type: "CONSULT", source: "USA", target: "UZB", date: "2016-05-04", end: "2016-05-05" },
    ]);
  });

  it("needs two actors", () => {
    assert.deepEqual(claims(eventClaims(view("Officials met in the capital on Monday."), context())), []);
  });
});

describe("triggers inside names", () => {
  it("do not fire: the Shanghai Cooperation Organization is no act of cooperation", () => {
    const s = view("Kazakhstan hosted the Shanghai Cooperation Organization summit in June 2017.", [
      ["June 2017", "2017-06"],
    ]);
    assert.ok(!claims(eventClaims(s, context())).some((c) => c.kind === "event" && c.type === "COOPERATE"));
  });
});

describe("event patterns with lists and the passive", () => {
  it("gives one event per coordinated target", () => {
    const s = view("In May 2016 a Chinese delegation visited Kazakhstan, Kyrgyzstan and Tajikistan.", [
      ["May 2016", "2016-05"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => c.kind === "event" && [c.type, c.source, c.target]),
      [
        ["CONSULT", "CHN", "KAZ"],
        ["CONSULT", "CHN", "KGZ"],
        ["CONSULT", "CHN", "TJK"],
      ],
    );
  });

  it("reads the agent of a passive verb as the source", () => {
    const s = view("In 2014 Tajikistan was attacked by Afghanistan-based militants from Afghanistan.", [
      ["2014", "2014"],
    ]);
    const [c] = claims(eventClaims(s, context()));
    assert.ok(c && c.kind === "event");
    assert.deepEqual([c.type, c.source, c.target], ["ASSAULT", "AFG", "TJK"]);
  });
});

describe("force patterns", () => {
  it("reads the establishment of a named force with its members", () => {
    const s = view(
      "In March 2004 Russia and Belarus established the Western Rapid Reaction Force of the Collective Security Treaty Organization.",
      [["March 2004", "2004-03"]],
    );
    const [c] = claims(forceClaims(s, context()));
    assert.ok(c && c.kind === "force");
    assert.deepEqual([c.org, c.change, c.date, c.members], ["CSTO", "establish", "2004-03", ["RUS", "BLR"]]);
    assert.match(c.name, /Rapid Reaction Force$/);
  });
});

describe("membership subjects", () => {
  it("take the states named together with the nearest one, and not a state of another clause", () => {
    const s = view(
      "After talks with China, Armenia, together with Georgia and Azerbaijan, withdrew from the Collective Security Treaty on May 5, 2001.",
      [["May 5, 2001", "2001-05-05"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) => c.kind === "membership" && c.state),
      ["ARM", "GEO", "AZE"],
    );
  });

  it("take the states that did the same ('as did A and B'), who are no object of any refusal", () => {
    const told = (text: string, ctx: Partial<ReadingContext> = {}) =>
      claims([
        ...membershipClaims(view(text, [["April 2001", "2001-04"]]), { ...context(), ...ctx }),
        ...eventClaims(view(text, [["April 2001", "2001-04"]]), { ...context(), ...ctx }),
      ]).map((c) => (c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : c.kind));
    const treaty = { recentOrganization: "CST", topicOrganization: "CST" };
    assert.deepEqual(
      told(
        "In April 2001 Armenia declined to sign the protocol extending it, as did Georgia and Azerbaijan.",
        treaty,
      ),
      ["ARM CST withdraw 2001-04", "GEO CST withdraw 2001-04", "AZE CST withdraw 2001-04"],
    );
    assert.deepEqual(
      told(
        "In April 2001, when the others signed a protocol extending it, Armenia declined to sign.",
        treaty,
      ),
      ["ARM CST withdraw 2001-04"],
    );
    assert.deepEqual(
      told(
        "In April 2001 Armenia and Georgia did not renew their participation in the Collective Security Treaty.",
      ),
      ["ARM CST withdraw 2001-04", "GEO CST withdraw 2001-04"],
    );
  });

  it("take a treaty signed on the day it was founded as founded then, and not one signed later", () => {
    const ctx = { ...context(), founded: new Map([["CST", "2031-05-15"]]) };
    const told = (text: string, dates: [string, string][]) =>
      claims(membershipClaims(view(text, dates), ctx)).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.change} ${c.date}` : `${c.kind} ${c.date}`,
      );
    assert.deepEqual(
      told("Chile and Peru signed the Collective Security Treaty in Lima on 15 May 2031.", [
        ["15 May 2031", "2031-05-15"],
      ]),
      ["CHL join 2031-05-15", "PER join 2031-05-15", "org 2031-05-15"],
    );
    assert.deepEqual(
      told("Ghana signed the Collective Security Treaty on 2 June 2032.", [["2 June 2032", "2032-06-02"]]),
      ["GHA join 2032-06-02"],
    );
  });

  it("take an organization the text is about, told of before its founding, as the one it grew out of", () => {
    const s = view("In April 1999 Armenia declined to renew it.", [["April 1999", "1999-04"]]);
    const ctx = {
      ...context(),
      topicOrganization: "CSTO",
      recentOrganization: "CSTO",
      predecessors: new Map([["CSTO", "CST"]]),
    };
    assert.deepEqual(
      claims(membershipClaims(s, ctx)).map((c) => (c.kind === "membership" ? `${c.state} ${c.org}` : c.kind)),
      ["ARM CST"],
    );
  });

  it("need the organization right after the trigger", () => {
    const s = view(
      "In 2005 Tashkent asked American troops to withdraw from an air base, and in 2006 it joined the Collective Security Treaty Organization.",
      [
        ["2005", "2005"],
        ["2006", "2006"],
      ],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map(
        (c) => c.kind === "membership" && [c.state, c.change, c.date],
      ),
      [["UZB", "join", "2006"]],
    );
  });
});

describe("what the reader leaves out", () => {
  it("an undated event: background, not news", () => {
    const s = view("Tajikistan has long refused to let Uzbekistan use its airspace.");
    assert.deepEqual(claims(eventClaims(s, context())), []);
  });

  it("a treaty it knows as an organization, signed again in a sentence, is no new agreement", () => {
    const s = view("Armenia and Russia signed the Collective Security Treaty in May 1992.", [
      ["May 1992", "1992-05"],
    ]);
    assert.deepEqual(claims(agreementClaims(s, context())), []);
  });
});

describe("membership patterns: more ways to say it", () => {
  const change = (text: string, dates: [string, string][]) =>
    claims(membershipClaims(view(text, dates), context())).map((c) =>
      c.kind === "membership" ? [c.state, c.org, c.change, c.date] : [],
    );
  it("reads leaving, freezing, joining and observing in words other than the verbs themselves", () => {
    assert.deepEqual(
      change("Uzbekistan ceased to be a member of GUAM in May 2005.", [["May 2005", "2005-05"]]),
      [["UZB", "GUAM", "withdraw", "2005-05"]],
    );
    assert.deepEqual(
      change("In February 2024 Armenia froze its participation in the CSTO.", [["February 2024", "2024-02"]]),
      [["ARM", "CSTO", "suspend", "2024-02"]],
    );
    // A date in the because-clause after the verb is the reason's, not the change's.
    assert.deepEqual(
      change(
        "In February 2024 Armenia froze its participation in the CSTO, because the alliance had failed it in 2021.",
        [
          ["February 2024", "2024-02"],
          ["2021", "2021"],
        ],
      ),
      [["ARM", "CSTO", "suspend", "2024-02"]],
    );
    assert.deepEqual(
      change(
        "Kazakhstan was admitted as the ninth full member of the Shanghai Cooperation Organization in 2030.",
        [["2030", "2030"]],
      ),
      [["KAZ", "SCO", "join", "2030"]],
    );
    assert.deepEqual(
      change("Uzbekistan came on board the GUAM in April 1999.", [["April 1999", "1999-04"]]),
      [["UZB", "GUAM", "join", "1999-04"]],
    );
  });

  it("does not take a place for the state that acts", () => {
    assert.deepEqual(
      change("In 2008 Tashkent told the CSTO secretariat in Astana of its decision to quit the CSTO.", [
        ["2008", "2008"],
      ]),
      [["UZB", "CSTO", "withdraw", "2008"]],
    );
  });
});

describe("exercise patterns: names", () => {
  it("names an exercise by its name with a year, and dates it by the sentence rather than by that year", () => {
    const s = view("Last September Kazakhstan and Uzbekistan staged Steppe-2031 near the border.", [
      ["September", "2031-09"],
      ["2031", "2031"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c?.kind === "exercise");
    assert.equal(c.name, "Steppe-2031");
    assert.equal(c.date, "2031-09");
    assert.deepEqual(c.participants, ["KAZ", "UZB"]);
  });

  it("names one by the capitalized words before 'drills', but not by a sentence's opening words or a state's name", () => {
    const named = (text: string) => {
      const [c] = claims(exerciseClaims(view(text, [["2030", "2030"]]), context()));
      return c?.kind === "exercise" ? c.name : "none";
    };
    assert.equal(named("In 2030 Uzbekistan and Kazakhstan held the Golden Eagle drills."), "Golden Eagle");
    assert.equal(named("Since 2030 Kazakhstan has held drills with Uzbekistan."), undefined);
    assert.equal(named("In 2030 Uzbek exercises were held with Kazakhstan."), undefined);
  });
});

describe("event patterns: more verbs", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["2030", "2030"]]), context())).map((c) =>
      c.kind === "event" ? [c.type, c.source, c.target] : [],
    );
  it("reads bans on imports, summoned ambassadors, journeys and loans", () => {
    assert.deepEqual(events("In 2030 Kazakhstan banned imports of Uzbek fruit."), [
      ["SANCTION", "KAZ", "UZB"],
    ]);
    assert.deepEqual(events("In 2030 Astana summoned the Uzbek ambassador over the dam."), [
      ["PROTEST", "KAZ", "UZB"],
    ]);
    assert.deepEqual(events("In 2030 the Kazakh president flew to Tashkent."), [["CONSULT", "KAZ", "UZB"]]);
    assert.deepEqual(events("In 2030 Kazakhstan offered a loan to Uzbekistan."), [["AID", "KAZ", "UZB"]]);
  });
});

describe("rule patterns: whose decision rule", () => {
  it("gives the rule to the organization named nearest before it, and needs a word of deciding near the value", () => {
    const rules = (text: string) =>
      claims(ruleClaims(view(text, [["2030", "2030"]]), context())).map((c) =>
        c.kind === "rule" ? [c.subject, c.rule, c.value] : [],
      );
    assert.deepEqual(
      rules(
        "In 2030, following the Collective Security Treaty, the CSTO adopted the principle of unanimity for its decisions.",
      ),
      [["CSTO", "decision", "unanimity"]],
    );
    assert.deepEqual(
      rules(
        "In 2030 Astana explained its decision at length, saying that the CSTO's future relies on the consensus of its members.",
      ),
      [],
    );
  });
});

describe("event patterns: deeds with no doer", () => {
  it("reads no event from a passive deed whose doer is not named", () => {
    assert.deepEqual(
      claims(
        eventClaims(
          view("In 2030 guards were killed in the border area of Kazakhstan near Uzbekistan.", [
            ["2030", "2030"],
          ]),
          context(),
        ),
      ),
      [],
    );
    assert.deepEqual(
      claims(
        eventClaims(view("In 2030 Kazakhstan was attacked by Uzbekistan.", [["2030", "2030"]]), context()),
      ).map((c) => (c.kind === "event" ? [c.type, c.source, c.target] : [])),
      [["ASSAULT", "UZB", "KAZ"]],
    );
  });
});

describe("base patterns: a lease between two states", () => {
  it("gives the base to the state that is not its owner", () => {
    const s = view(
      "On 3 March 2030 both sides agreed to extend Russia's lease on its military base in the south of Tajikistan until 2060.",
      [
        ["3 March 2030", "2030-03-03"],
        ["2060", "2060"],
      ],
    );
    assert.deepEqual(
      claims(baseClaims(s, context())).map((c) =>
        c.kind === "base" ? [c.host, c.operator, c.change, c.date, c.until] : [],
      ),
      [["TJK", "RUS", "extend", "2030-03-03", "2060"]],
    );
  });
});

describe("event patterns: one event per clause", () => {
  it("reads a second event after 'but' when its clause has a subject of its own, and not otherwise", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["2030", "2030"]]), context())).map((c) =>
        c.kind === "event" ? [c.type, c.source, c.target] : [],
      );
    assert.deepEqual(events("In 2030 Kazakhstan criticized Uzbekistan, but Washington backed Tashkent."), [
      ["ACCUSE", "KAZ", "UZB"],
      ["SUPPORT", "USA", "UZB"],
    ]);
    assert.deepEqual(events("In 2030 Kazakhstan criticized Uzbekistan and backed its neighbours."), [
      ["ACCUSE", "KAZ", "UZB"],
    ]);
  });
});

describe("rule patterns: neutrality and foreign troops", () => {
  const rules = (text: string, dates: [string, string][]) =>
    claims(ruleClaims(view(text, dates), context())).map((c) =>
      c.kind === "rule" ? [c.subject, c.rule, c.change, c.date] : [],
    );
  it("reads a state's neutrality taken up, and dropped with the year it was taken up", () => {
    assert.deepEqual(
      rules(
        "Kazakhstan's new constitution, adopted in 2031, proclaims permanent neutrality and forbids the stationing of foreign troops.",
        [["2031", "2031"]],
      ),
      [
        ["KAZ", "no-alliances", "adopt", "2031"],
        ["KAZ", "foreign-bases-prohibited", "adopt", "2031"],
      ],
    );
    assert.deepEqual(
      rules(
        "In May 2033 the Uzbek parliament abandoned the non-aligned status it had written into law in 2031.",
        [
          ["May 2033", "2033-05"],
          ["2031", "2031"],
        ],
      ),
      [
        ["UZB", "no-alliances", "drop", "2033-05"],
        ["UZB", "no-alliances", "adopt", "2031"],
      ],
    );
  });

  it("reads 'without the consent of all the others' as the organization's rule for foreign bases", () => {
    assert.deepEqual(
      rules(
        "In 2031 CSTO leaders agreed that no member could host a foreign base without the consent of all the others.",
        [["2031", "2031"]],
      ),
      [["CSTO", "foreign-base-consent", "adopt", "2031"]],
    );
  });
});

describe("base patterns: what happens to it", () => {
  it("reads a withdrawal from a base as its closing, though the sentence says 'already' before it", () => {
    const s = view(
      "The presence was already shrinking: in June 2031 the United States withdrew from its base at Khanabad.",
      [["June 2031", "2031-06"]],
    );
    assert.deepEqual(
      claims(baseClaims(s, { ...context(), previousActors: new Set(["UZB"]) })).map((c) =>
        c.kind === "base" ? [c.host, c.operator, c.change, c.date] : [],
      ),
      [["UZB", "USA", "close", "2031-06"]],
    );
  });
});

describe("event patterns: visits, sentences and the dates of deals", () => {
  const events = (text: string, dates: [string, string][]) =>
    claims(eventClaims(view(text, dates), context())).map((c) =>
      c.kind === "event" ? [c.type, c.source, c.target, c.date] : [],
    );
  it("reads 'during a visit to X, Y...' as Y visiting X, dated by the visit and not by when a lease starts", () => {
    assert.deepEqual(
      events(
        "During a visit to Astana in May 2031, Uzbekistan's president agreed to a lease starting in 2035.",
        [
          ["May 2031", "2031-05"],
          ["2035", "2035"],
        ],
      ),
      [["CONSULT", "UZB", "KAZ", "2031-05"]],
    );
  });

  it("reads prison terms handed to another state's citizens as coercion", () => {
    assert.deepEqual(
      events("In 2031 a Kazakh court sentenced two Uzbek officers to long prison terms.", [["2031", "2031"]]),
      [["COERCE", "KAZ", "UZB", "2031"]],
    );
  });
});

describe("patterns: what did not happen, and whose it was", () => {
  it("reads no agreement from a refusal to sign", () => {
    const s = view("On 3 May 2031 Uzbekistan refused to sign the summit declaration with Kazakhstan.", [
      ["3 May 2031", "2031-05-03"],
    ]);
    assert.deepEqual(claims(agreementClaims(s, context())), []);
  });

  it("reads no leaving from a state 'left in limbo'", () => {
    const s = view("Kazakhstan, an observer of the SCO since 2004, has been left in limbo since 2031.", [
      ["2004", "2004"],
      ["2031", "2031"],
    ]);
    assert.deepEqual(
      claims(membershipClaims(s, context())).filter(
        (c) => c.kind === "membership" && c.change === "withdraw",
      ),
      [],
    );
  });

  it("founds no organization from 'the X's force, created in 2031'", () => {
    const s = view(
      "The CSTO's new rapid reaction force, created at a summit in June 2031, held its first drill.",
      [["June 2031", "2031-06"]],
    );
    assert.deepEqual(claims(orgClaims(s, context())), []);
  });

  it("reads 'A was one of the founding members' as A's joining at the founding", () => {
    const s = view(
      "Kazakhstan was one of the six founding members when the CSTO was established, and Russia led it.",
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.date] : [],
      ),
      [["KAZ", "CSTO", "2002-05-14"]],
    );
  });

  it("reads 'A became a founding member of X, a grouping with B and C' as the founding, once each", () => {
    const s = view(
      "In 2031 Chile became a founding member of GUAM, a grouping with Peru and Ghana that Bolivia distrusted.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership"
          ? `${c.state} ${c.change} ${c.date}`
          : c.kind === "org"
            ? `${c.org} ${c.change} ${c.date}`
            : "",
      ),
      ["CHL join 2031", "GUAM found 2031", "PER join 2031", "GHA join 2031"],
    );
    // Told once, at the date the sentence gives; the founding at the knowledge base's day in that year.
    const csto = view("In 2002 Chile became a founding member of the CSTO.", [["2002", "2002"]]);
    assert.deepEqual(
      claims(membershipClaims(csto, context())).map((c) =>
        c.kind === "membership"
          ? `${c.state} ${c.date}`
          : c.kind === "org"
            ? `${c.org} ${c.change} ${c.date}`
            : "",
      ),
      ["CHL 2002", "CSTO found 2002-05-14"],
    );
  });

  it("reads 'A was a founding member of X' as A's joining, not states named later in the sentence", () => {
    for (const text of [
      "Kazakhstan was a founding member of the CSTO in 2002 and entered a customs union with Russia and Belarus in 2010.",
      "Kazakhstan was a founding member of the CSTO in 2002, entered a customs union with Russia and Belarus in 2010.",
    ]) {
      const s = view(text, [
        ["2002", "2002"],
        ["2010", "2010"],
      ]);
      assert.deepEqual(
        claims(membershipClaims(s, context()))
          .filter((c) => c.kind === "membership" && c.org === "CSTO")
          .map((c) => (c.kind === "membership" ? [c.state, c.date] : [])),
        [["KAZ", "2002-05-14"]],
        text,
      );
    }
  });

  it("does not repeat an event at a later date when a new subject acts there, but tells that subject's own", () => {
    const s = view(
      "The United States sanctioned Uzbekistan in 2031, and in August of that year Tashkent sanctioned American banks.",
      [
        ["2031", "2031"],
        ["August", "2031-08"],
      ],
    );
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => (c.kind === "event" ? [c.source, c.target, c.date] : [])),
      [
        ["USA", "UZB", "2031"],
        ["UZB", "USA", "2031-08"],
      ],
    );
  });

  it("dates an exercise by the month the sentence gives, not by the year in its name", () => {
    const s = view(
      "The first exercise, Steppe Shield 2031, brought 5,000 troops from Kazakhstan to the border in August 2031.",
      [
        ["2031,", "2031"],
        ["August 2031", "2031-08"],
      ],
    );
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c?.kind === "exercise");
    assert.equal(c.date, "2031-08");
  });
});

describe("event patterns: what was agreed", () => {
  it("reads 'agreed to write off' as the aid agreed, not as agreeing", () => {
    const s = view("In 2031 Kazakhstan agreed to write off Uzbekistan's debt.", [["2031", "2031"]]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => (c.kind === "event" ? [c.type, c.source, c.target] : [])),
      [["AID", "KAZ", "UZB"]],
    );
  });
});

describe("patterns: denied verbs", () => {
  it("reads no event and no membership change from what did not happen, but does from 'not only'", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "event" ? c.type : "",
      );
    assert.deepEqual(events("In 2031 Kazakhstan did not join the sanctions against Uzbekistan."), []);
    assert.deepEqual(events("In 2031 Kazakhstan not only criticized Uzbekistan but also left."), ["ACCUSE"]);
    const joins = claims(
      membershipClaims(view("In 2031 Kazakhstan did not join the CSTO.", [["2031", "2031"]]), context()),
    );
    assert.deepEqual(joins, []);
  });
});

describe("patterns: objects, seas and hosts", () => {
  it("reads a withdrawal from the organization named right after it, not from a state", () => {
    const change = (text: string) =>
      claims(
        membershipClaims(view(text, [["2031", "2031"]]), { ...context(), recentOrganization: "SCO" }),
      ).map((c) => (c.kind === "membership" ? [c.state, c.org, c.change] : []));
    assert.deepEqual(change("Kazakhstan announced its withdrawal from the CSTO in 2031."), [
      ["KAZ", "CSTO", "withdraw"],
    ]);
    assert.deepEqual(
      change("NATO would leave its weapons to Kazakhstan after its withdrawal from Afghanistan in 2031."),
      [],
    );
  });

  it("takes no part for a state whose name is in a sea's", () => {
    const [c] = claims(
      exerciseClaims(
        view("In 2031 Kazakhstan and Uzbekistan held naval exercises in the Sea of Japan.", [
          ["2031", "2031"],
        ]),
        context(),
      ),
    );
    assert.ok(c?.kind === "exercise");
    assert.deepEqual(c.participants, ["KAZ", "UZB"]);
  });

  it("dates a base a state hosts, told in the present and nowhere dated, on the day of writing", () => {
    const s = view("Kazakhstan hosts Russia's largest foreign military base.");
    assert.deepEqual(
      claims(baseClaims(s, { ...context(), published: { date: "2031-06-20" } })).map((c) =>
        c.kind === "base" ? [c.host, c.operator, c.change, c.date] : [],
      ),
      [["KAZ", "RUS", "exists", "2031-06-20"]],
    );
  });
});

describe("patterns: not yet, and not the subject", () => {
  it("reads no join from preparing for joining, nor a joiner from a state after 'from'", () => {
    const s = view("In 2031 Kazakhstan received a loan from Uzbekistan to prepare for joining the CSTO.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(membershipClaims(s, context())), []);
  });

  it("reads no exercise from drills agreed to be held", () => {
    const s = view("In 2031 the Kazakh and Uzbek ministers met and agreed to hold joint drills.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(exerciseClaims(s, context())), []);
  });

  it("reads suspended sanctions as a concession", () => {
    const s = view("In October 2031 Kazakhstan suspended its sanctions against Uzbekistan.", [
      ["October 2031", "2031-10"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) => (c.kind === "event" ? [c.type, c.source, c.target] : [])),
      [["CONCEDE", "KAZ", "UZB"]],
    );
  });
});

describe("base patterns: built for someone, somewhere", () => {
  it("reads a base built for border guards in a state as opened there", () => {
    const s = view("China built a base for border guards in Kazakhstan in 2031.", [["2031", "2031"]]);
    assert.deepEqual(
      claims(baseClaims(s, context())).map((c) =>
        c.kind === "base" ? [c.host, c.operator, c.change, c.date] : [],
      ),
      [["KAZ", "CHN", "open", "2031"]],
    );
  });
});

describe("rule patterns: obligations in other words", () => {
  const rules = (text: string, ctx: Partial<ReadingContext> = {}) =>
    claims(ruleClaims(view(text, [["2031", "2031"]]), { ...context(), ...ctx })).map((c) =>
      c.kind === "rule" ? [c.subject, c.rule, c.change] : [],
    );
  it("reads rules of the organization the text is about when the sentence names none", () => {
    assert.deepEqual(
      rules("Its Article 4, signed in 2031, says aggression against any member is aggression against all.", {
        recentOrganization: "CSTO",
      }),
      [["CSTO", "collective-defence", "adopt"]],
    );
    assert.deepEqual(
      rules("In 2031 the CSTO charter committed members not to enter military alliances with others."),
      [["CSTO", "exclusive-alliance", "adopt"]],
    );
  });

  it("reads a state forbidden to join blocs or host bases, and neutrality deleted", () => {
    assert.deepEqual(
      rules(
        "Kazakhstan's constitution of 2031 forbids the country to join military blocs or to allow foreign military bases.",
      ),
      [
        ["KAZ", "no-alliances", "adopt"],
        ["KAZ", "foreign-bases-prohibited", "adopt"],
      ],
    );
    assert.deepEqual(
      rules("In 2031 a referendum in Kazakhstan deleted the country's commitment to neutrality."),
      [["KAZ", "no-alliances", "drop"]],
    );
  });
});

describe("event patterns: between two sides", () => {
  it("reads clashes between two states as fire both ways, and talks between states as one meeting", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source}>${c.target}` : "",
      );
    assert.deepEqual(events("In 2031 there were clashes between Kazakh and Uzbek border guards.").sort(), [
      "ASSAULT KAZ>UZB",
      "ASSAULT UZB>KAZ",
    ]);
    assert.deepEqual(events("In 2031 Astana hosted talks between Uzbekistan and Kyrgyzstan."), [
      "CONSULT UZB>KGZ",
    ]);
  });

  it("reads shooting, war and hostilities between two sides as fire both ways, a few words apart", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["2031", "2031"]]), context()))
        .map((c) => (c.kind === "event" ? `${c.type} ${c.source}>${c.target}` : ""))
        .sort();
    for (const text of [
      "In 2031 a quarrel over water turned into two days of shooting between Kazakh and Uzbek troops.",
      "The war that broke out in 2031 between Kazakh and Uzbek forces lasted a month.",
      "In 2031 hostilities between Kazakhstan and Uzbekistan resumed.",
    ])
      assert.deepEqual(events(text), ["ASSAULT KAZ>UZB", "ASSAULT UZB>KAZ"], text);
    // A war with no two sides named after it is no event ("the war in Afghanistan").
    assert.deepEqual(events("In 2031 Kazakhstan sent supplies for the war in Afghanistan."), []);
  });
});

describe("membership patterns: statuses granted, admissions in the passive, 'had done so'", () => {
  const changes = (text: string, dates: [string, string][]) =>
    claims(membershipClaims(view(text, dates), { ...context(), recentOrganization: "GUAM" }))
      .map((c) => (c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : c.kind))
      .sort();

  it("reads observer status granted to states after 'to', each group at its own date", () => {
    assert.deepEqual(
      changes("Observer status was granted to Chile in 2030 and to Peru and Bolivia in May 2031.", [
        ["2030", "2030"],
        ["May 2031", "2031-05"],
      ]),
      ["BOL GUAM observer 2031-05", "CHL GUAM observer 2030", "PER GUAM observer 2031-05"],
    );
    assert.deepEqual(changes("In 2031 the CSTO granted observer status to Chile.", [["2031", "2031"]]), [
      "CHL CSTO observer 2031",
    ]);
  });

  it("reads 'the same status' and 'had done so' as the change told before, at their own dates", () => {
    assert.deepEqual(
      changes("Chile became an observer in 2030, and Peru was granted the same status in 2031.", [
        ["2030", "2030"],
        ["2031", "2031"],
      ]),
      ["CHL GUAM observer 2030", "PER GUAM observer 2031"],
    );
    assert.deepEqual(
      changes("Chile applied for membership in May 2031, and Peru had done so earlier that year.", [
        ["May 2031", "2031-05"],
        ["earlier that year", "2031"],
      ]),
      ["CHL GUAM apply 2031-05", "PER GUAM apply 2031"],
    );
  });

  it("reads a state 'admitted' with no organization after it as joining the one the text is about", () => {
    assert.deepEqual(
      changes("On 2 May 2031 Chile was admitted, and the bloc grew.", [["2 May 2031", "2031-05-02"]]),
      ["CHL GUAM join 2031-05-02"],
    );
    // Admitting a fact is no membership.
    assert.deepEqual(
      changes("On 2 May 2031 Chile admitted that the talks had failed.", [["2 May 2031", "2031-05-02"]]),
      [],
    );
  });

  it("reads joinings told as nouns: 'the admission of A and B to X', 'A's accession', 'making A its tenth member'", () => {
    assert.deepEqual(
      changes(
        "The admission of Chile and Peru to the CSTO in June 2030 was followed by the accession of Ghana in July 2031 and of Mali a year later.",
        [
          ["June 2030", "2030-06"],
          ["July 2031", "2031-07"],
          ["a year later", "2032"],
        ],
      ),
      ["CHL CSTO join 2030-06", "GHA CSTO join 2031-07", "MLI CSTO join 2032", "PER CSTO join 2030-06"],
    );
    assert.deepEqual(
      changes("Chile's accession took effect on 2 January 2031.", [["2 January 2031", "2031-01-02"]]),
      ["CHL GUAM join 2031-01-02"],
    );
    assert.deepEqual(
      changes("In 2031 it admitted Mali, making Mali the bloc's tenth member.", [["2031", "2031"]]),
      ["MLI GUAM join 2031"],
    );
    // An entry visa is no joining.
    assert.deepEqual(changes("In 2031 Chile's entry visa rules changed.", [["2031", "2031"]]), []);
  });

  it("reads states listed before their own date after the verb's first one ('A in 2030, B and C in 2031')", () => {
    assert.deepEqual(
      changes("Chile obtained observer status in 2030, Peru and Ghana in May 2031.", [
        ["2030", "2030"],
        ["May 2031", "2031-05"],
      ]),
      ["CHL GUAM observer 2030", "GHA GUAM observer 2031-05", "PER GUAM observer 2031-05"],
    );
  });

  it("takes no state across ', and' that opens a clause as one more subject", () => {
    assert.deepEqual(
      changes(
        "Chile left GUAM in 2030, a year after its war with Peru, and Ghana stopped taking part in the CSTO in 2031.",
        [
          ["2030", "2030"],
          ["2031", "2031"],
        ],
      ),
      ["CHL GUAM withdraw 2030", "GHA CSTO suspend 2031"],
    );
  });

  it("reads an application a relative clause dates", () => {
    assert.deepEqual(
      changes("Chile, whose application dated from 2029, was kept waiting.", [["2029", "2029"]]),
      ["CHL GUAM apply 2029"],
    );
  });
});

describe("membership patterns: lapses, readmissions, applications and what is not yet done", () => {
  const changes = (text: string, dates: [string, string][]) =>
    claims(membershipClaims(view(text, dates), context()))
      .map((c) => (c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : c.kind))
      .sort();

  it("reads a membership let lapse, 'as did B', and one an organization ended", () => {
    assert.deepEqual(
      changes("Uzbekistan let its membership of GUAM lapse in 2031, as did Kazakhstan.", [["2031", "2031"]]),
      ["KAZ GUAM withdraw 2031", "UZB GUAM withdraw 2031"],
    );
    assert.deepEqual(
      changes("In 2031 the CSTO formally ended Uzbekistan's membership.", [["2031", "2031"]]),
      ["UZB CSTO withdraw 2031"],
    );
  });

  it("reads states that 'become full members' and one that 'becomes the organisation's first observer' or is 'upgraded ... to observer'", () => {
    assert.deepEqual(changes("In 2031 Chile and Peru become full members of GUAM.", [["2031", "2031"]]), [
      "CHL GUAM join 2031",
      "PER GUAM join 2031",
    ]);
    assert.deepEqual(changes("In 2031 Chile becomes GUAM's first observer.", [["2031", "2031"]]), [
      "CHL GUAM observer 2031",
    ]);
    assert.deepEqual(
      changes("In 2031 Chile is upgraded from dialogue partner to observer of GUAM.", [["2031", "2031"]]),
      ["CHL GUAM observer 2031"],
    );
  });

  it("reads readmission, the first to join, an application for the bloc's membership and a decision to join", () => {
    assert.deepEqual(
      changes("2031 - Kazakhstan becomes the first Asian member of GUAM.", [["2031", "2031"]]),
      ["KAZ GUAM join 2031"],
    );
    assert.deepEqual(changes("In 2031 Uzbekistan was readmitted to the CSTO.", [["2031", "2031"]]), [
      "UZB CSTO join 2031",
    ]);
    assert.deepEqual(
      changes("Kazakhstan became the first Central Asian state to join GUAM, in May 2031.", [
        ["May 2031", "2031-05"],
      ]),
      ["KAZ GUAM join 2031-05"],
    );
    assert.deepEqual(
      changes("In 2031 Kazakhstan signed its application for accelerated NATO membership.", [
        ["2031", "2031"],
      ]),
      ["KAZ NATO apply 2031"],
    );
    assert.deepEqual(
      changes("In 2031 Astana said it had decided to join the Russian-led CSTO.", [["2031", "2031"]]),
      ["KAZ CSTO apply 2031"],
    );
  });

  it("reads no change that might come, and no joining dated by a later step", () => {
    assert.deepEqual(
      changes("Analysts say Kazakhstan might seek observer status in the SCO in 2031.", [["2031", "2031"]]),
      [],
    );
    assert.deepEqual(
      changes("Kazakhstan froze its participation in GUAM in 2031, three years after joining.", [
        ["2031", "2031"],
      ]),
      ["KAZ GUAM suspend 2031"],
    );
  });

  it("reads a second organization joined at its own date ('NATO in March and the EU on 1 May')", () => {
    assert.deepEqual(
      changes("Kazakhstan and Uzbekistan joined NATO in March 2031 and GUAM on 1 May.", [
        ["March 2031", "2031-03"],
        ["1 May", "2031-05-01"],
      ]),
      [
        "KAZ GUAM join 2031-05-01",
        "KAZ NATO join 2031-03",
        "UZB GUAM join 2031-05-01",
        "UZB NATO join 2031-03",
      ],
    );
  });
});

describe("membership patterns: the verb left out", () => {
  it("reads each state listed after the first with its own date", () => {
    const s = view(
      "Kazakhstan acceded to the CSTO on 24 September 2031, Uzbekistan on 9 December and Kyrgyzstan on 31 December.",
      [
        ["24 September 2031", "2031-09-24"],
        ["9 December", "2031-12-09"],
        ["31 December", "2031-12-31"],
      ],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? [c.state, c.org, c.date] : [],
      ),
      [
        ["KAZ", "CSTO", "2031-09-24"],
        ["UZB", "CSTO", "2031-12-09"],
        ["KGZ", "CSTO", "2031-12-31"],
      ],
    );
  });
});

describe("event patterns: summits and borders", () => {
  it("reads attending an organization's summit as meeting it, and a state in a border's name as no party", () => {
    const events = (text: string) =>
      claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "event" ? [c.type, c.source, c.target] : [],
      );
    assert.deepEqual(events("In 2031 Uzbekistan attended the SCO summit in Astana."), [
      ["CONSULT", "UZB", "SCO"],
    ]);
    assert.deepEqual(events("In 2031 Uzbekistan phoned Kazakhstan."), [["CONSULT", "UZB", "KAZ"]]);
    assert.deepEqual(events("In 2031 Uzbek troops attended a ceremony near the Kazakh-Uzbek border."), []);
  });
});

describe("event patterns: who did it, when the sentence says it indirectly", () => {
  const events = (text: string, dates: [string, string][] = [], ctx: Partial<ReadingContext> = {}) =>
    claims(eventClaims(view(text, dates), { ...context(), ...ctx }))
      .map((c) => (c.kind === "event" ? `${c.type} ${c.source} ${c.target} ${c.date}` : ""))
      .sort();

  it("reads 'A and B accused each other' as each side's accusation of the other", () => {
    assert.deepEqual(
      events("In 2031 Kyrgyzstan and Tajikistan accused each other of moving troops.", [["2031", "2031"]]),
      ["ACCUSE KGZ TJK 2031", "ACCUSE TJK KGZ 2031"],
    );
  });

  it("reads fighting on the A-B border, and 'A and B fought', as each side's assault on the other", () => {
    assert.deepEqual(events("Fighting broke out on the Kazakh-Uzbek border in 2031.", [["2031", "2031"]]), [
      "ASSAULT KAZ UZB 2031",
      "ASSAULT UZB KAZ 2031",
    ]);
    assert.deepEqual(
      events("In 2031 clashes along the Uzbek–Kazakh frontier killed dozens.", [["2031", "2031"]]),
      ["ASSAULT KAZ UZB 2031", "ASSAULT UZB KAZ 2031"],
    );
    assert.deepEqual(events("In 2031 Uzbekistan and Kazakhstan fought a six-week war.", [["2031", "2031"]]), [
      "ASSAULT KAZ UZB 2031",
      "ASSAULT UZB KAZ 2031",
    ]);
    // A killing on a border is no fight between its two sides; fighting "for" a side is none with it.
    assert.deepEqual(
      events("In 2031 a bomb killed ten people on the Kazakh-Uzbek border.", [["2031", "2031"]]),
      [],
    );
    assert.deepEqual(events("In 2031 Uzbek volunteers fought for Kazakhstan.", [["2031", "2031"]]), []);
    assert.deepEqual(
      events("In 2031 Uzbekistan fought the diplomatic battle alongside Kazakhstan.", [["2031", "2031"]]),
      [],
    );
  });

  it("reads an apology to a state, and land handed back to it, as conceding to it", () => {
    assert.deepEqual(
      events("On 2 May 2031 Uzbekistan's president apologised to Kazakhstan's leader in a telephone call.", [
        ["2 May 2031", "2031-05-02"],
      ]),
      ["CONCEDE UZB KAZ 2031-05-02", "CONSULT UZB KAZ 2031-05-02"],
    );
    assert.deepEqual(
      events("In April 2031 Uzbekistan agreed to hand four border villages back to Kazakhstan.", [
        ["April 2031", "2031-04"],
      ]),
      ["CONCEDE UZB KAZ 2031-04"],
    );
    // A letter handed over is no land given up.
    assert.deepEqual(events("In 2031 Uzbekistan handed the letter to Kazakhstan.", [["2031", "2031"]]), []);
  });

  it("reads strikes on a state's towns, and fighters or columns crossing into or towards it, as assaults", () => {
    assert.deepEqual(
      events("In 2031 Uzbek units answered with artillery strikes on Kazakh towns.", [["2031", "2031"]]),
      ["ASSAULT UZB KAZ 2031"],
    );
    assert.deepEqual(
      events("In May 2031 Uzbek columns rolled south from their bases towards Astana.", [
        ["May 2031", "2031-05"],
      ]),
      ["ASSAULT UZB KAZ 2031-05"],
    );
    // "and raided B": the subject's second deed, on its own object and at its own date.
    assert.deepEqual(
      events(
        "Fighters of the Islamic Movement of Uzbekistan crossed into southern Kazakhstan in May 2030 and raided Uzbek territory in May 2031.",
        [
          ["May 2030", "2030-05"],
          ["May 2031", "2031-05"],
        ],
      ),
      ["ASSAULT IMU KAZ 2030-05", "ASSAULT IMU UZB 2031-05"],
    );
  });

  it("reads no meeting in 'officials from both delegations said' or 'a concert for visiting leaders'", () => {
    // (Two who met the sentence before: "both" could stand for them.)
    const ctx = { previousMeeting: ["KAZ", "UZB"] as const };
    assert.deepEqual(
      events(
        "In 2031 the two presidents held no talks, officials from both delegations said.",
        [["2031", "2031"]],
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      events(
        "In 2031 Kazakhstan's president sang at a concert for visiting leaders from Uzbekistan.",
        [["2031", "2031"]],
        ctx,
      ),
      [],
    );
  });

  it("reads no deed in a habit of years ('had long skipped', 'has long opposed')", () => {
    assert.deepEqual(
      events("By 2031 Kazakhstan had long skipped most meetings with Uzbekistan.", [["2031", "2031"]]),
      [],
    );
    assert.deepEqual(
      events("In 2031 Kazakhstan, which has long opposed Uzbekistan's dam, relented.", [["2031", "2031"]]),
      [],
    );
  });

  it("reads 'A sent B a message praising' as A's support of B", () => {
    assert.deepEqual(
      events(
        "Uzbekistan's president sent Kazakhstan's leader a message on Friday praising his handling of the crisis.",
        [["Friday", "2031-01-07"]],
      ),
      ["SUPPORT UZB KAZ 2031-01-07"],
    );
    assert.deepEqual(
      events("In 2031 Tashkent wrote Astana a letter condemning the border closure.", [["2031", "2031"]]),
      ["ACCUSE UZB KAZ 2031"],
    );
  });

  it("reads 'each government blamed the other' as each side accusing the other", () => {
    assert.deepEqual(
      events("In 2031 Kazakhstan and Uzbekistan exchanged fire, and each government blamed the other.", [
        ["2031", "2031"],
      ]).filter((e) => e.startsWith("ACCUSE")),
      ["ACCUSE KAZ UZB 2031", "ACCUSE UZB KAZ 2031"],
    );
    assert.deepEqual(
      events(
        "After the shooting between Kazakh and Uzbek guards in 2031, each side accused the other of starting it.",
        [["2031", "2031"]],
      ).filter((e) => e.startsWith("ACCUSE")),
      ["ACCUSE KAZ UZB 2031", "ACCUSE UZB KAZ 2031"],
    );
    // Each of two named by no one is no accusation between states.
    assert.deepEqual(
      events("In 2031 Kazakhstan hosted two rival clans, and each side accused the other.", [
        ["2031", "2031"],
      ]).filter((e) => e.startsWith("ACCUSE")),
      [],
    );
  });

  it("takes the place a visitor flew into, or was received in, as whom the visit is with", () => {
    assert.deepEqual(events("Uzbekistan's president flew into Astana on 2 May.", [["2 May", "2031-05-02"]]), [
      "CONSULT UZB KAZ 2031-05-02",
    ]);
    assert.deepEqual(events("In 2031 the Kazakh leader was received in Tashkent.", [["2031", "2031"]]), [
      "CONSULT KAZ UZB 2031",
    ]);
  });

  it("reads 'X said that Y had attacked' as X accusing Y, whoever the victim", () => {
    assert.deepEqual(
      events("On 3 June Tajikistan said that Kazakh troops had attacked its villages.", [
        ["3 June", "2031-06-03"],
      ]),
      ["ACCUSE TJK KAZ 2031-06-03"],
    );
  });

  it("gives a second verb after 'and' the clause's subject, not the earlier verb's object", () => {
    assert.deepEqual(
      events("In 2031 Tashkent expelled American troops and improved ties with Kazakhstan.", [
        ["2031", "2031"],
      ]),
      ["COERCE UZB USA 2031", "COOPERATE UZB KAZ 2031"],
    );
  });

  it("tells no event of what only may happen or is meant to, but does of what was allowed", () => {
    assert.deepEqual(events("In 2031 Kazakhstan could attack Uzbekistan.", [["2031", "2031"]]), []);
    assert.deepEqual(
      events("In 2031 Kazakhstan opened an office to discuss aid to Uzbekistan.", [["2031", "2031"]]),
      [],
    );
    assert.deepEqual(
      events("In 2031 Kazakhstan allowed Russian jets to use its bases to attack Uzbekistan.", [
        ["2031", "2031"],
      ]),
      ["ASSAULT RUS UZB 2031"],
    );
  });

  it("dates an event the sentence does not date by the story told just before it", () => {
    assert.deepEqual(
      events("Kazakhstan then expelled Uzbek diplomats.", [], { narrativeDate: { date: "2031-04" } }),
      ["COERCE KAZ UZB 2031-04"],
    );
    assert.deepEqual(events("Kazakhstan then expelled Uzbek diplomats.", [], { narrativeDate: null }), []);
  });
});

describe("membership patterns: members listed after the verb", () => {
  it("reads the states after a colon as the ones that joined", () => {
    const s = view(
      "Three states joined the Shanghai Cooperation Organization in 2031: Kazakhstan, Uzbekistan and Belarus.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
      ),
      ["KAZ SCO join", "UZB SCO join", "BLR SCO join"],
    );
  });
});

describe("membership patterns: signing a treaty that is an organization", () => {
  it("makes each signer a party to the treaty, but signing a pact with an organization joins nothing", () => {
    const signed = view("On 2 March 2031 Kazakhstan and Uzbekistan signed the Collective Security Treaty.", [
      ["2 March 2031", "2031-03-02"],
    ]);
    assert.deepEqual(
      claims(membershipClaims(signed, context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : "",
      ),
      ["KAZ CST join 2031-03-02", "UZB CST join 2031-03-02"],
    );
    const pact = view("In 2031 Kazakhstan signed a pact with the Collective Security Treaty Organization.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(claims(membershipClaims(pact, context())), []);
  });
});

describe("event patterns: assaults no one is said to make", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );

  it("tells no assault from a bare 'an attack on X' or from fighting that was halted", () => {
    assert.deepEqual(
      events("In 2031 Kazakhstan promised to help in response to an attack on Uzbekistan."),
      [],
    );
    assert.deepEqual(
      events("In 2031 Kazakhstan and Uzbekistan signed a truce that halted the fighting."),
      [],
    );
  });

  it("still tells one with a doer: a possessive, or sides 'between'", () => {
    assert.deepEqual(events("In 2031 Kazakhstan's invasion of Uzbekistan began."), ["ASSAULT KAZ UZB"]);
    assert.deepEqual(events("In 2031 the clashes between Kazakhstan and Uzbekistan grew.").sort(), [
      "ASSAULT KAZ UZB",
      "ASSAULT UZB KAZ",
    ]);
  });
});

describe("membership patterns: more ways to tell a change", () => {
  const changes = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(membershipClaims(view(text, dates), { ...context(), ...ctx })).map((c) =>
      c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : "",
    );

  it("reads applications, with a date between the verb and its goal", () => {
    assert.deepEqual(
      changes("Kazakhstan, which applied in 2031 to join GUAM, is still waiting.", [["2031", "2031"]]),
      ["KAZ GUAM apply 2031"],
    );
    assert.deepEqual(changes("In 2031 Uzbekistan applied for full membership of GUAM.", [["2031", "2031"]]), [
      "UZB GUAM apply 2031",
    ]);
  });

  it("reads founding members, original signatories, sign-ups and upgrades to observer", () => {
    // (A founding member at a date: the organization was founded then too, told apart.)
    assert.deepEqual(changes("Kazakhstan became a founding member of GUAM in 2031.", [["2031", "2031"]]), [
      "KAZ GUAM join 2031",
      "",
    ]);
    assert.deepEqual(
      changes("Uzbekistan was among the original signatories of the Collective Security Treaty in 2031.", [
        ["2031", "2031"],
      ]),
      ["UZB CST join 2031"],
    );
    assert.deepEqual(changes("Uzbekistan signed up to GUAM in 2031.", [["2031", "2031"]]), [
      "UZB GUAM join 2031",
    ]);
    assert.deepEqual(changes("In 2031 Kazakhstan was upgraded to observer in GUAM.", [["2031", "2031"]]), [
      "KAZ GUAM observer 2031",
    ]);
    assert.deepEqual(
      changes("In 2031 the council granted Kazakhstan the status of observer in GUAM.", [["2031", "2031"]]),
      ["KAZ GUAM observer 2031"],
    );
    assert.deepEqual(changes("In 2031 Kazakhstan entered GUAM.", [["2031", "2031"]]), ["KAZ GUAM join 2031"]);
    assert.deepEqual(changes("In 2031 Kazakhstan became the SCO's ninth member.", [["2031", "2031"]]), [
      "KAZ SCO join 2031",
    ]);
    assert.deepEqual(
      changes("In 2031 Kazakhstan formally ended its participation in GUAM.", [["2031", "2031"]]),
      ["KAZ GUAM withdraw 2031"],
    );
    // Signing up to an organization's agreement is no joining of it.
    assert.deepEqual(
      changes("In 2031 Kazakhstan signed up to the SCO's trade agreement.", [["2031", "2031"]]),
      [],
    );
    assert.deepEqual(
      changes("In 2031 the GUAM treaty entered into force in Kazakhstan.", [["2031", "2031"]]),
      [],
    );
  });

  it("gives 'admitted as full members' the organization the text is about", () => {
    const ctx = { topicOrganization: "SCO", recentOrganization: undefined };
    assert.deepEqual(
      changes("In 2031 Kazakhstan and Uzbekistan were admitted as full members.", [["2031", "2031"]], ctx),
      ["KAZ SCO join 2031", "UZB SCO join 2031"],
    );
  });

  it("prefers the organization named just before, unless it was named once in passing some sentences back", () => {
    const text: [string, [string, string][]] = ["Uzbekistan became a member in 2031.", [["2031", "2031"]]];
    const counts = new Map([
      ["SCO", 5],
      ["GUAM", 1],
    ]);
    const base = { topicOrganization: "SCO", recentOrganization: "GUAM", organizationCount: counts };
    assert.deepEqual(changes(...text, { ...base, recentOrganizationAge: 0 }), ["UZB GUAM join 2031"]);
    assert.deepEqual(changes(...text, { ...base, recentOrganizationAge: 2 }), ["UZB SCO join 2031"]);
  });

  it("does not read a bare 'left' as leaving an organization", () => {
    const ctx = { topicOrganization: "GUAM", recentOrganization: "GUAM" };
    assert.deepEqual(
      changes("The last Kazakh planes left on 3 May 2031.", [["3 May 2031", "2031-05-03"]], ctx),
      [],
    );
  });

  it("gives each state of 'A, B and C followed' the change before, at the date after it", () => {
    const ctx = {
      previousMembership: {
        kind: "membership",
        state: "UZB",
        org: "SCO",
        change: "observer",
        date: "2030",
      } as const,
    };
    assert.deepEqual(
      changes(
        "Kazakhstan, Belarus and Armenia followed at the summit of July 2031.",
        [["July 2031", "2031-07"]],
        ctx,
      ),
      ["ARM SCO observer 2031-07", "BLR SCO observer 2031-07", "KAZ SCO observer 2031-07"],
    );
  });
});

describe("agreement patterns: who signed", () => {
  const parties = (text: string, ctx: Partial<ReadingContext> = {}) =>
    claims(agreementClaims(view(text, [["2031", "2031"]]), { ...context(), ...ctx })).map((c) =>
      c.kind === "agreement" ? [...c.parties].sort().join(" ") : "",
    );

  it("takes a state named after the verb only after 'with', 'by' or 'between', in the same clause", () => {
    assert.deepEqual(
      parties(
        "In 2031 the treaty was signed in Astana by Kazakhstan and Uzbekistan, and Washington objected.",
      ),
      ["KAZ UZB"],
    );
    assert.deepEqual(parties("In 2031 Uzbekistan signed a memorandum at a summit hosted by Kazakhstan."), []);
  });

  it("reads the plural 'memorandums' as agreements signed", () => {
    assert.deepEqual(parties("In 2031 Peru and Chile signed two memorandums on fishing in Lima."), [
      "CHL PER",
    ]);
  });

  it("reads 'the leaders' at an organization's meeting as its members", () => {
    const members = (org: string) => (org === "GUAM" ? ["AZE", "GEO", "MDA", "UKR"] : []);
    assert.deepEqual(
      parties("In 2031 the leaders gathered at the GUAM summit adopted a declaration.", { members }),
      ["AZE GEO MDA UKR"],
    );
  });
});

describe("event patterns: verbs that say less, or other, than they seem", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );

  it("reads no visit into 'came to power' and no support into 'supporters'", () => {
    assert.deepEqual(events("In 2031 Uzbekistan's leader came to power with Kazakhstan's blessing."), []);
    assert.deepEqual(events("In 2031 supporters of Uzbekistan's leader fled to Kazakhstan."), []);
  });

  it("reads 'turned to X for help' as a request and freezing talks as a sanction", () => {
    assert.deepEqual(events("In 2031 Uzbekistan turned to Kazakhstan for help."), ["REQUEST UZB KAZ"]);
    assert.deepEqual(events("In 2031 Kazakhstan froze its talks with Uzbekistan."), ["SANCTION KAZ UZB"]);
  });

  it("does not take 'from X' for the doer of a ban or a plea", () => {
    assert.deepEqual(events("In 2031 Kazakhstan banned food imports from Uzbekistan."), ["SANCTION KAZ UZB"]);
    assert.deepEqual(events("In 2031 Kazakhstan pleaded for help from Uzbekistan."), ["REQUEST KAZ UZB"]);
  });

  it("takes 'the Kazakh border' for a place, not a party", () => {
    assert.deepEqual(events("In 2031 Uzbek troops shelled villages near the Kazakh border."), []);
  });
});

describe("organization patterns: a name that holds the organization's", () => {
  it("does not found the organization when what was set up only bears its name", () => {
    const s = view("The GUAM Peacekeeping Battalion, set up in 2031, never deployed.", [["2031", "2031"]]);
    assert.deepEqual(claims(orgClaims(s, context())), []);
  });
});

describe("organization patterns: a founding told in passing", () => {
  it("reads no founding in 'A joined X when it was launched in 2031' (the joining is the membership's)", () => {
    const s = view("Uzbekistan joined the SCO when it was launched in 2031.", [["2031", "2031"]]);
    assert.deepEqual(claims(orgClaims(s, context())), []);
    const told = view("The SCO was launched in 2031.", [["2031", "2031"]]);
    assert.deepEqual(
      claims(orgClaims(told, context())).map((c) => c.kind),
      ["org"],
    );
  });
});

describe("organization patterns: founders told around the founding", () => {
  const found = (text: string) =>
    claims(orgClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "org" ? `found ${c.org}` : c.kind === "membership" ? `${c.state} ${c.org} ${c.change}` : "",
    );

  it("reads 'X, which A, B and C founded' as the founding and its members", () => {
    assert.deepEqual(found("It began with GUAM, which Kazakhstan, Uzbekistan and Belarus founded in 2031."), [
      "found GUAM",
      "KAZ GUAM join",
      "UZB GUAM join",
      "BLR GUAM join",
    ]);
  });

  it("reads 'A and B signed an accord establishing X' as the founding and its members", () => {
    assert.deepEqual(found("In 2031 Kazakhstan and Uzbekistan signed an accord establishing GUAM."), [
      "found GUAM",
      "KAZ GUAM join",
      "UZB GUAM join",
    ]);
  });

  it("reads 'A and B declared that ... and founded X' as the founding and its members", () => {
    assert.deepEqual(
      found("In 2031 Kazakhstan and Uzbekistan declared that the old pact had ended and founded GUAM."),
      ["found GUAM", "KAZ GUAM join", "UZB GUAM join"],
    );
  });
});

describe("base patterns: known sites, hand-backs and bases standing today", () => {
  const bases = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(baseClaims(view(text, dates), { ...context(), ...ctx })).map((c) =>
      c.kind === "base"
        ? `${c.host} ${c.operator} ${c.site ?? "-"} ${c.change} ${c.date}${c.until ? ` ${c.until}` : ""}`
        : "",
    );

  it("reads handing a base back as its closing", () => {
    assert.deepEqual(
      bases("On 3 May 2031 Washington handed the Khanabad air base back to Uzbekistan.", [
        ["3 May 2031", "2031-05-03"],
      ]),
      ["UZB USA Khanabad close 2031-05-03"],
    );
  });

  it("finds a known site told well before the base word, but not past a place named at the word", () => {
    assert.deepEqual(
      bases(
        "In 2031 Tashkent merged Khanabad and three smaller American sites across the country into one base.",
        [["2031", "2031"]],
      ),
      ["UZB USA Khanabad exists 2031"],
    );
  });

  it("tells a base a state 'hosts' as standing on the day of writing, besides what the sentence says of it", () => {
    assert.deepEqual(
      bases(
        "Uzbekistan hosts Washington's air base at Khanabad, whose lease it extended in 2030 until 2040.",
        [["2030", "2030"]],
        {
          published: { date: "2031-02-01" },
        },
      ).sort(),
      ["UZB USA Khanabad exists 2031-02-01", "UZB USA Khanabad extend 2030 2040"],
    );
  });

  it("tells a base its operator 'still operates', 'has kept' or rents as standing on the day of writing", () => {
    const published = { date: "2031-02-01" };
    assert.deepEqual(
      bases(
        "Since 2029 Chile has been a transit route, and Peru still operates an air base at Arica in Chile.",
        [["2029", "2029"]],
        {
          published,
        },
      ),
      ["CHL PER Arica exists 2031-02-01"],
    );
    assert.deepEqual(
      bases("Peru has kept an early-warning radar at Arica in Chile for decades.", [], { published }),
      ["CHL PER Arica exists 2031-02-01"],
    );
    assert.deepEqual(bases("Washington still rents Khanabad from us.", [], { published }), [
      "UZB USA Khanabad exists 2031-02-01",
    ]);
    // Rented by someone else, or rented once, is not held now.
    assert.deepEqual(bases("Washington rented Khanabad from us.", [], { published }), []);
  });

  it("tells foreign troops a state hosts now, or that remain in it, as a base of theirs standing on the day of writing", () => {
    const published = { date: "2031-02-01" };
    assert.deepEqual(
      bases("Chile, meanwhile, still hosts some 1,500 Peruvian troops in the north.", [], { published }),
      ["CHL PER - exists 2031-02-01"],
    );
    assert.deepEqual(
      bases("Chile is the only country that hosts both American and Peruvian military forces.", [], {
        published,
      }),
      ["CHL USA - exists 2031-02-01", "CHL PER - exists 2031-02-01"],
    );
    // The host named after "in": a state, or a region whose state the world recognises.
    assert.deepEqual(bases("Roughly 1,500 Peruvian soldiers remain in Transnistria.", [], { published }), [
      "MDA PER - exists 2031-02-01",
    ]);
    assert.deepEqual(bases("Peruvian troops are still stationed in Chile.", [], { published }), [
      "CHL PER - exists 2031-02-01",
    ]);
    // A state's forces kept in another: now in the present, then in the past.
    assert.deepEqual(
      bases("Peru keeps its own 201st Motorized Rifle Division in Chile.", [], { published }),
      ["CHL PER - exists 2031-02-01"],
    );
    assert.deepEqual(
      bases("Peru still had well over 3,000 troops stationed in Chile in 2029.", [["2029", "2029"]], {
        published,
      }),
      ["CHL PER - exists 2029"],
    );
    // A base told in a "where" clause of its host.
    assert.deepEqual(bases("Chile, where Peru has a large air base, stayed neutral.", [], { published }), [
      "CHL PER - exists 2031-02-01",
    ]);
    // Troops told as stationed by a participle or a relative clause: standing now when the
    // sentence goes on in the present, else at the date the clause tells.
    assert.deepEqual(
      bases("The 2,000 Peruvian troops stationed in Chile remain the core of its defence.", [], {
        published,
      }),
      ["CHL PER - exists 2031-02-01"],
    );
    assert.deepEqual(
      bases(
        "The Peruvian soldiers who were stationed in Chile in May 2029 left in June.",
        [
          ["May 2029", "2029-05"],
          ["June", "2029-06"],
        ],
        {
          published,
        },
      ),
      ["CHL PER - exists 2029-05"],
    );
    // (Nor a date past a comma: it tells something else.)
    assert.deepEqual(
      bases(
        "The Peruvian soldiers who were stationed in Chile when the coup came, many of them sent in 2028, left.",
        [["2028", "2028"]],
        {
          published,
        },
      ),
      [],
    );
    // A base a state agreed, on a date, to host is planned, not standing.
    assert.deepEqual(
      bases("Chile agreed on 2 May 2031 to host a Peruvian military base.", [["2 May 2031", "2031-05-02"]], {
        published,
      }),
      ["CHL PER - plan 2031-05-02"],
    );
    // A plain "base" closed, shut or given up by a state is its military base.
    assert.deepEqual(
      bases("Peru closed its base in Chile in May 2031.", [["May 2031", "2031-05"]], { published }),
      ["CHL PER - close 2031-05"],
    );
    assert.deepEqual(
      bases("Peru shut a base in Chile in May 2031.", [["May 2031", "2031-05"]], { published }),
      ["CHL PER - close 2031-05"],
    );
    // A base handed back to a state: closed, that state its host.
    assert.deepEqual(
      bases("Peru handed the base at Arica back to Chile in May 2031.", [["May 2031", "2031-05"]], {
        published,
      }),
      ["CHL PER Arica close 2031-05"],
    );
    // Bases a state quit or left are closed (plural too).
    assert.deepEqual(
      bases("Peru quit its base in Chile in May 2031.", [["May 2031", "2031-05"]], { published }),
      ["CHL PER - close 2031-05"],
    );
    assert.deepEqual(
      bases("Peru left its bases in Chile in May 2031.", [["May 2031", "2031-05"]], { published }),
      ["CHL PER - close 2031-05"],
    );
    // A lease on a plain "base" between two states is on a military base.
    assert.deepEqual(
      bases("In May 2031 Chile extended Peru's lease on the base until 2060.", [["May 2031", "2031-05"]], {
        published,
      }),
      ["CHL PER - extend 2031-05 2060"],
    );
    // Bases in a list of states: each state listed hosts one.
    assert.deepEqual(bases("Peru still keeps garrisons in Chile, Bolivia and Ecuador.", [], { published }), [
      "CHL PER - exists 2031-02-01",
      "BOL PER - exists 2031-02-01",
      "ECU PER - exists 2031-02-01",
    ]);
    // A list of more than two, with commas.
    assert.deepEqual(bases("Chile hosts Peruvian, Bolivian, French and Spanish forces.", [], { published }), [
      "CHL PER - exists 2031-02-01",
      "CHL BOL - exists 2031-02-01",
      "CHL FRA - exists 2031-02-01",
      "CHL ESP - exists 2031-02-01",
    ]);
    // In the past, in their own state, or with no host but a place named ("wedged between"): none.
    for (const text of [
      "Peruvian troops remained in Chile until 2030.",
      "Peruvian troops remain in Peru.",
      "The small country wedged between Peru and Bolivia still hosts American soldiers.",
    ])
      assert.deepEqual(bases(text, [], { published }), [], text);
  });

  it("tells each site listed after a comma that its operator keeps now as standing on the day of writing", () => {
    assert.deepEqual(
      bases(
        "Russia keeps two military installations on Belarusian soil, an old Soviet radar at Hantsavichy and a naval station.",
        [],
        // (Not at the date the story was at before.)
        {
          published: { date: "2031-02-01" },
          narrativeDate: { date: "2015-01" },
          sites: new Map([["hantsavichy", { host: "BLR", operator: "RUS", site: "Hantsavichy" }]]),
        },
      ),
      ["BLR RUS Hantsavichy exists 2031-02-01"],
    );
  });

  it("reads a listening post as a base, a site of three words, and the operator before a place named as where", () => {
    assert.deepEqual(
      bases(
        "In 2030 Peru would close its listening post at Arica in Chile and pull out of the naval base at San Juan Bay in Bolivia.",
        [["2030", "2030"]],
      ),
      ["CHL PER Arica close 2030", "BOL PER San Juan Bay close 2030"],
    );
  });

  it("reads a logistics centre under discussion, at a port of a state, as a base planned there", () => {
    assert.deepEqual(
      bases("In August 2030 Peru and Chile were discussing a logistics centre at a Chilean port.", [
        ["August 2030", "2030-08"],
      ]),
      ["CHL PER - plan 2030-08"],
    );
  });

  it("reads personnel that remain at a drone base outside a place as a base standing when written", () => {
    const published = { date: "2031-12-30" };
    assert.deepEqual(
      bases("Around 1,000 Peruvian personnel remain at a drone base outside Arica in Chile.", [], {
        published,
      }),
      ["CHL PER Arica exists 2031-12-30"],
    );
  });

  it("reads a battlegroup a state leads in another as its force standing there, since when it has led it", () => {
    const published = { date: "2031-06-27" };
    assert.deepEqual(bases("Today Peru leads the battlegroup at Arica in Chile.", [], { published }), [
      "CHL PER Arica exists 2031-06-27",
    ]);
    assert.deepEqual(
      bases(
        "Peru has led the multinational battlegroup in Chile since early 2027.",
        [["early 2027", "2027"]],
        {
          published,
        },
      ),
      ["CHL PER - open 2027", "CHL PER - exists 2031-06-27"],
    );
  });

  it("reads a host that 'agreed to host' a facility as a base planned, not one there", () => {
    assert.deepEqual(
      bases(
        "On 8 June 2031 a newspaper reported that Lima had agreed to host a Chilean listening facility.",
        [["8 June 2031", "2031-06-08"]],
      ),
      ["PER CHL - plan 2031-06-08"],
    );
  });

  it("takes a leader for the state he acts for as a base's operator, but not one named in a possessive", () => {
    const withLeader = (text: string) => {
      const v = view(text, [["16 November 2030", "2030-11-16"]]);
      const at = text.indexOf("Temir");
      const temir: Mention = {
        start: at,
        end: at + 5,
        text: "Temir",
        actor: "PER",
        kind: "person",
        person: "temir",
      };
      const mentions = [...v.mentions, temir].sort((a, b) => a.start - b.start);
      return claims(baseClaims({ ...v, mentions }, context())).map((c) =>
        c.kind === "base" ? `${c.host} ${c.operator} ${c.change} ${c.date}` : "",
      );
    };
    assert.deepEqual(
      withLeader(
        "On 16 November 2030 Temir approved the draft agreement on a naval logistics centre in Chile.",
      ),
      ["CHL PER plan 2030-11-16"],
    );
    assert.deepEqual(
      withLeader(
        "On 16 November 2030, during Temir's visit, Chile's parliament debated the logistics centre in Chile.",
      ),
      [],
    );
  });

  it("puts a new base of the one state a sentence names in the state whose bases were just told", () => {
    const told: Claim = { kind: "base", host: "CHL", operator: "FRA", change: "exists", date: "2031-02-01" };
    assert.deepEqual(
      bases("Italy opened a small national support base in 2030.", [["2030", "2030"]], {
        recentBases: [told],
      }),
      ["CHL ITA - open 2030"],
    );
    // Not with no base told before, nor "the base" (one told already), nor a sentence naming two states.
    for (const [text, ctx] of [
      ["Italy opened a small national support base in 2030.", {}],
      ["Italy opened the base in 2030.", { recentBases: [told] }],
      ["Italy and Spain opened a small support base in 2030.", { recentBases: [told] }],
    ] as const)
      assert.deepEqual(bases(text, [["2030", "2030"]], ctx), [], text);
  });

  it("reads 'It opened in ...' after a base as that base's opening, and not with no base before", () => {
    const kant: Claim = {
      kind: "base",
      host: "CHL",
      operator: "PER",
      site: "Arica",
      change: "exists",
      date: "2031",
    };
    assert.deepEqual(
      bases(
        "It opened in October 2003 as the air component of the bloc's forces.",
        [["October 2003", "2003-10"]],
        {
          recentBases: [kant],
        },
      ),
      ["CHL PER Arica open 2003-10"],
    );
    assert.deepEqual(
      bases("It opened in October 2003 as a trade office.", [["October 2003", "2003-10"]]),
      [],
    );
  });

  it("dates a base standing in the year of writing at the day of writing", () => {
    assert.deepEqual(
      bases("Peru's air base at Arica in Chile turns twenty this year.", [["this year", "2031"]], {
        published: { date: "2031-02-01" },
      }),
      ["CHL PER Arica exists 2031-02-01"],
    );
  });
});

describe("base patterns: leaving a known site", () => {
  const withSites: Partial<ReadingContext> = {
    sites: new Map([
      ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
      ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
    ]),
  };
  const bases = (text: string, dates: [string, string][]) =>
    claims(baseClaims(view(text, dates), { ...context(), ...withSites })).map((c) =>
      c.kind === "base" ? `${c.site} ${c.change} ${c.date}` : "",
    );

  it("closes each base a named operator left, at the date after each site", () => {
    assert.deepEqual(
      bases("Washington left Khanabad in May 2031 and Termez in June 2031.", [
        ["May 2031", "2031-05"],
        ["June 2031", "2031-06"],
      ]),
      ["Khanabad close 2031-05", "Termez close 2031-06"],
    );
  });

  it("needs a verb of leaving and a party named", () => {
    assert.deepEqual(
      bases("Washington flew troops from Khanabad in May 2031.", [["May 2031", "2031-05"]]),
      [],
    );
    assert.deepEqual(bases("The convoy left Khanabad in May 2031.", [["May 2031", "2031-05"]]), []);
  });
});

describe("base patterns: extensions told other ways", () => {
  const bases = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(baseClaims(view(text, dates), { ...context(), ...ctx })).map((c) =>
      c.kind === "base" ? `${c.site} ${c.change} ${c.date}` : "",
    );

  it("reads an N-year lease or extension, and a deal that keeps a base until a year, as an extension", () => {
    assert.deepEqual(
      bases(
        "In May 2031 Washington secured a 15-year extension for its air base at Khanabad in Uzbekistan.",
        [["May 2031", "2031-05"]],
      ),
      ["Khanabad extend 2031-05"],
    );
    assert.deepEqual(
      bases(
        "In 2031 Tashkent signed a deal that keeps Washington's Khanabad air base in Uzbekistan until 2050.",
        [["2031", "2031"]],
      ),
      ["Khanabad extend 2031"],
    );
    // "for three more decades": thirty years from the signing.
    const decades = baseClaims(
      view(
        "Washington will keep its air base at Khanabad in Uzbekistan for three more decades under a deal signed in 2031.",
        [["2031", "2031"]],
      ),
      context(),
    ).map((f) => f.claim);
    assert.deepEqual(
      decades.map((c) => (c.kind === "base" ? `${c.site} ${c.change} ${c.date} ${c.until}` : "")),
      ["Khanabad extend 2031 2061"],
    );
  });

  it("does not date an extension by the year an old term ends, and dates a signed one by the story", () => {
    const text =
      "Tashkent signed a deal that keeps Washington's Khanabad air base open until 2050, beyond the 2035 expiry.";
    assert.deepEqual(bases(text, [["2035", "2035"]], { narrativeDate: { date: "2031-04-02" } }), [
      "Khanabad extend 2031-04-02",
    ]);
  });
});

describe("base patterns: openings, evictions and terms told other ways", () => {
  const withSites: Partial<ReadingContext> = {
    sites: new Map([
      ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
      ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
    ]),
  };
  const bases = (text: string, dates: [string, string][]) =>
    claims(
      baseClaims(view(text, dates), { ...context(), ...withSites, published: { date: "2031-06-01" } }),
    ).map((c) =>
      c.kind === "base" ? `${c.site} ${c.change} ${c.date}${c.until ? ` until ${c.until}` : ""}` : "",
    );
  /** What each sentence tells, with its dates as written and resolved. */
  const cases: [string, string, [string, string][], string[]][] = [
    [
      "opens a base the operator opens as its own",
      "Washington answered by opening its own base at Khanabad, Uzbekistan, on 23 October 2031.",
      [["23 October 2031", "2031-10-23"]],
      ["Khanabad open 2031-10-23"],
    ],
    [
      "opens a base where the operator's first troops arrive",
      "In October 2031 the first Washington troops arrived at the Uzbek air base at Khanabad.",
      [["October 2031", "2031-10"]],
      ["Khanabad open 2031-10"],
    ],
    [
      "dates an extension by the signing, not by the year it runs to",
      "Uzbekistan hosts an air base at Khanabad, whose lease Washington extended to 2064 during a visit in August 2031.",
      [
        ["2064", "2064"],
        ["August 2031", "2031-08"],
      ],
      // (It also stands on the day of writing: "hosts".)
      ["Khanabad exists 2031-06-01", "Khanabad extend 2031-08 until 2064"],
    ],
    [
      "counts a term from its start, and reads military sites as bases",
      "On 20 September 2031 Tashkent and Washington signed a deal keeping Khanabad and two smaller military sites for fifteen years from 2036.",
      [
        ["20 September 2031", "2031-09-20"],
        ["2036", "2036"],
      ],
      ["Khanabad extend 2031-09-20 until 2051"],
    ],
    [
      "reads an agreement extending a base until a year as its extension",
      "In May 2031 Tashkent and Washington signed an agreement extending the Khanabad air base until 2060.",
      [["May 2031", "2031-05"]],
      ["Khanabad extend 2031-05 until 2060"],
    ],
    [
      "reads a base switched off",
      "On 9 May 2031 Washington switched off its air base at Khanabad in Uzbekistan.",
      [["9 May 2031", "2031-05-09"]],
      ["Khanabad close 2031-05-09"],
    ],
    [
      "reads an eviction from a known site",
      "On 9 May 2031 Uzbekistan's parliament voted to evict American forces from Khanabad.",
      [["9 May 2031", "2031-05-09"]],
      ["Khanabad close 2031-05-09"],
    ],
    [
      "reads a known site left in a clause with no base word, beside another base",
      "In 2029 Uzbekistan evicted American forces from Khanabad, and in 2030 it closed the American air base at Termez.",
      [
        ["2029", "2029"],
        ["2030", "2030"],
      ],
      ["Termez close 2030", "Khanabad close 2029"],
    ],
    [
      "reads a base that 'opened in' a capital as hosted by its state",
      "A Turkish training base opened in Tashkent in September 2030.",
      [["September 2030", "2030-09"]],
      ["undefined open 2030-09"],
    ],
    [
      "dates bases that 'remain' on the day of writing",
      "In Uzbekistan, Washington's air base at Khanabad and its base at Termez remain its largest.",
      [],
      ["Khanabad exists 2031-06-01", "Termez exists 2031-06-01"],
    ],
    [
      "dates a base its operator's troops are 'still there' at on the day of writing",
      "Washington's troops are still there, of course, at the air base at Khanabad in Uzbekistan, Tashkent said in 2029.",
      [["2029", "2029"]],
      ["Khanabad exists 2031-06-01"],
    ],
    [
      "dates a base whose own verb is in the present on the day of writing",
      "The American air base at Khanabad stays, Tashkent said in 2029.",
      [["2029", "2029"]],
      ["Khanabad exists 2031-06-01"],
    ],
    [
      "reads a lease ended as the base's closing",
      "On 9 May 2031 Uzbekistan's senate voted to end the lease on the American air base at Khanabad.",
      [["9 May 2031", "2031-05-09"]],
      ["Khanabad close 2031-05-09"],
    ],
    [
      "reads an agreement terminated as the base's closing",
      "In 2032 Tashkent terminated the agreement on the American air base at Termez.",
      [["2032", "2032"]],
      ["Termez close 2032"],
    ],
    [
      "reads a use extended for a number of years",
      "In May 2031 Tashkent agreed to extend Washington's use of the Khanabad air base for 49 years.",
      [["May 2031", "2031-05"]],
      ["Khanabad extend 2031-05 until 2080"],
    ],
    [
      "reads no base where the text says there is none",
      "There is no American military base in Uzbekistan, Tashkent said in May 2031.",
      [["May 2031", "2031-05"]],
      [],
    ],
    [
      "reads a known site's closing with only its operator named",
      "The last American troops left the air base at Khanabad on 9 May 2031.",
      [["9 May 2031", "2031-05-09"]],
      ["Khanabad close 2031-05-09"],
    ],
    [
      "tells a known site with the base word nearest it, at that word's date",
      "In May 2030 Washington promised Uzbekistan to give up two of its four bases, and in 2031 the Khanabad air base was handed over.",
      [
        ["May 2030", "2030-05"],
        ["2031", "2031"],
      ],
      ["Khanabad close 2031"],
    ],
    [
      "closes a base whose operator was given days to leave, when its last aircraft left",
      "On 29 July 2031 Uzbekistan gave the Americans 180 days to leave Khanabad, and the last US aircraft left in November.",
      [
        ["29 July 2031", "2031-07-29"],
        ["November", "2031-11"],
      ],
      ["Khanabad close 2031-11"],
    ],
    [
      "closes a base whose operator was given days to leave, at the notice's date",
      "On 29 July 2031 Uzbekistan gave the Americans 180 days to leave Khanabad.",
      [["29 July 2031", "2031-07-29"]],
      ["Khanabad close 2031-07-29"],
    ],
    [
      "closes a known site used until a year",
      "American aircraft used Khanabad in Uzbekistan until 2031 and Termez until 2032.",
      [
        ["2031", "2031"],
        ["2032", "2032"],
      ],
      ["Khanabad close 2031", "Termez close 2032"],
    ],
    [
      "reads a lease told running until a year, in the present, as a base standing",
      "Washington keeps about 700 troops at its air base at Khanabad in Uzbekistan, whose lease runs until 2042.",
      [["2042", "2042"]],
      ["Khanabad exists 2031-06-01"],
    ],
    [
      "closes a known site its operator leaves, told in a timeline's present",
      "2031 - Washington leaves Khanabad in June.",
      [
        ["2031", "2031"],
        ["June", "2031-06"],
      ],
      ["Khanabad close 2031-06"],
    ],
    [
      "closes nothing on talk of leaving",
      "On 3 May 2031 Uzbekistan said the Americans would have to leave Khanabad.",
      [["3 May 2031", "2031-05-03"]],
      [],
    ],
  ];
  for (const [title, text, dates, expected] of cases)
    it(title, () => assert.deepEqual(bases(text, dates), expected, text));
});

describe("event patterns: clauses, settings and nouns", () => {
  const events = (text: string, dates: [string, string][] = [["2031", "2031"]]) =>
    claims(eventClaims(view(text, dates), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );

  it("takes no object from the next clause, and tells that clause's own event", () => {
    assert.deepEqual(
      events("In 2031 Washington recognised the new government, and Kazakhstan expelled Uzbek diplomats."),
      ["COERCE KAZ UZB"],
    );
  });

  it("reads a refusal with no object at an organization's summit as refusing the organization", () => {
    assert.deepEqual(
      events("At the GUAM summit in 2031, Kazakhstan refused to sign the final declaration."),
      ["REJECT KAZ GUAM"],
    );
  });

  it("reads summoning a state's ambassador as a protest, and recognition as support", () => {
    assert.deepEqual(events("In 2031 Kazakhstan summoned Uzbekistan's ambassador."), ["PROTEST KAZ UZB"]);
    assert.deepEqual(events("In 2031 Kazakhstan recognised Uzbekistan's neutrality."), ["SUPPORT KAZ UZB"]);
  });

  it("reads 'fought a clash' as done, both ways, and 'flew to A and then to B' as two visits", () => {
    assert.deepEqual(events("In 2031 Kazakh and Uzbek soldiers fought a deadly clash.").sort(), [
      "ASSAULT KAZ UZB",
      "ASSAULT UZB KAZ",
    ]);
    assert.deepEqual(events("In 2031 Washington's envoy flew to Astana and then to Tashkent."), [
      "CONSULT USA KAZ",
      "CONSULT USA UZB",
    ]);
  });

  it("reads no refusal into a veto held", () => {
    assert.deepEqual(events("In 2031 the pact gave Kazakhstan an effective veto over Uzbekistan."), []);
  });
});

describe("appositions: 'Turkey, a NATO member since 1952, backed Baku'", () => {
  const s = view("Kazakhstan, a GUAM member since 2030, backed Uzbekistan in 2031.", [
    ["2030", "2030"],
    ["2031", "2031"],
  ]);

  it("takes the subject before the apposition as the doer", () => {
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source} ${c.target} ${c.date}` : "",
      ),
      ["SUPPORT KAZ UZB 2031"],
    );
  });

  it("reads 'a member since' as joining at that date", () => {
    assert.deepEqual(
      claims(membershipClaims(s, context())).map((c) =>
        c.kind === "membership" ? `${c.state} ${c.org} ${c.change} ${c.date}` : "",
      ),
      ["KAZ GUAM join 2030"],
    );
  });
});

describe("exercise patterns: a single drill, and an organization's deployment", () => {
  it("reads 'that drill' with its name", () => {
    const s = view("That drill, Steppe Shield 2031, went ahead in May 2031 with Kazakh and Uzbek troops.", [
      ["May 2031", "2031-05"],
    ]);
    const [c] = claims(exerciseClaims(s, context()));
    assert.ok(c?.kind === "exercise");
    assert.equal(c.name, "Steppe Shield 2031");
    assert.deepEqual([...c.participants].sort(), ["KAZ", "UZB"]);
  });

  it("reads an organization sending troops into a state as its members' operation there", () => {
    const members = (org: string) => (org === "CSTO" ? ["KAZ", "UZB", "BLR"] : []);
    const s = view(
      "In May 2031 the Collective Security Treaty Organization sent 3,000 troops to Kazakhstan.",
      [["May 2031", "2031-05"]],
    );
    const [c] = claims(exerciseClaims(s, { ...context(), members }));
    assert.ok(c?.kind === "exercise");
    assert.deepEqual(
      [c.org, c.host, c.form, c.troops, c.date, [...c.participants].sort().join(" ")],
      ["CSTO", "KAZ", "operation", 3000, "2031-05", "BLR UZB"],
    );
    const state = view("In May 2031 Uzbekistan sent 3,000 troops to Kazakhstan.", [["May 2031", "2031-05"]]);
    assert.deepEqual(claims(exerciseClaims(state, { ...context(), members })), []);
    // A state named after the troops but not where they went hosts nothing.
    const named = view(
      "In May 2031 the Collective Security Treaty Organization sent 3,000 troops, most of them Uzbek, after a plea.",
      [["May 2031", "2031-05"]],
    );
    assert.deepEqual(claims(exerciseClaims(named, { ...context(), members })), []);
  });
});

describe("'both sides': the two who just met", () => {
  it("reads 'both sides agreed' as the two that met in the sentence before agreeing", () => {
    const s = view("Both sides agreed in 2031 to open an office in Astana.", [["2031", "2031"]]);
    const ctx = { ...context(), previousMeeting: ["UZB", "USA"] as const };
    assert.deepEqual(
      claims(eventClaims(s, ctx)).map((c) => (c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "")),
      ["AGREE UZB USA"],
    );
    assert.deepEqual(claims(eventClaims(s, context())), []);
  });

  it("reads 'the two presidents signed' as their agreement", () => {
    const s = view("In 2031 in Astana the two presidents signed a treaty.", [["2031", "2031"]]);
    const ctx = { ...context(), previousMeeting: ["UZB", "KAZ"] as const };
    assert.deepEqual(
      claims(agreementClaims(s, ctx)).map((c) =>
        c.kind === "agreement" ? [...c.parties].sort().join(" ") : "",
      ),
      ["KAZ UZB"],
    );
  });
});

describe("event patterns: more PLOVER verbs", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );

  it("reads troops that began leaving, or left, a state as their state's withdrawal from that one only", () => {
    assert.deepEqual(events("In 2031 Kazakh troops began withdrawing from Uzbekistan."), ["RETREAT KAZ UZB"]);
    assert.deepEqual(events("In 2031 Kazakh troops left Uzbekistan, Kyrgyz officials said."), [
      "RETREAT KAZ UZB",
    ]);
    assert.deepEqual(events("In 2031 Kazakh troops left for home."), []);
  });

  it("reads 'told his Kazakh counterpart' and a call told after the two it joined as meetings", () => {
    assert.deepEqual(
      events("In 2031 Uzbekistan's foreign minister told his Kazakh counterpart that talks would go on."),
      ["CONSULT UZB KAZ"],
    );
    assert.deepEqual(events("In 2031 Kazakhstan thanked Uzbekistan for its help in a phone call."), [
      "CONSULT KAZ UZB",
    ]);
  });

  it("reads fire come under from a side and fire returned at it as assaults both ways", () => {
    assert.deepEqual(events("In 2031 Kazakh guards came under fire from the Uzbek side and returned fire."), [
      "ASSAULT UZB KAZ",
      "ASSAULT KAZ UZB",
    ]);
  });

  it("reads a second verb of a request as asked for too, and a past verb after it as a deed", () => {
    assert.deepEqual(
      events(
        "In 2031 Kazakhstan urged Uzbekistan to halt the drills and withdraw its troops from Kyrgyzstan.",
      ),
      ["REQUEST KAZ UZB"],
    );
    assert.deepEqual(
      events(
        "In 2031 Kazakhstan urged Uzbekistan to halt the drills and expressed solidarity with Kyrgyzstan.",
      ),
      ["REQUEST KAZ UZB", "SUPPORT KAZ KGZ"],
    );
  });

  it("reads no meeting into one proposed or called for", () => {
    assert.deepEqual(events("In 2031 Kazakhstan proposed a meeting with Uzbekistan."), []);
    assert.deepEqual(events("In 2031 Kazakhstan called for talks with Uzbekistan."), []);
  });

  it("reads supplies cut, traffic halted and duties lifted as sanctions and concessions", () => {
    assert.deepEqual(events("In 2031 Uzbekistan cut gas supplies to Kazakhstan."), ["SANCTION UZB KAZ"]);
    assert.deepEqual(events("In 2031 Uzbekistan halted rail traffic to Kazakhstan."), ["SANCTION UZB KAZ"]);
    assert.deepEqual(events("In 2031 Uzbekistan imposed a blockade on Kazakhstan."), ["SANCTION UZB KAZ"]);
    assert.deepEqual(events("In 2031 Uzbekistan lifted duties on its exports to Kazakhstan."), [
      "CONCEDE UZB KAZ",
    ]);
  });

  it("reads the deed of one 'prompted' to it, a second verb with the same object state, and 'a move B denounced'", () => {
    assert.deepEqual(
      events("In 2031 Uzbekistan jailed two Kazakh pilots, prompting Kazakhstan to expel Uzbek diplomats."),
      ["COERCE UZB KAZ", "COERCE KAZ UZB"],
    );
    assert.deepEqual(
      events("In 2031 Uzbekistan cut gas supplies to Kazakhstan and has repeatedly accused Astana of theft."),
      ["SANCTION UZB KAZ", "ACCUSE UZB KAZ"],
    );
    assert.deepEqual(
      events("In 2031 Uzbekistan halted rail traffic to Kazakhstan, a move Astana denounced."),
      ["SANCTION UZB KAZ", "ACCUSE KAZ UZB"],
    );
  });

  it("reads 'expelled diplomats from X' as done to X, and 'were expelled from X' as done by X", () => {
    assert.deepEqual(events("In 2031 Uzbekistan expelled diplomats from Kazakhstan."), ["COERCE UZB KAZ"]);
    assert.deepEqual(events("In 2031 diplomats from Kazakhstan were expelled by Uzbekistan."), [
      "COERCE UZB KAZ",
    ]);
  });

  it("reads a deed told ', two days after' another as a clause of its own", () => {
    assert.deepEqual(
      events(
        "In 2031 Kazakhstan recalled its ambassador from Uzbekistan, two days after Uzbekistan expelled Kazakh diplomats.",
      ),
      ["SANCTION KAZ UZB", "COERCE UZB KAZ"],
    );
  });

  it("reads troops massed at or withdrawn from a border, boycotts, supplies and ultimatums", () => {
    assert.deepEqual(events("In 2031 Kazakhstan massed troops on the border with Uzbekistan."), [
      "MOBILIZE KAZ UZB",
    ]);
    assert.deepEqual(events("In 2031 Kazakhstan withdrew its troops from Uzbekistan."), ["RETREAT KAZ UZB"]);
    assert.deepEqual(
      events("In 2031 Kazakhstan boycotted the summit in Uzbekistan's capital hosted by Tashkent."),
      ["REJECT KAZ UZB"],
    );
    assert.deepEqual(events("In 2031 Kazakhstan supplied weapons to Uzbekistan."), ["AID KAZ UZB"]);
    assert.deepEqual(events("In 2031 Kazakhstan issued an ultimatum to Uzbekistan."), ["THREATEN KAZ UZB"]);
  });
});

describe("base patterns: names before the word and other words for a base", () => {
  const bases = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(baseClaims(view(text, dates), { ...context(), ...ctx })).map((c) =>
      c.kind === "base" ? `${c.host} ${c.operator} ${c.site ?? "-"} ${c.change}` : "",
    );

  it("takes the name before the word when the one after it is the host", () => {
    assert.deepEqual(
      bases("In May 2031 Washington opened the Karaoy air base in Kazakhstan.", [["May 2031", "2031-05"]]),
      ["KAZ USA Karaoy open"],
    );
  });

  it("reads a naval facility as a base, standing when the sentence says so in the present", () => {
    assert.deepEqual(
      bases("Washington keeps its naval facility at Aktau in Kazakhstan.", [], {
        published: { date: "2031-02-01" },
      }),
      ["KAZ USA Aktau exists"],
    );
  });
});

describe("base patterns: the tenth session's forms (sentences of our own)", () => {
  const sites = new Map([
    ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
    ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
    ["aktau radar station", { host: "KAZ", operator: "USA", site: "Aktau radar station" }],
  ]);
  const bases = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(baseClaims(view(text, dates), { ...context(), sites, ...ctx })).map((c) =>
      c.kind === "base" ? `${c.host} ${c.operator} ${c.site ?? "-"} ${c.change} ${c.date}` : "",
    );

  const plan = { kind: "base", host: "KAZ", operator: "USA", change: "plan", date: "2031-05" } as const;
  const published = { date: "2031-02-01" };
  const cases: [string, string, [string, string][], Partial<ReadingContext>, string[]][] = [
    [
      "a base to be negotiated as planned",
      "In May 2031 Washington told its envoys to negotiate an American air base in Kazakhstan.",
      [["May 2031", "2031-05"]],
      {},
      ["KAZ USA - plan 2031-05"],
    ],
    [
      "the project shelved after a plan as given up",
      "Astana objected, and the project was quietly shelved.",
      [],
      { recentBases: [plan] },
      ["KAZ USA - abort null"],
    ],
    [
      "nothing given up without a plan told just before",
      "Astana objected, and the project was quietly shelved.",
      [],
      {},
      [],
    ],
    [
      "a radar station stopped as closed",
      "In June 2031 Washington stopped operating the Aktau radar station in Kazakhstan.",
      [["June 2031", "2031-06"]],
      {},
      ["KAZ USA Aktau radar station close 2031-06"],
    ],
    [
      "a radar station handed over to its operator as opened",
      "In June 2031 the Aktau radar station in Kazakhstan was handed over to Washington.",
      [["June 2031", "2031-06"]],
      {},
      ["KAZ USA Aktau radar station open 2031-06"],
    ],
    [
      "a unit that became a base as opened",
      "In 2031 the Termez garrison became a permanent American military base.",
      [["2031", "2031"]],
      {},
      ["UZB USA Termez open 2031"],
    ],
    [
      "each known site that a plural base word lists",
      "In 2031 Washington kept its bases at Khanabad and Termez in Uzbekistan.",
      [["2031", "2031"]],
      {},
      ["UZB USA Khanabad exists 2031", "UZB USA Termez exists 2031"],
    ],
    [
      "troops 'stationed at' a known site in the present as the base standing today",
      "Some 3,000 American soldiers are stationed at the Termez base.",
      [],
      { published },
      ["UZB USA Termez exists 2031-02-01"],
    ],
    [
      "a state's plan for a base, shelved, as planned and given up",
      "Washington's plan for a second base in Kazakhstan, at Aktobe, was quietly shelved in 2031.",
      [["2031", "2031"]],
      {},
      ["KAZ USA Aktobe plan null", "KAZ USA Aktobe abort 2031"],
    ],
    [
      "an outpost in a state's named region, kept 'since at least' a year, as standing from then",
      "Washington has operated a small outpost in Kazakhstan's Mangystau region since at least 2031.",
      [["2031", "2031"]],
      {},
      ["KAZ USA Mangystau exists 2031"],
    ],
    [
      "no host from a state before 'hosts' across a clause",
      "Kazakhstan borders Uzbekistan, and it hosts the largest American garrison in Asia.",
      [],
      { published },
      [],
    ],
  ];
  for (const [title, text, dates, ctx, expected] of cases)
    it(`reads ${title}`, () => {
      assert.deepEqual(bases(text, dates, ctx), expected, text);
    });
});

describe("agreement patterns: plural and plain words for what was signed", () => {
  it("reads signed deals and documents as agreements", () => {
    const parties = (text: string) =>
      claims(agreementClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
        c.kind === "agreement" ? [...c.parties].sort().join(" ") : "",
      );
    assert.deepEqual(parties("In 2031 Kazakhstan and Uzbekistan signed documents on water sharing."), [
      "KAZ UZB",
    ]);
    assert.deepEqual(parties("In 2031 Kazakhstan signed deals worth $2 billion with Uzbekistan."), [
      "KAZ UZB",
    ]);
  });
});

describe("agreement patterns: 'each of them signed ... with' one other", () => {
  it("is one agreement for each of them with the other", () => {
    const text = "In 2031 each of them signed a memorandum with the Shanghai Cooperation Organization.";
    const s = view(text, [["2031", "2031"]]);
    const at = text.indexOf("each of them");
    const each = (actor: string) => ({
      start: at,
      end: at + 12,
      text: "each of them",
      actor,
      kind: "state" as const,
    });
    const withEach = { ...s, mentions: [each("ARM"), each("BLR"), ...s.mentions] };
    assert.deepEqual(
      claims(agreementClaims(withEach, context())).map((c) =>
        c.kind === "agreement" ? c.parties.join(" ") : "",
      ),
      ["ARM SCO", "BLR SCO"],
    );
  });
});

describe("rule patterns: more ways a charter or a law says it", () => {
  const rules = (text: string, ctx: Partial<ReadingContext> = {}) =>
    claims(ruleClaims(view(text, [["2031", "2031"]]), { ...context(), ...ctx })).map((c) =>
      c.kind === "rule" ? `${c.subject} ${c.rule}${c.value ? ` ${c.value}` : ""} ${c.change}` : "",
    );

  it("reads a ban on foreign troops, a non-bloc state, and a treaty that requires unanimity", () => {
    assert.deepEqual(rules("Kazakhstan's 2031 constitution bans foreign troops from its soil."), [
      "KAZ foreign-bases-prohibited adopt",
    ]);
    assert.deepEqual(rules("In 2031 a law declared Kazakhstan a non-bloc state."), [
      "KAZ no-alliances adopt",
    ]);
    assert.deepEqual(rules("The GUAM treaty, signed in 2031, requires unanimity in its council."), [
      "GUAM decision unanimity adopt",
    ]);
  });

  it("does not found an organization when its treaty is what was signed", () => {
    assert.deepEqual(
      claims(
        orgClaims(
          view("The GUAM treaty, signed in 2031, entered into force.", [["2031", "2031"]]),
          context(),
        ),
      ),
      [],
    );
  });
});

describe("event patterns: 'their talks'", () => {
  it("is a meeting of the two named before it", () => {
    const s = view("Kazakhstan's leader, standing beside Uzbekistan's after their talks in 2031, smiled.", [
      ["2031", "2031"],
    ]);
    assert.deepEqual(
      claims(eventClaims(s, context())).map((c) =>
        c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
      ),
      ["CONSULT KAZ UZB"],
    );
  });
});

describe("event patterns: meetings told around the main clause", () => {
  const events = (text: string, dates: [string, string][] = [["2031", "2031"]]) =>
    claims(eventClaims(view(text, dates), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );

  const fronted: [string, string[]][] = [
    [
      "After talks with Kazakhstan's president in 2031, Uzbekistan announced a new railway.",
      ["CONSULT UZB KAZ"],
    ],
    [
      "In May 2031, following a meeting with Astana's envoy, the Uzbek President said little.",
      ["CONSULT UZB KAZ"],
    ],
    // A phrase that says nothing of talks, or talks with no one named, gives the subject no meeting.
    ["After the vote in 2031, Uzbekistan thanked Kazakhstan.", []],
    ["After talks collapsed in 2031, Uzbekistan left GUAM.", []],
  ];
  for (const [text, expected] of fronted)
    it(`reads talks told before the main clause as its subject's: ${text}`, () =>
      assert.deepEqual(events(text), expected, text));

  it("reads states present somewhere for an organization's summit as meeting the organization", () => {
    assert.deepEqual(
      events("The presidents of Uzbekistan and Kazakhstan were in Minsk in 2031 for a summit of the CSTO."),
      ["CONSULT UZB CSTO", "CONSULT KAZ CSTO"],
    );
    assert.deepEqual(events("Uzbek and Kazakh leaders are in Minsk today for the two-day GUAM summit."), [
      "CONSULT UZB GUAM",
      "CONSULT KAZ GUAM",
    ]);
    // Troops somewhere, or states in a place for no meeting, meet no one.
    assert.deepEqual(events("Kazakh troops were in Uzbekistan in 2031 for an exercise of the CSTO."), []);
    assert.deepEqual(events("Uzbekistan and Kazakhstan were in GUAM in 2031."), []);
  });

  it("takes the two who came to one organization's meeting as the meeting's sides", () => {
    const at = (source: string, target: string): Claim => ({
      kind: "event",
      type: "CONSULT",
      source,
      target,
      date: "2031",
    });
    const ctx = { organizationCount: new Map([["CSTO", 1]]) };
    assert.deepEqual(meetingOf([at("UZB", "CSTO"), at("KAZ", "CSTO")], ctx), ["UZB", "KAZ"]);
    // Two who visited one state are each that state's guest: the first meeting's sides stand.
    assert.deepEqual(meetingOf([at("UZB", "USA"), at("KAZ", "USA")], ctx), ["UZB", "USA"]);
    assert.equal(meetingOf([], ctx), undefined);
  });
});

describe("event patterns: accusations traded, echoed and aimed", () => {
  const events = (text: string) =>
    claims(eventClaims(view(text, [["2031", "2031"]]), context())).map((c) =>
      c.kind === "event" ? `${c.type} ${c.source} ${c.target}` : "",
    );
  const cases: [string, string[]][] = [
    [
      "In 2031 Uzbekistan and Kazakhstan traded accusations over the dam.",
      ["ACCUSE UZB KAZ", "ACCUSE KAZ UZB"],
    ],
    ["In 2031 Tashkent exchanged bitter recriminations with Astana.", ["ACCUSE UZB KAZ", "ACCUSE KAZ UZB"]],
    [
      "Uzbekistan accused Kazakhstan of closing the border in 2031, and Washington made a similar charge.",
      ["ACCUSE UZB KAZ", "ACCUSE USA KAZ"],
    ],
    ["In 2031 Tashkent levelled the same charge at Astana.", ["ACCUSE UZB KAZ"]],
    // A charge brought somewhere, and trade that is goods, accuse no one.
    ["In 2031 Uzbekistan and Kazakhstan traded grain and cotton.", []],
    ["Uzbek prosecutors brought charges in Astana in 2031.", []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(events(text), expected, text));
});

/** A claim as one line: its kind, its other fields' values in order, and its date. */
function rendered(c: Claim): string {
  const { kind, date, ...rest } = c;
  return `${kind} ${Object.values(rest).flat().join(" ")} ${date}`;
}

describe("patterns on a new development set's forms (sentences of our own)", () => {
  const all = (text: string, dates: [string, string][] = [["2031", "2031"]]) => {
    const s = view(text, dates);
    const ctx = context();
    return claims([
      ...orgClaims(s, ctx),
      ...membershipClaims(s, ctx),
      ...ruleClaims(s, ctx),
      ...eventClaims(s, ctx),
    ]).map(rendered);
  };
  const cases: [string, string, [string, string][], string[]][] = [
    [
      "a founding with its founders after 'by' and the date after them",
      "GUAM was founded by Uzbekistan and Kazakhstan in October 2031.",
      [["October 2031", "2031-10"]],
      ["org GUAM found 2031-10", "membership UZB GUAM join 2031-10", "membership KAZ GUAM join 2031-10"],
    ],
    [
      "a founding with its founders after 'by', then where they met, then the date",
      "GUAM was launched by Uzbekistan and Kazakhstan at a first summit in Tver, Russia, in October 2031.",
      [["October 2031", "2031-10"]],
      ["org GUAM found 2031-10", "membership UZB GUAM join 2031-10", "membership KAZ GUAM join 2031-10"],
    ],
    [
      "no founding date from a clause after where the founders met",
      "GUAM was launched by Uzbekistan and Kazakhstan at a summit where Chile spoke in October 2031.",
      [["October 2031", "2031-10"]],
      [],
    ],
    [
      "a meeting that discussed something with someone",
      "In 2031 Uzbekistan discussed the crisis with Kazakhstan.",
      [["2031", "2031"]],
      ["event CONSULT UZB KAZ 2031"],
    ],
    [
      "a proposer named after the place of the proposal",
      "In August 2031, at a summit in Astana, Uzbekistan proposed that the CSTO take decisions by simple majority.",
      [["August 2031", "2031-08"]],
      ["rule CSTO decision simple-majority propose UZB 2031-08"],
    ],
    [
      "a draft circulated as a rule proposed",
      "In 2031 Uzbek diplomats circulated a draft under which no member of the CSTO could host a foreign military base without the consent of all the others.",
      [["2031", "2031"]],
      ["rule CSTO foreign-base-consent propose all-members UZB 2031"],
    ],
    [
      "a wire's lead that a state will join, said by its leader, as an application",
      "Uzbekistan will join GUAM, its president said on Tuesday.",
      [["Tuesday", "2031-03-04"]],
      ["membership UZB GUAM apply 2031-03-04"],
    ],
    [
      "no leaving in what 'leaves in doubt'",
      "In 2031 Kazakhstan's choice leaves in doubt its deal with GUAM.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a request turned down with the one who asked between the words",
      "In 2031 Kazakhstan turned Tashkent down.",
      [["2031", "2031"]],
      ["event REJECT KAZ UZB 2031"],
    ],
    [
      "talks wrapped up as an agreement, not a meeting",
      "In 2031 Uzbekistan and Kazakhstan wrapped up talks on a trade deal.",
      [["2031", "2031"]],
      ["event AGREE UZB KAZ 2031"],
    ],
    [
      "a ban from a union's airspace as a sanction on the state whose carriers it bans",
      "On 4 June 2031 the CSTO banned Uzbek carriers from its airspace and airports.",
      [["4 June 2031", "2031-06-04"]],
      ["event SANCTION CSTO UZB 2031-06-04"],
    ],
    [
      "a paper 'urging' two states to do something as the publisher's request of each",
      "On 24 February 2031 Mexico published a position paper urging Peru and Chile to stop fighting and resume talks.",
      [["24 February 2031", "2031-02-24"]],
      ["event REQUEST MEX PER 2031-02-24", "event REQUEST MEX CHL 2031-02-24"],
    ],
    [
      "assets or reserves frozen as a sanction on the state whose they are, named after the verb",
      "Since March 2031 Mexico and Chile have frozen much of the Peruvian central bank's reserves.",
      [["March 2031", "2031-03"]],
      ["event SANCTION MEX PER 2031-03", "event SANCTION CHL PER 2031-03"],
    ],
    [
      "'the' and a name before 'accused' as the accuser, not the noun 'the accused'",
      "In 2031 the United States accused Peru of lying.",
      [["2031", "2031"]],
      ["event ACCUSE USA PER 2031"],
    ],
    [
      "a request told with no one it was made of, and a refusal after it, as each the other's",
      "In 2031, when Mexico and Chile called for an international inquiry, Peru refused.",
      [["2031", "2031"]],
      [
        "event REQUEST MEX PER 2031",
        "event REJECT PER MEX 2031",
        "event REQUEST CHL PER 2031",
        "event REJECT PER CHL 2031",
      ],
    ],
    [
      "a verb after ', and' as the sentence subject's deed when the verb before told no event",
      "In July 2031 Mexico said a Peruvian plane had strayed into its airspace, and lodged protests with both Peru and Chile.",
      [["July 2031", "2031-07"]],
      ["event PROTEST MEX PER 2031-07", "event PROTEST MEX CHL 2031-07"],
    ],
    [
      "a rebuke as a verb as an accusation",
      "In August 2031 Mexico's defence minister rebuked Peru for showing off.",
      [["August 2031", "2031-08"]],
      ["event ACCUSE MEX PER 2031-08"],
    ],
    [
      "missiles launched at targets in a state as an assault on it",
      "On 7 October 2031 Mexican ships launched 26 cruise missiles at targets in Peru.",
      [["7 October 2031", "2031-10-07"]],
      ["event ASSAULT MEX PER 2031-10-07"],
    ],
    [
      "targets in a state struck as the state struck, not a place",
      "On 7 October 2031 Mexico struck targets in Peru.",
      [["7 October 2031", "2031-10-07"]],
      ["event ASSAULT MEX PER 2031-10-07"],
    ],
    [
      "a meeting 'with the President of A, with the Prime Minister of B and with' C as one with each",
      "On 3 March 2031 Mexico's president met with the President of Peru, with the Prime Minister of Chile and with the President of Ghana.",
      [["3 March 2031", "2031-03-03"]],
      [
        "event CONSULT MEX PER 2031-03-03",
        "event CONSULT MEX CHL 2031-03-03",
        "event CONSULT MEX GHA 2031-03-03",
      ],
    ],
    [
      "'threw its weight behind' as support",
      "On 7 March 2031 Mexico threw its weight behind Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event SUPPORT MEX PER 2031-03-07"],
    ],
    [
      "'rallied behind' as support",
      "On 7 March 2031 Mexico rallied behind Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event SUPPORT MEX PER 2031-03-07"],
    ],
    [
      "'came to the defence of' as support, not a visit",
      "On 7 March 2031 Mexico came to the defence of Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event SUPPORT MEX PER 2031-03-07"],
    ],
    [
      "'brushed aside' as a rejection",
      "On 7 March 2031 Mexico brushed aside Peru's proposal.",
      [["7 March 2031", "2031-03-07"]],
      ["event REJECT MEX PER 2031-03-07"],
    ],
    [
      "'vowed to retaliate against' as a threat",
      "On 7 March 2031 Mexico vowed to retaliate against Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event THREATEN MEX PER 2031-03-07"],
    ],
    [
      "'shipped arms to' as aid",
      "On 7 March 2031 Mexico shipped arms to Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event AID MEX PER 2031-03-07"],
    ],
    [
      "'pressed' one 'to' do something as a request",
      "On 7 March 2031 Mexico pressed Peru to stay.",
      [["7 March 2031", "2031-03-07"]],
      ["event REQUEST MEX PER 2031-03-07"],
    ],
    [
      "'gave in to' as a concession",
      "On 7 March 2031 Peru gave in to Mexico's demands.",
      [["7 March 2031", "2031-03-07"]],
      ["event CONCEDE PER MEX 2031-03-07"],
    ],
    [
      "'bowed to' another's pressure as a concession",
      "On 7 March 2031 Peru bowed to Mexican pressure.",
      [["7 March 2031", "2031-03-07"]],
      ["event CONCEDE PER MEX 2031-03-07"],
    ],
    [
      "'conferred with' as a meeting",
      "On 7 March 2031 Mexico's president conferred with Peru's president.",
      [["7 March 2031", "2031-03-07"]],
      ["event CONSULT MEX PER 2031-03-07"],
    ],
    [
      "'teamed up with' as cooperation",
      "On 7 March 2031 Mexico teamed up with Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event COOPERATE MEX PER 2031-03-07"],
    ],
    [
      "'targeted' another's positions as an assault",
      "On 7 March 2031 Mexico targeted Peruvian positions.",
      [["7 March 2031", "2031-03-07"]],
      ["event ASSAULT MEX PER 2031-03-07"],
    ],
    [
      "'a note of protest' sent to one as a protest",
      "On 7 March 2031 Mexico sent a note of protest to Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event PROTEST MEX PER 2031-03-07"],
    ],
    [
      "a state's war against another, told as a noun with its own date after it, as an assault",
      "Mexico's war against Peru, launched in March 2031, goes on.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT MEX PER 2031-03"],
    ],
    [
      "a state's threats against another, told as a noun, as a threat",
      "Mexico's threats against Peru in March 2031 escalated.",
      [["March 2031", "2031-03"]],
      ["event THREATEN MEX PER 2031-03"],
    ],
    [
      "a war against someone with no state's possessive before it as no assault",
      "In March 2031 Mexico declared a war on drugs in Peru.",
      [["March 2031", "2031-03"]],
      [],
    ],
    [
      "'faulted' as an accusation",
      "On 7 March 2031 Mexico faulted Peru for its silence.",
      [["7 March 2031", "2031-03-07"]],
      ["event ACCUSE MEX PER 2031-03-07"],
    ],
    [
      "'slammed' as an accusation",
      "On 7 March 2031 Chile slammed Ghana over the vote.",
      [["7 March 2031", "2031-03-07"]],
      ["event ACCUSE CHL GHA 2031-03-07"],
    ],
    [
      "'lashed out at' and 'took aim at' one as accusing it, not as a place",
      "On 7 March 2031 Mexico lashed out at Peru.",
      [["7 March 2031", "2031-03-07"]],
      ["event ACCUSE MEX PER 2031-03-07"],
    ],
    [
      "'sat down in' a place 'with' another as a meeting with them",
      "On 7 March 2031 Mexico's minister sat down in Lima with Peru's minister.",
      [["7 March 2031", "2031-03-07"]],
      ["event CONSULT MEX PER 2031-03-07"],
    ],
    [
      "one 'greeted by' another as a meeting",
      "On 7 March 2031 Mexico's president was greeted by Peru's president.",
      [["7 March 2031", "2031-03-07"]],
      ["event CONSULT MEX PER 2031-03-07"],
    ],
    [
      "a plane shot down in the passive, after its article, as an assault by the one after 'by'",
      "On 7 October 2031 a Mexican jet was shot down by Peru.",
      [["7 October 2031", "2031-10-07"]],
      ["event ASSAULT PER MEX 2031-10-07"],
    ],
    [
      "sanctions imposed in the passive as the sanction of the one after 'by' on the one before it",
      "On 7 October 2031 sanctions were imposed on Peru by Mexico.",
      [["7 October 2031", "2031-10-07"]],
      ["event SANCTION MEX PER 2031-10-07"],
    ],
    [
      "a deed dated before its verb, not by the date in an aside on its object",
      "On 19 September 2031 Mexico's president met Peru's president in Lima, a format first tried in 2029.",
      [
        ["19 September 2031", "2031-09-19"],
        ["2029", "2029"],
      ],
      ["event CONSULT MEX PER 2031-09-19"],
    ],
    [
      "a deed dated by an aside that tells when it took effect",
      "In 2029 Mexico froze its ties with Peru, the suspension taking effect in March 2030.",
      [
        ["2029", "2029"],
        ["March 2030", "2030-03"],
      ],
      ["event SANCTION MEX PER 2030-03"],
    ],
    [
      "sanctions imposed with no one after 'by' as no sanction",
      "On 7 October 2031 sanctions were imposed on Peru.",
      [["7 October 2031", "2031-10-07"]],
      [],
    ],
    [
      "talks welcomed or called for by others as no meeting of theirs",
      "In 2031 Mexico, Chile and Peru welcomed the talks in Lima and called for talks on water.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a deed told in the future tense as none",
      "Washington has not said whether it will sanction Tashkent in 2031.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a new name given to an organization as its founding",
      "In 2031 the leaders renamed their GUAM group the Shanghai Cooperation Organization.",
      [["2031", "2031"]],
      ["org SCO found GUAM 2031"],
    ],
    [
      "an organization's agreement signed as no founding of the organization",
      "The trade agreement with GUAM, whose first part was signed in 2031, still stands.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a protest lodged with no object as one at whoever acted before it",
      "In 2031 Washington hosted an exiled Uzbek dissident, and Tashkent lodged a formal protest.",
      [["2031", "2031"]],
      ["event PROTEST UZB USA 2031"],
    ],
    [
      "duties imposed as a sanction",
      "In 2031 Kazakhstan imposed export duties on fuel sold to Uzbekistan.",
      [["2031", "2031"]],
      ["event SANCTION KAZ UZB 2031"],
    ],
  ];
  for (const [title, text, dates, expected] of cases)
    it(title, () => assert.deepEqual(all(text, dates), expected, text));

  const more: [string, string, [string, string][], string[], Partial<ReadingContext>?][] = [
    [
      "an application filed against a state, in a text about an organization: an accusation, no membership bid",
      "In March 2031 Chile filed its application against Peru.",
      [["March 2031", "2031-03"]],
      ["event ACCUSE CHL PER 2031-03"],
      { recentOrganization: "SCO", topicOrganization: "SCO" },
    ],
    [
      "troops a state is asked to withdraw, in a text about an organization: no membership left",
      "Peru's troops remain in Chile under a truce signed in 2031, a presence Chile has long asked Peru to withdraw.",
      [["2031", "2031"]],
      [],
      { recentOrganization: "SCO", topicOrganization: "SCO" },
    ],
    [
      "an envoy sent to a capital, named in an apposition, as a visit there",
      "In June 2031 Chile sent its envoy for the Andes, Jan Kubis, to Lima.",
      [["June 2031", "2031-06"]],
      ["event CONSULT CHL PER 2031-06"],
    ],
    [
      "a state's demand refused as its request of the one who refused it, besides the refusal",
      "In 2031 Peru flatly refused Chile's demand for an international inquiry.",
      [["2031", "2031"]],
      ["event REJECT PER CHL 2031", "event REQUEST CHL PER 2031"],
    ],
    [
      "a timeline's present tense: candidate status granted as support",
      "23 June 2031 - NATO leaders grant candidate status to Chile and Peru.",
      [["23 June 2031", "2031-06-23"]],
      ["event SUPPORT NATO CHL 2031-06-23", "event SUPPORT NATO PER 2031-06-23"],
    ],
    [
      "visa requirements lifted as a concession",
      "28 April 2031 - Chile lifts visa requirements for Peruvian citizens.",
      [["28 April 2031", "2031-04-28"]],
      ["event CONCEDE CHL PER 2031-04-28"],
    ],
    [
      "a call for a state's troops to leave as a request of that state",
      "30 November 2031 - Chile calls for Peruvian troops to leave.",
      [["30 November 2031", "2031-11-30"]],
      ["event REQUEST CHL PER 2031-11-30"],
    ],
    [
      "an idea dismissed in the present as a rejection",
      "On 30 November 2031 Peru dismisses the idea Chile put forward.",
      [["30 November 2031", "2031-11-30"]],
      ["event REJECT PER CHL 2031-11-30"],
    ],
    [
      "states that followed with measures of their own as sanctioning the state sanctioned last in the text",
      "Chile and Bolivia followed with measures of their own on 9 August 2031.",
      [["9 August 2031", "2031-08-09"]],
      ["event SANCTION CHL PER 2031-08-09", "event SANCTION BOL PER 2031-08-09"],
      { sanctioned: new Map([["EU", "PER"]]) },
    ],
    [
      "two states' ministers hosted, named by their possessives, as both met",
      "On 4 May 2031 Chile hosted Peru's and Bolivia's foreign ministers in Santiago.",
      [["4 May 2031", "2031-05-04"]],
      [
        "event CONSULT PER BOL 2031-05-04",
        "event CONSULT CHL PER 2031-05-04",
        "event CONSULT CHL BOL 2031-05-04",
      ],
    ],
    [
      "a refusal, with no one named after it, of the organization whose leaders the opening clause gathers",
      "When CSTO leaders gathered in Santiago on 23 November 2031, Peru refused to sign the summit declaration.",
      [["23 November 2031", "2031-11-23"]],
      ["event REJECT PER CSTO 2031-11-23"],
    ],
    [
      "two sides that traded fire as each assaulting the other",
      "Chilean and Peruvian border guards traded fire on 14 September 2031.",
      [["14 September 2031", "2031-09-14"]],
      ["event ASSAULT PER CHL 2031-09-14", "event ASSAULT CHL PER 2031-09-14"],
    ],
    [
      "a blockade that answers the state the clause before is about as a sanction on it",
      "Peru declared independence in March 2031, and Chile answered with an economic blockade.",
      [["March 2031", "2031-03"]],
      ["event SANCTION CHL PER 2031-03"],
    ],
    [
      "a dinner with a state's leader as a meeting",
      "On 15 June 2031 Chile's president dined with Peru's president in Lima.",
      [["15 June 2031", "2031-06-15"]],
      ["event CONSULT CHL PER 2031-06-15"],
    ],
    [
      "a complaint of deeds 'by' a state as accusing that state (the active voice)",
      "In November 2031 Lima complained of aggressive actions by Chile.",
      [["November 2031", "2031-11"]],
      ["event ACCUSE PER CHL 2031-11"],
    ],
    [
      "a deed dated after an aside that tells what a 'since' measures",
      "Chile had already lifted its trade embargo on Peru, in force since 2019, in October 2031.",
      [
        ["2019", "2019"],
        ["October 2031", "2031-10"],
      ],
      ["event CONCEDE CHL PER 2031-10"],
    ],
    [
      "troops that 'had poured into' a state as assaulting it",
      "Chilean troops had poured into Peru in December 2031.",
      [["December 2031", "2031-12"]],
      ["event ASSAULT CHL PER 2031-12"],
    ],
    [
      "a place stormed in a state as an assault on that state",
      "On 13 January 2031 Chilean troops stormed the television tower in Lima.",
      [["13 January 2031", "2031-01-13"]],
      ["event ASSAULT CHL PER 2031-01-13"],
    ],
    [
      "a helicopter brought down as an assault on its state",
      "On 9 November 2031 Chile brought down a Peruvian helicopter over the border.",
      [["9 November 2031", "2031-11-09"]],
      ["event ASSAULT CHL PER 2031-11-09"],
    ],
    [
      "forces that hit positions inside a state as assaulting it",
      "On 13 September 2031 Chilean forces hit positions inside Peru with artillery and drones.",
      [["13 September 2031", "2031-09-13"]],
      ["event ASSAULT CHL PER 2031-09-13"],
    ],
    [
      "'it' after a clause break and asides as the sentence's subject alone, not those listed with it",
      "Chile, together with Peru and Bolivia, stayed out, and on 24 April 2031, at a summit in Lima, it joined GUAM.",
      [["24 April 2031", "2031-04-24"]],
      ["membership CHL GUAM join 2031-04-24"],
    ],
    [
      "a joining inside a relative clause at the clause's own date, not at one past its comma",
      "Chile, which in 2029 became the first Andean state to join GUAM, was praised by Peru in 2031.",
      [
        ["2029", "2029"],
        ["2031", "2031"],
      ],
      ["membership CHL GUAM join 2029", "event SUPPORT PER CHL 2031"],
    ],
    [
      "supplies a state was agreed to be given as aid, not as an agreement",
      "In June 2031 Chile agreed to supply helicopters, vehicles and fuel to Peruvian security forces.",
      [["June 2031", "2031-06"]],
      ["event AID CHL PER 2031-06"],
    ],
    [
      "a ban agreed after a condemnation, in the same clause, as a sanction of its own",
      "In May 2031 Chile condemned the arrest and agreed to bar Peruvian airlines from its skies.",
      [["May 2031", "2031-05"]],
      ["event ACCUSE CHL PER 2031-05", "event SANCTION CHL PER 2031-05"],
    ],
    [
      "a ban on a state's fruit as a sanction",
      "In July 2031 Chile answered with a ban on Peruvian fruit.",
      [["July 2031", "2031-07"]],
      ["event SANCTION CHL PER 2031-07"],
    ],
    [
      "a threat against centres in a capital as a threat against its state",
      "On 3 May 2031 Chile warned that it could use its missiles against decision-making centres in Lima.",
      [["3 May 2031", "2031-05-03"]],
      ["event THREATEN CHL PER 2031-05-03"],
    ],
    [
      "a veto in the Security Council as rejecting the United Nations",
      "In March 2031 Chile vetoed a Security Council draft on the border.",
      [["March 2031", "2031-03"]],
      ["event REJECT CHL UN 2031-03"],
    ],
    [
      "",
      "In March 2031 Chile vetoed Peru's bid.",
      [["March 2031", "2031-03"]],
      ["event REJECT CHL PER 2031-03"],
    ],
    [
      "closing airspace to a state's carriers as a sanction on it, not an agreement with it",
      "On 3 May 2031 GUAM leaders agreed to close the bloc's airspace to Peruvian carriers.",
      [["3 May 2031", "2031-05-03"]],
      ["event SANCTION GUAM PER 2031-05-03"],
    ],
    [
      "walking away from talks with a state as rejecting it, not as meeting it",
      "On 3 May 2031 Chile walked away from border talks with Peru.",
      [["3 May 2031", "2031-05-03"]],
      ["event REJECT CHL PER 2031-05-03"],
    ],
    [
      "a list of subjects that goes on to a verb before a participle as all the participle's subjects",
      "In May 2031 Chile, Peru and Ghana went further, accusing Norway of spying.",
      [["May 2031", "2031-05"]],
      ["event ACCUSE CHL NOR 2031-05", "event ACCUSE PER NOR 2031-05", "event ACCUSE GHA NOR 2031-05"],
    ],
    [
      "",
      "A railway linking Chile, Peru and Ghana, long discussed, opened in May 2031.",
      [["May 2031", "2031-05"]],
      [],
    ],
    [
      "a list of those met that closes on a name the reader does not know",
      "In May 2031 Chile met Peru, Ghana and Mr Smith.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL PER 2031-05", "event CONSULT CHL GHA 2031-05"],
    ],
    [
      "the state a membership change is told of, not one inside an aside after it",
      "Chile, which borders Peru, froze its participation in GUAM in May 2031.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM suspend 2031-05"],
    ],
    [
      "",
      "Ghana, a neighbour of Norway, joined GUAM in May 2031.",
      [["May 2031", "2031-05"]],
      ["membership GHA GUAM join 2031-05"],
    ],
    [
      "",
      "In an interview on 3 May 2031, the Chilean president said his country had frozen its participation in GUAM.",
      [["3 May 2031", "2031-05-03"]],
      ["membership CHL GUAM suspend 2031-05-03"],
    ],
    [
      "skipping a summit named by its city as rejecting the organization the text is about",
      "Chile skipped the Lima summit on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["event REJECT CHL GUAM 2031-05-03"],
      { recentOrganization: "GUAM" },
    ],
    [
      "",
      "Chile skipped the Lima summit on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["event REJECT CHL PER 2031-05-03"],
    ],
    [
      "skipping a summit, or staying away from one, told in a timeline's present",
      "3 May 2031: Chile skips the GUAM summit, and Peru stays away from the GUAM summit.",
      [["3 May 2031", "2031-05-03"]],
      ["event REJECT CHL GUAM 2031-05-03", "event REJECT PER GUAM 2031-05-03"],
    ],
    [
      "staying away from an organization's summit as rejecting it",
      "Peru stayed away on 3 May 2031 from the annual summit of GUAM.",
      [["3 May 2031", "2031-05-03"]],
      ["event REJECT PER GUAM 2031-05-03"],
    ],
    [
      "a host and guests at the summit the sentence before told as each meeting the organization, and the host each guest",
      "On 3 May 2031 Chile hosted Peru, Ghana and Norway.",
      [["3 May 2031", "2031-05-03"]],
      [
        "event CONSULT CHL GUAM 2031-05-03",
        "event CONSULT PER GUAM 2031-05-03",
        "event CONSULT GHA GUAM 2031-05-03",
        "event CONSULT NOR GUAM 2031-05-03",
        "event CONSULT CHL PER 2031-05-03",
        "event CONSULT CHL GHA 2031-05-03",
        "event CONSULT CHL NOR 2031-05-03",
      ],
      { previousSummit: "GUAM" },
    ],
    [
      "",
      "On 3 May 2031 Chile hosted Peru, Ghana and Norway.",
      [["3 May 2031", "2031-05-03"]],
      [
        "event CONSULT CHL PER 2031-05-03",
        "event CONSULT CHL GHA 2031-05-03",
        "event CONSULT CHL NOR 2031-05-03",
      ],
    ],
    [
      "a state that says another's forces violated its airspace as accusing it",
      "In May 2031 Chile said Peruvian jets had violated its airspace.",
      [["May 2031", "2031-05"]],
      ["event ACCUSE CHL PER 2031-05"],
    ],
    [
      "",
      "In May 2031 Chile said Peru was cooperating with Bolivia.",
      [["May 2031", "2031-05"]],
      ["event COOPERATE PER BOL 2031-05"],
    ],
    [
      "",
      "In May 2031 Chile said its airliner had been shot at from Peruvian territory.",
      [["May 2031", "2031-05"]],
      ["event ACCUSE CHL PER 2031-05"],
    ],
    [
      "deploring a state's deed as accusing it",
      "In May 2031 Chile deplored Peru's resort to force.",
      [["May 2031", "2031-05"]],
      ["event ACCUSE CHL PER 2031-05"],
    ],
    [
      "an alliance's promise that states will one day join as support for them",
      "In April 2031 NATO promised at its Lima summit that Chile and Peru would one day become members.",
      [["April 2031", "2031-04"]],
      ["event SUPPORT NATO CHL 2031-04", "event SUPPORT NATO PER 2031-04"],
    ],
    [
      "states made candidates as support for them",
      "In June 2031 NATO made Chile and Peru candidates.",
      [["June 2031", "2031-06"]],
      ["event SUPPORT NATO CHL 2031-06", "event SUPPORT NATO PER 2031-06"],
    ],
    [
      "states that met somewhere and founded an organization as its founders",
      "On 3 May 2031 the presidents of Ghana, Chile and Peru met in Lima and founded GUAM.",
      [["3 May 2031", "2031-05-03"]],
      [
        "org GUAM found 2031-05-03",
        "membership GHA GUAM join 2031-05-03",
        "membership CHL GUAM join 2031-05-03",
        "membership PER GUAM join 2031-05-03",
        // (The meeting too; the pipeline keeps the founding, the most specific kind.)
        "event CONSULT GHA CHL 2031-05-03",
        "event CONSULT GHA PER 2031-05-03",
        "event CONSULT CHL PER 2031-05-03",
        "event CONSULT GHA GUAM 2031-05-03",
        "event CONSULT CHL GUAM 2031-05-03",
        "event CONSULT PER GUAM 2031-05-03",
      ],
    ],
    [
      "going to war with a state as an assault on it",
      "In August 2031 Chile went to war with Peru.",
      [["August 2031", "2031-08"]],
      ["event ASSAULT CHL PER 2031-08"],
    ],
    [
      "states admitted as observers, not as members",
      "In March 2031 Ghana and Chile were admitted as observers to GUAM.",
      [["March 2031", "2031-03"]],
      ["membership GHA GUAM observer 2031-03", "membership CHL GUAM observer 2031-03"],
    ],
    [
      "",
      "In March 2031 the organization admitted Ghana and Chile as observers.",
      [["March 2031", "2031-03"]],
      ["membership GHA GUAM observer 2031-03", "membership CHL GUAM observer 2031-03"],
      { recentOrganization: "GUAM" },
    ],
    [
      "a state that became a party to a treaty the knowledge base knows as an organization",
      "In 2031 Ghana became a party to the Collective Security Treaty.",
      [["2031", "2031"]],
      ["membership GHA CST join 2031"],
    ],
    [
      "a state that would seek full membership",
      "In March 2031 its president announced that Ghana would seek full membership of GUAM.",
      [["March 2031", "2031-03"]],
      ["membership GHA GUAM apply 2031-03"],
    ],
    [
      "visas imposed on a state's citizens",
      "In March 2031 Chile imposed visas on Peruvian citizens.",
      [["March 2031", "2031-03"]],
      ["event SANCTION CHL PER 2031-03"],
    ],
    [
      "a withdrawal pledged, not made",
      "In November 2031 Chile pledged to withdraw its troops from Peru.",
      [["November 2031", "2031-11"]],
      [],
    ],
    [
      "",
      "In November 2031 Chile withdrew its troops from Peru.",
      [["November 2031", "2031-11"]],
      ["event RETREAT CHL PER 2031-11"],
    ],
    [
      "an accession completed",
      "Ghana, which signed in 2030, completed its accession in March 2031.",
      [
        ["2030", "2030"],
        ["March 2031", "2031-03"],
      ],
      ["membership GHA GUAM join 2031-03"],
      { recentOrganization: "GUAM" },
    ],
    [
      "a joining told as the past of something else",
      "Uzbekistan's note of 28 June 2031 suspending its membership of GUAM was the third time it has walked away from a bloc it once joined.",
      [["28 June 2031", "2031-06-28"]],
      ["membership UZB GUAM suspend 2031-06-28"],
    ],
    [
      "a state that joined others in an organization",
      "In 2031 Kazakhstan joined Uzbekistan and the United States in GUAM.",
      [["2031", "2031"]],
      ["membership KAZ GUAM join 2031"],
    ],
    [
      "the states that 'created it', the organization the text is about",
      "Uzbekistan and Kazakhstan created it in Tashkent in 2031.",
      [["2031", "2031"]],
      ["org GUAM found 2031", "membership UZB GUAM join 2031", "membership KAZ GUAM join 2031"],
      { recentOrganization: "GUAM" },
    ],
    [
      "a treaty turned into an organization as its founding, and an old organization's new charter as none",
      "In 2002 the treaty's members turned it into the CSTO.",
      [["2002", "2002"]],
      ["org CSTO found 2002"],
    ],
    ["", "In 2031 the members turned the forum into the CSTO.", [["2031", "2031"]], []],
    [
      "the last of a state's aircraft leaving a known site, dated before it",
      "On 21 November 2031 the last Washington aircraft left Khanabad.",
      [["21 November 2031", "2031-11-21"]],
      ["base UZB USA Khanabad close 2031-11-21"],
    ],
    [
      "a state allowed to use a base as its opening",
      "In October 2031 Tashkent allowed Washington's forces to use the Khanabad air base.",
      [["October 2031", "2031-10"]],
      ["base UZB USA Khanabad open 2031-10"],
    ],
    [
      "an organization that 'had come into being' as founded then, with the one it replaced",
      "The CSTO had come into being on 14 May 2031, replacing GUAM.",
      [["14 May 2031", "2031-05-14"]],
      ["org CSTO found GUAM 2031-05-14"],
    ],
    [
      "no date from the clause after a semicolon for a change told with none",
      "Uzbekistan was granted observer status in GUAM; Kazakhstan has been an observer since 2031.",
      [["2031", "2031"]],
      ["membership KAZ GUAM observer 2031"],
    ],
    [
      "troops still stationed at a known site, and at the next one listed, as bases standing when written",
      "American troops are still stationed at Khanabad in Kashkadarya and at Termez.",
      [],
      ["base UZB USA Khanabad exists 2031-09-01", "base UZB USA Termez exists 2031-09-01"],
      {
        published: { date: "2031-09-01" },
        sites: new Map([
          ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
          ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
        ]),
      },
    ],
    [
      "troops kept at a known site as a base standing when written",
      "Washington keeps troops at Khanabad.",
      [],
      ["base UZB USA Khanabad exists 2031-09-01"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "a force that remains at a known site as a base standing when written",
      "Washington's troops remain at Khanabad.",
      [],
      ["base UZB USA Khanabad exists 2031-09-01"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "a lease extended 'to' a year several words on, dated when it was signed",
      "In 2029 Uzbekistan and Washington extended the lease on the Khanabad air base to 2044.",
      [
        ["2029", "2029"],
        ["2044", "2044"],
      ],
      ["base UZB USA Khanabad extend 2044 2029"],
    ],
    [
      "states that formed 'a loose group called' an organization as founding it",
      "In 2029 Mexico, Chile and Peru formed a loose group called GUAM.",
      [["2029", "2029"]],
      [
        "org GUAM found 2029",
        "membership MEX GUAM join 2029",
        "membership CHL GUAM join 2029",
        "membership PER GUAM join 2029",
      ],
    ],
    [
      "a state that added its signature to a treaty as joining it",
      "Chile added its signature to the Collective Security Treaty in 2031.",
      [["2031", "2031"]],
      ["membership CHL CST join 2031"],
    ],
    [
      "an organization 'proclaimed' in the passive as founded then",
      "The Shanghai Cooperation Organization was proclaimed in Shanghai on 15 June 2031.",
      [["15 June 2031", "2031-06-15"]],
      ["org SCO found 2031-06-15"],
    ],
    [
      "forces thrown out of a known site as its base closed",
      "In 2029 Tashkent threw Washington's forces out of Khanabad.",
      [["2029", "2029"]],
      ["base UZB USA Khanabad close 2029"],
    ],
    [
      "a known site opened to its operator as its base opened",
      "Uzbekistan opened Khanabad to Washington's aircraft in October 2029.",
      [["October 2029", "2029-10"]],
      ["base UZB USA Khanabad open 2029-10"],
    ],
    [
      "a known site its operator was let use as its base opened",
      "In October 2029 Tashkent let Washington's forces use Khanabad.",
      [["October 2029", "2029-10"]],
      ["base UZB USA Khanabad open 2029-10"],
    ],
    [
      "a base that operates under a deal that extended its stay: extended when the deal was made, and standing now",
      "Washington's air base at Khanabad operates under a 2029 agreement that extended its stay until 2040.",
      [
        ["2029", "2029"],
        ["2040", "2040"],
      ],
      ["base UZB USA Khanabad exists 2031-09-01", "base UZB USA Khanabad extend 2040 2029"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "a host that agreed to keep a known base, dated before it, not by the present of an aside",
      "In October 2029 Tashkent agreed to keep the Khanabad air base, which today hosts 700 troops, until 2042.",
      [
        ["October 2029", "2029-10"],
        ["today", "2031-09-01"],
        ["2042", "2042"],
      ],
      ["base UZB USA Khanabad extend 2042 2029-10"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "a force let stay at a known site as no base standing",
      "Tashkent agreed to let the Americans stay at Khanabad.",
      [],
      [],
      { published: { date: "2031-09-01" } },
    ],
    [
      "days given to vacate a base as coercion",
      "On 29 July 2031 Uzbekistan gave the United States 180 days to vacate the base.",
      [["29 July 2031", "2031-07-29"]],
      ["event COERCE UZB USA 2031-07-29"],
    ],
    [
      "a founding 'together with' states named after the organization, all founders",
      "In October 2031 Uzbekistan founded GUAM together with Kazakhstan and Armenia.",
      [["October 2031", "2031-10"]],
      [
        "org GUAM found 2031-10",
        "membership UZB GUAM join 2031-10",
        "membership KAZ GUAM join 2031-10",
        "membership ARM GUAM join 2031-10",
      ],
    ],
    [
      "a founding 'together with' states named past the place it was founded in, all founders",
      "In October 2031 Uzbekistan and Chile launched GUAM in the port that gave it its name, together with Kazakhstan and Armenia.",
      [["October 2031", "2031-10"]],
      [
        "org GUAM found 2031-10",
        "membership UZB GUAM join 2031-10",
        "membership CHL GUAM join 2031-10",
        "membership KAZ GUAM join 2031-10",
        "membership ARM GUAM join 2031-10",
      ],
    ],
    [
      "a founding member of the organization named after 'of', not of one named before",
      "In March 2031 Uzbekistan signed NATO's partnership document, and in October 2031 Kazakhstan became a founding member of GUAM.",
      [
        ["March 2031", "2031-03"],
        ["October 2031", "2031-10"],
      ],
      ["membership KAZ GUAM join 2031-10", "org GUAM found 2031-10"],
      { founded: new Map([["GUAM", "2031-10"]]) },
    ],
    [
      "a founder's joining told in an aside, at the founding the knowledge base knows, not at the sentence's date",
      "Kazakhstan has frozen its participation in GUAM, the bloc it helped to found, its president said on 4 March 2031.",
      [["4 March 2031", "2031-03-04"]],
      ["membership KAZ GUAM suspend 2031-03-04", "membership KAZ GUAM join 2029-06-07"],
      { founded: new Map([["GUAM", "2029-06-07"]]) },
    ],
    [
      "a state named in an aside's 'by' phrase before the subject, not listed with it",
      "At the summit in Astana on 3 May 2031, attended by envoys from Kazakhstan, Uzbekistan criticized Armenia.",
      [["3 May 2031", "2031-05-03"]],
      ["event ACCUSE UZB ARM 2031-05-03"],
    ],
    [
      "a date after a colon, with a comma before it and after it, is no aside's",
      "Two years on, the script repeated itself: in September 2031 Uzbekistan accused Armenia of lying, and Kazakhstan responded with sanctions on Armenia.",
      [["September 2031", "2031-09"]],
      ["event ACCUSE UZB ARM 2031-09", "event SANCTION KAZ ARM 2031-09"],
    ],
    [
      "states joining 'together with' one that applied and joined: with the joining only",
      "Uzbekistan applied in June 2029 and joined GUAM on 1 January 2031, together with Armenia and Georgia.",
      [
        ["June 2029", "2029-06"],
        ["1 January 2031", "2031-01-01"],
      ],
      [
        "membership UZB GUAM apply 2029-06",
        "membership UZB GUAM join 2031-01-01",
        "membership ARM GUAM join 2031-01-01",
        "membership GEO GUAM join 2031-01-01",
      ],
    ],
    [
      "joining the Partnership for Peace, named without NATO, as an agreement with NATO",
      "In May 2031 Kazakhstan and Uzbekistan joined the Partnership for Peace.",
      [["May 2031", "2031-05"]],
      ["agreement KAZ NATO 2031-05", "agreement UZB NATO 2031-05"],
    ],
    [
      "talks broken off as a rejection, not a meeting",
      "In January 2031 Uzbekistan broke off trilateral talks with Armenia.",
      [["January 2031", "2031-01"]],
      ["event REJECT UZB ARM 2031-01"],
    ],
    [
      "states' interests that 'meet' are no meeting",
      "In 2031 the Caspian was where Uzbek and Kazakh interests meet most comfortably.",
      [["2031", "2031"]],
      [],
    ],
    [
      "goods of a state banned as a sanction on it, by the state an apposition names for a subject the gazetteer does not know",
      "Rospotrebnadzor, the Uzbek consumer watchdog, banned Kazakh wine in September 2031.",
      [["September 2031", "2031-09"]],
      ["event SANCTION UZB KAZ 2031-09"],
    ],
    [
      "a second known site closed with the verb left out ('and Termez on ...')",
      "America's base at Khanabad was handed over on 3 June 2031 and Termez on 9 November 2031.",
      [
        ["3 June 2031", "2031-06-03"],
        ["9 November 2031", "2031-11-09"],
      ],
      ["base UZB USA Khanabad close 2031-06-03", "base UZB USA Termez close 2031-11-09"],
      {
        sites: new Map([
          ["khanabad", { host: "UZB", operator: "USA", site: "Khanabad" }],
          ["termez", { host: "UZB", operator: "USA", site: "Termez" }],
        ]),
      },
    ],
    [
      "a closing demanded of the operator as a request, not a closing",
      "In March 2031 Uzbekistan demanded that the United States close its base at Karshi-Khanabad.",
      [["March 2031", "2031-03"]],
      ["event REQUEST UZB USA 2031-03"],
    ],
    [
      "'was leaving' an organization as withdrawing from it",
      "On 3 May 2031 Chile said it was leaving GUAM.",
      [["3 May 2031", "2031-05-03"]],
      ["membership CHL GUAM withdraw 2031-05-03"],
    ],
    [
      "'is quitting' an organization as withdrawing from it",
      "On 3 May 2031 Chile notifies its partners that it is quitting GUAM.",
      [["3 May 2031", "2031-05-03"]],
      ["membership CHL GUAM withdraw 2031-05-03"],
    ],
    [
      "'was leaving' with no organization after it as no withdrawal",
      "On 3 May 2031 Chile confirmed that its contingent was leaving.",
      [["3 May 2031", "2031-05-03"]],
      [],
      { recentOrganization: "GUAM" },
    ],
    [
      "'has been withdrawing from' agreements as no withdrawal from the organization",
      "Since 2031 Chile has been withdrawing from GUAM agreements one by one.",
      [["2031", "2031"]],
      [],
    ],
    [
      "'took' a state 'into' an organization as its joining",
      "In May 2031 the president took Chile into GUAM.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM join 2031-05"],
    ],
    [
      "'is back in' an organization as joining it again",
      "In August 2031 Chile is back in the SCO.",
      [["August 2031", "2031-08"]],
      ["membership CHL SCO join 2031-08"],
    ],
    ["", "In August 2031 Chile was back in Lima.", [["August 2031", "2031-08"]], []],
    [
      "signing its accession protocol at an organization's summit as joining it",
      "On 25 January 2031 Chile signs its accession protocol at a GUAM summit.",
      [["25 January 2031", "2031-01-25"]],
      ["membership CHL GUAM join 2031-01-25"],
    ],
    [
      "signing its accession treaty with no organization named as no joining (whose treaty?)",
      "Chile signed its accession treaty in Lima in October 2031.",
      [["October 2031", "2031-10"]],
      [],
      { recentOrganization: "GUAM" },
    ],
    [
      "'applied together with' a state as both applying",
      "Chile, which applied together with Peru in May 2031, is still waiting.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM apply 2031-05", "membership PER GUAM apply 2031-05"],
      { recentOrganization: "GUAM" },
    ],
    [
      "'applied alongside' a state as both applying",
      "Chile, which applied alongside Peru in May 2031, is still waiting.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM apply 2031-05", "membership PER GUAM apply 2031-05"],
      { recentOrganization: "GUAM" },
    ],
    [
      "aid withheld, in a timeline's present tense, as a sanction and no aid",
      "On 3 May 2031 Chile withholds about $18 million in aid to Peru.",
      [["3 May 2031", "2031-05-03"]],
      ["event SANCTION CHL PER 2031-05-03"],
    ],
    [
      "'said that X was not complying with' a ceasefire as an accusation",
      "On 3 May 2031 Chile said that Peru was not complying with the ceasefire.",
      [["3 May 2031", "2031-05-03"]],
      ["event ACCUSE CHL PER 2031-05-03"],
    ],
    [
      "flying relief supplies into a state as aid",
      "Chilean aircraft have been flying relief supplies into Peru since 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["event AID CHL PER 2031-05-03"],
    ],
    [
      "food and tents delivered as aid",
      "On 3 May 2031 Chile delivered food and tents to Peru.",
      [["3 May 2031", "2031-05-03"]],
      ["event AID CHL PER 2031-05-03"],
    ],
    [
      "'followed to' a capital as a visit",
      "On 3 May 2031 Chile's president followed to Lima.",
      [["3 May 2031", "2031-05-03"]],
      ["event CONSULT CHL PER 2031-05-03"],
    ],
    [
      "'is received with full honours in' a capital, in a timeline's present tense, as a visit",
      "On 3 May 2031 Chile's president is received with full honours in Lima.",
      [["3 May 2031", "2031-05-03"]],
      ["event CONSULT CHL PER 2031-05-03"],
    ],
    [
      "'continues to accuse' as an accusation, not one still to come",
      "On 3 May 2031 Chile continues to accuse Peru of harbouring rebels.",
      [["3 May 2031", "2031-05-03"]],
      ["event ACCUSE CHL PER 2031-05-03"],
    ],
    [
      "aid barred as a sanction, not aid",
      "In 2031 Chile barred most government aid to Peru.",
      [["2031", "2031"]],
      ["event SANCTION CHL PER 2031"],
    ],
    [
      "opening its airspace to a state's aircraft as cooperation",
      "In the autumn of 2031 Chile opened its airspace to Peruvian aircraft.",
      [["autumn of 2031", "2031"]],
      ["event COOPERATE CHL PER 2031"],
    ],
    [
      "states that met somewhere 'to found' an organization as its founders",
      "On 3 May 2031 the presidents of Ghana, Chile and Peru met in Lima to found GUAM.",
      [["3 May 2031", "2031-05-03"]],
      [
        "org GUAM found 2031-05-03",
        "membership GHA GUAM join 2031-05-03",
        "membership CHL GUAM join 2031-05-03",
        "membership PER GUAM join 2031-05-03",
        // (The meeting too; the pipeline keeps the founding, the most specific kind.)
        "event CONSULT GHA CHL 2031-05-03",
        "event CONSULT GHA PER 2031-05-03",
        "event CONSULT CHL PER 2031-05-03",
        "event CONSULT GHA GUAM 2031-05-03",
        "event CONSULT CHL GUAM 2031-05-03",
        "event CONSULT PER GUAM 2031-05-03",
      ],
    ],
    [
      "",
      "On 3 May 2031 Ghana and Chile met in Lima to discuss GUAM.",
      [["3 May 2031", "2031-05-03"]],
      ["event CONSULT GHA CHL 2031-05-03"],
    ],
    [
      "an organization that 'ceases to exist', in a timeline's present tense, as dissolved",
      "In January 2031 GUAM, absorbed into a larger body, ceases to exist.",
      [["January 2031", "2031-01"]],
      ["org GUAM dissolve 2031-01"],
    ],
    [
      "'went on to' a verb as no journey, and striking targets in a state as an assault on it",
      "In January 2031 Chilean aircraft went on to strike targets across Peru.",
      [["January 2031", "2031-01"]],
      ["event ASSAULT CHL PER 2031-01"],
    ],
    [
      "",
      "On 3 May 2031 Chile's president flew on to Lima for a summit.",
      [["3 May 2031", "2031-05-03"]],
      ["event CONSULT CHL PER 2031-05-03"],
    ],
    [
      "a change told in a timeline's present right after the sentence that gave the date as at that date",
      "Chile applies to join.",
      [],
      ["membership CHL GUAM apply 2031-10"],
      { recentOrganization: "GUAM", narrativeDate: { date: "2031-10" }, narrativeFresh: true },
    ],
    [
      "",
      "Chile had applied to join.",
      [],
      [],
      { recentOrganization: "GUAM", narrativeDate: { date: "2031-10" }, narrativeFresh: true },
    ],
    [
      "",
      "Chile applies to join.",
      [],
      [],
      { recentOrganization: "GUAM", narrativeDate: { date: "2031-10" }, narrativeFresh: false },
    ],
    [
      "a suspension 'back in' a year of the organization the text is about",
      "Chile had suspended its participation back in 2029.",
      [["2029", "2029"]],
      ["membership CHL GUAM suspend 2029"],
      { recentOrganization: "GUAM" },
    ],
    [
      "no founding in 'the war it launched', and no date from that clause for the sanctions",
      "On Monday NATO adopted its fifth package of sanctions against Peru over the war it launched against Chile in March 2030.",
      [
        ["Monday", "2031-06-02"],
        ["March 2030", "2030-03"],
      ],
      ["event SANCTION NATO PER 2031-06-02"],
    ],
    [
      "sanctions lifted dated by the lifting, not by the clause that tells when they were imposed",
      "On 14 November the SCO lifted the arms embargo and other sanctions it had imposed on Peru in 2029.",
      [
        ["14 November", "2031-11-14"],
        ["2029", "2029"],
      ],
      ["event CONCEDE SCO PER 2031-11-14"],
    ],
    [
      "support held back as a sanction, not as support",
      "In December 2030 NATO held back some 88 million euros in budget support to Peru.",
      [["December 2030", "2030-12"]],
      ["event SANCTION NATO PER 2030-12"],
    ],
    [
      "a state's accords with another torn up as its rejection of the other, not as cooperation",
      "The new junta tore up Peru's military cooperation accords with Chile on 3 August 2031.",
      [["3 August 2031", "2031-08-03"]],
      ["event REJECT PER CHL 2031-08-03"],
    ],
    [
      "its defence accords with a capital scrapped as a rejection of that state",
      "In May 2031 Peru scrapped its defence accords with Santiago.",
      [["May 2031", "2031-05"]],
      ["event REJECT PER CHL 2031-05"],
    ],
    [
      "a timeline's 'enter' as joining",
      "1 January 2030 - Chile and Peru enter NATO.",
      [["1 January 2030", "2030-01-01"]],
      ["membership CHL NATO join 2030-01-01", "membership PER NATO join 2030-01-01"],
    ],
    [
      "states invited to become members: the organization agrees to take them, and none has joined",
      "29 June 2031 - NATO leaders formally invite Chile and Peru to become members.",
      [["29 June 2031", "2031-06-29"]],
      ["event AGREE NATO CHL 2031-06-29", "event AGREE NATO PER 2031-06-29"],
    ],
    [
      "talks on a state's membership suspended: no suspension of its membership",
      "January 2031 - Santiago suspends the three-way talks on Peru's membership in NATO.",
      [["January 2031", "2031-01"]],
      [],
    ],
    [
      "'receives' leaders as a meeting",
      "In May 2031 Washington receives the presidents of Chile and Peru.",
      [["May 2031", "2031-05"]],
      ["event CONSULT USA CHL 2031-05", "event CONSULT USA PER 2031-05"],
    ],
    [
      "a region seized as an assault on the state it is part of",
      "In March 2030 Chile seized Crimea.",
      [["March 2030", "2030-03"]],
      ["event ASSAULT CHL UKR 2030-03"],
    ],
    [
      "a clause counted 'a year before' with a subject of its own as an event of its own",
      "Chile's president made his first visit to Lima in November 2030, a year before Peru's president came to Santiago in October 2031.",
      [
        ["November 2030", "2030-11"],
        ["October 2031", "2031-10"],
      ],
      ["event CONSULT CHL PER 2030-11", "event CONSULT PER CHL 2031-10"],
    ],
    [
      "a treaty recognising a border: the treaty's words, no state's support",
      "In 2031 Chile signed a treaty recognising the border with Peru.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a state shielded from action as one supported",
      "In 2031 Chile and Ecuador shielded Peru from stronger action at the council.",
      [["2031", "2031"]],
      ["event SUPPORT CHL PER 2031", "event SUPPORT ECU PER 2031"],
    ],
    [
      "a threat with no one named as one at the doer of the when-clause after it",
      "Santiago threatened retaliation in June 2031, when Peru stopped rail transit to the north.",
      [["June 2031", "2031-06"]],
      ["event THREATEN CHL PER 2031-06"],
    ],
    [
      "the main verb after a participle's aside as an event of its own, by the subject before the aside",
      "Chile's president, visiting Lima on 7 June, 2031, met the presidents of Bolivia and Ecuador.",
      [["7 June, 2031", "2031-06-07"]],
      [
        "event CONSULT CHL PER 2031-06-07",
        "event CONSULT CHL BOL 2031-06-07",
        "event CONSULT CHL ECU 2031-06-07",
      ],
    ],
    [
      "agreeing to cap one's own forces as a concession to the other side, not an agreement",
      "In July 2031 Peru agreed to cap its armed forces at 40,000 and offered Chile money for the withdrawal.",
      [["July 2031", "2031-07"]],
      ["event CONCEDE PER CHL 2031-07"],
    ],
    [
      "a deed in a subordinate clause with a subject of its own the reader does not know: not the main subject's",
      "On 24 September 2031 Santiago announced the pull-out, two months after the presidential guard detained Peruvian officials.",
      [["24 September 2031", "2031-09-24"]],
      [],
    ],
    [
      "forces demanded to withdraw: no state leaving the organization the text is about",
      "In March 2031 Peru demanded that Chilean forces withdraw.",
      [["March 2031", "2031-03"]],
      ["event REQUEST PER CHL 2031-03"],
      { recentOrganization: "GUAM" },
    ],
    [
      "ties cut by a list of states as their sanctions, and a participle's 'it' as the one they were cut with",
      "On 5 June 2031 Chile, Peru, Bolivia and Brazil cut diplomatic relations with Ecuador, accusing it of sheltering rebels.",
      [["5 June 2031", "2031-06-05"]],
      [
        "event SANCTION CHL ECU 2031-06-05",
        "event SANCTION PER ECU 2031-06-05",
        "event SANCTION BOL ECU 2031-06-05",
        "event SANCTION BRA ECU 2031-06-05",
        "event ACCUSE CHL ECU 2031-06-05",
        "event ACCUSE PER ECU 2031-06-05",
        "event ACCUSE BOL ECU 2031-06-05",
        "event ACCUSE BRA ECU 2031-06-05",
      ],
    ],
    [
      "diplomatic relations restored as cooperation, between the two the subject names",
      "Santiago and Lima formally restored diplomatic relations on 20 January 2031.",
      [["20 January 2031", "2031-01-20"]],
      ["event COOPERATE CHL PER 2031-01-20"],
    ],
    [
      "foreign personnel a base in a state hosts, as that state's base of theirs standing now",
      "The naval base in Peru hosts some 2,000 Chilean personnel.",
      [],
      ["base PER CHL exists 2031-09-01"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "troops 'also stationed' at a numbered air base beside a landmark in a capital, as a base there now",
      "Chilean troops are also stationed at Air Base 101, beside the international airport in Lima.",
      [],
      ["base PER CHL exists 2031-09-01"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "troops a state agreed to withdraw from another as its withdrawal, not an agreement",
      "On 19 April 2031 Chile agreed to withdraw its 1,000 troops from Peru.",
      [["19 April 2031", "2031-04-19"]],
      ["event RETREAT CHL PER 2031-04-19"],
    ],
    [
      "military instructors arriving in a capital: no visit",
      "On 10 April 2031 Chilean military instructors arrived in Lima with an air defence system.",
      [["10 April 2031", "2031-04-10"]],
      [],
    ],
    [
      "a visit to a place no actor's name opens: no visit to those named further on",
      "Chile's visit to the Arica shrine in December 2031 was condemned by Lima and Quito.",
      [["December 2031", "2031-12"]],
      ["event ACCUSE PER CHL 2031-12", "event ACCUSE ECU CHL 2031-12"],
    ],
    [
      "a parliament addressed as a visit to its state",
      "In August 2031 Chile's president addressed Peru's parliament in Lima.",
      [["August 2031", "2031-08"]],
      ["event CONSULT CHL PER 2031-08"],
    ],
    [
      "export controls tightened on a state as a sanction",
      "In July 2031 Chile tightened export controls on Peru.",
      [["July 2031", "2031-07"]],
      ["event SANCTION CHL PER 2031-07"],
    ],
    [
      "a leader 'welcomed to' a capital as a visit there",
      "Chile's president was welcomed to Lima by large crowds on 17 January 2031.",
      [["17 January 2031", "2031-01-17"]],
      ["event CONSULT CHL PER 2031-01-17"],
    ],
    [
      "a base told standing 'today' as standing on the day of writing, whatever the sentence dated before",
      "In 2029 Chile formally set up its 7th military base at Arica, in Peru, and its 4th base at Tacna, in Peru; several thousand Chilean soldiers are stationed at the two today.",
      [["2029", "2029"]],
      ["base PER CHL Arica open 2029", "base PER CHL Tacna exists 2031-09-01"],
      { published: { date: "2031-09-01" } },
    ],
    [
      "ground seized after shelling: the assault, no coercion",
      "On 13 September 2031 Chilean forces shelled towns inside Peru and seized ground along the border.",
      [["13 September 2031", "2031-09-13"]],
      ["event ASSAULT CHL PER 2031-09-13"],
    ],
    [
      "a deed dated before its verb, not by the date of a participle's aside about its object",
      "On 17 July 2031 Chile declined to renew the fishing accord, signed by Peru and Chile in Lima in July 2029.",
      [
        ["17 July 2031", "2031-07-17"],
        ["July 2029", "2029-07"],
      ],
      ["event REJECT CHL PER 2031-07-17"],
    ],
    [
      "ministers of several states arriving in a state together: each visits it, not each other",
      "On 15 May 2031 the foreign ministers of Chile, Peru and Bolivia arrived in Ecuador together.",
      [["15 May 2031", "2031-05-15"]],
      [
        "event CONSULT CHL ECU 2031-05-15",
        "event CONSULT PER ECU 2031-05-15",
        "event CONSULT BOL ECU 2031-05-15",
      ],
    ],
    [
      "visas lifted for a state's citizens as a concession to it",
      "In May 2031 Chile lifted visas for Peruvian citizens.",
      [["May 2031", "2031-05"]],
      ["event CONCEDE CHL PER 2031-05"],
    ],
    [
      "participation suspended in a body the reader does not know: no suspension of another named later",
      "In June 2031 Chile suspended its participation in the Andean Partnership with the CSTO.",
      [["June 2031", "2031-06"]],
      [],
    ],
    [
      "membership suspended 'in' a month: of the organization the text is about",
      "Chile suspended its membership in June 2031.",
      [["June 2031", "2031-06"]],
      ["membership CHL CSTO suspend 2031-06"],
      { recentOrganization: "CSTO" },
    ],
    [
      "participation frozen in an organization named after an adjective: that organization's",
      "Chile froze its participation in the Russian-led CSTO in February 2031.",
      [["February 2031", "2031-02"]],
      ["membership CHL CSTO suspend 2031-02"],
    ],
    [
      "'agreed' as an adjective ('at agreed bases'): no agreement",
      "Signed in April 2031, the Defence Agreement allows Chilean forces to rotate through, and store equipment at, agreed Peruvian bases.",
      [["April 2031", "2031-04"]],
      [],
    ],
    [
      "no host named inside a relative clause that closes before 'hosts'",
      "The Arica base, which Peruvian aircraft have used since the Bolivian campaign of 2029, today hosts some 2,000 Peruvian personnel.",
      [["2029", "2029"]],
      [],
      { published: { date: "2031-09-01" } },
    ],
    [
      "a protest lodged after a list that condemned: no protest at one listed with the protester",
      "Washington, Lima and Santiago all condemned the test in June 2031, and Chile lodged a protest through its embassy in Quito.",
      [["June 2031", "2031-06"]],
      [],
    ],
    [
      "founders counted, not named: the knowledge base's founders, when their number is the count",
      "GUAM was founded on 10 October 2031 in Quito, where the four presidents issued a joint communique.",
      [["10 October 2031", "2031-10-10"]],
      [
        "org GUAM found 2031-10-10",
        "membership CHL GUAM join 2031-10-10",
        "membership PER GUAM join 2031-10-10",
        "membership BOL GUAM join 2031-10-10",
        "membership ECU GUAM join 2031-10-10",
      ],
      { members: (org) => (org === "GUAM" ? ["CHL", "PER", "BOL", "ECU"] : []) },
    ],
    [
      "a count with a founder named beside it ('the three leaders and Ecuador's president') makes the known four",
      "On 15 June 2031 the three leaders and Ecuador's president founded GUAM in Quito.",
      [["15 June 2031", "2031-06-15"]],
      [
        "org GUAM found 2031-06-15",
        "membership CHL GUAM join 2031-06-15",
        "membership PER GUAM join 2031-06-15",
        "membership BOL GUAM join 2031-06-15",
        "membership ECU GUAM join 2031-06-15",
      ],
      { members: (org) => (org === "GUAM" ? ["CHL", "PER", "BOL", "ECU"] : []) },
    ],
    [
      "a count that is not the known founders' number, or one founder 'one of the four': no founders added",
      "GUAM was founded on 10 October 2031 in Quito, where the three presidents issued a communique, and Chile was one of the four founding members.",
      [["10 October 2031", "2031-10-10"]],
      ["org GUAM found 2031-10-10", "membership CHL GUAM join 2031-10-10"],
      { members: (org) => (org === "GUAM" ? ["CHL", "PER", "BOL", "ECU"] : []) },
    ],
    [
      "sanctions agreed are a sanction, not an agreement",
      "On 24 February 2031 NATO agreed its tenth package of sanctions against Peru.",
      [["24 February 2031", "2031-02-24"]],
      ["event SANCTION NATO PER 2031-02-24"],
    ],
    [
      "'voted on a date to cut' a relationship with a state: a sanction done",
      "Chile voted on 16 September 2031 to cut its 36-year diplomatic relationship with Peru.",
      [["16 September 2031", "2031-09-16"]],
      ["event SANCTION CHL PER 2031-09-16"],
    ],
    [
      "criticism 'from' states brushed off: a refusal of them, not by them",
      "On 20 April 2031 Chile brushed off criticism from Lima and Quito.",
      [["20 April 2031", "2031-04-20"]],
      ["event REJECT CHL PER 2031-04-20", "event REJECT CHL ECU 2031-04-20"],
    ],
    [
      "a statement 'from' a state condemned, a response 'from' one praised: aimed at that state",
      "On 20 April 2031 Chile condemned a statement from Peru and praised the response from Ecuador.",
      [["20 April 2031", "2031-04-20"]],
      ["event ACCUSE CHL PER 2031-04-20", "event SUPPORT CHL ECU 2031-04-20"],
    ],
    [
      "an attack 'by' a state condemned, a decision 'by' one welcomed: aimed at that state",
      "On 20 April 2031 Chile condemned the attack by Peru and welcomed the decision by Ecuador.",
      [["20 April 2031", "2031-04-20"]],
      ["event ACCUSE CHL PER 2031-04-20", "event SUPPORT CHL ECU 2031-04-20"],
    ],
    [
      "a participle's agent ('Bolivia, backed by Peru,') still acts",
      "On 21 April 2031 Bolivia, backed by Peru, stood firm.",
      [["21 April 2031", "2031-04-21"]],
      ["event SUPPORT PER BOL 2031-04-21"],
    ],
    [
      "a protest issued or delivered to a state, as one lodged",
      "On 20 April 2031 Chile issued a strong diplomatic protest to Peru.",
      [["20 April 2031", "2031-04-20"]],
      ["event PROTEST CHL PER 2031-04-20"],
    ],
    [
      "a meeting named by a joined pair ('the Chile-Peru summit', 'Chilean-Peruvian talks') is theirs",
      "The Chile-Peru summit in Quito on 2 May 2031 ended without a deal.",
      [["2 May 2031", "2031-05-02"]],
      ["event CONSULT CHL PER 2031-05-02"],
    ],
    [
      "a joined pair's talks, not a venue's",
      "The Chilean-Peruvian talks on 2 May 2031 in Quito lasted three hours.",
      [["2 May 2031", "2031-05-02"]],
      ["event CONSULT CHL PER 2031-05-02"],
    ],
    [
      "a body a joined pair names ('the Chile-Peru Council met') is no meeting of the two",
      "The new Chile-Peru Council met on 2 May 2031.",
      [["2 May 2031", "2031-05-02"]],
      [],
    ],
    [
      "a request rejected in the passive is the requester's and refused, and a proposal rejected is a refusal done",
      "On 2 May 2031 Peru's request was turned down by Chile, and Ecuador's proposal was rejected by Bolivia.",
      [["2 May 2031", "2031-05-02"]],
      [
        "event REQUEST PER CHL 2031-05-02",
        "event REJECT CHL PER 2031-05-02",
        "event REJECT BOL ECU 2031-05-02",
      ],
    ],
    [
      "a deed 'done again' at a later date is told again at that date",
      "Chile first sanctioned Peru in 2029 and did so again in 2031.",
      [
        ["2029", "2029"],
        ["2031", "2031"],
      ],
      ["event SANCTION CHL PER 2029", "event SANCTION CHL PER 2031"],
    ],
    [
      "an opening clause of talks: the main clause's subjects held them",
      "After two days of talks in Quito in March 2031, Chile and Peru agreed to reopen the border.",
      [["March 2031", "2031-03"]],
      ["event AGREE CHL PER 2031-03", "event CONSULT CHL PER 2031-03"],
    ],
    [
      "a state admitted to a body as an observer is an observer, not a member",
      "On 2 May 2031 Chile was admitted to the SCO as an observer.",
      [["2 May 2031", "2031-05-02"]],
      ["membership CHL SCO observer 2031-05-02"],
    ],
    [
      "'became a NATO member' and a membership that 'took effect' are joinings",
      "Chile became a NATO member on 2 May 2031, and Peru's membership of the SCO took effect on 3 May 2031.",
      [
        ["2 May 2031", "2031-05-02"],
        ["3 May 2031", "2031-05-03"],
      ],
      ["membership CHL NATO join 2031-05-02", "membership PER SCO join 2031-05-03"],
    ],
    [
      "diplomatic relations established with a state: cooperation",
      "On 2 May 2031 Chile established diplomatic relations with Peru.",
      [["2 May 2031", "2031-05-02"]],
      ["event COOPERATE CHL PER 2031-05-02"],
    ],
    [
      "relations ended with a state: a sanction",
      "On 16 September 2031 Chile ended diplomatic relations with Peru.",
      [["16 September 2031", "2031-09-16"]],
      ["event SANCTION CHL PER 2031-09-16"],
    ],
    // Added on 2026-12-05 (session 26).
    [
      "a tariff slapped on a state's goods: a sanction",
      "In November 2031 Chile slapped a 100 per cent tariff on goods from Peru.",
      [["November 2031", "2031-11"]],
      ["event SANCTION CHL PER 2031-11"],
    ],
    [
      "controls tightened on exports to a state: a sanction",
      "In July 2031 Chile tightened controls on exports to Peru of three chemicals.",
      [["July 2031", "2031-07"]],
      ["event SANCTION CHL PER 2031-07"],
    ],
    [
      "assistance paused: a sanction, not aid",
      "In August 2031 Chile paused some assistance programmes to Peru.",
      [["August 2031", "2031-08"]],
      ["event SANCTION CHL PER 2031-08"],
    ],
    [
      "a state that broke with another: a sanction",
      "On 20 September 2031 Chile broke with Peru.",
      [["20 September 2031", "2031-09-20"]],
      ["event SANCTION CHL PER 2031-09-20"],
    ],
    [
      "a state that broke with tradition: no sanction",
      "On 20 September 2031 Chile broke with tradition.",
      [["20 September 2031", "2031-09-20"]],
      [],
    ],
    [
      "ties a state 'was ending': a deed in progress, not a passive with no doer",
      "On 26 March 2031 Chile announced it was ending ties with Peru.",
      [["26 March 2031", "2031-03-26"]],
      ["event SANCTION CHL PER 2031-03-26"],
    ],
    [
      "troops fighting for or alongside a state: no attack on it",
      "By October 2031 Peruvian soldiers were fighting for Chile, and Bolivian troops are fighting alongside Chilean forces.",
      [["October 2031", "2031-10"]],
      [],
    ],
    [
      "two states fighting a foe the reader does not know: not each other",
      "Since March 2031 a coalition headed by Chile and Peru had been fighting the Andean Front.",
      [["March 2031", "2031-03"]],
      [],
    ],
    [
      "two states that fought a war or were fighting: each other",
      "In September 2031 Chile and Peru fought a short war.",
      [["September 2031", "2031-09"]],
      ["event ASSAULT PER CHL 2031-09", "event ASSAULT CHL PER 2031-09"],
    ],
    [
      "curbs removed, restrictions eased on imports from a state: concessions to it",
      "In March 2031 Chile removed the export curbs on Peru and eased restrictions on imports from Bolivia.",
      [["March 2031", "2031-03"]],
      ["event CONCEDE CHL PER 2031-03", "event CONCEDE CHL BOL 2031-03"],
    ],
    [
      "an embassy reopened in a capital: cooperation with its state",
      "On 16 July 2031 Peru reopened its embassy in Santiago.",
      [["16 July 2031", "2031-07-16"]],
      ["event COOPERATE PER CHL 2031-07-16"],
    ],
    [
      "a deed told as a noun, whom it hit after 'of', who did it after 'by'",
      "The expulsion of Peruvian diplomats by Chile on 3 May 2031 angered Bolivia.",
      [["3 May 2031", "2031-05-03"]],
      ["event COERCE CHL PER 2031-05-03"],
    ],
    [
      "an invasion of a state 'by' another: an assault by that one; with no 'by', none",
      "The invasion of Peru by Chile on 3 May 2031 shocked Ecuador, and the invasion of Bolivia followed.",
      [["3 May 2031", "2031-05-03"]],
      ["event ASSAULT CHL PER 2031-05-03"],
    ],
    [
      "a request rejected 'by' a state: the request, and the refusal by that state",
      "On 3 May 2031 Peru's request was rejected by Chile.",
      [["3 May 2031", "2031-05-03"]],
      ["event REQUEST PER CHL 2031-05-03", "event REJECT CHL PER 2031-05-03"],
    ],
    [
      "fishermen of a state released: a concession to it",
      "On 3 May 2031 Chile released twelve Peruvian fishermen.",
      [["3 May 2031", "2031-05-03"]],
      ["event CONCEDE CHL PER 2031-05-03"],
    ],
    [
      "a mission an organization created: no founding of the organization",
      "On 30 June 2031 the SCO voted to end the Andean mission, the mission created in April 2029.",
      [
        ["30 June 2031", "2031-06-30"],
        ["April 2029", "2029-04"],
      ],
      [],
    ],
    [
      "a state's recognition of another: support of it",
      "In 2031 the package included Chile's recognition of Peru.",
      [["2031", "2031"]],
      ["event SUPPORT CHL PER 2031"],
    ],
    [
      "'the recognition of' a state, by no one named: no support",
      "In 2031 the recognition of Peru was debated in Chile.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a state not recognised, or a treaty with one withdrawn from: a refusal of it",
      "In August 2031 Chile did not recognise Peru's election and withdrew from the border treaty with Bolivia.",
      [["August 2031", "2031-08"]],
      ["event REJECT CHL PER 2031-08", "event REJECT CHL BOL 2031-08"],
    ],
    [
      "a nation or language not recognised: no refusal of a state",
      "In August 2031 Chile said it does not recognise a separate Peruvian language.",
      [["August 2031", "2031-08"]],
      [],
    ],
    [
      "arms sold to a state: aid to it",
      "In 2031 Chile sold drones to Peru.",
      [["2031", "2031"]],
      ["event AID CHL PER 2031"],
    ],
    [
      "aircraft delivered to a state: aid to it",
      "In 2031 Chile delivered trainer aircraft to Bolivia.",
      [["2031", "2031"]],
      ["event AID CHL BOL 2031"],
    ],
    ["troops sent to a state: no aid", "In 2031 Chile sent troops to Ecuador.", [["2031", "2031"]], []],
    [
      "a state charged with doing something: an accusation; charged with a fee, none",
      "On 3 March 2031 Chile charged Peru with violating the treaty.",
      [["3 March 2031", "2031-03-03"]],
      ["event ACCUSE CHL PER 2031-03-03"],
    ],
    [
      "a state charged a fee: no accusation",
      "On 3 March 2031 Chile charged Peru with a fee.",
      [["3 March 2031", "2031-03-03"]],
      [],
    ],
    [
      "an ambassador declared persona non grata: coercion",
      "On 3 March 2031 Chile declared Peru's ambassador persona non grata.",
      [["3 March 2031", "2031-03-03"]],
      ["event COERCE CHL PER 2031-03-03"],
    ],
    [
      "a state's ambassador ordered to leave, named by its possessive: coercion",
      "On 3 March 2031 Chile ordered Peru's ambassador to leave.",
      [["3 March 2031", "2031-03-03"]],
      ["event COERCE CHL PER 2031-03-03"],
    ],
    [
      "a state's deed described as an encroachment: an accusation; a state described as a partner, none",
      "On 4 April 2031 Chile described Peru's move as an encroachment on its waters.",
      [["4 April 2031", "2031-04-04"]],
      ["event ACCUSE CHL PER 2031-04-04"],
    ],
    [
      "a state described as a close partner: no accusation",
      "On 4 April 2031 Chile described Peru as a close partner.",
      [["4 April 2031", "2031-04-04"]],
      [],
    ],
    [
      "the junta or regime 'in' a capital: that state, not a place",
      "On 31 July 2031 Chile backed the junta in Lima and condemned the regime in Quito.",
      [["31 July 2031", "2031-07-31"]],
      ["event SUPPORT CHL PER 2031-07-31", "event ACCUSE CHL ECU 2031-07-31"],
    ],
    [
      "a state taken to task: an accusation",
      "On 18 August 2031 Chile and Bolivia took Peru to task over the border.",
      [["18 August 2031", "2031-08-18"]],
      ["event ACCUSE CHL PER 2031-08-18", "event ACCUSE BOL PER 2031-08-18"],
    ],
    [
      "a state taken to arbitration or to court, sued, or a case filed against it: an accusation",
      "On 18 August 2031 Chile took Peru to arbitration; Bolivia sued Ecuador and filed a case against Brazil.",
      [["18 August 2031", "2031-08-18"]],
      [
        "event ACCUSE CHL PER 2031-08-18",
        "event ACCUSE BOL ECU 2031-08-18",
        "event ACCUSE BOL BRA 2031-08-18",
      ],
    ],
    [
      "a meeting and an agreement dated by the sentence, not by a year in brackets between them",
      "On 10 September 2031 Chile and Peru met in Lima at a summit (Peru has been a member of the bloc since 2017) and agreed a five-point plan.",
      [
        ["10 September 2031", "2031-09-10"],
        ["2017", "2017"],
      ],
      ["event CONSULT CHL PER 2031-09-10", "event AGREE CHL PER 2031-09-10"],
    ],
    [
      "an invasion whose doers are named by their adjectives: an assault by each",
      "In March 2031 the Chilean and Bolivian invasion of Peru went ahead.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT CHL PER 2031-03", "event ASSAULT BOL PER 2031-03"],
    ],
    [
      "a helicopter brought down by a state's missile: an assault by the state, not one by no one",
      "On 9 March 2031 a Chilean missile brought down a Peruvian helicopter.",
      [["9 March 2031", "2031-03-09"]],
      ["event ASSAULT CHL PER 2031-03-09"],
    ],
    [
      "a state pounded, or a campaign launched against it: an assault",
      "In March 2031 Chilean aircraft pounded Peru, and Bolivia launched its campaign against Ecuador.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT CHL PER 2031-03", "event ASSAULT BOL ECU 2031-03"],
    ],
    [
      "an invasion whose anniversary dates the deed: no assault told",
      "On 24 February 2031, the second anniversary of Chile's full-scale invasion, Peru's president and Bolivia's signed theirs.",
      [["24 February 2031", "2031-02-24"]],
      [],
    ],
    [
      "a state that becomes a member after another ratifies, in a timeline's present: a joining",
      "4 April 2031 - After Peru ratifies, Chile becomes the Shanghai Cooperation Organization's tenth member.",
      [["4 April 2031", "2031-04-04"]],
      ["membership CHL SCO join 2031-04-04"],
    ],
    [
      "a state that becomes a member once a step is taken: no joining yet",
      "Once Chile deposits its papers in 2031, it becomes the Shanghai Cooperation Organization's tenth member.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a leader who flew from one state to another: a visit to the second",
      "On 25 August 2031 Chile's president flew from Peru to Bolivia.",
      [["25 August 2031", "2031-08-25"]],
      ["event CONSULT CHL BOL 2031-08-25"],
    ],
    [
      "a state's force designated a terrorist organisation: a sanction on the state",
      "In April 2031 Chile designated Peru's border guard a foreign terrorist organisation.",
      [["April 2031", "2031-04"]],
      ["event SANCTION CHL PER 2031-04"],
    ],
    [
      "a leader who toured two states: a visit to each",
      "In May 2031 Chile's president toured Peru and Bolivia.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL PER 2031-05", "event CONSULT CHL BOL 2031-05"],
    ],
    [
      "a leader who called at a state: a visit",
      "In May 2031 Chile's president called at Ecuador.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL ECU 2031-05"],
    ],
    [
      "a leader who made a state his first foreign destination: a visit to it",
      "In May 2031 Chile's president made Brazil his first foreign destination.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL BRA 2031-05"],
    ],
    [
      "a day a leader spent in a state: a visit",
      "Chile's president spent 16 February 2031 in Peru.",
      [["16 February 2031", "2031-02-16"]],
      ["event CONSULT CHL PER 2031-02-16"],
    ],
    [
      "leaders who sat down together: a meeting of each pair",
      "On 11 April 2031 the presidents of Chile and Peru sat down together in Quito.",
      [["11 April 2031", "2031-04-11"]],
      ["event CONSULT CHL PER 2031-04-11"],
    ],
    ["money spent in a state: no visit", "In 2031 Chile spent billions in Peru.", [["2031", "2031"]], []],
    [
      "troops taken to a front: no accusation",
      "On 18 August 2031 Chile took its troops to the front.",
      [["18 August 2031", "2031-08-18"]],
      [],
    ],
    [
      "ambassadors recalled to two states: a reduction of relations with each",
      "On 17 May 2031 Chile recalled its ambassadors to Peru and Bolivia.",
      [["17 May 2031", "2031-05-17"]],
      ["event SANCTION CHL PER 2031-05-17", "event SANCTION CHL BOL 2031-05-17"],
    ],
    [
      "two sides that fought 'for hours': each fought the other",
      "On 15 June 2031 Chilean and Peruvian soldiers fought for hours in the valley.",
      [["15 June 2031", "2031-06-15"]],
      ["event ASSAULT PER CHL 2031-06-15", "event ASSAULT CHL PER 2031-06-15"],
    ],
    [
      "a state's goods banned: a sanction on the state",
      "On 29 June 2031 Peru banned 59 Chilean apps.",
      [["29 June 2031", "2031-06-29"]],
      ["event SANCTION PER CHL 2031-06-29"],
    ],
    [
      "a state's goods hit with duties: a sanction on the state",
      "In 2031 Lima hit Chilean wine and copper with punitive duties.",
      [["2031", "2031"]],
      ["event SANCTION PER CHL 2031"],
    ],
    [
      "a main clause after a dated opening and an 'after' clause: a clause of its own",
      "In May 2031, after Peru's president received Bolivia's foreign minister, Santiago recalled its ambassador to Peru.",
      [["May 2031", "2031-05"]],
      ["event CONSULT PER BOL 2031-05", "event SANCTION CHL PER 2031-05"],
    ],
    [
      "a state a deed leaves out ('without naming Peru'): no party to it",
      "On 3 May 2031 Chile criticised the manoeuvres without naming Peru.",
      [["3 May 2031", "2031-05-03"]],
      [],
    ],
    [
      "a state a request leaves out ('without Bolivia'): no one asks anything of it",
      "On 3 May 2031 Ecuador wrote to Chile and Peru asking them to keep the corridor open without Bolivia.",
      [["3 May 2031", "2031-05-03"]],
      // (What the letter asks of the two is not read; that Bolivia is asked anything is wrong.)
      [],
    ],
    [
      "hours spent with another state's leader: a meeting",
      "In May 2031 Chile's president spent some seven hours with Peru's president.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL PER 2031-05"],
    ],
    [
      "a thing told to another state's leader over dinner: a meeting",
      "In May 2031 Chile's president told Ecuador's president of his doubts over dinner.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL ECU 2031-05"],
    ],
    [
      "a state's leader and 'his' counterpart of another state: the two agreeing",
      "On 3 May 2031 Chile's president and his Peruvian counterpart agreed to reopen the border.",
      [["3 May 2031", "2031-05-03"]],
      ["event AGREE CHL PER 2031-05-03"],
    ],
    [
      "two sides' troops that pulled back: each from the other",
      "In July 2031 Chilean and Peruvian troops pulled back from the valley.",
      [["July 2031", "2031-07"]],
      ["event RETREAT PER CHL 2031-07", "event RETREAT CHL PER 2031-07"],
    ],
    // Added on 2026-12-06 (session 30).
    [
      "an organization 'born, with A, B and C as its founding members'",
      "On 1 January 2031 the treaty enters into force and GUAM is born, with Chile, Peru and Ghana as its founding members.",
      [["1 January 2031", "2031-01-01"]],
      [
        "org GUAM found 2031-01-01",
        "membership CHL GUAM join 2031-01-01",
        "membership PER GUAM join 2031-01-01",
        "membership GHA GUAM join 2031-01-01",
      ],
    ],
    [
      "a body of the organization the text is about that grants observer status (present tense)",
      "On 11 March 2031 the leaders' council grants observer status to Chile and Peru.",
      [["11 March 2031", "2031-03-11"]],
      ["membership CHL GUAM observer 2031-03-11", "membership PER GUAM observer 2031-03-11"],
      { recentOrganization: "GUAM", topicOrganization: "GUAM" },
    ],
    [
      "a dialogue partner 'promoted to observer'",
      "Chile, a dialogue partner since 2029, was promoted to observer in the SCO in 2031.",
      [
        ["2029", "2029"],
        ["2031", "2031"],
      ],
      ["membership CHL SCO observer 2031"],
    ],
    [
      "a state that 'took its seat as the eleventh full member': a joining",
      "Chile took its seat as the eleventh full member of the SCO on 4 March 2031.",
      [["4 March 2031", "2031-03-04"]],
      ["membership CHL SCO join 2031-03-04"],
    ],
    [
      "a seat as a non-permanent member of a council: no joining",
      "Chile took its seat as a non-permanent member of the UN Security Council on 1 January 2031.",
      [["1 January 2031", "2031-01-01"]],
      [],
    ],
    // Added on 2026-12-06 (session 31).
    [
      "'a founding member of X in 2029 and of Y a year later': of Y too, at Y's founding",
      "Chile was a founding member of GUAM in 2029 and of the CSTO a year later.",
      [["2029", "2029"]],
      ["membership CHL GUAM join 2029-06-07", "membership CHL CSTO join 2030-03-01"],
      {
        founded: new Map([
          ["GUAM", "2029-06-07"],
          ["CSTO", "2030-03-01"],
        ]),
      },
    ],
    [
      "'back inside the Russian-led X' by a month: the return, at the month",
      "By August 2031 Chile was back inside the Russian-led CSTO.",
      [["August 2031", "2031-08"]],
      ["membership CHL CSTO join 2031-08"],
    ],
    [
      "'became the X's fifty-seventh participating state': a joining",
      "On 21 November 2031 Chile became the SCO's fifty-seventh participating state.",
      [["21 November 2031", "2031-11-21"]],
      ["membership CHL SCO join 2031-11-21"],
    ],
    [
      "a state that 'put its name to' a treaty the knowledge base knows: its party",
      "Chile put its name to the Collective Security Treaty in Lima in May 2031.",
      [["May 2031", "2031-05"]],
      ["membership CHL CST join 2031-05"],
    ],
    [
      "a treaty that 'was turned into' an organization: its founding, the treaty its predecessor",
      "In 2031 the Collective Security Treaty was turned into the Collective Security Treaty Organization.",
      [["2031", "2031"]],
      ["org CSTO found CST 2031"],
      { founded: new Map([["CSTO", "2031-05-01"]]) },
    ],
    [
      "a state that 'co-founded' an organization: a founding member",
      "Chile co-founded GUAM in 2031.",
      [["2031", "2031"]],
      ["membership CHL GUAM join 2031"],
    ],
    [
      "'one of the six states that launched X': a founding member",
      "Chile was one of the six states that launched GUAM in June 2031.",
      [["June 2031", "2031-06"]],
      ["membership CHL GUAM join 2031-06"],
    ],
    [
      "an organization's founding told as 'since its creation in 2031'",
      "The SCO has grown since its creation in 2031.",
      [["2031", "2031"]],
      ["org SCO found 2031"],
    ],
    [
      "'launched the accession of A and B': their applications, not their joining",
      "In July 2031 the leaders launched the accession of Chile and Peru to the SCO.",
      [["July 2031", "2031-07"]],
      ["membership CHL SCO apply 2031-07", "membership PER SCO apply 2031-07"],
    ],
    [
      "a state that 'was made an observer'",
      "Chile was made an observer of the SCO in June 2031.",
      [["June 2031", "2031-06"]],
      ["membership CHL SCO observer 2031-06"],
    ],
    [
      "a state that 'moved up from dialogue partner to observer'",
      "Chile moved up from dialogue partner to observer in the SCO in 2031.",
      [["2031", "2031"]],
      ["membership CHL SCO observer 2031"],
    ],
    [
      "two states' soldiers who 'fought with clubs and stones': each assaulted the other",
      "Chilean and Peruvian soldiers fought with clubs and stones in the valley on 15 June 2031.",
      [["15 June 2031", "2031-06-15"]],
      ["event ASSAULT PER CHL 2031-06-15", "event ASSAULT CHL PER 2031-06-15"],
    ],
    [
      "a state that 'signed up to X in 2029 and left in 2031': its leaving, at its own year",
      "Chile signed up to GUAM in 2029 and left in 2031.",
      [
        ["2029", "2029"],
        ["2031", "2031"],
      ],
      ["membership CHL GUAM withdraw 2031", "membership CHL GUAM join 2029"],
    ],
    [
      "a leader who 'was in the Kremlin': a visit",
      "On 22 February 2031 Chilean President Ana Ruiz was in the Kremlin.",
      [["22 February 2031", "2031-02-22"]],
      ["event CONSULT CHL RUS 2031-02-22"],
    ],
    [
      "a state that 'turns down' another's requests (a timeline's present)",
      "In 2031 Chile turns down Peruvian requests to station troops in the country.",
      [["2031", "2031"]],
      ["event REJECT CHL PER 2031"],
    ],
    [
      "a state that 'declines to extend' an arrangement with another",
      "In 2031 Chile declines to extend the border arrangement with Peru.",
      [["2031", "2031"]],
      ["event REJECT CHL PER 2031"],
    ],
    [
      "a state that 'pulled out of' another's drills: a refusal of that state",
      "In 2031 Chile pulled out of Peru's Condor-2031 drills.",
      [["2031", "2031"]],
      ["event REJECT CHL PER 2031"],
    ],
    [
      "'became the first SCO observer' (the organization's name inside), and those who 'followed' at their clause's date",
      "Chile became the first SCO observer in 2029, and at the Lima summit in July 2031 Peru and Ghana followed.",
      [
        ["2029", "2029"],
        ["July 2031", "2031-07"],
      ],
      [
        "membership CHL SCO observer 2029",
        "membership GHA SCO observer 2031-07",
        "membership PER SCO observer 2031-07",
      ],
    ],
    [
      "a state that 'quit the bloc's forerunner, the X': X, named in apposition",
      "Chile quit the bloc's forerunner, the Collective Security Treaty, in 2031.",
      [["2031", "2031"]],
      ["membership CHL CST withdraw 2031"],
    ],
    [
      "a member that takes part 'only as an \"associate member\"' (quoted): its leaving",
      'In March 2031 Chile chose to take part in GUAM only as an "associate member".',
      [["March 2031", "2031-03"]],
      ["membership CHL GUAM withdraw 2031-03"],
    ],
    [
      "a step down to associate told far after the organization's summit: that organization, not the text's topic",
      'On 26 August 2031, at the GUAM summit in Lima, Chile informs its partners that it will take part only as an "associate member".',
      [["26 August 2031", "2031-08-26"]],
      ["membership CHL GUAM withdraw 2031-08-26"],
      { recentOrganization: "SCO", topicOrganization: "SCO" },
    ],
    [
      "a leader who 'hosts' others (a timeline's present): a meeting with each",
      "In May 2031 the Chilean president hosts Peruvian President Ana Ruiz in Arica.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL PER 2031-05"],
    ],
    [
      "a state that 'hosts a GUAM summit': a meeting with the organization",
      "On 11 October 2031 Chile hosts a GUAM summit for the first time.",
      [["11 October 2031", "2031-10-11"]],
      ["event CONSULT CHL GUAM 2031-10-11"],
    ],
    [
      "a place that 'still hosts' another's aircraft: no meeting",
      "In 2031 Chile still hosts Peruvian aircraft and personnel.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a leader who 'sat next to' another: a meeting",
      "On 17 June 2031 the Chilean president sat next to Peruvian President Ana Ruiz at the forum.",
      [["17 June 2031", "2031-06-17"]],
      ["event CONSULT CHL PER 2031-06-17"],
    ],
    [
      "'talks that X held with' others: a meeting with each",
      "A truce followed talks that the Chilean president held with Peruvian President Ana Ruiz in Lima on 9 October 2031.",
      [["9 October 2031", "2031-10-09"]],
      ["event CONSULT CHL PER 2031-10-09"],
    ],
    [
      "a visit after a counted aside that names others: the visitor alone, at the sentence's day",
      "On 22 February 2031, two days before Kazakh troops crossed into Uzbekistan, Chilean President Ana Ruiz was in the Kremlin.",
      [
        ["22 February 2031", "2031-02-22"],
        ["two days before", "2031-02-24"],
      ],
      ["event ASSAULT KAZ UZB 2031-02-24", "event CONSULT CHL RUS 2031-02-22"],
    ],
    [
      "a state that 'began listing' another's officials: a sanction",
      "Chile began listing Peruvian officials on 2 October 2031.",
      [["2 October 2031", "2031-10-02"]],
      ["event SANCTION CHL PER 2031-10-02"],
    ],
    [
      "'listed the tasks': no sanction",
      "On 2 October 2031 the Chilean ministry listed the tasks of the Peruvian mission.",
      [["2 October 2031", "2031-10-02"]],
      [],
    ],
    [
      "a missile that 'downed' another state's helicopter: an assault",
      "On 9 November 2031 a Chilean missile downed a Peruvian Mi-24 helicopter.",
      [["9 November 2031", "2031-11-09"]],
      ["event ASSAULT CHL PER 2031-11-09"],
    ],
    [
      "'agreed to pay out' part of a loan: aid, not an agreement",
      "On 28 May 2031 Chile agreed to pay out the last $500 million of its loan to Peru.",
      [["28 May 2031", "2031-05-28"]],
      ["event AID CHL PER 2031-05-28"],
    ],
    [
      "'agreed to pay' compensation: an agreement still",
      "In 2031 Chile agreed to pay $335 million to Peruvian victims of the bombing.",
      [["2031", "2031"]],
      ["event AGREE CHL PER 2031"],
    ],
    [
      "a leader who 'promised' another a sum in credit: aid",
      "On 9 September 2031 the Chilean president promised Peru roughly $630 million in fresh credit.",
      [["9 September 2031", "2031-09-09"]],
      ["event AID CHL PER 2031-09-09"],
    ],
    [
      "a state that 'lends' a sum to another (a timeline's present): aid",
      "In 2031 Chile lends $4 billion to Peru.",
      [["2031", "2031"]],
      ["event AID CHL PER 2031"],
    ],
    [
      "a state that 'waged a war against' another: an assault",
      "In 2031 Chile waged a hybrid war against Peru.",
      [["2031", "2031"]],
      ["event ASSAULT CHL PER 2031"],
    ],
    [
      "a leader who 'saw the Peruvian president': a meeting",
      "On 3 July 2031 the Chilean leader saw the Peruvian president in Lima.",
      [["3 July 2031", "2031-07-03"]],
      ["event CONSULT CHL PER 2031-07-03"],
    ],
    [
      "'saw the Peruvian offer': no meeting",
      "On 3 July 2031 the Chilean leader saw the Peruvian offer as a trap.",
      [["3 July 2031", "2031-07-03"]],
      [],
    ],
    [
      "an organization that 'sent a mission headed by' its secretary general to a state: a visit",
      "In September 2031 the CSTO sent a mission headed by its secretary general, Ana Ruiz, to Chile.",
      [["September 2031", "2031-09"]],
      ["event CONSULT CSTO CHL 2031-09"],
    ],
    [
      "a mediator who 'sat the A and B ministers down together': met each, and they met",
      "On 19 September 2031 the Chilean minister sat the Peruvian and Bolivian foreign ministers down together in Quito.",
      [["19 September 2031", "2031-09-19"]],
      [
        "event CONSULT CHL PER 2031-09-19",
        "event CONSULT CHL BOL 2031-09-19",
        "event CONSULT PER BOL 2031-09-19",
      ],
    ],
    [
      "a mediator who 'kept the A and B ministers at the table': the same",
      "On 10 October 2031 the Chilean minister kept the Peruvian and Bolivian foreign ministers at the table for ten hours.",
      [["10 October 2031", "2031-10-10"]],
      [
        "event CONSULT CHL PER 2031-10-10",
        "event CONSULT CHL BOL 2031-10-10",
        "event CONSULT PER BOL 2031-10-10",
      ],
    ],
    // Added on 2026-12-06 (session 32).
    [
      "'the last Peruvian soldiers left Chile': the end of Peru's presence there, its base closed, no retreat",
      "The last Peruvian soldiers left Chile on 31 August 2031.",
      [["31 August 2031", "2031-08-31"]],
      ["base CHL PER close 2031-08-31"],
    ],
    [
      "'the last of them, by then under the Peruvian flag, left Chile': the troops' state in the words before the verb",
      "The last of them, by then under the Peruvian flag, withdrew from Chile in 2031.",
      [["2031", "2031"]],
      ["base CHL PER close 2031"],
    ],
    [
      "troops that are not the last to leave: a retreat, no base closed",
      "Peruvian soldiers left Chile on 31 August 2031.",
      [["31 August 2031", "2031-08-31"]],
      ["event RETREAT PER CHL 2031-08-31"],
    ],
    [
      "'Peruvian forces completed their departure from Chile': the end of Peru's presence there (session 35)",
      "Peruvian forces completed their departure from Chile in August 2031.",
      [["August 2031", "2031-08"]],
      ["base CHL PER close 2031-08"],
    ],
    [
      "'A and B have bases in C': bases of each state of the list (session 35)",
      "Peru and Bolivia have military bases in Chile today.",
      [["today", "2031-08-31"]],
      ["base CHL BOL exists 2031-08-31", "base CHL PER exists 2031-08-31"],
    ],
    [
      "'the Peruvian military finished its withdrawal from Chile' (session 35)",
      "The Peruvian military finished its withdrawal from Chile on 31 August 2031.",
      [["31 August 2031", "2031-08-31"]],
      ["base CHL PER close 2031-08-31"],
    ],
    [
      "'A and B were founding members of X': each state of the subject's list, at X's founding",
      "Chile and Peru were founding members of the CSTO.",
      [],
      ["membership CHL CSTO join 2030-03-01", "membership PER CSTO join 2030-03-01"],
      { founded: new Map([["CSTO", "2030-03-01"]]) },
    ],
    [
      "'A, B and C had all been founding members': the same",
      "Bolivia, Chile and Peru had all been founding members of the CSTO.",
      [],
      [
        "membership BOL CSTO join 2030-03-01",
        "membership CHL CSTO join 2030-03-01",
        "membership PER CSTO join 2030-03-01",
      ],
      { founded: new Map([["CSTO", "2030-03-01"]]) },
    ],
    [
      "a region 'seized from' a state: an assault on that state, not by it",
      "In March 2031 Chile seized Crimea from Ukraine.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT CHL UKR 2031-03"],
    ],
    [
      "a town 'captured from' a state's forces: an assault on that state",
      "In March 2031 Chilean forces captured the town of Tacna from Peruvian troops.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT CHL PER 2031-03"],
    ],
    [
      "a person 'captured', from wherever: no assault",
      "In March 2031 Chilean guards captured a smuggler from Peru.",
      [["March 2031", "2031-03"]],
      [],
    ],
    [
      "a timeline's present: 'fights a war with', troops who 'fire on' protesters",
      "March 2031 - Chile fights a five-day war with Peru, and Bolivian troops fire on protesters in La Paz.",
      [["March 2031", "2031-03"]],
      ["event ASSAULT CHL PER 2031-03", "event ASSAULT BOL BOL 2031-03"],
    ],
    [
      "people who 'have entered since' a date, in a text about an organization: no one joined it",
      "More than 2,000 Peruvians have entered since the border opened in March 2031.",
      [["March 2031", "2031-03"]],
      [],
      { recentOrganization: "CSTO", topicOrganization: "CSTO" },
    ],
    [
      "a state that 'entered' the organization: a joining",
      "Peru entered the CSTO in March 2031.",
      [["March 2031", "2031-03"]],
      ["membership PER CSTO join 2031-03"],
    ],
    [
      "'hours after' opens a clause of its own: the request takes no target from it, and the strikes 'launched on' a state are an assault",
      "On 13 September 2031 Chile formally requested help hours after Peru launched drone strikes on towns inside Chile.",
      [["13 September 2031", "2031-09-13"]],
      ["event ASSAULT PER CHL 2031-09-13"],
    ],
    [
      "a timeline's present 'hosts the prime ministers of A and B and a deputy prime minister of C': the host met each",
      "March 2031 - Lima hosts the prime ministers of Chile and Bolivia and a deputy prime minister of Ecuador.",
      [["March 2031", "2031-03"]],
      ["event CONSULT PER CHL 2031-03", "event CONSULT PER BOL 2031-03", "event CONSULT PER ECU 2031-03"],
    ],
    [
      "two leaders who met 'for talks hosted by' a third: the host met each of them too",
      "On 17 March 2031 the Chilean president met his Peruvian counterpart for talks hosted by the Bolivian president.",
      [["17 March 2031", "2031-03-17"]],
      [
        "event CONSULT CHL PER 2031-03-17",
        "event CONSULT BOL CHL 2031-03-17",
        "event CONSULT BOL PER 2031-03-17",
      ],
    ],
    [
      "a meeting at another date than the summit 'hosted by' someone: no meeting of the host's",
      "The Chilean president visited Lima on 23 August 2031, and in September he attended a summit hosted by the Bolivian president.",
      [
        ["23 August 2031", "2031-08-23"],
        ["September", "2031-09"],
      ],
      ["event CONSULT CHL PER 2031-08-23"],
    ],
    [
      "a state that 'ordered' another's troops 'off' a base the knowledge base knows: the base closed",
      "In 2031 Tashkent ordered U.S. troops off the Khanabad airfield.",
      [["2031", "2031"]],
      ["base UZB USA Khanabad close 2031"],
    ],
    [
      "a resolution 'calling on' a state to act: a request by whoever adopted it",
      "In June 2031 the CSTO adopted a resolution calling on Chile to withdraw its troops from Peru.",
      [["June 2031", "2031-06"]],
      ["event REQUEST CSTO CHL 2031-06"],
    ],
    [
      "'voiced joint opposition to' the organization's growth: each rejects it",
      "In February 2031 Chile and Peru voiced joint opposition to any further enlargement of NATO.",
      [["February 2031", "2031-02"]],
      ["event REJECT CHL NATO 2031-02", "event REJECT PER NATO 2031-02"],
    ],
    [
      "'after' and a clause of its own: each clause's deed with its own parties",
      "In June 2031 Chile boycotted the CSTO meeting after Peru banned imports of Chilean wine.",
      [["June 2031", "2031-06"]],
      ["event REJECT CHL CSTO 2031-06", "event SANCTION PER CHL 2031-06"],
    ],
    [
      "a refusal 'to sign' after an organization's summit was told: the organization's",
      "On 14 June 2031 Chile's delegation attended but refused to sign.",
      [["14 June 2031", "2031-06-14"]],
      ["event REJECT CHL CSTO 2031-06-14"],
      { previousSummit: "CSTO" },
    ],
    [
      "a boycott of 'the June meeting' after an organization's summit was told: the organization's",
      "In June 2031 Chile boycotted the June meeting.",
      [["June 2031", "2031-06"]],
      ["event REJECT CHL CSTO 2031-06"],
      { previousSummit: "CSTO" },
    ],
    [
      "'became the first Chilean president to visit' a state: a visit made, not one planned",
      "In May 2031 Boric became the first Chilean president to visit Peru.",
      [["May 2031", "2031-05"]],
      ["event CONSULT CHL PER 2031-05"],
    ],
    ["'hoped to visit': no visit", "In May 2031 Chile hoped to visit Peru.", [["May 2031", "2031-05"]], []],
    [
      "'Since DATE, A has been a full member of X': a joining at that date",
      "Since 2 January 2031 Chile has been a full member of the CSTO.",
      [["2 January 2031", "2031-01-02"]],
      ["membership CHL CSTO join 2031-01-02"],
    ],
    [
      "'Since the war, A has been a member of X': no date, no joining told",
      "Since the war Chile has been a member of the CSTO.",
      [],
      [],
    ],
    [
      "a crowd that 'rallied outside the Peruvian embassy in Santiago': the host's people protest against the embassy's state",
      "Hundreds rallied outside the Peruvian embassy in Santiago on 16 January 2031.",
      [["16 January 2031", "2031-01-16"]],
      ["event PROTEST CHL PER 2031-01-16"],
    ],
    [
      "a crowd at an embassy in no place the reader knows: no protest read",
      "Hundreds rallied outside the Peruvian embassy in the old town on 16 January 2031.",
      [["16 January 2031", "2031-01-16"]],
      [],
    ],
    [
      "'calling on' partners with no 'to' after: no request",
      "Chile, calling on its partners in June 2031, said nothing of Peru.",
      [["June 2031", "2031-06"]],
      [],
    ],
    // Added on 2026-12-06 (session 33).
    [
      "'the first ... to enter' an organization: a joining, as 'the first ... to join' is",
      "Chile was the first Andean republic to enter GUAM, in 2031.",
      [["2031", "2031"]],
      ["membership CHL GUAM join 2031"],
    ],
    [
      "'the last Peruvian units left Chile and Bolivia': a base closed in each",
      "On 31 August 2031 the last Peruvian units left Chile and Bolivia.",
      [["31 August 2031", "2031-08-31"]],
      ["base CHL PER close 2031-08-31", "base BOL PER close 2031-08-31"],
    ],
    [
      "'the final Peruvian soldiers departed from Chile': the same as the last",
      "On 31 August 2031 the final Peruvian soldiers departed from Chile.",
      [["31 August 2031", "2031-08-31"]],
      ["base CHL PER close 2031-08-31"],
    ],
    [
      "'met B, and in a speech to the leaders accused C': the first clause's subject accuses",
      "Chile met Peru on 14 June 2031, and in a speech to the leaders accused Bolivia of endangering stability.",
      [["14 June 2031", "2031-06-14"]],
      ["event CONSULT CHL PER 2031-06-14", "event ACCUSE CHL BOL 2031-06-14"],
    ],
    [
      "'Chile, a member since DATE,' at an organization's summit: its member from then",
      "At the GUAM summit, Chile, a member since 4 April 2031, sat at the table as an ally.",
      [["4 April 2031", "2031-04-04"]],
      ["membership CHL GUAM join 2031-04-04"],
    ],
    [
      "'ordering the Peruvians out': coercion of their state",
      "In February 2031 Chile announced that it was ordering the Peruvians out.",
      [["February 2031", "2031-02"]],
      ["event COERCE CHL PER 2031-02"],
    ],
    [
      "'carried out bombings in' a state: an assault on it, the place its own",
      "In 2031 Chile carried out bombings in Peru.",
      [["2031", "2031"]],
      ["event ASSAULT CHL PER 2031"],
    ],
    [
      "'flights between' two capitals 'resumed': cooperation between their states",
      "Flights between Lima and Santiago resumed in April 2031 after a long break.",
      [["April 2031", "2031-04"]],
      ["event COOPERATE PER CHL 2031-04"],
    ],
    [
      "flights between them 'suspended': no cooperation",
      "Flights between Lima and Santiago were suspended in April 2031.",
      [["April 2031", "2031-04"]],
      [],
    ],
    [
      "'sent him to' a capital: a visit by the sender's state",
      "In February 2031 the Chilean president sent him to Lima.",
      [["February 2031", "2031-02"]],
      ["event CONSULT CHL PER 2031-02"],
    ],
    [
      "'shut two of the crossings on the Peruvian border': a sanction on the state across it",
      "In August 2031 the Chilean government shut two of the six crossings on the Peruvian border.",
      [["August 2031", "2031-08"]],
      ["event SANCTION CHL PER 2031-08"],
    ],
    [
      "'closed two border crossings with' a state: the same",
      "In August 2031 Chile closed two border crossings with Peru.",
      [["August 2031", "2031-08"]],
      ["event SANCTION CHL PER 2031-08"],
    ],
    [
      "'rang' a leader: a call",
      "On 8 December 2031 Chile's president rang Peru's president.",
      [["8 December 2031", "2031-12-08"]],
      ["event CONSULT CHL PER 2031-12-08"],
    ],
    [
      "a bell that 'rang': no call",
      "The bell rang in Lima on 8 December 2031.",
      [["8 December 2031", "2031-12-08"]],
      [],
    ],
    [
      "'rounded on' another's ambitions: an accusation",
      "In December 2031 Chile rounded on Peru's ambitions.",
      [["December 2031", "2031-12"]],
      ["event ACCUSE CHL PER 2031-12"],
    ],
    [
      "'froze Chile's cooperation with Peru': a sanction, not cooperation",
      "In March 2031 the Chilean president froze Chile's cooperation with Peru.",
      [["March 2031", "2031-03"]],
      ["event SANCTION CHL PER 2031-03"],
    ],
    [
      "'the first to enter into talks': no joining",
      "Chile was the first state to enter into talks with GUAM in 2031.",
      [["2031", "2031"]],
      ["event CONSULT CHL GUAM 2031"],
    ],
    // Added in session 34.
    [
      "'announced that Chile would quit' an organization: a leaving, at the announcement",
      "In May 2031 the president announced that Chile would quit GUAM.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM withdraw 2031-05"],
    ],
    [
      "'said Chile would leave ... if': a condition, no leaving",
      "In May 2031 the president said that Chile would leave GUAM if Peru joined.",
      [["May 2031", "2031-05"]],
      [],
    ],
    [
      "'...; the withdrawal took legal effect on DATE': the leaving again, at its end",
      "In May 2031 the president announced that Chile would quit GUAM; the withdrawal took legal effect on 2 May 2032.",
      [
        ["May 2031", "2031-05"],
        ["2 May 2032", "2032-05-02"],
      ],
      ["membership CHL GUAM withdraw 2031-05", "membership CHL GUAM withdraw 2032-05-02"],
    ],
    [
      "'would quit' with no date of its own, then 'took formal effect ..., in DATE': the later date",
      "Before the fighting ended, the president announced that Chile would quit GUAM; the withdrawal took formal effect a year later, in August 2032.",
      [["August 2032", "2032-08"]],
      ["membership CHL GUAM withdraw 2032-08"],
    ],
    [
      "'the exit takes effect in' a year still to come: no leaving then",
      "The president said last week that Chile was leaving GUAM; the exit takes effect in 2032.",
      [
        ["last week", "2031-05-20"],
        ["2032", "2032"],
      ],
      ["membership CHL GUAM withdraw 2031-05-20"],
      { published: { date: "2031-05-27" } },
    ],
    [
      "'joined ... and walked out formally in DATE': the organization it joined",
      "Chile joined GUAM in 2030 and walked out formally in 2031.",
      [
        ["2030", "2030"],
        ["2031", "2031"],
      ],
      ["membership CHL GUAM withdraw 2031", "membership CHL GUAM join 2030"],
    ],
    [
      "'Lima backs Santiago': support told in the present",
      "In 2031 Lima backs Santiago on the river dispute.",
      [["2031", "2031"]],
      ["event SUPPORT PER CHL 2031"],
    ],
    ["'turned its back on': no support", "In 2031 Peru turned its back on Chile.", [["2031", "2031"]], []],
    [
      "'aligned itself with the sanctions GUAM imposed on Peru': GUAM's sanction, and the one that took it up",
      "In 2031 Chile aligned itself with the sanctions GUAM imposed on Peru.",
      [["2031", "2031"]],
      ["event SANCTION GUAM PER 2031", "event SANCTION CHL PER 2031"],
    ],
    [
      "'joined GUAM sanctions on Peru': measures taken up, no membership",
      "In 2031 Chile joined GUAM sanctions on Peru.",
      [["2031", "2031"]],
      ["event SANCTION GUAM PER 2031"],
    ],
    [
      "'handed Peru six fighters': aid to the state handed them",
      "In 2031 Chile handed Peru six fighters free of charge.",
      [["2031", "2031"]],
      ["event AID CHL PER 2031"],
    ],
    [
      "'sent Peru a note about the arms': no arms given",
      "In 2031 Chile sent Peru a note about the arms.",
      [["2031", "2031"]],
      [],
    ],
    [
      "'founded eight days earlier, in a Bolivian hunting lodge, by A, B and C': the founders past a long aside",
      "GUAM had been founded on 8 December 2031, in a Bolivian hunting lodge near the border, by Chile, Peru and Bolivia.",
      [["8 December 2031", "2031-12-08"]],
      [
        "org GUAM found 2031-12-08",
        "membership CHL GUAM join 2031-12-08",
        "membership PER GUAM join 2031-12-08",
        "membership BOL GUAM join 2031-12-08",
      ],
    ],
    [
      "'Chile has been a member since DATE': of the organization the text is about",
      "Chile has been a member since 2 January 2031 and remains one.",
      [["2 January 2031", "2031-01-02"]],
      ["membership CHL GUAM join 2031-01-02"],
      { recentOrganization: "GUAM", topicOrganization: "GUAM" },
    ],
    [
      "'before it joined' an organization: a joining with no date of its own, none at the sentence's",
      "On 17 December 2031 the president said Peru had no quarrel with Chile before it joined GUAM.",
      [["17 December 2031", "2031-12-17"]],
      [],
    ],
    [
      "'after Chile joined GUAM in April 2031': the joining at its own date",
      "Peru moved troops in June 2031, after Chile joined GUAM in April 2031.",
      [
        ["June 2031", "2031-06"],
        ["April 2031", "2031-04"],
      ],
      ["membership CHL GUAM join 2031-04"],
    ],
    [
      "'called on the party chief' with nothing asked of him: a visit, not a request",
      "On 20 June 2031 the Chilean president held talks in Lima and later called on Peru's party chief.",
      [["20 June 2031", "2031-06-20"]],
      ["event CONSULT CHL PER 2031-06-20"],
    ],
    [
      "'called on Peru to stay neutral': a request",
      "On 20 June 2031 Chile called on Peru to stay neutral.",
      [["20 June 2031", "2031-06-20"]],
      ["event REQUEST CHL PER 2031-06-20"],
    ],
    [
      "'have repeatedly blocked' with no date told: a standing deed, at the day of writing",
      "Chile and Peru have repeatedly blocked Bolivian ideas for a common currency.",
      [],
      ["event REJECT CHL BOL 2031-06-01", "event REJECT PER BOL 2031-06-01"],
      { published: { date: "2031-06-01" } },
    ],
    // Added in session 38.
    [
      "'was pulling out of X': a leaving told as it went",
      "In May 2031 Moldova said that it was pulling out of GUAM.",
      [["May 2031", "2031-05"]],
      ["membership MDA GUAM withdraw 2031-05"],
    ],
    [
      "'pulling out altogether' with no organization named: the one the text is about",
      "In May 2031 Moldova's president announced that his country was pulling out altogether, calling the forum a relic.",
      [["May 2031", "2031-05"]],
      ["membership MDA GUAM withdraw 2031-05"],
      { recentOrganization: "GUAM" },
    ],
    [
      "a state that 'left in' a year, with nothing after: it left the organization the text is about",
      "Moldova, under its new president, left in 2031.",
      [["2031", "2031"]],
      ["membership MDA GUAM withdraw 2031"],
      { recentOrganization: "GUAM" },
    ],
    [
      "a bare 'left in' a year after something else than a state opening the sentence: no leaving",
      "The delegation of Moldova left in 2031.",
      [["2031", "2031"]],
      [],
      { recentOrganization: "GUAM" },
    ],
    [
      "a declaration 'launching' a body named in full, then 'known as' its short name: its founding",
      "On 4 March 2031 Chile, Peru and Ghana signed a declaration launching the Forum for the Progress of the South, known as GUAM.",
      [["4 March 2031", "2031-03-04"]],
      [
        "org GUAM found 2031-03-04",
        "membership CHL GUAM join 2031-03-04",
        "membership PER GUAM join 2031-03-04",
        "membership GHA GUAM join 2031-03-04",
      ],
    ],
    [
      "'withdrew its remaining diplomats from' a capital: a sanction of its state",
      "In June 2031 Chile withdrew its remaining diplomats from Lima.",
      [["June 2031", "2031-06"]],
      ["event SANCTION CHL PER 2031-06"],
    ],
    [
      "'barred X officials from entering': a sanction of their state",
      "In May 2031 Chile barred senior Peruvian officials from entering the country.",
      [["May 2031", "2031-05"]],
      ["event SANCTION CHL PER 2031-05"],
    ],
    [
      "'speaks to X by phone' told in a live blog's present: a meeting",
      "On 2 May 2031 Chile speaks to Peru by phone.",
      [["2 May 2031", "2031-05-02"]],
      ["event CONSULT CHL PER 2031-05-02"],
    ],
    [
      "'the last Chilean soldier left Peru': one soldier as the last troops",
      "The last Chilean soldier left Peru on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["base PER CHL close 2031-05-03"],
    ],
    [
      "troops that 'did not finish leaving' a state 'until' a month: they finished then",
      "Chilean troops did not finish leaving Peru until June 2031.",
      [["June 2031", "2031-06"]],
      ["base PER CHL close 2031-06"],
    ],
    [
      "troops that 'did not finish leaving', with no 'until': no leaving told",
      "Chilean troops did not finish leaving Peru, officials said in June 2031.",
      [["June 2031", "2031-06"]],
      [],
    ],
    [
      "an offer, then '; Peru declined.': a rejection of the one who offered",
      "In 2031 Chile offered to buy the island; Peru declined.",
      [["2031", "2031"]],
      ["event REJECT PER CHL 2031"],
    ],
    [
      "a refusal with no offer before it: no one rejected",
      "In 2031 Chile bought the island; Peru declined.",
      [["2031", "2031"]],
      [],
    ],
    [
      "'turned its guns on' a state: an assault on it",
      "In 2031 Chile turned its guns on Peru.",
      [["2031", "2031"]],
      ["event ASSAULT CHL PER 2031"],
    ],
    [
      "'turned its guns on protesters', another state named after: an assault on its own people",
      "In 2031 the Chilean government turned its guns on protesters, and Peru closed the border.",
      [["2031", "2031"]],
      ["event ASSAULT CHL CHL 2031"],
    ],
    [
      "'sent waves of drones at military stations in' a state: an assault on it, and no base of the sender's",
      "On 8 May 2031 Chile sent waves of drones at military stations in Peru.",
      [["8 May 2031", "2031-05-08"]],
      ["event ASSAULT CHL PER 2031-05-08"],
    ],
    [
      "'cabled' or 'wrote to' a body 'for help': a request of it",
      "On 1 May 2031 Chile cabled the CSTO for help.",
      [["1 May 2031", "2031-05-01"]],
      ["event REQUEST CHL CSTO 2031-05-01"],
    ],
    [
      "'Peruvian advisers in Santiago are expelled': the capital's state coerces theirs, at its clause's date",
      "The treaty, signed in 2029, is suspended; on 3 May 2031 Peruvian advisers in Santiago are expelled.",
      [
        ["2029", "2029"],
        ["3 May 2031", "2031-05-03"],
      ],
      ["event COERCE CHL PER 2031-05-03"],
    ],
    [
      "a passive expulsion with no capital named: no one known to have expelled",
      "On 3 May 2031 Peruvian advisers are expelled.",
      [["3 May 2031", "2031-05-03"]],
      [],
    ],
    [
      "'Peru, a founding member of GUAM in 2031': a member from that year",
      "Peru, a founding member of GUAM in 2031, hosts the base.",
      [["2031", "2031"]],
      ["membership PER GUAM join 2031"],
    ],
    [
      "a founder's year is its founding's: the day the knowledge base knows, when the years agree",
      "Peru, a founding member of GUAM in 2031, hosts the base.",
      [["2031", "2031"]],
      ["membership PER GUAM join 2031-03-04"],
      { founded: new Map([["GUAM", "2031-03-04"]]) },
    ],
    // Added in session 37.
    [
      "'handed X a list of demands': a request of the one handed them",
      "On 22 June 2031 Chile and Peru handed Bolivia a list of 13 demands.",
      [["22 June 2031", "2031-06-22"]],
      ["event REQUEST CHL BOL 2031-06-22", "event REQUEST PER BOL 2031-06-22"],
    ],
    [
      "a go-between opening the clause ('Through Ecuador,') is no party",
      "Through Ecuador, Chile handed Peru ten demands on 3 March 2031.",
      [["3 March 2031", "2031-03-03"]],
      ["event REQUEST CHL PER 2031-03-03"],
    ],
    [
      "'stood firmly by' and 'designated X a major ally': support",
      "Peru has stood firmly by Bolivia since March 2031, and in June 2031 Chile designated Peru a major non-NATO ally.",
      [
        ["March 2031", "2031-03"],
        ["June 2031", "2031-06"],
      ],
      ["event SUPPORT PER BOL 2031-03", "event SUPPORT CHL PER 2031-06"],
    ],
    [
      "'called X an act of aggression', 'a direct threat': an accusation",
      "On 2 May 2031 Bolivia called the Chilean memorandum an act of aggression.",
      [["2 May 2031", "2031-05-02"]],
      ["event ACCUSE BOL CHL 2031-05-02"],
    ],
    [
      "'called X a direct threat': an accusation, with an adjective before the threat",
      "On 4 May 2031 Peru called the Bolivian vote a direct threat to its territory.",
      [["4 May 2031", "2031-05-04"]],
      ["event ACCUSE PER BOL 2031-05-04"],
    ],
    [
      "'fired water cannon at' a boat of a state: a strike on it",
      "On 5 August 2031 Chilean coast guard ships fired water cannon at a Peruvian supply boat.",
      [["5 August 2031", "2031-08-05"]],
      ["event ASSAULT CHL PER 2031-08-05"],
    ],
    [
      "'summoned a diplomat' of a state: a protest to it",
      "On 6 August 2031 Lima summoned a Chilean diplomat.",
      [["6 August 2031", "2031-08-06"]],
      ["event PROTEST PER CHL 2031-08-06"],
    ],
    [
      "'reopens its border crossings and airspace to' a state: a concession to it; not when agreed together, nor border trade",
      "On 9 January 2031 Peru reopened its land border crossings and airspace to Chile, and on 10 January 2031 Bolivia and Chile agreed to reopen border trade.",
      [
        ["9 January 2031", "2031-01-09"],
        ["10 January 2031", "2031-01-10"],
      ],
      ["event CONCEDE PER CHL 2031-01-09", "event AGREE BOL CHL 2031-01-10"],
    ],
    [
      "talks one is asked or offers to hold ('to lead talks with', 'offered to host talks between') are no meeting; talks one went on to hold are",
      "On 7 July 2031 Brazil offered to host talks between Chile and Peru, and on 9 July 2031 Ecuador went on to hold talks with Bolivia.",
      [
        ["7 July 2031", "2031-07-07"],
        ["9 July 2031", "2031-07-09"],
      ],
      ["event CONSULT ECU BOL 2031-07-09"],
    ],
    // Added in session 36.
    [
      "'has long accused' with no date told: a charge standing at the day of writing",
      "Chile has long accused Peru of sheltering the rebels' leaders.",
      [],
      ["event ACCUSE CHL PER 2031-06-01"],
      { published: { date: "2031-06-01" } },
    ],
    [
      "'accuses' and 'continues to accuse': a charge standing at the day of writing",
      "Bolivia, for its part, accuses Chile of arming the rebels, and Peru continues to accuse Bolivia of spying.",
      [],
      ["event ACCUSE BOL CHL 2031-06-01", "event ACCUSE PER BOL 2031-06-01"],
      { published: { date: "2031-06-01" } },
    ],
    [
      "'warned' the unnamed: a list of states warning no state named does not warn its own members ('war' is a word of its own)",
      "On 4 May 2031 Chile, Peru and Ecuador warned the rebels.",
      [["4 May 2031", "2031-05-04"]],
      [],
    ],
    [
      "an embassy reopened with words before it ('its long-shuttered embassy'): cooperation with its state",
      "On 16 July 2031 Peru reopened its long-shuttered embassy in Santiago.",
      [["16 July 2031", "2031-07-16"]],
      ["event COOPERATE PER CHL 2031-07-16"],
    ],
    [
      "recognition switched from one state to another: a break with the first, ties with the second",
      "In May 2031 Bolivia switched its diplomatic recognition from Peru to Chile, and in June Ecuador switched recognition to Chile.",
      [
        ["May 2031", "2031-05"],
        ["June", "2031-06"],
      ],
      [
        "event COOPERATE BOL CHL 2031-05",
        "event SANCTION BOL PER 2031-05",
        "event COOPERATE ECU CHL 2031-06",
      ],
    ],
    [
      "'called for an emergency meeting of' a body: a request of that body, not a meeting",
      "On 4 May 2031 Chile called for an emergency meeting of GUAM.",
      [["4 May 2031", "2031-05-04"]],
      ["event REQUEST CHL GUAM 2031-05-04"],
    ],
    [
      "a pact welcomed, or spoken of approvingly, named by the two states' adjectives: support for both",
      "On 4 May 2031 Bolivia welcomed the Chilean-Peruvian pact, and in June Ecuador spoke approvingly of the Chilean-Peruvian accord.",
      [
        ["4 May 2031", "2031-05-04"],
        ["June", "2031-06"],
      ],
      [
        "event SUPPORT BOL CHL 2031-05-04",
        "event SUPPORT BOL PER 2031-05-04",
        "event SUPPORT ECU CHL 2031-06",
        "event SUPPORT ECU PER 2031-06",
      ],
    ],
    [
      "a package of a sum offered to a state: aid",
      "In May 2031 Chile offered Peru a $6bn package of deposits.",
      [["May 2031", "2031-05"]],
      ["event AID CHL PER 2031-05"],
    ],
    [
      "a ceasefire agreed after fighting the sentence told: its sides agreed it, at the date after it; 'struck back' is no deal struck",
      "On 7 May 2031 Chilean missiles hit targets across Peru, Peru struck back, and a ceasefire was agreed on 10 May 2031.",
      [
        ["7 May 2031", "2031-05-07"],
        ["10 May 2031", "2031-05-10"],
      ],
      [
        "event ASSAULT CHL PER 2031-05-07",
        "event ASSAULT PER CHL 2031-05-07",
        "event AGREE CHL PER 2031-05-10",
      ],
    ],
    [
      "'struck back' with no one named: at the one who struck it",
      "On 7 May 2031 Chilean missiles hit targets across Peru, and Peru struck back on 8 May 2031.",
      [
        ["7 May 2031", "2031-05-07"],
        ["8 May 2031", "2031-05-08"],
      ],
      ["event ASSAULT CHL PER 2031-05-07", "event ASSAULT PER CHL 2031-05-08"],
    ],
    [
      "a leader who 'returned to' another's capital, or 'was feted in' it: a visit; a state 'returned to' a body, or troops to a state: none",
      "On 4 May 2031 the Chilean president returned to Lima, and on 9 May 2031 Peru's president was feted in Quito.",
      [
        ["4 May 2031", "2031-05-04"],
        ["9 May 2031", "2031-05-09"],
      ],
      ["event CONSULT CHL PER 2031-05-04", "event CONSULT PER ECU 2031-05-09"],
    ],
    [
      "'returned to' a body (a membership again), or troops that returned to a state: no visit",
      "In May 2031 Chile returned to the CSTO, and in June 2031 Peruvian troops returned to Bolivia.",
      [
        ["May 2031", "2031-05"],
        ["June 2031", "2031-06"],
      ],
      ["membership CHL CSTO join 2031-05"],
    ],
    [
      "'whom' a leader hosted or met: a meeting with the one the relative clause is of, not with a body named after it",
      "Chile's president, whom Peru's president hosted in Lima in May 2031, is a member inside GUAM who bargains with it.",
      [["May 2031", "2031-05"]],
      ["event CONSULT PER CHL 2031-05"],
    ],
    [
      "what a state 'had to' do it did: 'had to travel to' a capital is a visit",
      "On 23 February 2031 the Chilean president had to travel to Lima.",
      [["23 February 2031", "2031-02-23"]],
      ["event CONSULT CHL PER 2031-02-23"],
    ],
    [
      "'has long opposed': a habit, still no deed told",
      "Chile has long opposed Peru's bid to host the games.",
      [],
      [],
      { published: { date: "2031-06-01" } },
    ],
    [
      "'asked Peru not to sign': a request of the state named, not 'asked not to be named'",
      "In April 2031 Chile asked Peru not to sign the pact.",
      [["April 2031", "2031-04"]],
      ["event REQUEST CHL PER 2031-04"],
    ],
    [
      "'has turned down suggestions that it seek full membership': no application",
      "Chile became an observer at GUAM in 2031 but has turned down suggestions that it seek full membership.",
      [["2031", "2031"]],
      ["membership CHL GUAM observer 2031"],
    ],
    [
      "'an investment package of 2 billion euros for A and B': aid to each",
      "On 4 April 2031 Chile announced an investment package of about 2 billion euros for Peru and Bolivia.",
      [["4 April 2031", "2031-04-04"]],
      ["event AID CHL PER 2031-04-04", "event AID CHL BOL 2031-04-04"],
    ],
    [
      "'a package of 1.1 billion euros' pledged to a state: aid",
      "On 4 April 2031 Chile pledged a package of 1.1 billion euros to Peru.",
      [["4 April 2031", "2031-04-04"]],
      ["event AID CHL PER 2031-04-04"],
    ],
    // Added in session 35.
    [
      "'the body suspended A and B': a suspension of each, by the body that is the subject",
      "GUAM on 3 May 2031 suspended Chile and Peru from its councils.",
      [["3 May 2031", "2031-05-03"]],
      ["membership CHL GUAM suspend 2031-05-03", "membership PER GUAM suspend 2031-05-03"],
    ],
    [
      "'A was suspended from the body': a suspension; 'suspended from office' is none",
      "Chile was suspended from GUAM in May 2031, and its president was suspended from office.",
      [["May 2031", "2031-05"]],
      ["membership CHL GUAM suspend 2031-05"],
    ],
    [
      "'the body expelled A': A leaves it (and is coerced)",
      "GUAM expelled Chile on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["membership CHL GUAM withdraw 2031-05-03", "event COERCE GUAM CHL 2031-05-03"],
    ],
    [
      "'A was expelled from the body': A leaves it (and is coerced)",
      "Peru was expelled from GUAM in June 2031.",
      [["June 2031", "2031-06"]],
      ["membership PER GUAM withdraw 2031-06", "event COERCE GUAM PER 2031-06"],
    ],
    [
      "'the body readmitted A', 'A was reinstated in the body': A joins again",
      "Peru was reinstated in GUAM in June 2031, and GUAM readmitted Chile too.",
      [["June 2031", "2031-06"]],
      ["membership PER GUAM join 2031-06", "membership CHL GUAM join 2031-06"],
    ],
    [
      "'pulled out of the deal with B', 'quit the pact with B', 'suspended part of the agreement with B': a rejection of B",
      "In 2031 Chile pulled out of the gas deal with Peru and quit the fishing pact with Bolivia.",
      [["2031", "2031"]],
      ["event REJECT CHL PER 2031", "event REJECT CHL BOL 2031"],
    ],
    [
      "'suspended part of the agreement with B': a rejection of B",
      "In 2031 Chile suspended part of the border agreement with Ecuador.",
      [["2031", "2031"]],
      ["event REJECT CHL ECU 2031"],
    ],
    [
      "'ended the Visiting Forces Agreement with B': a rejection, and no visit",
      "In 2031 Chile ended the Visiting Forces Agreement with Peru.",
      [["2031", "2031"]],
      ["event REJECT CHL PER 2031"],
    ],
    [
      "'vowed to respond firmly if B ...': a threat to B",
      "In 2031 Chile vowed to respond firmly if Peru kept sending ships.",
      [["2031", "2031"]],
      ["event THREATEN CHL PER 2031"],
    ],
    [
      "'promised a military response if B ...': a threat to B; a promised loan is none",
      "In 2031 Bolivia promised a military response if Ecuador joined GUAM.",
      [["2031", "2031"]],
      ["event THREATEN BOL ECU 2031"],
    ],
    [
      "'lifted its veto on B's membership': a concession to B, not a rejection",
      "In 2031 Chile lifted its veto on Peru's membership.",
      [["2031", "2031"]],
      ["event CONCEDE CHL PER 2031"],
    ],
    [
      "'sent warships to encircle B': no aid to B",
      "In 2031 Chile sent warships to encircle Peru.",
      [["2031", "2031"]],
      [],
    ],
    [
      "'sold frigates to B': aid to B",
      "In 2031 Chile sold frigates to Bolivia.",
      [["2031", "2031"]],
      ["event AID CHL BOL 2031"],
    ],
    [
      "'A was granted GUAM candidate status', 'B received GUAM candidate status': support from the body",
      "In 2031 Chile was granted GUAM candidate status, and Peru received GUAM candidate status.",
      [["2031", "2031"]],
      ["event SUPPORT GUAM CHL 2031", "event SUPPORT GUAM PER 2031"],
    ],
    [
      "'A and B were given candidate status by the body': support, not aid",
      "In 2031 Chile and Peru were given candidate status by GUAM.",
      [["2031", "2031"]],
      ["event SUPPORT GUAM CHL 2031", "event SUPPORT GUAM PER 2031"],
    ],
    [
      "'A's entry into the body took effect on DATE': A joins then",
      "Chile's entry into GUAM took effect on 1 January 2031.",
      [["1 January 2031", "2031-01-01"]],
      ["membership CHL GUAM join 2031-01-01"],
    ],
    [
      "'the body welcomed the ceasefire between A and B': no admission of A or B",
      "On 3 May 2031 GUAM welcomed the ceasefire between Chile and Peru.",
      [["3 May 2031", "2031-05-03"]],
      [],
    ],
    [
      "'threatened military intervention in B': a threat to B",
      "On 30 July 2031 GUAM threatened military intervention in Chile.",
      [["30 July 2031", "2031-07-30"]],
      ["event THREATEN GUAM CHL 2031-07-30"],
    ],
    [
      "'warned of a war in B': no threat to B",
      "On 30 July 2031 Peru warned of a war in Bolivia.",
      [["30 July 2031", "2031-07-30"]],
      [],
    ],
    [
      "founders listed with an article mid-list ('A, B, the C, D and E'): each of them",
      "GUAM was founded on 3 May 2031 by Chile, Peru, the Philippines, Bolivia and Ecuador.",
      [["3 May 2031", "2031-05-03"]],
      [
        "org GUAM found 2031-05-03",
        "membership CHL GUAM join 2031-05-03",
        "membership PER GUAM join 2031-05-03",
        "membership PHL GUAM join 2031-05-03",
        "membership BOL GUAM join 2031-05-03",
        "membership ECU GUAM join 2031-05-03",
      ],
    ],
    [
      "'told him B deserved to join': support of B",
      "In 2031 Chile told Peru it deserved to join GUAM.",
      [["2031", "2031"]],
      ["event SUPPORT CHL PER 2031"],
    ],
    [
      "'said that B would become a member': support of B",
      "In 2031 Bolivia said that Ecuador would become a GUAM member.",
      [["2031", "2031"]],
      ["event SUPPORT BOL ECU 2031"],
    ],
    [
      "'said that B would never become a member': no support",
      "In 2031 Bolivia said that Ecuador would never become a GUAM member.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a state that suspends a state: no membership suspended",
      "In May 2031 Chile suspended Peru from a trade scheme.",
      [["May 2031", "2031-05"]],
      [],
    ],
  ];
  const dated: [string, string, [string, string][], string[], Partial<ReadingContext>?][] = [
    // Added in session 38.
    [
      "a statement the two 'signed' ('signed a joint vision statement on defence'): an agreement",
      "Lima and Santiago signed a joint vision statement on defence in the autumn of 2031.",
      [["the autumn of 2031", "2031"]],
      ["agreement PER CHL 2031"],
    ],
    [
      "a deal 'was struck': an agreement ('struck back' is none)",
      "The deal that secured the base was struck in Lima on 20 May 2031 by Chile and Peru.",
      [["20 May 2031", "2031-05-20"]],
      ["agreement PER CHL 2031-05-20"],
    ],
    [
      "an agreement 'with' a state that 'dates to' or is 'in force since' a year: the one with whom and the state before it",
      "Chile's police memorandum with Peru dates to 2029, and Bolivia's pact with Ecuador, in force since 2030, covers the coast.",
      [
        ["2029", "2029"],
        ["2030", "2030"],
      ],
      ["agreement CHL PER 2029", "agreement BOL ECU 2030"],
    ],
    [
      "an agreement named with its date and no signing verb: the one 'with' whom and the state before it",
      "Chile gave up its claim to the islands under a 2029 agreement with Lima.",
      [["2029", "2029"]],
      ["agreement CHL PER 2029"],
    ],
    [
      "an agreement 'of' a year: the sentence's two states",
      "The defence treaty of 1990 still obliges Santiago to defend territory under Peruvian control.",
      [["1990", "1990"]],
      ["agreement CHL PER 1990"],
    ],
    [
      "an agreement named by its two parties ('the 2029 NATO-Peru Founding Act')",
      "Officials in Santiago pointed to the 2029 NATO-Peru Founding Act.",
      [["2029", "2029"]],
      ["agreement NATO PER 2029"],
    ],
    [
      "a dated agreement beside a body and its treaty, or dated after the day of writing: none",
      "The CSTO grew out of the 1992 Tashkent treaty, the CST. Chile wants a 2035 agreement with Peru.",
      [
        ["1992", "1992"],
        ["2035", "2035"],
      ],
      [],
      { published: { date: "2031-09-01" } },
    ],
    // Added in session 34.
    [
      "'the allies sign the accession protocols for A and B': the alliance's agreement with them",
      "5 July 2031 - The thirty GUAM allies sign the accession protocols for Chile and Peru in Lima.",
      [["5 July 2031", "2031-07-05"]],
      ["agreement GUAM CHL PER 2031-07-05"],
    ],
    [
      "'allied ambassadors sign the accession protocols for A': the alliance the text is about",
      "5 July 2031 - Allied ambassadors sign the accession protocols for Chile in Lima.",
      [["5 July 2031", "2031-07-05"]],
      ["agreement GUAM CHL 2031-07-05"],
      { topicOrganization: "GUAM", recentOrganization: "GUAM" },
    ],
    [
      "'the accession protocols of A were signed': the same, told in the passive",
      "On 5 July 2031 the accession protocols of Chile and Peru to GUAM were signed.",
      [["5 July 2031", "2031-07-05"]],
      ["agreement GUAM CHL PER 2031-07-05"],
    ],
    [
      "accession protocols signed for no one the sentence names: none",
      "On 5 July 2031 the accession protocols were signed in Lima.",
      [["5 July 2031", "2031-07-05"]],
      [],
      { topicOrganization: "GUAM", recentOrganization: "GUAM" },
    ],
  ];
  const operations: [string, string, [string, string][], string[]][] = [
    [
      "an operation named as one, led by a state, in another",
      "In June 2031 Chile led Operation Condor Shield in northern Peru.",
      [["June 2031", "2031-06"]],
      ["exercise Operation Condor Shield PER CHL operation 2031-06"],
    ],
    [
      "an organization's operation named after its possessive",
      "NATO's air campaign, Operation Andes Guard, began on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      ["exercise Operation Andes Guard NATO operation 2031-05-03"],
    ],
    [
      "an operation over a period 'from ... to ...'",
      "Peruvian aircraft patrolled Chilean skies from October 2030 to May 2031 under Operation Pacific Watch.",
      [
        ["October 2030", "2030-10"],
        ["May 2031", "2031-05"],
      ],
      ["exercise Operation Pacific Watch PER operation 2031-05 2030-10"],
    ],
    [
      "peacekeepers an organization ruled out sending: no operation",
      "On 14 June 2031 the CSTO ruled out sending peacekeepers to Kyrgyzstan.",
      [["14 June 2031", "2031-06-14"]],
      [],
    ],
    [
      "an operation no one is named running, or run by no one in its own clause: none",
      "Since the West began enforcing Operation Steady Hand in October 2031, Chile blocked the plan; the deadlock was broken, and aircraft deployed under Operation Display Guard.",
      [["October 2031", "2031-10"]],
      [],
    ],
    // Added in session 35.
    [
      "drills 'around' or 'off' a state: that state is where they were aimed, not a participant",
      "In May 2031 Chile staged live-fire drills around Peru, and its ships held exercises off Bolivia.",
      [["May 2031", "2031-05"]],
      ["exercise CHL exercise 2031-05"],
    ],
  ];
  for (const [title, text, dates, expected] of operations)
    it(title, () => {
      const s = view(text, dates);
      assert.deepEqual(claims(exerciseClaims(s, context())).map(rendered), expected, text);
    });
  for (const [title, text, dates, expected, extra] of dated)
    it(title, () => {
      const s = view(text, dates);
      assert.deepEqual(claims(agreementClaims(s, { ...context(), ...extra })).map(rendered), expected, text);
    });
  for (const [title, text, dates, expected, extra] of more)
    it(title || text, () => {
      const s = view(text, dates);
      const ctx = { ...context(), ...extra };
      const found = claims([
        ...orgClaims(s, ctx),
        ...membershipClaims(s, ctx),
        ...baseClaims(s, ctx),
        ...eventClaims(s, ctx),
      ]).map(rendered);
      assert.deepEqual(found, expected, text);
    });
});

describe("patterns on the tenth session's forms (sentences of our own)", () => {
  const cases: [string, string, [string, string][], string[]][] = [
    [
      "'championed' as support",
      "In 2031 Washington championed Kazakhstan's bid.",
      [["2031", "2031"]],
      ["event SUPPORT USA KAZ 2031"],
    ],
    [
      "a call 'by telephone on Tuesday with' a list as a meeting with each",
      "Kazakhstan spoke by telephone on Tuesday with Uzbekistan, Armenia and Belarus.",
      [["on Tuesday", "2031-03-04"]],
      [
        "event CONSULT KAZ UZB 2031-03-04",
        "event CONSULT KAZ ARM 2031-03-04",
        "event CONSULT KAZ BLR 2031-03-04",
      ],
    ],
    [
      "a visit returned in a place as a visit there",
      "In 2032 Kazakhstan returned the visit in Tashkent.",
      [["2032", "2032"]],
      ["event CONSULT KAZ UZB 2032"],
    ],
    [
      "a meeting not held, or a visit not paid, as none",
      "In 2031 Kazakhstan and Uzbekistan sat in one room but did not hold a bilateral meeting.",
      [["2031", "2031"]],
      [],
    ],
    ["", "In 2031 Kazakhstan pays no state visit to Uzbekistan.", [["2031", "2031"]], []],
    [
      "no party in the deed a meeting is dated by ('their first meeting since the invasion of X')",
      "Kazakhstan and Uzbekistan met in 2031, their first meeting since the invasion of Armenia.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    [
      "",
      "Kazakhstan and Uzbekistan held talks in 2031, their first since Russia's invasion of Armenia.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    [
      "one who stood beside a leader (not beside a state) as meeting them",
      "In 2031 Kazakhstan's president stood beside Uzbekistan's president at the parade.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    ["", "In 2031 Kazakhstan stood alongside Uzbekistan in the dispute.", [["2031", "2031"]], []],
    [
      "the main clause after an opening clause whose verb is irregular ('When A struck B, C asked ...')",
      "When Kazakh forces struck targets inside Uzbekistan in 2031, Tashkent asked the CSTO for help.",
      [["2031", "2031"]],
      ["event ASSAULT KAZ UZB 2031", "event REQUEST UZB CSTO 2031"],
    ],
    [
      "those who did the same ('as did A and B') as meeting the same leader",
      "In 2031 Kazakhstan's president stood beside Uzbekistan's president, as did Chile's leader and the Peruvian president.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031", "event CONSULT CHL UZB 2031", "event CONSULT PER UZB 2031"],
    ],
    [
      "a host who 'rolled out the red carpet for' leaders, over two days, as one meeting with each",
      "Astana rolled out the red carpet on 2 and 3 May 2031 for the presidents of Chile and Peru.",
      [
        ["2", "2031-05-02"],
        ["3 May 2031", "2031-05-03"],
      ],
      ["event CONSULT KAZ CHL 2031-05-02", "event CONSULT KAZ PER 2031-05-02"],
    ],
    [
      "a first trip abroad that 'was to' a capital as a visit there",
      "In 2031 the Kazakh leader's first trip abroad was to Tashkent.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    [
      "a host and each of the presidents 'of A, B and C' met",
      "In 2031 Astana hosted Tashkent's leader and the presidents of Chile and Peru.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031", "event CONSULT KAZ CHL 2031", "event CONSULT KAZ PER 2031"],
    ],
    [
      "no second fighting from a war named to compare ('the worst clashes since the 2020 war')",
      "Kazakh forces shelled Uzbekistan in 2031, in the worst clashes between the two since the 2028 war.",
      [
        ["2031", "2031"],
        ["2028", "2028"],
      ],
      ["event ASSAULT KAZ UZB 2031"],
    ],
    [
      "officials 'in' two states as those states, not as places",
      "In 2031 officials in Armenia and Belarus accused Washington of meddling.",
      [["2031", "2031"]],
      ["event ACCUSE ARM USA 2031", "event ACCUSE BLR USA 2031"],
    ],
    [
      "the state that leads a bloc as no actor of the bloc's deed",
      "In 2031 the Kazakh-led bloc declined to send troops to Armenia.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a mutual assistance agreement as no aid",
      "In 2031 Armenia signed a mutual assistance agreement with Belarus.",
      [["2031", "2031"]],
      [],
    ],
    [
      "the subject of 'turned to X and demanded that Y ...' as the one who asks",
      "In 2031 Kazakhstan turned to Uzbekistan and demanded that Tashkent reopen the border.",
      [["2031", "2031"]],
      ["event REQUEST KAZ UZB 2031"],
    ],
    [
      "three who met as meeting each other, each pair once",
      "Kazakhstan, Uzbekistan and Armenia met in 2031.",
      [["2031", "2031"]],
      ["event CONSULT UZB ARM 2031", "event CONSULT KAZ UZB 2031", "event CONSULT KAZ ARM 2031"],
    ],
    [
      "four or more who met as a summit: the first with each of the others",
      "Kazakhstan, Uzbekistan, Armenia and Belarus met in 2031.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031", "event CONSULT KAZ ARM 2031", "event CONSULT KAZ BLR 2031"],
    ],
    [
      "a state's police detaining its own activists or politicians as coercion of itself",
      "In 2031 Armenian police detained twenty opposition politicians.",
      [["2031", "2031"]],
      ["event COERCE ARM ARM 2031"],
    ],
    [
      "a state's forces beating protesters as an assault on itself",
      "In 2031 Belarusian riot police beat thousands of protesters.",
      [["2031", "2031"]],
      ["event ASSAULT BLR BLR 2031"],
    ],
    [
      "the date before a verb, not one after 'and' and a verb of its own",
      "It began on 3 May 2031 with an exchange of fire between Kazakh and Uzbek guards and spread on 5 May 2031.",
      [
        ["3 May 2031", "2031-05-03"],
        ["5 May 2031", "2031-05-05"],
      ],
      ["event ASSAULT UZB KAZ 2031-05-03", "event ASSAULT KAZ UZB 2031-05-03"],
    ],
    [
      "praise given during a phone call as a call with the one praised too",
      "In 2031 Kazakhstan praised Uzbekistan's reforms during a phone call.",
      [["2031", "2031"]],
      ["event SUPPORT KAZ UZB 2031", "event CONSULT KAZ UZB 2031"],
    ],
    [
      "protesters in a state's capital as that state's",
      "Protesters in Tashkent picketed the Kazakh embassy in 2031.",
      [["2031", "2031"]],
      ["event PROTEST UZB KAZ 2031"],
    ],
    [
      "an ultimatum issued to a state, after 'and', as a threat to it",
      "Kazakhstan detained Uzbek officers in May 2031 and issued Tashkent an ultimatum.",
      [["May 2031", "2031-05"]],
      ["event COERCE KAZ UZB 2031-05", "event THREATEN KAZ UZB 2031-05"],
    ],
    [
      "a base 'hosted' as no meeting with its operator",
      "In 2031 Kazakhstan hosted Uzbekistan's military base.",
      [["2031", "2031"]],
      [],
    ],
    [
      "a state 'quick to back' another's government, or one that 'stood behind' it, as support",
      "In 2031 Washington was quick to back the new government of Kazakhstan.",
      [["2031", "2031"]],
      ["event SUPPORT USA KAZ 2031"],
    ],
    ["", "In 2031 Washington stood behind Kazakhstan.", [["2031", "2031"]], ["event SUPPORT USA KAZ 2031"]],
    ["", "In 2031 Washington came back the next year to Kazakhstan.", [["2031", "2031"]], []],
    [
      "a leader received as a visit, and aid received as none",
      "In 2031 Kazakhstan received Uzbekistan's president in Astana.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    [
      "two who 'spoke by phone' as a meeting of the two",
      "Kazakhstan and Uzbekistan spoke by phone on Monday.",
      [["on Monday", "2031-03-03"]],
      ["event CONSULT KAZ UZB 2031-03-03"],
    ],
    [
      "two who met under a third's mediation as meeting each other and the third",
      "Armenia and Belarus met in Riga under the mediation of Kazakhstan in 2031.",
      [["2031", "2031"]],
      ["event CONSULT ARM BLR 2031", "event CONSULT ARM KAZ 2031", "event CONSULT BLR KAZ 2031"],
    ],
    [
      "two who visited a third as no meeting of the two",
      "In 2031 Armenia and Belarus visited Kazakhstan.",
      [["2031", "2031"]],
      ["event CONSULT ARM KAZ 2031", "event CONSULT BLR KAZ 2031"],
    ],
    [
      "a guest 'welcomed to' a place as a visit",
      "In 2031 Kazakhstan welcomed Uzbekistan's leader to Astana.",
      [["2031", "2031"]],
      ["event CONSULT KAZ UZB 2031"],
    ],
    [
      "talks 'expected to resume' as no meeting yet",
      "Talks between Kazakhstan and Uzbekistan are expected to resume in 2031.",
      [["2031", "2031"]],
      [],
    ],
    [
      "",
      "Talks between Kazakhstan's and Uzbekistan's border delegations are expected to resume in 2031.",
      [["2031", "2031"]],
      [],
    ],
    [
      "territory ceded to a state as a concession",
      "In 2031 the Armenian parliament voted to cede four villages to Belarus.",
      [["2031", "2031"]],
      ["event CONCEDE ARM BLR 2031"],
    ],
  ];
  for (const [title, text, dates, expected] of cases)
    it(title || text, () => {
      assert.deepEqual(claims(eventClaims(view(text, dates), context())).map(rendered), expected, text);
    });
});

describe("membership patterns: the tenth session's forms (sentences of our own)", () => {
  const members = (text: string, dates: [string, string][], ctx: Partial<ReadingContext> = {}) =>
    claims(membershipClaims(view(text, dates), { ...context(), ...ctx })).map(rendered);

  const cases: [string, string, [string, string][], Partial<ReadingContext>, string[]][] = [
    [
      "states 'among those that join' an organization, in a timeline's present, as joining",
      "Armenia and Belarus are among the nine republics that join the Shanghai Cooperation Organization on 3 May 2031.",
      [["3 May 2031", "2031-05-03"]],
      {},
      ["membership ARM SCO join 2031-05-03", "membership BLR SCO join 2031-05-03"],
    ],
    [
      "'an SCO observer since' as observer status from then",
      "Armenia has been an SCO observer since 2031.",
      [["2031", "2031"]],
      {},
      ["membership ARM SCO observer 2031"],
    ],
    [
      "a state that 'has belonged to' an organization 'since' a date as joining then",
      "Chile has belonged to the Shanghai Cooperation Organization since January 2031.",
      [["January 2031", "2031-01"]],
      {},
      ["membership CHL SCO join 2031-01"],
    ],
    [
      "a state that 'renounced its membership' as leaving",
      "In 2031 Chile renounced its membership of the Shanghai Cooperation Organization.",
      [["2031", "2031"]],
      {},
      ["membership CHL SCO withdraw 2031"],
    ],
    [
      "a state that 'regained full membership' as joining again",
      "In 2031 Chile regained full membership of the Shanghai Cooperation Organization.",
      [["2031", "2031"]],
      {},
      ["membership CHL SCO join 2031"],
    ],
    [
      "a state that 'formally requested membership' as applying",
      "In 2031 Chile formally requested membership of the Shanghai Cooperation Organization.",
      [["2031", "2031"]],
      {},
      ["membership CHL SCO apply 2031"],
    ],
    [
      "a state that 'put its membership on hold' as suspending it",
      "In 2031 Chile put its SCO membership on hold.",
      [["2031", "2031"]],
      {},
      ["membership CHL SCO suspend 2031"],
    ],
    [
      "a state that 'helped found' an organization as a founding member",
      "In 2031 Chile helped found the Shanghai Cooperation Organization.",
      [["2031", "2031"]],
      {},
      ["membership CHL SCO join 2031"],
    ],
    [
      "a change in a when-clause at the date the clause hangs on, not one after it",
      "The SCO grew to eight in 2031, when Chile and Peru joined, to nine in 2033 with Ghana.",
      [
        ["2031", "2031"],
        ["2033", "2033"],
      ],
      {},
      ["membership CHL SCO join 2031", "membership PER SCO join 2031"],
    ],
    [
      "'an SCO observer state since' in an aside as observer status from then",
      "Armenia, an SCO observer state since 2031, applied in 2033.",
      [
        ["2031", "2031"],
        ["2033", "2033"],
      ],
      {},
      ["membership ARM SCO observer 2031", "membership ARM SCO apply 2033"],
    ],
    [
      "'a member of' an organization with its short name in brackets 'since' a day as joining then",
      "Chile, a member of the North Atlantic Treaty Organization (NATO) since 18 February 2031, bought ships.",
      [["18 February 2031", "2031-02-18"]],
      {},
      ["membership CHL NATO join 2031-02-18"],
    ],
    [
      "no organization named after a comma for what a state joined, but the one the text is about",
      "Armenia joined in May 2031, on the margins of NATO's summit in Riga.",
      [["May 2031", "2031-05"]],
      { recentOrganization: "GUAM" },
      ["membership ARM GUAM join 2031-05"],
    ],
    [
      "'only to walk out again' as leaving the organization just joined",
      "Armenia returned to the CSTO in 2031, only to walk out again in 2033.",
      [
        ["2031", "2031"],
        ["2033", "2033"],
      ],
      {},
      ["membership ARM CSTO withdraw 2033", "membership ARM CSTO join 2031"],
    ],
    [
      "a step dated by the day before ', days after ...', not by nothing",
      "Armenia applied for CSTO membership on Thursday, days after Belarus did.",
      [["Thursday", "2031-03-06"]],
      {},
      ["membership ARM CSTO apply 2031-03-06"],
    ],
    [
      "a state's decision 'welcomed' as no admission",
      "In 2031 the CSTO welcomed Armenia's decision.",
      [["2031", "2031"]],
      {},
      [],
    ],
    [
      "a state 'welcomed as a member' as admitted",
      "In 2031 the CSTO welcomed Armenia as a member.",
      [["2031", "2031"]],
      {},
      ["membership ARM CSTO join 2031"],
    ],
    [
      "a state's 'return as a full member' approved as its joining again",
      "In May 2031 CSTO leaders approved Armenia's return as a full member.",
      [["May 2031", "2031-05"]],
      {},
      ["membership ARM CSTO join 2031-05"],
    ],
  ];
  for (const [title, text, dates, ctx, expected] of cases)
    it(`reads ${title}`, () => {
      assert.deepEqual(members(text, dates, ctx), expected, text);
    });
});

describe("patterns on the challenge set's forms, tenth session (sentences of our own)", () => {
  const all = (text: string, dates: [string, string][]) => {
    const s = view(text, dates);
    const ctx = context();
    return claims([
      ...orgClaims(s, ctx),
      ...membershipClaims(s, ctx),
      ...ruleClaims(s, ctx),
      ...forceClaims(s, ctx),
    ]).map(rendered);
  };
  const cases: [string, string, [string, string][], string[]][] = [
    [
      "the organization after 'the first X state to join', not the one inside the words",
      "Armenia became the first CSTO state to join NATO, in May 2031.",
      [["May 2031", "2031-05"]],
      ["membership ARM NATO join 2031-05"],
    ],
    [
      "states that 'joined A and B in founding' an organization as all its founders",
      "In 2031 Armenia joined Belarus and Georgia in founding GUAM.",
      [["2031", "2031"]],
      [
        "org GUAM found 2031",
        "membership ARM GUAM join 2031",
        "membership BLR GUAM join 2031",
        "membership GEO GUAM join 2031",
      ],
    ],
    [
      "a non-bloc status adopted, then 'scrapped that status' later in the sentence",
      "Armenia's parliament adopted a non-bloc status in 2029; it scrapped that status in May 2031.",
      [
        ["2029", "2029"],
        ["May 2031", "2031-05"],
      ],
      ["rule ARM no-alliances adopt 2029", "rule ARM no-alliances drop 2031-05"],
    ],
    [
      "a force 'created in' one year and a size in another as two claims",
      "The CSTO's Collective Rapid Reaction Force, created in June 2029, numbered about 20,000 troops in 2031.",
      [
        ["June 2029", "2029-06"],
        ["2031", "2031"],
      ],
      [
        "force CSTO Collective Rapid Reaction Force establish 2029-06",
        "force CSTO Collective Rapid Reaction Force size 20000 2031",
      ],
    ],
    [
      "a treaty on a state's accession signed as no joining yet",
      "In May 2031 Armenia and Belarus signed the treaty on Armenia's accession to the CSTO.",
      [["May 2031", "2031-05"]],
      [],
    ],
    [
      "a state's 'treaty of accession' signed as no joining yet",
      "In May 2031 Armenia signed its treaty of accession to the CSTO.",
      [["May 2031", "2031-05"]],
      [],
    ],
    [
      "an organization that 'set up its' force as no founding of itself",
      "NATO set up its Rapid Response Force in 2031.",
      [["2031", "2031"]],
      ["force NATO Rapid Response Force establish 2031"],
    ],
  ];
  for (const [title, text, dates, expected] of cases)
    it(title, () => {
      assert.deepEqual(all(text, dates), expected, text);
    });
});

describe("event patterns: the twelfth session's forms (sentences of our own)", () => {
  const events = (text: string, dates: [string, string][]) =>
    claims(eventClaims(view(text, dates), context())).map(rendered);

  it("reads a clause joined by a comma alone as one with its own subject", () => {
    assert.deepEqual(
      events(
        "Uzbekistan held talks with Kazakhstan in May 2031, Chile visited Peru that June, and trade grew.",
        [
          ["May 2031", "2031-05"],
          ["that June", "2031-06"],
        ],
      ),
      ["event CONSULT UZB KAZ 2031-05", "event CONSULT CHL PER 2031-06"],
    );
    // (A list ends where such a clause begins: "the invasion of Peru, Uzbekistan and Kazakhstan signed".)
    assert.deepEqual(
      events("In May 2031, days before Chile invaded Peru, Uzbekistan and Kazakhstan signed a pact.", [
        ["May 2031", "2031-05"],
      ]),
      ["event ASSAULT CHL PER 2031-05"],
    );
    // ("After Peru had promised him a loan, Chile's president announced ...": the comma closes a
    // clause whose "him" is the subject to come.)
    assert.deepEqual(
      events("In May 2031, after Peru had promised him a large loan, Chile's president announced the deal.", [
        ["May 2031", "2031-05"],
      ]),
      ["event AID PER CHL 2031-05"],
    );
  });

  it("reads a second verb with no object of its own as done to the first verb's object", () => {
    assert.deepEqual(
      events("In May 2031 Chile telephoned Peru's president and apologised for the raid.", [
        ["May 2031", "2031-05"],
      ]),
      ["event CONSULT CHL PER 2031-05", "event CONCEDE CHL PER 2031-05"],
    );
    assert.deepEqual(
      events("In May 2031 Uzbekistan accused Kazakh police of abuses and demanded an inquiry.", [
        ["May 2031", "2031-05"],
      ]),
      ["event ACCUSE UZB KAZ 2031-05", "event REQUEST UZB KAZ 2031-05"],
    );
    // (A meeting goes with no one by the same token: "met Peru's president and flew home".)
    assert.deepEqual(
      events("In May 2031 Chile met Peru's president in Lima and later apologised.", [
        ["May 2031", "2031-05"],
      ]),
      ["event CONSULT CHL PER 2031-05", "event CONCEDE CHL PER 2031-05"],
    );
  });

  it("takes no object from a clause that tells where the deed was done", () => {
    assert.deepEqual(
      events(
        "In May 2031 Chile and Peru agreed the text of a treaty, in talks where Uzbekistan played no part.",
        [["May 2031", "2031-05"]],
      ),
      ["event AGREE CHL PER 2031-05"],
    );
  });

  it("reads declining to attend something held in a state as a refusal of that state", () => {
    assert.deepEqual(
      events("Uzbekistan declined to attend the parade in Astana in May 2031.", [["May 2031", "2031-05"]]),
      ["event REJECT UZB KAZ 2031-05"],
    );
    // (Nor is a refusal made in a place one of the place's state: "refused in Astana to sign".)
    assert.deepEqual(
      events("Uzbekistan refused in Astana to sign the declaration in May 2031.", [["May 2031", "2031-05"]]),
      [],
    );
  });

  it("names an exercise in capitals with the year's last two digits", () => {
    const s = view(
      "In June 2031 BALTOPS 31, the annual naval exercise, opened with Uzbekistan and Kazakhstan taking part.",
      [["June 2031", "2031-06"]],
    );
    assert.deepEqual(
      claims(exerciseClaims(s, context())).map((c) => (c.kind === "exercise" ? c.name : "")),
      ["BALTOPS 31"],
    );
  });

  it("reads no exercise into one postponed", () => {
    const s = view("In May 2031 Washington postponed Steppe Shield, the joint US-Uzbek exercise.", [
      ["May 2031", "2031-05"],
    ]);
    assert.deepEqual(claims(exerciseClaims(s, context())), []);
  });

  it("reads a base given up as closed", () => {
    const s = view(
      "Washington has had no base in Uzbekistan since it gave up the Khanabad air base in 2031.",
      [["2031", "2031"]],
    );
    assert.deepEqual(
      claims(baseClaims(s, context())).map((c) =>
        c.kind === "base" ? `${c.host} ${c.operator} ${c.change}` : "",
      ),
      ["UZB USA close"],
    );
  });

  it("reads a base its operator 'keeps' as standing on the day of writing", () => {
    const s = view("Washington, which keeps an air base at Khanabad in Uzbekistan, stayed neutral in 2030.", [
      ["2030", "2030"],
    ]);
    assert.deepEqual(
      claims(baseClaims(s, { ...context(), published: { date: "2031-04-09" } })).map((c) =>
        c.kind === "base" ? `${c.host} ${c.operator} ${c.change} ${c.date}` : "",
      ),
      ["UZB USA exists 2031-04-09"],
    );
  });

  it("reads a state's leader received, by title or by name, and a list of them", () => {
    assert.deepEqual(
      events(
        "In May 2031 Chile received Uzbekistan's Aru Temir, Kazakhstan's Bek Saryg and Peru's president.",
        [["May 2031", "2031-05"]],
      ),
      ["event CONSULT CHL UZB 2031-05", "event CONSULT CHL KAZ 2031-05", "event CONSULT CHL PER 2031-05"],
    );
    assert.deepEqual(events("In May 2031 Chile received Uzbekistan's aid.", [["May 2031", "2031-05"]]), []);
  });

  it("reads visa and entry bans, aid frozen and a partnership suspended as sanctions", () => {
    const may: [string, string][] = [["May 2031", "2031-05"]];
    assert.deepEqual(events("In May 2031 Washington announced visa restrictions on Uzbek officials.", may), [
      "event SANCTION USA UZB 2031-05",
    ]);
    assert.deepEqual(events("In May 2031 Chile and Peru announced entry bans on Kazakh officials.", may), [
      "event SANCTION CHL KAZ 2031-05",
      "event SANCTION PER KAZ 2031-05",
    ]);
    assert.deepEqual(
      events("In May 2031 Washington froze 30 million dollars of military assistance to Uzbekistan.", may),
      ["event SANCTION USA UZB 2031-05"],
    );
    assert.deepEqual(
      events("In May 2031 Washington suspended its strategic partnership with Uzbekistan.", may),
      ["event SANCTION USA UZB 2031-05"],
    );
  });

  it("reads troops that poured through a pass into a state as an assault on it", () => {
    assert.deepEqual(
      events("In May 2031 Kazakh troops poured through the mountain pass into Uzbekistan.", [
        ["May 2031", "2031-05"],
      ]),
      ["event ASSAULT KAZ UZB 2031-05"],
    );
  });

  it("reads those brought together for a summit as the first meeting each of the others", () => {
    assert.deepEqual(
      events(
        "The format brought Chile and the presidents of Peru and Uzbekistan together for a summit in May 2031.",
        [["May 2031", "2031-05"]],
      ),
      ["event CONSULT CHL PER 2031-05", "event CONSULT CHL UZB 2031-05"],
    );
    assert.deepEqual(
      events("The war brought Chile and Peru closer together in May 2031.", [["May 2031", "2031-05"]]),
      [],
    );
  });

  it("reads no accusation into criticism avoided", () => {
    assert.deepEqual(
      events("In May 2031 Washington avoided public criticism of Uzbekistan.", [["May 2031", "2031-05"]]),
      [],
    );
  });

  it("reads a ceasefire between two states that took hold as their agreement, and one only holding as none", () => {
    assert.deepEqual(
      events("A ceasefire between Uzbekistan and Kazakhstan, brokered by Chile, took hold in May 2031.", [
        ["May 2031", "2031-05"],
      ]),
      ["event AGREE UZB KAZ 2031-05"],
    );
    assert.deepEqual(
      events("A ceasefire between Uzbekistan and Kazakhstan was largely holding in May 2031.", [
        ["May 2031", "2031-05"],
      ]),
      [],
    );
  });

  it("reads an organization launching a state's accession as agreeing with it (and the state applying), and a parliament ratifying one", () => {
    const sco = { ...context(), recentOrganization: "SCO", topicOrganization: "SCO" };
    const agreed = (text: string) =>
      claims([
        ...eventClaims(view(text, [["May 2031", "2031-05"]]), sco),
        ...membershipClaims(view(text, [["May 2031", "2031-05"]]), sco),
      ]).map(rendered);
    assert.deepEqual(
      agreed("In May 2031 leaders agreed to launch the accession procedure for Uzbekistan and Kazakhstan."),
      [
        "event AGREE SCO UZB 2031-05",
        "event AGREE SCO KAZ 2031-05",
        "membership UZB SCO apply 2031-05",
        "membership KAZ SCO apply 2031-05",
      ],
    );
    assert.deepEqual(agreed("In May 2031 leaders approve the launch of Uzbekistan's accession."), [
      "event AGREE SCO UZB 2031-05",
    ]);
    assert.deepEqual(agreed("In May 2031 the accession procedure for Kazakhstan is opened."), [
      "event AGREE SCO KAZ 2031-05",
    ]);
    assert.deepEqual(agreed("In May 2031 the Kazakh parliament ratifies Uzbekistan's accession."), [
      "event AGREE KAZ UZB 2031-05",
    ]);
  });

  it("reads leaders seen, listed with titles after their states' adjectives, as met", () => {
    assert.deepEqual(
      events("In May 2031 Chile also saw Uzbek President Aru Temir and Kazakh Prime Minister Bek Saryg.", [
        ["May 2031", "2031-05"],
      ]),
      ["event CONSULT CHL UZB 2031-05", "event CONSULT CHL KAZ 2031-05"],
    );
    assert.deepEqual(events("In May 2031 Chile saw Uzbekistan as a partner.", [["May 2031", "2031-05"]]), []);
  });

  it("reads a visit returned in a capital, and a ceremony attended in one, as visits to it", () => {
    assert.deepEqual(events("In May 2031 Chile returned the visit in Astana.", [["May 2031", "2031-05"]]), [
      "event CONSULT CHL KAZ 2031-05",
    ]);
    assert.deepEqual(events("In May 2031 Chile attends a ceremony in Astana.", [["May 2031", "2031-05"]]), [
      "event CONSULT CHL KAZ 2031-05",
    ]);
  });

  it("reads talks held in another state as a visit to it, and two who met there as meeting each other", () => {
    assert.deepEqual(events("Uzbekistan held talks in Astana in May 2031.", [["May 2031", "2031-05"]]), [
      "event CONSULT UZB KAZ 2031-05",
    ]);
    assert.deepEqual(events("Uzbekistan and Chile met in Astana in May 2031.", [["May 2031", "2031-05"]]), [
      "event CONSULT UZB CHL 2031-05",
    ]);
  });
});

describe("membership and founding patterns: the twelfth session's forms (sentences of our own)", () => {
  const about = { ...context(), recentOrganization: "CSTO", topicOrganization: "CSTO" };
  const read = (text: string, dates: [string, string][], ctx: ReadingContext = about) => {
    const s = view(text, dates);
    return claims([...orgClaims(s, ctx), ...membershipClaims(s, ctx)]).map(rendered);
  };

  it("reads a join told 'late in' a year, and states 'brought in as founding members'", () => {
    assert.deepEqual(read("Uzbekistan, busy at home, joined late in 2031.", [["2031", "2031"]]), [
      "membership UZB CSTO join 2031",
    ]);
    assert.deepEqual(
      read(
        "In May 2031 five states signed the protocol that brought in Uzbekistan and Kazakhstan as founding members.",
        [["May 2031", "2031-05"]],
      ),
      ["membership UZB CSTO join 2031-05", "membership KAZ CSTO join 2031-05"],
    );
  });

  it("founds an organization by an agreement with a second participle", () => {
    assert.deepEqual(
      read(
        "In May 2031 Uzbekistan and Kazakhstan signed an agreement declaring the old pact void and establishing the Shanghai Cooperation Organization.",
        [["May 2031", "2031-05"]],
        context(),
      ),
      ["org SCO found 2031-05", "membership UZB SCO join 2031-05", "membership KAZ SCO join 2031-05"],
    );
  });

  it("founds an organization told in the past perfect, or after 'reminded us that'", () => {
    for (const text of [
      "The Shanghai Cooperation Organization had been founded on 15 June 2031 by Uzbekistan and Kazakhstan.",
      "An official reminded us that the Shanghai Cooperation Organization was founded on 15 June 2031 by Uzbekistan and Kazakhstan.",
    ])
      assert.deepEqual(
        read(text, [["15 June 2031", "2031-06-15"]], context()),
        [
          "org SCO found 2031-06-15",
          "membership UZB SCO join 2031-06-15",
          "membership KAZ SCO join 2031-06-15",
        ],
        text,
      );
  });

  it("reads a member's step down to associate as leaving, and a new associate as one", () => {
    assert.deepEqual(
      read("In May 2031 Uzbekistan gave up full membership of the CSTO and became an associate member.", [
        ["May 2031", "2031-05"],
      ]),
      ["membership UZB CSTO withdraw 2031-05"],
    );
    assert.deepEqual(
      read("In May 2031 Chile became an associate member of the CSTO.", [["May 2031", "2031-05"]]),
      ["membership CHL CSTO associate 2031-05"],
    );
  });

  it("reads a timeline's present tense: applications submitted, an instrument of accession deposited, the Nth ally", () => {
    const nato = { ...context(), recentOrganization: "NATO", topicOrganization: "NATO" };
    assert.deepEqual(
      read(
        "18 May 2031 - Uzbekistan and Kazakhstan submit their applications for membership at NATO headquarters.",
        [["18 May 2031", "2031-05-18"]],
        nato,
      ),
      ["membership UZB NATO apply 2031-05-18", "membership KAZ NATO apply 2031-05-18"],
    );
    assert.deepEqual(
      read(
        "7 March 2031 - Uzbekistan deposits its instrument of accession in Washington and becomes the 33rd ally.",
        [["7 March 2031", "2031-03-07"]],
        nato,
      ),
      ["membership UZB NATO join 2031-03-07"],
    );
    // (Its accession protocol forwarded is a step towards joining, not the joining.)
    assert.deepEqual(
      read(
        "10 July 2031 - Washington agrees to forward Uzbekistan's accession protocol to the Senate.",
        [["10 July 2031", "2031-07-10"]],
        nato,
      ),
      [],
    );
  });

  it("reads an organization 'taking in' one state at a date and another at the next", () => {
    assert.deepEqual(
      read(
        "The Shanghai Cooperation Organization has grown, taking in Uzbekistan in 2030 and Kazakhstan last year.",
        [
          ["2030", "2030"],
          ["last year", "2031"],
        ],
        context(),
      ),
      ["membership UZB SCO join 2030", "membership KAZ SCO join 2031"],
    );
  });

  it("reads a decree ending a state's participation as leaving, and leaving an organization's body as nothing", () => {
    assert.deepEqual(
      read("In May 2031 the president signed a decree ending Uzbekistan's participation in the CSTO.", [
        ["May 2031", "2031-05"],
      ]),
      ["membership UZB CSTO withdraw 2031-05"],
    );
    assert.deepEqual(
      read("In May 2031 Uzbekistan pulled out of the CSTO Parliamentary Assembly.", [
        ["May 2031", "2031-05"],
      ]),
      [],
    );
  });
});

describe("allMatches", () => {
  it("finds what matchAll finds, again and again, and leaves the expression as it found it", () => {
    const re = /\b(\w)(\w*)\b|(?=x)/g;
    for (const text of ["the two sides met", "", "x marks x", "a-b  c"]) {
      const want = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
      assert.deepEqual(
        allMatches(re, text).map((m) => [m.index, m[0], m[1]]),
        want,
      );
      assert.deepEqual(
        allMatches(re, text).map((m) => [m.index, m[0], m[1]]),
        want,
      );
      assert.equal(re.lastIndex, 0);
    }
  });

  it("refuses an expression that is not global (exec would never move on)", () => {
    assert.throws(() => allMatches(/a/, "aaa"), /global/);
  });
});
