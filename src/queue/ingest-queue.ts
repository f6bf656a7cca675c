import pg from "pg";
import { PgBoss } from "pg-boss";
import { ProblemError, problem } from "../domain/result.js";
import type { IngestInput, IngestReport } from "../services/ingest-service.js";
import { contentHash } from "../services/ingest-service.js";
import { isPostgresUrl, redactUrl } from "../store/postgres/postgres-store.js";

/**
 * The ingestion queue: documents to read, kept in pg-boss in the knowledge base's own
 * PostgreSQL, worked by `heartland worker` processes on any number of machines. A job
 * carries the document itself, so a worker needs nothing but the database. Ingestion is
 * idempotent by content hash (the ingest service stores a document once, even when two
 * workers read it at once), so a job enqueued twice, or run again after its worker died,
 * stores the document once.
 */
export const INGEST_QUEUE = "heartland-ingest";
/** Where a job goes once its retries are spent. */
export const DEAD_LETTER_QUEUE = "heartland-ingest-dead";

/** What a job carries. */
export interface IngestJob {
  readonly name: string;
  readonly raw: string;
  readonly format?: IngestInput["format"];
  readonly published?: string | undefined;
  /** Who enqueued it: recorded as the document's ingester. */
  readonly by: string;
  readonly hash: string;
}

/** How failed jobs are retried: 4 more tries, 2 s, 4 s, 8 s, 16 s apart (with jitter), at most a minute. */
export interface RetryPolicy {
  readonly retryLimit: number;
  readonly retryDelay: number;
  readonly retryBackoff: boolean;
  readonly retryDelayMax: number;
}
export const RETRY: RetryPolicy = { retryLimit: 4, retryDelay: 2, retryBackoff: true, retryDelayMax: 60 };

/**
 * A worker that stops beating for this long (killed, frozen, cut off) loses its jobs to
 * the others. pg-boss's floor is 10 s.
 */
const HEARTBEAT_SECONDS = 10;

export interface QueueCounts {
  readonly queued: number;
  readonly retry: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
}

export interface DeadLetter {
  readonly id: string;
  readonly name: string;
  readonly hash: string;
  readonly by: string;
  readonly retries: number | null;
  readonly failedAt: string;
  readonly error: string | null;
}

export interface QueueStatus {
  readonly queue: string;
  readonly counts: QueueCounts;
  readonly deadLetters: readonly DeadLetter[];
}

export interface WorkOptions {
  /** Jobs worked at once in this process. */
  readonly concurrency: number;
  /** Jobs fetched at a time by each of those; full batches are fetched again at once. */
  readonly batchSize?: number;
  readonly onJob?: (job: IngestJob, outcome: IngestReport | Error) => void;
}

export function needPostgres(url: string | undefined, what: string): string {
  if (!url) {
    throw new ProblemError(
      problem("invalid_argument", `${what} needs the team's PostgreSQL: the queue lives there`, {
        hint: "give --database-url postgres://USER:PASSWORD@HOST/DATABASE (or set HEARTLAND_DATABASE_URL)",
      }),
    );
  }
  if (!isPostgresUrl(url)) {
    throw new ProblemError(
      problem("invalid_argument", `--database-url: ${redactUrl(url)} is not a PostgreSQL URL`, {
        hint: "write postgres://USER:PASSWORD@HOST:5432/DATABASE",
      }),
    );
  }
  return url;
}

export class IngestQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly pool: pg.Pool,
  ) {}

  /**
   * Connects to the queue in the database (creating pg-boss's schema and the queues on
   * first use). `supervise` runs pg-boss's upkeep here (retrying the jobs of a dead
   * worker, dead-lettering spent ones): workers do, enqueuers need not. `retry` applies
   * when this call creates the queues (tests shorten the backoff).
   */
  static async open(
    url: string | undefined,
    what: string,
    options: { supervise?: boolean; retry?: Partial<RetryPolicy> } = {},
  ) {
    const connectionString = needPostgres(url, what);
    const boss = new PgBoss({
      connectionString,
      max: 4,
      supervise: options.supervise ?? false,
      schedule: false,
      superviseIntervalSeconds: 5,
      monitorIntervalSeconds: 5,
    });
    boss.on("error", () => {}); // upkeep errors are retried by pg-boss; a job's error is its job's
    try {
      await boss.start();
      for (const [name, extra] of [
        [DEAD_LETTER_QUEUE, {}],
        [INGEST_QUEUE, { deadLetter: DEAD_LETTER_QUEUE, heartbeatSeconds: HEARTBEAT_SECONDS }],
      ] as const) {
        if (!(await boss.getQueue(name))) {
          await boss.createQueue(name, { ...RETRY, ...options.retry, ...extra }).catch(async (e) => {
            if (!(await boss.getQueue(name))) throw e; // another process made it meanwhile: fine
          });
        }
      }
    } catch (cause) {
      await boss.stop({ graceful: false }).catch(() => {});
      throw new ProblemError(
        problem(
          "io",
          `cannot open the job queue in ${redactUrl(connectionString)}: ${(cause as Error).message}`,
          {
            hint: "is the PostgreSQL server running, and may this user create tables?",
          },
        ),
        { cause },
      );
    }
    const pool = new pg.Pool({ connectionString, max: 1 });
    pool.on("error", () => {});
    return new IngestQueue(boss, pool);
  }

  /** Enqueues documents (many at once, in one insert); returns the jobs' ids. */
  async enqueue(
    inputs: readonly IngestInput[],
    by: string,
  ): Promise<{ id: string; name: string; hash: string }[]> {
    const jobs = inputs.map((input) => {
      const data: IngestJob = {
        name: input.name,
        raw: input.raw,
        by,
        hash: contentHash(input.raw),
        ...(input.format ? { format: input.format } : {}),
        ...(input.published ? { published: input.published } : {}),
      };
      return { data };
    });
    const ids: string[] = [];
    for (let i = 0; i < jobs.length; i += 500) {
      const batch = jobs.slice(i, i + 500);
      const made = await this.boss.insert(INGEST_QUEUE, batch, { returnId: true });
      if (made) ids.push(...made);
    }
    return jobs.map((j, i) => ({ id: ids[i] ?? "", name: j.data.name, hash: j.data.hash }));
  }

  /**
   * Works jobs until `stop`: each job is one ingest, settled on its own (a bad document
   * fails alone and is retried with backoff, then dead-lettered).
   */
  async work(ingest: (job: IngestJob) => Promise<IngestReport>, options: WorkOptions): Promise<void> {
    await this.boss.work<IngestJob>(
      INGEST_QUEUE,
      {
        localConcurrency: options.concurrency,
        batchSize: options.batchSize ?? 5,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: 0.5,
        perJobResults: true,
      },
      async (jobs) => {
        const results = [];
        for (const job of jobs) {
          try {
            const report = await ingest(job.data);
            options.onJob?.(job.data, report);
            results.push({
              id: job.id,
              status: "completed" as const,
              output: { document: report.document.id, status: report.status },
            });
          } catch (e) {
            const error = e instanceof Error ? e : new Error(String(e));
            options.onJob?.(job.data, error);
            results.push({ id: job.id, status: "failed" as const, output: { message: error.message } });
          }
        }
        return results;
      },
    );
  }

  /** Jobs not yet done: queued, waiting for a retry, or being worked. */
  async pending(): Promise<number> {
    const r = await this.pool.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where name = $1 and state in ('created', 'retry', 'active')",
      [INGEST_QUEUE],
    );
    return r.rows[0]?.n ?? 0;
  }

  async status(limit = 100): Promise<QueueStatus> {
    const r = await this.pool.query<{ state: string; n: number }>(
      "select state::text as state, count(*)::int as n from pgboss.job where name = $1 group by state",
      [INGEST_QUEUE],
    );
    const n = (state: string) => r.rows.find((x) => x.state === state)?.n ?? 0;
    const dead = await this.boss.findJobs<IngestJob>(DEAD_LETTER_QUEUE, { limit });
    const deadLetters: DeadLetter[] = [];
    for (const job of dead) {
      const source = job.sourceId ? await this.boss.getJobById<IngestJob>(INGEST_QUEUE, job.sourceId) : null;
      const output = (source?.output ?? null) as { message?: unknown } | null;
      deadLetters.push({
        id: job.id,
        name: job.data.name,
        hash: job.data.hash,
        by: job.data.by,
        retries: job.sourceRetryCount ?? null,
        failedAt: (source?.completedOn ?? job.createdOn).toISOString(),
        error: typeof output?.message === "string" ? output.message : null,
      });
    }
    return {
      queue: INGEST_QUEUE,
      counts: {
        queued: n("created"),
        retry: n("retry"),
        active: n("active"),
        completed: n("completed"),
        failed: n("failed"),
      },
      deadLetters,
    };
  }

  /** Stops working: jobs under way finish first (up to `timeoutMs`), then the connections close. */
  async stop(timeoutMs = 30_000): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: timeoutMs });
    await this.pool.end().catch(() => {});
  }
}
