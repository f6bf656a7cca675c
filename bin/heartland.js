#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm install builds it through `prepare`).
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/run.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("heartland: the CLI is not built; run `npm run build` in the Heartland directory\n");
  process.exit(1);
}
await import(main.href);
