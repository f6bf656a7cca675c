import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import winkModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { extractClaims } from "../../src/reading/pipeline.js";
import { KnowledgeService, loadCuratedData } from "../../src/services/knowledge-service.js";
import { BUNDLED_DATA } from "../../src/services/open-knowledge-base.js";
import { readerKnowledge } from "../../src/services/reading-service.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { BenchContext, Result } from "../kit.js";

/** The reader's throughput against wink-nlp's readDoc over the same 5 MB. */
export async function extractBench(ctx: BenchContext): Promise<Result[]> {
  const { dir, now, files } = ctx;
  const results: Result[] = [];
  // 4. Extraction throughput on a corpus of at least 5 MB (articles written for the tests,
  //    repeated with varied names), against wink-nlp's readDoc over the same text: the
  //    general NLP pass our one-pass gazetteer and cue words avoid.
  {
    const kbStore = await openSqliteStore(join(dir, "reader.sqlite"));
    await loadCuratedData(kbStore, BUNDLED_DATA, files, now);
    const knowledge = await readerKnowledge(await KnowledgeService.open(kbStore));
    // The articles of the probe set (written for the tests, news reports and analyses of
    // 450-600 words) and the short steppe report, repeated with the states' names rotated
    // so that no two copies read alike.
    const probe = new URL("../../test/fixtures/probe/corpus/", import.meta.url);
    const articles = [
      ...readdirSync(probe)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => readFileSync(new URL(f, probe), "utf8")),
      readFileSync(new URL("../../test/fixtures/docs/steppe-report.txt", import.meta.url), "utf8"),
    ];
    const states = [
      "Kazakhstan",
      "Kyrgyzstan",
      "Tajikistan",
      "Uzbekistan",
      "Armenia",
      "Belarus",
      "Russia",
      "China",
    ];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const a = states[i % states.length] ?? "Russia";
      const b = states[(i * 3 + 1) % states.length] ?? "China";
      const article = articles[i % articles.length] ?? "";
      const part = article
        .replaceAll("Kazakhstan", "\u0000")
        .replaceAll("Tajikistan", b)
        .replaceAll("\u0000", a);
      parts.push(part);
      size += part.length;
    }
    const corpus = parts.join("\n\n");
    const mb = corpus.length / 1024 / 1024;
    const nlp = winkNLP(winkModel);
    // Both warm up on a slice first (compiling their code and expressions), then read the
    // whole corpus three times in turn; the median of each counts.
    const warm = corpus.slice(0, 256 * 1024);
    extractClaims(warm, "2016-03-14", knowledge);
    nlp.readDoc(warm);
    const timed = (read: () => unknown) => {
      const t = performance.now();
      read();
      return mb / ((performance.now() - t) / 1000);
    };
    const oursRuns: number[] = [];
    const winkRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      oursRuns.push(timed(() => extractClaims(corpus, "2016-03-14", knowledge)));
      winkRuns.push(timed(() => nlp.readDoc(corpus)));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1] ?? 0;
    const ours = median(oursRuns);
    const wink = median(winkRuns);
    results.push({
      name: "extract (MB/s, one core)",
      value: Number(ours.toFixed(2)),
      unit: "MB/s",
      baseline: { name: "wink-nlp readDoc", value: Number(wink.toFixed(2)) },
      ratio: Number((ours / wink).toFixed(2)),
      note: `${mb.toFixed(1)} MB of news-style articles, median of 3 runs after a warm-up; target at least 5 MB/s and 3 times the baseline`,
    });
    await kbStore.close();
  }
  return results;
}
