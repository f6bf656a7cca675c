import assert from "node:assert/strict";
import { cpSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, FIXTURE_KB, scratchDir } from "./helpers.js";

/** The CLI against a small knowledge base written for the tests (test/fixtures/kb). */

interface Members {
  org: string;
  at: string;
  members: {
    state: string;
    status: string;
    since: string | null;
    possible?: (string | null)[];
    sources: { id: string }[];
  }[];
}

async function loadedDb(t: Parameters<typeof scratchDir>[0]): Promise<string> {
  const db = join(scratchDir(t), "kb.sqlite");
  const r = await cli(["--db", db, "load", FIXTURE_KB, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return db;
}

const statusOf = (m: Members, state: string) => m.members.find((x) => x.state === state)?.status ?? "none";

describe("heartland members", () => {
  it("lists members and a suspended member at a date, each since its change and with sources", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "members", "CSTO", "--at", "2012-07-01", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const m = r.json<Members>();
    assert.deepEqual(
      m.members.map((x) => [x.state, x.status, x.since]),
      [
        ["KAZ", "member", "2002-05-14"],
        ["RUS", "member", "2002-05-14"],
        ["UZB", "suspended", "2012-06-28"],
      ],
    );
    assert.ok(m.members.every((x) => x.sources.length > 0));
  });

  it("says uncertain inside the imprecision of a change, and not yet before it", async (t) => {
    const db = await loadedDb(t);
    const inside = (
      await cli(["--db", db, "members", "CSTO", "--at", "2006-08-10", "--json"])
    ).json<Members>();
    const uzb = inside.members.find((x) => x.state === "UZB");
    assert.equal(uzb?.status, "uncertain");
    assert.deepEqual(uzb?.possible, [null, "member"]);
    const before = (
      await cli(["--db", db, "members", "CSTO", "--at", "2006-05-01", "--json"])
    ).json<Members>();
    assert.equal(statusOf(before, "UZB"), "none");
  });

  it("resolves organizations by name and alias", async (t) => {
    const db = await loadedDb(t);
    const byAlias = (await cli(["--db", db, "members", "ODKB", "--at", "2003", "--json"])).json<Members>();
    assert.equal(byAlias.org, "CSTO");
  });

  it("rejects an impossible date naming the value, and exits 1", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "members", "CSTO", "--at", "2012-02-30"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^heartland: --at: "2012-02-30" is not a valid date/);
    assert.equal(r.stdout, "");
  });

  it("suggests the nearest organization for an unknown name, with a JSON error under --json", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "members", "CTSO", "--at", "2012", "--json"]);
    assert.equal(r.code, 1);
    const last = r.stderr.trim().split("\n").at(-1) ?? "";
    const error = JSON.parse(last) as { error: { code: string; data: { suggestions: string[] } } };
    assert.equal(error.error.code, "unknown_actor");
    assert.ok(error.error.data.suggestions.includes("CSTO"));
  });

  it("exits 2 on a usage error", async () => {
    const r = await cli(["members"]);
    assert.equal(r.code, 2);
  });
});

describe("heartland timeline", () => {
  it("suggests Uzbekistan for a misspelled name", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "timeline", "Uzbekstan"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /did you mean Uzbekistan \(UZB\)/);
  });

  it("orders an actor's facts by date and keeps to --from/--to", async (t) => {
    const db = await loadedDb(t);
    const all = (await cli(["--db", db, "timeline", "UZB", "--json"])).json<{
      entries: { date: string; kind: string }[];
    }>();
    const dates = all.entries.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(all.entries.some((e) => e.kind === "office"));
    const some = (
      await cli(["--db", db, "timeline", "UZB", "--from", "2006", "--to", "2008", "--json"])
    ).json<{
      entries: { date: string }[];
    }>();
    assert.ok(some.entries.length > 0);
    assert.ok(some.entries.every((e) => e.date >= "2006" && e.date < "2009"));
  });
});

describe("heartland --as-of", () => {
  it("does not use a claim recorded after the as-of date", async (t) => {
    const db = await loadedDb(t);
    // The news report's conflicting claim was recorded 2021-03-01; the rest 2020-01-01.
    const before = (await cli(["--db", db, "--as-of", "2020-06-01", "conflicts", "--json"])).json<{
      conflicts: unknown[];
    }>();
    assert.equal(before.conflicts.length, 0);
    const after = (await cli(["--db", db, "--as-of", "2021-03-01", "conflicts", "--json"])).json<{
      conflicts: unknown[];
    }>();
    assert.equal(after.conflicts.length, 1);
    const nothing = (
      await cli(["--db", db, "--as-of", "2019-12-31", "members", "CSTO", "--at", "2012", "--json"])
    ).json<Members>();
    assert.equal(nothing.members.length, 0);
  });
});

describe("heartland conflicts and prefer", () => {
  it("shows both readings, follows the more reliable source, then the analyst's ranking", async (t) => {
    const db = await loadedDb(t);
    interface Conflicts {
      conflicts: {
        decidedBy: string;
        chosen: { date: string };
        readings: { date: string; claims: { id: string; cite: { id: string } }[] }[];
      }[];
    }
    const c = (await cli(["--db", db, "conflicts", "--actor", "UZB", "--json"])).json<Conflicts>();
    assert.equal(c.conflicts.length, 1);
    const conflict = c.conflicts[0];
    assert.ok(conflict);
    assert.deepEqual(conflict.readings.map((r) => r.date).sort(), ["2008-11-12", "2011-10"]);
    assert.equal(conflict.chosen.date, "2008-11-12");
    assert.equal(conflict.decidedBy, "default-policy");
    const before = (
      await cli(["--db", db, "members", "EAEC", "--at", "2010-01-01", "--json"])
    ).json<Members>();
    assert.equal(statusOf(before, "UZB"), "suspended");

    const news = conflict.readings.find((r) => r.date === "2011-10")?.claims[0];
    assert.ok(news);
    const p = await cli(["--db", db, "prefer", news.id, "--analyst", "tester", "--json"]);
    assert.equal(p.code, 0, p.stderr);

    const after = (await cli(["--db", db, "conflicts", "--json"])).json<Conflicts>();
    assert.equal(after.conflicts[0]?.chosen.date, "2011-10");
    assert.equal(after.conflicts[0]?.decidedBy, "analyst");
    const members = (
      await cli(["--db", db, "members", "EAEC", "--at", "2010-01-01", "--json"])
    ).json<Members>();
    assert.equal(statusOf(members, "UZB"), "member");
  });

  it("refuses to prefer an unknown claim", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "prefer", "cnope"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no claim has the id "cnope"/);
  });
});

describe("heartland load", () => {
  it("is idempotent: a second load adds nothing", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const first = (await cli(["--db", db, "load", FIXTURE_KB, "--json"])).json<{
      added: number;
      claims: number;
    }>();
    assert.equal(first.added, first.claims);
    const second = (await cli(["--db", db, "load", FIXTURE_KB, "--json"])).json<{
      added: number;
      retracted: number;
    }>();
    assert.equal(second.added, 0);
    assert.equal(second.retracted, 0);
  });

  it("leaves the database as it was when the data has a problem, naming file and claim", async (t) => {
    const db = await loadedDb(t);
    const exportBefore = (await cli(["--db", db, "export", "claims"])).stdout;
    const broken = join(scratchDir(t), "kb");
    cpSync(FIXTURE_KB, broken, { recursive: true });
    const file = join(broken, "claims", "memberships.yaml");
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}  - {kind: membership, state: UZB, org: CSTO, change: join, date: "2012-02-30"}\n`,
    );
    const r = await cli(["--db", db, "load", broken]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /claims\/memberships\.yaml #13/);
    assert.match(r.stderr, /2012-02-30/);
    assert.equal((await cli(["--db", db, "export", "claims"])).stdout, exportBefore);
  });

  it("retracts claims removed from the data but still answers as of before", async (t) => {
    const db = await loadedDb(t);
    const smaller = join(scratchDir(t), "kb");
    cpSync(FIXTURE_KB, smaller, { recursive: true });
    writeFileSync(
      join(smaller, "claims", "news.yaml"),
      'defaults:\n  cite: news-report\n  recorded: "2021-03-01"\nclaims: []\n',
    );
    const later = new Date("2026-12-01T00:00:00Z");
    const r = await cli(["--db", db, "load", smaller, "--json"], { now: later });
    assert.equal(r.json<{ retracted: number }>().retracted, 2);
    const now = (await cli(["--db", db, "conflicts", "--json"], { now: later })).json<{
      conflicts: unknown[];
    }>();
    assert.equal(now.conflicts.length, 0);
    const then = (
      await cli(["--db", db, "--as-of", "2026-11-30", "conflicts", "--json"], { now: later })
    ).json<{
      conflicts: unknown[];
    }>();
    assert.equal(then.conflicts.length, 1);
  });

  for (const [what, bytes, message] of [
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /is a binary file, not text/],
    ["text that is not UTF-8", Buffer.from("claims: [caf\xe9]\n", "latin1"), /is not UTF-8 text/],
    ["an empty file", Buffer.alloc(0), /claims\/extra\.yaml/],
  ] as const) {
    it(`refuses ${what} in the data, naming it, and writes nothing`, async (t) => {
      const db = await loadedDb(t);
      const before = (await cli(["--db", db, "export", "claims"])).stdout;
      const dir = join(scratchDir(t), "kb");
      cpSync(FIXTURE_KB, dir, { recursive: true });
      writeFileSync(join(dir, "claims", "extra.yaml"), bytes);
      const r = await cli(["--db", db, "load", dir]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
      assert.equal((await cli(["--db", db, "export", "claims"])).stdout, before);
    });
  }

  it("refuses a data file over the size limit without reading it whole", async (t) => {
    const dir = join(scratchDir(t), "kb");
    cpSync(FIXTURE_KB, dir, { recursive: true });
    const big = join(dir, "claims", "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const r = await cli(["--db", join(scratchDir(t), "kb.sqlite"), "load", dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /big\.yaml is 200 MB, over the 16 MB limit for an input file/);
  });

  it("names a --db that is not a database", async (t) => {
    const file = join(scratchDir(t), "notes.txt");
    writeFileSync(file, "these are not the tables you are looking for\n".repeat(100));
    const r = await cli(["--db", file, "load", FIXTURE_KB]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot open the database .*notes\.txt/);
  });

  it("names a missing directory", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const r = await cli(["--db", db, "load", "/nonexistent/heartland"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /data directory \/nonexistent\/heartland does not exist/);
  });
});

describe("heartland export", () => {
  it("writes membership periods as CSV with a header row, one period per row", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "export", "memberships", "--format", "csv"]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines[0], "state,org,status,from,to,claims");
    assert.ok(lines.some((l) => l.startsWith("UZB,CST,member,1992-05-15,1999-04-02,")));
    assert.ok(lines.some((l) => l.startsWith("UZB,CSTO,suspended,2012-06-28,,")));
  });

  it("writes every held claim as JSON Lines with its provenance", async (t) => {
    const db = await loadedDb(t);
    const out = join(scratchDir(t), "claims.jsonl");
    const r = await cli(["--db", db, "export", "claims", "--output", out]);
    assert.equal(r.code, 0, r.stderr);
    const rows = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map(
        (l) => JSON.parse(l) as { id: string; doc?: string; span?: number[]; provenance: { source: string } },
      );
    assert.equal(rows.length, 14);
    const cited = rows.filter((x) => x.provenance.source === "news-report");
    assert.ok(cited.every((x) => x.doc === "news-report" && Array.isArray(x.span)));
  });

  it("refuses a table it cannot make, saying which it can", async () => {
    const r = await cli(["export", "alliances"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /export memberships, claims, state-year or dyad-year/);
  });
});
