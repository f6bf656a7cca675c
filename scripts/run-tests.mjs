#!/usr/bin/env node
// Runs every test with Node's own runner. Node 20 does not expand globs or find .ts tests
// by itself, so the files are listed here; a run that finds none fails instead of passing.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const roots = process.argv.length > 2 ? process.argv.slice(2) : ["src", "test"];

function testFiles(path) {
  if (statSync(path).isFile()) return path.endsWith(".test.ts") ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === "node_modules" ? [] : testFiles(join(path, name))));
}

const files = roots.flatMap(testFiles);
if (files.length === 0) {
  console.error(`run-tests: no *.test.ts files under ${roots.join(", ")}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC" },
});
process.exit(result.status ?? 1);
