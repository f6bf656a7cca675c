import { dayNumber } from "../domain/partial-date.js";
import { err, ok, problem, type Result } from "../domain/result.js";

/**
 * Which states make up "the system" in a year. The measures compare two states' ties with
 * every state of the system, so the system changes the numbers; it is always named.
 *
 * - `region`: the states that were ever full members of the region's organizations the
 *   knowledge base curates (REGION_ORGANIZATIONS), plus the two states asked about;
 * - `all-known`: every state any membership or agreement of the knowledge base names.
 *
 * Either way, a state counts in a year only while it is a member of the interstate system
 * on 31 December of that year by the Correlates of War State System Membership List
 * (Correlates of War Project. 2017. "State System Membership List, v2016."
 * https://correlatesofwar.org), shipped as data/cow-states.csv. The list ends on
 * 2016-12-31; a state still a member then is taken to remain one. A state the list does
 * not have (no COW code) counts in every year.
 */

export const SYSTEMS = ["region", "all-known"] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** The Eurasian organizations whose members make up the `region` system. */
export const REGION_ORGANIZATIONS = ["CIS", "CST", "CSTO", "CU", "EAEC", "EAEU", "GUAM", "SCO"] as const;

/** One period of a state's membership of the interstate system (a COW row). */
export interface CowPeriod {
  readonly ccode: number;
  readonly stateabb: string;
  readonly name: string;
  /** ISO 3166-1 alpha-3 (world-countries' code); empty for states that no longer exist. */
  readonly iso3: string;
  /** First and last day, in days since 1970-01-01. */
  readonly start: number;
  readonly end: number;
}

/** The last day of the COW list (v2016): a state a member then is taken to remain one. */
export const COW_LIST_END = dayNumber(2016, 12, 31);

const HEADER = "ccode,stateabb,statenme,styear,stmonth,stday,endyear,endmonth,endday,version,iso3";

/** Reads data/cow-states.csv (the COW columns and an `iso3` column). */
export function parseCowStates(text: string): Result<CowPeriod[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines[0] !== HEADER) {
    return err(problem("invalid_data", `cow-states.csv: the header is not ${HEADER}`));
  }
  const out: CowPeriod[] = [];
  for (let i = 1; i < lines.length; i++) {
    const f = (lines[i] as string).split(",");
    const n = f.map(Number);
    if (f.length !== 11 || [0, 3, 4, 5, 6, 7, 8].some((j) => !Number.isInteger(n[j]))) {
      return err(
        problem("invalid_data", `cow-states.csv line ${i + 1}: expected 11 fields with numeric dates`),
      );
    }
    const [ccode, , , sy, sm, sd, ey, em, ed] = n as [number, ...number[]];
    out.push({
      ccode,
      stateabb: f[1] as string,
      name: f[2] as string,
      iso3: f[10] as string,
      start: dayNumber(sy as number, sm as number, sd as number),
      end: dayNumber(ey as number, em as number, ed as number),
    });
  }
  return ok(out);
}

/** COW codes and system membership by ISO code. */
export class CowStates {
  private readonly byIso = new Map<string, CowPeriod[]>();

  constructor(readonly periods: readonly CowPeriod[]) {
    for (const p of periods) {
      if (!p.iso3) continue;
      const list = this.byIso.get(p.iso3) ?? [];
      list.push(p);
      this.byIso.set(p.iso3, list);
    }
  }

  /** The COW code of a state (by ISO code), or null. Yugoslavia's 345 is Serbia's. */
  ccode(iso3: string): number | null {
    const list = this.byIso.get(iso3);
    return list?.[list.length - 1]?.ccode ?? null;
  }

  /** The COW abbreviation of a state, or null. */
  stateabb(iso3: string): string | null {
    const list = this.byIso.get(iso3);
    return list?.[list.length - 1]?.stateabb ?? null;
  }

  /** Is the state a member of the system on 31 December of `year`? True for a state the list lacks. */
  inSystem(iso3: string, year: number): boolean {
    const list = this.byIso.get(iso3);
    if (!list) return true;
    const day = dayNumber(year, 12, 31);
    return list.some((p) => p.start <= day && (day <= p.end || p.end >= COW_LIST_END));
  }
}
