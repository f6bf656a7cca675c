import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim, ClaimOf } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { reconcile } from "../knowledge/reconcile.js";
import {
  charterDecisionRule,
  type DecisionRule,
  decide,
  latestProposal,
  stancesFromEvents,
  type Vote,
} from "./decision.js";

const sources = recordSources;
const stored = recordClaim;

const event = (
  type: ClaimOf<"event">["type"],
  source: string,
  target: string,
  date: string | null,
): Claim => ({
  kind: "event",
  type,
  source,
  target,
  date,
});

const SEVEN = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"];
const allYesBut = (members: readonly string[], no: readonly string[]): Record<string, Vote> =>
  Object.fromEntries(members.map((m) => [m, no.includes(m) ? "no" : "yes"]));

describe("decide", () => {
  it("fails under unanimity when one member votes no, that member blocking", () => {
    const outcome = decide(SEVEN, allYesBut(SEVEN, ["UZB"]), "unanimity");
    assert.equal(outcome.passes, false);
    assert.deepEqual(outcome.blocking, ["UZB"]);
    assert.deepEqual(outcome.no, ["UZB"]);
    assert.deepEqual(outcome.yes, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
    assert.deepEqual(outcome.couldBlock, []);
    assert.equal(outcome.threshold, null);
  });

  it("passes the same votes under simple majority, with no one able to block alone", () => {
    const outcome = decide(SEVEN, allYesBut(SEVEN, ["UZB"]), "simple-majority");
    assert.equal(outcome.passes, true);
    assert.deepEqual(outcome.blocking, []);
    assert.deepEqual(outcome.couldBlock, []);
  });

  it("lets every remaining member block under unanimity once the objector is removed", () => {
    const six = SEVEN.filter((m) => m !== "UZB");
    const outcome = decide(six, allYesBut(SEVEN, ["UZB"]), "unanimity");
    assert.equal(outcome.passes, true);
    assert.deepEqual(outcome.couldBlock, six);
    assert.deepEqual(outcome.no, [], "a non-member's vote is ignored");
  });

  it("narrows who could block a narrow majority once a member is removed", () => {
    const votes: Record<string, Vote> = { ARM: "yes", BLR: "yes", KAZ: "no", KGZ: "abstain" };
    // 2 yes against 1 no: either yes-voter switching makes it 1-2, the abstainer switching makes it 2-2.
    assert.deepEqual(decide(["ARM", "BLR", "KAZ", "KGZ"], votes, "simple-majority").couldBlock, [
      "ARM",
      "BLR",
      "KGZ",
    ]);
    assert.deepEqual(decide(["ARM", "BLR", "KAZ"], votes, "simple-majority").couldBlock, ["ARM", "BLR"]);
  });

  it("counts members left out of the votes as abstaining, and abstentions as blocking unanimity", () => {
    const outcome = decide(["ARM", "BLR", "RUS"], { RUS: "yes", BLR: "yes" }, "unanimity");
    assert.deepEqual(outcome.abstain, ["ARM"]);
    assert.equal(outcome.passes, false);
    assert.deepEqual(outcome.blocking, ["ARM"]);
  });

  it("passes by consensus when no one objects, abstentions standing aside", () => {
    const passing = decide(["ARM", "BLR", "RUS"], { RUS: "yes", ARM: "abstain" }, "consensus");
    assert.equal(passing.passes, true);
    assert.deepEqual(passing.couldBlock, ["ARM", "BLR", "RUS"]);
    const failing = decide(["ARM", "BLR", "RUS"], { RUS: "yes", ARM: "no" }, "consensus");
    assert.equal(failing.passes, false);
    assert.deepEqual(failing.blocking, ["ARM"]);
  });

  it("fails a simple majority on a tie, and without a single yes", () => {
    const tie = decide(["ARM", "BLR", "RUS"], { RUS: "yes", ARM: "no" }, "simple-majority");
    assert.equal(tie.passes, false);
    assert.deepEqual(tie.blocking, ["ARM"]);
    const silent = decide(["ARM", "BLR"], {}, "simple-majority");
    assert.equal(silent.passes, false);
    assert.deepEqual(silent.blocking, []);
  });

  it("passes a two-thirds majority at exactly two thirds and fails it just below", () => {
    const five = ["A", "B", "C", "D", "E"];
    const twoOfThree = decide(five, { A: "yes", B: "yes", C: "no", D: "abstain" }, "qualified-majority");
    assert.equal(twoOfThree.threshold, 2 / 3);
    assert.equal(twoOfThree.passes, true);
    const threeOfFive = decide(
      five,
      { A: "yes", B: "yes", C: "yes", D: "no", E: "no" },
      "qualified-majority",
    );
    assert.equal(threeOfFive.passes, false, "3 of 5 is 60%, under two thirds");
    assert.deepEqual(threeOfFive.blocking, ["D", "E"]);
    const fourOfSix = decide(
      [...five, "F"],
      allYesBut([...five, "F"], ["E", "F"]),
      "qualified-majority",
      2 / 3,
    );
    assert.equal(fourOfSix.passes, true, "4 of 6 is two thirds");
  });

  it("reads a qualified majority's threshold at its boundary, half passing a tie and one needing no objection", () => {
    const tie = { A: "yes", B: "no" } as const;
    assert.equal(decide(["A", "B"], tie, "qualified-majority", 0.5).passes, true);
    assert.equal(decide(["A", "B"], tie, "qualified-majority", 0.51).passes, false);
    assert.equal(decide(["A", "B", "C"], { A: "yes", B: "yes" }, "qualified-majority", 1).passes, true);
    assert.equal(
      decide(["A", "B", "C"], { A: "yes", B: "yes", C: "no" }, "qualified-majority", 1).passes,
      false,
    );
  });

  it("refuses a threshold outside (0, 1]", () => {
    assert.throws(() => decide(["A"], { A: "yes" }, "qualified-majority", 0), RangeError);
    assert.throws(() => decide(["A"], { A: "yes" }, "qualified-majority", 1.5), RangeError);
    assert.throws(() => decide(["A"], { A: "yes" }, "qualified-majority", Number.NaN), RangeError);
  });

  it("sorts every list and counts a member named twice once", () => {
    const outcome = decide(["RUS", "ARM", "RUS"], { RUS: "yes", ARM: "yes" }, "unanimity");
    assert.deepEqual(outcome.yes, ["ARM", "RUS"]);
    assert.deepEqual(outcome.couldBlock, ["ARM", "RUS"]);
  });

  it("ignores votes keyed by names an object inherits", () => {
    const outcome = decide(["constructor"], {}, "unanimity");
    assert.deepEqual(outcome.abstain, ["constructor"]);
  });

  const members = fc.uniqueArray(fc.constantFrom(...SEVEN), { minLength: 1 });
  const vote = fc.constantFrom<Vote>("yes", "no", "abstain");
  const ballot = members.chain((ms) =>
    fc.tuple(
      fc.constant(ms),
      fc.dictionary(fc.constantFrom(...SEVEN), vote) as fc.Arbitrary<Record<string, Vote>>,
    ),
  );
  const rules = fc.constantFrom<DecisionRule>(
    "unanimity",
    "consensus",
    "simple-majority",
    "qualified-majority",
  );

  it("passes under unanimity exactly when every member votes yes", () => {
    fc.assert(
      fc.property(ballot, ([ms, votes]) => {
        assert.equal(
          decide(ms, votes, "unanimity").passes,
          ms.every((m) => votes[m] === "yes"),
        );
      }),
      { seed: 1 },
    );
  });

  it("never turns a consensus from passing to failing when a no becomes a yes", () => {
    fc.assert(
      fc.property(ballot, fc.constantFrom(...SEVEN), ([ms, votes], who) => {
        const before = decide(ms, votes, "consensus").passes;
        const after = decide(
          ms,
          { ...votes, ...(votes[who] === "no" ? { [who]: "yes" } : {}) },
          "consensus",
        ).passes;
        assert.ok(!before || after);
      }),
      { seed: 2 },
    );
  });

  it("names as could-block exactly the members whose switch to no alone makes a passing proposal fail", () => {
    fc.assert(
      fc.property(ballot, rules, ([ms, votes], rule) => {
        const outcome = decide(ms, votes, rule);
        for (const m of ms) {
          const flips = outcome.passes && !decide(ms, { ...votes, [m]: "no" }, rule).passes;
          assert.equal(outcome.couldBlock.includes(m), flips, m);
        }
        assert.equal(outcome.passes && outcome.blocking.length > 0, false);
      }),
      { seed: 3 },
    );
  });
});

/** Russia proposes simple-majority voting in August 2011; Uzbekistan objects that year. */
const claims: Claim[] = [
  {
    kind: "rule",
    subject: "ALLY",
    rule: "decision",
    value: "unanimity",
    change: "adopt",
    date: "2002-10-07",
  },
  {
    kind: "rule",
    subject: "ALLY",
    rule: "decision",
    value: "simple-majority",
    change: "propose",
    by: "RUS",
    date: "2011-08",
  },
  event("REJECT", "UZB", "RUS", "2011"),
  event("REJECT", "UZB", "RUS", "2009"),
  event("PROTEST", "KGZ", "ALLY", "2011-08-10"),
  event("CONSULT", "BLR", "RUS", "2011-08-12"),
  event("REJECT", "TJK", "USA", "2011-08-12"),
  event("ACCUSE", "ARM", "RUS", "2011-09-01"),
  event("THREATEN", "KAZ", "RUS", null),
  event("REJECT", "GEO", "RUS", "2011-08-12"),
  event("REJECT", "RUS", "RUS", "2011-08-12"),
];
const facts = reconcile(claims.map(stored), sources);
const proposal = { by: "RUS", org: "ALLY", date: partialDate("2011-08") };

describe("stancesFromEvents", () => {
  const { votes, reasons } = stancesFromEvents(facts, SEVEN, proposal, partialDate("2011-08-15"));

  it("has a member that rejected the proposer within the window vote no, on that event", () => {
    assert.equal(votes.UZB, "no");
    assert.deepEqual(
      reasons.UZB?.map((f) => f.chosen.date?.text),
      ["2011"],
    );
  });

  it("has a member that protested to the organization vote no", () => {
    assert.equal(votes.KGZ, "no");
  });

  it("assumes yes from the proposer, from members with no objection, and ignores objections outside the window or aimed elsewhere", () => {
    assert.deepEqual(votes, {
      ARM: "yes",
      BLR: "yes",
      KAZ: "yes",
      KGZ: "no",
      RUS: "yes",
      TJK: "yes",
      UZB: "no",
    });
    assert.deepEqual(Object.keys(reasons).sort(), ["KGZ", "UZB"]);
  });

  it("counts an objection made later, up to the date asked", () => {
    const later = stancesFromEvents(facts, SEVEN, proposal, partialDate("2011-12-31"));
    assert.equal(later.votes.ARM, "no");
  });

  it("replays the proposal: blocked by the objectors under unanimity, passed under simple majority", () => {
    assert.deepEqual(decide(SEVEN, votes, "unanimity").blocking, ["KGZ", "UZB"]);
    assert.equal(decide(SEVEN, votes, "simple-majority").passes, true);
  });
});

describe("charterDecisionRule", () => {
  it("reads the decision rule in force, which a mere proposal does not change", () => {
    const r = charterDecisionRule(facts, "ALLY", partialDate("2011-08-15"));
    assert.equal(r?.rule, "unanimity");
    assert.equal(r?.fact.chosen.date?.text, "2002-10-07");
  });

  it("is null before the charter and for an organization without one", () => {
    assert.equal(charterDecisionRule(facts, "ALLY", partialDate("2002-10-06")), null);
    assert.equal(charterDecisionRule(facts, "NONE", partialDate("2011-08-15")), null);
  });

  it("is null when the recorded value is not a decision rule", () => {
    const odd = reconcile(
      [
        stored({
          kind: "rule",
          subject: "ALLY",
          rule: "decision",
          value: "lottery",
          change: "adopt",
          date: "2000-01-01",
        }),
      ],
      sources,
    );
    assert.equal(charterDecisionRule(odd, "ALLY", partialDate("2001")), null);
  });
});

describe("latestProposal", () => {
  it("finds the proposal made on or before the date, with its proposer", () => {
    const found = latestProposal(facts, "ALLY", partialDate("2011-09"));
    assert.equal(found?.by, "RUS");
    assert.equal(found?.date.text, "2011-08");
  });

  it("finds none before the proposal was made, nor in another organization", () => {
    assert.equal(latestProposal(facts, "ALLY", partialDate("2011-07-31")), null);
    assert.equal(latestProposal(facts, "OTHER", partialDate("2012")), null);
  });
});
