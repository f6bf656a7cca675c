import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordClaim, recordSources } from "../../test/support/record-claims.js";
import { EVENT_TYPES } from "../domain/claim.js";
import { reconcile } from "../knowledge/reconcile.js";
import { EVENT_QUAD, eventBalance, eventTypesByDyadYear } from "./event-balance.js";

describe("event balance", () => {
  it("puts the first seven PLOVER types on the cooperative side and the other nine on the conflictual", () => {
    const cooperative = EVENT_TYPES.filter((t) => EVENT_QUAD[t].endsWith("cooperation"));
    assert.deepEqual(cooperative, ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);
    assert.deepEqual(
      EVENT_TYPES.filter((t) => EVENT_QUAD[t] === "material-conflict"),
      ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
    );
  });

  it("counts by side and quad class, with the balance (coop - conf) / (coop + conf)", () => {
    assert.deepEqual(eventBalance(["CONSULT", "AID", "AID", "ACCUSE"]), {
      cooperative: 3,
      conflictual: 1,
      verbal_cooperation: 1,
      material_cooperation: 2,
      verbal_conflict: 1,
      material_conflict: 0,
      balance: 0.5,
    });
    assert.equal(eventBalance([]).balance, null);
  });

  it("groups events by undirected dyad and year, leaving out undated events and a state acting on itself", () => {
    const facts = reconcile(
      [
        { kind: "event", type: "CONSULT", source: "UZB", target: "RUS", date: "2007-03-01" },
        { kind: "event", type: "ACCUSE", source: "RUS", target: "UZB", date: "2007" },
        { kind: "event", type: "ASSAULT", source: "UZB", target: "UZB", date: "2005-05-13" },
        { kind: "event", type: "AID", source: "RUS", target: "UZB", date: null },
      ].map((c) => recordClaim(c as Parameters<typeof recordClaim>[0])),
      recordSources,
      new Map(),
    );
    const byDyad = eventTypesByDyadYear(facts);
    assert.deepEqual([...byDyad.keys()], ["RUS|UZB|2007"]);
    assert.deepEqual(byDyad.get("RUS|UZB|2007")?.types.sort(), ["ACCUSE", "CONSULT"]);
  });
});
