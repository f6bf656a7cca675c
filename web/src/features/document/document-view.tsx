import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { describeError, getJson } from "../../shared/api.js";
import { Link } from "../../shared/router.js";
import { useAsync } from "../../shared/use-async.js";
import { piecesOf } from "./highlight.js";

/**
 * A document's text with the span of every claim (and candidate) highlighted: select a
 * highlight for its claims, select a claim to scroll to its span. Third-party text is only
 * ever shown as text nodes.
 */

export interface DocumentSpan {
  readonly start: number;
  readonly end: number;
  readonly claimId?: string;
  readonly candidateId?: string;
  readonly kind: string;
  readonly summary: string;
  readonly state: string;
}

export interface DocumentAnswer {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly spans: readonly DocumentSpan[];
}

export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly format: string;
  readonly ingestedAt: string;
  readonly candidates: number;
}

export function DocumentsList() {
  const docs = useAsync(
    (signal) => getJson<{ documents: DocumentSummary[] }>("/documents", {}, { signal }),
    [],
  );
  if (docs.state === "loading") return <p aria-busy="true">Loading documents…</p>;
  if (docs.state === "failed")
    return (
      <p role="alert" class="error">
        {describeError(docs.error)}
      </p>
    );
  return (
    <article>
      <h1>Documents</h1>
      {docs.value.documents.length === 0 ? <p>No document has been ingested yet.</p> : null}
      <ul class="documents">
        {docs.value.documents.map((d) => (
          <li key={d.id}>
            <Link href={`/documents/${encodeURIComponent(d.id)}`}>{d.title ?? d.name}</Link>{" "}
            <span class="muted">
              {d.published ?? "undated"} · {d.format} · {d.candidates} candidate
              {d.candidates === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function DocumentView(props: { readonly id: string; readonly focus: string | null }) {
  const doc = useAsync(
    (signal) => getJson<DocumentAnswer>(`/documents/${encodeURIComponent(props.id)}`, {}, { signal }),
    [props.id],
  );
  if (doc.state === "loading") return <p aria-busy="true">Loading the document…</p>;
  if (doc.state === "failed")
    return (
      <p role="alert" class="error">
        {describeError(doc.error)}
      </p>
    );
  return <DocumentText doc={doc.value} focus={props.focus} />;
}

const spanKey = (s: DocumentSpan) => s.claimId ?? s.candidateId ?? `${s.start}-${s.end}`;

function DocumentText(props: { doc: DocumentAnswer; focus: string | null }) {
  const { doc, focus } = props;
  const pieces = useMemo(() => piecesOf(doc.text.length, doc.spans), [doc]);
  const initial =
    focus === null ? -1 : doc.spans.findIndex((s) => s.claimId === focus || s.candidateId === focus);
  const [selected, setSelected] = useState<number>(initial);
  const textRef = useRef<HTMLDivElement>(null);

  const scrollToSpan = (index: number) => {
    setSelected(index);
    const mark = textRef.current?.querySelector<HTMLElement>(`.hl[data-first-of="${index}"]`);
    mark?.scrollIntoView({ block: "center" });
    mark?.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (initial >= 0) scrollToSpan(initial);
    // Only when the document or the requested claim changes.
  }, [doc.id, initial]);

  const chosen = selected >= 0 ? doc.spans[selected] : undefined;
  const firstPieceOf = new Map<number, number>();
  pieces.forEach((p, i) => {
    for (const s of p.spans) if (!firstPieceOf.has(s)) firstPieceOf.set(s, i);
  });

  return (
    <article class="document-view">
      <h1>{doc.title ?? doc.name}</h1>
      <p class="muted">
        {doc.published ?? "undated"} · {doc.spans.length} highlighted span{doc.spans.length === 1 ? "" : "s"}
      </p>
      <div class="split">
        <div class="doc-text" ref={textRef} data-doc={doc.id}>
          {pieces.map((p, i) => {
            const text = doc.text.slice(p.start, p.end);
            if (p.spans.length === 0) return text;
            const current = p.spans.includes(selected);
            // White space between overlapping spans is highlighted, but is not a control of its own.
            if (text.trim() === "")
              return (
                <span key={p.start} class={`hl gap${current ? " current" : ""}`}>
                  {text}
                </span>
              );
            const first = p.spans.find((s) => firstPieceOf.get(s) === i);
            const state = p.spans.map((s) => doc.spans[s]?.state ?? "").join(" ");
            return (
              // biome-ignore lint/a11y/useSemanticElements: a highlight runs inside the text and wraps over lines, which a <button> cannot; it has the role, focus and keys of one.
              <span
                key={p.start}
                class={`hl ${current ? "current " : ""}${p.spans.length > 1 ? "overlap " : ""}${state}`}
                data-spans={p.spans.join(" ")}
                data-first-of={first}
                data-start={p.start}
                data-end={p.end}
                tabIndex={0}
                role="button"
                aria-pressed={current}
                onClick={() => setSelected(p.spans[0] ?? -1)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    setSelected(p.spans[0] ?? -1);
                  }
                }}
              >
                {text}
              </span>
            );
          })}
        </div>
        <aside class="side" aria-label="Claims in this document">
          {chosen ? (
            <section class="span-detail" aria-live="polite">
              <h2>Selected span</h2>
              <p>
                <strong>{chosen.kind}</strong> {chosen.summary} <span class="badge">{chosen.state}</span>
              </p>
              <p class="muted">
                characters {chosen.start}–{chosen.end}
              </p>
            </section>
          ) : null}
          <h2>Claims</h2>
          <ol class="span-list">
            {doc.spans.map((s, i) => (
              <li key={spanKey(s)} data-claim={s.claimId ?? ""} data-candidate={s.candidateId ?? ""}>
                <button type="button" aria-pressed={i === selected} onClick={() => scrollToSpan(i)}>
                  {s.summary}
                </button>{" "}
                <span class="muted">
                  {s.kind} · {s.state}
                </span>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </article>
  );
}
