import { type Kysely, sql } from "kysely";

/**
 * API tokens: only the SHA-256 of each secret is kept, so a copy of the database gives
 * no one the right to write. A revoked token stays (with the time it was revoked), so
 * the records it made can still be traced to it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  // One live token per name: a record names its writer unambiguously.
  await db.schema
    .createIndex("tokens_live_name")
    .on("tokens")
    .column("name")
    .unique()
    .where(sql.ref("revoked_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("tokens").execute();
}
