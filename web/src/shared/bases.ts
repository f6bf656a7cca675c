import { dayRange } from "./dates.js";
import type { ClaimRow } from "./knowledge.js";

/** Foreign bases standing on a day, from base claims (open, exists, extend; close ends one). */

export interface StandingBase {
  readonly host: string;
  readonly operator: string;
  readonly site: string;
  readonly since: string | null;
  readonly claims: readonly string[];
}

interface BaseEvent {
  readonly key: string;
  readonly host: string;
  readonly operator: string;
  readonly site: string;
  readonly change: string;
  readonly date: string | null;
  readonly first: number;
  readonly id: string;
}

export function basesAt(claims: Iterable<ClaimRow>, day: number): StandingBase[] {
  const events: BaseEvent[] = [];
  for (const c of claims) {
    if (c.kind !== "base") continue;
    const range = dayRange(c.date);
    if (!range || range.first > day) continue;
    const f = c as Record<string, unknown>;
    const host = String(f.host ?? "");
    const operator = String(f.operator ?? "");
    const site = typeof f.site === "string" ? f.site : "";
    events.push({
      key: `${host}|${operator}|${site}`,
      host,
      operator,
      site,
      change: String(f.change ?? ""),
      date: c.date,
      first: range.first,
      id: c.id,
    });
  }
  events.sort((a, b) => a.first - b.first || a.id.localeCompare(b.id));
  const standing = new Map<string, StandingBase>();
  for (const e of events) {
    if (e.change === "open" || e.change === "exists" || e.change === "extend") {
      const was = standing.get(e.key);
      standing.set(e.key, {
        host: e.host,
        operator: e.operator,
        site: e.site,
        since: was?.since ?? e.date,
        claims: [...(was?.claims ?? []), e.id],
      });
    } else if (e.change === "close") {
      standing.delete(e.key);
    }
  }
  return [...standing.values()];
}
