import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ProblemError, problem } from "../domain/result.js";
import type { DataFile } from "../knowledge/curated-data.js";

/** A data file larger than this is refused: the whole curated knowledge base is well under 1 MB. */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a file given by a person as strict UTF-8 text, refusing by name a missing file, a
 * directory, an empty file, a binary file, text that is not UTF-8 and a file over the size
 * limit (checked before a byte is read, so a huge file costs no memory).
 */
export function readTextFile(path: string): string {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new ProblemError(problem("io", `${path} does not exist`, { hint: "check the path" }));
  }
  if (st.isDirectory())
    throw new ProblemError(problem("io", `${path} is a directory, not a file`, { hint: "give a file" }));
  return readText(path, st.size);
}

/** Reads one file as strict UTF-8, refusing binary and oversized files by name. */
function readText(path: string, size: number): string {
  if (size > MAX_DATA_FILE_BYTES) {
    throw new ProblemError(
      problem(
        "io",
        `${path} is ${(size / 1024 / 1024).toFixed(0)} MB, over the 16 MB limit for an input file`,
        {
          hint: "split it into several files",
        },
      ),
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0) {
    throw new ProblemError(problem("io", `${path} is empty`, { hint: "give a file with something in it" }));
  }
  if (bytes.includes(0)) {
    throw new ProblemError(
      problem("io", `${path} is a binary file, not text`, { hint: "give a text file, or remove it" }),
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProblemError(problem("io", `${path} is not UTF-8 text`, { hint: "save it as UTF-8" }));
  }
}

/** Reads every YAML file of a data directory (see data/README.md), sorted by path. */
export function readDataDir(dir: string): DataFile[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(dir);
  } catch {
    throw new ProblemError(
      problem("io", `data directory ${dir} does not exist`, {
        hint: "give the path of a directory such as data/",
      }),
    );
  }
  if (!stat.isDirectory()) {
    throw new ProblemError(
      problem("io", `${dir} is not a directory`, { hint: "give the path of a directory such as data/" }),
    );
  }
  const files: DataFile[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        files.push({ path: relative(dir, full).split("\\").join("/"), text: readText(full, st.size) });
      }
    }
  };
  walk(dir);
  return files;
}
