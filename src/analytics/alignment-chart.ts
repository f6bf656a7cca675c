/**
 * The alignment of two states over time as an SVG chart: S, tau-b and kappa by year on a
 * common -1..1 scale, with a vertical mark in each year where a membership change or a
 * treaty moved the two states' portfolios. Pure and deterministic (fixed size, fixed
 * decimals, no ids but the title's, no clock), so saved charts compare byte for byte; the
 * web app embeds the same SVG.
 */

export interface ChartYear {
  readonly year: number;
  readonly s: number | null;
  readonly tau_b: number | null;
  readonly kappa: number | null;
}

export interface ChartMarker {
  readonly year: number;
  readonly label: string;
}

export interface ChartInput {
  readonly title: string;
  readonly years: readonly ChartYear[];
  readonly markers: readonly ChartMarker[];
}

const WIDTH = 720;
const HEIGHT = 360;
const MARGIN = { left: 48, right: 120, top: 36, bottom: 40 } as const;

export const SERIES = [
  { key: "s", label: "S", color: "#1f5fa8", dash: "" },
  { key: "tau_b", label: "tau-b", color: "#c2590a", dash: "6 3" },
  { key: "kappa", label: "kappa", color: "#2d7d2d", dash: "2 3" },
] as const;

const num = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The chart as an SVG document (UTF-8 text, ending with a newline). */
export function alignmentChartSvg(input: ChartInput): string {
  const years = input.years.map((y) => y.year);
  const first = years.length > 0 ? Math.min(...years) : 0;
  const last = years.length > 0 ? Math.max(...years) : 1;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (year: number) =>
    MARGIN.left + (last === first ? plotW / 2 : ((year - first) / (last - first)) * plotW);
  const y = (v: number) => MARGIN.top + ((1 - v) / 2) * plotH;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-title" font-family="sans-serif" font-size="11">`,
    `<title id="chart-title">${escapeXml(input.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="20" font-size="13" font-weight="bold">${escapeXml(input.title)}</text>`,
  );
  // Horizontal grid and the value axis.
  out.push('<g class="grid" stroke="#dddddd">');
  for (const v of [-1, -0.5, 0, 0.5, 1]) {
    out.push(
      `<line x1="${MARGIN.left}" y1="${num(y(v))}" x2="${MARGIN.left + plotW}" y2="${num(y(v))}"${v === 0 ? ' stroke="#999999"' : ""}/>`,
    );
  }
  out.push("</g>", '<g class="y-axis" text-anchor="end">');
  for (const v of [-1, -0.5, 0, 0.5, 1])
    out.push(`<text x="${MARGIN.left - 6}" y="${num(y(v) + 4)}">${v}</text>`);
  out.push("</g>");
  // Year axis: every year up to 25 years, else every fifth.
  const step = last - first <= 25 ? 1 : 5;
  out.push('<g class="x-axis" text-anchor="middle">');
  for (let year = first; year <= last; year++) {
    if ((year - first) % step !== 0 && year !== last) continue;
    const label = step === 1 && last - first > 12 ? `'${String(year).slice(2)}` : String(year);
    out.push(
      `<line x1="${num(x(year))}" y1="${MARGIN.top + plotH}" x2="${num(x(year))}" y2="${MARGIN.top + plotH + 4}" stroke="#999999"/>`,
      `<text x="${num(x(year))}" y="${MARGIN.top + plotH + 16}">${label}</text>`,
    );
  }
  out.push("</g>");
  // Membership changes: one mark per year, every change of that year in its title.
  const byYear = new Map<number, string[]>();
  for (const m of input.markers) {
    if (m.year < first || m.year > last) continue;
    const list = byYear.get(m.year) ?? [];
    if (!list.includes(m.label)) list.push(m.label);
    byYear.set(m.year, list);
  }
  out.push('<g class="changes">');
  for (const [year, labels] of [...byYear].sort(([a], [b]) => a - b)) {
    const short = labels[0] as string;
    const text = labels.length > 1 ? `${short.slice(0, 40)} (+${labels.length - 1})` : short.slice(0, 48);
    out.push(
      `<g class="change" data-year="${year}"><title>${escapeXml(`${year}: ${labels.join("; ")}`)}</title>`,
      `<line x1="${num(x(year))}" y1="${MARGIN.top}" x2="${num(x(year))}" y2="${MARGIN.top + plotH}" stroke="#888888" stroke-dasharray="3 3"/>`,
      `<text x="${num(x(year) + 3)}" y="${MARGIN.top + 4}" transform="rotate(90 ${num(x(year) + 3)} ${MARGIN.top + 4})" fill="#555555" font-size="9">${escapeXml(text)}</text>`,
      "</g>",
    );
  }
  out.push("</g>");
  // The measures: a line per run of defined values, a dot per year.
  for (const s of SERIES) {
    const runs: string[][] = [];
    let run: string[] = [];
    const dots: string[] = [];
    for (const entry of [...input.years].sort((a, b) => a.year - b.year)) {
      const v = entry[s.key];
      if (v === null || Number.isNaN(v)) {
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      run.push(`${num(x(entry.year))},${num(y(v))}`);
      dots.push(
        `<circle cx="${num(x(entry.year))}" cy="${num(y(v))}" r="2.5"><title>${entry.year} ${s.label}: ${num(v)}</title></circle>`,
      );
    }
    if (run.length > 0) runs.push(run);
    out.push(`<g class="series" data-measure="${s.key}" stroke="${s.color}" fill="${s.color}">`);
    for (const r of runs) {
      out.push(
        `<polyline points="${r.join(" ")}" fill="none" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
      );
    }
    out.push(...dots, "</g>");
  }
  // Legend.
  out.push('<g class="legend">');
  SERIES.forEach((s, i) => {
    const ly = MARGIN.top + 10 + i * 18;
    const lx = WIDTH - MARGIN.right + 14;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${s.color}" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
      `<text x="${lx + 30}" y="${ly + 4}">${s.label}</text>`,
    );
  });
  out.push(
    `<line x1="${WIDTH - MARGIN.right + 14}" y1="${MARGIN.top + 64}" x2="${WIDTH - MARGIN.right + 38}" y2="${MARGIN.top + 64}" stroke="#888888" stroke-dasharray="3 3"/>`,
    `<text x="${WIDTH - MARGIN.right + 44}" y="${MARGIN.top + 68}">change</text>`,
    "</g>",
    "</svg>",
  );
  return `${out.join("\n")}\n`;
}
