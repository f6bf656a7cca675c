import { createHash } from "node:crypto";
import type { Claim } from "../domain/claim.js";
import { dayText, type PartialDate, parsePartialDate } from "../domain/partial-date.js";
import { heldAsOf, type Source, type StoredClaim } from "../domain/provenance.js";
import { ProblemError, problem, type Result, unwrap } from "../domain/result.js";
import { type Actor, type ActorKind, ActorRegistry, worldStates } from "../knowledge/actor-registry.js";
import { curatedToStored, type DataFile, parseCuratedData } from "../knowledge/curated-data.js";
import { membersAt, membershipHistories, membershipPeriods } from "../knowledge/membership-history.js";
import {
  compareClaimsByDefaultPolicy,
  type Fact,
  type Preference,
  reconcile,
  representative,
} from "../knowledge/reconcile.js";
import { summarize } from "../knowledge/summary.js";
import type { Store } from "../store/store.js";

/**
 * The services every edge (CLI, API, web) calls: they read the store, ask the pure domain,
 * and shape answers as in shared/spec/cli.md. No rule of the world lives here.
 */

/** A source as answers cite it. */
export interface SourceRef {
  readonly claim: string;
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly span: readonly [number, number] | null;
}

export interface MemberEntry {
  readonly state: string;
  readonly name: string;
  readonly status: string;
  readonly since: string | null;
  readonly possible?: readonly (string | null)[];
  readonly sources: readonly SourceRef[];
}

export interface TimelineEntry {
  readonly date: string | null;
  readonly kind: string;
  readonly summary: string;
  readonly claim: Claim & { readonly id: string };
  readonly conflict: boolean;
  readonly sources: readonly SourceRef[];
}

export interface ConflictEntry {
  readonly key: string;
  readonly kind: string;
  readonly summary: string;
  readonly chosen: { readonly date: string | null; readonly claims: readonly string[] };
  readonly decidedBy: "analyst" | "default-policy";
  readonly preference: Preference | null;
  readonly readings: readonly {
    readonly date: string | null;
    readonly claims: readonly { readonly id: string; readonly claim: Claim; readonly cite: SourceRef }[];
  }[];
}

/** Options every read takes. */
export interface ReadOptions {
  /** Recorded date (YYYY-MM-DD): answer with what the knowledge base held then. */
  readonly asOf?: string | null;
}

export interface LoadReport {
  readonly dir: string;
  readonly claims: number;
  readonly added: number;
  readonly retracted: number;
  readonly unchanged: number;
  readonly sources: number;
  readonly actors: number;
}

/** Reads a date given by a person; a Problem names the value and the option. */
export function readDate(value: string, option: string): PartialDate {
  const r = parsePartialDate(value);
  if (!r.ok) throw new ProblemError({ ...r.error, message: `${option}: ${r.error.message}` });
  return r.value;
}

/** An as-of date as the last recorded day it covers ("2012" is as of 2012-12-31). */
export function readAsOf(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  return dayText(readDate(value, "--as-of").last);
}

export function hashDataFiles(files: readonly DataFile[]): string {
  const h = createHash("sha256");
  for (const f of files) h.update(f.path).update("\0").update(f.text).update("\0");
  return h.digest("hex");
}

/**
 * Loads a curated data directory in one transaction: the curated claims become exactly
 * those of the directory. New claims are added, claims no longer there are retracted
 * (kept, with their recorded time closed), the rest are left untouched: loading twice
 * changes nothing. Any problem in the data aborts the load before anything is written.
 */
export async function loadCuratedData(
  store: Store,
  dir: string,
  files: readonly DataFile[],
  now: Date,
): Promise<LoadReport> {
  const { data, problems } = parseCuratedData(files);
  if (!data) {
    const shown = problems.slice(0, 5).map((p) => p.message);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    throw new ProblemError(
      problem("invalid_data", `${dir} has ${problems.length} problem(s): ${shown.join("; ")}${more}`, {
        hint: "fix the data files (see data/README.md); nothing was loaded",
        data: { problems: problems.map((p) => p.message) },
      }),
    );
  }
  const claims = curatedToStored(data);
  const at = now.toISOString();
  return store.transaction(async (tx) => {
    await tx.putSources(data.sources);
    const actors = data.actors.all();
    await tx.putActors(actors);
    const held = (await tx.allClaims({ origin: "curated" })).filter((c) => c.recorded.to === null);
    const wanted = new Set(claims.map((c) => c.id));
    const gone = held.filter((c) => !wanted.has(c.id)).map((c) => c.id);
    const retracted = await tx.retractClaims(gone, at);
    const added = await tx.addClaims(claims);
    await tx.setMeta("data_hash", hashDataFiles(files));
    await tx.setMeta("data_dir", dir);
    await tx.setMeta("loaded_at", at);
    return {
      dir,
      claims: claims.length,
      added,
      retracted,
      unchanged: claims.length - added,
      sources: data.sources.length,
      actors: actors.length,
    };
  });
}

export class KnowledgeService {
  private constructor(
    readonly store: Store,
    readonly actors: ActorRegistry,
    private readonly sourceById: ReadonlyMap<string, Source>,
  ) {}

  static async open(store: Store): Promise<KnowledgeService> {
    const stored = await store.actors();
    const actors = new ActorRegistry(stored.length > 0 ? stored : worldStates());
    const sources = new Map((await store.sources()).map((s) => [s.id, s]));
    return new KnowledgeService(store, actors, sources);
  }

  resolveActor(input: string, kinds?: readonly ActorKind[]): Actor {
    return unwrap(this.actors.resolve(input, kinds));
  }

  /** Sources of claims, the most trusted first (the default policy's order). */
  private sourceRefs(claims: readonly StoredClaim[]): SourceRef[] {
    return [...claims]
      .sort(compareClaimsByDefaultPolicy((id) => this.sourceById.get(id)))
      .map((c) => this.sourceRef(c));
  }

  private sourceRef(c: StoredClaim): SourceRef {
    const s = this.sourceById.get(c.sourceId);
    return {
      claim: c.id,
      id: c.sourceId,
      title: s?.title ?? c.sourceId,
      publisher: s?.publisher ?? null,
      published: s?.published ?? null,
      url: s?.url ?? null,
      span: c.span,
    };
  }

  private async preferencesAsOf(asOf: string | null): Promise<Map<string, Preference>> {
    const end = asOf === null ? null : `${asOf}T23:59:59.999Z`;
    const map = new Map<string, Preference>();
    for (const p of await this.store.preferences()) {
      if (end === null || p.recordedAt <= end) map.set(p.claimId, p);
    }
    return map;
  }

  private async facts(claims: readonly StoredClaim[], asOf: string | null): Promise<Fact[]> {
    const held = claims.filter((c) => heldAsOf(c, asOf));
    return reconcile(held, (id) => this.sourceById.get(id), await this.preferencesAsOf(asOf));
  }

  /** `heartland members ORG --at DATE`: who held which status in the organization. */
  async members(orgInput: string, at: PartialDate, options: ReadOptions = {}) {
    const org = this.resolveActor(orgInput, ["organization"]);
    const asOf = options.asOf ?? null;
    const facts = await this.facts(await this.store.claimsAboutOrg(org.id), asOf);
    const members = membersAt(membershipHistories(facts, org.id), at).map(
      (m): MemberEntry => ({
        state: m.state,
        name: this.actors.nameOf(m.state),
        status: m.status,
        since: m.since?.date.text ?? null,
        ...(m.possible ? { possible: m.possible } : {}),
        sources: [m.since, ...m.pending].flatMap((t) =>
          t ? t.basis.chosen.claims.map((c) => this.sourceRef(c)) : [],
        ),
      }),
    );
    return { org: org.id, name: org.name, at: at.text, asOf, members };
  }

  /** `heartland timeline ACTOR`: every fact naming the actor, in date order, each with its sources. */
  async timeline(
    actorInput: string,
    range: { from?: PartialDate; to?: PartialDate } = {},
    options: ReadOptions = {},
  ) {
    const actor = this.resolveActor(actorInput);
    const asOf = options.asOf ?? null;
    const facts = await this.facts(await this.store.claimsNaming(actor.id), asOf);
    const inRange = (d: PartialDate | null) => {
      if (range.from === undefined && range.to === undefined) return true;
      if (d === null) return false;
      return (
        (range.from === undefined || d.last >= range.from.first) &&
        (range.to === undefined || d.first <= range.to.last)
      );
    };
    const entries = facts
      .filter((f) => inRange(f.chosen.date))
      .map((f): TimelineEntry => {
        const rep = representative(f, (id) => this.sourceById.get(id));
        return {
          date: f.chosen.date?.text ?? null,
          kind: f.kind,
          summary: summarize(rep.claim, (code) => this.actors.nameOf(code)),
          claim: { id: rep.id, ...rep.claim, date: f.chosen.date?.text ?? rep.claim.date },
          conflict: f.conflict,
          sources: this.sourceRefs(f.chosen.claims),
        };
      });
    return { actor: actor.id, name: actor.name, asOf, entries };
  }

  /** `heartland conflicts`: facts whose sources disagree, every reading side by side. */
  async conflicts(actorInput?: string, options: ReadOptions = {}) {
    const actor = actorInput === undefined ? null : this.resolveActor(actorInput);
    const asOf = options.asOf ?? null;
    const claims = actor ? await this.store.claimsNaming(actor.id) : await this.store.allClaims();
    const facts = (await this.facts(claims, asOf)).filter((f) => f.conflict);
    const conflicts = facts.map((f): ConflictEntry => {
      const rep = representative(f, (id) => this.sourceById.get(id));
      return {
        key: f.key,
        kind: f.kind,
        summary: summarize(rep.claim, (code) => this.actors.nameOf(code)),
        chosen: { date: f.chosen.date?.text ?? null, claims: f.chosen.claims.map((c) => c.id) },
        decidedBy: f.preference ? "analyst" : "default-policy",
        preference: f.preference,
        readings: f.readings.map((r) => ({
          date: r.date?.text ?? null,
          claims: r.claims.map((c) => ({ id: c.id, claim: c.claim, cite: this.sourceRef(c) })),
        })),
      };
    });
    return { actor: actor?.id ?? null, asOf, conflicts };
  }

  /** `heartland prefer CLAIM_ID`: an analyst ranks a claim above those it conflicts with. */
  async prefer(claimId: string, analyst: string, note: string | null, now: Date) {
    const c = await this.store.claim(claimId);
    if (!c) {
      throw new ProblemError(
        problem("unknown_claim", `no claim has the id "${claimId}"`, {
          hint: "take an id from `heartland conflicts` or `heartland timeline --json`",
        }),
      );
    }
    const preference: Preference = { claimId, analyst, recordedAt: now.toISOString(), note };
    await this.store.addPreference(preference);
    return { preference, claim: { id: c.id, ...c.claim } };
  }

  /** Membership periods of every state in every organization, for export. */
  async membershipPeriods(options: ReadOptions & { from?: number; to?: number } = {}) {
    const asOf = options.asOf ?? null;
    const facts = await this.facts(await this.store.allClaims({ kinds: ["membership", "org"] }), asOf);
    const orgs = [
      ...new Set(
        facts.flatMap((f) =>
          f.chosen.claims[0]?.claim.kind === "membership" ? [f.chosen.claims[0].claim.org] : [],
        ),
      ),
    ].sort();
    const rows: {
      state: string;
      org: string;
      status: string;
      from: string;
      to: string | null;
      claims: string[];
    }[] = [];
    for (const org of orgs) {
      for (const [state, transitions] of [...membershipHistories(facts, org)].sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        for (const p of membershipPeriods(transitions)) {
          const fromYear = Number(p.from.date.text.slice(0, 4));
          const toYear = p.to ? Number(p.to.date.text.slice(0, 4)) : Number.POSITIVE_INFINITY;
          if (options.to !== undefined && fromYear > options.to) continue;
          if (options.from !== undefined && toYear < options.from) continue;
          rows.push({
            state,
            org,
            status: p.status,
            from: p.from.date.text,
            to: p.to?.date.text ?? null,
            claims: [...p.from.basis.chosen.claims, ...(p.to?.basis.chosen.claims ?? [])].map((c) => c.id),
          });
        }
      }
    }
    return rows;
  }

  /** Every claim held (as of a recorded date), with its provenance, for export. */
  async heldClaims(options: ReadOptions = {}) {
    const asOf = options.asOf ?? null;
    return (await this.store.allClaims()).filter((c) => heldAsOf(c, asOf));
  }

  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }
}

export type { Result };
