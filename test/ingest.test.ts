import assert from "node:assert/strict";
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { cli, scratchDir } from "./helpers.js";

/**
 * `heartland ingest`, `review` and `documents` over a real SQLite file: documents stored
 * once per content, candidates reviewed into the knowledge base, bad input refused whole.
 * The reports below are written for these tests.
 */

const REPORT = [
  "Border talks resume",
  "",
  "Tashkent, 9 March 2016. Kazakhstan suspended its membership in the Shanghai Cooperation Organization on March 2, 2016, officials said.",
  "Kyrgyzstan joined the Collective Security Treaty Organization in May 2003.",
].join("\n");

interface Queue {
  candidates: {
    id: string;
    doc: string;
    kind: string;
    state: string;
    text: string | null;
    claim: Record<string, unknown>;
    span: [number, number];
  }[];
}

async function setup(t: { after: (fn: () => void) => void }) {
  const dir = scratchDir(t);
  const db = join(dir, "kb.sqlite");
  const file = join(dir, "border-talks.txt");
  writeFileSync(file, REPORT);
  const run = (...args: string[]) => cli(["--db", db, ...args], { env: { HEARTLAND_USER: "ana" } });
  const runAt = (now: Date, ...args: string[]) => cli(["--db", db, ...args], { now, env: {} });
  return { dir, db, file, run, runAt };
}

/** Row counts of every table the ingest and review write. */
async function counts(db: string) {
  const store = await openSqliteStore(db);
  try {
    const q = (table: string) =>
      store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
    return { documents: q("documents"), claims: q("claims"), sources: q("sources") };
  } finally {
    await store.close();
  }
}

describe("heartland ingest", () => {
  it("stores a document with its candidates once, however often it is ingested", async (t) => {
    const { db, file, run } = await setup(t);
    const first = await run("ingest", file, "--json");
    assert.equal(first.code, 0, first.stderr);
    const stored = first.json<{
      documents: {
        status: string;
        candidates: number;
        document: { id: string; hash: string; ingestedBy: string; published: string };
      }[];
    }>();
    assert.equal(stored.documents[0]?.status, "stored");
    assert.equal(stored.documents[0]?.document.id, "border-talks");
    assert.equal(stored.documents[0]?.document.ingestedBy, "ana");
    assert.equal(stored.documents[0]?.document.published, "2016-03-09", "the date near the top of the text");
    assert.ok((stored.documents[0]?.candidates ?? 0) >= 2);
    const before = await counts(db);

    const again = await run("ingest", file, file);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 document\(s\) stored, 2 already there/);
    assert.match(again.stderr, /\[2\/2\] .*already stored as border-talks/, "progress per file");
    assert.deepEqual(await counts(db), before, "nothing written the second time");

    // A copy under another name is the same content: still one document.
    const copy = join(scratchDir(t), "copy.txt");
    writeFileSync(copy, REPORT);
    const third = await run("ingest", copy, "--json");
    assert.equal(third.json<{ documents: { status: string }[] }>().documents[0]?.status, "unchanged");
    assert.equal((await counts(db)).documents, 1);

    // Different content under the same name gets an id of its own.
    const other = join(scratchDir(t), "border-talks.txt");
    writeFileSync(other, `${REPORT}\n`);
    const fourth = await run("ingest", other, "--json");
    assert.match(
      fourth.json<{ documents: { document: { id: string } }[] }>().documents[0]?.document.id ?? "",
      /^border-talks-[0-9a-f]{12}$/,
    );
  });

  it("queues candidates whose spans point at their sentences, and shows the document with them", async (t) => {
    const { file, run } = await setup(t);
    await run("ingest", file);
    const queue = (await run("review", "list", "--json")).json<Queue>();
    const sco = queue.candidates.find((c) => c.claim.org === "SCO");
    assert.ok(sco, "the SCO suspension is a candidate");
    assert.deepEqual(
      { state: sco.claim.state, change: sco.claim.change, date: sco.claim.date },
      { state: "KAZ", change: "suspend", date: "2016-03-02" },
    );
    assert.equal(sco.text, REPORT.slice(sco.span[0], sco.span[1]));
    assert.match(sco.text ?? "", /^Kazakhstan suspended/);

    const doc = (await run("documents", "border-talks", "--json")).json<{
      text: string;
      spans: { start: number; end: number; claimId: string; state: string }[];
    }>();
    assert.equal(doc.text, REPORT);
    assert.ok(
      doc.spans.some((s) => s.claimId === sco.id && s.start === sco.span[0] && s.state === "candidate"),
    );
    const listed = await run("documents");
    assert.match(listed.stdout, /border-talks\s+2016-03-09\s+border-talks\.txt\s+\d+\s+0\s+0/);
  });

  it("accepts into the knowledge base from then on, rejects for good, corrects in place", async (t) => {
    const { file, run, runAt } = await setup(t);
    await run("ingest", file);
    const queue = (await run("review", "list", "--json")).json<Queue>();
    const sco = queue.candidates.find((c) => c.claim.org === "SCO");
    const csto = queue.candidates.find((c) => c.claim.org === "CSTO");
    assert.ok(sco && csto);

    const before = await run("members", "SCO", "--at", "2016-06-01", "--json");
    const status = (r: typeof before) =>
      r.json<{ members: { state: string; status: string }[] }>().members.find((m) => m.state === "KAZ")
        ?.status;
    assert.equal(status(before), "member", "a candidate is not in the knowledge base");

    const later = new Date("2026-11-26T08:00:00.000Z");
    const accepted = await runAt(later, "review", "accept", sco.id, "--by", "bo", "--json");
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.deepEqual(
      accepted
        .json<{ accepted: { state: string; reviewer: string; reviewedAt: string }[] }>()
        .accepted.map((a) => [a.state, a.reviewer, a.reviewedAt]),
      [["accepted", "bo", later.toISOString()]],
    );
    assert.equal(status(await run("members", "SCO", "--at", "2016-06-01", "--json")), "suspended");
    assert.equal(
      status(await run("members", "SCO", "--at", "2016-06-01", "--as-of", "2026-11-25", "--json")),
      "member",
      "as the knowledge base stood before the review",
    );

    const twice = await run("review", "reject", sco.id);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /is not awaiting review: it was accepted by bo/);

    const corrected = await run("review", "correct", csto.id, "--set", "date=2003-05-14", "--json");
    assert.equal(corrected.code, 0, corrected.stderr);
    const c = corrected.json<{
      rejected: { id: string; state: string };
      corrected: { id: string; state: string; claim: { date: string } };
    }>();
    assert.equal(c.rejected.id, csto.id);
    assert.equal(c.rejected.state, "rejected");
    assert.equal(c.corrected.state, "corrected");
    assert.equal(c.corrected.claim.date, "2003-05-14");

    const left = (await run("review", "list", "--json")).json<Queue>();
    assert.ok(
      !left.candidates.some((x) => x.id === sco.id || x.id === csto.id),
      "decided claims leave the queue",
    );
    const all = (await run("review", "list", "--state", "all", "--json")).json<Queue>();
    assert.deepEqual(
      all.candidates
        .filter((x) => [sco.id, csto.id, c.corrected.id].includes(x.id))
        .map((x) => x.state)
        .sort(),
      ["accepted", "corrected", "rejected"],
    );

    // Ingesting the same document again proposes nothing it already decided.
    await run("ingest", file);
    const after = (await run("review", "list", "--json")).json<Queue>();
    assert.ok(!after.candidates.some((x) => x.id === csto.id), "a rejected claim is never proposed again");
  });

  it("refuses bad input by name and writes nothing, for the whole batch", async (t) => {
    const { dir, db, file, run } = await setup(t);
    await run("members", "CSTO", "--at", "2012-01-01"); // the bundled data is loaded once
    const before = await counts(db);
    const binary = join(dir, "image.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("Caf\xe9 talks in Bishkek", "latin1"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    const huge = join(dir, "huge.txt");
    const fd = openSync(huge, "w");
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    mkdirSync(join(dir, "folder"));
    const cases: [string[], RegExp][] = [
      [[join(dir, "missing.txt")], /missing\.txt does not exist/],
      [[join(dir, "folder")], /folder is a directory/],
      [[binary], /image\.txt is a binary file/],
      [[latin1], /latin1\.txt is not UTF-8/],
      [[empty], /empty\.txt is empty/],
      [[huge], /huge\.txt is 200 MB, over the 16 MB limit/],
      [[file, binary], /image\.txt is a binary file/],
      [[file, "--published", "2012-02-30"], /2012-02-30/],
    ];
    for (const [args, message] of cases) {
      const r = await run("ingest", ...args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    assert.deepEqual(await counts(db), before, "nothing was written");
    const usage = await run("ingest");
    assert.equal(usage.code, 2);
  });

  it("answers unknown claims and documents, and bad corrections, by name", async (t) => {
    const { file, run } = await setup(t);
    await run("ingest", file);
    const id = (await run("review", "list", "--json")).json<Queue>().candidates[0]?.id ?? "";
    const cases: [string[], RegExp][] = [
      [["review", "accept", "c000000000000000"], /there is no claim c000000000000000/],
      [["review", "list", "--doc", "nope"], /there is no document nope/],
      [["documents", "nope"], /there is no document nope/],
      [["review", "correct", id, "--set", "state=Atlantis"], /Atlantis/],
      [["review", "correct", id, "--set", "kind=event"], /cannot change "kind"/],
      [["review", "correct", id, "--set", "nonsense"], /"nonsense" is not a correction/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    assert.ok(readFileSync(file, "utf8").length > 0);
  });
});
