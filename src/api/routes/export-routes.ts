import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { claimsFile, membershipsFile } from "../../services/export-tables.js";
import type { ApiContext } from "../api-context.js";
import { BAD_REQUEST, DOWNLOAD_CONTENT_TYPE, download, NOT_FOUND } from "../route-docs.js";
import { ExportQuery } from "../schemas.js";

/** Tables to download (`heartland export`): the same bytes as the CLI writes. */
export const exportRoutes: FastifyPluginAsyncZod<{ ctx: ApiContext }> = async (app, { ctx }) => {
  app.get(
    "/exports/memberships",
    {
      schema: {
        summary: "Membership periods of every state in every organization (CSV by default)",
        description:
          "Columns: state, org, status, from, to, claims (the ids of the claims each period rests on). `from`/`to` keep the periods that overlap those years.",
        tags: ["exports"],
        querystring: ExportQuery,
        response: { 200: download("membership periods"), ...BAD_REQUEST, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = q.format ?? "csv";
      const asOf = ctx.asOf(q.asOf);
      const text = await membershipsFile(await ctx.within(q.scenario), {
        asOf,
        from: q.from,
        to: q.to,
        format,
      });
      return reply
        .header("content-type", DOWNLOAD_CONTENT_TYPE[format])
        .header("content-disposition", `attachment; filename="heartland-memberships.${format}"`)
        .send(text);
    },
  );

  app.get(
    "/exports/claims",
    {
      schema: {
        summary: "Every held claim with its provenance (JSON Lines by default)",
        description:
          "One claim per line in the interchange format, with its id, document span and provenance; as CSV, one row per claim with the claim as JSON. `from`/`to` keep claims dated in those years.",
        tags: ["exports"],
        querystring: ExportQuery,
        response: { 200: download("claims"), ...BAD_REQUEST, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = q.format ?? "jsonl";
      const asOf = ctx.asOf(q.asOf);
      const text = await claimsFile(await ctx.within(q.scenario), { asOf, from: q.from, to: q.to, format });
      return reply
        .header("content-type", DOWNLOAD_CONTENT_TYPE[format])
        .header("content-disposition", `attachment; filename="heartland-claims.${format}"`)
        .send(text);
    },
  );
};
