import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { type Claim, claimActors } from "../src/domain/claim.js";
import { partialDate } from "../src/domain/partial-date.js";
import { extractClaims } from "../src/reading/pipeline.js";
import { BUNDLED_DATA, openKnowledgeBase } from "../src/services/open-knowledge-base.js";
import { publishedInText, readerKnowledge } from "../src/services/reading-service.js";
import { cli, FIXED_NOW, scratchDir } from "./helpers.js";

/** `heartland extract` on documents written for these tests, on bad input, and on the two articles. */

const DOCS = join(import.meta.dirname, "fixtures", "docs");
const SHARED = join(import.meta.dirname, "..", "..", "shared");

interface Extracted {
  kind: string;
  doc: string;
  span: [number, number];
  confidence: number;
  [k: string]: unknown;
}

/** The reader's knowledge from the bundled knowledge base, opened at `db` (a new one by default) and closed after the test. */
async function bundledKnowledge(
  t: { after: (fn: () => void) => void },
  at: string = join(scratchDir(t), "kb.sqlite"),
): Promise<Awaited<ReturnType<typeof readerKnowledge>>> {
  const kb = await openKnowledgeBase({ db: at, now: FIXED_NOW });
  t.after(() => kb.store.close());
  return readerKnowledge(kb.service);
}

let db = "";
let dir = "";
before(async () => {
  dir = scratchDir({ after: (fn) => process.on("exit", fn) });
  db = join(dir, "kb.sqlite");
  assert.equal((await cli(["--db", db, "load", BUNDLED_DATA])).code, 0);
});

async function extract(file: string, ...args: string[]): Promise<Extracted[]> {
  const r = await cli(["--db", db, "extract", file, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Extracted);
}

describe("heartland extract", () => {
  for (const file of ["steppe-report.txt", "steppe-report.html", "steppe-report.md"]) {
    it(`reads the suspension in ${file}, with doc, span and confidence`, async () => {
      const claims = await extract(join(DOCS, file));
      const suspension = claims.find((c) => c.kind === "membership");
      assert.deepEqual(suspension && [suspension.state, suspension.org, suspension.change, suspension.date], [
        "KAZ",
        "SCO",
        "suspend",
        "2016-03-02",
      ]);
      assert.ok(claims.every((c) => c.doc === "steppe-report" && c.confidence > 0 && c.confidence <= 1));
    });
  }

  it("takes the publication date from the text when not given, and --published over it", async () => {
    const fromText = await extract(join(DOCS, "steppe-report.txt"));
    const refusal = fromText.find((c) => c.kind === "event" && c.type === "REJECT");
    assert.equal(refusal?.date, "2016-03-17", "Thursday of the week of 2016-03-14");
    const given = await extract(join(DOCS, "steppe-report.txt"), "--published", "2016-03-31");
    assert.equal(given.find((c) => c.kind === "event" && c.type === "REJECT")?.date, "2016-03-31");
  });

  it("never reads markup as text: scripts and links stay out of the claims", async () => {
    const out = JSON.stringify(await extract(join(DOCS, "steppe-report.html")));
    assert.doesNotMatch(out, /alert|javascript/);
  });

  for (const [what, make, message] of [
    ["a missing file", () => join(dir, "nope.txt"), /nope\.txt does not exist/],
    ["a directory", () => dir, /is a directory/],
    [
      "a binary file",
      () => {
        const f = join(dir, "bin.txt");
        writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]));
        return f;
      },
      /is a binary file/,
    ],
    [
      "text that is not UTF-8",
      () => {
        const f = join(dir, "latin1.txt");
        writeFileSync(f, Buffer.from("Caf\xe9 Tashkent", "latin1"));
        return f;
      },
      /is not UTF-8 text/,
    ],
    [
      "an empty file",
      () => {
        const f = join(dir, "empty.txt");
        writeFileSync(f, "");
        return f;
      },
      /empty|no text/,
    ],
    [
      "a 200 MB file",
      () => {
        const f = join(dir, "huge.txt");
        writeFileSync(f, "");
        truncateSync(f, 200 * 1024 * 1024);
        return f;
      },
      /over the 16 MB limit/,
    ],
  ] as const) {
    it(`refuses ${what} with a clear error`, async () => {
      const r = await cli(["--db", db, "extract", make()]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, "");
    });
  }

  it("refuses a malformed --published date, naming it", async () => {
    const r = await cli([
      "--db",
      db,
      "extract",
      join(DOCS, "steppe-report.txt"),
      "--published",
      "2016-02-30",
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--published: "2016-02-30"/);
  });
});

describe("the publication date a text states", () => {
  it("takes a full date from the header lines or a dateline, none from the body", () => {
    assert.equal(
      publishedInText("Talks resume\n\nBy A. Writer\n3 May 2031\n\nChile and Peru met."),
      "2031-05-03",
    );
    assert.equal(
      publishedInText(
        "Talks resume\n\nLIMA, 3 May 2031 - Chile and Peru met on Tuesday, the foreign ministry said in a statement.",
      ),
      "2031-05-03",
    );
    assert.equal(
      publishedInText(
        "Posted on 3 May 2031. Chile and Peru met on Tuesday, the foreign ministry said in a long statement.",
      ),
      "2031-05-03",
    );
    // A body that opens on a date it tells of ("On 28 June 2012 ...") says nothing of the day of writing.
    assert.equal(
      publishedInText(
        "Talks resume\n\nOn 28 June 2012 Chile suspended its membership of the pact, and a decade of quarrels began.",
      ),
      null,
    );
    assert.equal(
      publishedInText(
        "Chile, a neighbour of Peru, joined the pact on 3 May 2015, and a decade of quarrels began at once.",
      ),
      null,
    );
  });
});

describe("heartland extract on the two articles", () => {
  const meta = JSON.parse(readFileSync(join(SHARED, "corpus", "meta.json"), "utf8")) as Record<
    string,
    { published: string }
  >;

  it("points every span at text that names the claim's actors, and stays above its measured F1 floor", async (t) => {
    const out = join(scratchDir(t), "out");
    mkdirSync(out);
    const { gazetteer } = await bundledKnowledge(t, db);
    const unnamed: string[] = [];
    for (const [file, { published }] of Object.entries(meta)) {
      const path = join(SHARED, "corpus", file);
      const text = readFileSync(path, "utf8");
      const claims = await extract(path, "--published", published);
      for (const c of claims) {
        const date = typeof c.date === "string" ? partialDate(c.date) : null;
        const spanText = text.slice(c.span[0], c.span[1]);
        const mentions = gazetteer.find(spanText, date);
        const named = new Set(mentions.map((m) => m.actor));
        // "all member states" of an organization the span names stand for its members at the date.
        if (/\ball member states\b/i.test(spanText) && typeof c.date === "string") {
          for (const org of mentions.filter((m) => m.kind === "organization")) {
            const members = await cli(["--db", db, "members", org.actor, "--at", c.date, "--json"]);
            for (const m of members.json<{ members: { state: string; status: string }[] }>().members)
              if (m.status === "member") named.add(m.state);
          }
        }
        for (const { actor } of claimActors(c as unknown as Claim)) {
          if (!named.has(actor)) unnamed.push(`${actor} in ${JSON.stringify(c)}`);
        }
      }
      writeFileSync(join(out, `${file}.jsonl`), claims.map((c) => JSON.stringify(c)).join("\n"));
    }
    assert.deepEqual(unnamed, [], "every span names the claim's actors");
    const score = spawnSync(
      process.execPath,
      [join(SHARED, "eval", "score.mjs"), join(SHARED, "gold"), out, "--json"],
      {
        encoding: "utf8",
      },
    );
    assert.equal(score.status, 0, score.stderr);
    const f1 = (JSON.parse(score.stdout) as { overall: { f1: number } }).overall.f1;
    // This version measures 0.861; the floor is the goal, 0.85. Raise it as the reader improves.
    assert.ok(f1 >= 0.85, `F1 ${f1.toFixed(3)} fell below the measured floor`);
  });
});

describe("the reader's knowledge of base sites", () => {
  it("knows a base by its name and by the town in its name's parentheses", async (t) => {
    const { sites } = await bundledKnowledge(t);
    // The bundled knowledge base holds "102nd Military Base (Gyumri)".
    for (const name of ["102nd military base", "gyumri", "102nd base"]) {
      const site = sites.get(name);
      assert.ok(site, `no site known as ${name}`);
      assert.deepEqual([site.host, site.operator, site.site], ["ARM", "RUS", "102nd Military Base"]);
    }
    // A site with no ordinal gets no short "base" name.
    assert.equal(sites.get("kant base"), undefined);
  });
});

describe("the reader's knowledge of institutions that stand for their state or organization", () => {
  it("reads the General Assembly and the Security Council by their names and short names as the UN", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text = "The General Assembly, the UNGA and the UNSC voted.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["General Assembly", "UN"],
        ["UNGA", "UN"],
        ["UNSC", "UN"],
      ],
    );
  });
  it("reads seats of government world-countries does not call capitals as their states", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text = "Envoys flew from La Paz and Abidjan to The Hague, then to Dar es Salaam and Cotonou.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["La Paz", "BOL"],
        ["Abidjan", "CIV"],
        ["The Hague", "NLD"],
        ["Dar es Salaam", "TZA"],
        ["Cotonou", "BEN"],
      ],
    );
  });
  it("reads the SADR and the Polisario Front as Western Sahara, the territory the datasets code", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text = "The Polisario Front proclaimed the SADR; Sahrawi envoys went to Algiers.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["Polisario Front", "ESH"],
        ["SADR", "ESH"],
        ["Sahrawi", "ESH"],
        ["Algiers", "DZA"],
      ],
    );
  });
  it("reads other spellings of a capital as its state ('Naypyitaw', 'Nay Pyi Taw')", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text = "Envoys flew from Naypyidaw to Nay Pyi Taw and back to Naypyitaw.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["Naypyidaw", "MMR"],
        ["Nay Pyi Taw", "MMR"],
        ["Naypyitaw", "MMR"],
      ],
    );
  });
  it("reads demonyms world-countries spells otherwise or leaves out as their states", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text =
      "Ecuadorian, Nepali, Maldivian, Djiboutian, Slovenian, Icelandic and Belarussian envoys met; so did Ecuadorean ones.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["Ecuadorian", "ECU"],
        ["Nepali", "NPL"],
        ["Maldivian", "MDV"],
        ["Djiboutian", "DJI"],
        ["Slovenian", "SVN"],
        ["Icelandic", "ISL"],
        ["Belarussian", "BLR"],
        ["Ecuadorean", "ECU"],
      ],
    );
  });
  it("reads Brussels as NATO's seat where the sentence names NATO apart from it, and as the EU otherwise", async (t) => {
    const knowledge = await bundledKnowledge(t);
    const events = (text: string) =>
      extractClaims(text, "2031-12-01", knowledge).flatMap(({ claim }) =>
        claim.kind === "event" ? [`${claim.type} ${claim.source} ${claim.target}`] : [],
      );
    assert.deepEqual(
      events("In March 2031 Chile froze its cooperation with NATO and recalled its envoy from Brussels."),
      ["SANCTION CHL NATO"],
    );
    assert.deepEqual(events("Brussels and NATO agreed on 3 May 2031."), ["AGREE EU NATO"]);
    assert.deepEqual(events("In March 2031 Chile recalled its envoy from Brussels."), ["SANCTION CHL EU"]);
  });
  it("reads a timeline entry's date ('17 Dec 2031 - ...') as no exercise's name", async (t) => {
    const knowledge = await bundledKnowledge(t);
    const text = "17 Dec 2031 - Chile's president says troops will be concentrated near Peru.";
    assert.deepEqual(
      extractClaims(text, "2031-12-30", knowledge).filter(({ claim }) => claim.kind === "exercise"),
      [],
    );
  });
  it("reads organizations beyond Eurasia by the names and acronyms reports give them", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text =
      "Envoys of the East African Community, the Pacific Islands Forum, the OAS, ECOWAS, Mercosur, the Andean Community and the IAEA met.";
    assert.deepEqual(
      gazetteer.find(text, null).map((m) => [m.text, m.actor]),
      [
        ["East African Community", "EAC"],
        ["Pacific Islands Forum", "PIF"],
        ["OAS", "OAS"],
        ["ECOWAS", "ECOWAS"],
        ["Mercosur", "MERCOSUR"],
        ["Andean Community", "ANDEAN"],
        ["IAEA", "IAEA"],
      ],
    );
  });
  it("reads 'the Shanghai organisation' as the SCO", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    assert.deepEqual(
      gazetteer
        .find("We were founding members of the Shanghai organisation.", null)
        .map((m) => [m.text, m.actor]),
      [["Shanghai organisation", "SCO"]],
    );
  });
  it("reads Iran's Revolutionary Guards as Iran", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    assert.deepEqual(
      gazetteer.find("The IRGC and the Revolutionary Guards fired.", null).map((m) => [m.text, m.actor]),
      [
        ["IRGC", "IRN"],
        ["Revolutionary Guards", "IRN"],
      ],
    );
  });
  it("reads the State Department as the United States", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    assert.deepEqual(
      gazetteer.find("The State Department withholds aid.", null).map((m) => [m.text, m.actor]),
      [["State Department", "USA"]],
    );
  });
});

describe("the reader's knowledge of the Cold War's leaders", () => {
  it("reads the leaders obituaries and histories name as the states they acted for", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const text =
      "Nixon and Kissinger met Mao and Zhou; Brandt saw Kosygin; Sadat and Menachem Begin met Carter.";
    assert.deepEqual(
      gazetteer.find(text, partialDate("1972")).map((m) => [m.text, m.actor]),
      [
        ["Nixon", "USA"],
        ["Kissinger", "USA"],
        ["Mao", "CHN"],
        ["Zhou", "CHN"],
        ["Brandt", "DEU"],
        ["Kosygin", "SUN"],
        ["Sadat", "EGY"],
        ["Menachem Begin", "ISR"],
        ["Carter", "USA"],
      ],
    );
  });
});

describe("the reader's knowledge of who belongs to BRICS, ASEAN, the GCC and the Turkic states", () => {
  it("knows each group's members on a day, as it knows the CSTO's", async (t) => {
    const { members } = await bundledKnowledge(t);
    const on = (org: string, date: string) => [...(members?.(org, date) ?? [])].sort().join(" ");
    assert.equal(on("BRICS", "2010-06-01"), "BRA CHN IND RUS");
    assert.equal(on("BRICS", "2024-10-23"), "ARE BRA CHN EGY ETH IND IRN RUS ZAF");
    assert.equal(on("ASEAN", "1990-01-01"), "BRN IDN MYS PHL SGP THA");
    assert.equal(on("GCC", "2017-06-05"), "ARE BHR KWT OMN QAT SAU");
    assert.equal(on("OTS", "2018-01-01"), "AZE KAZ KGZ TUR");
  });
});

describe("the reader's knowledge of alliances and of states now gone", () => {
  it("takes for alliances the organizations whose charters bind them to collective defence", async (t) => {
    const { alliances } = await bundledKnowledge(t);
    assert.deepEqual([...(alliances ?? [])].sort(), ["CST", "CSTO", "NATO", "WPO"]);
  });

  it("reads Moscow as the Soviet Union before 26 December 1991 and Gorbachev as acting for it", async (t) => {
    const { gazetteer } = await bundledKnowledge(t);
    const at = (date: string) =>
      gazetteer.find("Gorbachev said Moscow and the USSR agreed.", partialDate(date)).map((m) => m.actor);
    assert.deepEqual(at("1990-05"), ["SUN", "SUN", "SUN"]);
    assert.deepEqual(at("1993")[1], "RUS");
  });
});
