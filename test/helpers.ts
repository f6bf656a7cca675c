import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/main.js";

/** A fixed clock: tests never read the current time. */
export const FIXED_NOW = new Date("2026-11-25T12:00:00.000Z");

export const FIXTURE_KB = join(import.meta.dirname, "fixtures", "kb");

/** A scratch directory removed after the test. */
export function scratchDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "heartland-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  json<T = unknown>(): T;
}

/** Runs the CLI in-process with captured streams, a fixed clock and no colour. */
export async function cli(
  args: readonly string[],
  options: { now?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    output: {
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      color: false,
    },
    now: () => options.now ?? FIXED_NOW,
    env: options.env ?? {},
  });
  return {
    code,
    stdout,
    stderr,
    json<T>() {
      return JSON.parse(stdout) as T;
    },
  };
}
