#!/usr/bin/env node
// `npm start`: builds Heartland if needed, builds the bundled knowledge base (data/) into
// var/heartland.sqlite, and shows it answering. Safe to run again: nothing is rebuilt
// that is up to date.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(new URL("../dist/cli/run.js", import.meta.url))) {
  console.error("heartland: building (tsc)...");
  run("npm", ["run", "--silent", "build"]);
}
console.error("heartland: loading the bundled knowledge base (data/)...");
run(process.execPath, ["bin/heartland.js", "load", "data"]);
console.log("\nHeartland is ready. Who was in the CSTO on 1 July 2012?\n");
run(process.execPath, ["bin/heartland.js", "members", "CSTO", "--at", "2012-07-01"]);
console.log(`
Try next (from this directory; \`npm link\` puts \`heartland\` on your PATH):
  node bin/heartland.js timeline Uzbekistan
  node bin/heartland.js conflicts
  node bin/heartland.js members SCO --at 2005-07-05 --json
  node bin/heartland.js --help
`);
