import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ProblemError, problem } from "../../domain/result.js";
import { scenarioDiff } from "../../services/reasoning-service.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, BEARER_AUTH, CONFLICT, NOT_FOUND, TOO_LARGE, UNAUTHORIZED } from "../route-docs.js";
import {
  CreateScenarioBody,
  DeletedAnswer,
  NoQuery,
  ScenarioAnswer,
  ScenarioDiffAnswer,
  ScenarioDiffQuery,
  ScenarioParams,
  ScenariosAnswer,
} from "../schemas.js";

/**
 * Scenarios: named overlays of hypothetical claims (`heartland scenario ...`). Reading them
 * is open; creating and deleting them needs a token, and a scenario records the token's
 * name as its creator. Every read route answers within one with `?scenario=NAME`.
 */
export const scenarioRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get(
    "/scenarios",
    {
      schema: {
        summary: "The scenarios",
        tags: ["scenarios"],
        querystring: NoQuery,
        response: { 200: ScenariosAnswer, ...BAD_REQUEST },
      },
      config: { cache: true },
    },
    async () => ({ scenarios: await (await ctx.base()).store.scenarios() }),
  );

  app.get(
    "/scenarios/:name",
    {
      schema: {
        summary: "What a scenario adds and retracts",
        tags: ["scenarios"],
        params: ScenarioParams,
        querystring: NoQuery,
        response: { 200: ScenarioAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const base = await ctx.base();
      const within = await base.withScenario(request.params.name);
      if (!within.scenario) throw new Error("withScenario answered without a scenario");
      return base.describeScenario(within.scenario);
    },
  );

  app.get(
    "/scenarios/:name/diff",
    {
      schema: {
        summary: "What a scenario changes in obligations and violations at a date",
        tags: ["scenarios"],
        params: ScenarioParams,
        querystring: ScenarioDiffQuery,
        response: { 200: ScenarioDiffAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const at = ctx.date(request.query.at, "at");
      const asOf = ctx.asOf(request.query.asOf);
      const base = await ctx.base();
      return scenarioDiff(base, await base.withScenario(request.params.name), at, asOf);
    },
  );

  app.post(
    "/scenarios",
    {
      schema: {
        summary: "Create a scenario",
        description:
          "Hypothetical claims to add (in the interchange format of claims.md) and base claim ids to retract. The base data is never touched. Needs an API token; the scenario's `createdBy` is the token's name.",
        tags: ["scenarios"],
        security: BEARER_AUTH,
        body: CreateScenarioBody,
        response: {
          201: ScenarioAnswer,
          ...BAD_REQUEST,
          ...UNAUTHORIZED,
          ...NOT_FOUND,
          ...CONFLICT,
          ...TOO_LARGE,
        },
      },
      config: { write: true },
      onRequest: ctx.authenticate,
    },
    async (request, reply) => {
      const b = request.body;
      const base = await ctx.base();
      const answer = await base.createScenario({
        name: b.name,
        description: b.description ?? null,
        // The service reads hypothetical claims as JSON Lines; "add:N" in a problem is the Nth claim.
        adds: b.add?.length ? { text: b.add.map((c) => JSON.stringify(c)).join("\n"), file: "add" } : null,
        retracts: b.retract ?? [],
        by: ctx.writer(request).name,
        now: ctx.now(),
      });
      return reply.code(201).send(answer);
    },
  );

  app.delete(
    "/scenarios/:name",
    {
      schema: {
        summary: "Delete a scenario",
        description: "The base data is not affected. Needs an API token.",
        tags: ["scenarios"],
        security: BEARER_AUTH,
        params: ScenarioParams,
        querystring: NoQuery,
        response: { 200: DeletedAnswer, ...BAD_REQUEST, ...UNAUTHORIZED, ...NOT_FOUND },
      },
      config: { write: true },
      onRequest: ctx.authenticate,
    },
    async (request) => {
      const { name } = request.params;
      const base = await ctx.base();
      if (!(await base.store.deleteScenario(name))) {
        throw new ProblemError(
          problem("not_found", `there is no scenario named "${name}"`, { hint: "see GET /api/v1/scenarios" }),
        );
      }
      return { deleted: name };
    },
  );
};
