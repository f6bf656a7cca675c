/**
 * `npm run score:reader -- [SET...] [--full]`: the reader on the two source articles and the
 * probe sets, scored by the shared scorer (../shared/eval/score.mjs), all in one process
 * (a few seconds, where each probe's score.sh runs the CLI once per article).
 *
 * Sets: `shared` (the two articles) and every `test/fixtures/probe*` directory; the ones in
 * HELD_OUT are scored only when named, and only to measure (their README logs each use).
 * `--full` prints the missed and spurious claims too. The claims go to /tmp/score-reader/SET/,
 * or to `--out=DIR`/SET/ (so that two clones can score at once).
 *
 * `challenge` (test/fixtures/challenge/challenge.jsonl) is a set of short texts, each with the
 * claims it makes: each is read and scored alone (so that no claim matches another text's), and
 * the counts are summed; `--full` lists each text the reader gets wrong, with both sides.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataDir } from "../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../src/services/open-knowledge-base.js";
import { readDocument, readerKnowledge } from "../src/services/reading-service.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHARED = join(ROOT, "..", "shared");
/** Sets not yet read to find causes: a score on them says how the reader does on unseen text. */
const HELD_OUT = new Set(["probe7", "probe8", "probe9", "probe12"]);
const FIXTURES = join(ROOT, "test/fixtures");
const SETS: Record<string, { corpus: string; gold: string; heldOut: boolean }> = {
  shared: { corpus: join(SHARED, "corpus"), gold: join(SHARED, "gold"), heldOut: false },
  ...Object.fromEntries(
    readdirSync(FIXTURES)
      .filter((name) => /^probe\d*$/.test(name))
      .sort()
      .map((name) => [
        name,
        {
          corpus: join(FIXTURES, name, "corpus"),
          gold: join(FIXTURES, name, "gold"),
          heldOut: HELD_OUT.has(name),
        },
      ]),
  ),
};

const args = process.argv.slice(2);
const full = args.includes("--full");
const outRoot =
  args.find((a) => a.startsWith("--out="))?.slice("--out=".length) ?? join(tmpdir(), "score-reader");
const named = args.filter((a) => !a.startsWith("--"));
const CHALLENGE = join(FIXTURES, "challenge", "challenge.jsonl");
const unknown = named.filter((n) => !(n in SETS) && n !== "challenge");
if (unknown.length > 0) {
  console.error(`score-reader: no set named ${unknown.join(", ")} (sets: ${Object.keys(SETS).join(", ")})`);
  process.exit(2);
}
const wanted = Object.entries(SETS).filter(([name, set]) =>
  named.length > 0 ? named.includes(name) : !set.heldOut,
);

const dir = mkdtempSync(join(tmpdir(), "heartland-score-"));
try {
  const store = await openSqliteStore(join(dir, "kb.sqlite"));
  await loadCuratedData(store, BUNDLED_DATA, readDataDir(BUNDLED_DATA), new Date());
  const knowledge = await readerKnowledge(await KnowledgeService.open(store));
  if (named.length === 0 || named.includes("challenge")) scoreChallenge(knowledge);
  for (const [name, set] of wanted) {
    if (!existsSync(set.gold)) {
      console.log(`== ${name}: no gold at ${set.gold}`);
      continue;
    }
    const meta = JSON.parse(readFileSync(join(set.corpus, "meta.json"), "utf8")) as Record<
      string,
      { published?: string }
    >;
    const out = join(outRoot, name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(set.corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const raw = readFileSync(join(set.corpus, file), "utf8");
      const published = meta[file]?.published;
      const read = readDocument(raw, file, knowledge, published ? { published } : {});
      const doc = file.replace(/\.txt$/, "");
      const lines = read.claims.map((e) =>
        JSON.stringify({ ...e.claim, doc, span: e.span, confidence: e.confidence }),
      );
      writeFileSync(join(out, `${doc}.jsonl`), lines.length > 0 ? `${lines.join("\n")}\n` : "");
    }
    const scored = execFileSync(
      process.execPath,
      [join(SHARED, "eval", "score.mjs"), set.gold, out, ...(full ? [] : ["--quiet"])],
      { encoding: "utf8" },
    );
    console.log(`== ${name}${set.heldOut ? " (held out: measure only)" : ""}\n${scored}`);
  }
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

interface ChallengeItem {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly claims: readonly Record<string, unknown>[];
}

interface Counts {
  tp: number;
  system: number;
  gold: number;
}

/** The challenge texts, each read and scored alone; the counts summed by kind. */
function scoreChallenge(knowledge: Awaited<ReturnType<typeof readerKnowledge>>): void {
  const items = readFileSync(CHALLENGE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ChallengeItem);
  const work = mkdtempSync(join(tmpdir(), "heartland-challenge-"));
  const byKind = new Map<string, Counts>();
  const wrong: string[] = [];
  let right = 0;
  try {
    for (const item of items) {
      const read = readDocument(item.text, `${item.id}.txt`, knowledge, { published: item.published });
      const system = read.claims.map((e) => e.claim as unknown as Record<string, unknown>);
      const gold = join(work, "gold.jsonl");
      const sys = join(work, "system.jsonl");
      const lines = (claims: readonly Record<string, unknown>[]) =>
        claims.length > 0 ? `${claims.map((c) => JSON.stringify(c)).join("\n")}\n` : "";
      writeFileSync(gold, lines(item.claims));
      writeFileSync(sys, lines(system));
      const scored = JSON.parse(
        execFileSync(process.execPath, [join(SHARED, "eval", "score.mjs"), gold, sys, "--json"], {
          encoding: "utf8",
        }),
      ) as { overall: Counts; perKind: Record<string, Counts> };
      for (const [kind, c] of Object.entries(scored.perKind)) {
        const sum = byKind.get(kind) ?? { tp: 0, system: 0, gold: 0 };
        byKind.set(kind, { tp: sum.tp + c.tp, system: sum.system + c.system, gold: sum.gold + c.gold });
      }
      const o = scored.overall;
      if (o.tp === o.gold && o.tp === o.system) right++;
      else if (full)
        wrong.push(
          `${item.id} (${item.published}): ${item.text}\n  gold:   ${item.claims.map((c) => JSON.stringify(c)).join("\n          ")}\n  reader: ${system.map((c) => JSON.stringify(c)).join("\n          ")}`,
        );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const row = (name: string, c: Counts) => {
    const p = c.system ? c.tp / c.system : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${name.padEnd(12)} ${String(c.gold).padStart(4)} ${String(c.system).padStart(4)} ${String(c.tp).padStart(4)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`;
  };
  const total = [...byKind.values()].reduce(
    (a, c) => ({ tp: a.tp + c.tp, system: a.system + c.system, gold: a.gold + c.gold }),
    { tp: 0, system: 0, gold: 0 },
  );
  console.log(`== challenge (${items.length} texts, each scored alone; ${right} read exactly right)`);
  console.log("kind         gold  sys   tp   P      R      F1");
  for (const [kind, c] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) console.log(row(kind, c));
  console.log(row("OVERALL", total));
  if (wrong.length > 0) console.log(`\n${wrong.join("\n\n")}`);
  console.log("");
}
