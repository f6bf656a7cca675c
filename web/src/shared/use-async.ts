import { useEffect, useState } from "preact/hooks";

export type Async<T> =
  | { readonly state: "loading" }
  | { readonly state: "done"; readonly value: T }
  | { readonly state: "failed"; readonly error: unknown };

/** Runs a load whenever its inputs change; an answer that arrives after newer inputs is dropped. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, inputs: readonly unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: "loading" });
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setResult({ state: "done", value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: "failed", error });
      },
    );
    return () => controller.abort();
  }, inputs);
  return result;
}
