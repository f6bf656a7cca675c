import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ProblemError, problem } from "../domain/result.js";
import type { DataFile } from "../knowledge/curated-data.js";

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
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        files.push({ path: relative(dir, full).split("\\").join("/"), text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(dir);
  return files;
}
