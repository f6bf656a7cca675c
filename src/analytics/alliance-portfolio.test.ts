import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { membershipChange as m, recordClaim, recordSources } from "../../test/support/record-claims.js";
import type { Claim } from "../domain/claim.js";
import { reconcile } from "../knowledge/reconcile.js";
import { portfoliosInYear, tieLevel } from "./alliance-portfolio.js";
import { DEFAULT_TIE_MAPPING, withOverrides } from "./tie-mapping.js";

const claims: Claim[] = [
  { kind: "rule", subject: "ALLY", rule: "collective-defence", change: "adopt", date: "2002-10-07" },
  m("RUS", "ALLY", "join", "2002-05-14"),
  m("KAZ", "ALLY", "join", "2002-05-14"),
  m("UZB", "ALLY", "join", "2006-08-16"),
  m("UZB", "ALLY", "suspend", "2012-06-28"),
  m("RUS", "SCO", "join", "2001-06-15"),
  m("UZB", "SCO", "join", "2001-06-15"),
  m("RUS", "EAEC", "join", "2000-10-10"),
  m("KAZ", "EAEC", "join", "2000-10-10"),
  {
    kind: "agreement",
    name: "Pact of friendship",
    parties: ["RUS", "CHN"],
    clauses: ["non-aggression"],
    date: "2001-07",
  },
];
const facts = reconcile(claims.map(recordClaim), recordSources, new Map());

describe("alliance portfolios by year", () => {
  it("codes the strongest tie of each pair on 31 December, as ATOP/COW levels", () => {
    const p2001 = portfoliosInYear(facts, 2001, DEFAULT_TIE_MAPPING);
    // The SCO is consultation (1); the non-aggression pact of July 2001 is 2; EAEC gives no tie.
    assert.equal(tieLevel(p2001, "RUS", "UZB"), 1);
    assert.equal(tieLevel(p2001, "CHN", "RUS"), 2);
    assert.equal(tieLevel(p2001, "KAZ", "RUS"), 0);
    assert.equal(tieLevel(p2001, "RUS", "RUS"), 3);
    // ALLY's defence rule is in force from October 2002: members since May get 3 in 2002.
    const p2002 = portfoliosInYear(facts, 2002, DEFAULT_TIE_MAPPING);
    assert.equal(tieLevel(p2002, "KAZ", "RUS"), 3);
    assert.deepEqual(
      p2002.ties.get("KAZ|RUS")?.basis.map((b) => [b.via, b.level, b.reason, b.facts.length]),
      [["ALLY", 3, "collective-defence", 3]],
    );
    // EAEC counts in co-membership, though it gives no tie.
    assert.deepEqual(p2002.shared.get("KAZ|RUS"), ["ALLY", "EAEC"]);
  });

  it("gives a suspended member no tie from the organization", () => {
    assert.equal(tieLevel(portfoliosInYear(facts, 2011, DEFAULT_TIE_MAPPING), "RUS", "UZB"), 3);
    // Suspended in 2012: only the SCO's consultation remains.
    assert.equal(tieLevel(portfoliosInYear(facts, 2012, DEFAULT_TIE_MAPPING), "RUS", "UZB"), 1);
  });

  it("follows overrides of organizations, clauses and the defence rule", () => {
    const isOrg = (id: string) => ["ALLY", "SCO", "EAEC"].includes(id);
    const mapping = withOverrides(
      DEFAULT_TIE_MAPPING,
      ["SCO=0", "non-aggression=1", "collective-defence=2", "eaec=1"],
      isOrg,
    );
    assert.ok(mapping.ok);
    const p = portfoliosInYear(facts, 2002, mapping.value);
    assert.equal(tieLevel(p, "RUS", "UZB"), 0);
    assert.equal(tieLevel(p, "CHN", "RUS"), 1);
    assert.equal(tieLevel(p, "KAZ", "RUS"), 2);
    assert.equal(p.ties.get("KAZ|RUS")?.basis.length, 2, "ALLY (2) and EAEC (1)");
    const bad = withOverrides(DEFAULT_TIE_MAPPING, ["SCO=4"], isOrg);
    assert.ok(!bad.ok && bad.error.code === "invalid_argument");
  });
});
