import { readFileSync } from "node:fs";
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
  // 4. Extraction throughput on a synthetic corpus of at least 5 MB (short reports
  //    written for the tests, repeated with varied names and dates), against wink-nlp's
  //    readDoc over the same text: the general NLP pass our one-pass gazetteer avoids.
  {
    const kbStore = await openSqliteStore(join(dir, "reader.sqlite"));
    await loadCuratedData(kbStore, BUNDLED_DATA, files, now);
    const knowledge = await readerKnowledge(await KnowledgeService.open(kbStore));
    const report = readFileSync(
      new URL("../../test/fixtures/docs/steppe-report.txt", import.meta.url),
      "utf8",
    );
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
      const part = `${report.replaceAll("Kazakhstan", a).replaceAll("Tajikistan", b)}\nIn ${1995 + (i % 25)} ${a} met ${b} in talks.\n`;
      parts.push(part);
      size += part.length;
    }
    const corpus = parts.join("\n");
    const mb = corpus.length / 1024 / 1024;
    let t = performance.now();
    extractClaims(corpus, "2016-03-14", knowledge);
    const ours = mb / ((performance.now() - t) / 1000);
    const nlp = winkNLP(winkModel);
    t = performance.now();
    nlp.readDoc(corpus);
    const wink = mb / ((performance.now() - t) / 1000);
    results.push({
      name: "extract (MB/s, one core)",
      value: Number(ours.toFixed(2)),
      unit: "MB/s",
      baseline: { name: "wink-nlp readDoc", value: Number(wink.toFixed(2)) },
      ratio: Number((ours / wink).toFixed(2)),
      note: `${mb.toFixed(1)} MB synthetic corpus; target at least 5 MB/s and 3 times the baseline`,
    });
    await kbStore.close();
  }
  return results;
}
