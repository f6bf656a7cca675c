import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildApp, type HeartlandApp } from "../src/api/app.js";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import type { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { cli, FIXED_NOW, scratchDir } from "./helpers.js";

/**
 * The analytics routes in process (`app.inject`) on the analytics fixture knowledge base:
 * each answers exactly what the CLI answers for the same question, and refuses bad input
 * with problem+json naming the parameter.
 */

const FIXTURE = join(import.meta.dirname, "fixtures", "analytics", "kb");

let app: HeartlandApp;
let store: SqliteStore;
let db = "";
before(async () => {
  db = join(scratchDir({ after: (fn) => process.on("exit", fn) }), "kb.sqlite");
  store = await openSqliteStore(db);
  await loadCuratedData(store, FIXTURE, readDataDir(FIXTURE), FIXED_NOW);
  app = buildApp({ kb: { store, service: await KnowledgeService.open(store) }, now: () => FIXED_NOW });
});
after(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => app.inject({ method: "GET", url });

async function cliOut(args: readonly string[]): Promise<string> {
  const r = await cli(["--db", db, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

describe("GET /api/v1/align", () => {
  it("answers as `heartland align --json` does", async () => {
    const r = await get("/api/v1/align?a=UZB&b=Russia&from=1998&to=2000&system=all-known");
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers["content-type"]), /^application\/json/);
    const viaCli = JSON.parse(
      await cliOut([
        "align",
        "UZB",
        "Russia",
        "--from",
        "1998",
        "--to",
        "2000",
        "--system",
        "all-known",
        "--json",
      ]),
    );
    assert.deepEqual(r.json(), viaCli);
    // Worked by hand in test/analytics.test.ts: 1999 after the withdrawal.
    const y1999 = r.json<{ years: { year: number; s: number }[] }>().years.find((y) => y.year === 1999);
    assert.equal(y1999?.s, -0.6);
  });

  it("takes tie overrides, weights and ties=true like the CLI's --tie, --weights and --ties", async () => {
    const r = await get(
      "/api/v1/align?a=UZB&b=RUS&from=2001&to=2001&system=all-known&tie=FORUM%3D1&weights=RUS:0.5,UZB:0.3,KAZ:0.2&ties=true",
    );
    assert.equal(r.statusCode, 200, r.body);
    const y = r.json<{ years: { s: number; s_weighted: number; ties: unknown[] }[] }>().years[0];
    // Worked by hand: S = 1 - 20/15 with the forum at 1. Weighted: RUS 0.5·2 + UZB 0.3·2 + KAZ 0.2·3 = 2.2: 1 - 4.4/3.
    assert.equal(y?.s, -0.3333);
    assert.equal(y?.s_weighted, Math.round((1 - 4.4 / 3) * 1e4) / 1e4);
    assert.ok((y?.ties.length ?? 0) > 0);
  });

  it("refuses a bad year, an unknown system or state, and a bad override, as problem+json", async () => {
    for (const [url, status, pattern] of [
      ["/api/v1/align?a=UZB&b=RUS&from=99", 400, /from/],
      ["/api/v1/align?a=UZB&b=RUS&system=world", 400, /system/],
      ["/api/v1/align?a=UZB&b=Rusia", 404, /Rusia/],
      ["/api/v1/align?a=UZB&b=RUS&tie=NOWHERE%3D2", 400, /NOWHERE/],
      ["/api/v1/align?a=UZB&b=RUS&weights=RUS", 400, /weights/],
      ["/api/v1/align?a=UZB", 400, /"b"/],
    ] as const) {
      const r = await get(url);
      assert.equal(r.statusCode, status, `${url}: ${r.body}`);
      assert.match(String(r.headers["content-type"]), /^application\/problem\+json/);
      assert.match(r.json<{ detail: string }>().detail, pattern);
    }
  });
});

describe("GET /api/v1/align/chart", () => {
  it("answers the SVG chart `heartland align --plot` writes", async () => {
    const r = await get("/api/v1/align/chart?a=UZB&b=RUS&from=1995&to=2014&system=all-known");
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers["content-type"]), /^image\/svg\+xml/);
    const dir = scratchDir({ after: (fn) => process.on("exit", fn) });
    const file = join(dir, "chart.svg");
    await cliOut([
      "align",
      "UZB",
      "RUS",
      "--from",
      "1995",
      "--to",
      "2014",
      "--system",
      "all-known",
      "--plot",
      file,
    ]);
    const { readFileSync } = await import("node:fs");
    assert.equal(r.body, readFileSync(file, "utf8"));
  });
});

describe("GET /api/v1/exports/state-year and dyad-year", () => {
  for (const table of ["state-year", "dyad-year"] as const) {
    it(`downloads the ${table} table byte for byte as \`heartland export ${table}\``, async () => {
      for (const format of ["csv", "jsonl"] as const) {
        const r = await get(`/api/v1/exports/${table}?format=${format}&from=1998&to=2000&system=all-known`);
        assert.equal(r.statusCode, 200, r.body);
        assert.match(
          String(r.headers["content-type"]),
          format === "csv" ? /^text\/csv/ : /^application\/jsonl/,
        );
        assert.equal(r.headers["content-disposition"], `attachment; filename="heartland-${table}.${format}"`);
        const viaCli = await cliOut([
          "export",
          table,
          "--format",
          format,
          "--from",
          "1998",
          "--to",
          "2000",
          "--system",
          "all-known",
        ]);
        assert.equal(r.body, viaCli);
      }
    });
  }

  it("refuses an unknown parameter and a bad format", async () => {
    assert.equal((await get("/api/v1/exports/dyad-year?format=xlsx")).statusCode, 400);
    assert.equal((await get("/api/v1/exports/state-year?years=3")).statusCode, 400);
  });
});
