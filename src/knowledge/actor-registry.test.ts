import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Problem } from "../domain/result.js";
import {
  type Actor,
  type ActorKind,
  buildActorRegistry,
  normalizeName,
  worldStates,
} from "./actor-registry.js";

const registry = buildActorRegistry(
  [
    {
      id: "CSTO",
      name: "Collective Security Treaty Organization",
      kind: "alliance",
      aliases: ["ODKB", "Tashkent Treaty"],
    },
    // A careless alias list: a code and a state's name must not be taken over by it.
    {
      id: "GUAM",
      name: "GUAM Organization for Democracy and Economic Development",
      kind: "regional",
      aliases: ["UZB", "Uzbekistan", "GUUAM"],
    },
    { id: "IMU", name: "Islamic Movement of Uzbekistan", kind: "armed-group" },
    { id: "EU", name: "European Union", kind: "political", aliases: ["EU", "Brussels"] },
  ],
  [{ id: "brzezinski", name: "Zbigniew Brzeziński", aliases: ["Brzeziński", "ODKB"] }],
  [{ state: "KGZ", aliases: ["Kirgizia"] }],
);

const suggestionsOf = (p: Problem): string[] => (p.data?.suggestions ?? []) as string[];

function resolved(input: string, kinds?: readonly ActorKind[]): Actor {
  const r = registry.resolve(input, kinds);
  if (!r.ok) assert.fail(`expected "${input}" to resolve, got ${r.error.message}`);
  return r.value;
}

describe("ActorRegistry.resolve", () => {
  it("resolves a state's code whatever its case", () => {
    for (const code of ["UZB", "uzb", "Uzb", " uzb "]) assert.equal(resolved(code).id, "UZB", code);
  });

  it("resolves a state's common and official names whatever their case", () => {
    for (const name of [
      "Uzbekistan",
      "UZBEKISTAN",
      "uzbekistan",
      "Republic of Uzbekistan",
      "republic of uzbekistan",
    ]) {
      const a = resolved(name);
      assert.equal(a.id, "UZB", name);
      assert.equal(a.kind, "state");
      assert.equal(a.name, "Uzbekistan");
    }
  });

  it("names Kosovo XKX, the code in use, not world-countries' UNK", () => {
    for (const name of ["Kosovo", "Pristina", "XKX"]) assert.equal(resolved(name).id, "XKX", name);
    assert.equal(registry.resolve("UNK").ok, false);
  });

  it("resolves a people by its demonym's plural ('Norwegians', 'Iraqis'), but makes none of 'Swedish' or 'Chinese'", () => {
    for (const [name, id] of [
      ["Norwegians", "NOR"],
      ["Iraqis", "IRQ"],
      ["Filipinos", "PHL"],
      ["New Zealanders", "NZL"],
    ] as const)
      assert.equal(resolved(name).id, id, name);
    for (const name of ["Swedishs", "Chineses", "Swisss"])
      assert.equal(registry.resolve(name).ok, false, name);
  });

  it("resolves a capital to its state, as news reports use it", () => {
    assert.equal(resolved("Tashkent").id, "UZB");
    assert.equal(resolved("Astana").id, "KAZ");
  });

  it("gives a capital to the organization the curated data names by it, and only that capital", () => {
    assert.equal(resolved("Brussels").id, "EU");
    assert.equal(resolved("Belgium").id, "BEL");
    assert.equal(resolved("BEL").id, "BEL");
    // A state's own name stays the state's, whatever an organization's aliases say.
    assert.equal(resolved("Uzbekistan").id, "UZB");
  });

  it("resolves the aliases the curated data adds to a state", () => {
    assert.equal(resolved("Kirgizia").id, "KGZ");
  });

  it("gives a name the curated data adds to a state to that state alone, not to the one world-countries spelt it for", () => {
    const aliasesOf = (states: readonly Actor[], id: string) =>
      states.find((a) => a.id === id)?.aliases ?? [];
    const curated = worldStates([{ state: "COD", aliases: ["Congo"] }]);
    assert.ok(aliasesOf(curated, "COD").includes("Congo"));
    assert.ok(!aliasesOf(curated, "COG").includes("Congo"));
    assert.ok(aliasesOf(curated, "COG").includes("Congo-Brazzaville"));
    // Without the curated name, world-countries' spelling stands.
    assert.ok(aliasesOf(worldStates(), "COG").includes("Congo"));
  });

  it("resolves organizations by code, name and alias", () => {
    for (const input of ["CSTO", "csto", "Collective Security Treaty Organization", "Tashkent Treaty"]) {
      const a = resolved(input);
      assert.equal(a.id, "CSTO", input);
      assert.equal(a.kind, "organization");
    }
  });

  it("makes an armed group a group, not an organization", () => {
    assert.equal(resolved("Islamic Movement of Uzbekistan").kind, "group");
  });

  it("resolves a person by a name written without its accents", () => {
    const a = resolved("Zbigniew Brzezinski");
    assert.equal(a.id, "brzezinski");
    assert.equal(a.kind, "person");
    assert.equal(resolved("brzezinski").id, "brzezinski");
  });

  it("never lets an alias shadow a code", () => {
    assert.equal(resolved("UZB").id, "UZB");
    assert.equal(resolved("uzb").id, "UZB");
    assert.equal(resolved("GUAM").id, "GUAM");
  });

  it("never lets an alias shadow a primary name", () => {
    assert.equal(resolved("Uzbekistan").id, "UZB");
    assert.equal(resolved("GUUAM").id, "GUAM");
  });

  it("keeps the first actor that claimed an alias", () => {
    // ODKB is the CSTO's alias before it is (carelessly) a person's.
    assert.equal(resolved("ODKB").id, "CSTO");
  });

  it("fails on a misspelt state with unknown_actor, suggesting the state", () => {
    const r = registry.resolve("Uzbekstan");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, "unknown_actor");
    assert.ok(r.error.message.includes('"Uzbekstan"'), r.error.message);
    assert.equal(r.error.data?.value, "Uzbekstan");
    const suggestions = suggestionsOf(r.error);
    assert.equal(suggestions[0], "UZB");
    assert.ok(r.error.hint?.includes("Uzbekistan (UZB)"), r.error.hint);
  });

  it("suggests Kazakhstan for Kazakstan", () => {
    const r = registry.resolve("Kazakstan");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, "unknown_actor");
    assert.equal(suggestionsOf(r.error)[0], "KAZ");
  });

  it("suggests nothing, and says how to name an actor, when no name is near", () => {
    const r = registry.resolve("qqqqqqqqqqqq");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.error.data?.suggestions, []);
    assert.ok(r.error.hint && r.error.hint.length > 0);
  });

  it("refuses a state's name when only organizations are wanted", () => {
    const r = registry.resolve("Uzbekistan", ["organization"]);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, "unknown_actor");
    assert.match(r.error.message, /organization/);
    const suggestions = suggestionsOf(r.error);
    for (const id of suggestions) assert.equal(registry.get(id)?.kind, "organization", id);
  });

  it("refuses a state's code when only organizations are wanted", () => {
    assert.equal(registry.resolve("UZB", ["organization"]).ok, false);
  });

  it("still resolves an organization when only organizations are wanted", () => {
    assert.equal(resolved("csto", ["organization"]).id, "CSTO");
  });

  it("accepts any of several wanted kinds", () => {
    assert.equal(resolved("Uzbekistan", ["organization", "state"]).id, "UZB");
  });
});

describe("ActorRegistry lookups", () => {
  it("gets an actor by code whatever its case", () => {
    assert.equal(registry.get("kaz")?.name, "Kazakhstan");
    assert.equal(registry.get("Kazakhstan"), undefined, "get takes codes, not names");
  });

  it("names a known code and echoes an unknown one", () => {
    assert.equal(registry.nameOf("UZB"), "Uzbekistan");
    assert.equal(registry.nameOf("XYZ"), "XYZ");
  });

  it("carries a state's ISO numeric code", () => {
    assert.equal(registry.get("UZB")?.isoNumeric, "860");
    assert.equal(registry.get("KAZ")?.isoNumeric, "398");
  });

  it("knows every state, organization and person it was built from", () => {
    const all = registry.all();
    assert.ok(all.length > 200);
    for (const id of ["UZB", "KAZ", "RUS", "CSTO", "GUAM", "IMU", "brzezinski"]) {
      assert.ok(
        all.some((a) => a.id === id),
        id,
      );
    }
  });

  it("suggests at most three actors, nearest first", () => {
    const s = registry.suggest("Uzbekistam");
    assert.ok(s.length <= 3);
    assert.equal(s[0]?.id, "UZB");
  });
});

describe("normalizeName", () => {
  const same = (a: string, b: string) => assert.equal(normalizeName(a), normalizeName(b), `${a} vs ${b}`);

  it("folds accents", () => {
    same("Brzeziński", "Brzezinski");
    assert.equal(normalizeName("Brzeziński"), "brzezinski");
    same("Curaçao", "Curacao");
    same("Türkiye", "Turkiye");
  });

  it("ignores case", () => {
    same("UZBEKISTAN", "uzbekistan");
  });

  it("reads an abbreviation with full stops as the abbreviation", () => {
    same("U.S.", "US");
    same("E.U.", "EU");
  });

  it("drops apostrophes of every kind", () => {
    same("O‘zbekiston", "O'zbekiston");
    same("O'zbekiston", "Ozbekiston");
    same("Côte d’Ivoire", "Cote dIvoire");
  });

  it("treats hyphens, commas and runs of spaces as one space", () => {
    same("Guinea-Bissau", "Guinea Bissau");
    same("  Republic   of Uzbekistan ", "Republic of Uzbekistan");
    same("Korea, Republic of", "Korea Republic of");
  });

  it("keeps letters of other scripts", () => {
    assert.equal(normalizeName("Узбекистан"), "узбекистан");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (s) => {
        const once = normalizeName(s);
        assert.equal(normalizeName(once), once);
      }),
    );
  });

  it("gives nothing but lowercase letters, digits and single inner spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 20 }), (s) => {
        assert.match(normalizeName(s), /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });

  it("gives a demonym shared with a territory to the UN member: American is the United States", () => {
    const r = registry.resolve("American");
    assert.ok(r.ok);
    assert.equal(r.value.id, "USA");
  });
});
