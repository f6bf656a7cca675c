import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { obligations, simulate, violations } from "../../services/reasoning-service.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, NOT_FOUND, TOO_LARGE } from "../route-docs.js";
import {
  ObligationsAnswer,
  ObligationsQuery,
  SimulateAnswer,
  SimulateBody,
  SimulateQuery,
  ViolationsAnswer,
  ViolationsQuery,
} from "../schemas.js";

/** Obligations, violations and decision simulation: `heartland obligations|violations|simulate` over HTTP. */
export const reasoningRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get(
    "/obligations",
    {
      schema: {
        summary: "Who is bound to defend whom at a date",
        description:
          "Collective defence and alliance obligations in force at a valid date, each with its basis and the claims it rests on (`heartland obligations`).",
        tags: ["reasoning"],
        querystring: ObligationsQuery,
        response: { 200: ObligationsAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const at = ctx.date(q.at, "at");
      const asOf = ctx.asOf(q.asOf);
      return obligations(await ctx.within(q.scenario), at, {
        asOf,
        ...(q.state === undefined ? {} : { state: q.state }),
      });
    },
  );

  app.get(
    "/violations",
    {
      schema: {
        summary: "Charter and legal rules broken at a date",
        description: "Each violation explained, with the claims behind it (`heartland violations`).",
        tags: ["reasoning"],
        querystring: ViolationsQuery,
        response: { 200: ViolationsAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const at = ctx.date(q.at, "at");
      const asOf = ctx.asOf(q.asOf);
      return violations(await ctx.within(q.scenario), at, { asOf });
    },
  );

  app.get(
    "/simulate",
    {
      schema: {
        summary: "Would the latest proposal pass, with stances read from recorded events",
        description:
          "The outcome of the latest proposal recorded in the organization on or before the date, each member's vote inferred from recorded objections (`heartland simulate --stances-from-events`). To give the votes, POST them.",
        tags: ["reasoning"],
        querystring: SimulateQuery,
        response: { 200: SimulateAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const at = ctx.date(q.at, "at");
      const asOf = ctx.asOf(q.asOf);
      return simulate(await ctx.within(q.scenario), {
        org: q.org,
        at,
        rule: q.rule,
        asOf,
        stancesFromEvents: true,
        ...(q.threshold === undefined ? {} : { threshold: q.threshold }),
      });
    },
  );

  app.post(
    "/simulate",
    {
      schema: {
        summary: "Would a proposal pass, with the votes given",
        description:
          "The outcome among the organization's members at the date (suspended members do not vote) under its charter's rule or another; members left out abstain (`heartland simulate --votes FILE`). A question, not a write: no token needed.",
        tags: ["reasoning"],
        body: SimulateBody,
        response: { 200: SimulateAnswer, ...BAD_REQUEST, ...NOT_FOUND, ...TOO_LARGE },
      },
    },
    async (request) => {
      const b = request.body;
      const at = ctx.date(b.at, "at");
      const asOf = ctx.asOf(b.asOf);
      return simulate(await ctx.within(b.scenario), {
        org: b.org,
        at,
        rule: b.rule,
        asOf,
        votes: b.votes,
        ...(b.threshold === undefined ? {} : { threshold: b.threshold }),
      });
    },
  );
};
