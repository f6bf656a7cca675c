import { useEffect, useRef, useState } from "preact/hooks";
import { describeError, getJson, postJson } from "../../shared/api.js";
import { forgetKnowledge } from "../../shared/knowledge.js";
import { Link } from "../../shared/router.js";

/**
 * Candidates read from ingested documents, each beside its passage; accept, reject or
 * correct them from the keyboard (j/k or arrows to move, a, r, c). Writes need an API
 * token, kept for this tab only.
 */

export interface Candidate {
  readonly id: string;
  readonly doc: string;
  readonly claim: { readonly kind: string; readonly date?: string | null; readonly [field: string]: unknown };
  readonly kind: string;
  readonly span: readonly [number, number] | null;
  /** The span's characters. */
  readonly text: string | null;
  readonly confidence: number | null;
  readonly state: string;
  readonly summary: string;
}

const TOKEN_KEY = "heartland-token";

/** The actor whose timeline a claim shows up in. */
export function actorOf(claim: Candidate["claim"]): string | null {
  for (const key of ["state", "host", "source", "actor", "org", "subject"]) {
    const value = claim[key];
    if (typeof value === "string" && value !== "") return value;
  }
  const participants = claim.participants;
  return Array.isArray(participants) && typeof participants[0] === "string" ? participants[0] : null;
}

export function ReviewQueue() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState<{ text: string; actor: string | null } | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  const load = async () => {
    try {
      const answer = await getJson<{ candidates: Candidate[] }>("/review", { state: "candidate" });
      setCandidates(answer.candidates);
      setError(null);
      const docs = [...new Set(answer.candidates.map((c) => c.doc))].filter((d) => !(d in texts));
      const loaded = await Promise.all(
        docs.map(async (d) => [
          d,
          (await getJson<{ text: string }>(`/documents/${encodeURIComponent(d)}`)).text,
        ]),
      );
      setTexts((t) => ({ ...t, ...Object.fromEntries(loaded) }));
    } catch (e) {
      setError(describeError(e));
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const current = candidates?.[index];

  const act = async (action: "accept" | "reject" | "correct", body: unknown = {}) => {
    if (!current) return;
    if (!token) {
      setError("an API token is needed to review: paste one above (heartland token create --name NAME)");
      return;
    }
    try {
      await postJson(`/review/${encodeURIComponent(current.id)}/${action}`, body, token);
      forgetKnowledge();
      const verb = action === "accept" ? "Accepted" : action === "reject" ? "Rejected" : "Corrected";
      setStatus({
        text: `${verb}: ${current.summary}`,
        actor: action === "reject" ? null : actorOf(current.claim),
      });
      setCorrecting(false);
      setCandidates((cs) => (cs ?? []).filter((c) => c.id !== current.id));
      setIndex((i) => Math.max(0, Math.min(i, (candidates?.length ?? 1) - 2)));
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  };

  const onKey = (event: KeyboardEvent) => {
    if (correcting || !candidates || candidates.length === 0) return;
    const target = event.target as HTMLElement;
    if (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "BUTTON") return;
    const keys: Record<string, () => void> = {
      j: () => setIndex((i) => Math.min(candidates.length - 1, i + 1)),
      ArrowDown: () => setIndex((i) => Math.min(candidates.length - 1, i + 1)),
      k: () => setIndex((i) => Math.max(0, i - 1)),
      ArrowUp: () => setIndex((i) => Math.max(0, i - 1)),
      a: () => void act("accept"),
      r: () => void act("reject"),
      c: () => setCorrecting(true),
    };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      run();
    }
  };

  const saveToken = (value: string) => {
    setToken(value);
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  };

  return (
    <article class="review-queue">
      <h1>Review queue</h1>
      <form class="token-form" onSubmit={(e) => e.preventDefault()}>
        <label for="review-token">API token</label>
        <input
          id="review-token"
          type="password"
          autocomplete="off"
          value={token}
          onInput={(e) => saveToken((e.currentTarget as HTMLInputElement).value)}
          placeholder="hl_…"
        />
        <span class="muted">kept in this tab only</span>
      </form>
      <p class="muted">
        Keys in the list: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject,{" "}
        <kbd>c</kbd> correct.
      </p>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <div role="status" class="status">
        {status ? (
          <>
            {status.text}
            {status.actor ? (
              <>
                {" "}
                · <Link href={`/actors/${status.actor}`}>see it in {status.actor}'s timeline</Link>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {candidates === null && !error ? <p aria-busy="true">Loading candidates…</p> : null}
      {candidates && candidates.length === 0 ? <p>No candidate is waiting for review.</p> : null}
      {candidates && candidates.length > 0 ? (
        <div class="split">
          <div
            class="candidates"
            ref={listRef}
            tabIndex={0}
            role="listbox"
            aria-label="Candidates waiting for review"
            aria-activedescendant={current ? `candidate-${current.id}` : undefined}
            onKeyDown={onKey}
          >
            {candidates.map((c, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: an option of the listbox above, which takes the keys (j/k, a, r, c).
              <div
                key={c.id}
                tabIndex={-1}
                id={`candidate-${c.id}`}
                class={i === index ? "current" : ""}
                data-candidate={c.id}
                aria-selected={i === index}
                role="option"
                onClick={() => setIndex(i)}
              >
                <span class="summary">{c.summary}</span>{" "}
                <span class="muted">
                  {c.claim.date ?? "undated"} ·{" "}
                  {c.confidence === null ? "" : `${Math.round(c.confidence * 100)}% · `}
                  {c.doc}
                </span>
              </div>
            ))}
          </div>
          {current ? (
            <section class="side candidate-detail" aria-label="Selected candidate">
              <h2>{current.summary}</h2>
              <Passage text={texts[current.doc]} span={current.span} own={current.text} />
              <p>
                <Link
                  href={`/documents/${encodeURIComponent(current.doc)}?claim=${encodeURIComponent(current.id)}`}
                >
                  open the document
                </Link>
              </p>
              <div class="actions">
                <button type="button" onClick={() => void act("accept")}>
                  Accept (a)
                </button>
                <button type="button" onClick={() => void act("reject")}>
                  Reject (r)
                </button>
                <button type="button" onClick={() => setCorrecting(true)}>
                  Correct (c)
                </button>
              </div>
              {correcting ? (
                <CorrectForm
                  candidate={current}
                  onCancel={() => {
                    setCorrecting(false);
                    listRef.current?.focus();
                  }}
                  onSubmit={(set) => void act("correct", { set })}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** The candidate's span in its sentence's surroundings, as text. */
function Passage(props: {
  text: string | undefined;
  span: readonly [number, number] | null;
  own: string | null;
}) {
  const { text, span } = props;
  if (span === null) return <blockquote class="passage">{props.own ?? "(no passage recorded)"}</blockquote>;
  if (text === undefined) return <p class="muted">Loading the passage…</p>;
  const before = text.slice(Math.max(0, span[0] - 160), span[0]);
  const after = text.slice(span[1], span[1] + 160);
  return (
    <blockquote class="passage">
      …{before}
      <mark class="current">{text.slice(span[0], span[1])}</mark>
      {after}…
    </blockquote>
  );
}

function CorrectForm(props: {
  candidate: Candidate;
  onCancel: () => void;
  onSubmit: (set: Record<string, string>) => void;
}) {
  const fields = Object.keys(props.candidate.claim).filter((k) => k !== "kind");
  const [field, setField] = useState(fields.includes("date") ? "date" : (fields[0] ?? "date"));
  const [value, setValue] = useState(String(props.candidate.claim[field] ?? ""));
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      class="correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ [field]: value });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onCancel();
      }}
    >
      <label for="correct-field">Field</label>
      <select
        id="correct-field"
        value={field}
        onChange={(e) => {
          const f = (e.currentTarget as HTMLSelectElement).value;
          setField(f);
          setValue(String(props.candidate.claim[f] ?? ""));
        }}
      >
        {fields.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <label for="correct-value">Value</label>
      <input
        id="correct-value"
        ref={inputRef}
        value={value}
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">Save correction</button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
