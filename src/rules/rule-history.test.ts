import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim, ClaimOf } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { reconcile } from "../knowledge/reconcile.js";
import {
  certainMembers,
  everyRuleInForce,
  membershipLookup,
  ruleInForce,
  rulesInForce,
} from "./rule-history.js";

type RuleClaim = ClaimOf<"rule">;
const rule = (
  subject: string,
  name: RuleClaim["rule"],
  change: RuleClaim["change"],
  date: string | null,
  value?: string,
): RuleClaim => ({ kind: "rule", subject, rule: name, change, date, ...(value ? { value } : {}) });

const factsOf = (...claims: Claim[]) => reconcile(claims.map(recordClaim), recordSources);
const at = partialDate;

/** The rules in force, as "rule=value since date". */
const brief = (facts: ReturnType<typeof factsOf>, subject: string, date: string) =>
  rulesInForce(facts, subject, at(date)).map((r) => `${r.rule}=${r.value ?? ""} since ${r.since.text}`);

describe("rulesInForce", () => {
  it("puts an adopted rule in force from the day of its adoption, not before", () => {
    const facts = factsOf(rule("ORG", "collective-defence", "adopt", "2002-10-07"));
    assert.deepEqual(brief(facts, "ORG", "2002-10-06"), []);
    assert.deepEqual(brief(facts, "ORG", "2002-10-07"), ["collective-defence= since 2002-10-07"]);
    assert.deepEqual(brief(facts, "ORG", "2020"), ["collective-defence= since 2002-10-07"]);
  });

  it("is not certain of a rule adopted in a month when asked within that month", () => {
    const facts = factsOf(rule("ORG", "foreign-base-consent", "adopt", "2011-12", "all-members"));
    assert.deepEqual(brief(facts, "ORG", "2011-12-15"), []);
    assert.deepEqual(brief(facts, "ORG", "2012-01-01"), ["foreign-base-consent=all-members since 2011-12"]);
  });

  it("changes nothing on a proposal", () => {
    const facts = factsOf(
      rule("ORG", "decision", "adopt", "2002-10-07", "unanimity"),
      rule("ORG", "decision", "propose", "2011-08", "simple-majority"),
    );
    assert.deepEqual(brief(facts, "ORG", "2012-01-01"), ["decision=unanimity since 2002-10-07"]);
  });

  it("leaves the rule in force when a proposal of another value is rejected", () => {
    const facts = factsOf(
      rule("ORG", "decision", "adopt", "2002-10-07", "unanimity"),
      rule("ORG", "decision", "reject", "2011-09-01", "simple-majority"),
    );
    assert.deepEqual(brief(facts, "ORG", "2012-01-01"), ["decision=unanimity since 2002-10-07"]);
  });

  it("replaces a decision rule by a later adoption of another value", () => {
    const facts = factsOf(
      rule("ORG", "decision", "adopt", "2002-10-07", "unanimity"),
      rule("ORG", "decision", "adopt", "2015-01-01", "qualified-majority"),
    );
    assert.deepEqual(brief(facts, "ORG", "2014-12-31"), ["decision=unanimity since 2002-10-07"]);
    assert.deepEqual(brief(facts, "ORG", "2015-01-01"), ["decision=qualified-majority since 2015-01-01"]);
  });

  it("ends a rule on its drop and starts it afresh on a new adoption", () => {
    const facts = factsOf(
      rule("UKR", "no-alliances", "adopt", "2010-07-01"),
      rule("UKR", "no-alliances", "drop", "2014-12-23"),
      rule("UKR", "no-alliances", "adopt", "2020-01-01"),
    );
    assert.deepEqual(brief(facts, "UKR", "2012"), ["no-alliances= since 2010-07-01"]);
    assert.deepEqual(brief(facts, "UKR", "2015"), []);
    assert.deepEqual(brief(facts, "UKR", "2021"), ["no-alliances= since 2020-01-01"]);
  });

  it("does not count a rule in force when a drop may already have happened", () => {
    const facts = factsOf(
      rule("ORG", "collective-defence", "adopt", "2000-01-01"),
      rule("ORG", "collective-defence", "drop", "2014"),
    );
    assert.deepEqual(brief(facts, "ORG", "2013-12-31"), ["collective-defence= since 2000-01-01"]);
    assert.deepEqual(brief(facts, "ORG", "2014-06-01"), []);
  });

  it("reads only the subject asked about, and carries the adoption fact", () => {
    const facts = factsOf(
      rule("ORG", "collective-defence", "adopt", "2000-01-01"),
      rule("UZB", "foreign-bases-prohibited", "adopt", "2012-07-31"),
    );
    assert.deepEqual(brief(facts, "UZB", "2013"), ["foreign-bases-prohibited= since 2012-07-31"]);
    const r = ruleInForce(facts, "UZB", "foreign-bases-prohibited", at("2013"));
    const claim = r?.fact.chosen.claims[0]?.claim;
    assert.equal(claim?.kind === "rule" ? claim.change : null, "adopt");
    assert.deepEqual(
      everyRuleInForce(facts, at("2013")).map((x) => `${x.subject}:${x.rule}`),
      ["ORG:collective-defence", "UZB:foreign-bases-prohibited"],
    );
  });

  it("leaves undated rule facts out", () => {
    assert.deepEqual(brief(factsOf(rule("ORG", "collective-defence", "adopt", null)), "ORG", "2020"), []);
  });
});

describe("certainMembers", () => {
  it("lists only full members whose membership the date makes certain, each with its join fact", () => {
    const facts = factsOf(
      { kind: "membership", state: "RUS", org: "ORG", change: "join", date: "2002-05-14" },
      { kind: "membership", state: "UZB", org: "ORG", change: "join", date: "2006-08-16" },
      { kind: "membership", state: "UZB", org: "ORG", change: "suspend", date: "2012-06-28" },
      { kind: "membership", state: "KAZ", org: "ORG", change: "join", date: "2013" },
      { kind: "membership", state: "SRB", org: "ORG", change: "observer", date: "2010-01-01" },
    );
    const members = (d: string) => certainMembers(membershipLookup(facts)("ORG"), at(d));
    assert.deepEqual(
      members("2012-01-01").map((m) => [m.state, m.fact.chosen.date?.text]),
      [
        ["RUS", "2002-05-14"],
        ["UZB", "2006-08-16"],
      ],
    );
    assert.deepEqual(
      members("2013-06-01").map((m) => m.state),
      ["RUS"],
    );
  });
});
