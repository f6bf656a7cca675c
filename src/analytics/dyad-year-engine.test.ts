import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DyadYearEngine } from "./dyad-year-engine.js";
import { cohensKappa, portfolioTable, signorinoRitterS, tauB } from "./similarity.js";

/** The measures of dyad (i, j) computed directly from the two portfolios over the active states. */
function direct(levels: number[][], active: boolean[], i: number, j: number) {
  const ks = active.flatMap((on, k) => (on ? [k] : []));
  const t = portfolioTable(
    ks.map((k) => (levels[i] as number[])[k] as number),
    ks.map((k) => (levels[j] as number[])[k] as number),
  );
  return { s: signorinoRitterS(t), tauB: tauB(t), kappa: cohensKappa(t) };
}

const same = (a: number, b: number | null) =>
  b === null ? Number.isNaN(a) : Math.abs(a - b) < 1e-9 || assert.fail(`${a} != ${b}`);

type Step = { kind: "tie"; i: number; j: number; level: number } | { kind: "active"; k: number; on: boolean };

const N = 6;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({ i: fc.nat(N - 1), j: fc.nat(N - 1), level: fc.integer({ min: 0, max: 3 }) })
    .filter((r) => r.i !== r.j)
    .map((r) => ({ kind: "tie" as const, ...r })),
  fc.record({ k: fc.nat(N - 1), on: fc.boolean() }).map((r) => ({ kind: "active" as const, ...r })),
);

describe("DyadYearEngine", () => {
  it("agrees with the direct computation after any sequence of tie and system changes", () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), (years) => {
        const engine = new DyadYearEngine(N);
        const levels = Array.from({ length: N }, (_, i) =>
          Array.from({ length: N }, (_, j) => (i === j ? 3 : 0)),
        );
        const active = new Array<boolean>(N).fill(false);
        for (const changes of years) {
          for (const c of changes) {
            if (c.kind === "tie") {
              engine.setTie(c.i, c.j, c.level);
              (levels[c.i] as number[])[c.j] = c.level;
              (levels[c.j] as number[])[c.i] = c.level;
            } else {
              engine.setActive(c.k, c.on);
              active[c.k] = c.on;
            }
          }
          engine.measure();
          for (let i = 0; i < N; i++) {
            for (let j = i + 1; j < N; j++) {
              if (!active[i] || !active[j]) {
                assert.ok(Number.isNaN(engine.s[i * N + j] as number));
                continue;
              }
              const d = direct(levels, active, i, j);
              same(engine.s[i * N + j] as number, d.s);
              same(engine.tauB[i * N + j] as number, d.tauB);
              same(engine.kappa[i * N + j] as number, d.kappa);
            }
          }
        }
      }),
    );
  });

  it("measures again only the dyads of the states whose ties changed", () => {
    const engine = new DyadYearEngine(5);
    for (let k = 0; k < 5; k++) engine.setActive(k, true);
    engine.measure();
    assert.equal(engine.remeasured, 10);
    engine.measure();
    assert.equal(engine.remeasured, 0, "a year without changes reuses every value");
    engine.setTie(0, 1, 3);
    engine.measure();
    // Dyads touching state 0 or 1: (0,1), (0,2..4), (1,2..4) = 7.
    assert.equal(engine.remeasured, 7);
    // Hand-worked: portfolios of 0 and 1 are now 3,3,0,0,0 both: S = 1; of 0 and 2: 3,3,0,0,0
    // against 0,0,3,0,0: distances 3+3+3 = 9 of 15: S = 1 - 18/15.
    assert.equal(engine.s[0 * 5 + 1], 1);
    assert.ok(Math.abs((engine.s[0 * 5 + 2] as number) - (1 - 18 / 15)) < 1e-12);
  });

  it("refuses a tie of a state with itself and levels outside 0..3", () => {
    const engine = new DyadYearEngine(3);
    assert.throws(() => engine.setTie(1, 1, 3), /itself/);
    assert.throws(() => engine.setTie(0, 1, 4), /0\.\.3/);
  });
});
