import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildApp } from "../src/api/app.js";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { TokenService } from "../src/services/token-service.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { FIXED_NOW, scratchDir } from "./helpers.js";

/**
 * Documents, ingest and the review queue over HTTP (in process): writes need a token and
 * record its name; answers have the CLI's shapes; errors are problem+json. The report is
 * written for this test.
 */

const REPORT = [
  "Posted 14 March 2016",
  "Kazakhstan suspended its membership in the Shanghai Cooperation Organization on March 2, 2016.",
  "<script>alert(1)</script> Kyrgyzstan joined the Collective Security Treaty Organization in May 2003.",
].join("\n");

type Hooks = { after: (fn: () => void | Promise<void>) => void };

async function api(t: Hooks) {
  const db = join(scratchDir(t), "kb.sqlite");
  const store = await openSqliteStore(db);
  await loadCuratedData(store, BUNDLED_DATA, readDataDir(BUNDLED_DATA), FIXED_NOW);
  const tokens = new TokenService(store);
  const { token } = await tokens.create("ana", FIXED_NOW);
  const revoked = await tokens.create("gone", FIXED_NOW);
  await tokens.revoke(revoked.id, FIXED_NOW);
  const app = buildApp({ kb: { store, service: await KnowledgeService.open(store) }, now: () => FIXED_NOW });
  t.after(async () => {
    await app.close();
    await store.close();
  });
  const auth = (secret = token) => ({ authorization: `Bearer ${secret}` });
  const post = (url: string, body: unknown, headers: Record<string, string> = auth()) =>
    app.inject({ method: "POST", url, payload: body as object, headers });
  const get = (url: string) => app.inject({ method: "GET", url });
  return { app, post, get, auth, revokedToken: revoked.token };
}

interface Entry {
  id: string;
  doc: string;
  state: string;
  reviewer: string | null;
  text: string | null;
  claim: Record<string, unknown>;
  span: [number, number];
}

function problem(r: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number) {
  assert.equal(r.statusCode, status, r.body);
  assert.match(String(r.headers["content-type"]), /^application\/problem\+json/);
  return JSON.parse(r.body) as { detail: string; code: string };
}

describe("documents and review over HTTP", () => {
  it("ingests once per content, under the token's name, and shows the text with its spans", async (t) => {
    const { post, get } = await api(t);
    const first = await post("/api/v1/ingest", { text: REPORT, name: "steppe-brief.txt" });
    assert.equal(first.statusCode, 201, first.body);
    const stored = first.json<{
      status: string;
      candidates: number;
      document: { id: string; ingestedBy: string; published: string };
    }>();
    assert.deepEqual(
      [stored.status, stored.document.id, stored.document.ingestedBy, stored.document.published],
      ["stored", "steppe-brief", "ana", "2016-03-14"],
    );
    assert.ok(stored.candidates >= 2);
    const again = await post("/api/v1/ingest", { text: REPORT, name: "other-name.txt" });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json<{ status: string }>().status, "unchanged");

    const list = (await get("/api/v1/documents")).json<{ documents: { id: string; candidates: number }[] }>();
    assert.deepEqual(
      list.documents.map((d) => [d.id, d.candidates]),
      [["steppe-brief", stored.candidates]],
    );

    const doc = (await get("/api/v1/documents/steppe-brief")).json<{
      text: string;
      spans: { start: number; end: number; state: string }[];
    }>();
    assert.equal(doc.text, REPORT, "the text as given, markup and all, as text");
    assert.ok(doc.spans.length >= 2);
    for (const s of doc.spans) assert.ok(s.start < s.end && s.end <= doc.text.length);
    problem(await get("/api/v1/documents/nope"), 404);
  });

  it("accepts, rejects and corrects under the token's name; the accepted claim answers questions", async (t) => {
    const { post, get } = await api(t);
    await post("/api/v1/ingest", { text: REPORT, name: "steppe-brief.txt" });
    const queue = (await get("/api/v1/review")).json<{ candidates: Entry[] }>().candidates;
    const sco = queue.find((c) => c.claim.org === "SCO");
    const csto = queue.find((c) => c.claim.org === "CSTO");
    assert.ok(sco && csto, JSON.stringify(queue));
    assert.equal(sco.text, REPORT.slice(sco.span[0], sco.span[1]));

    const kaz = async () =>
      (await get("/api/v1/members?org=SCO&at=2016-06-01"))
        .json<{ members: { state: string; status: string }[] }>()
        .members.find((m) => m.state === "KAZ")?.status;
    assert.equal(await kaz(), "member");
    const accepted = await post(`/api/v1/review/${sco.id}/accept`, {});
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual([accepted.json<Entry>().state, accepted.json<Entry>().reviewer], ["accepted", "ana"]);
    assert.equal(await kaz(), "suspended", "a cached answer does not outlive the write");

    const twice = problem(await post(`/api/v1/review/${sco.id}/reject`, {}), 409);
    assert.match(twice.detail, /not awaiting review: it was accepted by ana/);

    const corrected = await post(`/api/v1/review/${csto.id}/correct`, { set: { date: "2003-05-14" } });
    assert.equal(corrected.statusCode, 200, corrected.body);
    const c = corrected.json<{ rejected: Entry; corrected: Entry }>();
    assert.deepEqual(
      [c.rejected.state, c.corrected.state, c.corrected.reviewer, c.corrected.claim.date],
      ["rejected", "corrected", "ana", "2003-05-14"],
    );

    const all = (await get("/api/v1/review?state=all&doc=steppe-brief")).json<{ candidates: Entry[] }>()
      .candidates;
    assert.ok(all.some((e) => e.id === c.corrected.id && e.state === "corrected"));
    const rest = (await get("/api/v1/review?state=candidate")).json<{ candidates: Entry[] }>().candidates;
    const other = rest[0];
    if (other) {
      const rejected = await post(`/api/v1/review/${other.id}/reject`, { note: "not in the text" });
      assert.equal(rejected.json<Entry>().state, "rejected");
    }
  });

  it("guards every write and refuses bad input as problem+json", async (t) => {
    const { post, get, auth, revokedToken } = await api(t);
    const body = { text: REPORT, name: "steppe-brief.txt" };
    assert.match(problem(await post("/api/v1/ingest", body, {}), 401).detail, /needs an API token/);
    problem(await post("/api/v1/ingest", body, auth(revokedToken)), 401);
    problem(await post("/api/v1/review/c000000000000000/accept", {}, {}), 401);
    problem(await post("/api/v1/review/c000000000000000/correct", { set: { date: "2012" } }, {}), 401);
    assert.equal(
      (await get("/api/v1/documents")).json<{ documents: unknown[] }>().documents.length,
      0,
      "nothing was written",
    );

    problem(await post("/api/v1/ingest", { ...body, extra: 1 }), 400);
    problem(await post("/api/v1/ingest", { name: "x.txt", text: "" }), 400);
    assert.match(
      problem(await post("/api/v1/ingest", { name: "x.txt", text: "a\u0000b" }), 400).detail,
      /binary/,
    );
    assert.match(
      problem(await post("/api/v1/ingest", { ...body, published: "2012-02-30" }), 400).detail,
      /2012-02-30/,
    );
    assert.match(
      problem(await post("/api/v1/review/c000000000000000/accept", {}), 404).detail,
      /no claim c000000000000000/,
    );
    problem(await get("/api/v1/review?state=maybe"), 400);
    problem(await get("/api/v1/review?doc=nope"), 404);
    assert.equal((await get("/api/v1/documents")).json<{ documents: unknown[] }>().documents.length, 0);
  });
});
