import { type QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { parsePartialDate } from "../domain/partial-date.js";
import { err, ok, problem, type Result } from "../domain/result.js";

/**
 * The first reading stage: from the bytes a user hands in (already decoded as UTF-16
 * text) to the plain text every later stage reads and every span counts in. Markup is
 * never kept: HTML and Markdown become plain text, and what their metadata says (title,
 * publication date) travels beside it.
 */
export type DocumentFormat = "text" | "html" | "markdown";

export interface LoadedDocument {
  /** Plain text, LF line ends; every span Heartland reports counts UTF-16 units in it. */
  readonly text: string;
  readonly format: DocumentFormat;
  readonly title: string | null;
  /** YYYY[-MM[-DD]] from the document's metadata, if it has any. */
  readonly published: string | null;
}

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  txt: "text",
  text: "text",
};

/** How much of the start of a document content sniffing reads. */
const SNIFF_LENGTH = 4096;

/** By the file's extension when it has a known one, else by what the start of the content looks like. */
export function detectFormat(raw: string, fileName?: string): DocumentFormat {
  if (fileName !== undefined) {
    const dot = fileName.lastIndexOf(".");
    const slash = Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\"));
    if (dot > slash + 1) {
      const known = EXTENSIONS[fileName.slice(dot + 1).toLowerCase()];
      if (known !== undefined) return known;
    }
  }
  const head = stripBom(raw).slice(0, SNIFF_LENGTH);
  const start = head.trimStart().slice(0, 100).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")) {
    return "html";
  }
  const tags = head.match(
    /<\/?(?:html|head|body|p|div|article|span|a|br|h[1-6]|title|meta|section)\b[^<>]*>/gi,
  );
  if (tags !== null && tags.length >= 3) return "html";
  if (/^---\r?\n/.test(head) && /\r?\n(?:---|\.\.\.)\r?\n/.test(head)) return "markdown";
  let signals = 0;
  if (/^#{1,6}[ \t]+\S/m.test(head)) signals += 2;
  if (/\[[^[\]\n]+\]\([^()\s]+\)/.test(head)) signals += 2;
  if (/^(?:```|~~~)/m.test(head)) signals += 2;
  if (/\*\*[^*\n]{1,80}\*\*|__[^_\n]{1,80}__/.test(head)) signals += 1;
  if (/^[ \t]*[-*+][ \t]+\S/m.test(head)) signals += 1;
  if (/^>[ \t]?\S/m.test(head)) signals += 1;
  return signals >= 2 ? "markdown" : "text";
}

export function loadDocument(
  raw: string,
  options: { format?: DocumentFormat; fileName?: string } = {},
): Result<LoadedDocument> {
  const source = normalizeLineEnds(stripBom(raw));
  if (source.trim() === "") {
    return err(
      problem("invalid_argument", "the document is empty", {
        hint: "give a file with some text in it",
        ...(options.fileName === undefined ? {} : { where: options.fileName }),
      }),
    );
  }
  const format = options.format ?? detectFormat(source, options.fileName);
  const loaded = loadAs(format, source);
  if (loaded.text.trim() === "") {
    return err(
      problem("invalid_argument", `the ${format} document has no text once its markup is removed`, {
        hint: "check that the file holds the article itself, not only scripts or navigation",
        ...(options.fileName === undefined ? {} : { where: options.fileName }),
      }),
    );
  }
  return ok(loaded);
}

function loadAs(format: DocumentFormat, source: string): LoadedDocument {
  switch (format) {
    case "text":
      return { text: source, format, title: null, published: null };
    case "html":
      return loadHtml(source);
    case "markdown":
      return loadMarkdown(source);
  }
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** CRLF and lone CR become LF, so offsets count the lines as Heartland shows them. */
const normalizeLineEnds = (s: string): string => s.replace(/\r\n?/g, "\n");

/**
 * Reduces a metadata date ("2012-06-21T09:30:00+05:00", "2012/06/21", "20120621",
 * "2012-06") to YYYY[-MM[-DD]] as written, in the publisher's own time zone, or null
 * when it is not a valid date.
 */
export function reduceMetadataDate(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?|(\d{2})(\d{2}))?(?![\d])/.exec(v);
  if (m === null) return null;
  const year = m[1] ?? "";
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5];
  let text = year;
  if (month !== undefined) {
    text += `-${month.padStart(2, "0")}`;
    if (day !== undefined) text += `-${day.padStart(2, "0")}`;
  }
  return parsePartialDate(text).ok ? text : null;
}

/** Space that is collapsed within a line; zero-width and direction marks are text and stay. */
const SPACE_RUN = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Tidies extracted text: spaces collapsed within each line, lines trimmed, at most one
 * blank line between blocks, none at either end.
 */
function tidyLines(text: string): string {
  const lines = text.split("\n").map((line) => line.replace(SPACE_RUN, " ").trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

// --- HTML -------------------------------------------------------------------------

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "template",
  "iframe",
  "object",
  "svg",
  "math",
  "canvas",
  "select",
  "button",
  "textarea",
]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "dl",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "blockquote",
  "section",
  "article",
  "main",
  "figure",
  "figcaption",
  "pre",
  "hr",
  "body",
  "address",
  "details",
  "summary",
  "caption",
]);

/** Elements that are one line each, without a blank line between them. */
const LINES = new Set(["li", "tr", "dt", "dd"]);

/** Metadata naming the publication date, most trusted first. */
const DATE_KEYS = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.issued",
];

/** Elements that never have content or a closing tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/**
 * How deep a closing tag looks for its opening tag. A closing tag with no opening tag
 * this close is stray and ignored, so that hostile input (a million stray `</b>` under a
 * deep stack) cannot make the pass quadratic.
 */
const CLOSE_SEARCH_DEPTH = 64;

/**
 * Reads HTML with htmlparser2's Tokenizer (a linear state machine, entities decoded),
 * not its Parser: the Parser's element stack grows at the front (`unshift`), which makes
 * deeply nested input quadratic. Our stack only records which elements are open, so a
 * skipped element (`<nav>`) ends when it, or an element around it, closes.
 */
class HtmlTextReader implements TokenizerCallbacks {
  private readonly chunks: string[] = [];
  private readonly stack: string[] = [];
  private skipDepth = 0;
  private preDepth = 0;
  private inTitle = false;
  private sawTitle = false;
  private titleText = "";
  /** Breaks wait until the next text, so nested blocks give one break, not one each: 1 ends a line, 2 leaves a blank line after it. */
  private pendingBreak = 0;
  readonly meta = new Map<string, string>();
  timeDate: string | null = null;

  private tagName = "";
  private attribs: Record<string, string> = {};
  private attribName = "";
  private attribValue = "";

  constructor(private readonly source: string) {}

  text(): string {
    return tidyLines(this.chunks.join(""));
  }

  title(): string | null {
    return oneLine(this.titleText) || oneLine(this.meta.get("og:title") ?? "") || null;
  }

  private lineBreak(n: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, n);
  }

  private emit(piece: string): void {
    if (this.inTitle) {
      this.titleText += piece;
      return;
    }
    if (this.skipDepth > 0) return;
    // Outside <pre>, HTML treats line breaks in the source as spaces.
    const text = this.preDepth > 0 ? piece : piece.replace(/[\n\t\f]+/g, " ");
    if (this.pendingBreak > 0 && text.trim() !== "") {
      this.chunks.push("\n".repeat(this.pendingBreak));
      this.pendingBreak = 0;
    }
    this.chunks.push(text);
  }

  private noteDate(key: string, value: string | undefined): void {
    if (value === undefined) return;
    const k = key.toLowerCase();
    if (DATE_KEYS.includes(k) && !this.meta.has(k)) this.meta.set(k, value);
  }

  private open(name: string, attribs: Record<string, string>): void {
    if (name === "meta") {
      const key = attribs.property ?? attribs.name ?? attribs.itemprop;
      if (key !== undefined && attribs.content !== undefined) {
        if (key.toLowerCase() === "og:title" && !this.meta.has("og:title"))
          this.meta.set("og:title", attribs.content);
        this.noteDate(key, attribs.content);
      }
    }
    if (attribs.itemprop !== undefined && attribs.itemprop.toLowerCase() === "datepublished") {
      this.noteDate("datepublished", attribs.content ?? attribs.datetime);
    }
    if (name === "time" && attribs.datetime !== undefined) {
      // A <time pubdate> is the page's own date; otherwise the first <time> stands in.
      if (attribs.pubdate !== undefined) this.noteDate("pubdate", attribs.datetime);
      else this.timeDate ??= attribs.datetime;
    }
    if (VOID.has(name)) {
      if (this.skipDepth === 0 && name === "br") this.pendingBreak = Math.min(2, this.pendingBreak + 1);
      else if (this.skipDepth === 0 && BLOCKS.has(name)) this.lineBreak(2);
      return;
    }
    this.stack.push(name);
    if (name === "title" && !this.sawTitle && this.skipDepth === 0) this.inTitle = true;
    if (SKIPPED.has(name)) this.skipDepth++;
    if (this.skipDepth > 0) return;
    if (name === "pre") this.preDepth++;
    if (LINES.has(name)) this.lineBreak(1);
    else if (BLOCKS.has(name)) this.lineBreak(2);
    else if (name === "td" || name === "th") this.chunks.push(" ");
  }

  private close(name: string): void {
    const top = this.stack.length - 1;
    let at = top;
    while (at >= 0 && top - at < CLOSE_SEARCH_DEPTH && this.stack[at] !== name) at--;
    if (at < 0 || this.stack[at] !== name) {
      // A stray </p> or </br> still breaks the line, as browsers do.
      if (this.skipDepth === 0 && (name === "p" || name === "br")) this.lineBreak(name === "p" ? 2 : 1);
      return;
    }
    while (this.stack.length > at) this.popElement(this.stack.pop() ?? "");
  }

  private popElement(name: string): void {
    if (name === "title" && this.inTitle) {
      this.inTitle = false;
      this.sawTitle = true;
      return;
    }
    if (SKIPPED.has(name)) {
      this.skipDepth--;
      return;
    }
    if (this.skipDepth > 0) return;
    if (name === "pre") this.preDepth--;
    if (LINES.has(name)) this.lineBreak(1);
    else if (BLOCKS.has(name)) this.lineBreak(2);
  }

  // --- Tokenizer callbacks ---

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.source.slice(start, endIndex).toLowerCase();
    this.attribs = {};
  }
  onattribname(start: number, endIndex: number): void {
    this.attribName = this.source.slice(start, endIndex).toLowerCase();
    this.attribValue = "";
  }
  onattribdata(start: number, endIndex: number): void {
    this.attribValue += this.source.slice(start, endIndex);
  }
  onattribentity(codepoint: number): void {
    this.attribValue += String.fromCodePoint(codepoint);
  }
  onattribend(_quote: QuoteType, _endIndex: number): void {
    if (!Object.hasOwn(this.attribs, this.attribName)) this.attribs[this.attribName] = this.attribValue;
  }
  onopentagend(_endIndex: number): void {
    this.open(this.tagName, this.attribs);
  }
  onselfclosingtag(_endIndex: number): void {
    this.open(this.tagName, this.attribs);
    if (!VOID.has(this.tagName)) this.close(this.tagName);
  }
  onclosetag(start: number, endIndex: number): void {
    this.close(this.source.slice(start, endIndex).toLowerCase());
  }
  ontext(start: number, endIndex: number): void {
    this.emit(this.source.slice(start, endIndex));
  }
  ontextentity(codepoint: number, _endIndex: number): void {
    this.emit(String.fromCodePoint(codepoint));
  }
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

function loadHtml(source: string): LoadedDocument {
  const reader = new HtmlTextReader(source);
  const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
  tokenizer.write(source);
  tokenizer.end();
  let published: string | null = null;
  for (const key of DATE_KEYS) {
    const value = reader.meta.get(key);
    published = value === undefined ? null : reduceMetadataDate(value);
    if (published !== null) break;
  }
  if (published === null && reader.timeDate !== null) published = reduceMetadataDate(reader.timeDate);
  return { text: reader.text(), format: "html", title: reader.title(), published };
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

// --- Markdown ---------------------------------------------------------------------

/** Reads `key: value` lines of a YAML front matter block; quotes around the value dropped. */
function frontMatterValue(block: string, key: string): string | null {
  for (const line of block.split("\n")) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (m === null || m[1]?.toLowerCase() !== key) continue;
    let value = (m[2] ?? "").trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
    }
    return value === "" ? null : value;
  }
  return null;
}

/** Removes every `<!-- ... -->` with indexOf, so an unclosed comment cannot make the pass quadratic. */
function removeHtmlComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    out += text.slice(from, open);
    if (close < 0) return out;
    from = close + 3;
  }
  return out + text.slice(from);
}

function stripInlineMarkdown(line: string): string {
  return (
    line
      // Images go entirely; links keep their text. Bracketed text excludes "[" so each
      // attempt stops at the next bracket and long lines stay linear.
      .replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, "")
      .replace(/!\[[^[\]\n]*\]\[[^[\]\n]*\]/g, "")
      .replace(/\[([^[\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)/g, "$1")
      .replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, "$1")
      // Autolinks keep the address as text; other inline tags go.
      .replace(/<((?:https?|mailto|ftp):[^<>\s]*)>/gi, "$1")
      .replace(/<\/?[A-Za-z][^<>\n]*>/g, "")
      // Inline code keeps its content.
      .replace(/`+/g, "")
      // Emphasis markers at word edges ("**bold**", "_it_"); "snake_case" and "2 * 3" stay.
      .replace(/(^|[^\p{L}\p{N}*_\\])[*_]{1,3}(?=[^\s*_])/gu, "$1")
      .replace(/([^\s*_\\])[*_]{1,3}(?=$|[^\p{L}\p{N}*_])/gu, "$1")
      .replace(/~~(?=\S)|(?<=\S)~~/g, "")
      // Backslash escapes.
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
  );
}

/** Drops `<script>` and `<style>` elements with their content, found with indexOf (linear). */
function removeRawElements(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let from = 0;
  for (;;) {
    const script = lower.indexOf("<script", from);
    const style = lower.indexOf("<style", from);
    const open = script < 0 ? style : style < 0 ? script : Math.min(script, style);
    if (open < 0) break;
    const closeTag = open === script ? "</script" : "</style";
    const close = lower.indexOf(closeTag, open);
    out += text.slice(from, open);
    if (close < 0) return out;
    const gt = lower.indexOf(">", close);
    from = gt < 0 ? text.length : gt + 1;
  }
  return out + text.slice(from);
}

/** A heading's text: "## Title ##" gives "Title" (closing hashes dropped without a regex). */
function headingText(rest: string): string {
  const trimmed = rest.trimEnd();
  let e = trimmed.length;
  while (e > 0 && trimmed[e - 1] === "#") e--;
  if (e === trimmed.length || (e > 0 && trimmed[e - 1] !== " " && trimmed[e - 1] !== "\t"))
    return trimmed.trim();
  return trimmed.slice(0, e).trim();
}

/**
 * Markdown to plain text. Soft-wrapped lines of a paragraph are joined with a space, as
 * Markdown renders them, so a sentence is not cut by the file's line wrapping; headings,
 * list items, table rows and code lines stay lines of their own.
 */
function loadMarkdown(source: string): LoadedDocument {
  let body = source;
  let title: string | null = null;
  let published: string | null = null;
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  if (front !== null) {
    const block = front[1] ?? "";
    title = frontMatterValue(block, "title");
    const date = frontMatterValue(block, "date") ?? frontMatterValue(block, "published");
    published = date === null ? null : reduceMetadataDate(date);
    body = source.slice(front[0].length);
  }
  body = removeRawElements(removeHtmlComments(body));

  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(stripInlineMarkdown(paragraph.join(" ")));
    paragraph = [];
  };
  let inFence = false;
  for (const raw of body.split("\n")) {
    if (/^[ \t]{0,3}(?:```|~~~)/.test(raw)) {
      // Fence markers go; the code between them stays, line by line.
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    const line = raw.replace(/^[ \t]{0,3}(?:>[ \t]?)+/, "");
    if (line.trim() === "") {
      flush();
      out.push("");
      continue;
    }
    // Link reference definitions are not text.
    if (/^[ \t]{0,3}\[[^[\]\n]+\]:[ \t]*\S/.test(line)) continue;
    // Setext underlines end the heading above them; thematic breaks end a block.
    if (
      /^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(line) ||
      /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/.test(line)
    ) {
      flush();
      out.push("");
      continue;
    }
    const heading = /^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)/.exec(line);
    if (heading !== null) {
      flush();
      const text = stripInlineMarkdown(headingText(line.slice(heading[0].length)));
      if (title === null && heading[1] === "#" && text.trim() !== "") title = oneLine(text);
      out.push(text, "");
      continue;
    }
    if (/^[ \t]*\|/.test(line)) {
      // Table rows: one line each; the delimiter row goes.
      flush();
      if (!/^[ \t|:-]+$/.test(line)) out.push(stripInlineMarkdown(line.replaceAll("|", " ")));
      continue;
    }
    const item = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(line);
    if (item !== null) {
      flush();
      // Bullets go; numbers stay, they are part of the text.
      const marker = item[0].trim();
      paragraph.push(/^[-*+]/.test(marker) ? line.slice(item[0].length) : line.trim());
      continue;
    }
    const hardBreak = raw.endsWith("  ") || raw.endsWith("\\");
    paragraph.push(hardBreak ? line.trim().replace(/\\$/, "") : line.trim());
    if (hardBreak) flush();
  }
  flush();
  return { text: tidyLines(out.join("\n")), format: "markdown", title, published };
}
