import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ProblemError, problem } from "../domain/result.js";
import { openPostgresStore, redactUrl } from "../store/postgres/postgres-store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { readDataDir } from "./data-files.js";
import { hashDataFiles, KnowledgeService, type LoadReport, loadCuratedData } from "./knowledge-service.js";

/** The package's root: src/services and dist/services both sit two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The curated knowledge base that ships with Heartland. */
export const BUNDLED_DATA = join(PACKAGE_ROOT, "data");
/** Where the bundled knowledge base is built on first use. */
export const DEFAULT_DB = join(PACKAGE_ROOT, "var", "heartland.sqlite");

export interface OpenOptions {
  /** SQLite file; the bundled knowledge base's own file when absent. */
  readonly db?: string | undefined;
  /** PostgreSQL URL (postgres://...); when given, it is used instead of any SQLite file. */
  readonly databaseUrl?: string | undefined;
  readonly now: Date;
  /** Load the bundled data into a database that has none (and refresh the default one when data/ changed). */
  readonly autoLoad?: boolean;
  readonly onLoad?: (report: LoadReport) => void;
}

export interface OpenedKnowledgeBase {
  readonly store: Store;
  readonly service: KnowledgeService;
  readonly dbPath: string;
}

/**
 * Opens the knowledge base an invocation names: `--db`, `HEARTLAND_DB`, or the bundled one.
 * A database that has never been loaded gets the bundled data first, so a new user's
 * first question already has answers; the default database follows data/ as it changes.
 */
export async function openKnowledgeBase(options: OpenOptions): Promise<OpenedKnowledgeBase> {
  const { store, dbPath } = await openStore(options);
  try {
    if (options.autoLoad !== false) {
      const loadedHash = await store.meta("data_hash");
      const follows = dbPath === DEFAULT_DB && (await store.meta("data_dir")) === BUNDLED_DATA;
      if (loadedHash === undefined || follows) {
        const files = readDataDir(BUNDLED_DATA);
        if (loadedHash !== hashDataFiles(files)) {
          const report = await loadCuratedData(store, BUNDLED_DATA, files, options.now);
          options.onLoad?.(report);
        }
      }
    }
    return { store, service: await KnowledgeService.open(store), dbPath };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/**
 * The store an invocation names: PostgreSQL when a database URL is given (`dbPath` is then
 * the URL with its password hidden), else the SQLite file.
 */
async function openStore(options: OpenOptions): Promise<{ store: Store; dbPath: string }> {
  if (options.databaseUrl) {
    return { store: await openPostgresStore(options.databaseUrl), dbPath: redactUrl(options.databaseUrl) };
  }
  const dbPath = resolve(options.db ?? DEFAULT_DB);
  if (existsSync(dbPath) && !dbPath.endsWith(":memory:")) {
    if (statSync(dbPath).isDirectory()) {
      throw new ProblemError(
        problem("io", `${dbPath} is a directory, not a database file`, {
          hint: "give --db the path of a file",
        }),
      );
    }
  }
  return { store: await openSqliteStore(dbPath), dbPath };
}
