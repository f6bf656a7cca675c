import type { SourceRef } from "./knowledge.js";
import { Link } from "./router.js";

/** Where a claim comes from: each source, and for a document the span the claim rests on. */
export function SourceList(props: { readonly sources: readonly SourceRef[] }) {
  if (props.sources.length === 0) return <p class="muted">No source recorded.</p>;
  return (
    <ul class="sources">
      {props.sources.map((s) => (
        <li key={`${s.claim}-${s.id}`}>
          <span class="source-title">{s.title}</span>
          {s.publisher ? <span class="muted"> · {s.publisher}</span> : null}
          {s.published ? <span class="muted"> · {s.published}</span> : null}
          {s.span ? (
            <>
              {" "}
              <Link href={`/documents/${encodeURIComponent(s.id)}?claim=${encodeURIComponent(s.claim)}`}>
                open the passage (characters {s.span[0]}–{s.span[1]})
              </Link>
            </>
          ) : null}
          {s.url ? (
            <>
              {" "}
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                original
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
