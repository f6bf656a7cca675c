import type { Command } from "commander";
import { buildApp, DOCS_PATH, OPENAPI_PATH } from "../../api/app.js";
import { ProblemError, problem } from "../../domain/result.js";
import type { CommandKit } from "./command-kit.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function readPort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) {
    throw new ProblemError(
      problem("invalid_argument", `--port: "${value}" is not a TCP port`, {
        hint: "give a number from 1 to 65535, or 0 to pick a free one",
      }),
    );
  }
  return port;
}

/** A failure to listen, said in the terms of the options that caused it. */
function listenProblem(e: unknown, host: string, port: number): ProblemError {
  const code = (e as { code?: string }).code;
  const where = `${host}:${port}`;
  const p =
    code === "EADDRINUSE"
      ? problem("io", `${where} is in use`, { hint: "give another --port, or --port 0 to pick a free one" })
      : code === "EACCES"
        ? problem("io", `not allowed to listen on ${where}`, { hint: "use a port above 1023" })
        : code === "EADDRNOTAVAIL" || code === "ENOTFOUND"
          ? problem("io", `cannot listen on ${host}: no such local address`, {
              hint: "give --host an address of this machine, e.g. 127.0.0.1",
            })
          : problem("io", `cannot listen on ${where}: ${(e as Error).message}`, {
              hint: "check --host and --port",
            });
  return new ProblemError(p, { cause: e });
}

/**
 * `heartland serve`: the HTTP API on the knowledge base the global options name, until
 * SIGINT or SIGTERM; then it stops taking connections, finishes the requests under way,
 * and closes the knowledge base.
 */
export function registerServe(
  program: Command,
  kit: CommandKit,
  options: { signals?: readonly NodeJS.Signals[] } = {},
): void {
  const signals = options.signals ?? ["SIGINT", "SIGTERM"];
  program
    .command("serve")
    .description(
      `serve the HTTP API under /api/v1 (described at ${OPENAPI_PATH}, browsable at ${DOCS_PATH}) until interrupted`,
    )
    .option("--port <n>", "TCP port; 0 picks a free one", "8080")
    .option("--host <host>", "address to listen on (only this machine by default)", "127.0.0.1")
    .addHelpText(
      "after",
      kit.example(
        "heartland serve",
        "heartland --db team.sqlite serve --port 0",
        "curl 'http://127.0.0.1:8080/api/v1/members?org=CSTO&at=2012-07-01'",
      ),
    )
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = readPort(opts.port);
      const { host } = opts;
      const g = cmd.optsWithGlobals() as { asOf?: string; scenario?: string };
      if (g.asOf !== undefined || g.scenario !== undefined) {
        throw new ProblemError(
          problem(
            "invalid_argument",
            "serve answers each request as of its own date and within its own scenario",
            {
              hint: "drop --as-of and --scenario; ask e.g. /api/v1/members?org=CSTO&at=2012&asOf=2020&scenario=NAME",
            },
          ),
        );
      }
      await kit.withService(cmd, async (service, json) => {
        const app = buildApp({
          kb: { store: service.store, service },
          now: kit.now,
          logError: (e, request) =>
            kit.output.err(
              `heartland: ${request.method} ${request.url} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
            ),
        });
        try {
          await app.listen({ host, port });
        } catch (e) {
          await app.close();
          throw listenProblem(e, host, port);
        }
        const address = app.server.address();
        const bound = typeof address === "object" && address !== null ? address.port : port;
        const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
        kit.output.out(
          json
            ? `${JSON.stringify({ url, api: `${url}/api/v1`, openapi: `${url}${OPENAPI_PATH}`, docs: `${url}${DOCS_PATH}` })}\n`
            : `heartland: serving on ${url}\n`,
        );
        if (!json) kit.output.err(`heartland: API reference at ${url}${DOCS_PATH}; stop with Ctrl-C\n`);
        if (!LOOPBACK.has(host)) {
          kit.output.err(
            "heartland: listening beyond this machine over plain HTTP: tokens travel in clear; put a TLS proxy in front\n",
          );
        }
        await new Promise<void>((resolve) => {
          const stop = () => {
            for (const s of signals) process.off(s, stop);
            resolve();
          };
          for (const s of signals) process.on(s, stop);
        });
        await app.close();
        if (!json) kit.output.err("heartland: stopped\n");
      });
    });
}
