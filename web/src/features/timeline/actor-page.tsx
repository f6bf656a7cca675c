import { useMemo, useState } from "preact/hooks";
import { describeError, getJson } from "../../shared/api.js";
import { blocColour } from "../../shared/blocs.js";
import { dayNumber, dayRange, yearOf } from "../../shared/dates.js";
import { membershipPeriods, type SourceRef } from "../../shared/knowledge.js";
import type { MembershipPeriod } from "../../shared/memberships.js";
import { Link } from "../../shared/router.js";
import { SourceList } from "../../shared/source-list.js";
import { useAsync } from "../../shared/use-async.js";

/**
 * An actor's page: its memberships as bars from join to suspension or exit (the imprecision
 * of a date drawn as a faded stretch as long as the days it may fall on), its bases,
 * exercises and events as marks, and every item's sources one click away.
 */

export interface TimelineEntry {
  readonly date: string | null;
  readonly kind: string;
  readonly summary: string;
  readonly claim: { readonly id: string; readonly kind: string; readonly [field: string]: unknown };
  readonly conflict: boolean;
  readonly sources: readonly SourceRef[];
}

export interface TimelineAnswer {
  readonly actor: string;
  readonly name: string;
  readonly entries: readonly TimelineEntry[];
}

interface Lane {
  readonly label: string;
  readonly href: string | null;
  readonly periods: readonly MembershipPeriod[];
}

const MARK_KINDS = ["base", "exercise", "event", "agreement"] as const;
const MARK_LABELS: Record<(typeof MARK_KINDS)[number], string> = {
  base: "bases",
  exercise: "exercises",
  event: "events",
  agreement: "agreements",
};

const WIDTH = 1000;
const LABEL = 96;
const LANE = 24;

interface Selection {
  readonly title: string;
  readonly entries: readonly TimelineEntry[];
}

export function ActorPage(props: { readonly actor: string; readonly scenario: string | null }) {
  const { actor, scenario } = props;
  const answer = useAsync(
    async (signal) => {
      const [timeline, periods] = await Promise.all([
        getJson<TimelineAnswer>("/timeline", { actor }, { scenario: true, signal }),
        membershipPeriods(),
      ]);
      return { timeline, periods };
    },
    [actor, scenario],
  );
  if (answer.state === "loading") return <p aria-busy="true">Loading {actor}…</p>;
  if (answer.state === "failed")
    return (
      <p role="alert" class="error">
        {describeError(answer.error)}
      </p>
    );
  return <ActorTimeline timeline={answer.value.timeline} periods={answer.value.periods} />;
}

function ActorTimeline(props: { timeline: TimelineAnswer; periods: readonly MembershipPeriod[] }) {
  const { timeline, periods } = props;
  const [selection, setSelection] = useState<Selection | null>(null);
  const code = timeline.actor;

  const lanes = useMemo<Lane[]>(() => {
    const asState = periods.filter((p) => p.state === code);
    const mine = asState.length > 0 ? asState : periods.filter((p) => p.org === code);
    const byKey = new Map<string, MembershipPeriod[]>();
    for (const p of mine) {
      const key = asState.length > 0 ? p.org : p.state;
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    return [...byKey.entries()]
      .sort(([, a], [, b]) => (a[0]?.fromDays?.first ?? 0) - (b[0]?.fromDays?.first ?? 0))
      .map(([key, ps]) => ({ label: key, href: `/actors/${key}`, periods: ps }));
  }, [periods, code]);

  const marks = useMemo(
    () =>
      MARK_KINDS.map((kind) => ({
        kind,
        entries: timeline.entries.filter((e) => e.kind === kind && dayRange(e.date) !== null),
      })).filter((row) => row.entries.length > 0),
    [timeline],
  );

  const years = useMemo(() => {
    const days = [
      ...periods.flatMap((p) => (p.state === code || p.org === code ? [p.fromDays?.first] : [])),
      ...timeline.entries.map((e) => dayRange(e.date)?.first),
    ].filter((d): d is number => d !== undefined);
    const first = Math.min(1991, ...days.map((d) => Math.floor(yearOf(d))));
    const last = Math.max(new Date().getUTCFullYear() + 1, ...days.map((d) => Math.ceil(yearOf(d))));
    return { first, last };
  }, [periods, timeline, code]);

  const start = dayNumber(years.first, 1, 1);
  const end = dayNumber(years.last, 1, 1);
  const x = (day: number) => LABEL + ((day - start) / (end - start)) * (WIDTH - LABEL - 8);
  const rows = lanes.length + marks.length;
  const height = 28 + rows * LANE + 8;

  const entriesFor = (claimIds: readonly string[]) => {
    const ids = new Set(claimIds);
    return timeline.entries.filter((e) => ids.has(e.claim.id) || e.sources.some((s) => ids.has(s.claim)));
  };
  const choose = (title: string, entries: readonly TimelineEntry[]) => setSelection({ title, entries });
  const keyActivate = (event: KeyboardEvent, action: () => void) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action();
    }
  };

  const ticks: number[] = [];
  const step = years.last - years.first > 20 ? 5 : 1;
  for (let y = Math.ceil(years.first / step) * step; y < years.last; y += step) ticks.push(y);

  return (
    <article class="actor-page">
      <h1>
        {timeline.name} <span class="muted">({code})</span>
      </h1>
      <figure class="chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          aria-label={`Timeline of ${timeline.name}: memberships and events`}
          class="timeline-chart"
        >
          <defs>
            <pattern
              id="hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3" />
            </pattern>
          </defs>
          {ticks.map((y) => (
            <g key={y} class="tick">
              <line x1={x(dayNumber(y, 1, 1))} x2={x(dayNumber(y, 1, 1))} y1={16} y2={height - 4} />
              <text x={x(dayNumber(y, 1, 1))} y={12} text-anchor="middle">
                {y}
              </text>
            </g>
          ))}
          {lanes.map((lane, i) => {
            const top = 24 + i * LANE;
            return (
              <g key={lane.label} class="lane" data-lane={lane.label}>
                <text x={4} y={top + LANE / 2 + 4} class="lane-label">
                  {lane.label}
                </text>
                {lane.periods.map((p) => {
                  const from = p.fromDays ?? { first: start, last: start };
                  const to = p.toDays ?? { first: end, last: end };
                  const colour = blocColour(p.org === code ? p.state : p.org);
                  const label = `${lane.label}: ${p.status} from ${p.from ?? "the start of the record"}${p.to ? ` to ${p.to}` : ""}`;
                  const open = () => choose(label, entriesFor(p.claims));
                  return (
                    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it has the role, focus and keys of one.
                    <g
                      key={`${p.status}-${p.from}`}
                      class={`bar status-${p.status}`}
                      data-org={p.org}
                      data-state={p.state}
                      data-status={p.status}
                      data-from={p.from ?? ""}
                      data-to={p.to ?? ""}
                      role="button"
                      tabindex={0}
                      aria-label={label}
                      onClick={open}
                      onKeyDown={(e) => keyActivate(e, open)}
                      style={{ color: colour }}
                    >
                      <title>{label}</title>
                      <rect
                        class="bar-core"
                        x={x(from.last)}
                        y={top + 4}
                        width={Math.max(1.5, x(to.first) - x(from.last))}
                        height={LANE - 8}
                        fill={p.status === "suspended" ? "url(#hatch)" : colour}
                        stroke={colour}
                      />
                      {from.last > from.first ? (
                        <rect
                          class="imprecise"
                          x={x(from.first)}
                          y={top + 4}
                          width={Math.max(1.5, x(from.last) - x(from.first))}
                          height={LANE - 8}
                          fill={colour}
                        />
                      ) : null}
                      {p.toDays && to.last > to.first ? (
                        <rect
                          class="imprecise"
                          x={x(to.first)}
                          y={top + 4}
                          width={Math.max(1.5, x(to.last) - x(to.first))}
                          height={LANE - 8}
                          fill={colour}
                        />
                      ) : null}
                    </g>
                  );
                })}
              </g>
            );
          })}
          {marks.map((row, i) => {
            const top = 24 + (lanes.length + i) * LANE;
            return (
              <g key={row.kind} class="lane marks" data-lane={row.kind}>
                <text x={4} y={top + LANE / 2 + 4} class="lane-label">
                  {MARK_LABELS[row.kind]}
                </text>
                {row.entries.map((e) => {
                  const range = dayRange(e.date) ?? { first: start, last: start };
                  const open = () => choose(`${e.date}: ${e.summary}`, [e]);
                  const w = Math.max(6, x(range.last) - x(range.first));
                  return (
                    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it has the role, focus and keys of one.
                    <g
                      key={e.claim.id}
                      class={`mark kind-${e.kind}`}
                      role="button"
                      tabindex={0}
                      aria-label={`${e.date}: ${e.summary}`}
                      onClick={open}
                      onKeyDown={(ev) => keyActivate(ev, open)}
                    >
                      <title>{`${e.date}: ${e.summary}`}</title>
                      <rect
                        x={x(range.first)}
                        y={top + 6}
                        width={w}
                        height={LANE - 12}
                        rx={range.last > range.first ? 2 : 3}
                        class={range.last > range.first ? "imprecise-mark" : undefined}
                      />
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <figcaption class="legend">
          Bars run from joining to suspension or exit; <span class="swatch hatched" /> suspended; a faded
          stretch is a date known only to the month or year. Select a bar or mark for its sources.
        </figcaption>
      </figure>

      {selection ? (
        <section class="selection" aria-live="polite" aria-label="Selected item">
          <h2>{selection.title}</h2>
          {selection.entries.length === 0 ? <p class="muted">No claim found.</p> : null}
          {selection.entries.map((e) => (
            <div key={e.claim.id} class="selected-entry">
              <p>
                <strong>{e.date ?? "undated"}</strong> {e.summary}
                {e.conflict ? <span class="badge">sources disagree</span> : null}
              </p>
              <SourceList sources={e.sources} />
            </div>
          ))}
          <button type="button" onClick={() => setSelection(null)}>
            Close
          </button>
        </section>
      ) : null}

      <section>
        <h2>Everything known, in date order</h2>
        <table class="entries">
          <thead>
            <tr>
              <th scope="col">date</th>
              <th scope="col">kind</th>
              <th scope="col">what</th>
              <th scope="col">sources</th>
            </tr>
          </thead>
          <tbody>
            {timeline.entries.map((e) => (
              <tr key={e.claim.id} data-claim={e.claim.id} data-kind={e.kind}>
                <td class="date">{e.date ?? "undated"}</td>
                <td>{e.kind}</td>
                <td>
                  {e.summary}
                  {e.conflict ? <span class="badge">sources disagree</span> : null}
                </td>
                <td>
                  <details>
                    <summary>
                      {e.sources.length} source{e.sources.length === 1 ? "" : "s"}
                    </summary>
                    <SourceList sources={e.sources} />
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <Link href={`/network?focus=${code}`}>See {code} in the network</Link> ·{" "}
        <Link href="/map">on the map</Link>
      </p>
    </article>
  );
}
