/**
 * `npm run score:reader -- [SET...] [--full]`: the reader on the two source articles and the
 * probe sets, scored by the shared scorer (../shared/eval/score.mjs), all in one process
 * (a few seconds, where each probe's score.sh runs the CLI once per article).
 *
 * Sets: `shared` (the two articles) and every `test/fixtures/probe*` directory; the ones in
 * HELD_OUT are scored only when named, and only to measure (their README logs each use).
 * `--full` prints the missed and spurious claims too. The claims go to /tmp/score-reader/SET/,
 * or to `--out=DIR`/SET/ (so that two clones can score at once).
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
const HELD_OUT = new Set(["probe6", "probe7"]);
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
const unknown = named.filter((n) => !(n in SETS));
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
