import { readFileSync } from "node:fs";
import { join } from "node:path";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyRequest } from "fastify";
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  hasZodFastifySchemaValidationErrors,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { z } from "zod";
import { ProblemError } from "../domain/result.js";
import type { KnowledgeService } from "../services/knowledge-service.js";
import { PACKAGE_ROOT } from "../services/open-knowledge-base.js";
import { TokenService } from "../services/token-service.js";
import type { Store } from "../store/store.js";
import { AnswerCache } from "./answer-cache.js";
import { createApiContext, ServiceHolder } from "./api-context.js";
import {
  fromProblem,
  httpProblem,
  internalProblem,
  type ProblemDetails,
  sendProblem,
} from "./problem-details.js";
import { analyticsRoutes } from "./routes/analytics-routes.js";
import { documentRoutes } from "./routes/document-routes.js";
import { exportRoutes } from "./routes/export-routes.js";
import { preferenceRoutes } from "./routes/preference-routes.js";
import { readingRoutes } from "./routes/reading-routes.js";
import { reasoningRoutes } from "./routes/reasoning-routes.js";
import { scenarioRoutes } from "./routes/scenario-routes.js";
import { readWebIndex, WEB_ROOT, wantsHtml, webRoutes } from "./routes/web-routes.js";
import { IndexAnswer } from "./schemas.js";

/**
 * The HTTP API (`heartland serve`): the CLI's questions under /api/v1, with the same JSON
 * bodies (shared/spec/cli.md), described by an OpenAPI 3.1 document generated from the
 * routes' zod schemas. Problems of every kind leave as application/problem+json from the
 * one error handler below.
 */

/** The largest request body accepted (JSON). Scenario claims and votes fit many times over. */
export const BODY_LIMIT = 1024 * 1024;
/** A request that takes longer than this is answered 408. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Sent with every answer: no inline script, no plugins, no framing, no <base> rewriting. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const API_PREFIX = "/api/v1";
export const OPENAPI_PATH = "/api/openapi.json";
export const DOCS_PATH = "/api/docs";

export interface ApiOptions {
  /** The opened knowledge base: its store and the service over it (as openKnowledgeBase gives them). */
  readonly kb: { readonly store: Store; readonly service: KnowledgeService };
  /** The clock writes are recorded with. */
  readonly now: () => Date;
  /**
   * A value that changes when another process writes the knowledge base, so that cached
   * answers are dropped and the service reopened. Defaults to SQLite's `data_version`
   * when the store is SQLite; `null` turns the answer cache off.
   */
  readonly changeMarker?: (() => unknown) | null;
  /** Called with every failure answered 500, for the operator's log. */
  readonly logError?: (error: unknown, request: FastifyRequest) => void;
  /** The built web app served at / (default web/dist); without its index.html, / answers JSON only. */
  readonly webRoot?: string;
}

interface SqliteHandle {
  prepare(sql: string): { pluck(): { get(): unknown } };
}

/**
 * SQLite's `PRAGMA data_version`: changes whenever another connection commits to the file.
 * Asked on every request, so the statement is prepared once.
 */
function sqliteDataVersion(store: Store): (() => unknown) | null {
  const sqlite = (store as { sqlite?: SqliteHandle }).sqlite;
  if (typeof sqlite?.prepare !== "function") return null;
  const statement = sqlite.prepare("PRAGMA data_version").pluck();
  return () => statement.get();
}

/**
 * Response objects in the OpenAPI document stay open to added fields (zod writes
 * `additionalProperties: false` for every output object); strict request objects keep
 * theirs, since unknown fields there are refused. Readonly (a TypeScript matter) is dropped.
 */
const openResponses = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string; catchall?: unknown } } })._zod?.def;
  if (def?.type === "object" && def.catchall === undefined && ctx.jsonSchema.additionalProperties === false)
    delete ctx.jsonSchema.additionalProperties;
  if (def?.type === "readonly") delete ctx.jsonSchema.readOnly;
};

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "0.0.0";
  }
}

const FIELD_IN: Record<string, string> = {
  querystring: "query parameter",
  body: "body field",
  params: "path parameter",
  headers: "header",
};

/** A zod validation failure as a problem naming each field (and, for unknown ones, the known ones). */
function validationProblem(error: FastifyError, request: FastifyRequest): ProblemDetails {
  const context = error.validationContext ?? "request";
  const where = FIELD_IN[context] ?? context;
  const schema = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[context] as
    | z.ZodObject
    | undefined;
  const known = schema && "shape" in schema ? Object.keys(schema.shape) : [];
  const errors = (error.validation ?? []).flatMap((v) => {
    const field = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const keys = (v.params as { keys?: unknown }).keys;
    if (v.keyword === "unrecognized_keys" && Array.isArray(keys)) {
      return keys.map((k) => ({
        in: where,
        field: field ? `${field}.${String(k)}` : String(k),
        message: "is not known",
      }));
    }
    const message = /received undefined$/.test(v.message ?? "") ? "is required" : (v.message ?? "is invalid");
    return [{ in: where, field, message }];
  });
  const first = errors[0];
  // The known names are those of the top level; a nested unknown field gets no such list.
  const unknownField = errors.find((e) => e.message === "is not known" && !e.field.includes("."));
  const whole = context === "querystring" ? "the query" : `the ${context}`;
  return httpProblem(
    400,
    "invalid_request",
    "Invalid request",
    !first
      ? `${whole} is invalid`
      : first.field
        ? `${first.in} "${first.field}" ${first.message}`
        : `${whole}: ${first.message}`,
    {
      instance: request.url,
      errors,
      ...(unknownField && known.length > 0 ? { hint: `known ${where}s: ${known.join(", ")}` } : {}),
    },
  );
}

export function buildApp(options: ApiOptions) {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // /api/v1/members/ answers as /api/v1/members.
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Bodies are JSON; anything else is 415 rather than a string the schema then refuses.
  app.removeContentTypeParser("text/plain");
  // Bodies are the services' answers as they are: JSON.stringify keeps every field (the
  // response schemas describe and type them; they do not strip what they do not list).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  const services = new ServiceHolder(options.kb.store, options.kb.service);
  const tokens = new TokenService(options.kb.store);
  const ctx = createApiContext({ services, tokens, now: options.now });
  app.decorateRequest("writer", null);

  // ---- The answer cache, and changes made by other processes.
  const marker =
    options.changeMarker === undefined ? sqliteDataVersion(options.kb.store) : options.changeMarker;
  const cache = marker === null ? null : new AnswerCache();
  let lastMark = marker?.();
  const generationOf = new WeakMap<FastifyRequest, number>();
  // Callback-style hooks: they run on every request, cache hits included, and need no promise.
  app.addHook("onRequest", (request, reply, done) => {
    if (marker) {
      const mark = marker();
      if (mark !== lastMark) {
        lastMark = mark;
        cache?.invalidate();
        services.reopen();
      }
    }
    // `Cache-Control: no-cache` asks for a fresh answer (and gives the bench its uncached figure).
    if (
      cache &&
      request.method === "GET" &&
      request.routeOptions.config.cache &&
      !/no-cache/i.test(request.headers["cache-control"] ?? "")
    ) {
      const hit = cache.get(request.url);
      if (hit !== undefined) {
        reply.header("content-type", "application/json; charset=utf-8").send(hit);
        return;
      }
      generationOf.set(request, cache.generation);
    }
    done();
  });
  // Every answer forbids inline script, plugins and framing, and is read as the type it
  // says (issue 10). The reference page at /api/docs sets its own, as strict on script.
  app.addHook("onSend", (_request, reply, payload, done) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    done(null, payload);
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    if (cache) {
      if (request.routeOptions.config.write && (reply.statusCode < 400 || reply.statusCode >= 500)) {
        cache.invalidate();
      }
      const generation = generationOf.get(request);
      if (generation !== undefined && reply.statusCode === 200 && typeof payload === "string") {
        cache.put(request.url, generation, payload);
      }
    }
    done(null, payload);
  });

  // ---- Errors, all as problem+json.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      const details = fromProblem(error.problem, request.url);
      if (details.status >= 500) options.logError?.(error, request);
      return sendProblem(reply, details);
    }
    if (hasZodFastifySchemaValidationErrors(error))
      return sendProblem(reply, validationProblem(error, request));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const extra = { instance: request.url };
      const p =
        status === 413
          ? httpProblem(
              413,
              "payload_too_large",
              "Payload too large",
              `the request body is larger than ${BODY_LIMIT} bytes`,
              {
                ...extra,
                hint: "send less at once",
              },
            )
          : status === 415
            ? httpProblem(
                415,
                "unsupported_media_type",
                "Unsupported media type",
                `a body of type ${request.headers["content-type"] ?? "(none given)"} is not accepted`,
                {
                  ...extra,
                  hint: "send JSON with `Content-Type: application/json`",
                },
              )
            : httpProblem(status, "invalid_request", "Invalid request", error.message, extra);
      return sendProblem(reply, p);
    }
    options.logError?.(error, request);
    return sendProblem(reply, internalProblem(request.url));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      httpProblem(
        404,
        "not_found",
        "Not found",
        `there is no route ${request.method} ${request.url.split("?")[0]}`,
        {
          instance: request.url,
          hint: `the routes are listed at ${OPENAPI_PATH} and browsable at ${DOCS_PATH}`,
        },
      ),
    ),
  );

  // ---- The OpenAPI document and its reference page (served from node_modules: no CDN).
  void app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Heartland API",
        version: packageVersion(),
        description:
          "Who is aligned with whom in world politics, when, and on whose word. The same questions and JSON bodies as the `heartland` command (shared/spec/cli.md). Dates are YYYY, YYYY-MM or YYYY-MM-DD. Every read takes `asOf` (what the knowledge base held on a recorded date) and `scenario` (answer within a scenario) where they apply. Writes need `Authorization: Bearer <token>` (`heartland token create --name NAME`). Errors are application/problem+json (RFC 9457). Request bodies are limited to 1 MiB; unknown query parameters and body fields are refused.",
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "an API token from `heartland token create --name NAME` (hl_...)",
          },
        },
      },
      tags: [
        { name: "knowledge", description: "members, timelines, conflicts, sources and claims" },
        { name: "reasoning", description: "obligations, violations and decision simulation" },
        { name: "scenarios", description: "named overlays of hypothetical claims" },
        { name: "analytics", description: "alignment of two states over time" },
        { name: "exports", description: "tables to download" },
      ],
    },
    transform: createJsonSchemaTransform({ skipList: [], zodToJsonConfig: { override: openResponses } }),
    transformObject: createJsonSchemaTransformObject({ zodToJsonConfig: { override: openResponses } }),
  });
  void app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    staticCSP: true,
    uiConfig: { docExpansion: "list", deepLinking: true, tryItOutEnabled: true },
  });

  void app.register(
    async (api) => {
      await api.register(readingRoutes, { ctx });
      await api.register(reasoningRoutes, { ctx });
      await api.register(scenarioRoutes, { ctx });
      await api.register(preferenceRoutes, { ctx });
      await api.register(exportRoutes, { ctx });
      await api.register(analyticsRoutes, { ctx });
      await api.register(documentRoutes, { ctx });
    },
    { prefix: API_PREFIX },
  );

  // The web app at / and its client routes (when built).
  const webRoot = options.webRoot ?? WEB_ROOT;
  const webIndex = readWebIndex(webRoot);
  if (webIndex !== null) void app.register(webRoutes, { root: webRoot, index: webIndex });

  // Registered as a plugin, like the routes above, so that they load after @fastify/swagger.
  void app.register(async (root) => {
    root.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
    root.get(
      "/",
      {
        schema: {
          summary: "Where the API, its description and its reference page are",
          tags: ["knowledge"],
          response: { 200: IndexAnswer },
        },
      },
      async (request, reply) =>
        // A browser gets the web app; anything asking for JSON, where the API is.
        webIndex !== null && wantsHtml(request)
          ? reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(webIndex)
          : { name: "Heartland", api: API_PREFIX, openapi: OPENAPI_PATH, docs: DOCS_PATH },
    );
  });

  return app;
}

export type HeartlandApp = ReturnType<typeof buildApp>;
