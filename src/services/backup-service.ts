import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ProblemError, problem } from "../domain/result.js";
import { backupSqliteFile } from "../store/sqlite/sqlite-store.js";

/**
 * `heartland backup FILE`: a consistent copy of a live SQLite knowledge base. The copy is
 * made beside the target under a temporary name, checked (`PRAGMA integrity_check`),
 * then renamed into place: FILE is either the whole backup or not there at all.
 */

export interface BackupReport {
  readonly source: string;
  readonly target: string;
  readonly bytes: number;
  readonly pages: number;
  /** Claim versions in the copy (held and retracted). */
  readonly claims: number;
  readonly integrity: "ok";
}

export async function backupDatabase(input: {
  source: string;
  target: string;
  force: boolean;
}): Promise<BackupReport> {
  const source = resolve(input.source);
  const target = resolve(input.target);
  if (!existsSync(source) || statSync(source).isDirectory()) {
    throw new ProblemError(
      problem("not_found", `there is no database at ${source}`, {
        hint: "give --db the SQLite file to back up",
      }),
    );
  }
  if (target === source) {
    throw new ProblemError(
      problem("invalid_argument", `${input.target} is the database itself`, {
        hint: "give the backup another path",
      }),
    );
  }
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) {
      throw new ProblemError(
        problem("invalid_argument", `${input.target} is a directory`, {
          hint: `give a file path, e.g. ${join(input.target, "heartland-backup.sqlite")}`,
        }),
      );
    }
    if (!input.force) {
      throw new ProblemError(
        problem("conflict", `${input.target} exists already`, {
          hint: "give another path, or --force to replace it",
        }),
      );
    }
  }
  if (!existsSync(dirname(target))) {
    throw new ProblemError(
      problem("io", `the folder of ${input.target} does not exist`, { hint: "create it first" }),
    );
  }
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  try {
    const { pages, integrity, claims } = await backupSqliteFile(source, tmp);
    if (integrity !== "ok") {
      throw new ProblemError(
        problem("io", `the copy of ${source} failed its integrity check: ${integrity}`, {
          hint: "run `PRAGMA integrity_check` on the source database; nothing was written",
        }),
      );
    }
    renameSync(tmp, target);
    return { source, target, bytes: statSync(target).size, pages, claims, integrity: "ok" };
  } catch (cause) {
    rmSync(tmp, { force: true });
    if (cause instanceof ProblemError) throw cause;
    throw new ProblemError(
      problem("io", `cannot back up ${source} to ${input.target}: ${(cause as Error).message}`, {
        hint: "is the source a Heartland database, and the target's folder writable?",
      }),
      { cause },
    );
  }
}
