import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Claim } from "../../domain/claim.js";
import { claimId, heldAsOf, type Source, type StoredClaim } from "../../domain/provenance.js";
import { openSqliteStore, type SqliteStore } from "./sqlite-store.js";

/** The store on a real SQLite file: no mocks. */

const SOURCE: Source = { id: "s1", title: "A source", reliability: "reference" };

function stored(claim: Claim, recordedFrom = "2020-01-01T00:00:00.000Z"): StoredClaim {
  return {
    id: claimId(claim, SOURCE.id, null),
    claim,
    sourceId: SOURCE.id,
    span: null,
    note: null,
    origin: "curated",
    review: { state: "accepted", reviewer: "curator", at: recordedFrom },
    recorded: { from: recordedFrom, to: null },
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

async function freshStore(t: { after: (fn: () => void | Promise<void>) => void }): Promise<SqliteStore> {
  const dir = mkdtempSync(join(tmpdir(), "heartland-store-"));
  const store = await openSqliteStore(join(dir, "kb.sqlite"));
  t.after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await store.putSources([SOURCE]);
  return store;
}

describe("SQLite store", () => {
  it("adds a claim once however often it is added", async (t) => {
    const store = await freshStore(t);
    assert.equal(await store.addClaims([join1, suspend1, join1]), 2);
    assert.equal(await store.addClaims([join1, suspend1]), 0);
    assert.equal((await store.allClaims()).length, 2);
  });

  it("gives back the claim it was given, field for field", async (t) => {
    const store = await freshStore(t);
    await store.addClaims([visit]);
    assert.deepEqual(await store.claim(visit.id), visit);
  });

  it("finds claims by organization and by any actor they name", async (t) => {
    const store = await freshStore(t);
    await store.addClaims([join1, suspend1, visit]);
    assert.deepEqual(
      (await store.claimsAboutOrg("CSTO")).map((c) => c.id).sort(),
      [join1.id, suspend1.id].sort(),
    );
    assert.deepEqual(
      (await store.claimsNaming("USA")).map((c) => c.id),
      [visit.id],
    );
    assert.equal((await store.claimsNaming("UZB")).length, 3);
    assert.deepEqual(await store.claimsNaming("FRA"), []);
  });

  it("keeps a retracted claim for as-of questions, and can hold it again later", async (t) => {
    const store = await freshStore(t);
    await store.addClaims([join1]);
    assert.equal(await store.retractClaims([join1.id], "2021-01-01T00:00:00.000Z"), 1);
    const retracted = await store.claim(join1.id);
    assert.ok(retracted);
    assert.equal(heldAsOf(retracted, null), false);
    assert.equal(heldAsOf(retracted, "2020-06-01"), true);
    assert.equal(await store.addClaims([join1]), 1);
    assert.equal((await store.allClaims()).length, 2, "both versions are kept");
  });

  it("writes all of a transaction or none of it", async (t) => {
    const store = await freshStore(t);
    await assert.rejects(
      store.transaction(async (tx) => {
        await tx.addClaims([join1]);
        throw new Error("fails half-way");
      }),
      /fails half-way/,
    );
    assert.deepEqual(await store.allClaims(), []);
    await store.transaction(async (tx) => {
      await tx.addClaims([join1]);
      await tx.setMeta("k", "v");
    });
    assert.equal((await store.allClaims()).length, 1);
    assert.equal(await store.meta("k"), "v");
  });

  it("refuses a claim citing a source it does not hold (foreign key)", async (t) => {
    const store = await freshStore(t);
    await assert.rejects(store.addClaims([{ ...join1, sourceId: "nowhere" }]), /FOREIGN KEY/);
  });

  it("answers members-at-date and timeline lookups from indexes, not full scans", async (t) => {
    const store = await freshStore(t);
    const plan = (q: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
      const { sql, parameters } = q.compile();
      return (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[])
        .map((r) => r.detail)
        .join("\n");
    };
    const byOrg = plan(store.queries.claimsAboutOrg("CSTO"));
    assert.match(byOrg, /USING INDEX claims_org_kind/);
    assert.doesNotMatch(byOrg, /SCAN claims(?! USING)/);
    const byActor = plan(store.queries.claimsNaming("UZB"));
    assert.match(byActor, /claim_actors_actor/);
    assert.doesNotMatch(byActor, /SCAN claims(?! USING)/);
  });

  it("names a path it cannot open", async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "heartland-store-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "not-a-directory");
    writeFileSync(file, "");
    await assert.rejects(
      openSqliteStore(join(file, "kb.sqlite")),
      /cannot open the database .*not-a-directory/,
    );
  });
});
