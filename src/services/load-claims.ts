import { z } from "zod";
import { Claim } from "../domain/claim.js";
import { ORIGINS, REVIEW_STATES, Source as SourceSchema, type StoredClaim } from "../domain/provenance.js";
import { type Problem, ProblemError, problem } from "../domain/result.js";
import { type DataFile, parseCuratedData } from "../knowledge/curated-data.js";
import type { Store, StoredDocument } from "../store/store.js";
import { claimRows } from "./export-tables.js";
import { type KnowledgeService, type LoadReport, loadCuratedData } from "./knowledge-service.js";

/**
 * Loading a claims export (`heartland export claims --format jsonl`) into a knowledge base,
 * so a knowledge base moves between SQLite and PostgreSQL without losing a claim, its
 * provenance, its review or its recorded time. A line is a claim in the interchange format
 * with its `id`, `doc` and `span`, and its `provenance` (export-tables.ts, claimRows).
 */

const Provenance = z.strictObject({
  source: z.string().min(1),
  origin: z.enum(ORIGINS),
  review: z.strictObject({
    state: z.enum(REVIEW_STATES),
    reviewer: z.string().nullable(),
    at: z.string().nullable(),
  }),
  recorded: z.strictObject({ from: z.string().min(1), to: z.string().nullable() }),
  note: z.string().nullable(),
});

/** A document line of `export claims --all`: an ingested document with its source. */
const DocumentLine = z.strictObject({
  document: z.strictObject({
    id: z.string().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    name: z.string().min(1),
    title: z.string().nullable(),
    format: z.enum(["text", "html", "markdown"]),
    published: z.string().nullable(),
    text: z.string(),
    ingestedAt: z.string().min(1),
    ingestedBy: z.string().min(1),
  }),
  source: SourceSchema,
});

const ExportLine = z.looseObject({
  id: z.string().min(1),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  provenance: Provenance,
});

/**
 * Reads a claims export: every bad line is named. The claim is kept as the store keeps
 * it: its span and confidence beside it, not inside it (as the curated loader does).
 */
export function parseClaimsExport(
  text: string,
  name: string,
): { claims: StoredClaim[]; documents: DocumentLineValue[]; problems: Problem[] } {
  const claims: StoredClaim[] = [];
  const documents: DocumentLineValue[] = [];
  const problems: Problem[] = [];
  const bad = (where: string, what: string) =>
    problems.push(
      problem("invalid_claim", `${where}: ${what}`, {
        where,
        hint: "give a file written by `heartland export claims --format jsonl`",
      }),
    );
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      bad(where, "not JSON");
      return;
    }
    if (typeof value === "object" && value !== null && "document" in value) {
      const doc = DocumentLine.safeParse(value);
      if (doc.success) documents.push(doc.data);
      else {
        const first = doc.error.issues[0];
        bad(where, `${first?.path.join(".") ?? ""}: ${first?.message ?? "not an exported document"}`);
      }
      return;
    }
    const row = ExportLine.safeParse(value);
    if (!row.success) {
      const first = row.error.issues[0];
      bad(where, `${first?.path.join(".") ?? ""}: ${first?.message ?? "not an exported claim"}`);
      return;
    }
    const {
      id,
      span,
      provenance,
      doc: _doc,
      confidence,
      ...body
    } = row.data as typeof row.data & {
      doc?: unknown;
      confidence?: unknown;
    };
    const claim = Claim.safeParse(body);
    if (!claim.success) {
      const first = claim.error.issues[0];
      bad(where, `${first?.path.join(".") ?? ""}: ${first?.message ?? "not a claim"}`);
      return;
    }
    claims.push({
      id,
      claim: claim.data,
      sourceId: provenance.source,
      span: span ?? null,
      note: provenance.note,
      origin: provenance.origin,
      review: provenance.review,
      recorded: provenance.recorded,
      ...(typeof confidence === "number" ? { confidence } : {}),
    });
  });
  if (claims.length === 0 && documents.length === 0 && problems.length === 0) bad(name, "holds no claims");
  return { claims, documents, problems };
}

type DocumentLineValue = z.infer<typeof DocumentLine>;

export interface ClaimsLoadReport {
  readonly file: string;
  readonly claims: number;
  readonly added: number;
  readonly unchanged: number;
}

/**
 * Adds the claims of an export as they were recorded; a claim the knowledge base already
 * holds (same id) is left as it is. Their sources must be held: a missing one refuses the
 * whole file, and nothing is written.
 */
export async function loadClaimsExport(store: Store, file: string, text: string): Promise<ClaimsLoadReport> {
  const { claims, documents, problems } = parseClaimsExport(text, file);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => p.message);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    throw new ProblemError(
      problem("invalid_claim", `${file} has ${problems.length} bad line(s): ${shown.join("; ")}${more}`, {
        hint: "give a file written by `heartland export claims --format jsonl`; nothing was loaded",
        data: { problems: problems.map((p) => p.message) },
      }),
    );
  }
  return store.transaction(async (tx) => {
    // Ingested documents first (with their sources): the claims read from them cite them.
    for (const { document, source } of documents) {
      if (!(await tx.source(source.id))) await tx.putSources([source]);
      if (!(await tx.documentByHash(document.hash)) && !(await tx.document(document.id)))
        await tx.putDocument(document as StoredDocument);
    }
    const held = new Set((await tx.sources()).map((s) => s.id));
    const missing = [...new Set(claims.map((c) => c.sourceId).filter((s) => !held.has(s)))];
    if (missing.length > 0) {
      throw new ProblemError(
        problem(
          "unknown_source",
          `${file} cites ${missing.length} source(s) the knowledge base does not hold: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}`,
          {
            hint: "load the data directory that defines them in the same command: heartland load DIR FILE.jsonl",
          },
        ),
      );
    }
    const added = await tx.addClaims(claims);
    return { file, claims: claims.length, added, unchanged: claims.length - added };
  });
}

export type LoadInput =
  | { readonly kind: "dir"; readonly path: string; readonly files: readonly DataFile[] }
  | { readonly kind: "claims"; readonly path: string; readonly text: string };

/**
 * Loads data directories and claims exports together, all or nothing: the directories'
 * sources first, then the exported claims with their recorded provenance, then the
 * directories' curated claims (those the export already brought in are left as they
 * are, so moving a knowledge base keeps when each claim was learned).
 */
export async function loadInputs(
  store: Store,
  inputs: readonly LoadInput[],
  now: Date,
): Promise<(LoadReport | ClaimsLoadReport)[]> {
  return store.transaction(async (tx) => {
    for (const input of inputs) {
      if (input.kind !== "dir") continue;
      const { data } = parseCuratedData(input.files);
      if (data) await tx.putSources(data.sources); // a bad directory is refused below, with its problems
    }
    const reports: (LoadReport | ClaimsLoadReport)[] = [];
    for (const input of inputs) {
      if (input.kind === "claims") reports.push(await loadClaimsExport(tx, input.path, input.text));
    }
    for (const input of inputs) {
      if (input.kind === "dir") reports.push(await loadCuratedData(tx, input.path, input.files, now));
    }
    return reports;
  });
}

/**
 * Every held claim whatever its review (the review queue's candidates and rejected claims
 * too), as `export claims` writes a line, with the reader's confidence: what `load` needs
 * to move a whole knowledge base. Retracted versions stay behind.
 */
export async function allClaimsFile(s: KnowledgeService): Promise<string> {
  const held = (await s.store.allClaims()).filter((c) => c.recorded.to === null);
  const rows = claimRows(s, held).map((row, i) => {
    const confidence = held[i]?.confidence;
    return confidence === undefined || confidence === null ? row : { ...row, confidence };
  });
  // The documents ingested, with their sources, go first: loading them back restores the
  // text that the claims' spans point into.
  const documents: string[] = [];
  for (const summary of await s.store.documents()) {
    const document = await s.store.document(summary.id);
    const source = await s.store.source(summary.id);
    if (document && source) documents.push(`${JSON.stringify({ document, source })}\n`);
  }
  return documents.join("") + rows.map((r) => `${JSON.stringify(r)}\n`).join("");
}
