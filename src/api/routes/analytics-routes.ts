import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SYSTEMS } from "../../analytics/state-system.js";
import { ProblemError, problem } from "../../domain/result.js";
import {
  type AnalyticsOptions,
  align,
  alignChart,
  dyadYearFile,
  stateYearFile,
  type TableFormat,
} from "../../services/analytics-service.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, DOWNLOAD_CONTENT_TYPE, download, NOT_FOUND } from "../route-docs.js";
import { CitedClaim } from "../schemas.js";

/**
 * Alignment over time and the peace-science tables over HTTP: `heartland align` (the same
 * JSON, or its SVG chart) and `heartland export state-year|dyad-year` (the same bytes).
 */

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const year = (what: string) =>
  z
    .string()
    .regex(/^\d{4}$/, "expected a year, YYYY")
    .transform(Number)
    .describe(`${what}: a year, YYYY`);

const tableOptions = {
  from: year("first year").optional(),
  to: year("last year").optional(),
  system: z
    .enum(SYSTEMS)
    .optional()
    .describe("which states the portfolios range over: region (default) or all-known"),
  tie: z
    .union([z.string().max(100), z.array(z.string().max(100)).max(50)])
    .optional()
    .describe(
      "tie-level overrides KEY=LEVEL, repeatable: an organization (SCO=0), a clause, or collective-defence",
    ),
  asOf: z
    .string()
    .min(1)
    .max(40)
    .describe("answer with what the knowledge base held at the end of this recorded date")
    .optional(),
  scenario: z.string().min(1).max(80).describe("answer within this scenario's overlay").optional(),
};

export const AlignQuery = z.strictObject({
  a: z.string().min(1).max(200).describe("a state: a code (UZB) or any name the gazetteer knows"),
  b: z.string().min(1).max(200).describe("another state"),
  weights: z
    .string()
    .max(8000)
    .regex(/^[A-Za-z0-9_-]+:[0-9.eE+-]+(,[A-Za-z0-9_-]+:[0-9.eE+-]+)*$/, "expected STATE:WEIGHT,STATE:WEIGHT")
    .optional()
    .describe("weights per state for the weighted S, e.g. RUS:0.21,UZB:0.01 (states not listed weigh 0)"),
  ties: z
    .enum(["true", "false"])
    .optional()
    .describe("list each year's ties of either state with their claims"),
  ...tableOptions,
});

export const TableQuery = z.strictObject({
  format: z.enum(["csv", "jsonl"]).optional().describe("csv (default) or jsonl"),
  ...tableOptions,
});

const Events = z.object({
  cooperative: z.number(),
  conflictual: z.number(),
  verbal_cooperation: z.number(),
  material_cooperation: z.number(),
  verbal_conflict: z.number(),
  material_conflict: z.number(),
  balance: z.number().nullable(),
});

export const AlignAnswer = z
  .object({
    a: z.string(),
    b: z.string(),
    names: z.object({ a: z.string(), b: z.string() }),
    system: z.enum(SYSTEMS),
    from: z.number(),
    to: z.number(),
    asOf: z.string().nullable(),
    scenario: z.string().nullable(),
    mapping: list(z.object({ key: z.string(), level: z.number() })),
    years: list(
      z.object({
        year: z.number(),
        comembership: z.number(),
        s: z.number().nullable(),
        s_weighted: z.number().nullable().optional(),
        tau_b: z.number().nullable(),
        kappa: z.number().nullable(),
        tie: z.number(),
        system_size: z.number(),
        events: Events,
        changes: list(
          z.object({ date: z.string().nullable(), summary: z.string(), claims: list(CitedClaim) }),
        ),
        ties: list(
          z.object({
            states: z.tuple([z.string(), z.string()]).readonly(),
            level: z.number(),
            basis: list(
              z.object({
                kind: z.string(),
                via: z.string(),
                level: z.number(),
                reason: z.string(),
                claims: list(CitedClaim),
              }),
            ),
          }),
        ).optional(),
      }),
    ),
  })
  .meta({
    description:
      "`heartland align --json`: the measures by year, the changes behind them, the tie mapping used",
  });

function readWeights(text: string | undefined): Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const part of text.split(",")) {
    const [state, value] = part.split(":") as [string, string];
    const w = Number(value);
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new ProblemError(
        problem("invalid_argument", `weights: the weight of "${state}" is not a non-negative number`, {
          hint: "write e.g. RUS:0.21,UZB:0.01",
        }),
      );
    }
    out[state.toUpperCase()] = w;
  }
  return out;
}

const tieList = (tie: string | readonly string[] | undefined): string[] =>
  tie === undefined ? [] : typeof tie === "string" ? [tie] : [...tie];

export const analyticsRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  const alignOf = async (q: z.infer<typeof AlignQuery>) =>
    align(await ctx.within(q.scenario), q.a, q.b, {
      from: q.from,
      to: q.to,
      system: q.system,
      ties: tieList(q.tie),
      weights: readWeights(q.weights),
      withTies: q.ties === "true",
      asOf: ctx.asOf(q.asOf),
    });

  app.get(
    "/align",
    {
      schema: {
        summary: "How aligned two states were, year by year",
        description:
          "Co-membership, Signorino and Ritter's S (weighted with `weights`), tau-b, Cohen's kappa and PLOVER event balance by year, from the two states' alliance portfolios over the system (`heartland align --json`). Each year lists the membership changes and treaties that changed either state's ties, with their claims; `ties=true` lists every tie with its basis and sources.",
        tags: ["analytics"],
        querystring: AlignQuery,
        response: { 200: AlignAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => alignOf(request.query),
  );

  app.get(
    "/align/chart",
    {
      schema: {
        summary: "The alignment of two states as an SVG chart",
        description:
          "S, tau-b and kappa by year with the membership changes that moved them marked: the chart of `heartland align --plot`, for the web app.",
        tags: ["analytics"],
        querystring: AlignQuery,
        response: {
          200: {
            description: "an SVG image",
            content: { "image/svg+xml": { schema: z.string().describe("SVG 1.1") } },
          },
          ...BAD_REQUEST,
          ...NOT_FOUND,
        },
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", "image/svg+xml; charset=utf-8")
        .send(alignChart(await alignOf(request.query))),
  );

  const table =
    (name: "state-year" | "dyad-year") =>
    async (request: { query: z.infer<typeof TableQuery> }, reply: import("fastify").FastifyReply) => {
      const q = request.query;
      const format = q.format ?? "csv";
      const options: AnalyticsOptions & { format: TableFormat } = {
        from: q.from,
        to: q.to,
        system: q.system,
        ties: tieList(q.tie),
        asOf: ctx.asOf(q.asOf),
        format,
      };
      const kb = await ctx.within(q.scenario);
      const text = name === "state-year" ? await stateYearFile(kb, options) : await dyadYearFile(kb, options);
      return reply
        .header("content-type", DOWNLOAD_CONTENT_TYPE[format])
        .header("content-disposition", `attachment; filename="heartland-${name}.${format}"`)
        .send(text);
    };

  app.get(
    "/exports/state-year",
    {
      schema: {
        summary: "The state-year table (CSV by default)",
        description:
          "Columns: ccode (Correlates of War), iso3, stateabb, year, defence, nonaggression, entente (how many states it has each tie level with), memberships, cooperative, conflictual. One row per state of the system per year, sorted by ccode then year (`heartland export state-year`).",
        tags: ["exports"],
        querystring: TableQuery,
        response: { 200: download("the state-year table"), ...BAD_REQUEST, ...NOT_FOUND },
      },
    },
    table("state-year"),
  );

  app.get(
    "/exports/dyad-year",
    {
      schema: {
        summary: "The dyad-year table (CSV by default)",
        description:
          "Columns: ccode1, ccode2, iso3_1, iso3_2, year, tie, comembership, s, tau_b, kappa, and event counts (cooperative, conflictual, and by quad class). One row per non-directed dyad of the system per year, sorted by ccode1, ccode2, year (`heartland export dyad-year`).",
        tags: ["exports"],
        querystring: TableQuery,
        response: { 200: download("the dyad-year table"), ...BAD_REQUEST, ...NOT_FOUND },
      },
    },
    table("dyad-year"),
  );
};
