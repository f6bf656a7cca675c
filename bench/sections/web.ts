import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { buildWebApp, launchChromium, startServer } from "../../test/web/browser.js";
import type { BenchContext, Result } from "../kit.js";
import { ratio } from "../kit.js";

/**
 * The web app in Debian's chromium on the bundled knowledge base: time to first render of
 * the actor page and of the network at a date (against the app shell with no data, loaded
 * the same way), and the time from a one-year slider move to the network redrawn in the
 * DOM (against one animation frame), on the bundled knowledge base and on 300 synthetic
 * nodes (the membership export answered by the bench; target: under 50 ms).
 */

const RUNS = 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const ms = (x: number) => Number(x.toFixed(1));

/** Wall time from navigation to a selector showing up, median of RUNS (assets cached after the first). */
async function firstRender(page: Page, url: string, selector: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto("about:blank");
    const start = performance.now();
    await page.goto(url);
    await page.locator(selector).first().waitFor();
    times.push(performance.now() - start);
  }
  return median(times);
}

const monthText = (index: number) =>
  `${1991 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** Median time of one-year slider moves, from input to the network redrawn (the app's own measure). */
async function redraw(page: Page, fromYear: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const month = (fromYear - 1991 + (i % 2 === 0 ? 1 : 0)) * 12;
    await page.locator("#network-date").fill(String(month));
    await page.locator(`svg[data-at="${monthText(month)}"]`).waitFor();
    const d = await page.evaluate(
      `(() => { const e = performance.getEntriesByName("heartland:network-redraw"); return e.length ? e[e.length - 1].duration : NaN; })()`,
    );
    times.push(Number(d));
  }
  return median(times);
}

/** 300 nodes: 280 states in 20 organizations, joining and leaving over the years (seeded). */
export function syntheticMemberships(states = 280, orgs = 20): string {
  let seed = 42;
  const next = () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  const lines: string[] = [];
  for (let s = 0; s < states; s++) {
    const state = `S${String(s).padStart(3, "0")}`;
    const count = 1 + Math.floor(next() * 3);
    for (let k = 0; k < count; k++) {
      const org = `O${String(Math.floor(next() * orgs)).padStart(2, "0")}`;
      const from = 1991 + Math.floor(next() * 25);
      const to = next() < 0.5 ? null : `${from + 1 + Math.floor(next() * 10)}`;
      lines.push(JSON.stringify({ state, org, status: "member", from: `${from}`, to, claims: `c${s}x${k}` }));
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function webBench(_ctx: BenchContext): Promise<Result[]> {
  const webRoot = buildWebApp();
  const server = await startServer(webRoot);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const shell = await firstRender(page, `${server.url}/`, "h1");
    const actor = await firstRender(page, `${server.url}/actors/UZB`, ".bar");
    const network = await firstRender(page, `${server.url}/network?at=2012-01`, "g.node");
    const frame = Number(
      await page.evaluate(
        `new Promise((done) => requestAnimationFrame((a) => requestAnimationFrame((b) => done(b - a))))`,
      ),
    );
    const nodes = await page.locator("g.node").count();
    const bundled = await redraw(page, 2011);

    await page.route("**/api/v1/exports/memberships*", (route) =>
      route.fulfill({ status: 200, contentType: "application/jsonl", body: syntheticMemberships() }),
    );
    await page.goto(`${server.url}/network?at=2000-01`);
    await page.locator("g.node").first().waitFor();
    const bigNodes = await page.locator("g.node").count();
    const big = await redraw(page, 2005);
    await context.close();

    return [
      {
        name: "web: actor page first render",
        value: ms(actor),
        unit: "ms",
        baseline: { name: "app shell, no data", value: ms(shell) },
        ratio: ratio(actor, shell),
        note: "/actors/UZB until its bars are drawn, chromium, median of 7, assets cached",
      },
      {
        name: "web: network first render",
        value: ms(network),
        unit: "ms",
        baseline: { name: "app shell, no data", value: ms(shell) },
        ratio: ratio(network, shell),
        note: `/network?at=2012-01 until its ${nodes} nodes are drawn (layout included)`,
      },
      {
        name: `web: network redraw, 1 year (${nodes} nodes)`,
        value: ms(bundled),
        unit: "ms",
        baseline: { name: "one animation frame", value: ms(frame) },
        ratio: ratio(bundled, frame),
        note: "slider input to the network redrawn in the DOM, median of 14 moves",
      },
      {
        name: `web: network redraw, 1 year (${bigNodes} nodes)`,
        value: ms(big),
        unit: "ms",
        baseline: { name: "one animation frame", value: ms(frame) },
        ratio: ratio(big, frame),
        note: "synthetic memberships (280 states, 20 organizations); target under 50 ms",
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
}
