import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

/** Client routes on the History API: the server answers every non-API path with the app. */

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly hash: string;
}

const listeners = new Set<() => void>();

function current(): Location {
  return {
    path: window.location.pathname,
    query: new URLSearchParams(window.location.search),
    hash: window.location.hash,
  };
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  for (const listener of listeners) listener();
  if (!options.replace) window.scrollTo(0, 0);
}

/** Changes the query without a new history entry (a slider's position, say). */
export function replaceQuery(changes: Record<string, string | null>): void {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) query.delete(key);
    else query.set(key, value);
  }
  const search = query.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return location;
}

export function Link(props: {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  readonly "aria-current"?: "page" | undefined;
}) {
  const { href, children, ...rest } = props;
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
