/**
 * A document's text cut at every span boundary, each piece with the spans that cover it,
 * so that highlights are built as DOM nodes from offsets (the text is never parsed as
 * HTML). Overlapping spans give pieces covered by several; offsets outside the text are
 * clamped, empty or inverted spans are left out.
 */

export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Indexes of the spans covering the piece, ascending. */
  readonly spans: readonly number[];
}

export function piecesOf(length: number, spans: readonly { start: number; end: number }[]): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const cuts = new Set<number>([0, length]);
  const valid: { index: number; start: number; end: number }[] = [];
  spans.forEach((s, index) => {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (end <= start) return;
    valid.push({ index, start, end });
    cuts.add(start);
    cuts.add(end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active set as the cut passes them.
  valid.sort((a, b) => a.start - b.start || a.index - b.index);
  const pieces: Piece[] = [];
  let next = 0;
  let active: { index: number; end: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    active = active.filter((a) => a.end > start);
    while (next < valid.length && (valid[next]?.start ?? length) <= start) {
      const v = valid[next];
      if (v && v.end > start) active.push({ index: v.index, end: v.end });
      next++;
    }
    pieces.push({ start, end, spans: active.map((a) => a.index).sort((a, b) => a - b) });
  }
  return pieces;
}
