import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectFormat, type LoadedDocument, loadDocument, reduceMetadataDate } from "./document-loader.js";

function loaded(raw: string, options: Parameters<typeof loadDocument>[1] = {}): LoadedDocument {
  const r = loadDocument(raw, options);
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value;
}

const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ministers meet in Tashkent &amp; agree on border talks</title>
  <meta property="og:title" content="Social title">
  <meta property="article:published_time" content="2012-06-21T09:30:00+05:00">
  <script>window.track = "<p>not text</p>";</script>
  <style>p { color: red; }</style>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <header><div class="logo">Daily Steppe</div></header>
  <article>
    <h1>Ministers meet in Tashkent</h1>
    <p>Defence   ministers from five states met in
       <b>Tashkent</b> on Thursday.<br>They agreed to hold talks&nbsp;in July.</p>
    <!-- advert slot -->
    <ul><li>Border security</li><li>Water sharing</li></ul>
    <blockquote>&ldquo;We are ready,&rdquo; the minister said &#8212; and left.</blockquote>
  </article>
  <aside>Related stories</aside>
  <form><input name="q"><button>Search</button></form>
  <footer>&copy; 2012 Daily Steppe</footer>
  <noscript>Enable JavaScript</noscript>
</body>
</html>`;

describe("detectFormat", () => {
  it("goes by the file extension first", () => {
    assert.equal(detectFormat("plain words", "news/story.HTML"), "html");
    assert.equal(detectFormat("plain words", "story.htm"), "html");
    assert.equal(detectFormat("<p>x</p><p>y</p><div>z</div>", "story.md"), "markdown");
    assert.equal(detectFormat("# Heading", "notes.markdown"), "markdown");
    assert.equal(detectFormat("<html><body><p>x</p></body></html>", "story.txt"), "text");
  });

  it("sniffs the content when the extension says nothing", () => {
    assert.equal(detectFormat(ARTICLE_HTML), "html");
    assert.equal(detectFormat("<div><p>One</p><p>Two</p></div>", "story"), "html");
    assert.equal(detectFormat("---\ntitle: A\n---\nBody text."), "markdown");
    assert.equal(detectFormat("# Talks resume\n\nEnvoys met on [Monday](http://example.org)."), "markdown");
    assert.equal(detectFormat("Envoys met on Monday. Talks resume in July."), "text");
    assert.equal(detectFormat("The ratio was 3 < 4 and 5 > 2, officials said."), "text");
  });
});

describe("loadDocument: plain text", () => {
  it("returns the text as is, without a byte order mark and with LF line ends", () => {
    const doc = loaded("\uFEFFFirst line.\r\nSecond line.\rThird.\n", { format: "text" });
    assert.deepEqual(doc, {
      text: "First line.\nSecond line.\nThird.\n",
      format: "text",
      title: null,
      published: null,
    });
  });

  it("keeps zero-width and direction marks, which are text", () => {
    const raw = "Talks in \u202bTehran\u202c went on\u200b.";
    assert.equal(loaded(raw).text, raw);
  });

  it("refuses empty and blank text with invalid_argument", () => {
    for (const raw of ["", "   ", "\uFEFF\n\r\n\t"]) {
      const r = loadDocument(raw, { fileName: "empty.txt" });
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.error.code, "invalid_argument");
        assert.equal(r.error.where, "empty.txt");
      }
    }
  });
});

describe("loadDocument: HTML", () => {
  const doc = loaded(ARTICLE_HTML);

  it("takes the title from <title> and decodes its entities", () => {
    assert.equal(doc.title, "Ministers meet in Tashkent & agree on border talks");
  });

  it("reduces the publication date to the day the publisher wrote", () => {
    assert.equal(doc.published, "2012-06-21");
  });

  it("keeps the article text as lines, one per block, with entities decoded", () => {
    assert.equal(
      doc.text,
      [
        "Ministers meet in Tashkent",
        "",
        "Defence ministers from five states met in Tashkent on Thursday.",
        "They agreed to hold talks in July.",
        "",
        "Border security",
        "Water sharing",
        "",
        "\u201cWe are ready,\u201d the minister said \u2014 and left.",
      ].join("\n"),
    );
  });

  it("drops scripts, styles, navigation, headers, footers, asides, forms and comments", () => {
    for (const gone of [
      "not text",
      "color",
      "Home",
      "Daily Steppe",
      "Related",
      "Search",
      "advert",
      "Enable",
    ]) {
      assert.ok(!doc.text.includes(gone), `${gone} should be gone`);
    }
  });

  it("falls back to og:title, and reads the date from other metadata", () => {
    const a = loaded(
      '<html><head><meta property="og:title" content="Drills end"><meta name="date" content="2011/10/5"></head><body><p>Text here.</p></body></html>',
    );
    assert.equal(a.title, "Drills end");
    assert.equal(a.published, "2011-10-05");
    const b = loaded(
      '<div><p>Posted <time datetime="2010-12-10T08:00Z">Friday</time>.</p><p>Body.</p></div>',
    );
    assert.equal(b.published, "2010-12-10");
    assert.equal(b.text, "Posted Friday.\n\nBody.");
    const c = loaded('<div itemprop="datePublished" content="2009-06">June 2009</div><p>Body</p><p>More</p>');
    assert.equal(c.published, "2009-06");
  });

  it("prefers article:published_time over other dates and ignores dates that are not dates", () => {
    const html =
      '<html><head><meta name="date" content="2010-01-01"><meta property="article:published_time" content="2012-13-45"><meta property="og:published_time" content="2012-06-21"></head><body><p>x</p></body></html>';
    assert.equal(loaded(html).published, "2012-06-21");
  });

  it("never keeps markup: script links, escaped tags and event handlers stay text or go", () => {
    const html =
      '<p><a href="javascript:alert(1)" onclick="steal()">Read more</a> &lt;script&gt;alert(2)&lt;/script&gt;</p><p><img src=x onerror=alert(3)>Caption</p><script>alert(4)</script><p>\u202eevil\u200b</p>';
    const doc = loaded(html, { format: "html" });
    assert.equal(doc.text, "Read more <script>alert(2)</script>\n\nCaption\n\n\u202eevil\u200b");
    assert.ok(!doc.text.includes("javascript"));
    assert.ok(!doc.text.includes("alert(4)"));
  });

  it("survives broken markup: unclosed tags, stray brackets, unterminated comments", () => {
    const doc = loaded("<div><p>One <b>two<p>Three < four > five<!-- never closed", { format: "html" });
    assert.ok(doc.text.startsWith("One two\n\nThree < four > five"));
  });

  it("is a Problem when nothing but markup is left", () => {
    const r = loadDocument(
      "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>",
    );
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, "invalid_argument");
  });

  it("handles long lines and deeply nested or hostile markup in linear time", () => {
    const words = "word ".repeat(300_000);
    const nested = `${"<div>".repeat(50_000)}deep${"</div>".repeat(50_000)}`;
    const brackets = "<".repeat(200_000);
    const comments = "<!--".repeat(100_000);
    const stray = `${"<div>".repeat(20_000)}${"</b>".repeat(200_000)}text`;
    const t0 = performance.now();
    assert.equal(loaded(`<p>${words}</p>`, { format: "html" }).text.length, words.trim().length);
    assert.equal(loaded(nested, { format: "html" }).text, "deep");
    loadDocument(brackets, { format: "html" });
    loadDocument(comments, { format: "html" });
    assert.equal(loaded(stray, { format: "html" }).text, "text");
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe("loadDocument: Markdown", () => {
  const md = [
    "---",
    'title: "Ministers meet in Tashkent"',
    "date: 2012-06-21",
    "tags: [security]",
    "---",
    "",
    "# Talks in *Tashkent*",
    "",
    "Defence ministers met on **Thursday** in [Tashkent](https://example.org/tashkent_(city) 'map')",
    "and agreed to hold _border talks_ in July.",
    "",
    "![A photo](photo.jpg)",
    "",
    "- Border security",
    "* Water sharing",
    "1. First item",
    "",
    "> The minister said `no`.",
    "",
    "```",
    "code stays as text",
    "```",
    "",
    "Read [more][1] about snake_case and 2 * 3.<br>",
    "",
    "[1]: https://example.org/more",
  ].join("\n");
  const doc = loaded(md, { fileName: "story.md" });

  it("reads title and date from the front matter", () => {
    assert.equal(doc.title, "Ministers meet in Tashkent");
    assert.equal(doc.published, "2012-06-21");
    assert.equal(doc.format, "markdown");
  });

  it("keeps the text and drops the syntax, joining a paragraph's wrapped lines", () => {
    assert.equal(
      doc.text,
      [
        "Talks in Tashkent",
        "",
        "Defence ministers met on Thursday in Tashkent and agreed to hold border talks in July.",
        "",
        "Border security",
        "Water sharing",
        "1. First item",
        "",
        "The minister said no.",
        "",
        "code stays as text",
        "",
        "Read more about snake_case and 2 * 3.",
      ].join("\n"),
    );
  });

  it("takes the first top-level heading as the title when there is no front matter", () => {
    const d = loaded("Intro line\n\n# Drills end near Almaty\n\nBody.", { format: "markdown" });
    assert.equal(d.title, "Drills end near Almaty");
    assert.equal(d.published, null);
  });

  it("drops inline scripts and comments", () => {
    const d = loaded("Text <!-- hidden --> here.\n\n<script>alert(1)</script>\nMore text.", {
      format: "markdown",
    });
    assert.equal(d.text, "Text here.\n\nMore text.");
  });

  it("stays linear on hostile long lines", () => {
    const t0 = performance.now();
    loaded(`${"[".repeat(200_000)}x`, { format: "markdown" });
    loaded(`# ${" ".repeat(200_000)}x`, { format: "markdown" });
    loaded(`${"*a ".repeat(100_000)}`, { format: "markdown" });
    loaded(`text${" ".repeat(200_000)}x\nmore`, { format: "markdown" });
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe("reduceMetadataDate", () => {
  it("keeps the date as written, up to the day", () => {
    assert.equal(reduceMetadataDate("2012-06-21T23:30:00-05:00"), "2012-06-21");
    assert.equal(reduceMetadataDate("2012-06"), "2012-06");
    assert.equal(reduceMetadataDate("2012"), "2012");
    assert.equal(reduceMetadataDate("20120621"), "2012-06-21");
    assert.equal(reduceMetadataDate(" 2012/6/1 "), "2012-06-01");
  });

  it("gives null for what is not a valid date", () => {
    assert.equal(reduceMetadataDate("June 21, 2012"), null);
    assert.equal(reduceMetadataDate("2012-02-30"), null);
    assert.equal(reduceMetadataDate(""), null);
  });
});
