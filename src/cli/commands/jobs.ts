import type { Command } from "commander";
import { ProblemError, problem } from "../../domain/result.js";
import { DEAD_LETTER_QUEUE, IngestQueue, type QueueStatus } from "../../queue/ingest-queue.js";
import type { IngestInput } from "../../services/ingest-service.js";
import { type Output, table } from "../output.js";
import type { CommandKit } from "./command-kit.js";

/** The PostgreSQL URL the global options (or HEARTLAND_DATABASE_URL) name, if any. */
export function databaseUrlOf(cmd: Command, kit: CommandKit): string | undefined {
  const g = cmd.optsWithGlobals() as { databaseUrl?: string };
  return g.databaseUrl ?? kit.env.HEARTLAND_DATABASE_URL;
}

/** `heartland ingest --queue FILE...`: the documents become jobs for `heartland worker`. */
export async function enqueueDocuments(
  cmd: Command,
  kit: CommandKit,
  inputs: readonly IngestInput[],
  by: string,
): Promise<void> {
  const json = (cmd.optsWithGlobals() as { json?: boolean }).json ?? false;
  const queue = await IngestQueue.open(databaseUrlOf(cmd, kit), "heartland ingest --queue");
  try {
    const jobs = await queue.enqueue(inputs, by);
    if (json) kit.output.out(`${JSON.stringify({ queued: jobs })}\n`);
    else
      kit.output.out(
        `${jobs.length} document(s) queued for the workers (heartland worker); heartland jobs shows how they go\n`,
      );
  } finally {
    await queue.stop();
  }
}

function render(status: QueueStatus, o: Output): string {
  const c = status.counts;
  const head = `${status.queue}: ${c.queued} queued, ${c.retry} waiting to retry, ${c.active} being worked, ${c.completed} done, ${c.failed} failed\n`;
  if (status.deadLetters.length === 0) return `${head}no dead letters\n`;
  return `${head}dead letters (${DEAD_LETTER_QUEUE}): jobs that failed every retry\n${table(
    ["job", "document", "by", "failed at", "error"],
    status.deadLetters.map((d) => [d.id, d.name, d.by, d.failedAt, d.error ?? ""]),
    o,
  )}`;
}

/** `heartland jobs`: the ingestion queue's counts and its dead letters. */
export function registerJobs(program: Command, kit: CommandKit): void {
  program
    .command("jobs")
    .description("the ingestion queue in PostgreSQL: jobs queued, being worked, done, and the dead letters")
    .option("--limit <n>", "dead letters shown, at most", "100")
    .addHelpText(
      "after",
      kit.example(
        "heartland jobs --database-url postgres://heartland@db.example/heartland",
        "heartland jobs --json",
      ),
    )
    .action(async (opts: { limit: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) {
        throw new ProblemError(
          problem("invalid_argument", `--limit: "${opts.limit}" is not a count`, { hint: "write e.g. 100" }),
        );
      }
      const json = (cmd.optsWithGlobals() as { json?: boolean }).json ?? false;
      const queue = await IngestQueue.open(databaseUrlOf(cmd, kit), "heartland jobs");
      try {
        const status = await queue.status(limit);
        kit.output.out(json ? `${JSON.stringify(status)}\n` : render(status, kit.output));
      } finally {
        await queue.stop();
      }
    });
}
