import type { Tie } from "./memberships.js";

/**
 * Blocs, in the order a state is coloured by: military alliances first, then the security
 * and economic groupings, so that a state in NATO and the EU is NATO's colour, and one in
 * the CSTO and the SCO is the CSTO's. Colours come from the Okabe-Ito palette (readable by
 * people with the common colour-vision deficiencies), darkened where text sits on them.
 */
export const BLOCS = ["NATO", "CSTO", "CST", "GUAM", "SCO", "EAEU", "EAEC", "CU", "EU", "CIS"] as const;
export type Bloc = (typeof BLOCS)[number];

export const BLOC_COLOURS: Record<Bloc, string> = {
  NATO: "#0072b2",
  CSTO: "#d55e00",
  CST: "#e69f00",
  GUAM: "#009e73",
  SCO: "#cc79a7",
  EAEU: "#8c6d1f",
  EAEC: "#b59b4c",
  CU: "#a08a5a",
  EU: "#56b4e9",
  CIS: "#999999",
};

export const NO_BLOC_COLOUR = "#e8e8e8";

const RANK = new Map<string, number>(BLOCS.map((b, i) => [b, i]));

export const isBloc = (org: string): org is Bloc => RANK.has(org);

/** Each state's bloc on a day: the first bloc (in BLOCS order) it is a full member of, for certain. */
export function blocsOf(ties: readonly Tie[]): Map<string, Bloc> {
  const best = new Map<string, Bloc>();
  for (const tie of ties) {
    if (tie.status !== "member" || tie.uncertain) continue;
    const rank = RANK.get(tie.org);
    if (rank === undefined) continue;
    const current = best.get(tie.state);
    if (current === undefined || rank < (RANK.get(current) ?? Number.POSITIVE_INFINITY)) {
      best.set(tie.state, tie.org as Bloc);
    }
  }
  return best;
}

export function blocColour(bloc: string | null | undefined): string {
  return bloc && isBloc(bloc) ? BLOC_COLOURS[bloc] : NO_BLOC_COLOUR;
}
