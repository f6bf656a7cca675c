import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { cli, scratchDir } from "./helpers.js";

/** Obligations, violations, decision simulation and scenario diffs over the bundled knowledge base. */

interface Obligations {
  obligations: {
    guarantor: string;
    protected: string;
    basis: { kind: string; org?: string; rule: string; claims: unknown[] }[];
  }[];
}
interface Violations {
  violations: { rule: string; subject: string; actors: string[]; explanation: string; claims: unknown[] }[];
}

let db = "";
let dir = "";
before(async () => {
  dir = scratchDir({ after: (fn) => process.on("exit", fn) });
  db = join(dir, "bundled.sqlite");
  assert.equal((await cli(["--db", db, "load", BUNDLED_DATA])).code, 0);
});

const basisOf = (o: Obligations, g: string, p: string) =>
  o.obligations.find((x) => x.guarantor === g && x.protected === p)?.basis ?? [];

describe("obligations", () => {
  it("has Russia guaranteeing Tajikistan and Uzbekistan through the CSTO on 2012-01-01, with the claims behind it", async () => {
    const o = (await cli(["--db", db, "obligations", "--at", "2012-01-01", "--json"])).json<Obligations>();
    for (const protectedState of ["TJK", "UZB"]) {
      const csto = basisOf(o, "RUS", protectedState).find((b) => b.org === "CSTO");
      assert.ok(csto, `RUS does not protect ${protectedState} through the CSTO`);
      assert.equal(csto.rule, "collective-defence");
      assert.ok(csto.claims.length >= 3, "rule and both memberships");
    }
  });

  it("on 2013-01-01 gives suspended Uzbekistan no CSTO guarantee either way, but keeps the 2005 treaty", async () => {
    const o = (
      await cli(["--db", db, "obligations", "--at", "2013-01-01", "--state", "UZB", "--json"])
    ).json<Obligations>();
    assert.ok(o.obligations.every((x) => x.basis.every((b) => b.org !== "CSTO" && b.org !== "CST")));
    for (const [g, p] of [
      ["RUS", "UZB"],
      ["UZB", "RUS"],
    ] as const) {
      const treaty = basisOf(o, g, p);
      assert.deepEqual(
        treaty.map((b) => [b.kind, b.rule]),
        [["treaty", "mutual-assistance"]],
      );
    }
  });
});

describe("simulate", () => {
  it("replays the 2011 majority proposal: blocked by Uzbekistan under unanimity, passed by simple majority", async () => {
    const votes = join(dir, "votes.json");
    writeFileSync(
      votes,
      JSON.stringify({ RUS: "yes", BLR: "yes", KAZ: "yes", ARM: "yes", KGZ: "yes", TJK: "yes", UZB: "no" }),
    );
    const args = ["--db", db, "simulate", "--org", "CSTO", "--at", "2011-08-15", "--votes", votes, "--json"];
    const u = (await cli([...args, "--rule", "unanimity"])).json<{ passes: boolean; blocking: string[] }>();
    assert.equal(u.passes, false);
    assert.deepEqual(u.blocking, ["UZB"]);
    const m = (await cli([...args, "--rule", "simple-majority"])).json<{ passes: boolean }>();
    assert.equal(m.passes, true);
  });

  it("infers Uzbekistan's no from its recorded objection, and reads the charter's rule", async () => {
    const r = await cli([
      "--db",
      db,
      "simulate",
      "--org",
      "CSTO",
      "--at",
      "2011-08-15",
      "--stances-from-events",
      "--json",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const s = r.json<{
      rule: string;
      passes: boolean;
      no: string[];
      basis: { reasons: Record<string, unknown[]> };
    }>();
    assert.equal(s.rule, "unanimity");
    assert.equal(s.passes, false);
    assert.deepEqual(s.no, ["UZB"]);
    assert.ok((s.basis.reasons.UZB ?? []).length > 0);
  });

  it("after Uzbekistan's suspension, every remaining member could block alone under unanimity", async () => {
    const votes = join(dir, "all-yes.json");
    writeFileSync(
      votes,
      JSON.stringify({ RUS: "yes", BLR: "yes", KAZ: "yes", ARM: "yes", KGZ: "yes", TJK: "yes" }),
    );
    const r = (
      await cli([
        "--db",
        db,
        "simulate",
        "--org",
        "CSTO",
        "--at",
        "2013-01-01",
        "--rule",
        "unanimity",
        "--votes",
        votes,
        "--json",
      ])
    ).json<{
      passes: boolean;
      couldBlock: string[];
    }>();
    assert.equal(r.passes, true);
    assert.deepEqual(r.couldBlock, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
  });

  it("refuses a votes file that is not JSON, naming it", async () => {
    const bad = join(dir, "bad-votes.json");
    writeFileSync(bad, "{RUS: yes");
    const r = await cli(["--db", db, "simulate", "--org", "CSTO", "--at", "2011", "--votes", bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad-votes\.json is not JSON/);
  });
});

describe("violations and scenarios", () => {
  it("flags a base a scenario opens in a CSTO member in 2013 without consent, and not Termez or Kant", async () => {
    const base = join(dir, "base.jsonl");
    writeFileSync(
      base,
      '{"kind":"base","host":"KGZ","operator":"USA","site":"Hypothetical airfield","change":"open","date":"2013-03-01"}\n',
    );
    assert.equal((await cli(["--db", db, "scenario", "create", "new-base", "--add", base])).code, 0);

    const baseline = (
      await cli(["--db", db, "violations", "--at", "2014-01-01", "--json"])
    ).json<Violations>();
    assert.deepEqual(baseline.violations, []);
    const within = (
      await cli(["--db", db, "--scenario", "new-base", "violations", "--at", "2014-01-01", "--json"])
    ).json<Violations>();
    assert.equal(within.violations.length, 1);
    const v = within.violations[0];
    assert.ok(v);
    assert.equal(v.rule, "foreign-base-consent");
    assert.equal(v.subject, "CSTO");
    assert.deepEqual(v.actors, ["KGZ", "USA"]);
    assert.match(v.explanation, /Hypothetical airfield/);
    assert.doesNotMatch(JSON.stringify(within), /Termez|Kant/);
  });

  it("diffs a scenario against the base: Uzbekistan never suspends", async () => {
    const timeline = (await cli(["--db", db, "timeline", "UZB", "--json"])).json<{
      entries: { kind: string; claim: { org?: string; change?: string }; sources: { claim: string }[] }[];
    }>();
    const suspension = timeline.entries.find(
      (e) => e.kind === "membership" && e.claim.org === "CSTO" && e.claim.change === "suspend",
    );
    assert.ok(suspension);
    const ids = suspension.sources.map((s) => s.claim);
    assert.equal((await cli(["--db", db, "scenario", "create", "uzb-stays", "--retract", ...ids])).code, 0);
    const d = (
      await cli(["--db", db, "scenario", "diff", "uzb-stays", "--at", "2013-01-01", "--json"])
    ).json<{
      obligations: { added: { guarantor: string; protected: string }[]; removed: unknown[] };
    }>();
    assert.ok(d.obligations.added.some((o) => o.guarantor === "RUS" && o.protected === "UZB"));
    assert.ok(d.obligations.added.some((o) => o.guarantor === "UZB" && o.protected === "TJK"));
    assert.deepEqual(d.obligations.removed, []);
  });
});
