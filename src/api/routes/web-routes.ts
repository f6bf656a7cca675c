import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { PACKAGE_ROOT } from "../../services/open-knowledge-base.js";

/**
 * The web app (web/, built by Vite into web/dist) served at /: its files as they are, and
 * index.html for every client route (/actors/UZB, /network?at=2012-07) so that a link or a
 * reload opens the right view. Never for /api/*: an unknown API path stays a problem+json
 * 404, and a missing asset (a path with an extension) a plain 404 rather than a page.
 */

/** Where `npm run build` puts the web app. */
export const WEB_ROOT = join(PACKAGE_ROOT, "web", "dist");

/** The built app's index.html, or null when the web app has not been built. */
export function readWebIndex(root: string): string | null {
  const file = join(root, "index.html");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** A browser asking for a page (not a script or curl asking for JSON). */
export function wantsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/.test(request.headers.accept ?? "");
}

export interface WebRoutesOptions {
  /** The built app's directory. */
  readonly root: string;
  /** Its index.html, read once. */
  readonly index: string;
}

export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, { root, index }) => {
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    // One route per built file (found at start), so the fallback below can own every other path.
    wildcard: false,
    index: false,
    // Hashed file names under assets/ never change; anything else is checked again.
    setHeaders: (reply, path) => {
      reply.header(
        "cache-control",
        path.startsWith(join(root, "assets")) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });

  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || path === "/api" || extname(path) !== "" || request.method !== "GET") {
      return reply.callNotFound();
    }
    return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(index);
  });
};
