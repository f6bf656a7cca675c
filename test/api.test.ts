import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { buildApp, type HeartlandApp } from "../src/api/app.js";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { TokenService } from "../src/services/token-service.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { cli, FIXED_NOW, FIXTURE_KB, scratchDir } from "./helpers.js";

/**
 * The HTTP API in process (`app.inject`): every route, its errors and its guards, on a
 * temporary SQLite database loaded from test/fixtures/kb (and, for the reasoning routes,
 * from the bundled data/). Answers are compared with the CLI's --json for the same
 * question on the same database.
 */

interface Api {
  readonly app: HeartlandApp;
  readonly db: string;
  /** A live token's secret, named "jdoe". */
  readonly token: string;
}

type Hooks = { after: (fn: () => void | Promise<void>) => void };

async function apiOn(t: Hooks, dataDir: string): Promise<Api> {
  const db = join(scratchDir(t), "kb.sqlite");
  const store = await openSqliteStore(db);
  await loadCuratedData(store, dataDir, readDataDir(dataDir), FIXED_NOW);
  const service = await KnowledgeService.open(store);
  const { token } = await new TokenService(store).create("jdoe", FIXED_NOW);
  const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
  t.after(async () => {
    await app.close();
    await store.close();
  });
  return { app, db, token };
}

/** A suite's shared API, built once before its tests (reads do not change it). */
function sharedApi(dataDir: string): () => Api {
  let api: Api | undefined;
  const closers: (() => void | Promise<void>)[] = [];
  before(async () => {
    api = await apiOn({ after: (fn) => closers.push(fn) }, dataDir);
  });
  after(async () => {
    for (const fn of closers.reverse()) await fn();
  });
  return () => {
    if (!api) throw new Error("the API is not built yet");
    return api;
  };
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  hint?: string;
  data?: { suggestions?: string[]; value?: string };
  errors?: { in: string; field: string; message: string }[];
}

async function get(api: Api, url: string, headers: Record<string, string> = {}) {
  return api.app.inject({ method: "GET", url, headers });
}

function problemOf(
  r: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  assert.equal(r.statusCode, status, r.body);
  assert.match(String(r.headers["content-type"]), /^application\/problem\+json/);
  const p = JSON.parse(r.body) as Problem;
  assert.equal(p.status, status);
  assert.equal(p.type, `urn:heartland:problem:${p.code}`);
  assert.ok(p.title.length > 0 && p.detail.length > 0);
  return p;
}

async function cliJson<T>(db: string, args: readonly string[]): Promise<T> {
  const r = await cli(["--db", db, ...args, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return r.json<T>();
}

interface Members {
  org: string;
  members: { state: string; status: string; since: string | null; possible?: unknown[] }[];
}

/** Every route the API serves; the OpenAPI document must list each one. */
const ROUTES: readonly [string, string][] = [
  ["get", "/api/v1/members"],
  ["get", "/api/v1/timeline"],
  ["get", "/api/v1/conflicts"],
  ["get", "/api/v1/sources"],
  ["get", "/api/v1/sources/{id}"],
  ["get", "/api/v1/claims"],
  ["get", "/api/v1/obligations"],
  ["get", "/api/v1/violations"],
  ["get", "/api/v1/simulate"],
  ["post", "/api/v1/simulate"],
  ["get", "/api/v1/scenarios"],
  ["post", "/api/v1/scenarios"],
  ["get", "/api/v1/scenarios/{name}"],
  ["delete", "/api/v1/scenarios/{name}"],
  ["get", "/api/v1/scenarios/{name}/diff"],
  ["post", "/api/v1/prefer"],
  ["get", "/api/v1/exports/memberships"],
  ["get", "/api/v1/exports/claims"],
  ["get", "/api/v1/exports/state-year"],
  ["get", "/api/v1/exports/dyad-year"],
  ["get", "/api/v1/align"],
  ["get", "/api/v1/align/chart"],
  ["get", "/api/v1/documents"],
  ["get", "/api/v1/documents/{id}"],
  ["post", "/api/v1/ingest"],
  ["get", "/api/v1/review"],
  ["post", "/api/v1/review/{id}/accept"],
  ["post", "/api/v1/review/{id}/reject"],
  ["post", "/api/v1/review/{id}/correct"],
  ["get", "/"],
];

describe("API reads on the fixture knowledge base", () => {
  const api = sharedApi(FIXTURE_KB);

  it("answers members exactly as `heartland members --json` does", async () => {
    const r = await get(api(), "/api/v1/members?org=CSTO&at=2012-07-01");
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers["content-type"]), /^application\/json/);
    const viaCli = await cliJson<Members>(api().db, ["members", "CSTO", "--at", "2012-07-01"]);
    assert.deepEqual(r.json(), viaCli);
    assert.deepEqual(
      r.json<Members>().members.map((m) => [m.state, m.status, m.since]),
      [
        ["KAZ", "member", "2002-05-14"],
        ["RUS", "member", "2002-05-14"],
        ["UZB", "suspended", "2012-06-28"],
      ],
    );
  });

  it("resolves names and aliases, says uncertain inside a change's imprecision, and honours asOf", async () => {
    const byAlias = (await get(api(), "/api/v1/members?org=ODKB&at=2006-08-10")).json<Members>();
    assert.equal(byAlias.org, "CSTO");
    const uzb = byAlias.members.find((m) => m.state === "UZB");
    assert.equal(uzb?.status, "uncertain");
    assert.deepEqual(uzb?.possible, [null, "member"]);
    const before = (await get(api(), "/api/v1/members?org=CSTO&at=2012&asOf=2019-12-31")).json<Members>();
    assert.deepEqual(before.members, []);
  });

  it("refuses a bad date with 400 problem+json naming the parameter and the value", async () => {
    const p = problemOf(await get(api(), "/api/v1/members?org=CSTO&at=2012-02-30"), 400);
    assert.equal(p.code, "invalid_date");
    assert.match(p.detail, /^at: "2012-02-30" is not a valid date/);
    assert.match(p.hint ?? "", /YYYY-MM-DD/);
    const asOf = problemOf(await get(api(), "/api/v1/members?org=CSTO&at=2012&asOf=yesterday"), 400);
    assert.match(asOf.detail, /^asOf: "yesterday"/);
  });

  it("answers an unknown actor with 404 and the nearest known names", async () => {
    const p = problemOf(await get(api(), "/api/v1/members?org=CTSO&at=2012"), 404);
    assert.equal(p.code, "unknown_actor");
    assert.ok(p.data?.suggestions?.includes("CSTO"));
    const timeline = problemOf(await get(api(), "/api/v1/timeline?actor=Uzbekstan"), 404);
    assert.match(timeline.hint ?? "", /Uzbekistan \(UZB\)/);
  });

  it("refuses an unknown query parameter, naming it and the known ones", async () => {
    const p = problemOf(await get(api(), "/api/v1/members?org=CSTO&at=2012&asof=2020"), 400);
    assert.equal(p.code, "invalid_request");
    assert.equal(p.detail, 'query parameter "asof" is not known');
    assert.match(p.hint ?? "", /asOf/);
    assert.deepEqual(p.errors, [{ in: "query parameter", field: "asof", message: "is not known" }]);
  });

  it("names a missing parameter, and a repeated one", async () => {
    const missing = problemOf(await get(api(), "/api/v1/members?org=CSTO"), 400);
    assert.equal(missing.detail, 'query parameter "at" is required');
    const twice = problemOf(await get(api(), "/api/v1/members?org=CSTO&at=2012&at=2013"), 400);
    assert.match(twice.detail, /^query parameter "at"/);
  });

  it("answers an unknown route with 404 problem+json", async () => {
    const p = problemOf(await get(api(), "/api/v1/nothing-here"), 404);
    assert.match(p.detail, /GET \/api\/v1\/nothing-here/);
    problemOf(await api().app.inject({ method: "PUT", url: "/api/v1/members" }), 404);
  });

  it("gives a timeline in date order within from/to, as the CLI does", async () => {
    const r = await get(api(), "/api/v1/timeline?actor=Uzbekistan&from=2006&to=2008");
    assert.equal(r.statusCode, 200);
    const body = r.json<{ actor: string; entries: { date: string }[] }>();
    assert.equal(body.actor, "UZB");
    assert.ok(body.entries.length > 0);
    assert.ok(body.entries.every((e) => e.date >= "2006" && e.date < "2009"));
    assert.deepEqual(
      body,
      await cliJson(api().db, ["timeline", "Uzbekistan", "--from", "2006", "--to", "2008"]),
    );
    problemOf(await get(api(), "/api/v1/timeline?actor=UZB&from=2006-13"), 400);
  });

  it("shows conflicts side by side, for one actor too, and none as of before the news was recorded", async () => {
    const all = (await get(api(), "/api/v1/conflicts")).json<{ conflicts: { readings: unknown[] }[] }>();
    assert.equal(all.conflicts.length, 1);
    assert.equal(all.conflicts[0]?.readings.length, 2);
    const rus = (await get(api(), "/api/v1/conflicts?actor=RUS")).json<{
      actor: string;
      conflicts: unknown[];
    }>();
    assert.deepEqual([rus.actor, rus.conflicts.length], ["RUS", 0]);
    const before = (await get(api(), "/api/v1/conflicts?asOf=2020-06-01")).json<{ conflicts: unknown[] }>();
    assert.equal(before.conflicts.length, 0);
  });

  it("lists sources and finds one by id", async () => {
    const r = (await get(api(), "/api/v1/sources")).json<{ sources: { id: string }[] }>();
    assert.deepEqual(r.sources.map((s) => s.id).sort(), ["encyclopedia", "news-report", "treaty-text"]);
    const one = await get(api(), "/api/v1/sources/news-report");
    assert.equal(one.json<{ document: boolean }>().document, true);
    assert.equal(problemOf(await get(api(), "/api/v1/sources/nope"), 404).code, "unknown_source");
  });

  it("exports held claims as a JSON array, the rows of `export claims`, filtered by kind", async () => {
    const r = await get(api(), "/api/v1/claims");
    const rows = r.json<{ id: string; kind: string; doc?: string; provenance: { source: string } }[]>();
    assert.equal(rows.length, 14);
    const exported = (await cli(["--db", api().db, "export", "claims"])).stdout.trim().split("\n");
    assert.deepEqual(
      rows,
      exported.map((line) => JSON.parse(line)),
    );
    assert.ok(rows.some((c) => c.doc === "news-report"));
    const offices = (await get(api(), "/api/v1/claims?kind=office")).json<{ kind: string }[]>();
    assert.deepEqual(
      offices.map((c) => c.kind),
      ["office"],
    );
    assert.match(problemOf(await get(api(), "/api/v1/claims?kind=gossip"), 400).detail, /"kind"/);
  });

  it("downloads memberships and claims byte for byte as `heartland export` writes them", async () => {
    const csv = await get(api(), "/api/v1/exports/memberships");
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers["content-type"]), /^text\/csv/);
    assert.equal(csv.headers["content-disposition"], 'attachment; filename="heartland-memberships.csv"');
    assert.equal(csv.body, (await cli(["--db", api().db, "export", "memberships"])).stdout);
    assert.match(csv.body, /^state,org,status,from,to,claims\n/);

    const jsonl = await get(api(), "/api/v1/exports/memberships?format=jsonl&from=2006&to=2010");
    assert.match(String(jsonl.headers["content-type"]), /^application\/jsonl/);
    assert.equal(
      jsonl.body,
      (
        await cli([
          "--db",
          api().db,
          "export",
          "memberships",
          "--format",
          "jsonl",
          "--from",
          "2006",
          "--to",
          "2010",
        ])
      ).stdout,
    );

    const claims = await get(api(), "/api/v1/exports/claims?format=csv");
    assert.equal(claims.headers["content-disposition"], 'attachment; filename="heartland-claims.csv"');
    assert.equal(claims.body, (await cli(["--db", api().db, "export", "claims", "--format", "csv"])).stdout);
    const claimsJsonl = await get(api(), "/api/v1/exports/claims");
    assert.equal(claimsJsonl.body, (await cli(["--db", api().db, "export", "claims"])).stdout);

    const badYear = problemOf(await get(api(), "/api/v1/exports/claims?from=20x6"), 400);
    assert.match(badYear.detail, /query parameter "from"/);
    problemOf(await get(api(), "/api/v1/exports/claims?format=xlsx"), 400);
  });

  it("answers obligations and violations (none in the fixture) in the CLI's shape", async () => {
    const o = await get(api(), "/api/v1/obligations?at=2012-01-01");
    assert.deepEqual(o.json(), await cliJson(api().db, ["obligations", "--at", "2012-01-01"]));
    const v = await get(api(), "/api/v1/violations?at=2013");
    assert.deepEqual(v.json(), { at: "2013", asOf: null, scenario: null, violations: [] });
    problemOf(await get(api(), "/api/v1/violations"), 400);
    assert.equal(
      problemOf(await get(api(), "/api/v1/obligations?at=2012&state=Atlantis"), 404).code,
      "unknown_actor",
    );
  });

  it("simulates a vote posted as JSON, and says when no proposal is recorded to read stances from", async () => {
    const r = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      payload: {
        org: "CSTO",
        at: "2011-08-15",
        rule: "unanimity",
        votes: { RUS: "yes", Kazakhstan: "yes", UZB: "no" },
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    const s = r.json<{ passes: boolean; yes: string[]; blocking: string[] }>();
    assert.deepEqual([s.passes, s.yes, s.blocking], [false, ["KAZ", "RUS"], ["UZB"]]);
    const bad = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      payload: { org: "CSTO", at: "2011", rule: "unanimity", votes: { RUS: "perhaps" } },
    });
    assert.match(problemOf(bad, 400).detail, /body field "votes\.RUS"/);
    const extra = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      payload: { org: "CSTO", at: "2011", votes: {}, quorum: 3 },
    });
    assert.equal(problemOf(extra, 400).detail, 'body field "quorum" is not known');
    const none = problemOf(await get(api(), "/api/v1/simulate?org=CSTO&at=2011-08-15&rule=unanimity"), 404);
    assert.match(none.detail, /no proposal in CSTO/);
    problemOf(await get(api(), "/api/v1/simulate?org=CSTO&at=2011&rule=qualified-majority&threshold=2"), 400);
  });

  it("refuses a body that is not JSON, or larger than the limit", async () => {
    const notJson = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      headers: { "content-type": "application/json" },
      payload: "{org:",
    });
    problemOf(notJson, 400);
    const huge = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ org: "CSTO", at: "2011", votes: {}, pad: "x".repeat(1024 * 1024) }),
    });
    assert.equal(problemOf(huge, 413).code, "payload_too_large");
    const text = await api().app.inject({
      method: "POST",
      url: "/api/v1/simulate",
      headers: { "content-type": "text/plain" },
      payload: "hello",
    });
    assert.equal(problemOf(text, 415).code, "unsupported_media_type");
  });

  it("lists no scenarios, and answers an unknown scenario with 404 naming it", async () => {
    assert.deepEqual((await get(api(), "/api/v1/scenarios")).json(), { scenarios: [] });
    const show = problemOf(await get(api(), "/api/v1/scenarios/what-if"), 404);
    assert.match(show.detail, /no scenario named "what-if"/);
    problemOf(await get(api(), "/api/v1/scenarios/what-if/diff?at=2013"), 404);
    const within = problemOf(await get(api(), "/api/v1/members?org=CSTO&at=2012&scenario=what-if"), 404);
    assert.equal(within.code, "not_found");
  });

  it("publishes a valid OpenAPI 3.1 document listing every route", async () => {
    const r = await get(api(), "/api/openapi.json");
    assert.equal(r.statusCode, 200);
    const doc = r.json<{ openapi: string; paths: Record<string, Record<string, { security?: unknown }>> }>();
    assert.equal(doc.openapi, "3.1.0");
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(listed.sort(), ROUTES.map(([m, p]) => `${m} ${p}`).sort());
    for (const [method, path] of ROUTES) {
      const url = path.replace(/\{(\w+)\}/g, ":$1");
      assert.ok(
        api().app.hasRoute({ method: method.toUpperCase() as "GET", url }),
        `${method} ${path} is served`,
      );
    }
    // Writes say they need a bearer token; reads do not.
    assert.deepEqual(doc.paths["/api/v1/prefer"]?.post?.security, [{ bearerAuth: [] }]);
    assert.equal(doc.paths["/api/v1/members"]?.get?.security, undefined);
  });

  it("serves a browsable reference page from its own files, with no CDN", async () => {
    const page = await get(api(), "/api/docs");
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers["content-type"]), /^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    assert.ok(assets.length > 0);
    for (const asset of assets) {
      assert.ok(asset.startsWith("/api/docs/") || asset.startsWith("./"), `${asset} is served locally`);
      if (asset.startsWith("/")) assert.equal((await get(api(), asset)).statusCode, 200, asset);
    }
    // The page reads the document from this server, and asks no online validator about it.
    const init = await get(api(), "/api/docs/static/swagger-initializer.js");
    assert.match(init.body, /url: resolveUrl\('\.\/json'\)/);
    assert.match(init.body, /validatorUrl: null/);
    assert.equal((await get(api(), "/api/docs/json")).statusCode, 200);
  });

  it("points from / to the API, its description and its reference page", async () => {
    assert.deepEqual((await get(api(), "/")).json(), {
      name: "Heartland",
      api: "/api/v1",
      openapi: "/api/openapi.json",
      docs: "/api/docs",
    });
  });
});

describe("API reasoning on the bundled knowledge base", () => {
  const api = sharedApi(BUNDLED_DATA);

  it("answers obligations, violations and simulate as the CLI does", async () => {
    const o = await get(api(), "/api/v1/obligations?at=2012-01-01&state=TJK");
    assert.equal(o.statusCode, 200);
    assert.ok(o.json<{ obligations: unknown[] }>().obligations.length > 0);
    assert.deepEqual(
      o.json(),
      await cliJson(api().db, ["obligations", "--at", "2012-01-01", "--state", "TJK"]),
    );
    const v = await get(api(), "/api/v1/violations?at=2013-01-01");
    assert.deepEqual(v.json(), await cliJson(api().db, ["violations", "--at", "2013-01-01"]));
    const s = await get(api(), "/api/v1/simulate?org=CSTO&at=2011-08-15&rule=unanimity");
    assert.equal(s.statusCode, 200, s.body);
    assert.deepEqual(s.json<{ blocking: string[] }>().blocking, ["UZB"]);
    assert.deepEqual(
      s.json(),
      await cliJson(api().db, [
        "simulate",
        "--org",
        "CSTO",
        "--at",
        "2011-08-15",
        "--rule",
        "unanimity",
        "--stances-from-events",
      ]),
    );
  });
});

describe("API writes", () => {
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it("refuses a write without a token, with an unknown one, and with a malformed header: 401", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const none = await api.app.inject({ method: "POST", url: "/api/v1/prefer", payload: { claimId: "x" } });
    assert.equal(problemOf(none, 401).code, "unauthorized");
    assert.match(String(none.headers["www-authenticate"]), /^Bearer/);
    const unknown = await api.app.inject({
      method: "POST",
      url: "/api/v1/prefer",
      headers: auth("hl_not-a-real-token"),
      payload: { claimId: "x" },
    });
    assert.match(problemOf(unknown, 401).detail, /not known/);
    const basic = await api.app.inject({
      method: "POST",
      url: "/api/v1/prefer",
      headers: { authorization: "Basic amRvZTpzZWNyZXQ=" },
      payload: { claimId: "x" },
    });
    problemOf(basic, 401);
    // The token is checked before the body is even read: no token, bad body, still 401.
    const both = await api.app.inject({
      method: "POST",
      url: "/api/v1/scenarios",
      payload: { nonsense: true },
    });
    problemOf(both, 401);
    const del = await api.app.inject({ method: "DELETE", url: "/api/v1/scenarios/x" });
    problemOf(del, 401);
  });

  it("refuses a revoked token: 401 naming it", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const r = await cli(["--db", api.db, "token", "revoke", "jdoe"]);
    assert.equal(r.code, 0, r.stderr);
    const after = await api.app.inject({
      method: "POST",
      url: "/api/v1/prefer",
      headers: auth(api.token),
      payload: { claimId: "x" },
    });
    assert.match(problemOf(after, 401).detail, /"jdoe" was revoked/);
  });

  it("records a preference under the token's name, and answers follow it at once", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const before = (await get(api, "/api/v1/conflicts")).json<{
      conflicts: { decidedBy: string; readings: { date: string; claims: { id: string }[] }[] }[];
    }>();
    assert.equal(before.conflicts[0]?.decidedBy, "default-policy");
    const news = before.conflicts[0]?.readings.find((r) => r.date === "2011-10")?.claims[0]?.id;
    assert.ok(news);
    const r = await api.app.inject({
      method: "POST",
      url: "/api/v1/prefer",
      headers: auth(api.token),
      payload: { claimId: news, note: "the report is closer to the events" },
    });
    assert.equal(r.statusCode, 201, r.body);
    const answer = r.json<{
      preference: { analyst: string; recordedAt: string; note: string };
      claim: { id: string };
    }>();
    assert.deepEqual(answer.preference, {
      claimId: news,
      analyst: "jdoe",
      recordedAt: FIXED_NOW.toISOString(),
      note: "the report is closer to the events",
    });
    const afterwards = (await get(api, "/api/v1/conflicts")).json<{
      conflicts: { decidedBy: string; preference: { analyst: string } }[];
    }>();
    assert.equal(afterwards.conflicts[0]?.decidedBy, "analyst");
    assert.equal(afterwards.conflicts[0]?.preference.analyst, "jdoe");
    const unknown = await api.app.inject({
      method: "POST",
      url: "/api/v1/prefer",
      headers: auth(api.token),
      payload: { claimId: "cnope" },
    });
    assert.equal(problemOf(unknown, 404).code, "unknown_claim");
  });

  it("creates, shows, applies, diffs and deletes a scenario, recording the token's name as its creator", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const suspension = (await get(api, "/api/v1/claims?kind=membership"))
      .json<{ id: string; state: string; org: string; change: string }[]>()
      .find((c) => c.state === "UZB" && c.org === "CSTO" && c.change === "suspend")?.id;
    assert.ok(suspension);
    const create = await api.app.inject({
      method: "POST",
      url: "/api/v1/scenarios",
      headers: auth(api.token),
      payload: {
        name: "uzb-stays",
        description: "Uzbekistan never suspends",
        retract: [suspension],
        add: [{ kind: "membership", state: "RUS", org: "EAEC", change: "join", date: "2001" }],
      },
    });
    assert.equal(create.statusCode, 201, create.body);
    const created = create.json<{
      name: string;
      createdBy: string;
      adds: { summary: string }[];
      retracts: string[];
    }>();
    assert.equal(created.createdBy, "jdoe");
    assert.deepEqual(created.retracts, [suspension]);
    assert.equal(created.adds.length, 1);

    const list = (await get(api, "/api/v1/scenarios")).json<{
      scenarios: { name: string; createdBy: string }[];
    }>();
    assert.deepEqual(
      list.scenarios.map((s) => [s.name, s.createdBy]),
      [["uzb-stays", "jdoe"]],
    );
    assert.deepEqual((await get(api, "/api/v1/scenarios/uzb-stays")).json(), created);
    assert.deepEqual(
      (await get(api, "/api/v1/scenarios/uzb-stays")).json(),
      await cliJson(api.db, ["scenario", "show", "uzb-stays"]),
    );

    const within = (await get(api, "/api/v1/members?org=CSTO&at=2013&scenario=uzb-stays")).json<Members>();
    assert.equal(within.members.find((m) => m.state === "UZB")?.status, "member");
    const base = (await get(api, "/api/v1/members?org=CSTO&at=2013")).json<Members>();
    assert.equal(base.members.find((m) => m.state === "UZB")?.status, "suspended");
    const diff = await get(api, "/api/v1/scenarios/uzb-stays/diff?at=2013");
    assert.equal(diff.statusCode, 200);
    assert.equal(diff.json<{ scenario: string }>().scenario, "uzb-stays");

    const again = await api.app.inject({
      method: "POST",
      url: "/api/v1/scenarios",
      headers: auth(api.token),
      payload: { name: "uzb-stays", retract: [suspension] },
    });
    assert.equal(problemOf(again, 409).code, "conflict");

    const del = await api.app.inject({
      method: "DELETE",
      url: "/api/v1/scenarios/uzb-stays",
      headers: auth(api.token),
    });
    assert.equal(del.statusCode, 200);
    assert.deepEqual(del.json(), { deleted: "uzb-stays" });
    problemOf(await get(api, "/api/v1/members?org=CSTO&at=2013&scenario=uzb-stays"), 404);
    const gone = await api.app.inject({
      method: "DELETE",
      url: "/api/v1/scenarios/uzb-stays",
      headers: auth(api.token),
    });
    problemOf(gone, 404);
  });

  it("refuses a scenario with nothing in it, an unknown field in a claim, or an unknown actor", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const post = (payload: unknown) =>
      api.app.inject({
        method: "POST",
        url: "/api/v1/scenarios",
        headers: auth(api.token),
        payload: payload as object,
      });
    const empty = problemOf(await post({ name: "empty" }), 400);
    assert.match(empty.detail, /a scenario needs claims to add or claim ids to retract/);
    const field = problemOf(
      await post({
        name: "x",
        add: [{ kind: "membership", state: "RUS", org: "EAEC", change: "join", date: "2001", why: 1 }],
      }),
      400,
    );
    assert.match(field.detail, /body field "add\.0\.why" is not known/);
    const actor = problemOf(
      await post({
        name: "x",
        add: [{ kind: "membership", state: "ATL", org: "EAEC", change: "join", date: "2001" }],
      }),
      404,
    );
    assert.equal(actor.code, "unknown_actor");
    const claim = problemOf(await post({ name: "x", retract: ["cnothere"] }), 404);
    assert.equal(claim.code, "unknown_claim");
    const name = problemOf(await post({ name: "no/slashes", retract: ["cnothere"] }), 400);
    assert.match(name.detail, /not a scenario name/);
    assert.deepEqual((await get(api, "/api/v1/scenarios")).json(), { scenarios: [] });
  });
});

describe("API answer cache", () => {
  it("serves a repeated question from the cache, and drops it when another process writes", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const url = "/api/v1/members?org=EAEC&at=2010-01-01";
    const first = await get(api, url);
    const second = await get(api, url);
    assert.equal(second.body, first.body);
    const statusOf = (body: string) =>
      (JSON.parse(body) as Members).members.find((m) => m.state === "UZB")?.status;
    assert.equal(statusOf(first.body), "suspended");

    // The CLI ranks the news report's reading on the same database file: another connection.
    const conflicts = (await get(api, "/api/v1/conflicts")).json<{
      conflicts: { readings: { date: string; claims: { id: string }[] }[] }[];
    }>();
    const news = conflicts.conflicts[0]?.readings.find((r) => r.date === "2011-10")?.claims[0]?.id;
    assert.ok(news);
    assert.equal((await cli(["--db", api.db, "prefer", news, "--analyst", "cli-user"])).code, 0);
    assert.equal(statusOf((await get(api, url)).body), "member");
  });

  it("answers afresh when asked with Cache-Control: no-cache", async (t) => {
    const api = await apiOn(t, FIXTURE_KB);
    const url = "/api/v1/members?org=CSTO&at=2012";
    const cached = await get(api, url);
    const fresh = await get(api, url, { "cache-control": "no-cache" });
    assert.equal(fresh.body, cached.body);
  });
});
