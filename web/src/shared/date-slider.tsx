import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { monthIndexOf, monthName, monthText } from "./dates.js";
import { replaceQuery } from "./router.js";

/**
 * The time slider the map and the network share: one step a month from January 1991 to
 * the last month; Play replays it, about eight months a second.
 */
export function DateSlider(props: {
  readonly id: string;
  readonly value: number;
  readonly max: number;
  readonly onChange: (month: number) => void;
}) {
  const { id, value, max, onChange } = props;
  const [playing, setPlaying] = useState(false);
  const position = useRef(value);
  position.current = value;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = position.current >= max ? 0 : position.current + 1;
      onChange(next);
      if (next >= max) setPlaying(false);
    }, 120);
    return () => window.clearInterval(timer);
  }, [playing, max, onChange]);

  return (
    <div class="date-slider">
      <label for={id}>
        Date <output for={id}>{monthText(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        step={1}
        value={value}
        aria-valuetext={monthName(value)}
        onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
        {playing ? "Pause" : "Play"}
      </button>
    </div>
  );
}

/** The last month the slider reaches: this month. */
export const lastMonth = () => monthIndexOf(new Date().toISOString().slice(0, 7)) ?? 12 * 35;

export function useSliderMonth(initial: string | null): [number, (m: number) => void, number] {
  const max = lastMonth();
  const [month, setMonth] = useState(() => Math.min(max, monthIndexOf(initial ?? "2012-01") ?? 0));
  const change = useCallback((m: number) => {
    performance.mark("heartland:slider");
    setMonth(m);
    replaceQuery({ at: monthText(m) });
  }, []);
  return [month, change, max];
}
