import { currentScenario, getJson, getText } from "./api.js";
import { type MembershipPeriod, parsePeriods } from "./memberships.js";

/**
 * Answers the views share, fetched once per scenario: membership periods (every date is
 * then computed locally), held claims and sources.
 */

export interface SourceRef {
  readonly claim: string;
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly span: readonly [number, number] | null;
}

export interface ClaimRow {
  readonly id: string;
  readonly kind: string;
  readonly date: string | null;
  readonly doc?: string;
  readonly span?: readonly [number, number];
  readonly provenance: { readonly source: string; readonly review: { readonly state: string } };
  readonly [field: string]: unknown;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly reliability: string;
  readonly publisher?: string;
  readonly published?: string | null;
  readonly url?: string;
  readonly document?: boolean;
}

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  const full = `${currentScenario() ?? ""}\u0000${key}`;
  let hit = cache.get(full) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(full, hit);
    hit.catch(() => cache.delete(full));
  }
  return hit;
}

/** Forget what was fetched (after a write: an accepted candidate changes the answers). */
export function forgetKnowledge(): void {
  cache.clear();
}

export function membershipPeriods(): Promise<MembershipPeriod[]> {
  return once("periods", async () =>
    parsePeriods(await getText("/exports/memberships", { format: "jsonl" }, { scenario: true })),
  );
}

export function heldClaims(): Promise<Map<string, ClaimRow>> {
  return once("claims", async () => {
    const rows = await getJson<ClaimRow[]>("/claims", {}, { scenario: true });
    return new Map(rows.map((r) => [r.id, r]));
  });
}

export function sources(): Promise<Map<string, Source>> {
  return once("sources", async () => {
    const answer = await getJson<{ sources: Source[] }>("/sources");
    return new Map(answer.sources.map((s) => [s.id, s]));
  });
}

/** A claim in words, from its fields (the API's summaries are on timeline entries). */
export function describeClaim(claim: ClaimRow): string {
  const f = claim as Record<string, unknown>;
  const text = (key: string) => (typeof f[key] === "string" ? (f[key] as string) : "");
  switch (claim.kind) {
    case "membership":
      return `${text("state")} ${text("change")} ${text("org")}`.trim();
    case "base":
      return `${text("operator")} ${text("change")}s base ${text("site")} in ${text("host")}`;
    case "event":
      return `${text("source")} ${text("type")} ${text("target")}`;
    case "exercise":
      return `exercise ${text("name")}`.trim();
    default:
      return claim.kind;
  }
}
