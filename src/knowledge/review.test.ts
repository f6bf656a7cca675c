import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../domain/claim.js";
import { claimId, heldAsOf, type StoredClaim } from "../domain/provenance.js";
import { err, ok, problem } from "../domain/result.js";
import { correct, decide, documentId, parseSettings } from "./review.js";

const FOUND = "2026-03-01T09:00:00.000Z";
const LATER = "2026-03-05T10:00:00.000Z";

function candidate(claim: Claim, span: readonly [number, number] = [10, 80]): StoredClaim {
  return {
    id: claimId(claim, "report", span),
    claim,
    sourceId: "report",
    span,
    note: null,
    origin: "extracted",
    review: { state: "candidate", reviewer: null, at: null },
    recorded: { from: FOUND, to: null },
    confidence: 0.7,
  };
}

const joins: Claim = { kind: "membership", state: "KGZ", org: "CSTO", change: "join", date: "2003-05" };
const names: Record<string, string> = { Uzbekistan: "UZB", Kyrgyzstan: "KGZ", Russia: "RUS", UZB: "UZB" };
const resolve = (name: string) =>
  names[name] ? ok(names[name]) : err(problem("unknown_actor", `no actor named "${name}"`));

describe("review decisions", () => {
  it("accepting a candidate records the reviewer and the time, and it is held from then on", () => {
    const c = candidate(joins);
    assert.equal(heldAsOf(c, null), false, "a candidate is not in the knowledge base");
    const r = decide(c, "accepted", "ana", LATER);
    assert.ok(r.ok);
    assert.deepEqual(r.value.review, { state: "accepted", reviewer: "ana", at: LATER });
    assert.equal(r.value.id, c.id, "the same claim, a new version");
    assert.equal(heldAsOf(r.value, null), true);
    assert.equal(heldAsOf(r.value, "2026-03-04"), false, "not known before it was accepted");
    assert.equal(heldAsOf(r.value, "2026-03-05"), true);
  });

  it("rejecting keeps the claim, marked, outside the knowledge base", () => {
    const r = decide(candidate(joins), "rejected", "ana", LATER, "misread");
    assert.ok(r.ok);
    assert.equal(r.value.review.state, "rejected");
    assert.equal(r.value.note, "misread");
    assert.equal(heldAsOf(r.value, null), false);
  });

  it("refuses to decide a claim that is not a candidate, naming its state and reviewer", () => {
    const accepted = decide(candidate(joins), "accepted", "ana", LATER);
    assert.ok(accepted.ok);
    const again = decide(accepted.value, "rejected", "bo", LATER);
    assert.ok(!again.ok);
    assert.equal(again.error.code, "conflict");
    assert.match(again.error.message, /was accepted by ana on 2026-03-05/);
    const retracted = decide(
      { ...candidate(joins), recorded: { from: FOUND, to: LATER } },
      "accepted",
      "x",
      LATER,
    );
    assert.ok(!retracted.ok);
    assert.match(retracted.error.message, /retracted/);
  });
});

describe("corrections", () => {
  it("rejects the candidate and enters the corrected claim, same source and span, under a new id", () => {
    const c = candidate(joins);
    const r = correct(c, ["date=2003-05-14", "state=Uzbekistan"], "ana", LATER, resolve);
    assert.ok(r.ok, r.ok ? "" : r.error.message);
    const { rejected, corrected } = r.value;
    assert.deepEqual(corrected.claim, {
      kind: "membership",
      state: "UZB",
      org: "CSTO",
      change: "join",
      date: "2003-05-14",
    });
    assert.equal(corrected.sourceId, "report");
    assert.deepEqual(corrected.span, [10, 80]);
    assert.equal(corrected.id, claimId(corrected.claim, "report", [10, 80]));
    assert.notEqual(corrected.id, c.id);
    assert.deepEqual(corrected.review, { state: "corrected", reviewer: "ana", at: LATER });
    assert.equal(corrected.note, `corrects ${c.id}`);
    assert.equal(heldAsOf(corrected, null), true);
    assert.equal(rejected.id, c.id);
    assert.equal(rejected.review.state, "rejected");
    assert.equal(rejected.note, `corrected as ${corrected.id}`);
  });

  it("takes lists comma-separated, numbers as numbers, and `null` to clear a date", () => {
    const ex = candidate({
      kind: "exercise",
      participants: ["RUS"],
      form: "exercise",
      date: "2011-09",
      troops: 500,
    });
    const r = correct(
      ex,
      ["participants=Russia, Kyrgyzstan", "troops=1200", "date=null"],
      "ana",
      LATER,
      resolve,
    );
    assert.ok(r.ok, r.ok ? "" : r.error.message);
    assert.deepEqual(r.value.corrected.claim, {
      kind: "exercise",
      participants: ["RUS", "KGZ"],
      form: "exercise",
      date: null,
      troops: 1200,
    });
  });

  it("refuses an unknown actor, a claim that breaks its schema, a fixed field and a change of nothing", () => {
    const c = candidate(joins);
    const unknown = correct(c, ["state=Atlantis"], "ana", LATER, resolve);
    assert.ok(!unknown.ok);
    assert.equal(unknown.error.code, "unknown_actor");
    assert.equal(unknown.error.where, "state");
    const invalid = correct(c, ["change=explode"], "ana", LATER, resolve);
    assert.ok(!invalid.ok);
    assert.equal(invalid.error.code, "invalid_claim");
    assert.match(invalid.error.message, /change/);
    const badDate = correct(c, ["date=2012-02-30"], "ana", LATER, resolve);
    assert.ok(!badDate.ok);
    assert.match(badDate.error.message, /2012-02-30/);
    const fixed = correct(c, ["kind=event"], "ana", LATER, resolve);
    assert.ok(!fixed.ok);
    assert.match(fixed.error.message, /cannot change "kind"/);
    const same = correct(c, ["state=KGZ"], "ana", LATER, (n) => ok(n));
    assert.ok(!same.ok);
    assert.match(same.error.message, /changes nothing/);
  });

  it("reads field=value settings and refuses what is not one", () => {
    assert.deepEqual(
      parseSettings(["date=2012", "note_x=a=b"]),
      ok([
        ["date", "2012"],
        ["note_x", "a=b"],
      ]),
    );
    for (const bad of ["date", "=2012", "Date=2012", "da te=1"]) {
      const r = parseSettings([bad]);
      assert.ok(!r.ok, bad);
      assert.equal(r.error.code, "invalid_argument");
    }
    assert.ok(!parseSettings([]).ok);
  });
});

describe("document ids", () => {
  const hash = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";
  it("come from the file name's stem", () => {
    assert.equal(
      documentId("/tmp/reports/steppe-report.txt", hash, () => false),
      "steppe-report",
    );
    assert.equal(
      documentId("Weekly Brief (3).html", hash, () => false),
      "Weekly-Brief-3",
    );
    assert.equal(
      documentId("...", hash, () => false),
      "doc",
    );
  });
  it("take the content hash's start when the stem is taken", () => {
    assert.equal(
      documentId("report.txt", hash, (id) => id === "report"),
      "report-ab12cd34ef56",
    );
  });
});
