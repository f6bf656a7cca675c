import assert from "node:assert/strict";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../src/cli/main.js";
import { cli, FIXED_NOW, FIXTURE_KB, scratchDir } from "./helpers.js";

/** `heartland serve` over a real socket, on loopback only, on a port the system picks. */

async function loadedDb(t: Parameters<typeof scratchDir>[0]): Promise<string> {
  const db = join(scratchDir(t), "kb.sqlite");
  const r = await cli(["--db", db, "load", FIXTURE_KB, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return db;
}

/** Starts `heartland serve` in process; resolves with its URL once it listens. */
function serve(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    listening = resolve;
  });
  const exit = runCli([...args, "serve", "--port", "0"], {
    output: {
      out: (text) => {
        stdout += text;
        const m = /^heartland: serving on (http:\/\/\S+)$/m.exec(stdout);
        if (m?.[1]) listening(m[1]);
      },
      err: (text) => {
        stderr += text;
      },
      color: false,
    },
    now: () => FIXED_NOW,
    env: {},
  });
  const started = Promise.race([
    url,
    exit.then((code) => {
      throw new Error(`serve exited with ${code} before listening: ${stderr}`);
    }),
  ]);
  return { started, exit, stderr: () => stderr };
}

describe("heartland serve", () => {
  it("serves the API on a loopback port picked for it, and stops cleanly on SIGTERM", async (t) => {
    const db = await loadedDb(t);
    const server = serve(["--db", db]);
    const url = await server.started;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);

    const members = await fetch(`${url}/api/v1/members?org=CSTO&at=2012-07-01`);
    assert.equal(members.status, 200);
    const viaCli = await cli(["--db", db, "members", "CSTO", "--at", "2012-07-01", "--json"]);
    assert.deepEqual(await members.json(), viaCli.json());

    const write = await fetch(`${url}/api/v1/prefer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ claimId: "x" }),
    });
    assert.equal(write.status, 401);
    assert.match(write.headers.get("content-type") ?? "", /^application\/problem\+json/);
    const doc = await fetch(`${url}/api/openapi.json`);
    assert.equal(((await doc.json()) as { openapi: string }).openapi, "3.1.0");

    process.emit("SIGTERM", "SIGTERM");
    assert.equal(await server.exit, 0, server.stderr());
    assert.match(server.stderr(), /stopped/);
    await assert.rejects(fetch(`${url}/`));
  });

  it("names a port that is in use, and one that is not a port", async (t) => {
    const db = await loadedDb(t);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    t.after(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const address = taken.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const inUse = await cli(["--db", db, "serve", "--port", String(port)]);
    assert.equal(inUse.code, 1);
    assert.match(inUse.stderr, new RegExp(`127\\.0\\.0\\.1:${port} is in use; give another --port`));
    const notPort = await cli(["--db", db, "serve", "--port", "http"]);
    assert.equal(notPort.code, 1);
    assert.match(notPort.stderr, /--port: "http" is not a TCP port/);
  });

  it("refuses --as-of and --scenario: each request carries its own", async (t) => {
    const db = await loadedDb(t);
    const r = await cli(["--db", db, "--as-of", "2020", "serve"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /serve answers each request as of its own date/);
  });
});
