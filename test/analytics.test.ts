import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { cli, scratchDir } from "./helpers.js";

/**
 * `heartland align` and `heartland export state-year|dyad-year` on a small made-up
 * knowledge base (test/fixtures/analytics/kb) whose every number is worked by hand in the
 * comments, and the acceptance question of issue 6 on the bundled knowledge base.
 *
 * The fixture: a defence pact (PACT, collective defence from 1992) of RUS, KAZ, UZB and
 * ARM, which UZB leaves in April 1999, rejoins in August 2006 and is suspended from in June
 * 2012; a forum (FORUM, no defence rule, so level 0 unless overridden) of RUS, UZB and CHN
 * from 2001; in 2007 a CONSULT (UZB to RUS) and an ACCUSE (RUS to UZB). With
 * `--system all-known` the system is ARM, CHN, KAZ, RUS, UZB in every year.
 */

const FIXTURE = join(import.meta.dirname, "fixtures", "analytics", "kb");

interface Year {
  year: number;
  comembership: number;
  s: number | null;
  s_weighted?: number | null;
  tau_b: number | null;
  kappa: number | null;
  tie: number;
  system_size: number;
  events: {
    cooperative: number;
    conflictual: number;
    verbal_cooperation: number;
    verbal_conflict: number;
    balance: number | null;
  };
  changes: { date: string | null; summary: string; claims: { id: string; cite: { id: string } }[] }[];
  ties?: {
    states: [string, string];
    level: number;
    basis: {
      kind: string;
      via: string;
      level: number;
      claims: { id: string; kind: string; cite: { id: string; title: string } }[];
    }[];
  }[];
}
interface Align {
  a: string;
  b: string;
  system: string;
  from: number;
  to: number;
  years: Year[];
}

let fixtureDb = "";
let bundledDb = "";
before(async () => {
  const dir = scratchDir({ after: (fn) => process.on("exit", fn) });
  fixtureDb = join(dir, "fixture.sqlite");
  bundledDb = join(dir, "bundled.sqlite");
  for (const [db, data] of [
    [fixtureDb, FIXTURE],
    [bundledDb, BUNDLED_DATA],
  ] as const) {
    const r = await cli(["--db", db, "load", data, "--json"]);
    assert.equal(r.code, 0, r.stderr);
  }
});

async function alignJson(db: string, args: readonly string[]): Promise<Align> {
  const r = await cli(["--db", db, "align", ...args, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return r.json<Align>();
}

const yearOf = (a: Align, year: number): Year => {
  const y = a.years.find((x) => x.year === year);
  assert.ok(y, `no entry for ${year}`);
  return y;
};

describe("heartland align on the fixture", () => {
  it("gives the hand-worked measures of each year over the all-known system", async () => {
    const a = await alignJson(fixtureDb, [
      "UZB",
      "RUS",
      "--from",
      "1998",
      "--to",
      "2012",
      "--system",
      "all-known",
    ]);
    assert.equal(a.system, "all-known");
    assert.deepEqual([a.from, a.to, a.years.length], [1998, 2012, 15]);
    // 1998: both rows are ARM 3, CHN 0, KAZ 3, RUS 3, UZB 3: identical portfolios.
    assert.deepEqual(
      (({ s, tau_b, kappa, tie, comembership, system_size }) => ({
        s,
        tau_b,
        kappa,
        tie,
        comembership,
        system_size,
      }))(yearOf(a, 1998)),
      { s: 1, tau_b: 1, kappa: 1, tie: 3, comembership: 1, system_size: 5 },
    );
    // 1999: UZB is ARM 0, CHN 0, KAZ 0, RUS 0, UZB 3; RUS is ARM 3, CHN 0, KAZ 3, RUS 3, UZB 0.
    // Distances 3+0+3+3+3 = 12: S = 1 - 24/15 = -0.6. Table (0,0) 1, (0,3) 3, (3,0) 1:
    // P = 0, Q = 3, n0 = 10, ties 6 and 4: tau-b = -3/sqrt(24) = -0.6124. Kappa (squared):
    // observed 36·5 = 180 against 4·3·9 + 1·2·9 = 126 by chance: 1 - 180/126 = -0.4286.
    const y1999 = yearOf(a, 1999);
    assert.deepEqual([y1999.s, y1999.tau_b, y1999.kappa, y1999.tie], [-0.6, -0.6124, -0.4286, 0]);
    // The withdrawal is the change behind it, with its claim and source.
    assert.equal(y1999.changes.length, 1);
    assert.match(y1999.changes[0]?.summary ?? "", /Uzbekistan withdraws from Example Defence Pact/);
    assert.equal(y1999.changes[0]?.claims[0]?.cite.id, "yearbook");
    // 2001: the forum gives no tie (level 0 by default) but counts in co-membership.
    assert.deepEqual([yearOf(a, 2001).s, yearOf(a, 2001).comembership], [-0.6, 1]);
    // 2006: back in the pact; 2012: suspended, so no tie from it.
    assert.equal(yearOf(a, 2006).s, 1);
    assert.equal(yearOf(a, 2012).s, -0.6);
    assert.match(yearOf(a, 2012).changes[0]?.summary ?? "", /suspends/);
    // 2007: one CONSULT (verbal cooperation) and one ACCUSE (verbal conflict), both directions counted.
    assert.deepEqual(
      (({ cooperative, conflictual, verbal_cooperation, verbal_conflict, balance }) => ({
        cooperative,
        conflictual,
        verbal_cooperation,
        verbal_conflict,
        balance,
      }))(yearOf(a, 2007).events),
      { cooperative: 1, conflictual: 1, verbal_cooperation: 1, verbal_conflict: 1, balance: 0 },
    );
  });

  it("lets the mapping be overridden: the forum as consultation (1) moves 2001", async () => {
    const a = await alignJson(fixtureDb, [
      "UZB",
      "RUS",
      "--from",
      "2001",
      "--to",
      "2001",
      "--system",
      "all-known",
      "--tie",
      "FORUM=1",
    ]);
    // UZB: ARM 0, CHN 1, KAZ 0, RUS 1, UZB 3; RUS: ARM 3, CHN 1, KAZ 3, RUS 3, UZB 1.
    // Distances 3+0+3+2+2 = 10: S = 1 - 20/15.
    assert.equal(yearOf(a, 2001).s, Math.round((1 - 20 / 15) * 1e4) / 1e4);
    assert.equal(yearOf(a, 2001).tie, 1);
  });

  it("names the system: over the region (neither organization is the region's) only the two states count", async () => {
    const a = await alignJson(fixtureDb, ["UZB", "RUS", "--from", "1998", "--to", "1999"]);
    assert.equal(a.system, "region");
    // 1998: UZB (RUS 3, UZB 3), RUS (3, 3): S = 1, tau-b has no ranking (null). 1999: (0, 3)
    // against (3, 0): S = 1 - 2·6/6 = -1, tau-b -1, kappa 1 - (18·2)/(9 + 9) = -1.
    assert.deepEqual([yearOf(a, 1998).s, yearOf(a, 1998).tau_b, yearOf(a, 1998).system_size], [1, null, 2]);
    assert.deepEqual([yearOf(a, 1999).s, yearOf(a, 1999).tau_b, yearOf(a, 1999).kappa], [-1, -1, -1]);
  });

  it("weights the S when weights are given (states not listed weigh 0)", async () => {
    const dir = scratchDir({ after: (fn) => process.on("exit", fn) });
    const weights = join(dir, "w.json");
    writeFileSync(weights, JSON.stringify({ RUS: 0.5, UZB: 0.3, KAZ: 0.2 }));
    const a = await alignJson(fixtureDb, [
      "UZB",
      "RUS",
      "--from",
      "1999",
      "--to",
      "1999",
      "--system",
      "all-known",
      "--weights",
      weights,
    ]);
    // Distances with weight: RUS 0.5·3 + UZB 0.3·3 + KAZ 0.2·3 = 3 of a total weight 1: 1 - 2·3/3 = -1.
    assert.equal(yearOf(a, 1999).s_weighted, -1);
  });

  it("lists each year's ties with the claims and sources behind them when asked", async () => {
    const a = await alignJson(fixtureDb, [
      "UZB",
      "RUS",
      "--from",
      "1998",
      "--to",
      "1998",
      "--system",
      "all-known",
      "--ties",
    ]);
    const ties = yearOf(a, 1998).ties ?? [];
    const rusUzb = ties.find((t) => t.states.join() === "RUS,UZB");
    assert.equal(rusUzb?.level, 3);
    assert.equal(rusUzb?.basis[0]?.via, "PACT");
    // The rule and both memberships, cited to the pact's text.
    assert.deepEqual(
      rusUzb?.basis[0]?.claims.map((c) => [c.kind, c.cite.id]),
      [
        ["rule", "pact-text"],
        ["membership", "pact-text"],
        ["membership", "pact-text"],
      ],
    );
    // Ties of either state only: UZB and RUS with ARM and KAZ, and with each other.
    assert.deepEqual(ties.map((t) => t.states.join()).sort(), [
      "ARM,RUS",
      "ARM,UZB",
      "KAZ,RUS",
      "KAZ,UZB",
      "RUS,UZB",
    ]);
  });

  it("prints a table, and refuses bad years, unknown states and bad overrides by name", async () => {
    const r = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--from", "1999", "--to", "1999"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^year +states +tie +co-mem +S +tau-b +kappa/m);
    const bad = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--from", "99"]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--from: "99" is not a year/);
    const after = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--from", "2010", "--to", "2000"]);
    assert.match(after.stderr, /--from 2010 is after --to 2000/);
    const unknown = await cli(["--db", fixtureDb, "align", "UZB", "Rusia"]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown state "Rusia"; did you mean Russia \(RUS\)/);
    const tie = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--tie", "NOWHERE=2"]);
    assert.match(tie.stderr, /"NOWHERE" is neither an organization nor a clause/);
    const level = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--tie", "PACT=5"]);
    assert.match(level.stderr, /"PACT=5" is not KEY=LEVEL/);
    const system = await cli(["--db", fixtureDb, "align", "UZB", "RUS", "--system", "world"]);
    assert.equal(system.code, 2);
  });

  it("has --help with an example", async () => {
    const r = await cli(["align", "--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Example/);
    assert.match(r.stdout, /heartland align UZB RUS/);
  });
});

describe("heartland align --plot", () => {
  it("writes the chart the saved output shows", async () => {
    const dir = scratchDir({ after: (fn) => process.on("exit", fn) });
    const file = join(dir, "uzb-rus.svg");
    const r = await cli([
      "--db",
      fixtureDb,
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
    assert.equal(r.code, 0, r.stderr);
    const svg = readFileSync(file, "utf8");
    const saved = join(import.meta.dirname, "fixtures", "analytics", "fixture-uzb-rus.svg");
    if (process.env.UPDATE_SNAPSHOTS === "1") writeFileSync(saved, svg);
    assert.ok(existsSync(saved), "run with UPDATE_SNAPSHOTS=1 once to save the chart");
    assert.equal(svg, readFileSync(saved, "utf8"));
    // Marks in the years of the changes that moved the portfolios: 1999, 2001 (the forum:
    // co-membership only, no tie, so no mark), 2006, 2012.
    assert.deepEqual(
      [...svg.matchAll(/class="change" data-year="(\d+)"/g)].map((m) => m[1]),
      ["1999", "2006", "2012"],
    );
  });
});

describe("heartland export state-year and dyad-year", () => {
  it("writes the dyad-year table: header, COW codes beside ISO codes, one row per dyad-year, sorted", async () => {
    const r = await cli([
      "--db",
      fixtureDb,
      "export",
      "dyad-year",
      "--system",
      "all-known",
      "--from",
      "1998",
      "--to",
      "1999",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(
      lines[0],
      "ccode1,ccode2,iso3_1,iso3_2,year,tie,comembership,s,tau_b,kappa,cooperative,conflictual,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict",
    );
    // 5 states: 10 dyads × 2 years.
    assert.equal(lines.length, 1 + 20);
    // COW order: RUS 365, ARM 371, UZB 704, KAZ 705, CHN 710.
    const keys = lines.slice(1).map((l) => l.split(",").slice(0, 5).join(","));
    assert.deepEqual(keys.slice(0, 3), [
      "365,371,RUS,ARM,1998",
      "365,371,RUS,ARM,1999",
      "365,704,RUS,UZB,1998",
    ]);
    const sorted = [...keys].sort((x, y) => {
      const [a1, a2, , , ay] = x.split(",").map(Number) as number[];
      const [b1, b2, , , by] = y.split(",").map(Number) as number[];
      return (
        (a1 as number) - (b1 as number) || (a2 as number) - (b2 as number) || (ay as number) - (by as number)
      );
    });
    assert.deepEqual(keys, sorted);
    // The RUS-UZB row of 1999 has the measures worked by hand above.
    assert.equal(
      lines.find((l) => l.startsWith("365,704,RUS,UZB,1999")),
      "365,704,RUS,UZB,1999,0,0,-0.6,-0.6124,-0.4286,0,0,0,0,0,0",
    );
  });

  it("writes the state-year table, in CSV and JSON Lines alike", async () => {
    const csv = await cli([
      "--db",
      fixtureDb,
      "export",
      "state-year",
      "--system",
      "all-known",
      "--from",
      "1999",
      "--to",
      "1999",
    ]);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.trimEnd().split("\n");
    assert.equal(
      lines[0],
      "ccode,iso3,stateabb,year,defence,nonaggression,entente,memberships,cooperative,conflictual",
    );
    // 1999: RUS has defence pacts with ARM and KAZ; UZB has none and belongs to nothing.
    assert.deepEqual(lines.slice(1), [
      "365,RUS,RUS,1999,2,0,0,1,0,0",
      "371,ARM,ARM,1999,2,0,0,1,0,0",
      "704,UZB,UZB,1999,0,0,0,0,0,0",
      "705,KAZ,KZK,1999,2,0,0,1,0,0",
      "710,CHN,CHN,1999,0,0,0,0,0,0",
    ]);
    const jsonl = await cli([
      "--db",
      fixtureDb,
      "export",
      "state-year",
      "--system",
      "all-known",
      "--from",
      "1999",
      "--to",
      "1999",
      "--format",
      "jsonl",
    ]);
    const rows = jsonl.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { ccode: number; iso3: string; defence: number });
    assert.deepEqual(
      rows.map((x) => [x.ccode, x.iso3, x.defence]),
      [
        [365, "RUS", 2],
        [371, "ARM", 2],
        [704, "UZB", 0],
        [705, "KAZ", 2],
        [710, "CHN", 0],
      ],
    );
  });
});

describe("the acceptance question on the bundled knowledge base", () => {
  it("shows Uzbekistan's alignment with Russia falling in 1999, rising in 2006 and falling in 2012", async () => {
    const a = await alignJson(bundledDb, ["UZB", "RUS", "--from", "1995", "--to", "2014"]);
    const s = (year: number) => yearOf(a, year).s as number;
    assert.ok(s(1999) < s(1998), `leaving the CST in 1999: ${s(1998)} -> ${s(1999)}`);
    assert.ok(s(2006) > s(2005), `rejoining the CSTO in 2006: ${s(2005)} -> ${s(2006)}`);
    assert.ok(s(2012) < s(2011), `the 2012 suspension: ${s(2011)} -> ${s(2012)}`);
    assert.ok(
      yearOf(a, 1999).changes.some((c) =>
        /Uzbekistan withdraws from Collective Security Treaty/.test(c.summary),
      ),
    );
    assert.ok(
      yearOf(a, 2006).changes.some((c) =>
        /Uzbekistan joins Collective Security Treaty Organization/.test(c.summary),
      ),
    );
    assert.ok(yearOf(a, 2012).changes.some((c) => /Uzbekistan suspends/.test(c.summary)));
    for (const y of a.years) {
      for (const v of [y.s, y.tau_b, y.kappa]) if (v !== null) assert.ok(v >= -1 && v <= 1);
    }
  });

  it("lists the ties behind a year with their claims and sources", async () => {
    const a = await alignJson(bundledDb, ["UZB", "RUS", "--from", "2013", "--to", "2013", "--ties"]);
    const rusUzb = yearOf(a, 2013).ties?.find((t) => t.states.join() === "RUS,UZB");
    // Suspended from the CSTO, Uzbekistan keeps its defence tie with Russia through the 2005 treaty alone.
    assert.equal(rusUzb?.level, 3);
    assert.deepEqual(
      rusUzb?.basis.filter((b) => b.level === 3).map((b) => b.kind),
      ["treaty"],
    );
    assert.match(rusUzb?.basis[0]?.via ?? "", /Treaty on Allied Relations/);
    assert.ok((rusUzb?.basis[0]?.claims[0]?.cite.title ?? "").length > 0);
  });

  it("exports the bundled dyad-year table with Uzbekistan under COW code 704", async () => {
    const r = await cli(["--db", bundledDb, "export", "dyad-year", "--from", "2012", "--to", "2012"]);
    assert.equal(r.code, 0, r.stderr);
    const row = r.stdout.split("\n").find((l) => l.startsWith("365,704,RUS,UZB,2012,"));
    assert.ok(row, "the RUS-UZB row of 2012");
    assert.equal(row.split(",")[5], "3");
  });
});
