import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { membershipChange, recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import { type MemberAt, membersAt, membershipHistories, membershipPeriods } from "./membership-history.js";
import { reconcile } from "./reconcile.js";

const sources = recordSources;
const stored = recordClaim;

const m = membershipChange;

const claims: Claim[] = [
  m("ARM", "CSTO", "join", "1992-05-15"),
  m("BLR", "CSTO", "join", "1993-12-31"),
  m("BLR", "CSTO", "suspend", "2008-11-12"),
  m("MNG", "CSTO", "associate", "2010-03-01"),
  m("SRB", "CSTO", "observer", "2013-04-15"),
  m("TJK", "CSTO", "apply", "2009-01-01"),
  m("KGZ", "CSTO", "apply", "2009-01-01"),
  m("KGZ", "CSTO", "join", "2011-06-01"),
  m("IRN", "CSTO", "observer", "2003-01-01"),
  m("IRN", "CSTO", "join", "2006-08-16"),
  m("AZE", "CSTO", "join", "1994"),
  m("KAZ", "EURASEC", "join", "2000-10-10"),
  m("UZB", "EURASEC", "join", "2006-01-25"),
  m("UZB", "EURASEC", "suspend", "2008-11-12"),
  m("RUS", "EURASEC", "join", "2000-10-10"),
  m("RUS", "EURASEC", "withdraw", "2003-03-03"),
  { kind: "org", org: "EURASEC", change: "dissolve", date: "2015-01-01" },
  { kind: "org", org: "CSTO", change: "found", date: "2002-10-07" },
];
const facts = reconcile(claims.map(stored), sources);

const csto = membershipHistories(facts, "CSTO");
const eurasec = membershipHistories(facts, "EURASEC");

/** What an answer says, with the change it dates from as that change's date. */
const brief = (list: readonly MemberAt[]) =>
  list.map((x) => ({
    state: x.state,
    status: x.status,
    since: x.since?.date.text ?? null,
    ...(x.possible ? { possible: x.possible } : {}),
    pending: x.pending.map((p) => p.date.text),
  }));

describe("membersAt", () => {
  it("lists members, suspended members, observers and associates by code, each since its last change", () => {
    assert.deepEqual(brief(membersAt(csto, partialDate("2012-01-01"))), [
      { state: "ARM", status: "member", since: "1992-05-15", pending: [] },
      { state: "AZE", status: "member", since: "1994", pending: [] },
      { state: "BLR", status: "suspended", since: "2008-11-12", pending: [] },
      { state: "IRN", status: "member", since: "2006-08-16", pending: [] },
      { state: "KGZ", status: "member", since: "2011-06-01", pending: [] },
      { state: "MNG", status: "associate", since: "2010-03-01", pending: [] },
    ]);
  });

  it("lists an observer from the day it became one", () => {
    const before = membersAt(csto, partialDate("2013-04-14")).map((x) => x.state);
    const after = membersAt(csto, partialDate("2013-04-15"));
    assert.ok(!before.includes("SRB"));
    assert.equal(after.find((x) => x.state === "SRB")?.status, "observer");
  });

  it("carries the reconciled fact behind each change", () => {
    const blr = membersAt(csto, partialDate("2012-01-01")).find((x) => x.state === "BLR");
    const claim = blr?.since?.basis.chosen.claims[0]?.claim;
    assert.equal(claim?.kind, "membership");
    assert.equal(claim?.kind === "membership" ? claim.change : null, "suspend");
  });

  it("does not count an applicant as a member", () => {
    const states = membersAt(csto, partialDate("2010-01-01")).map((x) => x.state);
    assert.ok(!states.includes("TJK"));
    assert.ok(!states.includes("KGZ"));
    assert.ok(!csto.has("TJK"), "an application alone makes no history");
    assert.deepEqual(
      csto.get("KGZ")?.map((t) => [t.date.text, t.status]),
      [["2011-06-01", "member"]],
    );
  });

  it("counts an observer that later joins as an observer before the join and a member after it", () => {
    const at = (d: string) => membersAt(csto, partialDate(d)).find((x) => x.state === "IRN")?.status;
    assert.equal(at("2005-01-01"), "observer");
    assert.equal(at("2006-08-15"), "observer");
    assert.equal(at("2006-08-16"), "member");
    assert.equal(at("2007-01-01"), "member");
  });

  it("is uncertain about a state that joined in a given year when asked mid-year", () => {
    const aze = membersAt(csto, partialDate("1994-06-15")).find((x) => x.state === "AZE");
    assert.deepEqual(aze && brief([aze]), [
      { state: "AZE", status: "uncertain", since: null, possible: [null, "member"], pending: ["1994"] },
    ]);
  });

  it("is certain about a year-precision join once the year is over", () => {
    const aze = membersAt(csto, partialDate("1995-01-01")).find((x) => x.state === "AZE");
    assert.equal(aze?.status, "member");
  });

  it("ends every membership when the organization dissolves", () => {
    assert.deepEqual(
      brief(membersAt(eurasec, partialDate("2014-12-31"))).map((x) => [x.state, x.status]),
      [
        ["KAZ", "member"],
        ["UZB", "suspended"],
      ],
    );
    assert.deepEqual(membersAt(eurasec, partialDate("2015-01-01")), []);
    assert.deepEqual(membersAt(eurasec, partialDate("2020")), []);
  });

  it("does not list a state that withdrew", () => {
    const states = (d: string) => membersAt(eurasec, partialDate(d)).map((x) => x.state);
    assert.ok(states("2003-03-02").includes("RUS"));
    assert.ok(!states("2003-03-03").includes("RUS"));
  });

  it("keeps one organization's changes out of another's histories", () => {
    assert.deepEqual([...eurasec.keys()].sort(), ["KAZ", "RUS", "UZB"]);
    assert.ok(!csto.has("UZB"));
  });
});

describe("membershipPeriods", () => {
  it("gives an observer that joined an observer period then an open member period", () => {
    const irn = csto.get("IRN") ?? assert.fail("IRN has a history");
    assert.deepEqual(
      membershipPeriods(irn).map((p) => [p.status, p.from.date.text, p.to?.date.text ?? null]),
      [
        ["observer", "2003-01-01", "2006-08-16"],
        ["member", "2006-08-16", null],
      ],
    );
  });

  it("closes every period at the organization's dissolution", () => {
    const uzb = eurasec.get("UZB") ?? assert.fail("UZB has a history");
    assert.deepEqual(
      membershipPeriods(uzb).map((p) => [p.status, p.from.date.text, p.to?.date.text ?? null]),
      [
        ["member", "2006-01-25", "2008-11-12"],
        ["suspended", "2008-11-12", "2015-01-01"],
      ],
    );
  });
});
