import type { Kysely } from "kysely";

/**
 * Documents read into the knowledge base (`heartland ingest`): the text its claims' spans
 * point into, kept once per content hash. Their candidate claims live in `claims` with
 * review state `candidate`, so review is a new version of a claim like any other change;
 * `confidence` is the reader's, kept for the review queue. Written for every dialect:
 * text keys, no autoincrement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey().references("sources.id"))
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("published", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .addColumn("ingested_by", "text", (c) => c.notNull())
    .execute();
  await db.schema.alterTable("claims").addColumn("confidence", "double precision").execute();
  await db.schema.createIndex("claims_source").on("claims").column("source_id").execute();
  await db.schema.createIndex("claims_review_state").on("claims").column("review_state").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("claims_review_state").execute();
  await db.schema.dropIndex("claims_source").execute();
  await db.schema.alterTable("claims").dropColumn("confidence").execute();
  await db.schema.dropTable("documents").execute();
}
