import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { IngestQueue } from "../src/queue/ingest-queue.js";
import { contentHash } from "../src/services/ingest-service.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { cli, FIXTURE_KB, scratchDir } from "./helpers.js";
import { testPostgres } from "./support/postgres.js";

/**
 * The ingestion queue on a real PostgreSQL: `heartland ingest --queue` enqueues,
 * `heartland worker` processes (real child processes) work the jobs, a worker killed
 * with SIGKILL loses nothing and duplicates nothing, failed jobs end as dead letters.
 */
const server = await testPostgres();
const ROOT = join(import.meta.dirname, "..");

interface Worker {
  readonly child: ChildProcess;
  readonly done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

function startWorker(url: string, args: readonly string[]): Worker {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/run.ts", "--database-url", url, "worker", ...args],
    { cwd: ROOT, env: { ...process.env, HEARTLAND_USER: "worker-test" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** A short report of our own about an invented meeting, different for each i. */
function report(i: number): string {
  const day = (i % 28) + 1;
  return [
    `Bulletin number ${i}.`,
    `On ${day} March ${2001 + (i % 20)}, Kazakhstan and Russia held talks in Astana about grain transit, meeting ${i}.`,
    `Officials said the session ${i} ended without a joint statement.`,
  ].join(" ");
}

/** A wait that does not keep the test process alive once the tests are done. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

describe("the ingestion queue and its workers", () => {
  it("two workers over 200 documents, one killed with SIGKILL midway: every document stored exactly once", async (t) => {
    const dir = scratchDir(t);
    const url = await server.createMigratedDatabase();
    assert.equal((await cli(["--database-url", url, "load", FIXTURE_KB])).code, 0);

    const files = Array.from({ length: 200 }, (_, i) => {
      const file = join(dir, `bulletin-${String(i).padStart(3, "0")}.txt`);
      writeFileSync(file, report(i));
      return file;
    });
    const queued = await cli(["--database-url", url, "ingest", "--queue", ...files, "--json"]);
    assert.equal(queued.code, 0, queued.stderr);
    assert.equal(queued.json<{ queued: unknown[] }>().queued.length, 200);
    // The same document enqueued again: still stored once.
    assert.equal((await cli(["--database-url", url, "ingest", "--queue", files[7] as string])).code, 0);

    const store = await openPostgresStore(url, { maxConnections: 1 });
    t.after(() => store.close());
    const doomed = startWorker(url, ["--concurrency", "2", "--batch-size", "5"]);
    const survivor = startWorker(url, ["--concurrency", "2", "--batch-size", "5", "--until-empty", "--json"]);
    t.after(() => {
      doomed.child.kill("SIGKILL");
      survivor.child.kill("SIGKILL");
    });

    // Kill the first worker once the work is well under way (it holds claimed jobs then).
    const deadline = Date.now() + 120_000;
    while ((await store.documents()).length < 40) {
      assert.ok(Date.now() < deadline, "the workers stored 40 documents within two minutes");
      await sleep(100);
    }
    doomed.child.kill("SIGKILL");
    const killed = await doomed.done;
    assert.equal(killed.signal, "SIGKILL");
    const left = 200 - (await store.documents()).length;
    assert.ok(left > 0, "the kill came before the end");

    const end = await Promise.race([survivor.done, sleep(150_000).then(() => null)]);
    assert.ok(end, "the surviving worker finished the queue");
    assert.equal(end.code, 0, end.stderr);

    const documents = await store.documents();
    assert.equal(documents.length, 200, "every document is stored");
    assert.deepEqual(
      new Set(documents.map((d) => d.hash)),
      new Set(Array.from({ length: 200 }, (_, i) => contentHash(report(i)))),
      "each once, with its own content",
    );
    // Candidates too: a document's claims are stored once.
    for (const d of documents.slice(0, 20)) {
      const ids = (await store.claimsFromSource(d.id)).map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, `${d.id}: no claim twice`);
    }
    const jobs = await cli(["--database-url", url, "jobs", "--json"]);
    assert.equal(jobs.code, 0, jobs.stderr);
    const status = jobs.json<{
      counts: { queued: number; active: number; retry: number; completed: number };
      deadLetters: unknown[];
    }>();
    assert.equal(status.counts.completed, 201, "200 documents and the one enqueued twice");
    assert.equal(status.counts.queued + status.counts.active + status.counts.retry, 0);
    assert.deepEqual(status.deadLetters, []);
  });

  it("retries a failing job with backoff, then lists it as a dead letter", async () => {
    const url = await server.createMigratedDatabase();
    assert.equal((await cli(["--database-url", url, "load", FIXTURE_KB])).code, 0);
    // Created here with a short backoff (1 s, then 2 s) so the test need not wait a minute.
    const queue = await IngestQueue.open(url, "test", {
      retry: { retryLimit: 2, retryDelay: 1, retryDelayMax: 2 },
    });
    const good = "Kazakhstan and Russia met in Astana on 3 May 2004 to talk about rail freight.";
    await queue.enqueue(
      [
        { name: "empty.txt", raw: "   " }, // the ingest service refuses an empty document
        { name: "good.txt", raw: good },
      ],
      "tester",
    );
    await queue.stop();

    const t0 = performance.now();
    const worker = startWorker(url, ["--until-empty", "--json"]);
    const end = await Promise.race([worker.done, sleep(120_000).then(() => null)]);
    worker.child.kill("SIGKILL");
    assert.ok(end, "the worker finished");
    assert.equal(end.code, 0, end.stderr);
    assert.deepEqual(JSON.parse(end.stdout), { worked: { stored: 1, unchanged: 0, failed: 3 } });
    assert.ok(performance.now() - t0 > 1_000, "the retries waited");

    const r = await cli(["--database-url", url, "jobs", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const status = r.json<{
      counts: { completed: number; failed: number };
      deadLetters: { name: string; by: string; retries: number | null; error: string | null }[];
    }>();
    assert.equal(status.counts.completed, 1);
    assert.equal(status.counts.failed, 1);
    assert.equal(status.deadLetters.length, 1);
    const [dead] = status.deadLetters;
    assert.equal(dead?.name, "empty.txt");
    assert.equal(dead?.by, "tester");
    assert.equal(dead?.retries, 2);
    assert.match(dead?.error ?? "", /empty/);
    const text = await cli(["--database-url", url, "jobs"]);
    assert.match(text.stdout, /1 done, 1 failed/);
    assert.match(text.stdout, /empty\.txt/);
  });

  it("needs a PostgreSQL URL to queue, work or list jobs", async () => {
    for (const args of [
      ["worker"],
      ["jobs"],
      ["ingest", "--queue", join(ROOT, "test/fixtures/docs/steppe-report.txt")],
    ]) {
      const r = await cli([...args, "--json"]);
      assert.equal(r.code, 1, args.join(" "));
      assert.match(r.stderr, /needs the team's PostgreSQL/);
    }
    const r = await cli(["--database-url", "mysql://x", "jobs"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not a PostgreSQL URL/);
  });
});
