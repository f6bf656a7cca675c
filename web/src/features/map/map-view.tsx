import { alpha3ByNumeric, nameByAlpha3 } from "virtual:heartland-countries";
import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { useMemo } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { describeError } from "../../shared/api.js";
import { basesAt } from "../../shared/bases.js";
import { BLOCS, blocColour, blocsOf } from "../../shared/blocs.js";
import { DateSlider, useSliderMonth } from "../../shared/date-slider.js";
import { monthStart, monthText } from "../../shared/dates.js";
import { heldClaims, membershipPeriods } from "../../shared/knowledge.js";
import { tiesAt } from "../../shared/memberships.js";
import { Link } from "../../shared/router.js";
import { useAsync } from "../../shared/use-async.js";

/**
 * Countries coloured by bloc on the slider's date, foreign bases as points at their host,
 * from the bundled world atlas (no tiles, nothing fetched but Heartland's own answers).
 */

const WIDTH = 1000;
const HEIGHT = 520;

interface Country {
  readonly id: string;
  readonly name: string;
  readonly d: string;
  readonly centroid: readonly [number, number];
}

let countriesCache: Country[] | null = null;

/** Country outlines projected once: a new date only changes their fill. */
function countries(): Country[] {
  if (countriesCache) return countriesCache;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  // Antarctica (010) takes a sixth of the frame and is nobody's member.
  const shown = { ...all, features: all.features.filter((f) => f.id !== "010") };
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], shown);
  const path = geoPath(projection);
  countriesCache = shown.features.map((f: Feature<Geometry>) => {
    const numeric = String(f.id ?? "");
    const id = alpha3ByNumeric[numeric] ?? `n${numeric || (f.properties as { name?: string })?.name}`;
    const c = projection(geoCentroid(f)) ?? [0, 0];
    return {
      id,
      name: nameByAlpha3[id] ?? String((f.properties as { name?: string })?.name ?? id),
      d: path(f) ?? "",
      centroid: [c[0], c[1]] as const,
    };
  });
  return countriesCache;
}

export function MapView(props: { readonly at: string | null; readonly scenario: string | null }) {
  const known = useAsync(async () => {
    const [periods, claims] = await Promise.all([membershipPeriods(), heldClaims()]);
    return { periods, claims };
  }, [props.scenario]);
  const [month, setMonth, max] = useSliderMonth(props.at);
  const day = monthStart(month);
  const shapes = useMemo(countries, []);
  const frame = useMemo(() => {
    if (known.state !== "done") return null;
    const blocs = blocsOf(tiesAt(known.value.periods, day));
    const bases = basesAt(known.value.claims.values(), day);
    return { blocs, bases };
  }, [known, day]);
  const centroidOf = useMemo(() => new Map(shapes.map((c) => [c.id, c.centroid])), [shapes]);

  if (known.state === "failed")
    return (
      <p role="alert" class="error">
        {describeError(known.error)}
      </p>
    );
  const inBloc = (bloc: string) =>
    frame ? [...frame.blocs.entries()].filter(([, b]) => b === bloc).map(([s]) => s) : [];

  return (
    <article class="map-view">
      <h1>Map on {monthText(month)}</h1>
      <DateSlider id="map-date" value={month} max={max} onChange={setMonth} />
      <figure class="chart map">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`World map of blocs on ${monthText(month)}; the table below lists them`}
          data-at={monthText(month)}
          aria-busy={frame === null}
        >
          <g class="countries">
            {shapes.map((c) => {
              const bloc = frame?.blocs.get(c.id) ?? "";
              return (
                <path key={c.id} d={c.d} data-id={c.id} data-bloc={bloc} fill={blocColour(bloc)}>
                  <title>{bloc ? `${c.name}: ${bloc}` : c.name}</title>
                </path>
              );
            })}
          </g>
          <g class="bases">
            {(frame?.bases ?? []).map((b, i, all) => {
              const at = centroidOf.get(b.host);
              if (!at) return null;
              const siblings = all.filter((o) => o.host === b.host);
              const k = siblings.indexOf(b);
              const angle = (2 * Math.PI * k) / Math.max(1, siblings.length);
              const r = siblings.length > 1 ? 7 : 0;
              return (
                <circle
                  key={`${b.host}-${b.operator}-${b.site}-${i}`}
                  class="base"
                  data-host={b.host}
                  data-operator={b.operator}
                  cx={at[0] + r * Math.cos(angle)}
                  cy={at[1] + r * Math.sin(angle)}
                  r={4.5}
                  fill={blocColour(frame?.blocs.get(b.operator))}
                >
                  <title>{`${b.operator} base${b.site ? ` ${b.site}` : ""} in ${b.host}, since ${b.since ?? "?"}`}</title>
                </circle>
              );
            })}
          </g>
        </svg>
        <figcaption>
          <ul class="legend-list">
            {BLOCS.map((bloc) => (
              <li key={bloc}>
                <span class="swatch" style={{ background: blocColour(bloc) }} /> {bloc}
              </li>
            ))}
            <li>
              <span class="swatch base-swatch" /> foreign base (operator's colour)
            </li>
          </ul>
        </figcaption>
      </figure>
      <section>
        <h2>Blocs on {monthText(month)}</h2>
        <table class="blocs">
          <thead>
            <tr>
              <th scope="col">bloc</th>
              <th scope="col">states coloured by it</th>
            </tr>
          </thead>
          <tbody>
            {BLOCS.map((bloc) => {
              const states = inBloc(bloc);
              return states.length === 0 ? null : (
                <tr key={bloc} data-bloc={bloc}>
                  <th scope="row">{bloc}</th>
                  <td>
                    {states.sort().map((s, i) => (
                      <span key={s}>
                        {i > 0 ? ", " : ""}
                        <Link href={`/actors/${s}`}>{s}</Link>
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h2>Foreign bases on {monthText(month)}</h2>
        <ul>
          {(frame?.bases ?? []).map((b) => (
            <li key={`${b.host}-${b.operator}-${b.site}`}>
              {b.operator} in {b.host}
              {b.site ? ` (${b.site})` : ""}, since {b.since ?? "?"}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
