import type { EventType } from "../domain/claim.js";
import type { Fact } from "../knowledge/reconcile.js";
import { claimOfFact } from "../rules/rule-history.js";

/**
 * Event balance per dyad-year from PLOVER event types. PLOVER (Halterman, Bagozzi, Beger,
 * Schrodt and Scarborough 2023, "PLOVER and POLECAT: A New Political Event Ontology and
 * Dataset"; the PLOVER codebook) orders its sixteen types from cooperation to conflict,
 * and groups them into the four "quad" classes of event data: verbal and material
 * cooperation, verbal and material conflict. A PROTEST is a demonstration, so material.
 */

export type EventQuad =
  | "verbal-cooperation"
  | "material-cooperation"
  | "verbal-conflict"
  | "material-conflict";

export const EVENT_QUAD: Readonly<Record<EventType, EventQuad>> = {
  AGREE: "verbal-cooperation",
  CONSULT: "verbal-cooperation",
  SUPPORT: "verbal-cooperation",
  CONCEDE: "verbal-cooperation",
  COOPERATE: "material-cooperation",
  AID: "material-cooperation",
  RETREAT: "material-cooperation",
  REQUEST: "verbal-conflict",
  ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict",
  THREATEN: "verbal-conflict",
  PROTEST: "material-conflict",
  SANCTION: "material-conflict",
  MOBILIZE: "material-conflict",
  COERCE: "material-conflict",
  ASSAULT: "material-conflict",
};

export interface EventBalance {
  readonly cooperative: number;
  readonly conflictual: number;
  readonly verbal_cooperation: number;
  readonly material_cooperation: number;
  readonly verbal_conflict: number;
  readonly material_conflict: number;
  /** (cooperative - conflictual) / (cooperative + conflictual); null without events. */
  readonly balance: number | null;
}

export const NO_EVENTS: EventBalance = {
  cooperative: 0,
  conflictual: 0,
  verbal_cooperation: 0,
  material_cooperation: 0,
  verbal_conflict: 0,
  material_conflict: 0,
  balance: null,
};

/** Balance of a list of event types. */
export function eventBalance(types: readonly EventType[]): EventBalance {
  const count = { vc: 0, mc: 0, vk: 0, mk: 0 };
  for (const t of types) {
    const q = EVENT_QUAD[t];
    if (q === "verbal-cooperation") count.vc++;
    else if (q === "material-cooperation") count.mc++;
    else if (q === "verbal-conflict") count.vk++;
    else count.mk++;
  }
  const cooperative = count.vc + count.mc;
  const conflictual = count.vk + count.mk;
  return {
    cooperative,
    conflictual,
    verbal_cooperation: count.vc,
    material_cooperation: count.mc,
    verbal_conflict: count.vk,
    material_conflict: count.mk,
    balance:
      cooperative + conflictual === 0 ? null : (cooperative - conflictual) / (cooperative + conflictual),
  };
}

/**
 * Event types by undirected dyad and year (`A|B|YEAR`, A < B), both directions together.
 * An event counts in the year its date falls in; an event whose date spans years (none in
 * a year's precision does) or has none is left out, as is a state acting on its own people.
 */
export function eventTypesByDyadYear(
  facts: readonly Fact[],
): Map<string, { types: EventType[]; facts: Fact[] }> {
  const out = new Map<string, { types: EventType[]; facts: Fact[] }>();
  for (const fact of facts) {
    const c = claimOfFact(fact, "event");
    const date = fact.chosen.date;
    if (c === null || date === null || c.source === c.target) continue;
    const year = date.text.slice(0, 4);
    const [a, b] = c.source < c.target ? [c.source, c.target] : [c.target, c.source];
    const key = `${a}|${b}|${year}`;
    const entry = out.get(key) ?? { types: [], facts: [] };
    entry.types.push(c.type);
    entry.facts.push(fact);
    out.set(key, entry);
  }
  return out;
}
