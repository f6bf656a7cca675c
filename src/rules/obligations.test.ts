import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { membershipChange, recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim, MembershipClaim } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { membersAt, membershipHistories } from "../knowledge/membership-history.js";
import { type Fact, reconcile } from "../knowledge/reconcile.js";
import { type Obligation, obligationsAt } from "./obligations.js";

const sources = recordSources;
const stored = recordClaim;

const m = membershipChange;
const collectiveDefence = (org: string, date: string): Claim => ({
  kind: "rule",
  subject: org,
  rule: "collective-defence",
  change: "adopt",
  date,
});

/**
 * A simplified region: an alliance (ALLY) with collective defence from 2002-10-07, in which
 * Uzbekistan is suspended in 2012 and Kazakhstan joins at some point in 2013; a forum
 * (FORUM) without collective defence; an old pact (PACT) dissolved in 2000; a
 * Russia-Uzbekistan treaty of mutual assistance (2005) and one with Armenia (August 1997);
 * and a Russia-China treaty without such a clause.
 */
const claims: Claim[] = [
  collectiveDefence("ALLY", "2002-10-07"),
  m("RUS", "ALLY", "join", "2002-05-14"),
  m("TJK", "ALLY", "join", "2002-05-14"),
  m("KGZ", "ALLY", "join", "2002-05-14"),
  m("UZB", "ALLY", "join", "2006-08-16"),
  m("UZB", "ALLY", "suspend", "2012-06-28"),
  m("KAZ", "ALLY", "join", "2013"),
  m("SRB", "ALLY", "observer", "2010-01-01"),
  m("RUS", "FORUM", "join", "2001-06-15"),
  m("UZB", "FORUM", "join", "2001-06-15"),
  m("CHN", "FORUM", "join", "2001-06-15"),
  collectiveDefence("PACT", "1995-01-01"),
  m("GEO", "PACT", "join", "1995-01-01"),
  m("AZE", "PACT", "join", "1995-01-01"),
  { kind: "org", org: "PACT", change: "dissolve", date: "2000-01-01" },
  {
    kind: "agreement",
    name: "Treaty on Allied Relations",
    parties: ["RUS", "UZB"],
    clauses: ["mutual-assistance"],
    date: "2005-11-14",
  },
  {
    kind: "agreement",
    name: "Treaty of Friendship",
    parties: ["ARM", "RUS"],
    clauses: ["mutual-assistance"],
    date: "1997-08",
  },
  {
    kind: "agreement",
    name: "Good-Neighbourliness",
    parties: ["CHN", "RUS"],
    clauses: ["consultation"],
    date: "2001-07-16",
  },
];
const facts = reconcile(claims.map(stored), sources);
const at = partialDate;

const pairs = (list: readonly Obligation[]) => list.map((o) => `${o.guarantor}>${o.protected}`);
const find = (list: readonly Obligation[], guarantor: string, protectedState: string) =>
  list.find((o) => o.guarantor === guarantor && o.protected === protectedState);
/** What a fact tells, briefly: "membership RUS join 2002-05-14". */
const tell = (f: Fact): string => {
  const c = f.chosen.claims[0]?.claim;
  const date = f.chosen.date?.text ?? "undated";
  switch (c?.kind) {
    case "membership":
      return `membership ${c.state} ${c.change} ${date}`;
    case "rule":
      return `rule ${c.subject} ${c.rule} ${date}`;
    case "agreement":
      return `agreement ${c.name ?? ""} ${date}`;
    default:
      return `${f.kind} ${date}`;
  }
};
const bases = (o: Obligation | undefined) =>
  o?.basis.map((b) => ({ kind: b.kind, via: b.org ?? b.agreement, rule: b.rule, facts: b.facts.map(tell) }));

describe("obligationsAt", () => {
  it("has Russia guaranteeing Tajikistan through the alliance, on the rule and both memberships", () => {
    const list = obligationsAt(facts, at("2012-01-01"));
    assert.deepEqual(bases(find(list, "RUS", "TJK")), [
      {
        kind: "organization",
        via: "ALLY",
        rule: "collective-defence",
        facts: [
          "rule ALLY collective-defence 2002-10-07",
          "membership RUS join 2002-05-14",
          "membership TJK join 2002-05-14",
        ],
      },
    ]);
  });

  it("merges the alliance and the treaty into one obligation with two bases", () => {
    const list = obligationsAt(facts, at("2012-01-01"));
    assert.deepEqual(bases(find(list, "RUS", "UZB")), [
      {
        kind: "organization",
        via: "ALLY",
        rule: "collective-defence",
        facts: [
          "rule ALLY collective-defence 2002-10-07",
          "membership RUS join 2002-05-14",
          "membership UZB join 2006-08-16",
        ],
      },
      {
        kind: "treaty",
        via: "Treaty on Allied Relations",
        rule: "mutual-assistance",
        facts: ["agreement Treaty on Allied Relations 2005-11-14"],
      },
    ]);
  });

  it("lists every pair once, sorted by guarantor then protected state", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("2012-01-01"))), [
      "ARM>RUS",
      "KGZ>RUS",
      "KGZ>TJK",
      "KGZ>UZB",
      "RUS>ARM",
      "RUS>KGZ",
      "RUS>TJK",
      "RUS>UZB",
      "TJK>KGZ",
      "TJK>RUS",
      "TJK>UZB",
      "UZB>KGZ",
      "UZB>RUS",
      "UZB>TJK",
    ]);
  });

  it("gives a suspended member no guarantee through the alliance, and takes none from it", () => {
    const list = obligationsAt(facts, at("2013-01-01"));
    const viaAlliance = list.filter((o) => o.basis.some((b) => b.org === "ALLY"));
    assert.ok(viaAlliance.every((o) => o.guarantor !== "UZB" && o.protected !== "UZB"));
    assert.deepEqual(pairs(viaAlliance), ["KGZ>RUS", "KGZ>TJK", "RUS>KGZ", "RUS>TJK", "TJK>KGZ", "TJK>RUS"]);
  });

  it("keeps a treaty obligation through a suspension from the alliance, on the treaty alone", () => {
    const list = obligationsAt(facts, at("2013-01-01"));
    for (const [g, p] of [
      ["RUS", "UZB"],
      ["UZB", "RUS"],
    ] as const) {
      assert.deepEqual(bases(find(list, g, p)), [
        {
          kind: "treaty",
          via: "Treaty on Allied Relations",
          rule: "mutual-assistance",
          facts: ["agreement Treaty on Allied Relations 2005-11-14"],
        },
      ]);
    }
    assert.equal(find(list, "TJK", "UZB"), undefined);
  });

  it("gives nothing to a state whose membership the date leaves uncertain", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("2013-06-01"), { state: "KAZ" })), []);
    assert.deepEqual(pairs(obligationsAt(facts, at("2014-01-01"), { state: "KAZ" })), [
      "KAZ>KGZ",
      "KAZ>RUS",
      "KAZ>TJK",
      "KGZ>KAZ",
      "RUS>KAZ",
      "TJK>KAZ",
    ]);
  });

  it("gives an observer nothing", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("2012-01-01"), { state: "SRB" })), []);
  });

  it("binds no one through an organization without collective defence, nor through a treaty without a mutual-assistance clause", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("2012-01-01"), { state: "CHN" })), []);
  });

  it("binds members only once the collective-defence rule is adopted", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("2002-10-06"), { state: "TJK" })), []);
    assert.deepEqual(pairs(obligationsAt(facts, at("2002-10-07"), { state: "TJK" })), [
      "KGZ>TJK",
      "RUS>TJK",
      "TJK>KGZ",
      "TJK>RUS",
    ]);
  });

  it("binds no one through an organization dissolved by then", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("1999-01-01"), { state: "GEO" })), ["AZE>GEO", "GEO>AZE"]);
    assert.deepEqual(pairs(obligationsAt(facts, at("2001-01-01"), { state: "GEO" })), []);
  });

  it("binds treaty parties from the first date the treaty was certainly signed", () => {
    assert.deepEqual(pairs(obligationsAt(facts, at("1997-08-29"), { state: "ARM" })), []);
    assert.deepEqual(pairs(obligationsAt(facts, at("1997-09-01"), { state: "ARM" })), ["ARM>RUS", "RUS>ARM"]);
  });

  it("names an unnamed treaty by its parties and date", () => {
    const unnamed = reconcile(
      [
        stored({
          kind: "agreement",
          parties: ["BLR", "RUS"],
          clauses: ["mutual-assistance"],
          date: "1999-12-08",
        }),
      ],
      sources,
    );
    const list = obligationsAt(unnamed, at("2000"));
    assert.equal(list[0]?.basis[0]?.agreement, "agreement of BLR, RUS (1999-12-08)");
  });

  it("makes collective defence symmetric: A protects B through an organization iff B protects A, iff both are certain full members", () => {
    const states = ["ARM", "BLR", "KAZ", "KGZ", "RUS"];
    const date = fc
      .record({
        year: fc.integer({ min: 2000, max: 2004 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        precision: fc.constantFrom("year", "month", "day"),
      })
      .map(({ year, month, day, precision }) => {
        const mm = String(month).padStart(2, "0");
        const dd = String(day).padStart(2, "0");
        return precision === "year"
          ? `${year}`
          : precision === "month"
            ? `${year}-${mm}`
            : `${year}-${mm}-${dd}`;
      });
    const change = fc.constantFrom<MembershipClaim["change"]>("join", "suspend", "withdraw", "observer");
    const history = fc.array(fc.tuple(fc.constantFrom(...states), change, date), { maxLength: 12 });
    fc.assert(
      fc.property(history, date, date, (changes, adopted, asked) => {
        const generated = reconcile(
          [collectiveDefence("ALLY", adopted), ...changes.map(([s, c, d]) => m(s, "ALLY", c, d))].map(stored),
          sources,
        );
        const when = partialDate(asked);
        const viaAlliance = new Set(
          obligationsAt(generated, when)
            .filter((o) => o.basis.some((b) => b.org === "ALLY"))
            .map((o) => `${o.guarantor}>${o.protected}`),
        );
        for (const pair of viaAlliance) {
          const [g, p] = pair.split(">");
          assert.ok(viaAlliance.has(`${p}>${g}`), `${pair} without its converse`);
        }
        const ruleInForce = partialDate(adopted).last <= when.first;
        const members = ruleInForce
          ? membersAt(membershipHistories(generated, "ALLY"), when)
              .filter((x) => x.status === "member")
              .map((x) => x.state)
          : [];
        assert.equal(viaAlliance.size, members.length * Math.max(members.length - 1, 0));
        for (const pair of viaAlliance) {
          const [g, p] = pair.split(">");
          assert.ok(members.includes(g as string) && members.includes(p as string));
        }
      }),
      { numRuns: 300, seed: 20111220 },
    );
  });
});
