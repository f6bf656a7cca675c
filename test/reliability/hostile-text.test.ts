import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { buildApp, CONTENT_SECURITY_POLICY } from "../../src/api/app.js";
import { loadDocument } from "../../src/reading/document-loader.js";
import { KnowledgeService } from "../../src/services/knowledge-service.js";
import { TokenService } from "../../src/services/token-service.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, FIXED_NOW, FIXTURE_KB, scratchDir } from "../helpers.js";
import { fingerprint, REPO_ROOT } from "./support.js";

/**
 * Hostile text (issue 10, point 4): documents with markup, script, `javascript:` links,
 * very long lines, right-to-left and zero-width characters are read and given back as
 * text; every HTTP answer carries a Content-Security-Policy that forbids inline script;
 * SQL is never built from strings.
 */

const RLO = "\u202e"; // right-to-left override
const ZWSP = "\u200b"; // zero-width space
const ZWJ = "\u200d"; // zero-width joiner

/** An article written for this test: every trick in one page, and two sentences the reader knows. */
function hostileHtml(longLine = ""): string {
  return `<!doctype html>
<html><head><title>Report &lt;script&gt;alert("title")&lt;/script&gt;</title>
<meta property="article:published_time" content="2014-03-03">
<script>window.stolen = document.cookie; alert("head")</script>
<style>body { background: url("javascript:alert('css')") }</style></head>
<body onload="alert('body')">
<p>On 4 May 2004, Kazakhstan joined the Eurasian Economic Community.<img src=x onerror="alert('img')"></p>
<p>Read <a href="javascript:alert('link')">the annex</a> or <a href="data:text/html,<script>alert(1)</script>">this</a>.</p>
<p>Escaped markup stays text: &lt;b onclick="x()"&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert("escaped")&lt;/script&gt;</p>
<p>Names with marks: Uz${ZWSP}bekistan, ${RLO}natsikebzU, עברית and العربية, ${ZWJ}.</p>
<iframe src="https://example.org/evil"></iframe><object data="evil.swf"></object>
<svg><script>alert("svg")</script></svg>
<p>On 9 June 2006, Uzbekistan joined the Collective Security Treaty Organization.</p>
<p>${longLine}</p>
<script>alert("tail")</script>
</body></html>
`;
}

describe("hostile documents", () => {
  it("are read as text: no script, style, handler or javascript: link survives; escaped markup and marks stay as characters", () => {
    const r = loadDocument(hostileHtml(), { fileName: "report.html" });
    assert.ok(r.ok);
    const { text, title, published } = r.value;
    for (const gone of [
      'alert("head")',
      "alert('img')",
      "alert('link')",
      "alert('body')",
      "alert('css')",
      'alert("svg")',
      'alert("tail")',
      "onerror",
      "javascript:",
      "evil",
      "document.cookie",
    ]) {
      assert.ok(!text.includes(gone), `"${gone}" is in the text`);
    }
    assert.match(text, /Read the annex or this\./, "a link keeps its words, not its address");
    // What the page escaped is text: the characters themselves, for a viewer to escape in turn.
    assert.ok(text.includes('<b onclick="x()">bold</b> & <script>alert("escaped")</script>'));
    assert.equal(title, '<script>alert("title")</script>'.replace(/^/, "Report "));
    assert.equal(published, "2014-03-03");
    // Direction and zero-width marks are characters of the text, kept where they were.
    assert.ok(text.includes(`Uz${ZWSP}bekistan, ${RLO}natsikebzU, עברית and العربية, ${ZWJ}.`));
  });

  it("come back from extract as JSON claims whose spans fall inside the text, even with a 1 MB line", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    // A few names in it: with a thousand, the reader's maskMentions (src/reading/patterns.ts)
    // copies the 1 MB sentence once per name, and extract takes tens of seconds.
    const line = `${"Tashkent <b>&amp; ".repeat(20)}${"x".repeat(1024 * 1024)}`;
    const file = join(dir, "report.html");
    writeFileSync(file, hostileHtml(line));
    const started = performance.now();
    const r = await cli(["--db", db, "extract", file]);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(r.code, 0, r.stderr);
    assert.ok(seconds < 30, `extract took ${seconds.toFixed(1)} s`);
    const loaded = loadDocument(hostileHtml(line), { fileName: file });
    assert.ok(loaded.ok);
    const claims = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; span: [number, number]; org?: string; state?: string });
    assert.deepEqual(
      claims.filter((c) => c.kind === "membership").map((c) => `${c.state} ${c.org}`),
      ["KAZ EAEC", "UZB CSTO"],
    );
    for (const c of claims) {
      const [start, end] = c.span;
      assert.ok(0 <= start && start < end && end <= loaded.value.text.length);
      assert.doesNotMatch(loaded.value.text.slice(start, end), /<script|javascript:/);
    }
  });

  it("are stored and served by the API as JSON text, under a policy that forbids inline script", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const store = await openSqliteStore(db);
    const service = await KnowledgeService.open(store);
    const { token } = await new TokenService(store).create("jdoe", FIXED_NOW);
    const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
    t.after(async () => {
      await app.close();
      await store.close();
    });
    const ingest = await app.inject({
      method: "POST",
      url: "/api/v1/ingest",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      payload: JSON.stringify({ name: "hostile.html", text: hostileHtml("z".repeat(100_000)) }),
    });
    assert.equal(ingest.statusCode, 201, ingest.body);
    const id = (ingest.json() as { document: { id: string } }).document.id;
    const doc = await app.inject({ method: "GET", url: `/api/v1/documents/${encodeURIComponent(id)}` });
    assert.equal(doc.statusCode, 200, doc.body);
    assert.match(String(doc.headers["content-type"]), /^application\/json/);
    assert.equal(doc.headers["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert.equal(doc.headers["x-content-type-options"], "nosniff");
    const text = (doc.json() as { text: string }).text;
    assert.ok(!text.includes("alert('img')") && !text.includes("javascript:"));
    assert.ok(text.includes(`${RLO}natsikebzU`));
    // The raw body never holds a live tag: JSON has it only as an escaped string.
    assert.ok(!/<script>alert\("head"\)/.test(doc.body));
  });
});

describe("the Content-Security-Policy", () => {
  it("is on every answer (reads, problems, unknown routes, the index) and forbids inline script", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const store = await openSqliteStore(db);
    const service = await KnowledgeService.open(store);
    const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
    t.after(async () => {
      await app.close();
      await store.close();
    });
    const policy = CONTENT_SECURITY_POLICY.split(";").map((d) => d.trim());
    assert.ok(policy.includes("script-src 'self'") && !CONTENT_SECURITY_POLICY.includes("unsafe-inline"));
    assert.ok(policy.includes("object-src 'none'") && policy.includes("frame-ancestors 'none'"));
    for (const url of [
      "/",
      "/api/openapi.json",
      "/api/v1/members?org=CSTO&at=2012-07-01",
      "/api/v1/members?org=CSTO&at=2012-07-01", // the second time from the answer cache
      "/api/v1/members?org=CSTO&at=2012-02-30",
      "/api/v1/no-such-route",
    ]) {
      const res = await app.inject({ method: "GET", url });
      assert.equal(res.headers["content-security-policy"], CONTENT_SECURITY_POLICY, url);
      assert.equal(res.headers["x-content-type-options"], "nosniff", url);
    }
  });

  it("leaves the reference page at /api/docs working under its own policy, also without inline script", async (t) => {
    const dir = scratchDir(t);
    const store = await openSqliteStore(join(dir, "kb.sqlite"));
    const service = await KnowledgeService.open(store);
    const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW });
    t.after(async () => {
      await app.close();
      await store.close();
    });
    const page = await app.inject({ method: "GET", url: "/api/docs/" });
    const html =
      page.statusCode === 302
        ? await app.inject({ method: "GET", url: String(page.headers.location) })
        : page;
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /<script src="[^"]*swagger-ui-bundle\.js"/);
    // The page's scripts are files, loaded as the page's policy allows.
    assert.doesNotMatch(html.body, /<script>(?!\s*<\/script>)/);
    const csp = String(html.headers["content-security-policy"]);
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    assert.match(scriptSrc, /'self'/);
    assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/);
    for (const file of ["swagger-ui-bundle.js", "swagger-initializer.js", "swagger-ui.css"]) {
      const res = await app.inject({ method: "GET", url: `/api/docs/static/${file}` });
      assert.equal(res.statusCode, 200, file);
    }
    const init = await app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    assert.match(init.body, /openapi\.json|json/);
  });
});

describe("SQL", () => {
  it("is never built from strings in src: no sql.raw, no interpolated statement text", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const full = join(d, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) files.push(full);
      }
    };
    walk(join(REPO_ROOT, "src"));
    const offending: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          // Kysely's sql`...${x}` binds x as a parameter; these take text as SQL.
          if (
            /sql\.raw\(|sql\.lit\(|\.unsafe\(/.test(line) ||
            /\.(prepare|exec|query)\(\s*`[^`]*\$\{/.test(line) ||
            /\.(prepare|exec|query)\(\s*["'][^"']*["']\s*\+/.test(line)
          ) {
            offending.push(`${relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    assert.deepEqual(offending, []);
  });

  it("stores hostile names and notes as they are, and every table stays", async (t) => {
    const dir = scratchDir(t);
    const db = join(dir, "kb.sqlite");
    assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
    const claim = (await cli(["--db", db, "conflicts", "--json"])).json<{
      conflicts: { readings: { claims: { id: string }[] }[] }[];
    }>().conflicts[0]?.readings[0]?.claims[0]?.id as string;
    const hostile = "'); DROP TABLE claims; --";
    const note = `${hostile} " OR 1=1 -- <script>alert(1)</script> ${RLO}`;
    const r = await cli(["--db", db, "prefer", claim, "--analyst", hostile, "--note", note, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const scenario = await cli([
      "--db",
      db,
      "scenario",
      "create",
      "quoted",
      "--retract",
      claim,
      "--description",
      note,
      "--by",
      hostile,
    ]);
    assert.equal(scenario.code, 0, scenario.stderr);
    const tables = Object.keys(fingerprint(db).counts);
    for (const table of ["claims", "sources", "actors", "preferences", "scenarios", "tokens"]) {
      assert.ok(tables.includes(table), table);
    }
    const conflicts = (await cli(["--db", db, "conflicts", "--json"])).json<{
      conflicts: { preference: { analyst: string; note: string } | null }[];
    }>();
    const ranked = conflicts.conflicts.find((c) => c.preference !== null)?.preference;
    assert.deepEqual(ranked && { analyst: ranked.analyst, note: ranked.note }, { analyst: hostile, note });
    const shown = (await cli(["--db", db, "scenario", "show", "quoted", "--json"])).json<{
      description: string;
      createdBy: string;
    }>();
    assert.equal(shown.description, note);
    assert.equal(shown.createdBy, hostile);
  });
});
