import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Claim, MembershipClaim } from "../domain/claim.js";
import { claimId, type Source, type StoredClaim } from "../domain/provenance.js";
import { type Fact, type Preference, reconcile, representative } from "./reconcile.js";

const SOURCES: Readonly<Record<string, Source>> = {
  treaty: { id: "treaty", title: "Treaty text", reliability: "primary" },
  record: { id: "record", title: "Membership record", reliability: "reference" },
  article: { id: "article", title: "News article", reliability: "secondary" },
  wire: { id: "wire", title: "Wire report", reliability: "secondary" },
};
const sources = (id: string): Source | undefined => SOURCES[id];

/** A stored, accepted claim as the store would hand it over. */
function stored(claim: Claim, sourceId: string, recordedFrom = "2024-01-01T00:00:00.000Z"): StoredClaim {
  return {
    id: claimId(claim, sourceId, null),
    claim,
    sourceId,
    span: null,
    note: null,
    origin: "curated",
    review: { state: "accepted", reviewer: null, at: null },
    recorded: { from: recordedFrom, to: null },
  };
}

const membership = (
  state: string,
  org: string,
  change: MembershipClaim["change"],
  date: string | null,
): MembershipClaim => ({ kind: "membership", state, org, change, date });

const event = (date: string | null): Claim => ({
  kind: "event",
  type: "CONSULT",
  source: "UZB",
  target: "RUS",
  date,
});

const prefer = (claim: StoredClaim, recordedAt: string): Preference => ({
  claimId: claim.id,
  analyst: "analyst",
  recordedAt,
  note: null,
});
const preferences = (...ps: Preference[]) => new Map(ps.map((p) => [p.claimId, p]));

const ids = (claims: readonly StoredClaim[]) => claims.map((c) => c.id).sort();

describe("reconcile", () => {
  it("makes one fact of two sources agreeing on a change at compatible dates, dated by the more precise", () => {
    const month = stored(membership("UZB", "CSTO", "join", "2006-08"), "article");
    const day = stored(membership("UZB", "CSTO", "rejoin", "2006-08-16"), "record");
    const facts = reconcile([month, day], sources);
    assert.equal(facts.length, 1);
    const [fact] = facts as [Fact];
    assert.equal(fact.kind, "membership");
    assert.equal(fact.conflict, false);
    assert.equal(fact.readings.length, 1);
    assert.equal(fact.chosen.date?.text, "2006-08-16");
    assert.deepEqual(ids(fact.chosen.claims), ids([month, day]));
    assert.equal(fact.preference, null);
  });

  describe("Uzbekistan's suspension from EurAsEC: 2008-11-12 by the record, 2011-10 by an article", () => {
    const record = stored(membership("UZB", "EURASEC", "suspend", "2008-11-12"), "record");
    const article = stored(membership("UZB", "EURASEC", "suspend", "2011-10"), "article");

    it("is one fact in conflict, with a reading for each date", () => {
      const facts = reconcile([record, article], sources);
      assert.equal(facts.length, 1);
      const [fact] = facts as [Fact];
      assert.equal(fact.conflict, true);
      assert.deepEqual(fact.readings.map((r) => r.date?.text).sort(), ["2008-11-12", "2011-10"]);
      assert.deepEqual(ids(fact.claims), ids([record, article]));
    });

    it("follows the reference source over the secondary one by default", () => {
      const [fact] = reconcile([article, record], sources) as [Fact];
      assert.equal(fact.chosen.date?.text, "2008-11-12");
      assert.deepEqual(ids(fact.chosen.claims), [record.id]);
      assert.equal(fact.preference, null);
      assert.equal(representative(fact, sources), record);
    });

    it("follows the article when an analyst prefers it, and says so", () => {
      const p = prefer(article, "2025-03-01T10:00:00.000Z");
      const [fact] = reconcile([record, article], sources, preferences(p)) as [Fact];
      assert.equal(fact.conflict, true);
      assert.equal(fact.chosen.date?.text, "2011-10");
      assert.deepEqual(ids(fact.chosen.claims), [article.id]);
      assert.equal(fact.preference, p);
    });

    it("follows the most recent of two preferences", () => {
      const older = "2025-03-01T10:00:00.000Z";
      const newer = "2025-04-01T10:00:00.000Z";

      const articleLater = preferences(prefer(record, older), prefer(article, newer));
      const [a] = reconcile([record, article], sources, articleLater) as [Fact];
      assert.equal(a.chosen.date?.text, "2011-10");
      assert.equal(a.preference?.claimId, article.id);

      const recordLater = preferences(prefer(article, older), prefer(record, newer));
      const [b] = reconcile([record, article], sources, recordLater) as [Fact];
      assert.equal(b.chosen.date?.text, "2008-11-12");
      assert.equal(b.preference?.claimId, record.id);
    });

    it("ignores a preference for a claim outside the fact", () => {
      const other = stored(membership("KAZ", "EURASEC", "join", "2000-10-10"), "article");
      const facts = reconcile(
        [record, article, other],
        sources,
        preferences(prefer(other, "2025-01-01T00:00:00Z")),
      );
      const suspension = facts.find((f) => f.claims.includes(record));
      assert.equal(suspension?.chosen.date?.text, "2008-11-12");
      assert.equal(suspension?.preference, null);
    });
  });

  it("prefers a primary source to a reference one, and a precise date among equally reliable sources", () => {
    const treaty = stored(membership("UZB", "CSTO", "withdraw", "2012"), "treaty");
    const record = stored(membership("UZB", "CSTO", "withdraw", "2013-05-01"), "record");
    assert.equal((reconcile([record, treaty], sources)[0] as Fact).chosen.date?.text, "2012");

    const year = stored(membership("UZB", "CSTO", "withdraw", "2012"), "article");
    const day = stored(membership("UZB", "CSTO", "withdraw", "2013-05-01"), "wire");
    assert.equal((reconcile([year, day], sources)[0] as Fact).chosen.date?.text, "2013-05-01");
  });

  it("makes two facts, not a conflict, of a recurring event at two incompatible dates", () => {
    const first = stored(event("2005-05-10"), "article");
    const second = stored(event("2007-11-02"), "article");
    const facts = reconcile([second, first], sources);
    assert.equal(facts.length, 2);
    assert.deepEqual(
      facts.map((f) => [f.kind, f.conflict, f.chosen.date?.text]),
      [
        ["event", false, "2005-05-10"],
        ["event", false, "2007-11-02"],
      ],
    );
    assert.notEqual(facts[0]?.key, facts[1]?.key);
  });

  it("makes one fact of an event two sources report at compatible dates", () => {
    const facts = reconcile(
      [stored(event("2005-05"), "article"), stored(event("2005-05-10"), "wire")],
      sources,
    );
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.chosen.date?.text, "2005-05-10");
  });

  it("makes three facts of join, withdraw and join again, none in conflict", () => {
    const join = stored(membership("UZB", "CSTO", "join", "1992-05-15"), "record");
    const withdraw = stored(membership("UZB", "CSTO", "withdraw", "1999-04-02"), "record");
    const rejoin = stored(membership("UZB", "CSTO", "join", "2006-08-16"), "record");
    const facts = reconcile([rejoin, join, withdraw], sources);
    assert.equal(facts.length, 3);
    assert.deepEqual(
      facts.map((f) => [f.chosen.date?.text, f.conflict, ids(f.claims)]),
      [
        ["1992-05-15", false, [join.id]],
        ["1999-04-02", false, [withdraw.id]],
        ["2006-08-16", false, [rejoin.id]],
      ],
    );
    assert.equal(new Set(facts.map((f) => f.key)).size, 3);
  });

  it("keeps different states' changes apart", () => {
    const facts = reconcile(
      [
        stored(membership("UZB", "CSTO", "join", "2006-08-16"), "record"),
        stored(membership("KAZ", "CSTO", "join", "2006-08-16"), "record"),
      ],
      sources,
    );
    assert.equal(facts.length, 2);
    assert.ok(facts.every((f) => !f.conflict));
  });

  it("lets an undated claim support the only dated telling of its change", () => {
    const dated = stored(membership("UZB", "CSTO", "join", "1992-05-15"), "record");
    const undated = stored(membership("UZB", "CSTO", "join", null), "article");
    const facts = reconcile([undated, dated], sources);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.chosen.date?.text, "1992-05-15");
    assert.deepEqual(ids(facts[0]?.claims ?? []), ids([dated, undated]));
  });

  describe("does not depend on the order of its input", () => {
    const DATES = ["2006", "2006-08", "2006-08-16", "2008-11-12", "2011-10", "2012", null] as const;
    const claimArb = fc.oneof(
      fc
        .record({
          state: fc.constantFrom("UZB", "KAZ"),
          org: fc.constantFrom("CSTO", "EURASEC"),
          change: fc.constantFrom<MembershipClaim["change"]>(
            "join",
            "rejoin",
            "withdraw",
            "suspend",
            "apply",
          ),
          date: fc.constantFrom(...DATES),
        })
        .map(({ state, org, change, date }): Claim => membership(state, org, change, date)),
      fc
        .record({ type: fc.constantFrom("CONSULT", "AGREE"), date: fc.constantFrom(...DATES) })
        .map(({ type, date }): Claim => ({ kind: "event", type, source: "UZB", target: "RUS", date })),
      fc
        .record({ change: fc.constantFrom("found", "dissolve"), date: fc.constantFrom(...DATES) })
        .map(({ change, date }): Claim => ({ kind: "org", org: "EURASEC", change, date })),
    );
    const storedArb = fc
      .record({
        claim: claimArb,
        source: fc.constantFrom(...Object.keys(SOURCES)),
        recorded: fc.integer({ min: 1, max: 28 }),
        preferredOn: fc.option(fc.integer({ min: 1, max: 28 }), { freq: 4 }),
      })
      .map(({ claim, source, recorded, preferredOn }) => ({
        claim: stored(claim, source, `2024-02-${String(recorded).padStart(2, "0")}T00:00:00.000Z`),
        preferredOn,
      }));
    const inputs = fc
      .uniqueArray(storedArb, { selector: (x) => x.claim.id, maxLength: 14 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );

    /** What a fact says, independent of the order claims are listed in. */
    const summary = (facts: readonly Fact[]) =>
      facts.map((f) => ({
        key: f.key,
        kind: f.kind,
        conflict: f.conflict,
        date: f.chosen.date?.text ?? null,
        chosen: ids(f.chosen.claims),
        claims: ids(f.claims),
        readings: f.readings.map((r) => ids(r.claims).join(",")).sort(),
        preference: f.preference?.claimId ?? null,
      }));

    it("gives the same facts, in the same order, for any permutation of the claims", () => {
      fc.assert(
        fc.property(inputs, ([list, shuffled]) => {
          const prefs = new Map<string, Preference>();
          for (const { claim, preferredOn } of list) {
            if (preferredOn !== null) {
              const day = String(preferredOn).padStart(2, "0");
              prefs.set(claim.id, prefer(claim, `2025-01-${day}T00:00:00.000Z`));
            }
          }
          const a = reconcile(
            list.map((x) => x.claim),
            sources,
            prefs,
          );
          const b = reconcile(
            shuffled.map((x) => x.claim),
            sources,
            prefs,
          );
          assert.deepEqual(summary(b), summary(a));
        }),
      );
    });

    it("gives undated claims of a change that recurs the same facts whichever is listed first", () => {
      const dated = [
        stored(membership("UZB", "CSTO", "join", "1992-05-15"), "record"),
        stored(membership("UZB", "CSTO", "withdraw", "1999-04-02"), "record"),
        stored(membership("UZB", "CSTO", "join", "2006-08-16"), "record"),
      ];
      const x = stored(membership("UZB", "CSTO", "join", null), "article");
      const y = stored(membership("UZB", "CSTO", "join", null), "wire");
      const a = reconcile([...dated, x, y], sources);
      const b = reconcile([...dated, y, x], sources);
      assert.deepEqual(summary(b), summary(a));
    });

    it("puts every claim in exactly one fact", () => {
      fc.assert(
        fc.property(inputs, ([list]) => {
          const facts = reconcile(
            list.map((x) => x.claim),
            sources,
          );
          const all = facts.flatMap((f) => f.claims.map((c) => c.id)).sort();
          assert.deepEqual(all, ids(list.map((x) => x.claim)));
        }),
      );
    });
  });
});
