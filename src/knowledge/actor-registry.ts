import { distance } from "fastest-levenshtein";
import type { Country } from "world-countries";
import worldCountries from "world-countries";
import { err, ok, problem, type Result } from "../domain/result.js";

/**
 * Every actor Heartland knows by code and by name: states (from world-countries, with
 * the capitals and demonyms news reports use as metonyms), organizations and treaties,
 * people and non-state groups (from the curated data). Names resolve to codes in one
 * place, so the CLI, the API and the reader agree on what "Tashkent" means.
 */
export type ActorKind = "state" | "organization" | "person" | "group";

export interface Actor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 numeric code of a state (joins world-atlas shapes). */
  readonly isoNumeric?: string;
  /** Of a state that no longer exists: when it ended and who carried on its seat. */
  readonly ended?: Ended;
}

/**
 * The end of a state that no longer exists (ISO 3166-3): the day it ceased, the state that
 * carried on from its seat, and the names of that seat ("Moscow", "Kremlin") that stood for
 * it before that day.
 */
export interface Ended {
  readonly on: string;
  readonly successor: string | null;
  readonly seat: readonly string[];
}

export interface OrganizationEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases?: readonly string[] | undefined;
}
export interface PersonEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}
export interface StateAliasEntry {
  readonly state: string;
  readonly aliases: readonly string[];
}
export interface FormerStateEntry {
  readonly state: string;
  readonly name: string;
  readonly ended: string;
  readonly successor?: string | undefined;
  readonly seat?: readonly string[] | undefined;
  readonly aliases: readonly string[];
}

/** Case, accents and punctuation do not tell names apart: "U.S." is "us", "Brzeziński" is "brzezinski". */
export function normalizeName(name: string): string {
  // Apostrophes and full stops join what they sit in: "O‘zbekiston" is "ozbekiston", "U.S." is "us".
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’'`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export class ActorRegistry {
  readonly #byId = new Map<string, Actor>();
  readonly #byName = new Map<string, Actor>();

  constructor(actors: readonly Actor[]) {
    // Codes first, then primary names, then aliases: an alias never shadows a code or a name.
    for (const a of actors) this.#byId.set(a.id.toUpperCase(), a);
    for (const a of actors) this.#addName(a.id, a);
    for (const a of actors) this.#addName(a.name, a);
    for (const a of actors) for (const alias of a.aliases) this.#addName(alias, a);
  }

  #addName(name: string, actor: Actor): void {
    const key = normalizeName(name);
    if (key && !this.#byName.has(key)) this.#byName.set(key, actor);
  }

  get(id: string): Actor | undefined {
    return this.#byId.get(id.toUpperCase());
  }

  all(): Actor[] {
    return [...this.#byId.values()];
  }

  /** The display name of a code, or the code itself when unknown. */
  nameOf(id: string): string {
    return this.get(id)?.name ?? id;
  }

  /**
   * The actor a code or name stands for. An unknown name is a Problem that suggests the
   * nearest known names ("Uzbekstan": did you mean Uzbekistan (UZB)?).
   */
  resolve(input: string, kinds?: readonly ActorKind[]): Result<Actor> {
    const wanted = (a: Actor) => kinds === undefined || kinds.includes(a.kind);
    const exact = this.get(input.trim()) ?? this.#byName.get(normalizeName(input));
    if (exact && wanted(exact)) return ok(exact);
    const suggestions = this.suggest(input, kinds);
    const what =
      kinds?.length === 1 ? (kinds[0] === "organization" ? "organization" : (kinds[0] ?? "actor")) : "actor";
    const hint =
      suggestions.length > 0
        ? `did you mean ${suggestions.map((a) => `${a.name} (${a.id})`).join(", ")}?`
        : kinds?.length === 1 && kinds[0] === "organization"
          ? "use a code such as CSTO or SCO, or a name such as Shanghai Cooperation Organization"
          : "use a code such as UZB or CSTO, or a name such as Uzbekistan";
    return err(
      problem("unknown_actor", `unknown ${what} "${input}"`, {
        hint,
        data: { value: input, suggestions: suggestions.map((a) => a.id) },
      }),
    );
  }

  /** Up to three actors whose names are nearest to the input (edit distance over normalized names). */
  suggest(input: string, kinds?: readonly ActorKind[], limit = 3): Actor[] {
    const key = normalizeName(input);
    if (!key) return [];
    const budget = Math.max(2, Math.ceil(key.length / 3));
    const best = new Map<string, { actor: Actor; d: number }>();
    for (const [name, actor] of this.#byName) {
      if (kinds !== undefined && !kinds.includes(actor.kind)) continue;
      // A name that begins with the input ("Shanghai" for the Shanghai Cooperation
      // Organization) is as near as a one-letter slip.
      const d =
        key.length >= 4 && (name.startsWith(`${key} `) || name.includes(` ${key} `))
          ? 1
          : distance(key, name);
      if (d > budget) continue;
      const seen = best.get(actor.id);
      if (!seen || d < seen.d) best.set(actor.id, { actor, d });
    }
    return [...best.values()]
      .sort((a, b) => a.d - b.d || a.actor.id.localeCompare(b.actor.id))
      .slice(0, limit)
      .map((x) => x.actor);
  }
}

/** States from world-countries: names, official names, alternative spellings, capitals, demonyms. */
// world-countries is CommonJS whose types declare a default export: at run time the
// default import is the array itself.
const countries = worldCountries as unknown as readonly Country[];

/**
 * Codes world-countries gives that are not the ones in use: Kosovo, with no ISO 3166-1 code,
 * is `UNK` there (the UN's travel-document code) but `XKX` (the user-assigned code the
 * European Union, the IMF and the World Bank use) in the data and reports users bring.
 */
const ID_INSTEAD: Readonly<Record<string, string>> = { UNK: "XKX" };

/**
 * Demonyms whose plural is not the people ("Swedish", "Chinese", "Swiss"): the people's own
 * noun ("Swedes") comes from the curated aliases, if anywhere.
 */
const PLURAL_NONE = /(?:ese|sh|ch|s|x|z)$|[^a-z]$/;

/**
 * `ceded`: capitals the curated data gives to an organization instead ("Brussels" names the
 * European Union in the news far more often than Belgium), left out of their state's names.
 */
export function worldStates(
  extra: readonly StateAliasEntry[] = [],
  ceded: ReadonlySet<string> = new Set(),
): Actor[] {
  const more = new Map<string, string[]>();
  for (const e of extra) more.set(e.state, [...(more.get(e.state) ?? []), ...e.aliases]);
  // A name the curated data gives one state is no other state's ("Congo", which
  // world-countries spells for the Republic of the Congo, is the DR Congo in most news).
  const curatedFor = new Map(
    extra.flatMap((e) => e.aliases.map((a) => [normalizeName(a), e.state] as const)),
  );
  const ownName = (id: string) => (name: string) => (curatedFor.get(normalizeName(name)) ?? id) === id;
  // UN members first: where a demonym is shared ("American" is also the Northern Mariana
  // Islands'), the first actor to claim a name keeps it.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  return ordered.map((c) => {
    const id = ID_INSTEAD[c.cca3] ?? c.cca3;
    const demonyms = Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]);
    // ("the Norwegians", "the Iraqis": a people named for its state, as news names it.)
    const peoples = demonyms.flatMap((d) => (PLURAL_NONE.test(d) ? [] : [`${d}s`]));
    const aliases = [
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 2),
      ...c.capital.filter((capital) => !ceded.has(normalizeName(capital))),
      ...demonyms,
      ...peoples,
      ...(more.get(id) ?? []),
    ];
    return {
      id,
      kind: "state" as const,
      name: c.name.common,
      aliases: [...new Set(aliases.filter((s) => s && s !== c.name.common && ownName(id)(s)))],
      ...(c.ccn3 ? { isoNumeric: c.ccn3 } : {}),
    };
  });
}

/** States that no longer exist (the Soviet Union, East Germany), after every living one. */
export function formerStates(entries: readonly FormerStateEntry[]): Actor[] {
  return entries.map((e) => ({
    id: e.state,
    kind: "state" as const,
    name: e.name,
    aliases: e.aliases,
    ended: { on: e.ended, successor: e.successor ?? null, seat: e.seat ?? [] },
  }));
}

export function buildActorRegistry(
  organizations: readonly OrganizationEntry[],
  people: readonly PersonEntry[],
  stateAliases: readonly StateAliasEntry[],
  former: readonly FormerStateEntry[] = [],
): ActorRegistry {
  const orgs: Actor[] = organizations.map((o) => ({
    id: o.id,
    kind: o.kind === "armed-group" ? "group" : "organization",
    name: o.name,
    aliases: o.aliases ?? [],
  }));
  const persons: Actor[] = people.map((p) => ({
    id: p.id,
    kind: "person",
    name: p.name,
    aliases: p.aliases ?? [],
  }));
  const ceded = new Set(orgs.flatMap((o) => o.aliases.map(normalizeName)));
  return new ActorRegistry([
    ...worldStates(stateAliases, ceded),
    ...formerStates(former),
    ...orgs,
    ...persons,
  ]);
}
