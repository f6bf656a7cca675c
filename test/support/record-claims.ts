import type { Claim, MembershipClaim } from "../../src/domain/claim.js";
import { claimId, type Source, type StoredClaim } from "../../src/domain/provenance.js";

/**
 * Hand-made claims for unit tests of the pure core: each is cited to one reference
 * source ("record"), accepted, and recorded on a fixed day.
 */
export const RECORD: Source = { id: "record", title: "Public record", reliability: "reference" };

export const recordSources = (id: string): Source | undefined => (id === RECORD.id ? RECORD : undefined);

export function recordClaim(claim: Claim): StoredClaim {
  return {
    id: claimId(claim, RECORD.id, null),
    claim,
    sourceId: RECORD.id,
    span: null,
    note: null,
    origin: "curated",
    review: { state: "accepted", reviewer: null, at: null },
    recorded: { from: "2024-01-01T00:00:00.000Z", to: null },
  };
}

/** A membership change, the claim the core's tests build most. */
export const membershipChange = (
  state: string,
  org: string,
  change: MembershipClaim["change"],
  date: string,
): Claim => ({ kind: "membership", state, org, change, date });
