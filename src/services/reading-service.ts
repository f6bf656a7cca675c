import { basename, extname } from "node:path";
import { ProblemError, problem } from "../domain/result.js";
import { type DocumentFormat, loadDocument } from "../reading/document-loader.js";
import { Gazetteer, officesFrom } from "../reading/gazetteer.js";
import { type ExtractedClaim, extractClaims, type ReaderKnowledge } from "../reading/pipeline.js";
import { findTimeMentions } from "../reading/time-expressions.js";
import { readTextFile } from "./data-files.js";
import type { KnowledgeService } from "./knowledge-service.js";

/**
 * `heartland extract`: reads a document and prints the claims it makes, in the format of
 * shared/spec/claims.md. The reader links to the knowledge base for names (actors,
 * people's offices by date), base sites and founding dates.
 */
export async function readerKnowledge(kb: KnowledgeService): Promise<ReaderKnowledge> {
  const held = await kb.heldClaims();
  const offices = officesFrom(held.flatMap((c) => (c.claim.kind === "office" ? [c.claim] : [])));
  const sites = new Map<string, { host: string; operator: string; site: string }>();
  const founded = new Map<string, string>();
  const alliances = new Set<string>();
  const predecessors = new Map<string, string>();
  for (const { claim } of held) {
    if (claim.kind === "base" && claim.site) {
      // "Sevastopol (Black Sea Fleet)" is found as "Sevastopol"; "102nd Military Base (Gyumri)"
      // as "102nd Military Base" and as "Gyumri", the town a text may name it by.
      const site = claim.site.replace(/\s*\(.*\)$/, "").trim();
      const also = /\(([^()]+)\)$/.exec(claim.site)?.[1]?.trim();
      // "the 201st base" for "201st Military Base".
      const ordinal = /^(\d+(?:st|nd|rd|th)) (?:Guards )?Military Base$/i.exec(site)?.[1];
      for (const name of [site, ...(also ? [also] : []), ...(ordinal ? [`${ordinal} base`] : [])])
        if (name.length >= 4 && !sites.has(name.toLowerCase()))
          sites.set(name.toLowerCase(), { host: claim.host, operator: claim.operator, site });
    }
    if (claim.kind === "rule" && claim.rule === "collective-defence" && claim.change === "adopt")
      alliances.add(claim.subject);
    if (claim.kind === "org" && claim.change === "found" && claim.date !== null) {
      const known = founded.get(claim.org);
      if (!known || claim.date.length > known.length) founded.set(claim.org, claim.date);
      if (claim.predecessor) predecessors.set(claim.org, claim.predecessor);
    }
  }
  const periods = (await kb.membershipPeriods()).filter((p) => p.status === "member");
  // Dates compare as text here: a period from "2006-08" covers "2012-05-15"; at the reader's
  // precision that is enough to say who "all member states" were.
  const members = (org: string, date: string) => [
    ...new Set(
      periods
        .filter((p) => p.org === org && p.from <= date && (p.to === null || p.to > date))
        .map((p) => p.state),
    ),
  ];
  return {
    gazetteer: new Gazetteer(kb.actors.all(), offices),
    sites,
    founded,
    predecessors,
    members,
    alliances,
  };
}

export interface ExtractOutput {
  readonly doc: string;
  readonly published: string | null;
  readonly claims: readonly (Record<string, unknown> & {
    doc: string;
    span: readonly [number, number];
    confidence: number;
  })[];
}

/**
 * A publication date stated in the text's header, if any: a full date on a line of the title,
 * byline and dateline before the body, or at the opening of the body's first line ("MINSK, 6
 * September 2024 -", "Posted on 21 June 2012"). A date further on is one the text tells of,
 * not the day of writing ("On 28 June 2012 Uzbekistan suspended ..."): then there is none.
 */
export function publishedInText(text: string): string | null {
  let head = "";
  // (The header is in the first lines: the rest of a long text is not split for it.)
  for (const line of text.slice(0, HEADER_SPAN).split("\n")) {
    // ("Posted 14 December 2024. Reposted with ...", "... Security. Last revised 15 March 2024."
    // say which date is the writing's, wherever the line goes on.)
    const stated = PUBLISHED_WORD.exec(line);
    if (stated !== null) {
      head += `${line.slice(stated.index + stated[0].length, stated.index + stated[0].length + 40)}\n`;
      break;
    }
    // ("MINSK, 6 September 2024 - ...": the body's first line opens with a dateline.)
    const sentence = SENTENCE_LINE.test(line);
    if ((line.length > HEADER_LINE || sentence) && DATELINE_OPENING.test(line)) {
      head += line.slice(0, 40);
      break;
    }
    if (line.length > HEADER_LINE) break;
    // (A short line written as a sentence, a standfirst or the body's first line, dates what it
    // tells, not the writing.)
    if (!sentence) head += `${line}\n`;
    if (head.length > 600) break;
  }
  const day = findTimeMentions(head, "2000-01-01").find((t) => !t.relative && t.date.length === 10);
  return day?.date ?? null;
}

/** How far into the text its header (title, byline, dateline) is looked for. */
const HEADER_SPAN = 3000;
/** A line longer than this is the body, not the header (title, byline, dateline). */
const HEADER_LINE = 100;
/** A line of ten words or more that ends as a sentence does: the body, however short. */
const SENTENCE_LINE = /^\s*(?:\S+\s+){9,}\S*[.!?]["”’]?\s*$/;

/** "MINSK, 6 September", "Tashkent, March 9": a body line that opens with its date. */
/** "Posted on", "Published:", "Last revised": the words before the date of writing. */
const PUBLISHED_WORD = /\b(?:Posted|Published|Updated|Last (?:revised|updated)|Dated)\b(?:\s+on)?:?\s*/;

const DATELINE_OPENING = /^\s*\p{Lu}[\p{L} .'’-]{1,30},\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d)/u;

/** A document read: its text as shown, what its metadata says, and the claims found in it. */
export interface ReadDocument {
  readonly text: string;
  readonly format: DocumentFormat;
  readonly title: string | null;
  readonly published: string | null;
  readonly claims: readonly ExtractedClaim[];
}

/**
 * Loads a document's raw text (detecting its format), finds its publication date (the
 * option, else its metadata, else a date in its header) and extracts its claims. `name`
 * (a file name) names the document in errors.
 */
export function readDocument(
  raw: string,
  name: string,
  knowledge: ReaderKnowledge,
  options: { published?: string | undefined; format?: DocumentFormat | undefined } = {},
): ReadDocument {
  const loaded = loadDocument(raw, { fileName: name, ...(options.format ? { format: options.format } : {}) });
  if (!loaded.ok) throw new ProblemError({ ...loaded.error, message: `${name}: ${loaded.error.message}` });
  if (loaded.value.text.trim().length === 0) {
    throw new ProblemError(
      problem("invalid_argument", `${name} holds no text`, { hint: "give a document with text" }),
    );
  }
  const published = options.published ?? loaded.value.published ?? publishedInText(loaded.value.text);
  return {
    text: loaded.value.text,
    format: loaded.value.format,
    title: loaded.value.title,
    published,
    claims: extractClaims(loaded.value.text, published, knowledge),
  };
}

export async function extractFile(
  kb: KnowledgeService,
  path: string,
  options: { published?: string; format?: DocumentFormat; docId?: string } = {},
): Promise<ExtractOutput> {
  const raw = readTextFile(path);
  const doc = options.docId ?? basename(path, extname(path));
  const read = readDocument(raw, path, await readerKnowledge(kb), options);
  const claims = read.claims.map((e: ExtractedClaim) => ({
    ...e.claim,
    doc,
    span: e.span,
    confidence: e.confidence,
  }));
  return { doc, published: read.published, claims };
}
