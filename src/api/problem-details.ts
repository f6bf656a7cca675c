import type { FastifyReply } from "fastify";
import type { Problem, ProblemCode } from "../domain/result.js";

/**
 * Problems as HTTP answers: `application/problem+json` (RFC 9457), rendered here and
 * nowhere else. A domain Problem keeps its code, message and hint; the status comes from
 * the code, and a new code does not compile until it has one.
 */

export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: string;
  readonly hint?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly errors?: readonly { readonly in: string; readonly field: string; readonly message: string }[];
}

const STATUS: Record<ProblemCode, number> = {
  invalid_date: 400,
  invalid_argument: 400,
  invalid_claim: 400,
  invalid_data: 400,
  unknown_actor: 404,
  unknown_claim: 404,
  unknown_source: 404,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  io: 500,
};

const TITLE: Record<ProblemCode, string> = {
  invalid_date: "Invalid date",
  invalid_argument: "Invalid argument",
  invalid_claim: "Invalid claim",
  invalid_data: "Invalid data",
  unknown_actor: "Unknown actor",
  unknown_claim: "Unknown claim",
  unknown_source: "Unknown source",
  not_found: "Not found",
  conflict: "Conflict",
  unauthorized: "Unauthorized",
  io: "Storage failure",
};

/** The problem type URI: a URN, since problem types are documented in the API, not at an address. */
export const problemType = (code: string) => `urn:heartland:problem:${code}`;

export function fromProblem(p: Problem, instance?: string): ProblemDetails {
  const status = STATUS[p.code];
  // A server-side failure's message may name paths on the server: log it, do not send it.
  if (status >= 500) return internalProblem(instance);
  return {
    type: problemType(p.code),
    title: TITLE[p.code],
    status,
    detail: p.message,
    ...(instance === undefined ? {} : { instance }),
    code: p.code,
    ...(p.hint ? { hint: p.hint } : {}),
    ...(p.data ? { data: p.data } : {}),
  };
}

/** A problem of HTTP itself (no route, a body too large...), not of the domain. */
export function httpProblem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: { hint?: string; instance?: string; errors?: ProblemDetails["errors"] } = {},
): ProblemDetails {
  return {
    type: problemType(code),
    title,
    status,
    detail,
    ...(extra.instance === undefined ? {} : { instance: extra.instance }),
    code,
    ...(extra.hint ? { hint: extra.hint } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
}

export function internalProblem(instance?: string): ProblemDetails {
  return httpProblem(
    500,
    "internal",
    "Internal error",
    "the server failed to answer; the failure was logged",
    {
      hint: "try again; if it persists, report it with the time of the request",
      ...(instance === undefined ? {} : { instance }),
    },
  );
}

export function sendProblem(reply: FastifyReply, p: ProblemDetails): FastifyReply {
  if (p.status === 401) reply.header("www-authenticate", 'Bearer realm="heartland"');
  // Sent as text so that no route's response serializer touches it.
  return reply.code(p.status).type("application/problem+json; charset=utf-8").send(JSON.stringify(p));
}
