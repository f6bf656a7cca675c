/**
 * Measures of how alike two states' alliance portfolios are. A portfolio is a state's tie
 * level with every state of the system (itself included, at the top level), so two
 * portfolios are two equally long vectors over the same states. Every measure here reads
 * only the 4×4 table of how often each pair of levels occurs (`PortfolioTable`), which is
 * what lets `DyadYearEngine` keep the tables up to date instead of recomputing them.
 *
 * Levels are integers 0..MAX_LEVEL (ATOP/COW: 0 none, 1 consultation or entente,
 * 2 neutrality or non-aggression, 3 defence pact).
 */

export const MAX_LEVEL = 3;
export const LEVELS = MAX_LEVEL + 1;

/**
 * Counts of (level in x, level in y) over the states of the system: `table[a * LEVELS + b]`
 * is the number of states k with x_k = a and y_k = b.
 */
export type PortfolioTable = ArrayLike<number>;

/** The table of two portfolios of equal length (levels 0..MAX_LEVEL). */
export function portfolioTable(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  if (x.length !== y.length) throw new Error(`portfolios of different lengths: ${x.length} and ${y.length}`);
  const t = new Array<number>(LEVELS * LEVELS).fill(0);
  for (let k = 0; k < x.length; k++) {
    const a = x[k] as number;
    const b = y[k] as number;
    if (!(a >= 0 && a <= MAX_LEVEL && b >= 0 && b <= MAX_LEVEL && Number.isInteger(a) && Number.isInteger(b)))
      throw new Error(`tie levels are integers 0..${MAX_LEVEL}, got ${a} and ${b}`);
    t[a * LEVELS + b] = (t[a * LEVELS + b] as number) + 1;
  }
  return t;
}

function total(t: PortfolioTable): number {
  let n = 0;
  for (let i = 0; i < LEVELS * LEVELS; i++) n += t[i] as number;
  return n;
}

/**
 * Signorino and Ritter's S, unweighted (Signorino, Curtis S. and Jeffrey M. Ritter. 1999.
 * "Tau-b or Not Tau-b: Measuring the Similarity of Foreign Policy Positions."
 * International Studies Quarterly 43(1): 115-144, the S of eq. 3 with every weight 1):
 *
 *   S = 1 - 2 · Σ_k |x_k - y_k| / (N · d_max)
 *
 * with d_max the largest distance the scale allows (3 for alliance levels), not the largest
 * observed: two portfolios that agree everywhere score 1, opposite ends everywhere score -1.
 * Null for an empty system.
 */
export function signorinoRitterS(t: PortfolioTable): number | null {
  const n = total(t);
  if (n === 0) return null;
  let distance = 0;
  for (let a = 0; a < LEVELS; a++)
    for (let b = 0; b < LEVELS; b++) distance += (t[a * LEVELS + b] as number) * Math.abs(a - b);
  return 1 - (2 * distance) / (n * MAX_LEVEL);
}

/**
 * Signorino and Ritter's weighted S (1999, eq. 3): each state's disagreement counts by its
 * weight (in the paper, its share of the system's capabilities):
 *
 *   S_w = 1 - 2 · Σ_k w_k |x_k - y_k| / (d_max · Σ_k w_k)
 *
 * Weights need not sum to 1 (they are normalized by their sum). Null when they sum to 0.
 */
export function weightedS(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  weights: ArrayLike<number>,
): number | null {
  if (x.length !== y.length || x.length !== weights.length)
    throw new Error("portfolios and weights must have the same length");
  let num = 0;
  let sum = 0;
  for (let k = 0; k < x.length; k++) {
    const w = weights[k] as number;
    if (!(w >= 0)) throw new Error(`weights are non-negative numbers, got ${w}`);
    num += w * Math.abs((x[k] as number) - (y[k] as number));
    sum += w;
  }
  return sum === 0 ? null : 1 - (2 * num) / (MAX_LEVEL * sum);
}

/**
 * Kendall's tau-b between two portfolios, as Bueno de Mesquita (1975, "Measuring Systemic
 * Polarity." Journal of Conflict Resolution 19(2): 187-216) applied it to alliance
 * portfolios: the states of the system are the observations, the two tie levels the two
 * rankings (Kendall 1945 for the tie correction):
 *
 *   tau_b = (P - Q) / sqrt((n0 - n1)(n0 - n2))
 *
 * P concordant and Q discordant pairs of states, n0 = N(N-1)/2, n1 and n2 the pairs tied in
 * x and in y. Null when either portfolio is the same level everywhere (no ranking).
 */
export function tauB(t: PortfolioTable): number | null {
  const n = total(t);
  let concordant = 0;
  let discordant = 0;
  for (let a = 0; a < LEVELS; a++) {
    for (let b = 0; b < LEVELS; b++) {
      const c = t[a * LEVELS + b] as number;
      if (c === 0) continue;
      for (let a2 = a + 1; a2 < LEVELS; a2++) {
        for (let b2 = 0; b2 < LEVELS; b2++) {
          if (b2 === b) continue;
          const c2 = t[a2 * LEVELS + b2] as number;
          if (b2 > b) concordant += c * c2;
          else discordant += c * c2;
        }
      }
    }
  }
  let tiedX = 0;
  let tiedY = 0;
  for (let a = 0; a < LEVELS; a++) {
    let row = 0;
    let col = 0;
    for (let b = 0; b < LEVELS; b++) {
      row += t[a * LEVELS + b] as number;
      col += t[b * LEVELS + a] as number;
    }
    tiedX += (row * (row - 1)) / 2;
    tiedY += (col * (col - 1)) / 2;
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedX) * (n0 - tiedY));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}

export type KappaDistance = "squared" | "absolute";

/**
 * Cohen's weighted kappa as Häge (2011, "Choice or Circumstance? Adjusting Measures of
 * Foreign Policy Similarity for Chance Agreement." Political Analysis 19(3): 287-305)
 * proposes it for foreign-policy similarity: agreement beyond what the two states' own
 * marginal distributions of tie levels would produce by chance (Cohen 1968, "Weighted
 * kappa." Psychological Bulletin 70(4): 213-220):
 *
 *   kappa = 1 - D_o / D_e,   D_o = Σ_ab p_ab d(a,b),   D_e = Σ_ab p_a. p_.b d(a,b)
 *
 * with d the squared distance (the default, as Häge's alliance measures) or the absolute
 * one. The scale's normalization cancels in the ratio. Null when chance alone would agree
 * everywhere (D_e = 0).
 */
export function cohensKappa(t: PortfolioTable, distance: KappaDistance = "squared"): number | null {
  const n = total(t);
  if (n === 0) return null;
  const rows = new Array<number>(LEVELS).fill(0);
  const cols = new Array<number>(LEVELS).fill(0);
  for (let a = 0; a < LEVELS; a++) {
    for (let b = 0; b < LEVELS; b++) {
      const c = t[a * LEVELS + b] as number;
      rows[a] = (rows[a] as number) + c;
      cols[b] = (cols[b] as number) + c;
    }
  }
  let observed = 0;
  let expected = 0;
  for (let a = 0; a < LEVELS; a++) {
    for (let b = 0; b < LEVELS; b++) {
      const d = distance === "squared" ? (a - b) * (a - b) : Math.abs(a - b);
      observed += d * (t[a * LEVELS + b] as number) * n;
      expected += d * (rows[a] as number) * (cols[b] as number);
    }
  }
  return expected === 0 ? null : 1 - observed / expected;
}
