/**
 * Expected failures are values, not exceptions (as zod's `safeParse`): a `Result` is
 * either `{ ok: true, value }` or `{ ok: false, error }`, and every error carries a
 * machine-readable `code`. Text for people is rendered from the code at the edges.
 */
export type Result<T, E = Problem> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** The kinds of expected failure every edge knows how to report. */
export type ProblemCode =
  | "invalid_date"
  | "invalid_argument"
  | "unknown_actor"
  | "unknown_claim"
  | "unknown_source"
  | "invalid_claim"
  | "invalid_data"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "io";

/** An expected failure: what went wrong (`message`) and what to do about it (`hint`). */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly hint?: string;
  /** Where it came from: a file and line, a field path, a document span. */
  readonly where?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export const problem = (
  code: ProblemCode,
  message: string,
  extra: Omit<Problem, "code" | "message"> = {},
): Problem => ({ code, message, ...extra });

/**
 * A Problem that crossed a boundary where only exceptions travel (a transaction callback,
 * a command handler). Edges catch it and report `problem`; anything else is a bug.
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(p: Problem, options?: ErrorOptions) {
    super(p.message, options);
    this.name = "ProblemError";
    this.problem = p;
  }
}

/** Returns the value or throws the problem as a `ProblemError`. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ProblemError(result.error);
}

export function assertNever(value: never, what = "value"): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
