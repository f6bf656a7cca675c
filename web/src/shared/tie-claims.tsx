import { describeError } from "./api.js";
import { describeClaim, heldClaims, sources } from "./knowledge.js";
import type { Tie } from "./memberships.js";
import { Link } from "./router.js";
import { useAsync } from "./use-async.js";

/** The claims a membership tie rests on, each with its source and, for a document, its passage. */
export function TieClaims(props: { readonly tie: Tie; readonly onClose: () => void }) {
  const { tie, onClose } = props;
  const known = useAsync(async () => {
    const [claims, sourceById] = await Promise.all([heldClaims(), sources()]);
    return { claims, sourceById };
  }, []);
  return (
    <section class="tie-claims" aria-live="polite">
      <h2>
        {tie.state} {tie.status} of {tie.org}
        {tie.uncertain ? " (uncertain date)" : ""}
      </h2>
      {known.state === "loading" ? <p aria-busy="true">Loading claims…</p> : null}
      {known.state === "failed" ? (
        <p role="alert" class="error">
          {describeError(known.error)}
        </p>
      ) : null}
      {known.state === "done" ? (
        <ul class="claims">
          {tie.claims.map((id) => {
            const claim = known.value.claims.get(id);
            if (!claim) return <li key={id}>claim {id}</li>;
            const source = known.value.sourceById.get(claim.provenance.source);
            return (
              <li key={id} data-claim={id}>
                <strong>{claim.date ?? "undated"}</strong> {describeClaim(claim)}{" "}
                <span class="muted">· {source?.title ?? claim.provenance.source}</span>
                {claim.doc && claim.span ? (
                  <>
                    {" "}
                    <Link
                      href={`/documents/${encodeURIComponent(claim.doc)}?claim=${encodeURIComponent(id)}`}
                    >
                      open the passage
                    </Link>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <Link href={`/actors/${tie.state}`}>{tie.state}'s timeline</Link> ·{" "}
        <Link href={`/actors/${tie.org}`}>{tie.org}'s members over time</Link>
      </p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
