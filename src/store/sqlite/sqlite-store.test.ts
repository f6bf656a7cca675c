import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Source } from "../../domain/provenance.js";
import { openSqliteStore, type SqliteStore } from "./sqlite-store.js";

/**
 * What only SQLite has: query plans, file paths, the schema an existing file was made
 * with. Everything every store must do is in test/contract/ (run on SQLite and PostgreSQL).
 */

const SOURCE: Source = { id: "s1", title: "A source", reliability: "reference" };

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

  it("keeps SQLite's own autoincrement keys, as databases made before PostgreSQL have them", async (t) => {
    const store = await freshStore(t);
    const sqlOf = (name: string) =>
      (store.sqlite.prepare("select sql from sqlite_master where name = ?").get(name) as { sql: string }).sql;
    assert.match(sqlOf("claims"), /^CREATE TABLE "claims" \("row_id" integer primary key autoincrement, /);
    assert.match(
      sqlOf("preferences"),
      /^CREATE TABLE "preferences" \("id" integer primary key autoincrement, /,
    );
    assert.match(
      sqlOf("scenario_changes"),
      /^CREATE TABLE "scenario_changes" \("id" integer primary key autoincrement, /,
    );
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
