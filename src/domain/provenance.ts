import { createHash } from "node:crypto";
import { z } from "zod";
import { type Claim, canonicalJson, claimContent } from "./claim.js";
import { parsePartialDate } from "./partial-date.js";

/**
 * Where a claim comes from and what the knowledge base did with it. Every claim has one
 * source; the same fact told by two sources is two claims that reconciliation finds to
 * corroborate or to conflict.
 */

/** How far a source is trusted when claims disagree and no analyst has ranked them. */
export const RELIABILITY = ["primary", "reference", "secondary"] as const;
export type Reliability = (typeof RELIABILITY)[number];

export const Source = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "expected a source id such as wp-csto"),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  published: z
    .string()
    .refine((s) => parsePartialDate(s).ok, "expected YYYY, YYYY-MM or YYYY-MM-DD")
    .nullable()
    .optional(),
  url: z.url().optional(),
  reliability: z.enum(RELIABILITY),
  /** True when the source is a document whose text claims point into with spans. */
  document: z.boolean().optional(),
});
export type Source = z.infer<typeof Source>;

export const REVIEW_STATES = ["candidate", "accepted", "rejected", "corrected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ORIGINS = ["curated", "extracted", "analyst"] as const;
export type Origin = (typeof ORIGINS)[number];

export interface StoredClaim {
  readonly id: string;
  readonly claim: Claim;
  readonly sourceId: string;
  /** UTF-16 offsets into the source document's text, when the source is a document. */
  readonly span: readonly [number, number] | null;
  readonly note: string | null;
  readonly origin: Origin;
  readonly review: {
    readonly state: ReviewState;
    readonly reviewer: string | null;
    /** When the review was recorded (ISO timestamp). */
    readonly at: string | null;
  };
  /**
   * Recorded (transaction) time: from when the knowledge base held the claim, and until
   * when (`null` while it still does). ISO timestamps in UTC.
   */
  readonly recorded: { readonly from: string; readonly to: string | null };
  /** The reader's confidence (0 to 1) in a claim it extracted; absent for others. */
  readonly confidence?: number | null;
}

/** A claim's id depends on what it says, its source and its span: loading it twice finds the same id. */
export function claimId(claim: Claim, sourceId: string, span: readonly [number, number] | null): string {
  const key = canonicalJson({ c: claimContent(claim), s: sourceId, p: span ?? null });
  return `c${createHash("sha256").update(key).digest("hex").slice(0, 15)}`;
}

/** In the knowledge base (not a candidate, not rejected)? */
export function isAccepted(c: StoredClaim): boolean {
  return c.review.state === "accepted" || c.review.state === "corrected";
}

/**
 * When the claim entered the knowledge base: its review (a candidate found in March and
 * accepted in May was known from May), or its recording when it came in accepted.
 */
export function knownFrom(c: StoredClaim): string {
  return c.review.at !== null && c.review.at > c.recorded.from ? c.review.at : c.recorded.from;
}

/**
 * Did the knowledge base hold the claim at the end of recorded day `asOf` (YYYY-MM-DD)?
 * With no `asOf`, the question is about now: the claim must not have been retracted.
 */
export function heldAsOf(c: StoredClaim, asOf: string | null): boolean {
  if (!isAccepted(c)) return false;
  if (asOf === null) return c.recorded.to === null;
  const endOfDay = `${asOf}T23:59:59.999Z`;
  return knownFrom(c) <= endOfDay && (c.recorded.to === null || c.recorded.to > endOfDay);
}
