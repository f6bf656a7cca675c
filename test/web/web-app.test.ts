import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { PACKAGE_ROOT } from "../../src/services/open-knowledge-base.js";
import {
  assertAccessible,
  assertNoConsoleErrors,
  buildWebApp,
  DESKTOP,
  januaryOf,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  startServer,
  type WatchedPage,
  type WebServer,
} from "./browser.js";

/**
 * The web app end to end: Vite's build served by the API's app on loopback, driven by
 * Debian's chromium. Each view is checked for what the issue names, for console errors,
 * and with axe-core at 1280×800 and at a phone's size; screenshots go to
 * test/output/screenshots/.
 */

const CORPUS = join(PACKAGE_ROOT, "..", "shared", "corpus");
const ARTICLE = "002_2ecfb0e947be8976";
const CSTO_COLOUR = "#d55e00";

describe("the web app in chromium", () => {
  let webRoot = "";
  let server: WebServer;
  let browser: Browser;

  before(async () => {
    webRoot = buildWebApp();
    server = await startServer(webRoot);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** Opens a path at a size, runs the checks, and fails on console errors. */
  async function visit(
    path: string,
    size: { width: number; height: number },
    check: (page: Page, watched: WatchedPage) => Promise<void>,
  ): Promise<void> {
    const watched = await openPage(browser, size);
    try {
      await watched.page.goto(`${server.url}${path}`);
      await check(watched.page, watched);
      assertNoConsoleErrors(watched);
    } finally {
      await watched.close();
    }
  }

  const post = async (path: string, payload: unknown) => {
    const r = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify(payload),
    });
    const body = await r.text();
    assert.ok(r.status < 300, `${path}: ${r.status} ${body}`);
    return JSON.parse(body) as unknown;
  };

  it("is served at / and on client routes with no inline script, while /api/* stays the API's", async () => {
    const page = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<div id="app">/);
    // Scripts only from files (a CSP forbidding inline script lets the app run).
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\/assets\//);
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i);

    const client = await fetch(`${server.url}/actors/UZB`, { headers: { accept: "text/html" } });
    assert.equal(client.status, 200);
    // The pages run under a policy that forbids inline script (and the views log no violation of it).
    for (const r of [page, client]) {
      const csp = r.headers.get("content-security-policy") ?? "";
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    }
    assert.equal(await client.text(), html);

    const json = await fetch(`${server.url}/`);
    assert.equal(((await json.json()) as { api: string }).api, "/api/v1");
    const unknownApi = await fetch(`${server.url}/api/v1/nothing-here`, { headers: { accept: "text/html" } });
    assert.equal(unknownApi.status, 404);
    assert.match(String(unknownApi.headers.get("content-type")), /^application\/problem\+json/);
    const missingAsset = await fetch(`${server.url}/assets/missing.js`);
    assert.equal(missingAsset.status, 404);
  });

  it("shows Uzbekistan's 2012 CSTO suspension on its page, and each item's sources", async () => {
    for (const [size, name] of [
      [DESKTOP, "desktop"],
      [PHONE, "phone"],
    ] as const) {
      await visit("/actors/UZB", size, async (page) => {
        await page.getByRole("heading", { name: /Uzbekistan/ }).waitFor();
        const suspension = page.locator('.bar[data-org="CSTO"][data-status="suspended"]');
        assert.equal(await suspension.getAttribute("data-from"), "2012-06-28");
        const row = page.locator("tr", { hasText: "suspends its membership of Collective Security Treaty" });
        assert.equal((await row.locator("td.date").textContent())?.trim(), "2012-06-28");
        // From the keyboard: focus the bar, Enter opens its sources.
        await suspension.focus();
        await page.keyboard.press("Enter");
        const selection = page.locator(".selection");
        await selection.waitFor();
        assert.match((await selection.textContent()) ?? "", /Uzbekistan and the CSTO: A Tumultuous Ride/);
        await assertAccessible(page, `actor page (${name})`);
        await screenshot(page, `actor-uzb-${name}`);
      });
    }
  });

  it("moves Uzbekistan out of the CSTO's colour on the map when the slider goes from 2011 to 2013", async () => {
    for (const [size, name] of [
      [DESKTOP, "desktop"],
      [PHONE, "phone"],
    ] as const) {
      await visit("/map?at=2011-01", size, async (page) => {
        const uzb = page.locator('path[data-id="UZB"]');
        await page.locator('path[data-id="UZB"][data-bloc="CSTO"]').waitFor();
        assert.equal(await uzb.getAttribute("fill"), CSTO_COLOUR);
        assert.equal(await page.locator('path[data-id="RUS"]').getAttribute("data-bloc"), "CSTO");
        await screenshot(page, `map-2011-${name}`);

        await page.locator("#map-date").fill(String(januaryOf(2013)));
        await page.locator('svg[data-at="2013-01"]').waitFor();
        // Suspended in the CSTO since 2012-06-28, still in the SCO.
        assert.equal(await uzb.getAttribute("data-bloc"), "SCO");
        assert.notEqual(await uzb.getAttribute("fill"), CSTO_COLOUR);
        assert.equal(await page.locator('path[data-id="RUS"]').getAttribute("data-bloc"), "CSTO");
        assert.match(page.url(), /[?&]at=2013-01/);
        await assertAccessible(page, `map (${name})`);
        await screenshot(page, `map-2013-${name}`);
      });
    }
  });

  it("moves Uzbekistan out of the CSTO's colour in the network, and shows the claims behind a tie", async () => {
    for (const [size, name] of [
      [DESKTOP, "desktop"],
      [PHONE, "phone"],
    ] as const) {
      await visit("/network?at=2011-01", size, async (page) => {
        const uzb = page.locator('g.node[data-id="UZB"]');
        await page.locator('g.node[data-id="UZB"][data-bloc="CSTO"]').waitFor();
        const tie = page.locator('g.tie[data-state="UZB"][data-org="CSTO"]');
        assert.match((await tie.getAttribute("class")) ?? "", /status-member/);

        await page.locator("#network-date").fill(String(januaryOf(2013)));
        await page.locator('svg[data-at="2013-01"]').waitFor();
        assert.equal(await uzb.getAttribute("data-bloc"), "SCO");
        assert.notEqual(await uzb.locator("circle").getAttribute("fill"), CSTO_COLOUR);
        assert.match((await tie.getAttribute("class")) ?? "", /status-suspended/);

        await tie.focus();
        await page.keyboard.press("Enter");
        const claims = page.locator(".tie-claims");
        await claims.locator("li[data-claim]").first().waitFor();
        assert.match((await claims.textContent()) ?? "", /UZB suspended of CSTO/);
        assert.match((await claims.textContent()) ?? "", /2012-06-28 UZB suspend CSTO/);
        await assertAccessible(page, `network (${name})`);
        await screenshot(page, `network-2013-${name}`);
      });
    }
  });

  it("reaches the slider and the ties from the keyboard", async () => {
    await visit("/network?at=2012-01", DESKTOP, async (page) => {
      await page.locator("g.tie").first().waitFor();
      const reached = new Set<string>();
      for (let i = 0; i < 40 && reached.size < 2; i++) {
        await page.keyboard.press("Tab");
        const what = await page.evaluate(
          "(() => { const e = document.activeElement; return e ? (e.id === 'network-date' ? 'slider' : e.classList.contains('tie') ? 'tie' : '') : ''; })()",
        );
        if (what) reached.add(String(what));
      }
      assert.deepEqual([...reached].sort(), ["slider", "tie"]);
      await page.keyboard.press("Enter");
      await page.locator(".tie-claims").waitFor();
    });
  });

  it("opens the source of the suspension with its span highlighted", async (t) => {
    const file = join(CORPUS, `${ARTICLE}.txt`);
    if (!existsSync(file)) {
      t.diagnostic(`${file} is missing: the article is read from ../shared/corpus`);
      assert.fail(`${file} is missing`);
    }
    const text = readFileSync(file, "utf8");
    await post("/api/v1/ingest", { text, name: `${ARTICLE}.txt`, published: "2013-01" });
    const doc = (await (await fetch(`${server.url}/api/v1/documents/${ARTICLE}`)).json()) as {
      text: string;
    };

    for (const [size, name] of [
      [DESKTOP, "desktop"],
      [PHONE, "phone"],
    ] as const) {
      await visit("/actors/UZB", size, async (page) => {
        const row = page.locator("tr", { hasText: "suspends its membership of Collective Security Treaty" });
        await row.locator("summary").click();
        const link = row.locator(`a[href^="/documents/${ARTICLE}"]`).first();
        const label = (await link.textContent()) ?? "";
        const m = /characters (\d+)–(\d+)/.exec(label);
        assert.ok(m, label);
        await link.click();
        const current = page.locator(".hl.current");
        await current.first().waitFor();
        const shown = (await current.allTextContents()).join("");
        assert.equal(shown, doc.text.slice(Number(m[1]), Number(m[2])));
        assert.ok(await current.first().isVisible(), "the span is scrolled into view");
        // A highlight opens its claim; a claim in the list scrolls to its highlight.
        await page.locator(".hl").first().click();
        await page.locator(".span-detail").waitFor();
        await assertAccessible(page, `source viewer (${name})`);
        await screenshot(page, `document-${name}`);
      });
    }
  });

  it("accepts a candidate in the review queue from the keyboard and shows it in the timeline", async () => {
    // A note written for this test (not a real event): the reader finds one membership in it.
    const note =
      "Mongolia joined the Collective Security Treaty Organization on 14 March 2014, officials said.\n";
    await post("/api/v1/ingest", { text: note, name: "review-note.txt", published: "2014-03-20" });

    for (const [size, name] of [
      [PHONE, "phone"],
      [DESKTOP, "desktop"],
    ] as const) {
      await visit("/review", size, async (page) => {
        await page.locator("#review-token").fill(server.token);
        const candidate = page.locator('[role="option"]', { hasText: "Mongolia" });
        await page.locator('[role="option"]').first().waitFor();
        if (name === "phone") {
          // Only look on the phone; accept on the desktop.
          assert.equal(await candidate.count(), 1);
          await assertAccessible(page, `review queue (${name})`);
          await screenshot(page, `review-${name}`);
          return;
        }
        await candidate.click();
        await page.locator(".candidate-detail .passage mark").waitFor();
        assert.match((await page.locator(".candidate-detail").textContent()) ?? "", /Mongolia joined/);
        await assertAccessible(page, `review queue (${name})`);
        await screenshot(page, `review-${name}`);
        await page.locator(".candidates").focus();
        await page.keyboard.press("a");
        const status = page.getByRole("status");
        await status.getByRole("link").waitFor();
        assert.match((await status.textContent()) ?? "", /^Accepted: Mongolia joins/);
        await status.getByRole("link").click();
        const row = page.locator("tr", { hasText: "Mongolia joins Collective Security Treaty Organization" });
        await row.waitFor();
        assert.equal((await row.locator("td.date").textContent())?.trim(), "2014-03-14");
        assert.equal(
          await page.locator('.bar[data-org="CSTO"][data-state="MNG"]').getAttribute("data-from"),
          "2014-03-14",
        );
        await screenshot(page, "review-accepted-timeline-desktop");
      });
    }
  });

  it("answers obligations and simulate as forms, and charts the alignment of two states", async () => {
    await visit("/questions", DESKTOP, async (page) => {
      await page.locator("#ob-at").fill("2013-01-01");
      await page.locator("#ob-state").fill("UZB");
      await page.getByRole("button", { name: "Ask" }).first().click();
      const obligations = page.locator('section[aria-labelledby="q-obligations"] .answer');
      await obligations.waitFor();
      // After the suspension only the 2005 bilateral treaty binds: Russia and Uzbekistan, both ways.
      const text = (await obligations.textContent()) ?? "";
      assert.match(text, /RUS must defend UZB, through Treaty on Allied Relations/);
      assert.match(text, /UZB must defend RUS/);
      assert.doesNotMatch(text, /ARM must defend/);

      await page.locator("#si-org").fill("CSTO");
      await page.locator("#si-at").fill("2011-08-15");
      await page.locator("#si-rule").selectOption("unanimity");
      await page.locator('section[aria-labelledby="q-simulate"] button[type="submit"]').click();
      const simulate = page.locator('section[aria-labelledby="q-simulate"] .answer');
      await simulate.waitFor();
      assert.match((await simulate.textContent()) ?? "", /fails: UZB blocks it/);

      await page.locator("#al-a").fill("UZB");
      await page.locator("#al-b").fill("RUS");
      await page.locator("#al-from").fill("1995");
      await page.locator("#al-to").fill("2014");
      await page.getByRole("button", { name: "Chart" }).click();
      const chart = page.locator(".align-chart");
      await chart.waitFor();
      // One row a year, 1995 through 2014; the S-score is drawn as a line.
      assert.equal(await chart.locator("tbody tr").count(), 20);
      assert.equal((await chart.locator("tbody tr th").first().textContent())?.trim(), "1995");
      assert.match(
        (await chart.locator('path[data-series="s"]').getAttribute("d")) ?? "",
        /^M[\d.]+,[\d.]+L/,
      );
      await assertAccessible(page, "questions");
      await screenshot(page, "questions-desktop");
    });
  });
});
