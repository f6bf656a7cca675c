import type { StoredClaim } from "../domain/provenance.js";
import { toCsv } from "./csv.js";
import type { KnowledgeService } from "./knowledge-service.js";

/**
 * The export tables (memberships, claims) as files, in the columns and rows of
 * `heartland export`, for the CLI and the API alike (test/api.test.ts checks they agree),
 * byte for byte.
 */

export type ExportFormat = "csv" | "jsonl";

const jsonl = (rows: readonly unknown[]) =>
  rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");

/** Membership periods of every state in every organization. */
export async function membershipsFile(
  s: KnowledgeService,
  options: { asOf: string | null; from?: number | undefined; to?: number | undefined; format: ExportFormat },
): Promise<string> {
  const rows = (
    await s.membershipPeriods({
      asOf: options.asOf,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    })
  ).map((r) => ({ ...r, claims: r.claims.join(" ") }));
  return options.format === "csv"
    ? toCsv(["state", "org", "status", "from", "to", "claims"], rows)
    : jsonl(rows);
}

/** A held claim with its provenance, as the claims export writes it. */
export function claimRows(s: KnowledgeService, claims: readonly StoredClaim[]) {
  return claims.map((c) => ({
    ...c.claim,
    id: c.id,
    ...(s.source(c.sourceId)?.document ? { doc: c.sourceId } : {}),
    ...(c.span ? { span: c.span } : {}),
    provenance: {
      source: c.sourceId,
      origin: c.origin,
      review: c.review,
      recorded: c.recorded,
      note: c.note,
    },
  }));
}

/** Every held claim whose date falls in the years (undated claims only when no year is given). */
export async function claimsFile(
  s: KnowledgeService,
  options: { asOf: string | null; from?: number | undefined; to?: number | undefined; format: ExportFormat },
): Promise<string> {
  const { from, to } = options;
  const claims = (await s.heldClaims({ asOf: options.asOf })).filter((c) => {
    const y = c.claim.date ? Number(c.claim.date.slice(0, 4)) : null;
    return (from === undefined || (y !== null && y >= from)) && (to === undefined || (y !== null && y <= to));
  });
  if (options.format === "jsonl") return jsonl(claimRows(s, claims));
  return toCsv(
    ["id", "kind", "date", "source", "span", "review", "recorded_from", "recorded_to", "claim"],
    claims.map((c) => ({
      id: c.id,
      kind: c.claim.kind,
      date: c.claim.date,
      source: c.sourceId,
      span: c.span ? c.span.join("-") : null,
      review: c.review.state,
      recorded_from: c.recorded.from,
      recorded_to: c.recorded.to,
      claim: JSON.stringify(c.claim),
    })),
  );
}
