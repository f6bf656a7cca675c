import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim, ClaimOf } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { type Fact, reconcile } from "../knowledge/reconcile.js";
import { type Violation, violationsAt } from "./violations.js";

const sources = recordSources;
const stored = recordClaim;

const join = (state: string, org: string, date: string): Claim => ({
  kind: "membership",
  state,
  org,
  change: "join",
  date,
});
const adopt = (subject: string, rule: ClaimOf<"rule">["rule"], date: string, value?: string): Claim => ({
  kind: "rule",
  subject,
  rule,
  change: "adopt",
  date,
  ...(value ? { value } : {}),
});
const base = (
  host: string,
  operator: string,
  site: string,
  change: ClaimOf<"base">["change"],
  date: string,
): Claim => ({ kind: "base", host, operator, site, change, date });

const at = partialDate;
const brief = (list: readonly Violation[]) => list.map((v) => `${v.rule} ${v.subject} ${v.actors.join(",")}`);
const flagged = (list: readonly Violation[], host: string, operator: string) =>
  list.some((v) => v.actors[0] === host && v.actors[1] === operator);
const tell = (f: Fact): string => {
  const c = f.chosen.claims[0]?.claim;
  const date = f.chosen.date?.text ?? "undated";
  switch (c?.kind) {
    case "membership":
      return `membership ${c.state} ${c.org} ${c.change} ${date}`;
    case "rule":
      return `rule ${c.subject} ${c.rule} ${date}`;
    case "base":
      return `base ${c.operator} ${c.site ?? ""} ${c.change} ${date}`;
    default:
      return `${f.kind} ${date}`;
  }
};

/**
 * An alliance (ALLY) that requires the consent of all members for foreign bases from
 * 2011-12-20, five members since 2002, and bases opened before and after that, with and
 * without consent. Uzbekistan's own law prohibits foreign bases from 2012-07-31, and
 * Moldova's from 1994-07-29.
 */
const baseClaims: Claim[] = [
  adopt("ALLY", "foreign-base-consent", "2011-12-20", "all-members"),
  ...["KAZ", "KGZ", "RUS", "TJK", "UZB"].map((s) => join(s, "ALLY", "2002-05-14")),
  adopt("UZB", "foreign-bases-prohibited", "2012-07-31"),
  adopt("MDA", "foreign-bases-prohibited", "1994-07-29"),
  // Standing before the rule: left alone.
  base("UZB", "DEU", "Termez", "open", "2002-02"),
  base("UZB", "DEU", "Termez", "close", "2015-12"),
  // Reported as standing, never reported opened: not an opening.
  base("TJK", "FRA", "Dushanbe", "exists", "2011-12"),
  // Opened after the rule without consent.
  base("KGZ", "USA", "North Field", "open", "2013-03-01"),
  // Opened after the rule with the alliance's agreement, with all members' agreement, with its support.
  base("TJK", "CHN", "Pamir Post", "open", "2014-05-01"),
  { kind: "agreement", name: "Basing accord", parties: ["ALLY", "CHN"], date: "2014-04-01" },
  base("TJK", "IND", "Ayni", "open", "2014-09-01"),
  { kind: "agreement", parties: ["IND", "KAZ", "KGZ", "RUS", "TJK", "UZB"], date: "2014-08" },
  base("KAZ", "TUR", "Lake Post", "open", "2014-06-01"),
  { kind: "event", type: "SUPPORT", source: "ALLY", target: "KAZ", date: "2014-02-01" },
  // A member's own base in another member: not foreign to the alliance.
  base("KGZ", "RUS", "Kant-2", "open", "2013-01-01"),
  // Opened and closed in 2012 without consent.
  base("KGZ", "GBR", "Short Stay", "open", "2012-03-01"),
  base("KGZ", "GBR", "Short Stay", "close", "2012-09-01"),
  // Opened in the month of the rule: not certainly after it.
  base("KGZ", "CAN", "Edge", "open", "2011-12"),
  // Consent given only after the opening.
  base("KGZ", "JPN", "Late Field", "open", "2013-02-01"),
  { kind: "agreement", name: "Late accord", parties: ["ALLY", "JPN"], date: "2013-05-01" },
  // A host outside the alliance.
  base("AFG", "USA", "Bagram", "open", "2013-01-01"),
  // Under Uzbekistan's own law, and the alliance's rule, opened after both.
  base("UZB", "USA", "Karshi", "open", "2014-03-01"),
  // Under Moldova's law: one standing before it, one opened after it, and Moldova's own.
  base("MDA", "RUS", "Tiraspol", "open", "1992"),
  base("MDA", "TUR", "Comrat", "open", "2000-05-01"),
  base("MDA", "MDA", "Chisinau", "open", "2001-01-01"),
  // A garrison reported standing before the law, whose lease (its recorded opening) came after it.
  base("MDA", "UKR", "Garrison", "exists", "1993"),
  base("MDA", "UKR", "Garrison", "open", "1997-05-28"),
  // Reported standing before the law, closed, and opened again after it.
  base("MDA", "ROU", "Ungheni", "exists", "1993"),
  base("MDA", "ROU", "Ungheni", "open", "1993-06-01"),
  base("MDA", "ROU", "Ungheni", "close", "1995-01-01"),
  base("MDA", "ROU", "Ungheni", "open", "2003-01-01"),
];
const baseFacts = reconcile(baseClaims.map(stored), sources);

describe("violationsAt: foreign-base-consent", () => {
  const list = violationsAt(baseFacts, at("2015-01-01"));

  it("flags exactly the bases opened after the rule without consent, and those under a state's own prohibition", () => {
    assert.deepEqual(brief(list), [
      "foreign-base-consent ALLY KGZ,JPN",
      "foreign-base-consent ALLY KGZ,USA",
      "foreign-base-consent ALLY UZB,USA",
      "foreign-bases-prohibited MDA MDA,ROU",
      "foreign-bases-prohibited MDA MDA,TUR",
      "foreign-bases-prohibited UZB UZB,USA",
    ]);
  });

  it("does not flag a base standing when the rule was adopted", () => {
    assert.equal(flagged(list, "UZB", "DEU"), false);
  });

  it("does not take a report that a base exists for its opening", () => {
    assert.equal(flagged(list, "TJK", "FRA"), false);
  });

  it("flags a base opened after the rule without consent, resting on the rule, the opening and the host's membership", () => {
    const v = list.find((x) => x.actors.join() === "KGZ,USA");
    assert.deepEqual(v?.facts.map(tell), [
      "rule ALLY foreign-base-consent 2011-12-20",
      "base USA North Field open 2013-03-01",
      "membership KGZ ALLY join 2002-05-14",
    ]);
  });

  it("explains a violation in one sentence naming the site, the dates and the rule", () => {
    const names: Record<string, string> = {
      USA: "the United States",
      KGZ: "Kyrgyzstan",
      ALLY: "the Alliance",
    };
    const named = violationsAt(baseFacts, at("2015-01-01"), { nameOf: (c) => names[c] ?? c });
    assert.equal(
      named.find((x) => x.actors.join() === "KGZ,USA")?.explanation,
      "the United States opened a base at North Field in Kyrgyzstan on 2013-03-01, after the Alliance " +
        "required the consent of all members for foreign bases (2011-12-20), and no consent is recorded.",
    );
  });

  it("does not flag a base the alliance agreed to, nor one all its members agreed to, nor one it supported", () => {
    assert.equal(flagged(list, "TJK", "CHN"), false);
    assert.equal(flagged(list, "TJK", "IND"), false);
    assert.equal(flagged(list, "KAZ", "TUR"), false);
  });

  it("flags a base whose consent came only after it opened", () => {
    assert.equal(flagged(list, "KGZ", "JPN"), true);
  });

  it("does not flag a member's base in another member, a base opened in the month of the rule, or a base outside the alliance", () => {
    assert.equal(flagged(list, "KGZ", "RUS"), false);
    assert.equal(flagged(list, "KGZ", "CAN"), false);
    assert.equal(flagged(list, "AFG", "USA"), false);
  });

  it("flags a base only while it stands", () => {
    assert.equal(flagged(violationsAt(baseFacts, at("2012-06-01")), "KGZ", "GBR"), true);
    assert.equal(flagged(violationsAt(baseFacts, at("2013-01-01")), "KGZ", "GBR"), false);
  });

  it("flags nothing before the rule is in force", () => {
    assert.deepEqual(
      brief(violationsAt(baseFacts, at("2011-12-19"))).filter((v) => v.startsWith("foreign-base-consent")),
      [],
    );
  });
});

describe("violationsAt: foreign-bases-prohibited", () => {
  const list = violationsAt(baseFacts, at("2015-01-01"));

  it("flags a foreign base opened after the state's own prohibition, on the law and the opening", () => {
    const v = list.find((x) => x.rule === "foreign-bases-prohibited" && x.subject === "UZB");
    assert.deepEqual(v?.actors, ["UZB", "USA"]);
    assert.deepEqual(v?.facts.map(tell), [
      "rule UZB foreign-bases-prohibited 2012-07-31",
      "base USA Karshi open 2014-03-01",
    ]);
    assert.equal(
      v?.explanation,
      "USA opened a base at Karshi in UZB on 2014-03-01, after UZB prohibited foreign military bases on its territory (2012-07-31).",
    );
  });

  it("does not flag a base reported standing before the prohibition whose recorded opening came after it", () => {
    assert.equal(flagged(list, "MDA", "UKR"), false);
  });

  it("flags a base reopened after the prohibition, whatever was reported before it closed", () => {
    const v = list.find((x) => x.actors.join() === "MDA,ROU");
    assert.deepEqual(v?.facts.map(tell), [
      "rule MDA foreign-bases-prohibited 1994-07-29",
      "base ROU Ungheni open 2003-01-01",
    ]);
  });

  it("does not flag a base standing before the prohibition, nor the state's own base", () => {
    assert.equal(flagged(list, "MDA", "RUS"), false);
    assert.equal(flagged(list, "MDA", "MDA"), false);
    assert.equal(
      list.some((v) => v.rule === "foreign-bases-prohibited" && v.actors.join() === "UZB,DEU"),
      false,
    );
  });
});

/**
 * The 1992 treaty (CST) and the organization built on it (CSTO) are one alliance; NATO and
 * a later pact are other military alliances; a forum (FORUM) has no collective defence.
 */
const allianceClaims: Claim[] = [
  adopt("CST", "collective-defence", "1992-05-15"),
  adopt("CSTO", "collective-defence", "2002-10-07"),
  adopt("CSTO", "exclusive-alliance", "2002-10-07"),
  { kind: "org", org: "CSTO", change: "found", date: "2002-05-14", predecessor: "CST" },
  adopt("NATO", "collective-defence", "1949-04-04"),
  adopt("PACT", "collective-defence", "2010-01-01"),
  join("ARM", "CST", "1992-05-15"),
  join("ARM", "CSTO", "2002-05-14"),
  join("KAZ", "CST", "1992-05-15"),
  join("KAZ", "CSTO", "2002-05-14"),
  join("BLR", "CSTO", "2002-05-14"),
  join("KAZ", "FORUM", "2001-06-15"),
  join("ARM", "NATO", "2016-01-01"),
  join("ARM", "PACT", "2017-01-01"),
  join("BLR", "NATO", "2016"),
];
const allianceFacts = reconcile(allianceClaims.map(stored), sources);

describe("violationsAt: exclusive-alliance", () => {
  it("does not count an organization and its predecessor as two alliances", () => {
    assert.deepEqual(brief(violationsAt(allianceFacts, at("2010-01-01"))), []);
  });

  it("flags a member of the exclusive alliance that is also a member of another military alliance", () => {
    const list = violationsAt(allianceFacts, at("2016-06-01"));
    assert.deepEqual(brief(list), ["exclusive-alliance CSTO ARM,NATO"]);
    assert.deepEqual(list[0]?.facts.map(tell), [
      "rule CSTO exclusive-alliance 2002-10-07",
      "membership ARM CSTO join 2002-05-14",
      "membership ARM NATO join 2016-01-01",
      "rule NATO collective-defence 1949-04-04",
    ]);
    assert.equal(
      list[0]?.explanation,
      "ARM is a member of both CSTO and NATO on 2016-06-01, though CSTO has barred its members from any other military alliance since 2002-10-07.",
    );
  });

  it("flags each other military alliance a member is in", () => {
    assert.deepEqual(brief(violationsAt(allianceFacts, at("2018-01-01"))), [
      "exclusive-alliance CSTO ARM,NATO",
      "exclusive-alliance CSTO ARM,PACT",
      "exclusive-alliance CSTO BLR,NATO",
    ]);
  });

  it("does not flag a membership the date leaves uncertain", () => {
    assert.equal(
      brief(violationsAt(allianceFacts, at("2016-06-01"))).some((v) => v.includes("BLR")),
      false,
    );
  });

  it("counts an organization without collective defence as military only when the caller says so", () => {
    assert.deepEqual(brief(violationsAt(allianceFacts, at("2012-01-01"))), []);
    assert.deepEqual(
      brief(violationsAt(allianceFacts, at("2012-01-01"), { militaryAlliances: new Set(["FORUM"]) })),
      ["exclusive-alliance CSTO KAZ,FORUM"],
    );
  });
});
