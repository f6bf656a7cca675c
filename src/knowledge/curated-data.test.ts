import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCuratedData } from "./curated-data.js";

const files = (states: string) => [
  { path: "sources.yaml", text: "sources: []\n" },
  { path: "organizations.yaml", text: "organizations: []\n" },
  { path: "people.yaml", text: "people: []\n" },
  { path: "states.yaml", text: states },
];

describe("states.yaml: states that no longer exist", () => {
  it("registers a former state with its end, successor and seat, resolvable by its names", () => {
    const { data, problems } = parseCuratedData(
      files(`states: []
former:
  - state: DDR
    name: East Germany
    ended: "1990-10-03"
    successor: DEU
    seat: [Pankow]
    aliases: [GDR, East German]
`),
    );
    assert.deepEqual(problems, []);
    const ddr = data?.actors.resolve("GDR");
    assert.ok(ddr?.ok);
    assert.deepEqual(
      { id: ddr.value.id, kind: ddr.value.kind, ended: ddr.value.ended },
      { id: "DDR", kind: "state", ended: { on: "1990-10-03", successor: "DEU", seat: ["Pankow"] } },
    );
  });

  it("refuses a former state with a living state's code, a successor that is not a living state, or an end that is not a day", () => {
    const { problems } = parseCuratedData(
      files(`states: []
former:
  - state: RUS
    name: Old Russia
    ended: "1991-12-26"
    aliases: []
  - state: SUN
    name: Soviet Union
    ended: "1991-12-26"
    successor: CSK
    aliases: []
  - state: CSK
    name: Czechoslovakia
    ended: "1993-01-01"
    aliases: []
`),
    );
    const messages = problems.map((p) => p.message).join("\n");
    assert.match(messages, /former state RUS is a living state's code/);
    assert.match(messages, /SUN's successor CSK is not a living state/);
    const bad = parseCuratedData(
      files(`states: []
former:
  - state: CSK
    name: Czechoslovakia
    ended: "1993"
    aliases: []
`),
    );
    assert.match(
      bad.problems.map((p) => p.message).join("\n"),
      /former.0.ended: the day the state ended, YYYY-MM-DD/,
    );
  });

  it("does not take aliases for a former state in the living states' list", () => {
    const { problems } = parseCuratedData(
      files(`states:
  - state: SUN
    aliases: [Soviets]
former:
  - state: SUN
    name: Soviet Union
    ended: "1991-12-26"
    aliases: []
`),
    );
    assert.match(problems.map((p) => p.message).join("\n"), /states.yaml: unknown state SUN/);
  });
});
