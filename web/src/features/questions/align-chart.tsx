/**
 * The alignment of two states year by year (GET /api/v1/align): co-membership and the
 * agreement measures on one chart, each series a line over its own scale of -1 to 1
 * (co-membership is a count, drawn on its own axis at the right).
 */

export interface AlignYear {
  readonly year: number;
  readonly comembership: number;
  readonly s: number | null;
  readonly tau_b: number | null;
  readonly kappa: number | null;
}

export interface AlignAnswer {
  readonly a: string;
  readonly b: string;
  readonly years: readonly AlignYear[];
}

const SERIES = [
  { key: "s", label: "S-score", colour: "#0072b2", dash: "" },
  { key: "tau_b", label: "Kendall's τb", colour: "#d55e00", dash: "6 3" },
  { key: "kappa", label: "Cohen's κ", colour: "#009e73", dash: "2 3" },
] as const;

const W = 760;
const H = 300;
const M = { left: 44, right: 44, top: 16, bottom: 30 };

export function AlignChart(props: { readonly answer: AlignAnswer }) {
  const { a, b, years } = props.answer;
  if (years.length === 0) return <p>No year to show.</p>;
  const first = years[0]?.year ?? 0;
  const last = years[years.length - 1]?.year ?? first;
  const x = (year: number) => M.left + ((year - first) / Math.max(1, last - first)) * (W - M.left - M.right);
  const y = (v: number) => M.top + ((1 - v) / 2) * (H - M.top - M.bottom);
  const maxCo = Math.max(1, ...years.map((d) => d.comembership));
  const yCo = (v: number) => M.top + (1 - v / maxCo) * (H - M.top - M.bottom);
  const line = (key: "s" | "tau_b" | "kappa") => {
    let d = "";
    let pen = false;
    for (const row of years) {
      const v = row[key];
      if (v === null || v === undefined || Number.isNaN(v)) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"}${x(row.year).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    }
    return d;
  };
  const barWidth = Math.max(2, (W - M.left - M.right) / Math.max(1, years.length) - 4);
  return (
    <figure class="chart align-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Alignment of ${a} and ${b}, ${first} to ${last}`}
      >
        {years.map((row) => (
          <rect
            key={`co-${row.year}`}
            class="comembership"
            x={x(row.year) - barWidth / 2}
            y={yCo(row.comembership)}
            width={barWidth}
            height={H - M.bottom - yCo(row.comembership)}
          />
        ))}
        {[-1, -0.5, 0, 0.5, 1].map((v) => (
          <g key={v} class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <text x={W - M.right + 6} y={yCo(maxCo) + 4} class="tick-label">
          {maxCo}
        </text>
        {years
          .filter((_, i) => years.length < 16 || i % Math.ceil(years.length / 12) === 0)
          .map((row) => (
            <text key={`x-${row.year}`} x={x(row.year)} y={H - 10} text-anchor="middle" class="tick-label">
              {row.year}
            </text>
          ))}
        {SERIES.map((s) => (
          <path
            key={s.key}
            d={line(s.key)}
            fill="none"
            stroke={s.colour}
            stroke-width={2.5}
            stroke-dasharray={s.dash}
            data-series={s.key}
          />
        ))}
      </svg>
      <figcaption>
        <ul class="legend-list">
          {SERIES.map((s) => (
            <li key={s.key}>
              <span class="swatch" style={{ background: s.colour }} /> {s.label} (left axis, −1 to 1)
            </li>
          ))}
          <li>
            <span class="swatch comembership-swatch" /> organizations both belong to (right axis)
          </li>
        </ul>
      </figcaption>
      <table class="align-table">
        <caption>The same figures</caption>
        <thead>
          <tr>
            <th scope="col">year</th>
            <th scope="col">co-membership</th>
            <th scope="col">S</th>
            <th scope="col">τb</th>
            <th scope="col">κ</th>
          </tr>
        </thead>
        <tbody>
          {years.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td>{row.comembership}</td>
              <td>{row.s?.toFixed(2) ?? "–"}</td>
              <td>{row.tau_b?.toFixed(2) ?? "–"}</td>
              <td>{row.kappa?.toFixed(2) ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
