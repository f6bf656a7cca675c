import { join } from "node:path";
import Database from "better-sqlite3";
import { partialDate } from "../../src/domain/partial-date.js";
import type { StoredClaim } from "../../src/domain/provenance.js";
import { membersAt, membershipHistories } from "../../src/knowledge/membership-history.js";
import { reconcile } from "../../src/knowledge/reconcile.js";
import { readDataDir } from "../../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../../src/services/open-knowledge-base.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { type BenchContext, type Result, rate } from "../kit.js";

/** Store writes against bare better-sqlite3; members at a date, indexed against a full scan. */
export async function storeBench(ctx: BenchContext): Promise<Result[]> {
  const { dir, now, files } = ctx;
  const results: Result[] = [];
  // 1. Writing claims through the store (one transaction, batched, with the actor index),
  //    against bare better-sqlite3 inserting the same claims as JSON into one table in one
  //    transaction: the floor any store on SQLite can reach. Parsing the YAML is not timed.
  let loads = 0;
  const loadRate = await rate(async () => {
    const store = await openSqliteStore(join(dir, `load-${loads++}.sqlite`));
    await store.putSources(ctx.data.sources);
    await store.transaction((tx) => tx.addClaims(ctx.claims));
    await store.close();
  });
  let raws = 0;
  const rawRate = await rate(() => {
    const db = new Database(join(dir, `raw-${raws++}.sqlite`));
    db.pragma("journal_mode = WAL");
    db.exec("create table claims (id text primary key, payload text)");
    const insert = db.prepare("insert into claims values (?, ?)");
    db.transaction((rows: readonly StoredClaim[]) => {
      for (const c of rows) insert.run(c.id, JSON.stringify(c.claim));
    })(ctx.claims);
    db.close();
  });
  // The whole `load` (read, parse and validate the YAML, then write), for the record.
  let fulls = 0;
  const fullRate = await rate(async () => {
    const store = await openSqliteStore(join(dir, `full-${fulls++}.sqlite`));
    await loadCuratedData(store, BUNDLED_DATA, readDataDir(BUNDLED_DATA), now);
    await store.close();
  });
  const loadValue = Math.round(loadRate * ctx.claims.length);
  const rawValue = Math.round(rawRate * ctx.claims.length);
  results.push({
    name: "store writes (claims/s, SQLite)",
    value: loadValue,
    unit: "claims/s",
    baseline: { name: "bare better-sqlite3 inserts", value: rawValue },
    ratio: Number((loadValue / rawValue).toFixed(2)),
    note: `${ctx.claims.length} claims per run (whole load with YAML parsing: ${Math.round(fullRate * ctx.claims.length)} claims/s)`,
  });

  // 2. "Members at a date" through the indexed store and the service, against the same
  //    answer computed by reading every claim and filtering in memory (a full scan).
  const store = await openSqliteStore(join(dir, "query.sqlite"));
  await loadCuratedData(store, BUNDLED_DATA, files, now);
  const service = await KnowledgeService.open(store);
  const at = partialDate("2012-07-01");
  const indexed = await rate(() => service.members("CSTO", at));
  const sources = new Map(ctx.data.sources.map((s) => [s.id, s]));
  const scan = await rate(async () => {
    const all = (await store.allClaims()).filter(
      (c) => (c.claim.kind === "membership" || c.claim.kind === "org") && c.claim.org === "CSTO",
    );
    return membersAt(
      membershipHistories(
        reconcile(all, (id) => sources.get(id)),
        "CSTO",
      ),
      at,
    );
  });
  results.push({
    name: "members at a date (queries/s)",
    value: Math.round(indexed),
    unit: "queries/s",
    baseline: { name: "full scan of all claims", value: Math.round(scan) },
    ratio: Number((indexed / scan).toFixed(2)),
  });
  await store.close();

  return results;
}
