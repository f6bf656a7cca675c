import type { Kysely } from "kysely";

/**
 * States that no longer exist keep when they ended and who carried on their seat (JSON:
 * `{on, successor, seat}`), so that a reader knows "Moscow" in 1990 is the Soviet Union.
 * Null for every living state and for every other actor.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("actors").addColumn("ended", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("actors").dropColumn("ended").execute();
}
