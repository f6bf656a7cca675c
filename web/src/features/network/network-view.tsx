import { useLayoutEffect, useMemo, useState } from "preact/hooks";
import { describeError } from "../../shared/api.js";
import { blocColour, blocsOf } from "../../shared/blocs.js";
import { DateSlider, useSliderMonth } from "../../shared/date-slider.js";
import { monthStart, monthText } from "../../shared/dates.js";
import { membershipPeriods } from "../../shared/knowledge.js";
import { type MembershipPeriod, type Tie, tiesAt } from "../../shared/memberships.js";
import { TieClaims } from "../../shared/tie-claims.js";
import { useAsync } from "../../shared/use-async.js";
import { layoutNetwork } from "./network-layout.js";

/**
 * States and organizations with the ties in force on the slider's date, coloured by bloc;
 * select a tie for the claims behind it. Periods are fetched once; a new date is computed
 * and redrawn in the browser.
 */
export function NetworkView(props: { readonly at: string | null; readonly scenario: string | null }) {
  const periods = useAsync(() => membershipPeriods(), [props.scenario]);
  if (periods.state === "loading") return <p aria-busy="true">Loading memberships…</p>;
  if (periods.state === "failed")
    return (
      <p role="alert" class="error">
        {describeError(periods.error)}
      </p>
    );
  return <Network periods={periods.value} initial={props.at} />;
}

function Network(props: { periods: readonly MembershipPeriod[]; initial: string | null }) {
  const { periods } = props;
  const [month, setMonth, max] = useSliderMonth(props.initial);
  const [chosen, setChosen] = useState<Tie | null>(null);
  const layout = useMemo(() => layoutNetwork(periods), [periods]);
  const day = monthStart(month);
  const ties = useMemo(() => tiesAt(periods, day), [periods, day]);
  const blocs = useMemo(() => blocsOf(ties), [ties]);
  const activeOrgs = useMemo(() => new Set(ties.map((t) => t.org)), [ties]);
  const tiedStates = useMemo(() => new Set(ties.map((t) => t.state)), [ties]);

  useLayoutEffect(() => {
    // For the bench: from the slider's move to the network redrawn in the DOM.
    if (performance.getEntriesByName("heartland:slider").length > 0) {
      performance.measure("heartland:network-redraw", "heartland:slider");
      performance.clearMarks("heartland:slider");
    }
  }, [month]);

  const open = (tie: Tie) => setChosen(tie);

  return (
    <article class="network-view">
      <h1>Network on {monthText(month)}</h1>
      <DateSlider id="network-date" value={month} max={max} onChange={setMonth} />
      <div class="split">
        <figure class="chart network">
          <svg
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            aria-label={`States and organizations with their ties on ${monthText(month)}`}
            data-at={monthText(month)}
          >
            <g class="ties">
              {ties.map((t) => {
                const a = layout.byId.get(t.state);
                const b = layout.byId.get(t.org);
                if (!a || !b) return null;
                const label = `${t.state} ${t.status} of ${t.org}${t.uncertain ? " (uncertain date)" : ""}`;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG line cannot be a <button>; it has the role, focus and keys of one.
                  <g
                    key={`${t.state}-${t.org}`}
                    class={`tie status-${t.status}${t.uncertain ? " uncertain" : ""}`}
                    data-state={t.state}
                    data-org={t.org}
                    role="button"
                    tabindex={0}
                    aria-label={label}
                    onClick={() => open(t)}
                    onKeyDown={(e) => {
                      if (e.key === "Enter" || e.key === " ") {
                        e.preventDefault();
                        open(t);
                      }
                    }}
                  >
                    <title>{label}</title>
                    <line class="hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                    <line class="line" x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={blocColour(t.org)} />
                  </g>
                );
              })}
            </g>
            <g class="nodes">
              {layout.nodes.map((n) => {
                const present = n.kind === "org" ? activeOrgs.has(n.id) : tiedStates.has(n.id);
                const bloc = n.kind === "org" ? n.id : (blocs.get(n.id) ?? "");
                return (
                  <g
                    key={n.id}
                    class={`node ${n.kind}${present ? "" : " absent"}`}
                    data-id={n.id}
                    data-bloc={bloc}
                    transform={`translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`}
                  >
                    {n.kind === "org" ? (
                      <rect x={-24} y={-11} width={48} height={22} rx={4} fill={blocColour(bloc)} />
                    ) : (
                      <circle r={9} fill={blocColour(bloc)} />
                    )}
                    <text y={n.kind === "org" ? 4 : 21} text-anchor="middle">
                      {n.id}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
        </figure>
        <aside class="side" aria-label="Selected tie">
          {chosen ? (
            <TieClaims tie={chosen} onClose={() => setChosen(null)} />
          ) : (
            <p class="muted">
              Select a tie (click, or Tab to it and press Enter) to see the claims behind it. A state takes
              the colour of its first bloc: NATO, CSTO, GUAM, SCO, EAEU, EU, CIS; dashed ties have an
              uncertain date.
            </p>
          )}
        </aside>
      </div>
    </article>
  );
}
