import { z } from "zod";
import type { ExportFormat } from "../services/export-tables.js";
import { ProblemDetails } from "./schemas.js";

/**
 * Error responses as the OpenAPI document lists them: every one is problem+json. They are
 * documentation; the error handler (app.ts) renders them.
 */
const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemDetails } },
});

export const BAD_REQUEST = {
  400: problemResponse("a parameter or field is missing, unknown or malformed (a date, a year...)"),
};
export const NOT_FOUND = { 404: problemResponse("an actor, claim, source or scenario is not known") };
export const UNAUTHORIZED = { 401: problemResponse("no API token, or an unknown or revoked one") };
export const CONFLICT = { 409: problemResponse("the record exists already") };
export const TOO_LARGE = { 413: problemResponse("the request body is larger than the limit") };

/** The security requirement of a write: a bearer token. */
export const BEARER_AUTH = [{ bearerAuth: [] }];

/** The content type a table download is sent with, by format. */
export const DOWNLOAD_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
};

/** A table download as the OpenAPI document lists it: CSV or JSON Lines, as an attachment. */
export const download = (what: string) => ({
  description: `${what}, as an attachment`,
  content: {
    "text/csv": { schema: z.string().describe("RFC 4180 CSV with a header row") },
    "application/jsonl": { schema: z.string().describe("JSON Lines: one JSON object per line") },
  },
});
