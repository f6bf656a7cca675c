import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../src/domain/claim.js";
import { claimId, heldAsOf, type Source, type StoredClaim } from "../../src/domain/provenance.js";
import { ProblemError } from "../../src/domain/result.js";
import type { Actor } from "../../src/knowledge/actor-registry.js";
import type { Store, StoredDocument } from "../../src/store/store.js";

/**
 * The store's contract: what every implementation of `Store` must do, written once as a
 * function of an opener and run against each real database (sqlite.test.ts,
 * postgres.test.ts). `openFresh` gives a new, empty, migrated store for each test.
 */
export type OpenFreshStore = () => Promise<Store>;

interface TestContext {
  after: (fn: () => void | Promise<void>) => void;
}

const SOURCE: Source = { id: "s1", title: "A source", reliability: "reference" };
const T0 = "2020-01-01T00:00:00.000Z";

function stored(claim: Claim, extra: Partial<StoredClaim> = {}): StoredClaim {
  return {
    id: claimId(claim, extra.sourceId ?? SOURCE.id, extra.span ?? null),
    claim,
    sourceId: SOURCE.id,
    span: null,
    note: null,
    origin: "curated",
    review: { state: "accepted", reviewer: "curator", at: T0 },
    recorded: { from: T0, to: null },
    ...extra,
  };
}

const join1 = stored({ kind: "membership", state: "UZB", org: "CSTO", change: "join", date: "2006-08" });
const suspend1 = stored({
  kind: "membership",
  state: "UZB",
  org: "CSTO",
  change: "suspend",
  date: "2012-06-28",
});
const visit = stored({ kind: "event", type: "CONSULT", source: "USA", target: "UZB", date: "2011-10-23" });

/** Does the promise fail with a normalized store error of this kind? */
async function rejectsWithKind(p: Promise<unknown>, kind: string, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof ProblemError, `expected a ProblemError, got ${String(e)}`);
    assert.equal(e.problem.code, code);
    assert.deepEqual(e.problem.data, { kind });
    return true;
  });
}

export function storeContract(name: string, openFresh: OpenFreshStore): void {
  async function fresh(t: TestContext): Promise<Store> {
    const store = await openFresh();
    t.after(() => store.close());
    await store.putSources([SOURCE]);
    return store;
  }

  describe(`${name} store (contract)`, () => {
    it("adds a claim once however often it is added", async (t) => {
      const store = await fresh(t);
      assert.equal(await store.addClaims([join1, suspend1, join1]), 2);
      assert.equal(await store.addClaims([join1, suspend1]), 0);
      assert.equal((await store.allClaims()).length, 2);
    });

    it("gives back the claim it was given, field for field, with spans, notes, review and unicode", async (t) => {
      const store = await fresh(t);
      const doc: Source = {
        id: "doc-1",
        title: "Тараз Ўзбекистон — «report»",
        reliability: "secondary",
        document: true,
      };
      await store.putSources([doc]);
      const rich = stored(
        { kind: "event", type: "COOPERATE", source: "UZB", target: "CHN", date: "2005", end: "2006-03" },
        {
          sourceId: doc.id,
          span: [12, 345],
          note: "reads “jointly” as cooperation; ü",
          origin: "extracted",
          review: { state: "corrected", reviewer: "jdoe", at: "2021-02-03T04:05:06.789Z" },
          recorded: { from: "2021-01-01T00:00:00.000Z", to: null },
          confidence: 0.625,
        },
      );
      await store.addClaims([visit, rich]);
      assert.deepEqual(await store.claim(visit.id), visit);
      assert.deepEqual(await store.claim(rich.id), rich);
      assert.equal(await store.claim("c-nothing"), undefined);
    });

    it("finds claims by organization and by any actor they name", async (t) => {
      const store = await fresh(t);
      await store.addClaims([join1, suspend1, visit]);
      assert.deepEqual(
        (await store.claimsAboutOrg("CSTO")).map((c) => c.id),
        [join1.id, suspend1.id],
      );
      assert.deepEqual(
        (await store.claimsNaming("USA")).map((c) => c.id),
        [visit.id],
      );
      assert.equal((await store.claimsNaming("UZB")).length, 3);
      assert.deepEqual(await store.claimsNaming("FRA"), []);
    });

    it("lists every claim in the order it was added, filtered by kind, origin and review state", async (t) => {
      const store = await fresh(t);
      const candidate = stored(
        { kind: "membership", state: "KAZ", org: "SCO", change: "join", date: "2001-06-15" },
        { origin: "extracted", review: { state: "candidate", reviewer: null, at: null } },
      );
      await store.addClaims([visit, join1, candidate]);
      assert.deepEqual(
        (await store.allClaims()).map((c) => c.id),
        [visit.id, join1.id, candidate.id],
      );
      assert.deepEqual(
        (await store.allClaims({ kinds: ["membership"] })).map((c) => c.id),
        [join1.id, candidate.id],
      );
      assert.deepEqual(
        (await store.allClaims({ origin: "extracted" })).map((c) => c.id),
        [candidate.id],
      );
      assert.deepEqual(
        (await store.allClaims({ reviewStates: ["candidate"] })).map((c) => c.id),
        [candidate.id],
      );
      assert.deepEqual(
        (await store.claimsFromSource(SOURCE.id)).map((c) => c.id),
        [visit.id, join1.id, candidate.id],
      );
    });

    it("adds and finds claims in batches larger than one insert", async (t) => {
      const store = await fresh(t);
      const many = Array.from({ length: 450 }, (_, i) =>
        stored({ kind: "event", type: "CONSULT", source: "RUS", target: "KAZ", date: `${1000 + i}` }),
      );
      assert.equal(await store.addClaims(many), 450);
      assert.equal((await store.claimsNaming("KAZ")).length, 450);
      assert.equal(
        await store.retractClaims(
          many.map((c) => c.id),
          "2022-01-01T00:00:00.000Z",
        ),
        450,
      );
      assert.equal((await store.allClaims()).filter((c) => heldAsOf(c, null)).length, 0);
    });

    it("keeps a retracted claim for as-of questions, and can hold it again later", async (t) => {
      const store = await fresh(t);
      await store.addClaims([join1]);
      assert.equal(await store.retractClaims([join1.id], "2021-01-01T00:00:00.000Z"), 1);
      assert.equal(await store.retractClaims([join1.id], "2021-01-02T00:00:00.000Z"), 0, "only held claims");
      const retracted = await store.claim(join1.id);
      assert.ok(retracted);
      assert.equal(retracted.recorded.to, "2021-01-01T00:00:00.000Z");
      assert.equal(heldAsOf(retracted, null), false);
      assert.equal(heldAsOf(retracted, "2020-06-01"), true);
      assert.equal(await store.addClaims([join1]), 1);
      assert.equal((await store.allClaims()).length, 2, "both versions are kept");
      assert.equal((await store.claim(join1.id))?.recorded.to, null, "the current version is the held one");
    });

    it("writes all of a transaction or none of it", async (t) => {
      const store = await fresh(t);
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.addClaims([join1]);
          await tx.setMeta("k", "lost");
          throw new Error("fails half-way");
        }),
        /fails half-way/,
      );
      assert.deepEqual(await store.allClaims(), []);
      assert.equal(await store.meta("k"), undefined);
      await store.transaction(async (tx) => {
        await tx.addClaims([join1]);
        await tx.transaction(async (inner) => inner.setMeta("k", "v"));
      });
      assert.equal((await store.allClaims()).length, 1);
      assert.equal(await store.meta("k"), "v");
    });

    it("refuses a claim citing a source it does not hold, as a foreign_key conflict", async (t) => {
      const store = await fresh(t);
      await rejectsWithKind(store.addClaims([{ ...join1, sourceId: "nowhere" }]), "foreign_key", "conflict");
      assert.deepEqual(await store.allClaims(), []);
    });

    it("keeps sources with their optional fields, and updates one stored again", async (t) => {
      const store = await fresh(t);
      const full: Source = {
        id: "wp-csto",
        title: "Collective Security Treaty Organization",
        publisher: "Wikipedia",
        author: "Editors",
        published: "2024-05",
        url: "https://example.org/csto",
        reliability: "reference",
        document: false,
      };
      await store.putSources([full]);
      await store.putSources([{ ...SOURCE, title: "A source, renamed", document: true }]);
      assert.deepEqual(await store.sources(), [
        { ...SOURCE, title: "A source, renamed", published: null, document: true },
        full,
      ]);
    });

    it("replaces the actors", async (t) => {
      const store = await fresh(t);
      const uzb: Actor = {
        id: "UZB",
        kind: "state",
        name: "Uzbekistan",
        aliases: ["Oʻzbekiston", "Tashkent"],
        isoNumeric: "860",
      };
      const csto: Actor = {
        id: "CSTO",
        kind: "organization",
        name: "Collective Security Treaty Organization",
        aliases: [],
      };
      await store.putActors([uzb, csto]);
      assert.deepEqual(await store.actors(), [csto, uzb]);
      await store.putActors([uzb]);
      assert.deepEqual(await store.actors(), [uzb]);
    });

    it("keeps when a state now gone ended, and who carried on its seat", async (t) => {
      const store = await fresh(t);
      const sun: Actor = {
        id: "SUN",
        kind: "state",
        name: "Soviet Union",
        aliases: ["USSR"],
        ended: { on: "1991-12-26", successor: "RUS", seat: ["Moscow", "Kremlin"] },
      };
      const csk: Actor = {
        id: "CSK",
        kind: "state",
        name: "Czechoslovakia",
        aliases: [],
        ended: { on: "1993-01-01", successor: null, seat: [] },
      };
      await store.putActors([sun, csk]);
      assert.deepEqual(await store.actors(), [csk, sun]);
    });

    it("records preferences in order", async (t) => {
      const store = await fresh(t);
      const a = {
        claimId: join1.id,
        analyst: "jdoe",
        recordedAt: "2022-01-01T00:00:00.000Z",
        note: "treaty text",
      };
      const b = { claimId: visit.id, analyst: "asmith", recordedAt: "2022-01-02T00:00:00.000Z", note: null };
      await store.addPreference(a);
      await store.addPreference(b);
      assert.deepEqual(await store.preferences(), [a, b]);
    });

    it("creates, lists, reads and deletes scenarios; a second one of the same name is a unique conflict", async (t) => {
      const store = await fresh(t);
      const s = {
        name: "uzb-stays",
        description: "Uzbekistan never suspends",
        createdBy: "jdoe",
        createdAt: "2023-01-01T00:00:00.000Z",
        adds: [visit],
        retracts: [suspend1.id],
      };
      await store.createScenario(s);
      await store.createScenario({
        ...s,
        name: "another",
        description: null,
        adds: [],
        retracts: [join1.id],
      });
      assert.deepEqual(
        (await store.scenarios()).map((x) => x.name),
        ["another", "uzb-stays"],
      );
      assert.deepEqual(await store.scenario("uzb-stays"), s);
      await rejectsWithKind(store.createScenario(s), "unique", "conflict");
      assert.equal(await store.deleteScenario("uzb-stays"), true);
      assert.equal(await store.deleteScenario("uzb-stays"), false);
      assert.equal(await store.scenario("uzb-stays"), undefined);
    });

    it("keeps meta values, the last one written", async (t) => {
      const store = await fresh(t);
      assert.equal(await store.meta("data_hash"), undefined);
      await store.setMeta("data_hash", "a");
      await store.setMeta("data_hash", "b");
      assert.equal(await store.meta("data_hash"), "b");
    });

    it("keeps tokens: one live per name, found by hash, revoked once", async (t) => {
      const store = await fresh(t);
      const t1 = {
        id: "t1",
        name: "jdoe",
        hash: "h1",
        createdAt: "2024-01-01T00:00:00.000Z",
        revokedAt: null,
      };
      const t2 = {
        id: "t2",
        name: "asmith",
        hash: "h2",
        createdAt: "2024-01-02T00:00:00.000Z",
        revokedAt: null,
      };
      await store.createToken(t2);
      await store.createToken(t1);
      assert.deepEqual(await store.tokens(), [t1, t2]);
      await rejectsWithKind(store.createToken({ ...t1, id: "t3", hash: "h3" }), "unique", "conflict");
      await rejectsWithKind(store.createToken({ ...t1, id: "t4", name: "other" }), "unique", "conflict");
      assert.deepEqual(await store.tokenByHash("h2"), t2);
      assert.equal(await store.tokenByHash("nope"), undefined);
      assert.equal(await store.revokeToken("t1", "2024-02-01T00:00:00.000Z"), true);
      assert.equal(await store.revokeToken("t1", "2024-02-02T00:00:00.000Z"), false);
      assert.equal((await store.tokenByHash("h1"))?.revokedAt, "2024-02-01T00:00:00.000Z");
      await store.createToken({ ...t1, id: "t5", hash: "h5" }); // the name is free again
      assert.equal((await store.tokens()).length, 3);
    });

    it("keeps a document once per content hash, with its text, and lists them newest first", async (t) => {
      const store = await fresh(t);
      const text = "Tashkent, 16 August 2006. Uzbekistan rejoined the CSTO — «полностью».";
      const d1: StoredDocument = {
        id: "doc-a",
        hash: "a".repeat(64),
        name: "a.txt",
        title: "Rejoining",
        format: "text",
        published: "2006-08-16",
        text,
        ingestedAt: "2024-03-01T00:00:00.000Z",
        ingestedBy: "jdoe",
      };
      const d2: StoredDocument = {
        ...d1,
        id: "doc-b",
        hash: "b".repeat(64),
        name: "b.html",
        title: null,
        format: "html",
        published: null,
        text: "short",
        ingestedAt: "2024-03-02T00:00:00.000Z",
      };
      await store.putSources([
        { id: d1.id, title: "Rejoining", reliability: "secondary", document: true },
        { id: d2.id, title: "b.html", reliability: "secondary", document: true },
      ]);
      await store.putDocument(d1);
      await store.putDocument(d2);
      assert.deepEqual(await store.document("doc-a"), d1);
      assert.equal(await store.document("doc-z"), undefined);
      const { text: _t, ...summary } = d1;
      assert.deepEqual(await store.documentByHash(d1.hash), { ...summary, length: text.length });
      assert.equal(await store.documentByHash("c".repeat(64)), undefined);
      assert.deepEqual(
        (await store.documents()).map((d) => d.id),
        ["doc-b", "doc-a"],
      );
      await rejectsWithKind(store.putDocument({ ...d1, id: "doc-b" }), "unique", "conflict");
      await rejectsWithKind(
        store.putDocument({ ...d1, id: "doc-c", hash: "c".repeat(64) }),
        "foreign_key",
        "conflict",
      );
    });
  });
}
