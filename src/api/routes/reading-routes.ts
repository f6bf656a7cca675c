import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ProblemError, problem } from "../../domain/result.js";
import { claimRows } from "../../services/export-tables.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, NOT_FOUND } from "../route-docs.js";
import {
  ClaimsAnswer,
  ClaimsQuery,
  ConflictsAnswer,
  ConflictsQuery,
  MembersAnswer,
  MembersQuery,
  NoQuery,
  Source,
  SourceParams,
  SourcesAnswer,
  TimelineAnswer,
  TimelineQuery,
} from "../schemas.js";

/** Members, timelines, conflicts, sources and claims: `heartland members|timeline|conflicts` over HTTP. */
export const readingRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get(
    "/members",
    {
      schema: {
        summary: "The members of an organization at a date",
        description:
          "Members, suspended members, observers and associates at a valid date, each since its change, with sources (`heartland members ORG --at DATE`). `uncertain` when the date falls inside the imprecision of a change.",
        tags: ["knowledge"],
        querystring: MembersQuery,
        response: { 200: MembersAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const at = ctx.date(q.at, "at");
      const asOf = ctx.asOf(q.asOf);
      return (await ctx.within(q.scenario)).members(q.org, at, { asOf });
    },
  );

  app.get(
    "/timeline",
    {
      schema: {
        summary: "Everything known about an actor, in date order",
        description:
          "Every fact naming a state, organization or person, with its sources (`heartland timeline ACTOR`).",
        tags: ["knowledge"],
        querystring: TimelineQuery,
        response: { 200: TimelineAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const range = {
        ...(q.from === undefined ? {} : { from: ctx.date(q.from, "from") }),
        ...(q.to === undefined ? {} : { to: ctx.date(q.to, "to") }),
      };
      const asOf = ctx.asOf(q.asOf);
      return (await ctx.within(q.scenario)).timeline(q.actor, range, { asOf });
    },
  );

  app.get(
    "/conflicts",
    {
      schema: {
        summary: "Claims that disagree, side by side",
        description:
          "Facts whose sources disagree, every reading with its claims, and which reading answers follow: an analyst's ranking (`POST /prefer`) or the default policy (`heartland conflicts`).",
        tags: ["knowledge"],
        querystring: ConflictsQuery,
        response: { 200: ConflictsAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const asOf = ctx.asOf(q.asOf);
      return (await ctx.within(q.scenario)).conflicts(q.actor, { asOf });
    },
  );

  app.get(
    "/sources",
    {
      schema: {
        summary: "Every source claims cite",
        tags: ["knowledge"],
        querystring: NoQuery,
        response: { 200: SourcesAnswer, ...BAD_REQUEST },
      },
      config: { cache: true },
    },
    async () => ({ sources: await (await ctx.base()).store.sources() }),
  );

  app.get(
    "/sources/:id",
    {
      schema: {
        summary: "One source",
        tags: ["knowledge"],
        params: SourceParams,
        querystring: NoQuery,
        response: { 200: Source, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const found = (await ctx.base()).source(request.params.id);
      if (!found) {
        throw new ProblemError(
          problem("unknown_source", `there is no source with the id "${request.params.id}"`, {
            hint: "see GET /api/v1/sources",
          }),
        );
      }
      return found;
    },
  );

  app.get(
    "/claims",
    {
      schema: {
        summary: "Every held claim with its provenance",
        description:
          "The claims the knowledge base holds (as of `asOf`, within `scenario`), each with its source, review and recorded time: the rows of `heartland export claims`, as one JSON array.",
        tags: ["knowledge"],
        querystring: ClaimsQuery,
        response: { 200: ClaimsAnswer, ...BAD_REQUEST, ...NOT_FOUND },
      },
      config: { cache: true },
    },
    async (request) => {
      const q = request.query;
      const asOf = ctx.asOf(q.asOf);
      const s = await ctx.within(q.scenario);
      const held = await s.heldClaims({ asOf });
      return claimRows(s, q.kind === undefined ? held : held.filter((c) => c.claim.kind === q.kind));
    },
  );
};
