import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { Claim, claimActors } from "../domain/claim.js";
import { parsePartialDate } from "../domain/partial-date.js";
import { claimId, Source, type StoredClaim } from "../domain/provenance.js";
import { type Problem, problem } from "../domain/result.js";
import {
  type ActorRegistry,
  buildActorRegistry,
  type OrganizationEntry,
  type PersonEntry,
  type StateAliasEntry,
  worldStates,
} from "./actor-registry.js";

/**
 * The curated knowledge base (data/*.yaml, see data/README.md) read from file contents
 * into typed records, with every problem reported at once and named by file, claim and
 * field. Pure: the caller reads the files.
 */
export interface DataFile {
  /** Path relative to the data directory, e.g. "claims/bases.yaml". */
  readonly path: string;
  readonly text: string;
}

export interface CuratedClaim {
  readonly claim: Claim;
  readonly cite: string;
  readonly span: readonly [number, number] | null;
  readonly note: string | null;
  /** Recorded date, YYYY-MM-DD. */
  readonly recorded: string;
  /** Where it was written: "claims/bases.yaml #12". */
  readonly where: string;
}

export interface CuratedData {
  readonly sources: readonly Source[];
  readonly organizations: readonly OrganizationEntry[];
  readonly people: readonly PersonEntry[];
  readonly stateAliases: readonly StateAliasEntry[];
  readonly claims: readonly CuratedClaim[];
  readonly actors: ActorRegistry;
}

const DATE_FIELDS = new Set(["date", "end", "until", "published", "recorded"]);

/** YAML reads an unquoted 2006 as a number; dates are text. */
function datesAsText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        DATE_FIELDS.has(k) && typeof v === "number" ? String(v) : datesAsText(v),
      ]),
    );
  }
  return value;
}

const recordedDate = z.string().refine((s) => {
  const d = parsePartialDate(s);
  return d.ok && d.value.precision === "day";
}, "recorded must be a day, YYYY-MM-DD");

const SourcesFile = z.strictObject({ sources: z.array(Source) });
const OrganizationsFile = z.strictObject({
  organizations: z.array(
    z.strictObject({
      id: z.string().regex(/^[A-Z][A-Z0-9]*$/, "organization ids are upper case, e.g. CSTO"),
      name: z.string().min(1),
      kind: z.enum(["alliance", "treaty", "political", "economic", "armed-group"]),
      aliases: z.array(z.string().min(1)).optional(),
      note: z.string().optional(),
    }),
  ),
});
const PeopleFile = z.strictObject({
  people: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/, "person ids are kebab-case, e.g. islam-karimov"),
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      note: z.string().optional(),
    }),
  ),
});
const StatesFile = z.strictObject({
  states: z.array(
    z.strictObject({
      state: z.string().regex(/^[A-Z]{3}$/),
      aliases: z.array(z.string().min(1)),
      note: z.string().optional(),
    }),
  ),
  former: z
    .array(
      z.strictObject({
        state: z.string().regex(/^[A-Z]{3}$/),
        name: z.string().min(1),
        ended: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "the day the state ended, YYYY-MM-DD"),
        successor: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        seat: z.array(z.string().min(1)).optional(),
        aliases: z.array(z.string().min(1)),
        note: z.string().optional(),
      }),
    )
    .optional(),
});
const ClaimsFile = z.strictObject({
  defaults: z.strictObject({ cite: z.string().optional(), recorded: recordedDate.optional() }).optional(),
  claims: z.array(z.record(z.string(), z.unknown())),
});

function zodProblems(path: string, error: z.ZodError, prefix = ""): Problem[] {
  return error.issues.map((i) =>
    problem("invalid_data", `${path}${prefix}: ${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`, {
      where: path,
    }),
  );
}

/** What is wrong with a claim's citation and recorded date, if anything. */
function citationProblems(
  claim: Claim,
  cite: string | undefined,
  source: Source | undefined,
  recorded: string | undefined,
): string[] {
  if (cite === undefined) return ["no citation: give `cite` or `defaults.cite`"];
  const out: string[] = [];
  if (!source) out.push(`cites unknown source "${cite}"`);
  if (recorded === undefined || !recordedDate.safeParse(recorded).success) {
    out.push("no recorded date: give `recorded` or `defaults.recorded` as YYYY-MM-DD");
  }
  if (claim.span && source && !source.document) out.push(`has a span but source "${cite}" is not a document`);
  if (claim.span && claim.span[0] >= claim.span[1]) out.push("span must be [start, end] with start < end");
  return out;
}

/** Parses and cross-checks the whole data directory. Returns every problem found, or the data. */
export function parseCuratedData(files: readonly DataFile[]): {
  data: CuratedData | null;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const docs = new Map<string, unknown>();
  for (const f of files) {
    try {
      docs.set(f.path, datesAsText(parseYaml(f.text)));
    } catch (e) {
      const line = e instanceof YAMLParseError ? ` (line ${e.linePos?.[0]?.line ?? "?"})` : "";
      problems.push(
        problem("invalid_data", `${f.path}${line}: not valid YAML: ${(e as Error).message.split("\n")[0]}`),
      );
    }
  }
  const one = <T>(name: string, schema: z.ZodType<T>): T | null => {
    if (!docs.has(name)) {
      problems.push(problem("invalid_data", `${name} is missing from the data directory`));
      return null;
    }
    const r = schema.safeParse(docs.get(name));
    if (!r.success) {
      problems.push(...zodProblems(name, r.error));
      return null;
    }
    return r.data;
  };
  const sources = one("sources.yaml", SourcesFile)?.sources ?? [];
  const organizations = one("organizations.yaml", OrganizationsFile)?.organizations ?? [];
  const people = one("people.yaml", PeopleFile)?.people ?? [];
  const statesFile = one("states.yaml", StatesFile);
  const stateAliases = statesFile?.states ?? [];
  const former = statesFile?.former ?? [];

  const duplicates = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(problem("invalid_data", `${what} "${id}" is defined twice`));
      seen.add(id);
    }
  };
  duplicates(
    "source",
    sources.map((s) => s.id),
  );
  duplicates(
    "organization",
    organizations.map((o) => o.id),
  );
  duplicates(
    "person",
    people.map((p) => p.id),
  );

  const actors = buildActorRegistry(organizations, people, stateAliases, former);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const s of stateAliases) {
    const known = actors.get(s.state);
    if (known?.kind !== "state" || known.ended)
      problems.push(problem("invalid_data", `states.yaml: unknown state ${s.state}`));
  }
  const living = new Set(worldStates().map((a) => a.id));
  for (const f of former) {
    if (living.has(f.state))
      problems.push(problem("invalid_data", `states.yaml: former state ${f.state} is a living state's code`));
    const successor = f.successor === undefined ? undefined : actors.get(f.successor);
    if (f.successor !== undefined && (successor?.kind !== "state" || successor.ended))
      problems.push(
        problem("invalid_data", `states.yaml: ${f.state}'s successor ${f.successor} is not a living state`),
      );
  }

  const claims: CuratedClaim[] = [];
  const claimFiles = [...docs.keys()].filter((p) => p.startsWith("claims/")).sort();
  for (const path of claimFiles) {
    const parsed = ClaimsFile.safeParse(docs.get(path));
    if (!parsed.success) {
      problems.push(...zodProblems(path, parsed.error));
      continue;
    }
    const defaults = parsed.data.defaults ?? {};
    parsed.data.claims.forEach((raw, index) => {
      const where = `${path} #${index + 1}`;
      const {
        cite = defaults.cite,
        span = null,
        note = null,
        recorded = defaults.recorded,
        ...body
      } = raw as {
        cite?: string;
        span?: unknown;
        note?: string | null;
        recorded?: string;
      } & Record<string, unknown>;
      const r = Claim.safeParse(span === null ? body : { ...body, span });
      if (!r.success) {
        problems.push(...zodProblems(where, r.error));
        return;
      }
      const claim = r.data;
      const source = cite === undefined ? undefined : sourceById.get(cite);
      const messages = [
        ...citationProblems(claim, cite, source, recorded),
        ...claimActors(claim)
          .filter(({ actor }) => !actors.get(actor))
          .map(({ actor, role }) => `${role} "${actor}" is not a known actor`),
      ];
      if (messages.length > 0 || cite === undefined || recorded === undefined) {
        for (const m of messages) problems.push(problem("invalid_data", `${where}: ${m}`, { where }));
        return;
      }
      const { span: claimSpan, ...withoutSpan } = claim;
      claims.push({
        claim: withoutSpan as Claim,
        cite,
        span: claimSpan ?? null,
        note: typeof note === "string" ? note : null,
        recorded,
        where,
      });
    });
  }
  if (problems.length > 0) return { data: null, problems };
  return { data: { sources, organizations, people, stateAliases, claims, actors }, problems };
}

/** The curated claims as stored claims: accepted by the curator, recorded on their file's date. */
export function curatedToStored(data: CuratedData): StoredClaim[] {
  const seen = new Set<string>();
  const out: StoredClaim[] = [];
  for (const c of data.claims) {
    const id = claimId(c.claim, c.cite, c.span);
    if (seen.has(id)) continue; // the same claim written twice is one claim
    seen.add(id);
    const at = `${c.recorded}T00:00:00.000Z`;
    out.push({
      id,
      claim: c.claim,
      sourceId: c.cite,
      span: c.span,
      note: c.note,
      origin: "curated",
      review: { state: "accepted", reviewer: "curator", at },
      recorded: { from: at, to: null },
    });
  }
  return out;
}
