import { LEVELS, MAX_LEVEL } from "./similarity.js";

const CELLS = LEVELS * LEVELS;

/**
 * S, tau-b and kappa for every dyad of a system, year after year, kept up to date rather
 * than recomputed. Each measure reads only the 4×4 table of how often each pair of levels
 * occurs across the two portfolios (similarity.ts), so the engine keeps one table per
 * dyad in a typed array and edits it when a tie or the system changes:
 *
 * - a tie (r, s) changing from `old` to `new` moves one count in the tables of the dyads
 *   (r, j) (the s-th entry of r's portfolio) and (s, j) (the r-th of s's): O(n), against
 *   O(n²) dyads × O(n) entries to rebuild every portfolio;
 * - a state entering or leaving the system adds or removes its entry from every dyad's
 *   table: O(n²);
 * - only dyads whose table changed are measured again; a year where nothing changed
 *   reuses every value of the year before.
 *
 * States are indices 0..n-1; levels 0..3; a state with itself is 3.
 */
export class DyadYearEngine {
  readonly n: number;
  /** Tie levels, row-major n×n, symmetric. */
  private readonly level: Uint8Array;
  private readonly active: Uint8Array;
  /** One table per dyad (i < j) at (i·n + j)·16, counting (level of i, level of j) over active states. */
  private readonly tables: Int32Array;
  private readonly dirtyRow: Uint8Array;
  private allDirty = true;
  /** Measures per dyad (i < j) at i·n + j; NaN where undefined or a state is out of the system. */
  readonly s: Float64Array;
  readonly tauB: Float64Array;
  readonly kappa: Float64Array;
  /** Dyads measured again by the last `measure()` (for tests and the bench's report). */
  remeasured = 0;

  constructor(n: number) {
    this.n = n;
    this.level = new Uint8Array(n * n);
    for (let i = 0; i < n; i++) this.level[i * n + i] = MAX_LEVEL;
    this.active = new Uint8Array(n);
    this.tables = new Int32Array(n * n * CELLS);
    this.dirtyRow = new Uint8Array(n);
    this.s = new Float64Array(n * n).fill(Number.NaN);
    this.tauB = new Float64Array(n * n).fill(Number.NaN);
    this.kappa = new Float64Array(n * n).fill(Number.NaN);
  }

  private bump(x: number, y: number, lx: number, ly: number, delta: number): void {
    const idx =
      x < y ? (x * this.n + y) * CELLS + lx * LEVELS + ly : (y * this.n + x) * CELLS + ly * LEVELS + lx;
    this.tables[idx] = (this.tables[idx] as number) + delta;
  }

  isActive(k: number): boolean {
    return this.active[k] === 1;
  }

  tie(i: number, j: number): number {
    return this.level[i * this.n + j] as number;
  }

  /** Puts a state in the system or takes it out. */
  setActive(k: number, on: boolean): void {
    if ((this.active[k] === 1) === on) return;
    this.active[k] = on ? 1 : 0;
    const { n, level } = this;
    const delta = on ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const li = level[i * n + k] as number;
      const base = i * n;
      for (let j = i + 1; j < n; j++) {
        const idx = (base + j) * CELLS + li * LEVELS + (level[j * n + k] as number);
        this.tables[idx] = (this.tables[idx] as number) + delta;
      }
    }
    this.allDirty = true;
  }

  /** Sets the tie between two different states. */
  setTie(r: number, s: number, value: number): void {
    const { n, level } = this;
    if (r === s) throw new Error("a state's tie with itself is always 3");
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_LEVEL))
      throw new Error(`tie levels are integers 0..${MAX_LEVEL}, got ${value}`);
    const old = level[r * n + s] as number;
    if (old === value) return;
    if (this.active[s] === 1) {
      for (let j = 0; j < n; j++) {
        if (j === r) continue;
        const lj = level[j * n + s] as number;
        this.bump(r, j, old, lj, -1);
        this.bump(r, j, value, lj, 1);
      }
    }
    level[r * n + s] = value;
    if (this.active[r] === 1) {
      for (let j = 0; j < n; j++) {
        if (j === s) continue;
        const lj = level[j * n + r] as number;
        this.bump(s, j, old, lj, -1);
        this.bump(s, j, value, lj, 1);
      }
    }
    level[s * n + r] = value;
    this.dirtyRow[r] = 1;
    this.dirtyRow[s] = 1;
  }

  /** Makes the ties those of a full n×n matrix (only the entries that differ are applied). */
  setTies(matrix: ArrayLike<number>): void {
    const { n } = this;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const v = matrix[i * n + j] as number;
        if (v !== this.level[i * n + j]) this.setTie(i, j, v);
      }
    }
  }

  /** The table of one dyad (a copy), oriented (level of i, level of j). */
  table(i: number, j: number): Int32Array {
    if (i < j) return this.tables.slice((i * this.n + j) * CELLS, (i * this.n + j + 1) * CELLS);
    const t = this.table(j, i);
    const out = new Int32Array(CELLS);
    for (let a = 0; a < LEVELS; a++)
      for (let b = 0; b < LEVELS; b++) out[a * LEVELS + b] = t[b * LEVELS + a] as number;
    return out;
  }

  /** Measures again the dyads whose tables changed since the last call. */
  measure(): void {
    const { n } = this;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const rowDirty = this.allDirty || this.dirtyRow[i] === 1;
      for (let j = i + 1; j < n; j++) {
        if (!rowDirty && this.dirtyRow[j] === 0) continue;
        const at = i * n + j;
        if (this.active[i] === 0 || this.active[j] === 0) {
          this.s[at] = Number.NaN;
          this.tauB[at] = Number.NaN;
          this.kappa[at] = Number.NaN;
          continue;
        }
        measureTable(this.tables, at * CELLS, this.s, this.tauB, this.kappa, at);
        count++;
      }
    }
    this.dirtyRow.fill(0);
    this.allDirty = false;
    this.remeasured = count;
  }
}

/**
 * S, tau-b and kappa of one table in one pass: the formulas of similarity.ts (which cite
 * their sources; the engine's tests check the two agree), with tau-b's concordant and
 * discordant pairs counted cell by cell of the table rather than pair by pair of states.
 * Undefined values are NaN.
 */
function measureTable(
  t: Int32Array,
  off: number,
  s: Float64Array,
  tau: Float64Array,
  kappa: Float64Array,
  at: number,
): void {
  const rows = [0, 0, 0, 0];
  const cols = [0, 0, 0, 0];
  let n = 0;
  let absolute = 0;
  let squared = 0;
  for (let a = 0; a < LEVELS; a++) {
    for (let b = 0; b < LEVELS; b++) {
      const c = t[off + a * LEVELS + b] as number;
      if (c === 0) continue;
      n += c;
      rows[a] = (rows[a] as number) + c;
      cols[b] = (cols[b] as number) + c;
      const d = a > b ? a - b : b - a;
      absolute += c * d;
      squared += c * d * d;
    }
  }
  if (n === 0) {
    s[at] = Number.NaN;
    tau[at] = Number.NaN;
    kappa[at] = Number.NaN;
    return;
  }
  s[at] = 1 - (2 * absolute) / (n * MAX_LEVEL);
  // For each cell, the states above and to the right (concordant) or left (discordant).
  let concordant = 0;
  let discordant = 0;
  for (let a = 0; a < LEVELS - 1; a++) {
    for (let b = 0; b < LEVELS; b++) {
      const c = t[off + a * LEVELS + b] as number;
      if (c === 0) continue;
      let up = 0;
      let down = 0;
      for (let a2 = a + 1; a2 < LEVELS; a2++) {
        const row = off + a2 * LEVELS;
        for (let b2 = 0; b2 < b; b2++) down += t[row + b2] as number;
        for (let b2 = b + 1; b2 < LEVELS; b2++) up += t[row + b2] as number;
      }
      concordant += c * up;
      discordant += c * down;
    }
  }
  let tiedX = 0;
  let tiedY = 0;
  let expected = 0;
  for (let a = 0; a < LEVELS; a++) {
    const r = rows[a] as number;
    const k = cols[a] as number;
    tiedX += (r * (r - 1)) / 2;
    tiedY += (k * (k - 1)) / 2;
    for (let b = 0; b < LEVELS; b++) expected += (a - b) * (a - b) * r * (cols[b] as number);
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedX) * (n0 - tiedY));
  tau[at] = denominator === 0 ? Number.NaN : (concordant - discordant) / denominator;
  kappa[at] = expected === 0 ? Number.NaN : 1 - (squared * n) / expected;
}
