#!/usr/bin/env node
// `npm start`: builds Heartland if needed, builds the bundled knowledge base (data/) into
// var/heartland.sqlite, shows it answering, then serves the HTTP API (on port 8080, or
// $PORT) until Ctrl-C. Safe to run again: nothing is rebuilt that is up to date.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** The newest modification time of the TypeScript sources under a directory. */
const newestSource = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory()
        ? newestSource(join(dir, e.name))
        : e.name.endsWith(".ts")
          ? statSync(join(dir, e.name)).mtimeMs
          : 0,
    ),
  );
const built = new URL("../dist/cli/run.js", import.meta.url);
if (!existsSync(built) || newestSource(join(root, "src")) > statSync(built).mtimeMs) {
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

// Last, the HTTP API: `heartland serve` prints its URL; Ctrl-C stops it (and this script).
const port = process.env.PORT ?? "8080";
console.log(`Serving the HTTP API (GET /api/v1/members?org=CSTO&at=2012-07-01, reference at /api/docs):`);
const server = spawn(process.execPath, ["bin/heartland.js", "serve", "--port", port], {
  cwd: root,
  stdio: "inherit",
});
// The terminal's Ctrl-C reaches the server itself (same process group): wait for it to close
// cleanly, then leave with its status. A SIGTERM sent to this script alone is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
