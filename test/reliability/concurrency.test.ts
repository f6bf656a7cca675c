import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { buildApp } from "../../src/api/app.js";
import { KnowledgeService } from "../../src/services/knowledge-service.js";
import { TokenService } from "../../src/services/token-service.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, FIXED_NOW, FIXTURE_KB, scratchDir } from "../helpers.js";
import { bundleCli } from "./support.js";

/**
 * Concurrency (issue 10, point 3): processes writing one SQLite file at once (WAL and a
 * busy timeout) all succeed, or fail saying why, and nothing is lost; the HTTP API, over
 * real loopback, keeps every write of 50 concurrent writers and readers.
 */

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(bundle: string, args: readonly string[]): Promise<Exit> {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", bundle, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TZ: "UTC", USER: "tester" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

const count = (db: string, sql: string) => {
  const d = new SqliteDatabase(db, { readonly: true });
  try {
    return Number(d.prepare(sql).pluck().get());
  } finally {
    d.close();
  }
};

/** A data version with `n` synthetic events, so that a load takes a while. */
function dataWithEvents(dir: string, first: number, n: number): void {
  cpSync(FIXTURE_KB, dir, { recursive: true });
  const lines = ["defaults:", "  cite: encyclopedia", '  recorded: "2026-11-25"', "claims:"];
  for (let i = first; i < first + n; i++) {
    const day = new Date(Date.UTC(1995, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(`  - { kind: event, type: CONSULT, source: KAZ, target: RUS, date: "${day}" }`);
  }
  writeFileSync(join(dir, "claims", "events.yaml"), `${lines.join("\n")}\n`);
}

describe("processes writing one SQLite file at once", () => {
  it("two loads, tokens and rankings at once: every process succeeds and every write is kept", {
    timeout: 180_000,
  }, async (t) => {
    const dir = scratchDir(t);
    const bundle = await bundleCli(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const a = join(dir, "a");
    const b = join(dir, "b");
    dataWithEvents(a, 0, 400);
    dataWithEvents(b, 200, 400);
    const claim = (await cli(["--db", db, "conflicts", "--json"])).json<{
      conflicts: { readings: { claims: { id: string }[] }[] }[];
    }>().conflicts[0]?.readings[0]?.claims[0]?.id;
    assert.ok(claim, "the fixture has a conflict to rank");

    const exits = await Promise.all([
      run(bundle, ["--db", db, "load", a, "--json"]),
      run(bundle, ["--db", db, "load", b, "--json"]),
      ...["ana", "ben", "chen", "dana"].map((name) =>
        run(bundle, ["--db", db, "token", "create", "--name", name]),
      ),
      ...["ana", "ben", "chen", "dana"].map((analyst) =>
        run(bundle, ["--db", db, "prefer", claim, "--analyst", analyst]),
      ),
    ]);
    for (const e of exits) assert.equal(e.code, 0, e.stderr);
    // Both loads were whole: one of the two versions is what is held, with nothing of the other.
    const held = count(db, "SELECT count(*) FROM claims WHERE recorded_to IS NULL AND kind = 'event'");
    const fixtureEvents = 1;
    assert.equal(held, 400 + fixtureEvents);
    assert.equal(count(db, "SELECT count(*) FROM tokens"), 4);
    assert.equal(count(db, "SELECT count(*) FROM preferences"), 4);
    const check = new SqliteDatabase(db, { readonly: true });
    assert.equal(String(check.pragma("integrity_check", { simple: true })), "ok");
    check.close();
  });

  it("a second writer waiting past the busy timeout fails saying the database is busy, and writes nothing", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const before = count(db, "SELECT count(*) FROM tokens");
    // Another connection holds the write lock longer than the 5 s busy timeout.
    const holder = new SqliteDatabase(db);
    holder.exec("BEGIN IMMEDIATE");
    const started = performance.now();
    const r = await cli(["--db", db, "token", "create", "--name", "late"]);
    const waited = performance.now() - started;
    holder.exec("ROLLBACK");
    holder.close();
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /busy|locked/i);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "a message, not a stack trace");
    assert.ok(waited >= 4500, `it waited for the lock (${waited.toFixed(0)} ms)`);
    assert.equal(count(db, "SELECT count(*) FROM tokens"), before);
  });
});

describe("the HTTP API under 50 concurrent clients", () => {
  it("keeps every write of concurrent writers while readers read", { timeout: 120_000 }, async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const store = await openSqliteStore(db);
    const service = await KnowledgeService.open(store);
    const { token } = await new TokenService(store).create("load-tester", FIXED_NOW);
    const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
    await app.listen({ port: 0, host: "127.0.0.1" });
    t.after(async () => {
      await app.close();
      await store.close();
    });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
    const claim = (
      (await (await fetch(`${base}/conflicts`)).json()) as {
        conflicts: { readings: { claims: { id: string }[] }[] }[];
      }
    ).conflicts[0]?.readings[0]?.claims[0]?.id;
    assert.ok(claim);

    const WRITERS = 25;
    const READERS = 25;
    const ROUNDS = 4;
    const write = (i: number) =>
      fetch(`${base}/scenarios`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({
          name: `load-${i}`,
          add: [
            {
              kind: "membership",
              state: "UZB",
              org: "CSTO",
              change: "withdraw",
              date: String(2013 + (i % 10)),
            },
          ],
        }),
      });
    const prefer = (i: number) =>
      fetch(`${base}/prefer`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ claimId: claim, note: `round ${i}` }),
      });
    const read = () => fetch(`${base}/members?org=CSTO&at=2012-07-01`);

    const statuses: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const requests = [
        ...Array.from({ length: WRITERS }, (_, i) => {
          const n = round * WRITERS + i;
          return (i % 2 === 0 ? write(n) : prefer(n)).then((r) => ["write", r] as const);
        }),
        ...Array.from({ length: READERS }, () => read().then((r) => ["read", r] as const)),
      ];
      for (const [kind, res] of await Promise.all(requests)) {
        const key = `${kind} ${res.status}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (kind === "read") {
          const body = (await res.json()) as { members: unknown[] };
          assert.ok(body.members.length > 0);
        } else await res.arrayBuffer();
      }
    }
    const scenarios = Math.ceil(WRITERS / 2) * ROUNDS;
    const preferences = Math.floor(WRITERS / 2) * ROUNDS;
    assert.deepEqual(statuses, { "write 201": WRITERS * ROUNDS, "read 200": READERS * ROUNDS });
    assert.equal(count(db, "SELECT count(*) FROM scenarios"), scenarios);
    assert.equal(count(db, "SELECT count(*) FROM preferences"), preferences);
    const listed = (await (await fetch(`${base}/scenarios`)).json()) as { scenarios: unknown[] };
    assert.equal(listed.scenarios.length, scenarios);
  });
});
