import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  documentList,
  documentView,
  IngestService,
  MAX_DOCUMENT_BYTES,
  ReviewService,
} from "../../services/ingest-service.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, BEARER_AUTH, CONFLICT, NOT_FOUND, TOO_LARGE, UNAUTHORIZED } from "../route-docs.js";

/**
 * Documents, ingest and the review queue (`heartland ingest`, `review`, `documents`).
 * Reading is open; ingesting and reviewing need a token, and every decision records the
 * token's name as the reviewer.
 */

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const span = z.tuple([z.number(), z.number()]).readonly();
const REVIEW_STATES = ["candidate", "accepted", "rejected", "corrected"] as const;

const DocumentSummary = z.object({
  id: z.string().describe("the document's id, also the id of the source its claims cite"),
  hash: z.string().describe("SHA-256 of the document as given"),
  name: z.string(),
  title: z.string().nullable(),
  format: z.enum(["text", "html", "markdown"]),
  published: z.string().nullable(),
  ingestedAt: z.string(),
  ingestedBy: z.string(),
  length: z.number().describe("characters of text"),
});

const DocumentsAnswer = z.object({
  documents: list(
    DocumentSummary.extend({ candidates: z.number(), accepted: z.number(), rejected: z.number() }),
  ),
});

const DocumentAnswer = DocumentSummary.omit({ length: true }).extend({
  text: z.string().describe("the text as shown; spans are UTF-16 offsets into it"),
  spans: list(
    z.object({
      start: z.number(),
      end: z.number(),
      claimId: z.string(),
      kind: z.string(),
      summary: z.string(),
      state: z.enum(REVIEW_STATES),
    }),
  ),
});

const QueueEntry = z
  .object({
    id: z.string(),
    doc: z.string(),
    kind: z.string(),
    summary: z.string(),
    claim: z.object({ kind: z.string(), date: z.string().nullable() }),
    span: span.nullable(),
    text: z.string().nullable().describe("the supporting text: the span's characters"),
    confidence: z.number().nullable(),
    state: z.enum(REVIEW_STATES),
    reviewer: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "QueueEntry", description: "a claim read from a document, with its review state" });

const ReviewQuery = z.strictObject({
  state: z
    .enum([...REVIEW_STATES, "all"])
    .optional()
    .describe("which claims (default: candidates awaiting review)"),
  doc: z.string().min(1).max(200).optional().describe("only this document's claims"),
});

const IdParams = z.strictObject({ id: z.string().min(1).max(200) });

const IngestBody = z.strictObject({
  text: z.string().min(1).describe("the document as given: plain text, HTML or Markdown"),
  name: z
    .string()
    .min(1)
    .max(200)
    .describe("a file name for it (its id comes from the name; its extension hints at the format)"),
  format: z.enum(["text", "html", "markdown"]).optional(),
  published: z.string().max(40).optional().describe("publication date, YYYY, YYYY-MM or YYYY-MM-DD"),
});

const IngestAnswer = z.object({
  document: DocumentSummary,
  status: z.enum(["stored", "unchanged"]),
  candidates: z.number(),
});

const DecisionBody = z.strictObject({ note: z.string().max(2000).optional() }).optional();
const CorrectBody = z.strictObject({
  set: z
    .record(z.string().regex(/^[a-z_]+$/), z.string().max(500))
    .describe("fields to change: actors by name or code, lists comma-separated, `null` clears a field"),
});

/** The body limit for ingest: a document at the size limit, escaped as JSON, fits. */
const INGEST_BODY_LIMIT = MAX_DOCUMENT_BYTES * 2;

export const documentRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get(
    "/documents",
    {
      schema: {
        summary: "The documents ingested, with how many of their claims are in each review state",
        tags: ["documents"],
        response: { 200: DocumentsAnswer },
      },
      config: { cache: true },
    },
    async () => ({ documents: await documentList(await ctx.base()) }),
  );

  app.get(
    "/documents/:id",
    {
      schema: {
        summary: "A document's text with the span of every claim citing it",
        description: "The text is third-party text: show it as text, never as HTML.",
        tags: ["documents"],
        params: IdParams,
        response: { 200: DocumentAnswer, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => documentView(await ctx.base(), request.params.id),
  );

  app.post(
    "/ingest",
    {
      bodyLimit: INGEST_BODY_LIMIT,
      schema: {
        summary: "Store a document and queue the claims found in it for review",
        description: `Idempotent by content: the same text posted twice is stored once (status \`unchanged\`). Documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Needs an API token; the document records the token's name.`,
        tags: ["documents"],
        security: BEARER_AUTH,
        body: IngestBody,
        response: { 200: IngestAnswer, 201: IngestAnswer, ...BAD_REQUEST, ...UNAUTHORIZED, ...TOO_LARGE },
      },
      config: { write: true },
      onRequest: ctx.authenticate,
    },
    async (request, reply) => {
      const { text, name, format, published } = request.body;
      if (published !== undefined) ctx.date(published, "published");
      const kb = await ctx.base();
      const report = await new IngestService(kb).ingest(
        { raw: text, name, format, published },
        ctx.writer(request).name,
        ctx.now(),
      );
      // A new document is a new source the open service does not know yet.
      if (report.status === "stored") ctx.changed();
      return reply.code(report.status === "stored" ? 201 : 200).send(report);
    },
  );

  app.get(
    "/review",
    {
      schema: {
        summary: "The review queue: claims read from documents (candidates by default)",
        tags: ["review"],
        querystring: ReviewQuery,
        response: { 200: z.object({ candidates: list(QueueEntry) }), ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => ({
      candidates: await new ReviewService(await ctx.base()).list({
        ...(request.query.state ? { state: request.query.state } : {}),
        ...(request.query.doc ? { doc: request.query.doc } : {}),
      }),
    }),
  );

  for (const decision of ["accept", "reject"] as const) {
    app.post(
      `/review/:id/${decision}`,
      {
        schema: {
          summary:
            decision === "accept"
              ? "Accept a candidate: it enters the knowledge base, recorded now under the token's name"
              : "Reject a candidate: it is kept, marked, and never proposed again for its document",
          tags: ["review"],
          security: BEARER_AUTH,
          params: IdParams,
          body: DecisionBody,
          response: { 200: QueueEntry, ...BAD_REQUEST, ...UNAUTHORIZED, ...NOT_FOUND, ...CONFLICT },
        },
        config: { write: true },
        onRequest: ctx.authenticate,
      },
      async (request) => {
        const [entry] = await new ReviewService(await ctx.base()).decide(
          [request.params.id],
          decision === "accept" ? "accepted" : "rejected",
          ctx.writer(request).name,
          ctx.now(),
          request.body?.note ?? null,
        );
        if (!entry) throw new Error("a decision answered nothing");
        return entry;
      },
    );
  }

  app.post(
    "/review/:id/correct",
    {
      schema: {
        summary: "Correct a candidate: it is rejected and the corrected claim enters in its place",
        tags: ["review"],
        security: BEARER_AUTH,
        params: IdParams,
        body: CorrectBody,
        response: {
          200: z.object({ rejected: QueueEntry, corrected: QueueEntry }),
          ...BAD_REQUEST,
          ...UNAUTHORIZED,
          ...NOT_FOUND,
          ...CONFLICT,
        },
      },
      config: { write: true },
      onRequest: ctx.authenticate,
    },
    async (request) =>
      new ReviewService(await ctx.base()).correct(
        request.params.id,
        Object.entries(request.body.set).map(([field, value]) => `${field}=${value}`),
        ctx.writer(request).name,
        ctx.now(),
      ),
  );
};
