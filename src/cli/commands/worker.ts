import type { Command } from "commander";
import { ProblemError, problem } from "../../domain/result.js";
import { INGEST_QUEUE, IngestQueue, needPostgres } from "../../queue/ingest-queue.js";
import { IngestService } from "../../services/ingest-service.js";
import { redactUrl } from "../../store/postgres/postgres-store.js";
import type { CommandKit } from "./command-kit.js";
import { databaseUrlOf } from "./jobs.js";

function count(value: string, option: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ProblemError(
      problem("invalid_argument", `${option}: "${value}" is not a whole number from 1 to ${max}`, {
        hint: `write e.g. ${option} 4`,
      }),
    );
  }
  return n;
}

/** Opening a new database can race another worker's first load: such a clash is tried again. */
const clash = (e: unknown) =>
  e instanceof ProblemError &&
  (e.problem.data?.kind === "unique" || e.problem.data?.kind === "busy") &&
  e.problem.code !== "invalid_argument";

/**
 * `heartland worker`: works the ingestion queue (documents enqueued by `heartland ingest
 * --queue`) until SIGINT or SIGTERM, each job through the ingest service, as `heartland
 * ingest` would. Run one per machine, or several: they share the queue in PostgreSQL.
 */
export function registerWorker(program: Command, kit: CommandKit): void {
  const o = kit.output;
  program
    .command("worker")
    .description(
      "work the ingestion queue in PostgreSQL: read each queued document and store it with its candidates, once per content",
    )
    .option("--concurrency <n>", "documents worked at once by this process", "2")
    .option("--batch-size <n>", "jobs fetched at a time by each", "5")
    .option("--until-empty", "stop once no job is queued, waiting to retry or being worked")
    .addHelpText(
      "after",
      kit.example(
        "heartland worker --database-url postgres://heartland:secret@db.example/heartland --concurrency 4",
        "HEARTLAND_DATABASE_URL=postgres://... heartland worker --until-empty --json",
      ),
    )
    .action(async (opts: { concurrency: string; batchSize: string; untilEmpty?: boolean }, cmd: Command) => {
      const concurrency = count(opts.concurrency, "--concurrency", 64);
      const batchSize = count(opts.batchSize, "--batch-size", 100);
      const url = needPostgres(databaseUrlOf(cmd, kit), "heartland worker"); // before opening anything
      const json = (cmd.optsWithGlobals() as { json?: boolean }).json ?? false;
      for (let attempt = 1; ; attempt++) {
        try {
          await kit.withService(cmd, async (s) => {
            const queue = await IngestQueue.open(url, "heartland worker", { supervise: true });
            const tally = { stored: 0, unchanged: 0, failed: 0 };
            const ingest = new IngestService(s);
            try {
              await queue.work(
                (job) =>
                  ingest.ingest(
                    { name: job.name, raw: job.raw, format: job.format, published: job.published },
                    job.by,
                    kit.now(),
                  ),
                {
                  concurrency,
                  batchSize,
                  onJob: (job, outcome) => {
                    if (outcome instanceof Error) tally.failed++;
                    else tally[outcome.status === "stored" ? "stored" : "unchanged"]++;
                    if (json) return;
                    o.err(
                      `heartland: ${job.name}: ${
                        outcome instanceof Error
                          ? `failed (${outcome.message}); retried later, then dead-lettered`
                          : outcome.status === "stored"
                            ? `stored as ${outcome.document.id}, ${outcome.candidates} candidate(s)`
                            : `already stored as ${outcome.document.id}`
                      }\n`,
                    );
                  },
                },
              );
              if (!json)
                o.err(
                  `heartland: worker on ${redactUrl(url ?? "")} working ${INGEST_QUEUE} (concurrency ${concurrency}); Ctrl-C stops after the jobs under way\n`,
                );
              await new Promise<void>((resolve) => {
                const stop = () => {
                  clearInterval(timer);
                  process.off("SIGINT", stop);
                  process.off("SIGTERM", stop);
                  resolve();
                };
                process.once("SIGINT", stop);
                process.once("SIGTERM", stop);
                const timer = setInterval(() => {
                  if (!opts.untilEmpty) return;
                  queue.pending().then(
                    (n) => n === 0 && stop(),
                    () => {},
                  );
                }, 500);
              });
            } finally {
              await queue.stop();
            }
            if (json) o.out(`${JSON.stringify({ worked: tally })}\n`);
            else
              o.err(
                `heartland: worker stopped: ${tally.stored} stored, ${tally.unchanged} already there, ${tally.failed} failed\n`,
              );
          });
          return;
        } catch (e) {
          if (attempt >= 3 || !clash(e)) throw e;
          await new Promise((r) => setTimeout(r, 500 * attempt));
        }
      }
    });
}
