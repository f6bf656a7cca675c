import { type Kysely, sql } from "kysely";
import { autoKey } from "./portable.js";

/** The first schema: sources, actors, claims with provenance and recorded time, preferences. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("sources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("publisher", "text")
    .addColumn("author", "text")
    .addColumn("published", "text")
    .addColumn("url", "text")
    .addColumn("reliability", "text", (c) => c.notNull())
    .addColumn("document", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("actors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull())
    .addColumn("iso_numeric", "text")
    .execute();

  await db.schema
    .createTable("claims")
    .addColumn("row_id", "integer", autoKey(db))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("date_first", "integer")
    .addColumn("date_last", "integer")
    .addColumn("org", "text")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("span_start", "integer")
    .addColumn("span_end", "integer")
    .addColumn("note", "text")
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("review_state", "text", (c) => c.notNull())
    .addColumn("reviewer", "text")
    .addColumn("reviewed_at", "text")
    .addColumn("recorded_from", "text", (c) => c.notNull())
    .addColumn("recorded_to", "text")
    .execute();
  // At most one held version of a claim at a time.
  await db.schema
    .createIndex("claims_held_id")
    .on("claims")
    .column("id")
    .unique()
    .where(sql.ref("recorded_to"), "is", null)
    .execute();
  await db.schema.createIndex("claims_id").on("claims").column("id").execute();
  await db.schema.createIndex("claims_org_kind").on("claims").columns(["org", "kind"]).execute();
  await db.schema.createIndex("claims_kind_date").on("claims").columns(["kind", "date_first"]).execute();

  await db.schema
    .createTable("claim_actors")
    .addColumn("claim_row", "integer", (c) => c.notNull().references("claims.row_id").onDelete("cascade"))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("claim_actors_pk", ["claim_row", "actor", "role"])
    .execute();
  await db.schema
    .createIndex("claim_actors_actor")
    .on("claim_actors")
    .columns(["actor", "claim_row"])
    .execute();

  await db.schema
    .createTable("preferences")
    .addColumn("id", "integer", autoKey(db))
    .addColumn("claim_id", "text", (c) => c.notNull())
    .addColumn("analyst", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();

  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["meta", "preferences", "claim_actors", "claims", "actors", "sources"]) {
    await db.schema.dropTable(t).execute();
  }
}
