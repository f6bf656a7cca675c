import { AGREEMENT_CLAUSES } from "../domain/claim.js";
import { err, ok, problem, type Result } from "../domain/result.js";

/**
 * How the knowledge base's organizations and treaties become alliance tie levels, coded as
 * the ATOP and COW alliance data code a dyad's strongest commitment (Leeds et al. 2002,
 * "Alliance Treaty Obligations and Provisions, 1815-1944", International Interactions
 * 28(3): 237-260; Gibler 2009, "International Military Alliances, 1648-2008"):
 *
 *   3 defence pact · 2 neutrality or non-aggression · 1 consultation or entente · 0 none
 *
 * and a state with itself is 3. The default mapping, overridable key by key:
 *
 * - `collective-defence` (a charter rule in force: CST Art. 4, NATO Art. 5): 3 between the
 *   organization's certain full members (suspended members, observers, associates and
 *   states whose membership the dates leave uncertain get no tie from it, as for
 *   obligations);
 * - treaty clauses (`agreement.clauses`): `mutual-assistance` 3, `neutrality` 2,
 *   `non-aggression` 2, `consultation` 1, from the day the treaty was certainly signed;
 * - organizations without a defence rule whose charters organize consultation among the
 *   members on their security: `CIS` 1 and `SCO` 1 (Heartland's coding, not ATOP's);
 * - any other organization (economic unions, the EU, the OSCE, ...): 0. It still counts
 *   in co-membership.
 *
 * An override names an organization id (`SCO=0`), a clause (`non-aggression=1`) or the
 * rule (`collective-defence=2`); an organization's own entry wins over its rule.
 */

export type TieLevel = 0 | 1 | 2 | 3;

export interface TieMapping {
  /** Level of an organization whose collective-defence rule is in force. */
  readonly collectiveDefence: TieLevel;
  /** Level per treaty clause. */
  readonly clauses: Readonly<Record<(typeof AGREEMENT_CLAUSES)[number], TieLevel>>;
  /** Level per organization id, whatever its rules say. */
  readonly organizations: Readonly<Record<string, TieLevel>>;
}

export const DEFAULT_TIE_MAPPING: TieMapping = {
  collectiveDefence: 3,
  clauses: { "mutual-assistance": 3, neutrality: 2, "non-aggression": 2, consultation: 1 },
  organizations: { CIS: 1, SCO: 1 },
};

const OVERRIDE = /^([A-Za-z0-9][A-Za-z0-9_-]*)=([0-3])$/;

/**
 * The mapping with overrides written `KEY=LEVEL` applied in order. A key is
 * `collective-defence`, a clause name, or an organization id (checked by `isOrganization`).
 */
export function withOverrides(
  base: TieMapping,
  overrides: readonly string[],
  isOrganization: (id: string) => boolean,
): Result<TieMapping> {
  let mapping = base;
  for (const text of overrides) {
    const m = OVERRIDE.exec(text.trim());
    if (!m) {
      return err(
        problem("invalid_argument", `--tie: "${text}" is not KEY=LEVEL`, {
          hint: "write e.g. SCO=0, non-aggression=1 or collective-defence=3 (levels 0-3)",
        }),
      );
    }
    const key = m[1] as string;
    const level = Number(m[2]) as TieLevel;
    if (key === "collective-defence") mapping = { ...mapping, collectiveDefence: level };
    else if ((AGREEMENT_CLAUSES as readonly string[]).includes(key))
      mapping = { ...mapping, clauses: { ...mapping.clauses, [key]: level } };
    else if (isOrganization(key.toUpperCase()))
      mapping = { ...mapping, organizations: { ...mapping.organizations, [key.toUpperCase()]: level } };
    else {
      return err(
        problem("invalid_argument", `--tie: "${key}" is neither an organization nor a clause`, {
          hint: `use an organization id (CSTO, SCO), collective-defence, or a clause: ${AGREEMENT_CLAUSES.join(", ")}`,
        }),
      );
    }
  }
  return ok(mapping);
}

/** The mapping as a list for answers and documentation: what gives which level. */
export function describeMapping(m: TieMapping): { key: string; level: TieLevel }[] {
  return [
    { key: "collective-defence", level: m.collectiveDefence },
    ...Object.entries(m.clauses).map(([key, level]) => ({ key, level })),
    ...Object.entries(m.organizations)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, level]) => ({ key, level })),
  ];
}
