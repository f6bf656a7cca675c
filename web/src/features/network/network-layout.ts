import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { MembershipPeriod } from "../../shared/memberships.js";

/**
 * Where each state and organization sits in the network. Laid out once from every tie
 * that ever held (d3-force, which is deterministic: its own seeded generator and a fixed
 * number of ticks), so that moving the slider only changes which ties are drawn and each
 * node's colour, never where it is: a replay reads as change, not as motion.
 */

export interface NetworkNode {
  readonly id: string;
  readonly kind: "state" | "org";
  readonly x: number;
  readonly y: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NetworkNode[];
  readonly byId: ReadonlyMap<string, NetworkNode>;
}

interface SimNode {
  id: string;
  kind: "state" | "org";
  x?: number;
  y?: number;
}

export function layoutNetwork(
  periods: readonly MembershipPeriod[],
  width = 1000,
  height = 720,
): NetworkLayout {
  const kinds = new Map<string, "state" | "org">();
  const pairs = new Set<string>();
  for (const p of periods) {
    kinds.set(p.org, "org");
    if (!kinds.has(p.state)) kinds.set(p.state, "state");
    pairs.add(`${p.state}\u0000${p.org}`);
  }
  const nodes: SimNode[] = [...kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, kind]) => ({ id, kind }));
  const links = [...pairs].map((pair) => {
    const [source, target] = pair.split("\u0000");
    return { source: source ?? "", target: target ?? "" };
  });
  const simulation = forceSimulation<SimNode>(nodes)
    .force(
      "link",
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((n) => n.id)
        .distance(70)
        .strength(0.25),
    )
    .force(
      "charge",
      forceManyBody<SimNode>().strength((n) => (n.kind === "org" ? -500 : -120)),
    )
    .force(
      "collide",
      forceCollide<SimNode>((n) => (n.kind === "org" ? 30 : 16)),
    )
    .force("x", forceX<SimNode>(0).strength(0.06))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .stop();
  simulation.tick(300);

  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 40;
  const scale = Math.min(
    (width - 2 * margin) / (maxX - minX || 1),
    (height - 2 * margin) / (maxY - minY || 1),
  );
  const placed = nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    x: margin + ((n.x ?? 0) - minX) * scale,
    y: margin + ((n.y ?? 0) - minY) * scale,
  }));
  return { width, height, nodes: placed, byId: new Map(placed.map((n) => [n.id, n])) };
}
