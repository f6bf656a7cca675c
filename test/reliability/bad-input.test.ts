import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildApp, type HeartlandApp } from "../../src/api/app.js";
import { KnowledgeService } from "../../src/services/knowledge-service.js";
import { TokenService } from "../../src/services/token-service.js";
import { openSqliteStore, type SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, FIXED_NOW, FIXTURE_KB, scratchDir } from "../helpers.js";
import { type BadFiles, badFileMessage, type DbFingerprint, fingerprint, makeBadFiles } from "./support.js";

/**
 * Bad input everywhere (issue 10, point 1): every command and route that takes input is
 * given a missing file, a directory, a binary file, non-UTF-8 text, an empty file, a
 * 200 MB file, malformed JSON Lines, an impossible date, an unknown actor, an unknown
 * scenario and a claim that fails its schema. Each must be refused with a message naming
 * the problem, and the knowledge base must be exactly as it was: every row of every table.
 */

type Hooks = { after: (fn: () => void | Promise<void>) => void };

interface Bench {
  readonly dir: string;
  readonly db: string;
  readonly bad: BadFiles;
  readonly before: DbFingerprint;
}

let bench: Bench | undefined;
const closers: (() => void | Promise<void>)[] = [];
const hooks: Hooks = { after: (fn) => closers.push(fn) };

before(async () => {
  const dir = scratchDir(hooks);
  const db = join(dir, "kb.sqlite");
  const loaded = await cli(["--db", db, "load", FIXTURE_KB, "--json"]);
  assert.equal(loaded.code, 0, loaded.stderr);
  // A scenario and a token, so that reads within a scenario and writes by token have something to find.
  const arm = join(dir, "arm.jsonl");
  writeFileSync(arm, '{"kind":"membership","state":"UZB","org":"CSTO","change":"withdraw","date":"2013"}\n');
  assert.equal((await cli(["--db", db, "scenario", "create", "uzb-leaves", "--add", arm])).code, 0);
  assert.equal((await cli(["--db", db, "token", "create", "--name", "jdoe"])).code, 0);
  const bad = makeBadFiles(join(dir, "bad"));
  bench = { dir, db, bad, before: fingerprint(db) };
});
after(async () => {
  for (const fn of closers.reverse()) await fn();
});

function b(): Bench {
  if (!bench) throw new Error("the bench is not set up");
  return bench;
}

/** Runs the CLI on the bench database; asserts it failed with `code`, said `message`, and wrote nothing. */
async function refused(args: readonly string[], message: RegExp, code = 1): Promise<string> {
  const r = await cli(["--db", b().db, ...args]);
  assert.equal(r.code, code, `${args.join(" ")} should fail (stdout: ${r.stdout.slice(0, 200)})`);
  assert.match(r.stderr, message, args.join(" "));
  assert.equal(r.stdout, "", `${args.join(" ")} printed an answer`);
  assert.deepEqual(fingerprint(b().db), b().before, `${args.join(" ")} changed the database`);
  return r.stderr;
}

const BAD_KINDS = ["missing", "directory", "binary", "latin1", "empty", "huge"] as const;

describe("a file given to a command", () => {
  for (const kind of BAD_KINDS) {
    it(`is refused by name when it is ${kind === "latin1" ? "not UTF-8" : kind}, by extract, scenario create --add and simulate --votes`, async () => {
      const path = b().bad[kind];
      const expected = badFileMessage(kind, path);
      await refused(["extract", path], expected);
      await refused(["scenario", "create", "from-bad-file", "--add", path], expected);
      await refused(["simulate", "--org", "CSTO", "--at", "2012", "--votes", path], expected);
    });
  }

  it("is refused at 200 MB before a byte of it is read (memory stays flat)", async () => {
    const rssBefore = process.memoryUsage().rss;
    await refused(["extract", b().bad.huge], /over the 16 MB limit/);
    // Reading the file would add 200 MB (and its UTF-16 copy twice that); allow 50 MB of noise.
    assert.ok(process.memoryUsage().rss - rssBefore < 50 * 1024 * 1024);
  });
});

describe("load DIR", () => {
  /** A copy of the fixture knowledge base with one thing wrong. */
  function brokenCopy(name: string, spoil: (dir: string) => void): string {
    const dir = join(b().dir, "broken", name);
    cpSync(FIXTURE_KB, dir, { recursive: true });
    spoil(dir);
    return dir;
  }
  const news = (dir: string) => join(dir, "claims", "news.yaml");

  it("refuses a missing directory and a file given for one", async () => {
    await refused(["load", join(b().dir, "no-such-dir")], /data directory .*no-such-dir does not exist/);
    // A file where a directory is expected: refused as a directory would be, or read as a claims file.
    await refused(["load", b().bad.binary], /binary\.txt is (not a directory|a binary file)/);
  });

  for (const kind of ["binary", "latin1", "empty", "huge"] as const) {
    it(`refuses the whole load when one data file is ${kind === "latin1" ? "not UTF-8" : kind}`, async () => {
      let bad = "";
      const dir = brokenCopy(`file-${kind}`, (d) => {
        bad = join(d, "claims", `bad-${kind}.yaml`);
        cpSync(b().bad[kind], bad);
      });
      await refused(["load", dir], badFileMessage(kind, bad));
    });
  }

  const spoiled: [string, string, RegExp][] = [
    ["malformed YAML", "  - { kind: event, type: [\n", /claims\/news\.yaml \(line \d+\): not valid YAML/],
    [
      "an impossible date",
      '  - { kind: event, type: CONSULT, source: USA, target: UZB, date: "2012-02-30", span: [1, 2] }\n',
      /claims\/news\.yaml #3: date: "2012-02-30" is not a date/,
    ],
    [
      "an unknown actor",
      '  - { kind: event, type: CONSULT, source: USA, target: ATLANTIS, date: "2012-02-03", span: [1, 2] }\n',
      /claims\/news\.yaml #3: target "ATLANTIS" is not a known actor/,
    ],
    [
      "a claim that fails its schema",
      '  - { kind: event, type: EXPLODE, source: USA, target: UZB, date: "2012-02-03", span: [1, 2] }\n',
      /claims\/news\.yaml #3: type: Invalid option/,
    ],
    [
      "a claim citing an unknown source",
      '  - { kind: event, type: CONSULT, source: USA, target: UZB, date: "2012-02-03", cite: nowhere }\n',
      /claims\/news\.yaml #3: cites unknown source "nowhere"/,
    ],
  ];
  for (const [what, line, message] of spoiled) {
    it(`refuses the whole load for ${what}, naming file and claim, and writes nothing`, async () => {
      const dir = brokenCopy(what.replaceAll(" ", "-"), (d) => appendFileSync(news(d), line));
      const stderr = await refused(["load", dir], message);
      assert.match(stderr, /nothing was loaded/);
    });
  }
});

describe("scenario create --add (JSON Lines)", () => {
  const lines = {
    ok: '{"kind":"membership","state":"UZB","org":"CSTO","change":"join","date":"2014"}',
    notJson: '{"kind":"membership", oops',
    badDate: '{"kind":"membership","state":"UZB","org":"CSTO","change":"join","date":"2012-02-30"}',
    unknownActor: '{"kind":"membership","state":"ATL","org":"CSTO","change":"join","date":"2012"}',
    badSchema: '{"kind":"membership","state":"UZB","org":"CSTO","change":"explode","date":"2012"}',
    extraField: '{"kind":"membership","state":"UZB","org":"CSTO","change":"join","date":"2012","weight":3}',
    notAnObject: "[1, 2, 3]",
  };
  const file = (name: string, ...content: string[]) => {
    const path = join(b().dir, `${name}.jsonl`);
    writeFileSync(path, `${content.join("\n")}\n`);
    return path;
  };

  it("names the line that is not JSON, after good lines, blank lines and comments", async () => {
    const path = file("not-json", lines.ok, "", "// a comment", lines.notJson);
    await refused(["scenario", "create", "s", "--add", path], new RegExp(`${path}:4: not JSON`));
  });

  it("names every bad line, not only the first", async () => {
    const path = file("two-bad", lines.notJson, lines.ok, lines.notAnObject);
    const stderr = await refused(["scenario", "create", "s", "--add", path], /:1: not JSON/);
    assert.match(stderr, /:3: /);
  });

  it("refuses an impossible date, a failed schema and an unknown field by line", async () => {
    await refused(
      ["scenario", "create", "s", "--add", file("bad-date", lines.badDate)],
      /bad-date\.jsonl:1: date: "2012-02-30" is not a date/,
    );
    await refused(
      ["scenario", "create", "s", "--add", file("bad-schema", lines.ok, lines.badSchema)],
      /bad-schema\.jsonl:2: change: Invalid option/,
    );
    await refused(
      ["scenario", "create", "s", "--add", file("extra", lines.extraField)],
      /extra\.jsonl:1: .*weight/,
    );
  });

  it("refuses a claim naming an unknown actor, with suggestions", async () => {
    await refused(
      ["scenario", "create", "s", "--add", file("unknown-actor", lines.ok, lines.unknownActor)],
      /state "ATL" is not a known actor/,
    );
  });

  it("refuses a bad name, an existing name, an unknown claim to retract", async () => {
    await refused(
      ["scenario", "create", "a/b", "--add", file("fine", lines.ok)],
      /"a\/b" is not a scenario name/,
    );
    await refused(["scenario", "create", "uzb-leaves", "--add", file("fine", lines.ok)], /exists already/);
    await refused(["scenario", "create", "s", "--retract", "c0ffee"], /no claim held has the id "c0ffee"/);
  });
});

describe("dates, actors, scenarios and claims named on the command line", () => {
  const impossible = /"2012-02-30" is not a valid date: 2012-02 has 29 days/;
  it("refuses an impossible or malformed date in every option that takes one", async () => {
    await refused(["members", "CSTO", "--at", "2012-02-30"], impossible);
    await refused(["timeline", "UZB", "--from", "2012-02-30"], impossible);
    await refused(
      ["timeline", "UZB", "--to", "2012-13"],
      /--to: "2012-13" is not a valid date: there is no month 13/,
    );
    await refused(["timeline", "UZB", "--to", ""], /--to: "" is not a valid date/);
    await refused(["obligations", "--at", "2012-02-30"], impossible);
    await refused(["violations", "--at", "yesterday"], /--at: "yesterday" is not a valid date/);
    await refused(
      ["simulate", "--org", "CSTO", "--at", "0999", "--stances-from-events"],
      /years before 1000/,
    );
    await refused(["scenario", "diff", "uzb-leaves", "--at", "2012-02-30"], impossible);
    await refused(
      ["--as-of", "2012-02-30", "members", "CSTO", "--at", "2012"],
      /--as-of: .*2012-02 has 29 days/,
    );
    await refused(
      ["extract", b().bad.latin1, "--published", "2012-02-30"],
      /--published: .*2012-02 has 29 days/,
    );
    await refused(["export", "claims", "--from", "20x"], /--from: "20x" is not a year/);
  });

  it("refuses an unknown actor, suggesting the nearest names", async () => {
    await refused(["timeline", "Uzbekstan"], /unknown actor "Uzbekstan"; did you mean Uzbekistan \(UZB\)/);
    await refused(["members", "NATOO", "--at", "2012"], /unknown organization "NATOO"/);
    await refused(["conflicts", "--actor", "Atlantis"], /unknown actor "Atlantis"/);
    await refused(["simulate", "--org", "Atlantis", "--at", "2012", "--stances-from-events"], /"Atlantis"/);
  });

  it("refuses an unknown scenario for queries and for scenario show, diff and delete", async () => {
    await refused(
      ["--scenario", "ghost", "members", "CSTO", "--at", "2012"],
      /there is no scenario named "ghost"/,
    );
    await refused(["scenario", "show", "ghost"], /there is no scenario named "ghost"/);
    await refused(["scenario", "diff", "ghost", "--at", "2012"], /there is no scenario named "ghost"/);
    await refused(["scenario", "delete", "ghost"], /there is no scenario named "ghost"/);
  });

  it("refuses to prefer an unknown claim, even one with a hostile id", async () => {
    await refused(["prefer", "c0ffee"], /no claim has the id "c0ffee"/);
    await refused(
      ["prefer", "'); DROP TABLE claims; --"],
      /no claim has the id "'\); DROP TABLE claims; --"/,
    );
  });

  it("refuses an export to a directory or a missing folder, and leaves no temporary file", async () => {
    await refused(
      ["export", "claims", "--output", b().bad.directory],
      /--output: .*a-directory\.txt is a directory/,
    );
    const missing = join(b().dir, "no-such-folder", "claims.jsonl");
    await refused(
      ["export", "claims", "--output", missing],
      /--output: cannot write .*no-such-folder.*ENOENT/,
    );
    assert.deepEqual(
      readdirSync(b().dir).filter((f) => f.includes(".tmp-")),
      [],
    );
  });

  it("refuses a token command with a bad or unknown name", async () => {
    await refused(["token", "create", "--name", ""], /"" is not a token name/);
    await refused(["token", "revoke", "ghost"], /there is no token named or numbered "ghost"/);
  });

  it("gives the problem as JSON under --json, with its code", async () => {
    const stderr = await refused(["timeline", "Uzbekstan", "--json"], /unknown actor/);
    const json = JSON.parse(stderr.split("\n").find((l) => l.startsWith("{")) ?? "{}") as {
      error?: { code?: string; data?: { suggestions?: unknown[] } };
    };
    assert.equal(json.error?.code, "unknown_actor");
  });

  it("creates no database file when the question is refused before it is opened", async () => {
    const fresh = join(b().dir, "never-created.sqlite");
    const r = await cli(["--db", fresh, "members", "CSTO", "--at", "2012-02-30"]);
    assert.equal(r.code, 1);
    assert.equal(existsSync(fresh), false);
  });

  it("refuses a --db that is a directory or not a database, and leaves the file as it was", async () => {
    const r = await cli(["--db", b().bad.directory, "members", "CSTO", "--at", "2012"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is a directory, not a database file/);
    const notDb = join(b().dir, "not-a-db.sqlite");
    writeFileSync(notDb, "these are notes, not a database\n".repeat(200));
    const r2 = await cli(["--db", notDb, "members", "CSTO", "--at", "2012"]);
    assert.equal(r2.code, 1);
    assert.match(r2.stderr, /cannot open the database .*not-a-db\.sqlite: file is not a database/);
    assert.equal(
      (await import("node:fs")).readFileSync(notDb, "utf8"),
      "these are notes, not a database\n".repeat(200),
    );
  });
});

describe("the HTTP API", () => {
  let app: HeartlandApp | undefined;
  let store: SqliteStore | undefined;
  let token = "";
  before(async () => {
    store = await openSqliteStore(b().db);
    const service = await KnowledgeService.open(store);
    app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
    // A token made directly on the store: then the API's writes are what the fingerprint sees.
    token = (await new TokenService(store).create("api-writer", FIXED_NOW)).token;
    bench = { ...b(), before: fingerprint(b().db) };
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  async function refusedOverHttp(
    request: {
      method: "GET" | "POST" | "DELETE";
      url: string;
      body?: string;
      headers?: Record<string, string>;
    },
    status: number,
    code: string,
    detail: RegExp,
  ) {
    if (!app) throw new Error("no app");
    const res = await app.inject({
      method: request.method,
      url: request.url,
      headers: {
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        authorization: `Bearer ${token}`,
        ...request.headers,
      },
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
    assert.equal(res.statusCode, status, `${request.method} ${request.url}: ${res.body.slice(0, 300)}`);
    assert.match(String(res.headers["content-type"]), /^application\/problem\+json/);
    const p = res.json() as { code: string; detail: string };
    assert.equal(p.code, code, res.body);
    assert.match(p.detail, detail, res.body);
    assert.deepEqual(
      fingerprint(b().db),
      b().before,
      `${request.method} ${request.url} changed the database`,
    );
  }

  const claim = (over: Record<string, unknown>) =>
    JSON.stringify({
      name: "api-scenario",
      add: [{ kind: "membership", state: "UZB", org: "CSTO", change: "join", date: "2014", ...over }],
    });

  it("refuses impossible dates, unknown actors and unknown scenarios in queries", async () => {
    await refusedOverHttp(
      { method: "GET", url: "/api/v1/members?org=CSTO&at=2012-02-30" },
      400,
      "invalid_date",
      /2012-02 has 29 days/,
    );
    await refusedOverHttp(
      { method: "GET", url: "/api/v1/timeline?actor=Uzbekstan" },
      404,
      "unknown_actor",
      /Uzbekstan/,
    );
    await refusedOverHttp(
      { method: "GET", url: "/api/v1/members?org=CSTO&at=2012&scenario=ghost" },
      404,
      "not_found",
      /no scenario named "ghost"/,
    );
  });

  it("refuses malformed JSON, a claim that fails its schema, an impossible date and an unknown actor in a body", async () => {
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/scenarios", body: '{"name": "x", add: [' },
      400,
      "invalid_request",
      /JSON/i,
    );
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/scenarios", body: claim({ change: "explode" }) },
      400,
      "invalid_request",
      /add\.0\.change/,
    );
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/scenarios", body: claim({ date: "2012-02-30" }) },
      400,
      "invalid_request",
      /2012-02-30/,
    );
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/scenarios", body: claim({ state: "ATL" }) },
      404,
      "unknown_actor",
      /"ATL"/,
    );
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/prefer", body: '{"claimId":"c0ffee"}' },
      404,
      "unknown_claim",
      /c0ffee/,
    );
  });

  it("refuses a body over the limit, a body that is not JSON, and a write without a token", async () => {
    const huge = JSON.stringify({ name: "big", description: "x".repeat(2 * 1024 * 1024), retract: ["a"] });
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/scenarios", body: huge },
      413,
      "payload_too_large",
      /larger than/,
    );
    await refusedOverHttp(
      { method: "POST", url: "/api/v1/prefer", body: "claimId=x", headers: { "content-type": "text/plain" } },
      415,
      "unsupported_media_type",
      /text\/plain/,
    );
    await refusedOverHttp(
      {
        method: "POST",
        url: "/api/v1/prefer",
        body: '{"claimId":"x"}',
        headers: { authorization: "Bearer hl_wrong" },
      },
      401,
      "unauthorized",
      /token/,
    );
  });
});

describe("the bench itself", () => {
  it("sees a change: a real write changes the fingerprint", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    mkdirSync(dir, { recursive: true });
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const before = fingerprint(db);
    assert.equal((await cli(["--db", db, "token", "create", "--name", "x"])).code, 0);
    const after = fingerprint(db);
    assert.notEqual(after.hash, before.hash);
    assert.equal(after.counts.tokens, (before.counts.tokens ?? 0) + 1);
  });
});
