import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { cli, FIXTURE_KB, scratchDir } from "./helpers.js";

/** Scenarios: hypothetical overlays that answer "what if" and never touch the base data. */

interface Members {
  members: { state: string; status: string; since: string | null }[];
}

/** Every row of the base tables, in a fixed order: equal strings mean untouched data. */
function baseDump(db: string): string {
  const sqlite = new Database(db, { readonly: true });
  try {
    return ["sources", "actors", "claims", "claim_actors", "preferences"]
      .map((t) => JSON.stringify(sqlite.prepare(`select * from ${t} order by 1, 2`).all()))
      .join("\n");
  } finally {
    sqlite.close();
  }
}

async function setup(t: Parameters<typeof scratchDir>[0]) {
  const dir = scratchDir(t);
  const db = join(dir, "kb.sqlite");
  assert.equal((await cli(["--db", db, "load", FIXTURE_KB])).code, 0);
  const timeline = (await cli(["--db", db, "timeline", "UZB", "--json"])).json<{
    entries: { kind: string; claim: { id: string; org?: string; change?: string } }[];
  }>();
  const suspension = timeline.entries.find(
    (e) => e.kind === "membership" && e.claim.org === "CSTO" && e.claim.change === "suspend",
  );
  assert.ok(suspension);
  return { dir, db, suspensionId: suspension.claim.id };
}

describe("scenarios", () => {
  it("answers within the overlay: a retracted suspension and an added withdrawal", async (t) => {
    const { dir, db, suspensionId } = await setup(t);
    const adds = join(dir, "kaz.jsonl");
    writeFileSync(
      adds,
      '{"kind":"membership","state":"KAZ","org":"CSTO","change":"withdraw","date":"2010"}\n',
    );
    const created = await cli([
      "--db",
      db,
      "scenario",
      "create",
      "what-if",
      "--add",
      adds,
      "--retract",
      suspensionId,
    ]);
    assert.equal(created.code, 0, created.stderr);

    const within = (
      await cli(["--db", db, "--scenario", "what-if", "members", "CSTO", "--at", "2013-01-01", "--json"])
    ).json<Members>();
    assert.deepEqual(
      within.members.map((m) => [m.state, m.status]),
      [
        ["RUS", "member"],
        ["UZB", "member"],
      ],
    );
    const base = (await cli(["--db", db, "members", "CSTO", "--at", "2013-01-01", "--json"])).json<Members>();
    assert.deepEqual(
      base.members.map((m) => [m.state, m.status]),
      [
        ["KAZ", "member"],
        ["RUS", "member"],
        ["UZB", "suspended"],
      ],
    );
  });

  it("never touches the base data, byte for byte", async (t) => {
    const { dir, db, suspensionId } = await setup(t);
    const before = baseDump(db);
    const adds = join(dir, "arm.jsonl");
    writeFileSync(
      adds,
      '{"kind":"membership","state":"RUS","org":"CSTO","change":"withdraw","date":"2024"}\n',
    );
    assert.equal(
      (await cli(["--db", db, "scenario", "create", "s1", "--add", adds, "--retract", suspensionId])).code,
      0,
    );
    await cli(["--db", db, "--scenario", "s1", "members", "CSTO", "--at", "2025"]);
    await cli(["--db", db, "--scenario", "s1", "timeline", "UZB"]);
    await cli(["--db", db, "--scenario", "s1", "conflicts"]);
    assert.equal(baseDump(db), before);
    assert.equal((await cli(["--db", db, "scenario", "delete", "s1"])).code, 0);
    assert.equal(baseDump(db), before);
  });

  it("names an unknown scenario and lists the known ones", async (t) => {
    const { db, suspensionId } = await setup(t);
    await cli(["--db", db, "scenario", "create", "known-one", "--retract", suspensionId]);
    const r = await cli(["--db", db, "--scenario", "unknown-one", "members", "CSTO", "--at", "2012"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /there is no scenario named "unknown-one"; known scenarios: known-one/);
  });

  it("refuses a claims file with bad lines, naming each line, and creates nothing", async (t) => {
    const { dir, db } = await setup(t);
    const adds = join(dir, "bad.jsonl");
    writeFileSync(
      adds,
      '{"kind":"membership","state":"KAZ","org":"CSTO","change":"withdraw","date":"2010-13"}\nnot json\n',
    );
    const r = await cli(["--db", db, "scenario", "create", "bad", "--add", adds]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.jsonl:1: date: "2010-13" is not a date/);
    assert.match(r.stderr, /bad\.jsonl:2: not JSON/);
    const list = (await cli(["--db", db, "scenario", "list", "--json"])).json<{ scenarios: unknown[] }>();
    assert.deepEqual(list.scenarios, []);
  });

  it("refuses an unknown actor, an unknown claim id and a duplicate name", async (t) => {
    const { dir, db, suspensionId } = await setup(t);
    const adds = join(dir, "who.jsonl");
    writeFileSync(adds, '{"kind":"membership","state":"UZBK","org":"CSTO","change":"join","date":"2010"}\n');
    const who = await cli(["--db", db, "scenario", "create", "who", "--add", adds]);
    assert.equal(who.code, 1);
    assert.match(who.stderr, /state "UZBK" is not a known actor/);
    const what = await cli(["--db", db, "scenario", "create", "what", "--retract", "cnothere"]);
    assert.equal(what.code, 1);
    assert.match(what.stderr, /no claim held has the id "cnothere"/);
    assert.equal((await cli(["--db", db, "scenario", "create", "twice", "--retract", suspensionId])).code, 0);
    const again = await cli(["--db", db, "scenario", "create", "twice", "--retract", suspensionId]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists already/);
  });
});
