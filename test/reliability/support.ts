import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";

/**
 * What the reliability suite shares: a fingerprint of a SQLite knowledge base (to show
 * that a refused input wrote nothing), the bad inputs every command is tried with, and
 * the CLI bundled into one file so that child processes start fast enough to be killed
 * many times a minute.
 */

export const REPO_ROOT = join(import.meta.dirname, "..", "..");

export interface DbFingerprint {
  readonly integrity: string;
  /** Row count per table. */
  readonly counts: Readonly<Record<string, number>>;
  /** SHA-256 over every row of every table, in rowid order. */
  readonly hash: string;
}

/**
 * Every table of the database, row by row: two fingerprints are equal only when not a
 * single row differs. Opens its own connection (which also recovers a WAL left by a
 * killed writer) and closes it.
 */
export function fingerprint(path: string): DbFingerprint {
  const db = new SqliteDatabase(path, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const h = createHash("sha256");
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all();
      counts[t] = rows.length;
      h.update(t).update("\0").update(JSON.stringify(rows)).update("\0");
    }
    return { integrity, counts, hash: h.digest("hex") };
  } finally {
    db.close();
  }
}

/** A file's bytes as a SHA-256, or null when there is no file. */
export function fileHash(path: string): string | null {
  if (!existsSync(path)) return null;
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const require = createRequire(import.meta.url);

/** Bad files every command that reads one is tried with. */
export interface BadFiles {
  readonly missing: string;
  readonly directory: string;
  readonly binary: string;
  readonly latin1: string;
  readonly empty: string;
  /** 200 MB, sparse: made in a moment and taking no disk. */
  readonly huge: string;
}

export const HUGE_BYTES = 200 * 1024 * 1024;

export function makeBadFiles(dir: string, ext = "txt"): BadFiles {
  const files = {
    missing: join(dir, `missing.${ext}`),
    directory: join(dir, `a-directory.${ext}`),
    binary: join(dir, `binary.${ext}`),
    latin1: join(dir, `latin1.${ext}`),
    empty: join(dir, `empty.${ext}`),
    huge: join(dir, `huge.${ext}`),
  };
  mkdirSync(files.directory, { recursive: true });
  // A PNG signature and NUL bytes: what a misplaced image looks like.
  writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  // "Tashkent café" in ISO-8859-1: é is the lone byte 0xE9, which is not UTF-8.
  writeFileSync(
    files.latin1,
    Buffer.concat([Buffer.from("Tashkent caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
  );
  writeFileSync(files.empty, "");
  closeSync(openSync(files.huge, "w"));
  truncateSync(files.huge, HUGE_BYTES);
  return files;
}

/** The message each bad file must be refused with (the file named, the problem said). */
export function badFileMessage(kind: keyof BadFiles, path: string): RegExp {
  const p = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  switch (kind) {
    case "missing":
      return new RegExp(`${p} does not exist`);
    case "directory":
      return new RegExp(`${p} is a directory`);
    case "binary":
      return new RegExp(`${p} is a binary file`);
    case "latin1":
      return new RegExp(`${p} is not UTF-8`);
    case "empty":
      return new RegExp(`${p} is empty`);
    case "huge":
      return new RegExp(`${p} is 200 MB, over the 16 MB limit`);
  }
}

interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<unknown>;
}

/**
 * The CLI (src/cli/run.ts) bundled into one ES module, so that a child process starts in
 * a fraction of the time `node --import tsx` takes (every module through tsx's loader).
 * The bundle is written inside node_modules/.cache so that its imports of packages
 * resolve to the project's node_modules. esbuild comes with tsx, which the tests run on.
 */
export async function bundleCli(t: { after: (fn: () => void) => void }): Promise<string> {
  const fromTsx = createRequire(require.resolve("tsx/package.json"));
  const esbuild = fromTsx("esbuild") as EsbuildApi;
  const dir = join(REPO_ROOT, "node_modules", ".cache", "heartland-reliability");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `cli-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(REPO_ROOT, "src", "cli", "run.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "error",
  });
  t.after(() => rmSync(outfile, { force: true }));
  return outfile;
}
