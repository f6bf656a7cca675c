import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { StoredClaim } from "../domain/provenance.js";
import { claimId } from "../domain/provenance.js";
import { ProblemError, problem } from "../domain/result.js";
import { correct, type Decision, decide, documentId } from "../knowledge/review.js";
import { summarize } from "../knowledge/summary.js";
import type { DocumentFormat } from "../reading/document-loader.js";
import type { ReaderKnowledge } from "../reading/pipeline.js";
import type { DocumentSummary, Store, StoredDocument } from "../store/store.js";
import { readTextFile } from "./data-files.js";
import type { KnowledgeService } from "./knowledge-service.js";
import { readDocument, readerKnowledge } from "./reading-service.js";

/**
 * `heartland ingest` and `heartland review`: documents are stored once per content hash
 * with the claims the reader found in them as candidates; a reviewer's decisions are new
 * versions of those claims (see knowledge/review.ts), each in one transaction.
 */

/** The largest document accepted, in bytes of UTF-8 (files and the API alike). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export interface IngestInput {
  /** The file name (or a name given): the document's id comes from it. */
  readonly name: string;
  /** The document as given (HTML, Markdown or plain text). */
  readonly raw: string;
  readonly format?: DocumentFormat | undefined;
  readonly published?: string | undefined;
}

export interface IngestReport {
  readonly document: DocumentSummary;
  /** `stored`: new; `unchanged`: a document with the same content was already there. */
  readonly status: "stored" | "unchanged";
  /** Candidates added to the review queue by this ingest (0 when unchanged). */
  readonly candidates: number;
}

export const contentHash = (raw: string): string => createHash("sha256").update(raw, "utf8").digest("hex");

/** Text given over the API gets the checks a file gets: not binary, not empty, not too large. */
export function checkDocumentText(raw: string, name: string): void {
  if (Buffer.byteLength(raw, "utf8") > MAX_DOCUMENT_BYTES)
    throw new ProblemError(
      problem(
        "invalid_argument",
        `${name} is over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit for a document`,
        {
          hint: "split it into several documents",
        },
      ),
    );
  if (raw.includes("\u0000"))
    throw new ProblemError(
      problem("invalid_argument", `${name} is binary, not text`, { hint: "give a text document" }),
    );
  if (raw.trim().length === 0)
    throw new ProblemError(
      problem("invalid_argument", `${name} is empty`, { hint: "give a document with text" }),
    );
}

/** Reads the files to ingest, refusing the whole batch (before anything is written) if one is bad. */
export function readDocumentFiles(paths: readonly string[]): IngestInput[] {
  if (paths.length === 0)
    throw new ProblemError(
      problem("invalid_argument", "no file to ingest", { hint: "give one or more files" }),
    );
  return paths.map((path) => {
    const raw = readTextFile(path);
    checkDocumentText(raw, path);
    return { name: path, raw };
  });
}

export class IngestService {
  #knowledge: Promise<ReaderKnowledge> | null = null;

  constructor(private readonly kb: KnowledgeService) {}

  private get store(): Store {
    return this.kb.store;
  }

  /** The reader's links to the knowledge base, built once per service. */
  private knowledge(): Promise<ReaderKnowledge> {
    this.#knowledge ??= readerKnowledge(this.kb);
    return this.#knowledge;
  }

  /**
   * Stores a document and its candidates in one transaction; the same content ingested
   * again (even at once, by another process) is stored once.
   */
  async ingest(input: IngestInput, by: string, now: Date): Promise<IngestReport> {
    checkDocumentText(input.raw, input.name);
    const hash = contentHash(input.raw);
    const known = await this.store.documentByHash(hash);
    if (known) return { document: known, status: "unchanged", candidates: 0 };
    const read = readDocument(input.raw, input.name, await this.knowledge(), input);
    const at = now.toISOString();
    try {
      return await this.store.transaction(async (tx) => {
        const again = await tx.documentByHash(hash);
        if (again) return { document: again, status: "unchanged" as const, candidates: 0 };
        // A curated source of the same name that is a document without text (an article the
        // curators cited with spans) is this document: its claims' spans point into it.
        // Only the name's own id is looked up: the work does not grow with the corpus.
        const stem = documentId(basename(input.name), hash, () => false);
        const stemSource = await tx.source(stem);
        const stemTaken =
          (await tx.document(stem)) !== undefined ||
          (stemSource !== undefined && stemSource.document !== true);
        const id = documentId(basename(input.name), hash, (candidate) => candidate === stem && stemTaken);
        const existing = id === stem ? stemSource : await tx.source(id);
        if (!existing) {
          await tx.putSources([
            {
              id,
              title: read.title ?? basename(input.name),
              published: read.published,
              reliability: "secondary",
              document: true,
            },
          ]);
        }
        const doc: StoredDocument = {
          id,
          hash,
          name: basename(input.name),
          title: read.title ?? existing?.title ?? basename(input.name),
          format: read.format,
          published: read.published,
          text: read.text,
          ingestedAt: at,
          ingestedBy: by,
        };
        await tx.putDocument(doc);
        const candidates: StoredClaim[] = read.claims.map((e) => ({
          id: claimId(e.claim, id, e.span),
          claim: e.claim,
          sourceId: id,
          span: e.span,
          note: null,
          origin: "extracted",
          review: { state: "candidate", reviewer: null, at: null },
          recorded: { from: at, to: null },
          confidence: e.confidence,
        }));
        const added = await tx.addClaims(candidates);
        const { text, ...summary } = doc;
        return {
          document: { ...summary, length: text.length },
          status: "stored" as const,
          candidates: added,
        };
      });
    } catch (e) {
      // Another process stored the same content between our check and our write.
      const raced = await this.store.documentByHash(hash);
      if (raced) return { document: raced, status: "unchanged", candidates: 0 };
      throw e;
    }
  }
}

export type QueueState = "candidate" | "accepted" | "rejected" | "corrected" | "all";

export interface QueueEntry {
  readonly id: string;
  readonly doc: string;
  readonly kind: string;
  readonly summary: string;
  readonly claim: StoredClaim["claim"];
  readonly span: readonly [number, number] | null;
  /** The supporting text (the span's characters), for a reviewer to read beside the claim. */
  readonly text: string | null;
  readonly confidence: number | null;
  readonly state: StoredClaim["review"]["state"];
  readonly reviewer: string | null;
  readonly reviewedAt: string | null;
  readonly note: string | null;
}

/** The review queue and the decisions on it. */
export class ReviewService {
  constructor(private readonly kb: KnowledgeService) {}

  /** Claims read from documents, in the given state (candidates by default), by document and position. */
  async list(options: { state?: QueueState; doc?: string } = {}): Promise<QueueEntry[]> {
    const state = options.state ?? "candidate";
    const store = this.kb.store;
    let claims: StoredClaim[];
    if (options.doc !== undefined) {
      if (!(await store.document(options.doc))) throw unknownDocument(options.doc);
      claims = await store.claimsFromSource(options.doc);
    } else {
      // Read from documents: extracted, or an analyst's correction of what was extracted.
      claims =
        state === "all"
          ? [
              ...(await store.allClaims({ origin: "extracted" })),
              ...(await store.allClaims({ origin: "analyst" })),
            ]
          : await store.allClaims({ reviewStates: [state] });
    }
    const current = claims.filter(
      (c) =>
        c.recorded.to === null && (state === "all" || c.review.state === state) && c.origin !== "curated",
    );
    const texts = new Map<string, string | null>();
    const out: QueueEntry[] = [];
    for (const c of current) {
      if (!texts.has(c.sourceId)) texts.set(c.sourceId, (await store.document(c.sourceId))?.text ?? null);
      const text = texts.get(c.sourceId) ?? null;
      out.push(this.entry(c, text));
    }
    return out.sort(
      (a, b) =>
        a.doc.localeCompare(b.doc) || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0) || a.id.localeCompare(b.id),
    );
  }

  entry(c: StoredClaim, documentText: string | null): QueueEntry {
    return {
      id: c.id,
      doc: c.sourceId,
      kind: c.claim.kind,
      summary: summarize(c.claim, (code) => this.kb.actors.nameOf(code)),
      claim: c.claim,
      span: c.span,
      text: documentText !== null && c.span ? documentText.slice(c.span[0], c.span[1]) : null,
      confidence: c.confidence ?? null,
      state: c.review.state,
      reviewer: c.review.reviewer,
      reviewedAt: c.review.at,
      note: c.note,
    };
  }

  private async current(id: string): Promise<StoredClaim> {
    const c = await this.kb.store.claim(id);
    if (!c)
      throw new ProblemError(
        problem("unknown_claim", `there is no claim ${id}`, { hint: "see `heartland review list`" }),
      );
    return c;
  }

  /** Accepts or rejects candidates, all in one transaction (none is decided if one cannot be). */
  async decide(
    ids: readonly string[],
    decision: Decision,
    reviewer: string,
    now: Date,
    note: string | null = null,
  ) {
    const at = now.toISOString();
    const versions: StoredClaim[] = [];
    for (const id of ids) {
      const next = decide(await this.current(id), decision, reviewer, at, note);
      if (!next.ok) throw new ProblemError(next.error);
      versions.push(next.value);
    }
    await this.kb.store.transaction(async (tx) => {
      await tx.retractClaims(
        versions.map((v) => v.id),
        at,
      );
      await tx.addClaims(versions);
    });
    return versions.map((v) => this.entry(v, null));
  }

  /** Corrects a candidate: it is rejected and the corrected claim enters in its place. */
  async correct(id: string, settings: readonly string[], reviewer: string, now: Date) {
    const at = now.toISOString();
    const result = correct(await this.current(id), settings, reviewer, at, (name) => {
      const actor = this.kb.actors.resolve(name);
      return actor.ok ? { ok: true, value: actor.value.id } : actor;
    });
    if (!result.ok) throw new ProblemError(result.error);
    const { rejected, corrected } = result.value;
    const existing = await this.kb.store.claim(corrected.id);
    if (existing && existing.recorded.to === null)
      throw new ProblemError(
        problem(
          "conflict",
          `the corrected claim is already held as ${corrected.id} (${existing.review.state})`,
          {
            hint: `reject ${id} instead`,
          },
        ),
      );
    await this.kb.store.transaction(async (tx) => {
      await tx.retractClaims([id], at);
      await tx.addClaims([rejected, corrected]);
    });
    return { rejected: this.entry(rejected, null), corrected: this.entry(corrected, null) };
  }
}

function unknownDocument(id: string): ProblemError {
  return new ProblemError(
    problem("not_found", `there is no document ${id}`, {
      hint: "see `heartland documents` for the documents ingested",
    }),
  );
}

export interface DocumentView extends Omit<StoredDocument, "text"> {
  readonly text: string;
  /** Every claim held that cites the document, with its span: candidates, accepted, curated. */
  readonly spans: readonly {
    readonly start: number;
    readonly end: number;
    readonly claimId: string;
    readonly kind: string;
    readonly summary: string;
    readonly state: StoredClaim["review"]["state"];
  }[];
}

/** A document's text with the span of every claim citing it (the source viewer's answer). */
export async function documentView(kb: KnowledgeService, id: string): Promise<DocumentView> {
  const doc = await kb.store.document(id);
  if (!doc) throw unknownDocument(id);
  const review = new ReviewService(kb);
  const spans = (await kb.store.claimsFromSource(id))
    .filter((c) => c.recorded.to === null && c.span !== null)
    .map((c) => {
      const e = review.entry(c, null);
      const [start, end] = c.span as readonly [number, number];
      return { start, end, claimId: c.id, kind: e.kind, summary: e.summary, state: e.state };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.claimId.localeCompare(b.claimId));
  return { ...doc, spans };
}

/** Every document ingested, with how many of its claims are in each review state. */
export async function documentList(kb: KnowledgeService) {
  const docs = await kb.store.documents();
  const out = [];
  for (const d of docs) {
    const claims = (await kb.store.claimsFromSource(d.id)).filter((c) => c.recorded.to === null);
    const count = (state: StoredClaim["review"]["state"]) =>
      claims.filter((c) => c.review.state === state).length;
    out.push({
      ...d,
      candidates: count("candidate"),
      accepted: count("accepted") + count("corrected"),
      rejected: count("rejected"),
    });
  }
  return out;
}
