import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignmentChartSvg } from "./alignment-chart.js";

describe("alignmentChartSvg", () => {
  const svg = alignmentChartSvg({
    title: "A & B <test>",
    years: [
      { year: 2000, s: 1, tau_b: 0.5, kappa: null },
      { year: 2001, s: 0, tau_b: null, kappa: null },
      { year: 2002, s: -1, tau_b: 0.5, kappa: null },
    ],
    markers: [
      { year: 2001, label: "B leaves the pact" },
      { year: 2001, label: "C joins the pact" },
      { year: 1990, label: "out of range" },
    ],
  });

  it("places values on a -1..1 scale over the years: plot 552 wide from x 48, 284 high from y 36", () => {
    // x(2000) = 48, x(2001) = 48 + 276 = 324, x(2002) = 600; y(1) = 36, y(0) = 178, y(-1) = 320.
    assert.match(svg, /data-measure="s"[^>]*>\n<polyline points="48,36 324,178 600,320"/);
    // tau-b is undefined in 2001: the line breaks into two runs of one point each.
    const tau = svg.slice(svg.indexOf('data-measure="tau_b"'), svg.indexOf('data-measure="kappa"'));
    assert.deepEqual(
      [...tau.matchAll(/points="([^"]+)"/g)].map((m) => m[1]),
      ["48,107", "600,107"],
    );
    // kappa is never defined: no line, no dots.
    const kappa = svg.slice(svg.indexOf('data-measure="kappa"'));
    assert.doesNotMatch(kappa.slice(0, kappa.indexOf("</g>")), /polyline|circle/);
  });

  it("marks each year of change once, with every change in its title, and escapes text", () => {
    assert.deepEqual(
      [...svg.matchAll(/class="change" data-year="(\d+)"/g)].map((m) => m[1]),
      ["2001"],
    );
    assert.match(svg, /<title>2001: B leaves the pact; C joins the pact<\/title>/);
    assert.match(svg, /<title id="chart-title">A &#38; B &#60;test&#62;<\/title>/);
  });

  it("is the same text for the same input (no clock, no random ids)", () => {
    assert.equal(
      svg,
      alignmentChartSvg({
        title: "A & B <test>",
        years: [
          { year: 2000, s: 1, tau_b: 0.5, kappa: null },
          { year: 2001, s: 0, tau_b: null, kappa: null },
          { year: 2002, s: -1, tau_b: 0.5, kappa: null },
        ],
        markers: [
          { year: 2001, label: "B leaves the pact" },
          { year: 2001, label: "C joins the pact" },
        ],
      }),
    );
  });
});
