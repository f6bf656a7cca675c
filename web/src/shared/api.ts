/**
 * The one way the web app talks to the server: JSON from /api/v1, problems (RFC 9457)
 * turned into ApiError with the server's detail and hint, and the chosen scenario added to
 * every read that answers within one.
 */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly hint: string | null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Params = Record<string, string | number | null | undefined>;

let scenario: string | null = null;
const scenarioListeners = new Set<(name: string | null) => void>();

/** The scenario every read answers within (null: the knowledge base as it is). */
export function currentScenario(): string | null {
  return scenario;
}

export function chooseScenario(name: string | null): void {
  scenario = name;
  for (const listener of scenarioListeners) listener(name);
}

export function onScenarioChange(listener: (name: string | null) => void): () => void {
  scenarioListeners.add(listener);
  return () => scenarioListeners.delete(listener);
}

export function apiUrl(path: string, params: Params = {}, withScenario = false): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  if (withScenario && scenario !== null) search.set("scenario", scenario);
  const query = search.toString();
  return `/api/v1${path}${query ? `?${query}` : ""}`;
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const p = (await response.json()) as { detail?: string; code?: string; hint?: string };
    return new ApiError(p.detail ?? response.statusText, response.status, p.code ?? null, p.hint ?? null);
  } catch {
    return new ApiError(`${response.status} ${response.statusText}`, response.status, null, null);
  }
}

export interface ReadOptions {
  /** Answer within the chosen scenario (reads that take `scenario`). */
  readonly scenario?: boolean;
  readonly signal?: AbortSignal;
}

export async function getJson<T>(path: string, params: Params = {}, options: ReadOptions = {}): Promise<T> {
  const response = await fetch(apiUrl(path, params, options.scenario ?? false), {
    headers: { accept: "application/json" },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export async function getText(path: string, params: Params = {}, options: ReadOptions = {}): Promise<string> {
  const response = await fetch(apiUrl(path, params, options.scenario ?? false), {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw await failure(response);
  return response.text();
}

export async function postJson<T>(path: string, body: unknown, token?: string | null): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(apiUrl(path), { method: "POST", headers, body: JSON.stringify(body) });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/** A message for people: the server's detail and, when it gave one, what to do. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.hint ? `${error.message} (${error.hint})` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
