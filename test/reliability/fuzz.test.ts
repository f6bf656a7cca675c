import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { Claim } from "../../src/domain/claim.js";
import { dayText, parsePartialDate } from "../../src/domain/partial-date.js";
import { ProblemError } from "../../src/domain/result.js";
import { parseClaimsJsonl } from "../../src/knowledge/claims-jsonl.js";
import { parseCuratedData } from "../../src/knowledge/curated-data.js";
import { loadDocument } from "../../src/reading/document-loader.js";

/**
 * Property and fuzz tests (issue 10, point 5): the date parser, the claim schema reader,
 * the JSON Lines reader and the document loader take any input without throwing anything
 * but a typed error (a Problem, or ProblemError), and without hanging: every input is
 * timed. Runs are seeded, so a failure prints the seed and path that replay it.
 */

const SEED = Number(process.env.HEARTLAND_FUZZ_SEED ?? 20261125);
/** Slowest a single input may be, generous for a loaded machine: linear readers take milliseconds. */
const MAX_MS = 2000;

/** Calls fn; fails on a throw that is not a ProblemError, or on a call slower than MAX_MS. */
function total<T>(fn: () => T): T | ProblemError {
  const started = performance.now();
  try {
    return fn();
  } catch (e) {
    if (e instanceof ProblemError) return e;
    throw e;
  } finally {
    const ms = performance.now() - started;
    assert.ok(ms < MAX_MS, `took ${ms.toFixed(0)} ms`);
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));
const run = (p: fc.IRawProperty<unknown[]>, numRuns = 300) => fc.assert(p, { seed: SEED, numRuns });

describe("parsePartialDate", () => {
  it("answers every string with a Result, never a throw", () => {
    run(
      fc.property(anyText, (s) => {
        const r = total(() => parsePartialDate(s));
        assert.ok(!(r instanceof ProblemError) && typeof r.ok === "boolean");
        if (!r.ok) assert.equal(r.error.code, "invalid_date");
      }),
      1000,
    );
  });

  it("accepts exactly the real days of YYYY-MM-DD, and each names its own first and last day", () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      );
    run(
      fc.property(dateLike, (s) => {
        const r = parsePartialDate(s);
        const [y, m, d] = s.split("-").map(Number) as [number, number, number];
        // A real day is one the calendar (JavaScript's own, proleptic Gregorian) gives back unchanged.
        const real = new Date(Date.UTC(2000, m - 1, d));
        real.setUTCFullYear(y);
        const isReal =
          y >= 1000 && m >= 1 && m <= 12 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        assert.equal(r.ok, isReal, s);
        if (r.ok) {
          assert.equal(r.value.first, r.value.last);
          assert.equal(dayText(r.value.first), s);
        }
      }),
      3000,
    );
  });

  it("makes a month or a year cover the days from its first to its last, in order", () => {
    run(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        const r = parsePartialDate(month);
        const year = parsePartialDate(String(y));
        assert.ok(r.ok && year.ok);
        assert.equal(dayText(r.value.first), `${month}-01`);
        assert.ok(r.value.last - r.value.first >= 27 && r.value.last - r.value.first <= 30);
        assert.ok(year.value.first <= r.value.first && r.value.last <= year.value.last);
      }),
    );
  });
});

describe("the claim schema reader", () => {
  it("answers any JSON value, and any object shaped almost like a claim, with success or issues", () => {
    const claimish = fc.record(
      {
        kind: fc.constantFrom("membership", "org", "rule", "base", "event", "agreement", "office", "x", ""),
        state: fc.oneof(fc.constantFrom("UZB", "RUS", "", "'; drop"), anyText),
        org: fc.oneof(fc.constantFrom("CSTO", "SCO"), anyText),
        change: fc.oneof(fc.constantFrom("join", "withdraw", "found"), anyText),
        date: fc.oneof(fc.constant(null), fc.constantFrom("2012", "2012-02-30", "2012-13"), anyText),
        span: fc.oneof(fc.tuple(fc.integer(), fc.integer()), fc.anything()),
      },
      { requiredKeys: [] },
    );
    run(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), claimish), (value) => {
        const r = total(() => Claim.safeParse(value));
        assert.ok(!(r instanceof ProblemError));
        if (!r.success) assert.ok(r.error.issues.length > 0);
      }),
      1000,
    );
  });

  it("reads any data file text (YAML or not) into data or named problems, never a throw", () => {
    const yamlish = fc
      .array(
        fc.oneof(
          anyText,
          fc.constantFrom(
            "claims:",
            "  - kind: membership",
            "    state: UZB",
            '    date: "2012-02-30"',
            "defaults: { cite: x }",
            "- [",
            "&a [*a, *a]",
            "!!binary AAAA",
            "? complex key",
          ),
        ),
        { maxLength: 12 },
      )
      .map((lines) => lines.join("\n"));
    const files = fc.array(
      fc.record({
        path: fc.constantFrom(
          "sources.yaml",
          "states.yaml",
          "organizations.yaml",
          "people.yaml",
          "claims/a.yaml",
        ),
        text: yamlish,
      }),
      { maxLength: 5 },
    );
    run(
      fc.property(files, (fs) => {
        const r = total(() => parseCuratedData(fs));
        assert.ok(!(r instanceof ProblemError));
        assert.ok(r.data !== undefined || r.problems.length > 0);
      }),
    );
  });
});

describe("the JSON Lines reader", () => {
  const good = '{"kind":"membership","state":"UZB","org":"CSTO","change":"join","date":"2006-08-16"}';

  it("reads any text into claims and problems, each problem naming a line that exists", () => {
    const lines = fc.array(
      fc.oneof(
        anyText,
        fc.constant(good),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.constantFrom("", "// comment", "{", "null", "[]", '{"kind":"membership"}', `${good} trailing`),
      ),
      { maxLength: 30 },
    );
    const separator = fc.constantFrom("\n", "\r\n", "\n\n");
    run(
      fc.property(lines, separator, (ls, sep) => {
        const text = ls.join(sep);
        const r = total(() => parseClaimsJsonl(text, "in.jsonl"));
        assert.ok(!(r instanceof ProblemError));
        const lineCount = text.split("\n").length;
        for (const p of r.problems) {
          assert.equal(p.code, "invalid_claim");
          const n = /^in\.jsonl:(\d+): /.exec(p.message)?.[1];
          if (n !== undefined) assert.ok(Number(n) >= 1 && Number(n) <= lineCount, p.message);
          else assert.match(p.message, /in\.jsonl holds no claims/);
        }
        assert.ok(r.claims.length + r.problems.length > 0);
      }),
      500,
    );
  });

  it("keeps every good line and names every bad one, whatever their order", () => {
    run(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (goodness) => {
        const text = goodness.map((g, i) => (g ? good : `{"broken": ${i}`)).join("\n");
        const r = parseClaimsJsonl(text, "f");
        assert.equal(r.claims.length, goodness.filter(Boolean).length);
        const bad = goodness.flatMap((g, i) => (g ? [] : [`f:${i + 1}: not JSON`]));
        assert.deepEqual(
          r.problems.map((p) => p.message),
          bad,
        );
      }),
    );
  });
});

describe("the document loader", () => {
  const markup = fc.array(
    fc.oneof(
      anyText,
      fc.constantFrom(
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<nav>",
        "</div>",
        "<pre>",
        "&amp;",
        "&#x110000;",
        "&#0;",
        "&bogus;",
        "<a href='javascript:x()'>",
        "<meta property='article:published_time' content='2012-02-30'>",
        "<title>",
        "[",
        "](",
        "![",
        "**",
        "_",
        "```",
        "---\n",
        "# ",
        "\r",
        "\u202e",
        "\u200b",
        "\ud800",
      ),
    ),
    { maxLength: 60 },
  );

  for (const format of ["html", "markdown", "text", undefined] as const) {
    it(`reads any ${format ?? "unlabelled"} input into text or a named problem, never markup, never a throw`, () => {
      run(
        fc.property(markup, (parts) => {
          const raw = parts.join("");
          const r = total(() => loadDocument(raw, format === undefined ? {} : { format }));
          assert.ok(!(r instanceof ProblemError));
          if (r.ok) {
            assert.equal(typeof r.value.text, "string");
            assert.ok(!r.value.text.includes("\r"), "line ends are LF");
            if (r.value.published !== null) assert.ok(parsePartialDate(r.value.published).ok);
          } else assert.equal(r.error.code, "invalid_argument");
        }),
        400,
      );
    });
  }

  it("stays linear on hostile shapes: deep nesting, stray closing tags, unclosed comments, bracket runs", () => {
    const n = 200_000;
    const shapes: [string, string, "html" | "markdown"][] = [
      ["deep nesting", `${"<div><b>".repeat(n / 8)}text`, "html"],
      ["stray closing tags", `<p>a</p>${"</b>".repeat(n / 4)}`, "html"],
      ["unclosed comment", `text <!--${"-".repeat(n)}`, "html"],
      ["unclosed script", `text <script>${"x".repeat(n)}`, "markdown"],
      ["bracket runs", `text ${"[".repeat(n / 2)}${"](".repeat(n / 4)}`, "markdown"],
      ["emphasis runs", `text ${"*_".repeat(n / 2)}`, "markdown"],
      ["unclosed comments in markdown", `text ${"<!--".repeat(n / 4)}`, "markdown"],
    ];
    for (const [name, raw, format] of shapes) {
      const started = performance.now();
      total(() => loadDocument(raw, { format }));
      const ms = performance.now() - started;
      assert.ok(ms < MAX_MS, `${name}: ${ms.toFixed(0)} ms`);
    }
  });
});
