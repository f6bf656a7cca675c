import { createHash } from "node:crypto";
import type { Claim } from "../domain/claim.js";
import { claimActors } from "../domain/claim.js";
import { dayText, type PartialDate, parsePartialDate } from "../domain/partial-date.js";
import { claimId, heldAsOf, type Source, type StoredClaim } from "../domain/provenance.js";
import { ProblemError, problem, type Result, unwrap } from "../domain/result.js";
import { type Actor, type ActorKind, ActorRegistry, worldStates } from "../knowledge/actor-registry.js";
import { parseClaimsJsonl } from "../knowledge/claims-jsonl.js";
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
import type { Scenario, Store } from "../store/store.js";

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

/** A claim a derived answer rests on. */
export interface CitedClaim {
  readonly id: string;
  readonly kind: string;
  readonly date: string | null;
  readonly summary: string;
  readonly cite: SourceRef;
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

const SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}$/;

/** The citation of a scenario's hypothetical claims: trusted above any source, so they win conflicts. */
function scenarioSource(name: string): Source {
  return { id: `scenario:${name}`, title: `Scenario "${name}" (hypothetical)`, reliability: "primary" };
}

export class KnowledgeService {
  private constructor(
    readonly store: Store,
    readonly actors: ActorRegistry,
    private readonly sourceById: ReadonlyMap<string, Source>,
    /** The scenario every answer is given within, if any. */
    readonly scenario: Scenario | null = null,
  ) {}

  static async open(store: Store): Promise<KnowledgeService> {
    const stored = await store.actors();
    // The store keeps actors by id; names go to the first actor that claims them, so put
    // them back in the registry's own order (UN members, other territories, then the rest).
    const rank = new Map(worldStates().map((a, i) => [a.id, i]));
    const ordered = [...stored].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size));
    const actors = new ActorRegistry(stored.length > 0 ? ordered : worldStates());
    const sources = new Map((await store.sources()).map((s) => [s.id, s]));
    return new KnowledgeService(store, actors, sources);
  }

  /** The same service answering within a scenario's overlay. */
  async withScenario(name: string): Promise<KnowledgeService> {
    const scenario = await this.store.scenario(name);
    if (!scenario) {
      const known = (await this.store.scenarios()).map((s) => s.name);
      throw new ProblemError(
        problem("not_found", `there is no scenario named "${name}"`, {
          hint:
            known.length > 0
              ? `known scenarios: ${known.join(", ")}`
              : "create one with `heartland scenario create`",
        }),
      );
    }
    const sources = new Map(this.sourceById);
    sources.set(`scenario:${name}`, scenarioSource(name));
    return new KnowledgeService(this.store, this.actors, sources, scenario);
  }

  private lookupSource = (id: string): Source | undefined => this.sourceById.get(id);

  /**
   * The claims an answer reasons over: the base claims held as of the recorded date, less
   * those the scenario retracts, plus the scenario's own claims that `about` selects
   * (hypothetical claims apply whatever the recorded date).
   */
  private overlay(
    base: readonly StoredClaim[],
    asOf: string | null,
    about: (c: Claim) => boolean,
  ): StoredClaim[] {
    const held = base.filter((c) => heldAsOf(c, asOf));
    if (!this.scenario) return held;
    const retracted = new Set(this.scenario.retracts);
    return [...held.filter((c) => !retracted.has(c.id)), ...this.scenario.adds.filter((c) => about(c.claim))];
  }

  /** Creates a scenario from hypothetical claims (JSON Lines text) and base claim ids to retract. */
  async createScenario(input: {
    name: string;
    description: string | null;
    adds: { text: string; file: string } | null;
    retracts: readonly string[];
    by: string;
    now: Date;
  }) {
    if (!SCENARIO_NAME.test(input.name)) {
      throw new ProblemError(
        problem("invalid_argument", `"${input.name}" is not a scenario name`, {
          hint: "use letters, digits, spaces, dots, dashes or underscores, at most 80, e.g. uzb-never-suspends",
        }),
      );
    }
    if (await this.store.scenario(input.name)) {
      throw new ProblemError(
        problem("conflict", `a scenario named "${input.name}" exists already`, {
          hint: "delete it first, or choose another name",
        }),
      );
    }
    const at = input.now.toISOString();
    const sourceId = `scenario:${input.name}`;
    let adds: StoredClaim[] = [];
    if (input.adds) {
      const { claims, problems } = parseClaimsJsonl(input.adds.text, input.adds.file);
      if (problems.length > 0) {
        throw new ProblemError(
          problem("invalid_claim", problems.map((p) => p.message).join("; "), {
            hint: problems[0]?.hint ?? "fix the claims file; no scenario was created",
          }),
        );
      }
      for (const c of claims) {
        for (const { actor, role } of claimActors(c)) {
          if (!this.actors.get(actor)) {
            throw new ProblemError(
              problem("unknown_actor", `${input.adds.file}: ${role} "${actor}" is not a known actor`, {
                hint: unwrapHint(this.actors.resolve(actor)),
              }),
            );
          }
        }
      }
      adds = claims.map((claim) => {
        const { doc: _doc, span: _span, ...content } = claim;
        return {
          id: claimId(content as Claim, sourceId, null),
          claim: content as Claim,
          sourceId,
          span: null,
          note: null,
          origin: "analyst" as const,
          review: { state: "accepted" as const, reviewer: input.by, at },
          recorded: { from: at, to: null },
        };
      });
    }
    for (const id of input.retracts) {
      const c = await this.store.claim(id);
      if (!c || c.recorded.to !== null) {
        throw new ProblemError(
          problem("unknown_claim", `no claim held has the id "${id}"`, {
            hint: "take ids from `heartland timeline ACTOR --json` or `heartland export claims`",
          }),
        );
      }
    }
    const scenario: Scenario = {
      name: input.name,
      description: input.description,
      createdBy: input.by,
      createdAt: at,
      adds,
      retracts: [...new Set(input.retracts)],
    };
    await this.store.createScenario(scenario);
    return this.describeScenario(scenario);
  }

  describeScenario(s: Scenario) {
    return {
      name: s.name,
      description: s.description,
      createdBy: s.createdBy,
      createdAt: s.createdAt,
      adds: s.adds.map((c) => ({
        id: c.id,
        ...c.claim,
        summary: summarize(c.claim, (x) => this.actors.nameOf(x)),
      })),
      retracts: s.retracts,
    };
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

  private async facts(
    claims: readonly StoredClaim[],
    asOf: string | null,
    about: (c: Claim) => boolean = () => true,
  ): Promise<Fact[]> {
    return reconcile(this.overlay(claims, asOf, about), this.lookupSource, await this.preferencesAsOf(asOf));
  }

  /** Reconciled facts of some kinds, as of a recorded date, within the scenario if any. */
  async factsOfKinds(kinds: readonly Claim["kind"][], asOf: string | null): Promise<Fact[]> {
    return this.facts(await this.store.allClaims({ kinds }), asOf, (c) => kinds.includes(c.kind));
  }

  /** The claims a derived answer rests on: each fact's chosen claims, with their sources. */
  citeFacts(facts: readonly Fact[]): CitedClaim[] {
    const seen = new Set<string>();
    return facts.flatMap((f) =>
      [...f.chosen.claims].sort(compareClaimsByDefaultPolicy(this.lookupSource)).flatMap((c) => {
        if (seen.has(c.id)) return [];
        seen.add(c.id);
        return [
          {
            id: c.id,
            kind: c.claim.kind,
            date: c.claim.date,
            summary: summarize(c.claim, (x) => this.actors.nameOf(x)),
            cite: this.sourceRef(c),
          },
        ];
      }),
    );
  }

  /** `heartland members ORG --at DATE`: who held which status in the organization. */
  async members(orgInput: string, at: PartialDate, options: ReadOptions = {}) {
    const org = this.resolveActor(orgInput, ["organization"]);
    const asOf = options.asOf ?? null;
    const facts = await this.facts(await this.store.claimsAboutOrg(org.id), asOf, (c) => aboutOrg(c, org.id));
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
    const facts = await this.facts(await this.store.claimsNaming(actor.id), asOf, (c) => naming(c, actor.id));
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
        const rep = representative(f, this.lookupSource);
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
    const about = actor ? (c: Claim) => naming(c, actor.id) : () => true;
    const facts = (await this.facts(claims, asOf, about)).filter((f) => f.conflict);
    const conflicts = facts.map((f): ConflictEntry => {
      const rep = representative(f, this.lookupSource);
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
    const facts = await this.facts(
      await this.store.allClaims({ kinds: ["membership", "org"] }),
      asOf,
      (c) => c.kind === "membership" || c.kind === "org",
    );
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
    return this.overlay(await this.store.allClaims(), options.asOf ?? null, () => true);
  }

  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }
}

function aboutOrg(c: Claim, org: string): boolean {
  return (c.kind === "membership" || c.kind === "org") && c.org === org;
}

function naming(c: Claim, actor: string): boolean {
  return claimActors(c).some((a) => a.actor === actor);
}

function unwrapHint(r: Result<unknown>): string {
  return r.ok ? "" : (r.error.hint ?? "use a known actor code");
}

export type { Result };
