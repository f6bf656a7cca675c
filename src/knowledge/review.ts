import { Claim } from "../domain/claim.js";
import { claimId, type StoredClaim } from "../domain/provenance.js";
import { err, ok, problem, type Result } from "../domain/result.js";

/**
 * The review queue's rules. A candidate is a claim the reader found in a document
 * (review state `candidate`); a reviewer accepts it (it enters the knowledge base),
 * rejects it (kept, marked, never proposed again for that document: its id is taken), or
 * corrects it (the candidate is rejected and the corrected claim enters in its place).
 * Every decision is a new version of the claim, so `--as-of` still sees the queue as it was.
 */

export type Decision = "accepted" | "rejected";

/** Fields that name actors: a correction may give a name ("Uzbekistan"), stored as its code. */
const ACTOR_FIELDS = new Set([
  "state",
  "org",
  "predecessor",
  "subject",
  "by",
  "host",
  "operator",
  "source",
  "target",
  "person",
  "actor",
  "members",
  "participants",
  "parties",
]);
/** Fields holding lists: a correction gives them comma-separated. */
const LIST_FIELDS = new Set(["members", "participants", "parties", "clauses"]);
const NUMBER_FIELDS = new Set(["size", "troops"]);
/** What a correction may not change: the claim's identity and provenance. */
const FIXED_FIELDS = new Set(["kind", "doc", "span", "confidence"]);

function pending(c: StoredClaim): Result<StoredClaim> {
  if (c.recorded.to !== null)
    return err(
      problem("conflict", `claim ${c.id} was retracted on ${c.recorded.to}`, {
        hint: "review the claims in `heartland review list`",
      }),
    );
  if (c.review.state !== "candidate")
    return err(
      problem(
        "conflict",
        `claim ${c.id} is not awaiting review: it was ${c.review.state}${c.review.reviewer ? ` by ${c.review.reviewer}` : ""}${c.review.at ? ` on ${c.review.at.slice(0, 10)}` : ""}`,
        { hint: "only candidates (state `candidate`) can be accepted, rejected or corrected" },
      ),
    );
  return ok(c);
}

/** The version of a candidate that records a reviewer's decision. */
export function decide(
  c: StoredClaim,
  decision: Decision,
  reviewer: string,
  at: string,
  note: string | null = null,
): Result<StoredClaim> {
  const open = pending(c);
  if (!open.ok) return open;
  return ok({
    ...c,
    note: note ?? c.note,
    review: { state: decision, reviewer, at },
    recorded: { from: at, to: null },
  });
}

/** Parses `field=value` settings; the value `null` clears an optional field. */
export function parseSettings(settings: readonly string[]): Result<[string, string][]> {
  const out: [string, string][] = [];
  for (const s of settings) {
    const eq = s.indexOf("=");
    const field = eq > 0 ? s.slice(0, eq).trim() : "";
    if (!/^[a-z_]+$/.test(field))
      return err(
        problem("invalid_argument", `"${s}" is not a correction`, {
          hint: "write field=value, e.g. date=2012-06-28 or state=Uzbekistan",
        }),
      );
    if (FIXED_FIELDS.has(field))
      return err(
        problem("invalid_argument", `a correction cannot change "${field}"`, {
          hint: "reject the candidate instead, and record the right claim separately",
        }),
      );
    out.push([field, s.slice(eq + 1).trim()]);
  }
  if (out.length === 0)
    return err(problem("invalid_argument", "a correction needs at least one field=value", {}));
  return ok(out);
}

/**
 * A candidate corrected: the candidate's rejected version (noting what replaced it) and
 * the corrected claim, which cites the same document and span. Actor names are resolved
 * to codes with `resolve`; the result must satisfy the claim's schema.
 */
export function correct(
  c: StoredClaim,
  settings: readonly string[],
  reviewer: string,
  at: string,
  resolve: (name: string) => Result<string>,
): Result<{ rejected: StoredClaim; corrected: StoredClaim }> {
  const open = pending(c);
  if (!open.ok) return open;
  const parsed = parseSettings(settings);
  if (!parsed.ok) return parsed;
  const draft: Record<string, unknown> = { ...c.claim };
  for (const [field, raw] of parsed.value) {
    if (raw === "null" || raw === "") {
      draft[field] = field === "date" ? null : undefined;
      continue;
    }
    const values = LIST_FIELDS.has(field) ? raw.split(",").map((v) => v.trim()) : [raw];
    const resolved: string[] = [];
    for (const v of values) {
      if (!ACTOR_FIELDS.has(field)) {
        resolved.push(v);
        continue;
      }
      const code = resolve(v);
      if (!code.ok) return err({ ...code.error, where: field });
      resolved.push(code.value);
    }
    if (NUMBER_FIELDS.has(field)) {
      const n = Number(raw);
      if (!Number.isInteger(n) || n <= 0)
        return err(problem("invalid_argument", `${field} must be a positive whole number, not "${raw}"`, {}));
      draft[field] = n;
    } else draft[field] = LIST_FIELDS.has(field) ? resolved : resolved[0];
  }
  for (const k of Object.keys(draft)) if (draft[k] === undefined) delete draft[k];
  const claim = Claim.safeParse(draft);
  if (!claim.success) {
    const issue = claim.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    return err(
      problem(
        "invalid_claim",
        `the corrected ${c.claim.kind} claim is not valid: ${path ? `${path}: ` : ""}${issue?.message ?? "invalid"}`,
        {
          hint: "see shared/spec/claims.md for the fields of each kind",
        },
      ),
    );
  }
  const id = claimId(claim.data, c.sourceId, c.span);
  if (id === c.id)
    return err(
      problem("invalid_argument", "the correction changes nothing", { hint: "accept the candidate instead" }),
    );
  const corrected: StoredClaim = {
    id,
    claim: claim.data,
    sourceId: c.sourceId,
    span: c.span,
    note: `corrects ${c.id}`,
    origin: "analyst",
    review: { state: "corrected", reviewer, at },
    recorded: { from: at, to: null },
    ...(c.confidence === undefined ? {} : { confidence: c.confidence }),
  };
  const rejected: StoredClaim = {
    ...c,
    note: `corrected as ${id}`,
    review: { state: "rejected", reviewer, at },
    recorded: { from: at, to: null },
  };
  return ok({ rejected, corrected });
}

/**
 * A document's id: its file name's stem where that is a valid id not taken by another
 * document, else the stem with the start of the content hash.
 */
export function documentId(name: string, hash: string, taken: (id: string) => boolean): string {
  const stem =
    name
      .replace(/^.*[\\/]/, "")
      .replace(/\.[A-Za-z0-9]{1,8}$/, "")
      .replace(/[^A-Za-z0-9_.-]+/g, "-")
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "")
      .slice(0, 80) || "doc";
  return taken(stem) ? `${stem}-${hash.slice(0, 12)}` : stem;
}
