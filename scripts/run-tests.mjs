#!/usr/bin/env node
// Runs every test with Node's own runner. Node 20 does not expand globs or find .ts tests
// by itself, so the files are listed here; a run that finds none fails instead of passing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
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
// Spec output for people on stdout; TAP into a file, from which the closing count is read.
const tapDir = mkdtempSync(join(tmpdir(), "heartland-tap-"));
const tap = join(tapDir, "tests.tap");
const result = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, TZ: "UTC" } },
);
const summary = readFileSync(tap, "utf8");
rmSync(tapDir, { recursive: true, force: true });
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(summary)?.[1] ?? 0);
const [passed, failed] = [count("pass"), count("fail") + count("cancelled")];
if (passed + failed === 0) {
  console.error("run-tests: no test was executed");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${count("skipped") ? `, ${count("skipped")} skipped` : ""}`);
process.exit(result.status ?? 1);
