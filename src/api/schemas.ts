import { z } from "zod";
import { CLAIM_KINDS, Claim } from "../domain/claim.js";
import { RELIABILITY } from "../domain/provenance.js";

/**
 * The API's request and response shapes, as zod schemas: fastify validates requests with
 * them, the OpenAPI document is generated from them, and the compiler checks that every
 * handler answers in the shape its route declares. Response bodies are the JSON of
 * shared/spec/cli.md: objects here list the fields clients may rely on, and stay open to
 * fields added later (the spec allows adding, never renaming or removing).
 *
 * Request objects are strict: an unknown query parameter or body field is a 400, so that a
 * misspelt `asof=` is not silently ignored.
 */

/** Answers hold readonly arrays; readonly here lets them type-check against the schema. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

// ---------------------------------------------------------------------------------------
// Request pieces

const date = (what: string) =>
  z
    .string()
    .min(1)
    .max(40)
    .describe(`${what}: YYYY, YYYY-MM or YYYY-MM-DD`)
    .meta({ examples: ["2012-07-01", "2006-08", "1999"] });

const actorName = (what: string) =>
  z.string().min(1).max(200).describe(`${what}: a code (UZB, CSTO) or any name or alias the gazetteer knows`);

const year = (what: string) =>
  z
    .string()
    .regex(/^\d{4}$/, "expected a year, YYYY")
    .transform(Number)
    .describe(`${what}: a year, YYYY`);

/** What every read takes: the recorded date to answer as of, and a scenario to answer within. */
const readOptions = {
  asOf: date("answer with what the knowledge base held at the end of this recorded date").optional(),
  scenario: z.string().min(1).max(80).describe("answer within this scenario's overlay").optional(),
};

export const MembersQuery = z.strictObject({
  org: actorName("organization"),
  at: date("valid date"),
  ...readOptions,
});

export const TimelineQuery = z.strictObject({
  actor: actorName("state, organization or person"),
  from: date("from this valid date").optional(),
  to: date("up to this valid date").optional(),
  ...readOptions,
});

export const ConflictsQuery = z.strictObject({
  actor: actorName("only conflicts about this actor").optional(),
  ...readOptions,
});

export const ObligationsQuery = z.strictObject({
  at: date("valid date"),
  state: actorName("only obligations given to or by this state").optional(),
  ...readOptions,
});

export const ViolationsQuery = z.strictObject({ at: date("valid date"), ...readOptions });

const SIMULATE_RULES = [
  "charter",
  "unanimity",
  "consensus",
  "simple-majority",
  "qualified-majority",
] as const;
const rule = z
  .enum(SIMULATE_RULES)
  .default("charter")
  .describe("decision rule; charter: the organization's own rule in force at the date");

export const SimulateQuery = z.strictObject({
  org: actorName("organization"),
  at: date("valid date"),
  rule,
  threshold: z.coerce
    .number()
    .gt(0)
    .lte(1)
    .optional()
    .describe("for qualified-majority: share of yes among votes cast (default 2/3)"),
  ...readOptions,
});

export const Vote = z.enum(["yes", "no", "abstain"]);

export const SimulateBody = z.strictObject({
  org: actorName("organization"),
  at: date("valid date"),
  rule,
  threshold: z
    .number()
    .gt(0)
    .lte(1)
    .optional()
    .describe("for qualified-majority: share of yes among votes cast (default 2/3)"),
  votes: z
    .record(z.string().min(1).max(200), Vote)
    .describe('votes by state code or name, e.g. {"RUS":"yes","UZB":"no"}; members left out abstain'),
  ...readOptions,
});

export const NoQuery = z.strictObject({});

export const ClaimsQuery = z.strictObject({
  kind: z.enum(CLAIM_KINDS).optional().describe("only claims of this kind"),
  ...readOptions,
});

export const ExportQuery = z.strictObject({
  format: z.enum(["csv", "jsonl"]).optional().describe("csv or jsonl"),
  from: year("first year").optional(),
  to: year("last year").optional(),
  ...readOptions,
});

export const SourceParams = z.strictObject({ id: z.string().min(1).max(200).describe("source id") });

export const ScenarioParams = z.strictObject({
  name: z.string().min(1).max(80).describe("scenario name"),
});

export const ScenarioDiffQuery = z.strictObject({
  at: date("valid date"),
  asOf: readOptions.asOf,
});

/** At most this many hypothetical claims in one scenario: ample for a what-if, bounded for the server. */
export const MAX_SCENARIO_CLAIMS = 5000;

export const CreateScenarioBody = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(80)
      .describe("letters, digits, spaces, dots, dashes or underscores, e.g. uzb-never-suspends"),
    description: z.string().max(2000).nullable().optional().describe("what the scenario supposes"),
    add: z
      .array(Claim)
      .max(MAX_SCENARIO_CLAIMS)
      .optional()
      .describe("hypothetical claims, in the interchange format of claims.md"),
    retract: z
      .array(z.string().min(1).max(100))
      .max(MAX_SCENARIO_CLAIMS)
      .optional()
      .describe("base claim ids the scenario takes away"),
  })
  .refine((b) => (b.add?.length ?? 0) + (b.retract?.length ?? 0) > 0, {
    message: "a scenario needs claims to add or claim ids to retract",
    path: ["add"],
  });

export const PreferBody = z.strictObject({
  claimId: z.string().min(1).max(100).describe("the claim to rank above those it conflicts with"),
  note: z.string().max(2000).optional().describe("why"),
});

// ---------------------------------------------------------------------------------------
// Responses

export const SourceRef = z
  .object({
    claim: z.string(),
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    span: z.tuple([z.number(), z.number()]).readonly().nullable(),
  })
  .meta({
    id: "SourceRef",
    description: "a source as answers cite it, with the span of a document it points into",
  });

/** A claim in the interchange format, with its id; fields depend on its kind (claims.md). */
const ClaimWithId = z
  .object({ id: z.string(), kind: z.string(), date: z.string().nullable() })
  .meta({ description: "a claim in the interchange format of claims.md, with its id" });

const ClaimContent = z
  .object({ kind: z.string(), date: z.string().nullable() })
  .meta({ description: "a claim in the interchange format of claims.md" });

export const CitedClaim = z
  .object({
    id: z.string(),
    kind: z.string(),
    date: z.string().nullable(),
    summary: z.string(),
    cite: SourceRef,
  })
  .meta({ id: "CitedClaim", description: "a claim a derived answer rests on" });

export const MembersAnswer = z.object({
  org: z.string(),
  name: z.string(),
  at: z.string(),
  asOf: z.string().nullable(),
  members: list(
    z.object({
      state: z.string(),
      name: z.string(),
      status: z.string().describe("member, suspended, observer, associate, or uncertain (see possible)"),
      since: z.string().nullable(),
      possible: list(z.string().nullable())
        .optional()
        .describe("for uncertain: the statuses the date may fall in (null: none)"),
      sources: list(SourceRef),
    }),
  ),
});

export const TimelineAnswer = z.object({
  actor: z.string(),
  name: z.string(),
  asOf: z.string().nullable(),
  entries: list(
    z.object({
      date: z.string().nullable(),
      kind: z.string(),
      summary: z.string(),
      claim: ClaimWithId,
      conflict: z.boolean(),
      sources: list(SourceRef),
    }),
  ),
});

const Preference = z.object({
  claimId: z.string(),
  analyst: z.string(),
  recordedAt: z.string(),
  note: z.string().nullable(),
});

export const ConflictsAnswer = z.object({
  actor: z.string().nullable(),
  asOf: z.string().nullable(),
  conflicts: list(
    z.object({
      key: z.string(),
      kind: z.string(),
      summary: z.string(),
      chosen: z.object({ date: z.string().nullable(), claims: list(z.string()) }),
      decidedBy: z.enum(["analyst", "default-policy"]),
      preference: Preference.nullable(),
      readings: list(
        z.object({
          date: z.string().nullable(),
          claims: list(z.object({ id: z.string(), claim: ClaimContent, cite: SourceRef })),
        }),
      ),
    }),
  ),
});

const ObligationBasis = z.object({
  kind: z.enum(["organization", "treaty"]),
  org: z.string().optional(),
  agreement: z.string().optional(),
  rule: z.string(),
  claims: list(CitedClaim),
});

const Obligation = z.object({ guarantor: z.string(), protected: z.string(), basis: list(ObligationBasis) });

export const ObligationsAnswer = z.object({
  at: z.string(),
  asOf: z.string().nullable(),
  scenario: z.string().nullable(),
  state: z.string().nullable(),
  obligations: list(Obligation),
});

const Violation = z.object({
  rule: z.string(),
  subject: z.string(),
  actors: list(z.string()),
  explanation: z.string(),
  claims: list(CitedClaim),
});

export const ViolationsAnswer = z.object({
  at: z.string(),
  asOf: z.string().nullable(),
  scenario: z.string().nullable(),
  violations: list(Violation),
});

export const SimulateAnswer = z.object({
  org: z.string(),
  at: z.string(),
  asOf: z.string().nullable(),
  scenario: z.string().nullable(),
  members: list(z.string()),
  rule: z.string(),
  threshold: z.number().nullable(),
  passes: z.boolean(),
  yes: list(z.string()),
  no: list(z.string()),
  abstain: list(z.string()),
  blocking: list(z.string()),
  couldBlock: list(z.string()),
  ignored: list(z.string()).describe("states that voted but were not members then"),
  basis: z.object({
    rule: list(CitedClaim),
    proposal: list(CitedClaim),
    reasons: z.record(z.string(), list(CitedClaim)),
  }),
});

export const Source = z.object({
  id: z.string(),
  title: z.string(),
  reliability: z.enum(RELIABILITY),
  publisher: z.string().optional(),
  author: z.string().optional(),
  published: z.string().nullable().optional(),
  url: z.string().optional(),
  document: z.boolean().optional(),
});

export const SourcesAnswer = z.object({ sources: list(Source) });

export const ClaimRow = z
  .object({
    id: z.string(),
    kind: z.string(),
    date: z.string().nullable(),
    doc: z.string().optional().describe("the document the claim points into"),
    span: z.tuple([z.number(), z.number()]).readonly().optional(),
    provenance: z.object({
      source: z.string(),
      origin: z.string(),
      review: z.object({ state: z.string(), reviewer: z.string().nullable(), at: z.string().nullable() }),
      recorded: z.object({ from: z.string(), to: z.string().nullable() }),
      note: z.string().nullable(),
    }),
  })
  .meta({
    id: "ClaimRow",
    description: "a held claim with its provenance, as `heartland export claims` writes it",
  });

export const ClaimsAnswer = list(ClaimRow);

const ScenarioSummary = z.object({
  name: z.string(),
  description: z.string().nullable(),
  createdBy: z.string().describe("who created it: the name of the API token, or the CLI user"),
  createdAt: z.string(),
});

export const ScenariosAnswer = z.object({ scenarios: list(ScenarioSummary) });

export const ScenarioAnswer = ScenarioSummary.extend({
  adds: list(ClaimWithId.extend({ summary: z.string() })),
  retracts: list(z.string()),
});

const FlatObligation = z.object({ guarantor: z.string(), protected: z.string(), basis: ObligationBasis });

export const ScenarioDiffAnswer = z.object({
  scenario: z.string().nullable(),
  at: z.string(),
  asOf: z.string().nullable(),
  obligations: z.object({ added: list(FlatObligation), removed: list(FlatObligation) }),
  violations: z.object({ added: list(Violation), removed: list(Violation) }),
});

export const DeletedAnswer = z.object({ deleted: z.string() });

export const PreferAnswer = z.object({ preference: Preference, claim: ClaimWithId });

export const IndexAnswer = z.object({
  name: z.string(),
  api: z.string(),
  openapi: z.string(),
  docs: z.string(),
});

/** RFC 9457 problem details, with Heartland's code, hint and data as extension members. */
export const ProblemDetails = z
  .object({
    type: z.string().describe("a URI naming the kind of problem: urn:heartland:problem:<code>"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("what is wrong, naming the value or field"),
    instance: z.string().optional(),
    code: z.string().describe("machine-readable: invalid_date, unknown_actor, unauthorized..."),
    hint: z.string().optional().describe("what to do about it"),
    data: z.record(z.string(), z.unknown()).optional().describe("e.g. suggestions for an unknown actor"),
    errors: list(z.object({ in: z.string(), field: z.string(), message: z.string() }))
      .optional()
      .describe("every invalid field, for a validation error"),
  })
  .meta({ id: "Problem", description: "application/problem+json (RFC 9457)" });
