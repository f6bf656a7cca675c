import type { Kysely } from "kysely";
import { autoKey } from "./portable.js";

/**
 * Scenarios: named overlays of hypothetical claims added or base claims retracted. They
 * live in their own tables; the claims table is never written by a scenario.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("scenarios")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("description", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("scenario_changes")
    .addColumn("id", "integer", autoKey(db))
    .addColumn("scenario", "text", (c) => c.notNull().references("scenarios.name").onDelete("cascade"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("claim_id", "text", (c) => c.notNull())
    .addColumn("payload", "text")
    .execute();
  await db.schema
    .createIndex("scenario_changes_scenario")
    .on("scenario_changes")
    .column("scenario")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("scenario_changes").execute();
  await db.schema.dropTable("scenarios").execute();
}
