import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { cli, scratchDir } from "./helpers.js";

/** `heartland token`: secrets shown once, only their hashes kept; listing and revoking. */

interface Listed {
  tokens: { id: string; name: string; createdAt: string; revokedAt: string | null }[];
}

describe("heartland token", () => {
  it("prints a new token's secret once, on stdout alone, and stores only its hash", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const r = await cli(["--db", db, "token", "create", "--name", "jdoe"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^hl_[A-Za-z0-9_-]{43}\n$/);
    assert.match(r.stderr, /created token "jdoe".*only time it is shown/);
    const secret = r.stdout.trim();
    const file =
      readFileSync(db).toString("latin1") + readFileSync(`${db}-wal`, { flag: "a+" }).toString("latin1");
    assert.ok(!file.includes(secret), "the secret is not in the database");
    assert.ok(file.includes(createHash("sha256").update(secret).digest("hex")), "its hash is");

    const list = await cli(["--db", db, "token", "list", "--json"]);
    const listed = list.json<Listed>();
    assert.deepEqual(
      listed.tokens.map((x) => [x.name, x.revokedAt]),
      [["jdoe", null]],
    );
    assert.ok(!list.stdout.includes(secret));
    assert.deepEqual(Object.keys(listed.tokens[0] ?? {}).sort(), ["createdAt", "id", "name", "revokedAt"]);
  });

  it("gives the secret under --json too, refuses a second live token of the same name", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const r = await cli(["--db", db, "token", "create", "--name", "ingest-bot", "--json"]);
    const created = r.json<{ id: string; name: string; token: string; revokedAt: null }>();
    assert.equal(created.name, "ingest-bot");
    assert.match(created.token, /^hl_/);
    const again = await cli(["--db", db, "token", "create", "--name", "ingest-bot"]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /a live token named "ingest-bot" exists already/);
    const badName = await cli(["--db", db, "token", "create", "--name", "a/b"]);
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /"a\/b" is not a token name/);
  });

  it("revokes by name or id, once; a revoked name can be given to a new token", async (t) => {
    const db = join(scratchDir(t), "kb.sqlite");
    const a = (await cli(["--db", db, "token", "create", "--name", "a", "--json"])).json<{ id: string }>();
    await cli(["--db", db, "token", "create", "--name", "b"]);
    const byId = await cli(["--db", db, "token", "revoke", a.id]);
    assert.equal(byId.code, 0, byId.stderr);
    assert.match(byId.stdout, /revoked token "a"/);
    const twice = await cli(["--db", db, "token", "revoke", a.id]);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /revoked already/);
    const byName = await cli(["--db", db, "token", "revoke", "b", "--json"]);
    assert.ok(byName.json<{ revoked: { revokedAt: string } }>().revoked.revokedAt);
    assert.equal((await cli(["--db", db, "token", "revoke", "nobody"])).code, 1);
    assert.equal((await cli(["--db", db, "token", "create", "--name", "a"])).code, 0);
    const list = (await cli(["--db", db, "token", "list", "--json"])).json<Listed>();
    // Live or not, by name (the fixed test clock gives them all one creation time).
    assert.deepEqual(
      list.tokens.map((x) => `${x.name} ${x.revokedAt === null ? "live" : "revoked"}`).sort(),
      ["a live", "a revoked", "b revoked"],
    );
  });

  it("is kept by the store with one live token per name, found by hash, revoked once", async (t) => {
    const store = await openSqliteStore(join(scratchDir(t), "kb.sqlite"));
    t.after(() => store.close());
    const token = {
      id: "t1",
      name: "jdoe",
      hash: "h1",
      createdAt: "2026-11-25T12:00:00.000Z",
      revokedAt: null,
    };
    await store.createToken(token);
    await assert.rejects(store.createToken({ ...token, id: "t2", hash: "h2" }), /UNIQUE/);
    assert.deepEqual(await store.tokenByHash("h1"), token);
    assert.equal(await store.tokenByHash("h2"), undefined);
    assert.equal(await store.revokeToken("t1", "2026-11-26T00:00:00.000Z"), true);
    assert.equal(await store.revokeToken("t1", "2026-11-27T00:00:00.000Z"), false);
    await store.createToken({ ...token, id: "t2", hash: "h2" });
    assert.deepEqual(
      (await store.tokens()).map((x) => [x.id, x.revokedAt]),
      [
        ["t1", "2026-11-26T00:00:00.000Z"],
        ["t2", null],
      ],
    );
  });
});
