import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, BEARER_AUTH, NOT_FOUND, TOO_LARGE, UNAUTHORIZED } from "../route-docs.js";
import { PreferAnswer, PreferBody } from "../schemas.js";

/** An analyst's ranking of a claim (`heartland prefer`), recorded under the API token's name. */
export const preferenceRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.post(
    "/prefer",
    {
      schema: {
        summary: "Rank a claim above the claims it conflicts with",
        description:
          "From then on answers follow it; asked `asOf` a day before, they answer as before. Needs an API token; the ranking's `analyst` is the token's name.",
        tags: ["knowledge"],
        security: BEARER_AUTH,
        body: PreferBody,
        response: { 201: PreferAnswer, ...BAD_REQUEST, ...UNAUTHORIZED, ...NOT_FOUND, ...TOO_LARGE },
      },
      config: { write: true },
      onRequest: ctx.authenticate,
    },
    async (request, reply) => {
      const { claimId, note } = request.body;
      const answer = await (await ctx.base()).prefer(
        claimId,
        ctx.writer(request).name,
        note ?? null,
        ctx.now(),
      );
      return reply.code(201).send(answer);
    },
  );
};
