import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { cli, scratchDir } from "./helpers.js";

/**
 * The bundled knowledge base (data/) answers what the public record says. Expected
 * memberships below were written by hand from the organizations' own histories, not
 * read back from the data files.
 */

interface Members {
  members: {
    state: string;
    status: string;
    since: string | null;
    sources: { id: string; span: unknown }[];
  }[];
}

let db = "";
before(async () => {
  const dir = scratchDir({ after: (fn) => process.on("exit", fn) });
  db = join(dir, "bundled.sqlite");
  const r = await cli(["--db", db, "load", BUNDLED_DATA, "--json"]);
  assert.equal(r.code, 0, r.stderr);
});

async function members(org: string, at: string): Promise<Members["members"]> {
  const r = await cli(["--db", db, "members", org, "--at", at, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return r.json<Members>().members;
}

/** States with the given status, sorted, restricted to `scope` when given. */
async function withStatus(
  org: string,
  at: string,
  status: string,
  scope?: readonly string[],
): Promise<string[]> {
  return (await members(org, at))
    .filter((m) => m.status === status && (scope === undefined || scope.includes(m.state)))
    .map((m) => m.state)
    .sort();
}

const POST_SOVIET = [
  "ARM",
  "AZE",
  "BLR",
  "EST",
  "GEO",
  "KAZ",
  "KGZ",
  "LVA",
  "LTU",
  "MDA",
  "RUS",
  "TJK",
  "TKM",
  "UKR",
  "UZB",
];
const CSTO_SIX = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"];

describe("the bundled knowledge base: the issue's checks", () => {
  it("has the CSTO on 2012-07-01: six members and Uzbekistan suspended", async () => {
    const m = await members("CSTO", "2012-07-01");
    assert.deepEqual(
      m.map((x) => [x.state, x.status]),
      [...CSTO_SIX.map((s) => [s, "member"]), ["UZB", "suspended"]],
    );
    assert.ok(m.every((x) => x.sources.length > 0));
  });

  it("has Uzbekistan a CSTO member on 2007-01-01 but not yet on 2006-05-01", async () => {
    assert.ok((await withStatus("CSTO", "2007-01-01", "member")).includes("UZB"));
    assert.equal(
      (await members("CSTO", "2006-05-01")).find((x) => x.state === "UZB"),
      undefined,
    );
  });

  it("has the CST on 1999-06-01 without Uzbekistan, Georgia or Azerbaijan", async () => {
    const states = (await members("CST", "1999-06-01")).map((x) => x.state);
    for (const gone of ["UZB", "GEO", "AZE"]) assert.ok(!states.includes(gone), `${gone} still in the CST`);
    assert.deepEqual(states.sort(), CSTO_SIX);
  });

  it("holds Uzbekistan's changes in the CIS, CST, GUAM, CSTO, EAEC/EAEU and SCO in date order, each with sources", async () => {
    const r = await cli(["--db", db, "timeline", "UZB", "--json"]);
    const entries = r.json<{
      entries: { date: string | null; kind: string; claim: { org?: string }; sources: unknown[] }[];
    }>().entries;
    const changes = entries.filter((e) => e.kind === "membership");
    const orgs = new Set(changes.map((e) => e.claim.org));
    for (const org of ["CIS", "CST", "GUAM", "CSTO", "EAEC", "SCO"])
      assert.ok(orgs.has(org), `no ${org} change`);
    assert.ok(orgs.has("EAEU"), "no EAEU change");
    const dates = changes.map((e) => e.date ?? "");
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(changes.every((e) => e.sources.length > 0));
  });

  it("shows the EAEC suspension conflict between an article and the record", async () => {
    const r = await cli(["--db", db, "conflicts", "--actor", "UZB", "--json"]);
    const c = r.json<{ conflicts: { key: string; readings: { date: string }[] }[] }>().conflicts;
    const eaec = c.find((x) => x.key.includes("|UZB|EAEC|suspend"));
    assert.ok(eaec, "no EAEC conflict");
    assert.deepEqual(eaec.readings.map((x) => x.date).sort(), ["2008-11-12", "2011-10"]);
  });

  it("answers nothing as of a recorded date before the knowledge base was curated", async () => {
    const r = await cli([
      "--db",
      db,
      "--as-of",
      "2026-11-24",
      "members",
      "CSTO",
      "--at",
      "2012-07-01",
      "--json",
    ]);
    assert.deepEqual(r.json<Members>().members, []);
  });
});

describe("the bundled knowledge base agrees with the public record, year by year", () => {
  const expectSame = async (org: string, at: string, status: string, expected: string[], scope?: string[]) =>
    assert.deepEqual(
      await withStatus(org, at, status, scope),
      [...expected].sort(),
      `${org} ${status} at ${at}`,
    );

  it("CST 1992-2001", async () => {
    await expectSame("CST", "1992-07-01", "member", ["ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    for (const y of [1994, 1995, 1996, 1997, 1998]) {
      await expectSame("CST", `${y}-07-01`, "member", [...CSTO_SIX, "AZE", "GEO", "UZB"]);
    }
    for (const y of [1999, 2000, 2001]) await expectSame("CST", `${y}-07-01`, "member", CSTO_SIX);
  });

  it("CSTO 2003-2025", async () => {
    for (let y = 2003; y <= 2025; y++) {
      const uzb = y >= 2007 && y <= 2012 ? (y === 2012 ? [] : ["UZB"]) : [];
      await expectSame("CSTO", `${y}-07-01`, "member", [...CSTO_SIX, ...uzb]);
    }
    for (let y = 2013; y <= 2025; y++) await expectSame("CSTO", `${y}-07-01`, "suspended", ["UZB"]);
  });

  it("SCO members and observers 2002-2025", async () => {
    const founders = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"];
    for (let y = 2002; y <= 2025; y++) {
      const more = [
        ...(y >= 2018 || y === 2017 ? ["IND", "PAK"] : []),
        ...(y >= 2024 ? ["IRN"] : []),
        ...(y >= 2025 ? ["BLR"] : []),
      ];
      await expectSame("SCO", `${y}-07-01`, "member", [...founders, ...more]);
    }
    await expectSame("SCO", "2006-07-01", "observer", ["IND", "IRN", "MNG", "PAK"]);
    await expectSame("SCO", "2013-07-01", "observer", ["AFG", "IND", "IRN", "MNG", "PAK"]);
  });

  it("GUAM 1998-2010", async () => {
    const four = ["AZE", "GEO", "MDA", "UKR"];
    await expectSame("GUAM", "1998-07-01", "member", four);
    await expectSame("GUAM", "2000-07-01", "member", [...four, "UZB"]);
    for (const y of [2006, 2010]) await expectSame("GUAM", `${y}-07-01`, "member", four);
  });

  it("CIS 1995-2020 for the post-Soviet states", async () => {
    const eleven = ["ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"];
    await expectSame("CIS", "1995-07-01", "member", [...eleven, "GEO"], POST_SOVIET);
    await expectSame(
      "CIS",
      "2007-07-01",
      "member",
      [...eleven.filter((s) => s !== "TKM"), "GEO"],
      POST_SOVIET,
    );
    await expectSame("CIS", "2007-07-01", "associate", ["TKM"], POST_SOVIET);
    await expectSame(
      "CIS",
      "2010-07-01",
      "member",
      eleven.filter((s) => s !== "TKM"),
      POST_SOVIET,
    );
    await expectSame(
      "CIS",
      "2020-07-01",
      "member",
      eleven.filter((s) => s !== "TKM" && s !== "UKR"),
      POST_SOVIET,
    );
  });

  it("EAEC 2002-2016 and EAEU 2015-2025", async () => {
    const five = ["BLR", "KAZ", "KGZ", "RUS", "TJK"];
    await expectSame("EAEC", "2002-07-01", "member", five);
    await expectSame("EAEC", "2007-07-01", "member", [...five, "UZB"]);
    await expectSame("EAEC", "2010-07-01", "member", five);
    await expectSame("EAEC", "2010-07-01", "suspended", ["UZB"]);
    await expectSame("EAEC", "2016-07-01", "member", []);
    await expectSame("EAEU", "2015-07-01", "member", ["ARM", "BLR", "KAZ", "RUS"]);
    await expectSame("EAEU", "2016-07-01", "member", ["ARM", "BLR", "KAZ", "KGZ", "RUS"]);
    await expectSame("EAEU", "2022-07-01", "observer", ["MDA", "UZB"], POST_SOVIET);
  });

  it("NATO: the Baltic states from 2004, 32 members in 2025", async () => {
    await expectSame("NATO", "2003-07-01", "member", [], POST_SOVIET);
    await expectSame("NATO", "2004-07-01", "member", ["EST", "LTU", "LVA"], POST_SOVIET);
    assert.equal((await withStatus("NATO", "2025-07-01", "member")).length, 32);
    assert.equal((await withStatus("NATO", "1950-01-01", "member")).length, 12);
  });

  it("Warsaw Pact 1955-1991: eight founders, Albania out in 1968, East Germany in 1990, none after Prague", async () => {
    const eight = ["ALB", "BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"];
    await expectSame("WPO", "1955-05-13", "member", []);
    await expectSame("WPO", "1960-07-01", "member", eight);
    // Hungary's declared withdrawal of November 1956 never took effect.
    await expectSame("WPO", "1957-01-01", "member", eight);
    await expectSame(
      "WPO",
      "1970-07-01",
      "member",
      eight.filter((s) => s !== "ALB"),
    );
    await expectSame("WPO", "1991-01-01", "member", ["BGR", "CSK", "HUN", "POL", "ROU", "SUN"]);
    await expectSame("WPO", "1991-07-02", "member", []);
  });
});

describe("the bundled knowledge base holds the two articles' facts", () => {
  const gold = join(import.meta.dirname, "..", "..", "shared", "gold");
  const scorer = join(import.meta.dirname, "..", "..", "shared", "eval", "score.mjs");

  it("recalls every gold claim from the claims citing the articles, with spans", async (t) => {
    assert.ok(existsSync(gold), `the gold claims are expected at ${gold}`);
    const r = await cli(["--db", db, "export", "claims"]);
    const mine = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { doc?: string; span?: number[] })
      .filter((c) => c.doc === "000_daf8c9d0cb8962a3" || c.doc === "002_2ecfb0e947be8976");
    assert.ok(mine.every((c) => Array.isArray(c.span)));
    const out = join(scratchDir(t), "kb.jsonl");
    writeFileSync(out, mine.map((c) => JSON.stringify(c)).join("\n"));
    const score = spawnSync(process.execPath, [scorer, gold, out, "--json"], { encoding: "utf8" });
    assert.equal(score.status, 0, score.stderr);
    const overall = (JSON.parse(score.stdout) as { overall: { recall: number } }).overall;
    assert.equal(overall.recall, 1);
  });
});
