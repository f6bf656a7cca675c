import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cohensKappa, portfolioTable, signorinoRitterS, tauB, weightedS } from "./similarity.js";

/**
 * Signorino and Ritter (1999, Table 6): the alliance portfolios of Germany and Russia in
 * 1914 over the twenty European states, with each state's share of European capabilities
 * as the weight. The paper reports S = 0.40 unweighted and S = -0.46 weighted.
 */
const EUROPE_1914: readonly [state: string, capability: number, germany: number, russia: number][] = [
  ["GMY", 0.25, 3, 0],
  ["RUS", 0.21, 0, 3],
  ["UKG", 0.2, 0, 1],
  ["FRN", 0.08, 0, 3],
  ["AUH", 0.08, 3, 0],
  ["ITA", 0.05, 3, 1],
  ["BEL", 0.03, 0, 0],
  ["SPN", 0.03, 0, 0],
  ["TUR", 0.02, 0, 0],
  ["NTH", 0.01, 0, 0],
  ["SWD", 0.01, 0, 0],
  ["RUM", 0.01, 3, 0],
  ["POR", 0.01, 0, 0],
  ["SWZ", 0.01, 0, 0],
  ["GRC", 0, 0, 0],
  ["DEN", 0, 0, 0],
  ["YUG", 0, 0, 0],
  ["BUL", 0, 0, 0],
  ["NOR", 0, 0, 0],
  ["ALB", 0, 0, 0],
];
const germany = EUROPE_1914.map((r) => r[2]);
const russia = EUROPE_1914.map((r) => r[3]);
const capability = EUROPE_1914.map((r) => r[1]);

const close = (actual: number | null, expected: number, digits = 6) => {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `expected ${expected}, got ${actual}`);
};

const portfolio = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 });
const twoPortfolios = portfolio.chain((x) =>
  fc.tuple(
    fc.constant(x),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: x.length, maxLength: x.length }),
  ),
);

describe("Signorino and Ritter's S", () => {
  it("reproduces the published Germany-Russia 1914 example, unweighted and weighted by capabilities", () => {
    // Disagreements: GMY 3, RUS 3, UKG 1, FRN 3, AUH 3, ITA 2, RUM 3: 18 over 20 states of range 3.
    close(signorinoRitterS(portfolioTable(germany, russia)), 1 - (2 * 18) / (20 * 3));
    close(signorinoRitterS(portfolioTable(germany, russia)), 0.4);
    // Weighted: .25·3 + .21·3 + .20·1 + .08·3 + .08·3 + .05·2 + .01·3 = 2.19 over weights summing to 1.
    close(weightedS(germany, russia, capability), -0.46);
  });

  it("is 1 for identical portfolios and -1 for portfolios at opposite ends everywhere", () => {
    close(signorinoRitterS(portfolioTable([3, 1, 0], [3, 1, 0])), 1);
    close(signorinoRitterS(portfolioTable([3, 3, 0], [0, 0, 3])), -1);
    // Hand-worked: distances 0, 1, 2 over 3 states: 1 - 2·3/9 = 1/3.
    close(signorinoRitterS(portfolioTable([3, 1, 2], [3, 2, 0])), 1 / 3);
  });

  it("of a portfolio with itself is 1; it is symmetric and within [-1, 1]", () => {
    fc.assert(
      fc.property(twoPortfolios, ([x, y]) => {
        close(signorinoRitterS(portfolioTable(x, x)), 1, 12);
        const s = signorinoRitterS(portfolioTable(x, y)) as number;
        assert.equal(s, signorinoRitterS(portfolioTable(y, x)));
        assert.ok(s >= -1 - 1e-12 && s <= 1 + 1e-12, `${s} out of range`);
      }),
    );
  });

  it("weighted with equal weights is the unweighted S, and stays within [-1, 1]", () => {
    fc.assert(
      fc.property(twoPortfolios, fc.double({ min: 0.01, max: 100, noNaN: true }), ([x, y], w) => {
        const sw = weightedS(
          x,
          y,
          x.map(() => w),
        ) as number;
        close(sw, signorinoRitterS(portfolioTable(x, y)) as number, 9);
        assert.equal(
          weightedS(
            x,
            x,
            x.map(() => w),
          ),
          1,
        );
      }),
    );
    assert.equal(weightedS([3, 0], [0, 3], [0, 0]), null);
  });
});

describe("tau-b", () => {
  it("works the 1914 example by hand: P = 13, Q = 11, ties 126 and 122 of 190 pairs", () => {
    close(tauB(portfolioTable(germany, russia)), (13 - 11) / Math.sqrt((190 - 126) * (190 - 122)));
    close(tauB(portfolioTable(germany, russia)), 0.030317, 5);
  });

  it("is 1 for the same ranking, -1 for the reverse, and null without variation", () => {
    close(tauB(portfolioTable([3, 2, 1, 0], [3, 2, 1, 0])), 1);
    close(tauB(portfolioTable([3, 2, 1, 0], [0, 1, 2, 3])), -1);
    assert.equal(tauB(portfolioTable([3, 3, 3], [3, 1, 0])), null);
    // Hand-worked with ties: x = 3,3,0,0 and y = 3,1,1,0. Of the 6 pairs, (1,3), (1,4) and
    // (2,4) are concordant, none discordant; (1,2) and (3,4) are tied in x, (2,3) in y.
    close(tauB(portfolioTable([3, 3, 0, 0], [3, 1, 1, 0])), 3 / Math.sqrt(4 * 5));
  });

  it("is symmetric and within [-1, 1]", () => {
    fc.assert(
      fc.property(twoPortfolios, ([x, y]) => {
        const t = tauB(portfolioTable(x, y));
        assert.equal(t, tauB(portfolioTable(y, x)));
        if (t !== null) assert.ok(t >= -1 - 1e-12 && t <= 1 + 1e-12);
      }),
    );
  });
});

describe("Cohen's kappa (Häge 2011)", () => {
  it("works the 1914 example by hand with squared distances: 1 - 2.5 / 2.32", () => {
    // Table: (0,0) 13, (0,1) 1, (0,3) 2, (3,0) 3, (3,1) 1; rows 16, 4; columns 16, 2, 2.
    // Observed: (1·1 + 2·9 + 3·9 + 1·4) / 20 = 2.5. Expected: (16·2·1 + 16·2·9 + 4·16·9 + 4·2·4) / 400 = 2.32.
    close(cohensKappa(portfolioTable(germany, russia)), 1 - 2.5 / 2.32);
    close(cohensKappa(portfolioTable(germany, russia)), -0.077586, 5);
  });

  it("with absolute distances: 1 - (1 + 6 + 9 + 2)/20 / ((32 + 96 + 192 + 16)/400)", () => {
    close(cohensKappa(portfolioTable(germany, russia), "absolute"), 1 - 0.9 / 0.84);
  });

  it("is 1 for identical portfolios with variation, null when chance alone agrees everywhere", () => {
    close(cohensKappa(portfolioTable([3, 1, 0, 0], [3, 1, 0, 0])), 1);
    assert.equal(cohensKappa(portfolioTable([3, 3], [3, 3])), null);
    // Two states that disagree completely: observed 18/2 = 9 against 18/4 = 4.5 by chance.
    close(cohensKappa(portfolioTable([3, 0], [0, 3])), -1);
  });

  it("is symmetric and at most 1", () => {
    fc.assert(
      fc.property(twoPortfolios, ([x, y]) => {
        const k = cohensKappa(portfolioTable(x, y));
        const k2 = cohensKappa(portfolioTable(y, x));
        if (k === null) assert.equal(k2, null);
        else {
          assert.ok(Math.abs(k - (k2 as number)) < 1e-12);
          assert.ok(k <= 1 + 1e-12);
        }
      }),
    );
  });
});

describe("portfolio tables", () => {
  it("refuse levels outside 0..3 and portfolios of different lengths", () => {
    assert.throws(() => portfolioTable([4], [0]), /0\.\.3/);
    assert.throws(() => portfolioTable([1, 2], [0]), /different lengths/);
  });
});
