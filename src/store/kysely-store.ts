import type { Kysely, Selectable } from "kysely";
import { Claim, claimActors } from "../domain/claim.js";
import { partialDate } from "../domain/partial-date.js";
import type { Origin, ReviewState, Source, StoredClaim } from "../domain/provenance.js";
import type { Actor, ActorKind, Ended } from "../knowledge/actor-registry.js";
import type { Preference } from "../knowledge/reconcile.js";
import type { ClaimsTable, Database, DocumentsTable, SourcesTable, TokensTable } from "./schema.js";
import type {
  DocumentSummary,
  Scenario,
  ScenarioSummary,
  Store,
  StoredDocument,
  StoredToken,
} from "./store.js";

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 200;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function claimRow(c: StoredClaim): Omit<ClaimsTable, "row_id"> {
  const date = c.claim.date === null ? null : partialDate(c.claim.date);
  const org = c.claim.kind === "membership" || c.claim.kind === "org" ? c.claim.org : null;
  return {
    id: c.id,
    kind: c.claim.kind,
    payload: JSON.stringify(c.claim),
    date: c.claim.date,
    date_first: date?.first ?? null,
    date_last: date?.last ?? null,
    org,
    source_id: c.sourceId,
    span_start: c.span?.[0] ?? null,
    span_end: c.span?.[1] ?? null,
    note: c.note,
    origin: c.origin,
    review_state: c.review.state,
    reviewer: c.review.reviewer,
    reviewed_at: c.review.at,
    recorded_from: c.recorded.from,
    recorded_to: c.recorded.to,
    confidence: c.confidence ?? null,
  };
}

function rowSource(r: Selectable<SourcesTable>): Source {
  return {
    id: r.id,
    title: r.title,
    reliability: r.reliability as Source["reliability"],
    ...(r.publisher === null ? {} : { publisher: r.publisher }),
    ...(r.author === null ? {} : { author: r.author }),
    published: r.published,
    ...(r.url === null ? {} : { url: r.url }),
    document: r.document === 1,
  };
}

function rowToken(r: Selectable<TokensTable>): StoredToken {
  return { id: r.id, name: r.name, hash: r.hash, createdAt: r.created_at, revokedAt: r.revoked_at };
}

function rowDocument(r: Omit<Selectable<DocumentsTable>, "text">): Omit<StoredDocument, "text"> {
  return {
    id: r.id,
    hash: r.hash,
    name: r.name,
    title: r.title,
    format: r.format as StoredDocument["format"],
    published: r.published,
    ingestedAt: r.ingested_at,
    ingestedBy: r.ingested_by,
  };
}

function rowClaim(r: Selectable<ClaimsTable>): StoredClaim {
  return {
    id: r.id,
    claim: Claim.parse(JSON.parse(r.payload)),
    sourceId: r.source_id,
    span: r.span_start === null || r.span_end === null ? null : [r.span_start, r.span_end],
    note: r.note,
    origin: r.origin as Origin,
    review: { state: r.review_state as ReviewState, reviewer: r.reviewer, at: r.reviewed_at },
    recorded: { from: r.recorded_from, to: r.recorded_to },
    ...(r.confidence === null ? {} : { confidence: r.confidence }),
  };
}

/**
 * The store over any Kysely dialect. Dialect folders (sqlite/, later postgres/) open the
 * connection and hand it here; the queries are the same.
 */
export class KyselyStore implements Store {
  constructor(
    protected readonly db: Kysely<Database>,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((trx) => fn(new KyselyStore(trx)));
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  async putSources(sources: readonly Source[]): Promise<void> {
    for (const batch of chunks(sources)) {
      await this.db
        .insertInto("sources")
        .values(
          batch.map((s) => ({
            id: s.id,
            title: s.title,
            publisher: s.publisher ?? null,
            author: s.author ?? null,
            published: s.published ?? null,
            url: s.url ?? null,
            reliability: s.reliability,
            document: s.document ? 1 : 0,
          })),
        )
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            title: eb.ref("excluded.title"),
            publisher: eb.ref("excluded.publisher"),
            author: eb.ref("excluded.author"),
            published: eb.ref("excluded.published"),
            url: eb.ref("excluded.url"),
            reliability: eb.ref("excluded.reliability"),
            document: eb.ref("excluded.document"),
          })),
        )
        .execute();
    }
  }

  async source(id: string): Promise<Source | undefined> {
    const row = await this.db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? rowSource(row) : undefined;
  }

  async sources(): Promise<Source[]> {
    const rows = await this.db.selectFrom("sources").selectAll().orderBy("id").execute();
    return rows.map(rowSource);
  }

  async putActors(actors: readonly Actor[]): Promise<void> {
    await this.db.deleteFrom("actors").execute();
    for (const batch of chunks(actors)) {
      await this.db
        .insertInto("actors")
        .values(
          batch.map((a) => ({
            id: a.id,
            kind: a.kind,
            name: a.name,
            aliases: JSON.stringify(a.aliases),
            iso_numeric: a.isoNumeric ?? null,
            ended: a.ended === undefined ? null : JSON.stringify(a.ended),
          })),
        )
        .execute();
    }
  }

  async actors(): Promise<Actor[]> {
    const rows = await this.db.selectFrom("actors").selectAll().orderBy("id").execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as ActorKind,
      name: r.name,
      aliases: JSON.parse(r.aliases) as string[],
      ...(r.iso_numeric === null ? {} : { isoNumeric: r.iso_numeric }),
      ...(r.ended === null ? {} : { ended: JSON.parse(r.ended) as Ended }),
    }));
  }

  async addClaims(claims: readonly StoredClaim[]): Promise<number> {
    let added = 0;
    for (const batch of chunks(claims)) {
      const held = new Set(
        (
          await this.db
            .selectFrom("claims")
            .select("id")
            .where(
              "id",
              "in",
              batch.map((c) => c.id),
            )
            .where("recorded_to", "is", null)
            .execute()
        ).map((r) => r.id),
      );
      const fresh = batch.filter((c, i) => !held.has(c.id) && batch.findIndex((d) => d.id === c.id) === i);
      if (fresh.length === 0) continue;
      const rows = await this.db
        .insertInto("claims")
        .values(fresh.map(claimRow))
        .returning(["row_id", "id"])
        .execute();
      const rowOf = new Map(rows.map((r) => [r.id, r.row_id]));
      const links = fresh.flatMap((c) => {
        const row = rowOf.get(c.id) as number;
        const seen = new Set<string>();
        return claimActors(c.claim).flatMap(({ actor, role }) => {
          const key = `${actor}|${role}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ claim_row: row, actor, role }];
        });
      });
      for (const linkBatch of chunks(links))
        await this.db.insertInto("claim_actors").values(linkBatch).execute();
      added += fresh.length;
    }
    return added;
  }

  async retractClaims(ids: readonly string[], at: string): Promise<number> {
    let n = 0;
    for (const batch of chunks(ids)) {
      const r = await this.db
        .updateTable("claims")
        .set({ recorded_to: at })
        .where("id", "in", batch)
        .where("recorded_to", "is", null)
        .executeTakeFirst();
      n += Number(r.numUpdatedRows);
    }
    return n;
  }

  async claim(id: string): Promise<StoredClaim | undefined> {
    const row = await this.db
      .selectFrom("claims")
      .selectAll()
      .where("id", "=", id)
      .orderBy("row_id", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? rowClaim(row) : undefined;
  }

  /** The queries behind the indexed lookups, exposed so tests can check their plans. */
  readonly queries = {
    claimsAboutOrg: (org: string) =>
      this.db.selectFrom("claims").selectAll().where("org", "=", org).orderBy("row_id"),
    claimsNaming: (actor: string) =>
      this.db
        .selectFrom("claims")
        .selectAll("claims")
        .where(
          "row_id",
          "in",
          this.db.selectFrom("claim_actors").select("claim_row").where("actor", "=", actor),
        )
        .orderBy("row_id"),
  };

  async claimsAboutOrg(org: string): Promise<StoredClaim[]> {
    return (await this.queries.claimsAboutOrg(org).execute()).map(rowClaim);
  }

  async claimsNaming(actor: string): Promise<StoredClaim[]> {
    return (await this.queries.claimsNaming(actor).execute()).map(rowClaim);
  }

  async allClaims(
    filter: { kinds?: readonly string[]; origin?: Origin; reviewStates?: readonly ReviewState[] } = {},
  ): Promise<StoredClaim[]> {
    let q = this.db.selectFrom("claims").selectAll();
    if (filter.kinds && filter.kinds.length > 0) q = q.where("kind", "in", [...filter.kinds]);
    if (filter.origin) q = q.where("origin", "=", filter.origin);
    if (filter.reviewStates && filter.reviewStates.length > 0)
      q = q.where("review_state", "in", [...filter.reviewStates]);
    return (await q.orderBy("row_id").execute()).map(rowClaim);
  }

  async claimsFromSource(sourceId: string): Promise<StoredClaim[]> {
    const rows = await this.db
      .selectFrom("claims")
      .selectAll()
      .where("source_id", "=", sourceId)
      .orderBy("row_id")
      .execute();
    return rows.map(rowClaim);
  }

  async addPreference(p: Preference): Promise<void> {
    await this.db
      .insertInto("preferences")
      .values({ claim_id: p.claimId, analyst: p.analyst, recorded_at: p.recordedAt, note: p.note })
      .execute();
  }

  async preferences(): Promise<Preference[]> {
    const rows = await this.db.selectFrom("preferences").selectAll().orderBy("id").execute();
    return rows.map((r) => ({
      claimId: r.claim_id,
      analyst: r.analyst,
      recordedAt: r.recorded_at,
      note: r.note,
    }));
  }

  async createScenario(s: Scenario): Promise<void> {
    await this.transaction(async (tx) => {
      const db = (tx as KyselyStore).db;
      await db
        .insertInto("scenarios")
        .values({
          name: s.name,
          description: s.description,
          created_by: s.createdBy,
          created_at: s.createdAt,
        })
        .execute();
      const changes = [
        ...s.adds.map((c) => ({
          scenario: s.name,
          action: "add",
          claim_id: c.id,
          payload: JSON.stringify(c),
        })),
        ...s.retracts.map((id) => ({ scenario: s.name, action: "retract", claim_id: id, payload: null })),
      ];
      for (const batch of chunks(changes)) await db.insertInto("scenario_changes").values(batch).execute();
    });
  }

  async deleteScenario(name: string): Promise<boolean> {
    return this.transaction(async (tx) => {
      const db = (tx as KyselyStore).db;
      await db.deleteFrom("scenario_changes").where("scenario", "=", name).execute();
      const r = await db.deleteFrom("scenarios").where("name", "=", name).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    });
  }

  async scenarios(): Promise<ScenarioSummary[]> {
    const rows = await this.db.selectFrom("scenarios").selectAll().orderBy("name").execute();
    return rows.map((r) => ({
      name: r.name,
      description: r.description,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }

  async scenario(name: string): Promise<Scenario | undefined> {
    const row = await this.db.selectFrom("scenarios").selectAll().where("name", "=", name).executeTakeFirst();
    if (!row) return undefined;
    const changes = await this.db
      .selectFrom("scenario_changes")
      .selectAll()
      .where("scenario", "=", name)
      .orderBy("id")
      .execute();
    return {
      name: row.name,
      description: row.description,
      createdBy: row.created_by,
      createdAt: row.created_at,
      adds: changes
        .filter((c) => c.action === "add")
        .map((c) => JSON.parse(c.payload ?? "null") as StoredClaim),
      retracts: changes.filter((c) => c.action === "retract").map((c) => c.claim_id),
    };
  }

  async meta(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst();
    return row?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.db
      .insertInto("meta")
      .values({ key, value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
  }

  async createToken(t: StoredToken): Promise<void> {
    await this.db
      .insertInto("tokens")
      .values({ id: t.id, name: t.name, hash: t.hash, created_at: t.createdAt, revoked_at: t.revokedAt })
      .execute();
  }

  async tokens(): Promise<StoredToken[]> {
    const rows = await this.db.selectFrom("tokens").selectAll().orderBy("created_at").orderBy("id").execute();
    return rows.map(rowToken);
  }

  async revokeToken(id: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable("tokens")
      .set({ revoked_at: at })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async tokenByHash(hash: string): Promise<StoredToken | undefined> {
    const row = await this.db.selectFrom("tokens").selectAll().where("hash", "=", hash).executeTakeFirst();
    return row ? rowToken(row) : undefined;
  }

  async putDocument(d: StoredDocument): Promise<void> {
    await this.db
      .insertInto("documents")
      .values({
        id: d.id,
        hash: d.hash,
        name: d.name,
        title: d.title,
        format: d.format,
        published: d.published,
        text: d.text,
        ingested_at: d.ingestedAt,
        ingested_by: d.ingestedBy,
      })
      .execute();
  }

  async document(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? { ...rowDocument(row), text: row.text } : undefined;
  }

  private summaries() {
    return this.db
      .selectFrom("documents")
      .select(["id", "hash", "name", "title", "format", "published", "ingested_at", "ingested_by"])
      .select((eb) => eb.fn<number>("length", ["text"]).as("length"));
  }

  async documentByHash(hash: string): Promise<DocumentSummary | undefined> {
    const row = await this.summaries().where("hash", "=", hash).executeTakeFirst();
    return row ? { ...rowDocument(row), length: Number(row.length) } : undefined;
  }

  async documents(): Promise<DocumentSummary[]> {
    const rows = await this.summaries().orderBy("ingested_at", "desc").orderBy("id").execute();
    return rows.map((r) => ({ ...rowDocument(r), length: Number(r.length) }));
  }
}
