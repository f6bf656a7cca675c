import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { buildApp, type HeartlandApp } from "../../src/api/app.js";
import { readDataDir } from "../../src/services/data-files.js";
import { KnowledgeService, loadCuratedData } from "../../src/services/knowledge-service.js";
import { BUNDLED_DATA, PACKAGE_ROOT } from "../../src/services/open-knowledge-base.js";
import { TokenService } from "../../src/services/token-service.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { FIXED_NOW } from "../helpers.js";

/**
 * What the browser tests share: the web app built by Vite into a scratch directory (so a
 * test never serves a stale or half-written web/dist), `heartland serve`'s app on the
 * bundled knowledge base on a loopback port, Debian's chromium driven by playwright-core,
 * pages that fail on any console error, and axe-core.
 */

export const SCREENSHOTS = join(PACKAGE_ROOT, "test", "output", "screenshots");

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface WebServer {
  readonly url: string;
  readonly token: string;
  readonly store: Store;
  readonly app: HeartlandApp;
  close(): Promise<void>;
}

/** Builds the web app into a scratch directory; returns it. */
export function buildWebApp(): string {
  const out = mkdtempSync(join(tmpdir(), "heartland-web-"));
  const vite = join(PACKAGE_ROOT, "node_modules", "vite", "bin", "vite.js");
  execFileSync(
    process.execPath,
    [
      vite,
      "build",
      "--config",
      join(PACKAGE_ROOT, "web", "vite.config.ts"),
      "--outDir",
      out,
      "--emptyOutDir",
    ],
    { cwd: PACKAGE_ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  return out;
}

/** The API and the web app on a fresh copy of the bundled knowledge base, listening on loopback. */
export async function startServer(webRoot: string): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), "heartland-web-kb-"));
  const store = await openSqliteStore(join(dir, "kb.sqlite"));
  await loadCuratedData(store, BUNDLED_DATA, readDataDir(BUNDLED_DATA), FIXED_NOW);
  const service = await KnowledgeService.open(store);
  const { token } = await new TokenService(store).create("reviewer", FIXED_NOW);
  const app = buildApp({ kb: { store, service }, now: () => FIXED_NOW, webRoot });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    token,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A page at a viewport size that records every console error and uncaught exception. */
export async function openPage(
  browser: Browser,
  size: { width: number; height: number },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  return { page, errors, close: () => context.close() };
}

export function assertNoConsoleErrors(watched: WatchedPage): void {
  assert.deepEqual(watched.errors, [], "the page logged errors");
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy does not stop it.
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export async function assertAccessible(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  assert.deepEqual(found, [], `${what}: axe-core found serious violations`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The slider position (months from January 1991) of a year's January. */
export const januaryOf = (year: number) => (year - 1991) * 12;
