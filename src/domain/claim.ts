import { z } from "zod";
import { parsePartialDate } from "./partial-date.js";

/**
 * Claims in the interchange format of shared/spec/claims.md, one zod schema per kind,
 * discriminated on `kind`. The store keeps more per claim (provenance, review, recorded
 * time: see `stored-claim.ts`); this is the common subset, plus the `office` kind the
 * curated knowledge base uses for people's terms.
 */

const dateText = z.string().refine((s) => parsePartialDate(s).ok, {
  error: (issue) => `"${String(issue.input)}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
});

/** An actor code: ISO alpha-3 for states, an organization id (CSTO), or a person id. */
const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "expected an actor code such as UZB or CSTO");

const common = {
  date: dateText.nullable(),
  end: dateText.optional(),
  doc: z.string().optional(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  confidence: z.number().min(0).max(1).optional(),
};

export const MEMBERSHIP_CHANGES = ["join", "suspend", "withdraw", "apply", "observer", "associate"] as const;
/** Synonyms the interchange format allows, and the change each stands for. */
export const MEMBERSHIP_CHANGE_SYNONYMS = {
  rejoin: "join",
  accede: "join",
  found: "join",
  leave: "withdraw",
  "not-renew": "withdraw",
} as const satisfies Record<string, (typeof MEMBERSHIP_CHANGES)[number]>;
export type MembershipChangeSynonym = keyof typeof MEMBERSHIP_CHANGE_SYNONYMS;

export const MembershipClaim = z.strictObject({
  kind: z.literal("membership"),
  state: actorCode,
  org: actorCode,
  change: z.enum([...MEMBERSHIP_CHANGES, "rejoin", "accede", "found", "leave", "not-renew"]),
  ...common,
});

export const OrgClaim = z.strictObject({
  kind: z.literal("org"),
  org: actorCode,
  change: z.enum(["found", "dissolve"]),
  predecessor: actorCode.optional(),
  ...common,
});

export const RULE_NAMES = [
  "decision",
  "collective-defence",
  "exclusive-alliance",
  "foreign-base-consent",
  "foreign-bases-prohibited",
  "no-alliances",
  "suspension",
] as const;
export const DECISION_RULES = ["unanimity", "consensus", "simple-majority", "qualified-majority"] as const;

export const RuleClaim = z.strictObject({
  kind: z.literal("rule"),
  subject: actorCode,
  rule: z.enum(RULE_NAMES),
  value: z.string().optional(),
  change: z.enum(["propose", "adopt", "reject", "drop"]),
  by: actorCode.optional(),
  /** The charter article or legal provision, e.g. "Art. 4". */
  article: z.string().optional(),
  ...common,
});

export const ForceClaim = z.strictObject({
  kind: z.literal("force"),
  org: actorCode,
  name: z.string().min(1),
  change: z.enum(["establish", "size"]),
  size: z.number().int().positive().optional(),
  members: z.array(actorCode).optional(),
  ...common,
});

export const BaseClaim = z.strictObject({
  kind: z.literal("base"),
  host: actorCode,
  operator: actorCode,
  site: z.string().min(1).optional(),
  change: z.enum(["open", "close", "plan", "abort", "extend", "exists"]),
  until: dateText.optional(),
  ...common,
});

export const ExerciseClaim = z.strictObject({
  kind: z.literal("exercise"),
  name: z.string().min(1).optional(),
  org: actorCode.nullable().optional(),
  host: actorCode.optional(),
  location: z.string().optional(),
  participants: z.array(actorCode),
  troops: z.number().int().positive().optional(),
  form: z.enum(["exercise", "operation"]),
  ...common,
});

/** Clauses of a treaty that bind its parties (ATOP's obligation types, simplified). */
export const AGREEMENT_CLAUSES = [
  "mutual-assistance",
  "non-aggression",
  "neutrality",
  "consultation",
] as const;

export const AgreementClaim = z.strictObject({
  kind: z.literal("agreement"),
  name: z.string().min(1).optional(),
  parties: z.array(actorCode).min(1),
  /** Binding clauses, where the curated record says (not part of the interchange format). */
  clauses: z.array(z.enum(AGREEMENT_CLAUSES)).optional(),
  ...common,
});

/** PLOVER event types (Halterman et al., PLOVER codebook), as claims.md lists them. */
export const EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EventClaim = z.strictObject({
  kind: z.literal("event"),
  type: z.enum(EVENT_TYPES),
  source: actorCode,
  target: actorCode,
  location: z.string().optional(),
  ...common,
});

export const OfficeClaim = z.strictObject({
  kind: z.literal("office"),
  person: actorCode,
  actor: actorCode,
  role: z.string().min(1),
  until: dateText.optional(),
  ...common,
});

export const Claim = z.discriminatedUnion("kind", [
  MembershipClaim,
  OrgClaim,
  RuleClaim,
  ForceClaim,
  BaseClaim,
  ExerciseClaim,
  AgreementClaim,
  EventClaim,
  OfficeClaim,
]);

export type Claim = z.infer<typeof Claim>;
export type ClaimKind = Claim["kind"];
export type ClaimOf<K extends ClaimKind> = Extract<Claim, { kind: K }>;
export type MembershipClaim = z.infer<typeof MembershipClaim>;
export type MembershipChange = (typeof MEMBERSHIP_CHANGES)[number];

export const CLAIM_KINDS = [
  "membership",
  "org",
  "rule",
  "force",
  "base",
  "exercise",
  "agreement",
  "event",
  "office",
] as const satisfies readonly ClaimKind[];

/** The canonical change of a membership claim (rejoin is join, leave is withdraw...). */
export function membershipChange(change: MembershipClaim["change"]): MembershipChange {
  return change in MEMBERSHIP_CHANGE_SYNONYMS
    ? MEMBERSHIP_CHANGE_SYNONYMS[change as MembershipChangeSynonym]
    : (change as MembershipChange);
}

/** Every actor a claim names, with the role it plays. Exhaustive over kinds. */
export function claimActors(claim: Claim): { actor: string; role: string }[] {
  const list = (role: string, codes: readonly string[] | null | undefined) =>
    (codes ?? []).map((actor) => ({ actor, role }));
  const one = (role: string, code: string | null | undefined) => (code ? [{ actor: code, role }] : []);
  switch (claim.kind) {
    case "membership":
      return [...one("state", claim.state), ...one("org", claim.org)];
    case "org":
      return [...one("org", claim.org), ...one("predecessor", claim.predecessor)];
    case "rule":
      return [...one("subject", claim.subject), ...one("by", claim.by)];
    case "force":
      return [...one("org", claim.org), ...list("member", claim.members)];
    case "base":
      return [...one("host", claim.host), ...one("operator", claim.operator)];
    case "exercise":
      return [
        ...one("org", claim.org),
        ...one("host", claim.host),
        ...list("participant", claim.participants),
      ];
    case "agreement":
      return list("party", claim.parties);
    case "event":
      return [...one("source", claim.source), ...one("target", claim.target)];
    case "office":
      return [...one("person", claim.person), ...one("actor", claim.actor)];
    default:
      return assertNeverClaim(claim);
  }
}

function assertNeverClaim(claim: never): never {
  throw new Error(`unhandled claim kind: ${JSON.stringify(claim)}`);
}

/** The claim without provenance fields (doc, span, confidence): what it says, not where it was said. */
export function claimContent(claim: Claim): Record<string, unknown> {
  const { doc: _doc, span: _span, confidence: _confidence, ...content } = claim;
  return content;
}

/** JSON with keys sorted, so equal claims hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
