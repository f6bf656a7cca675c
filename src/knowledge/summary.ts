import { type Claim, membershipChange } from "../domain/claim.js";

/**
 * One line of plain English per claim, for timelines and tables. The only place claim
 * text is written, so the CLI, the API and the web app say the same thing.
 */
export function summarize(claim: Claim, nameOf: (code: string) => string): string {
  const n = nameOf;
  const list = (codes: readonly string[]) => (codes.length === 0 ? "members" : codes.map(n).join(", "));
  switch (claim.kind) {
    case "membership": {
      const verb = {
        join: "joins",
        suspend: "suspends its membership of",
        withdraw: "withdraws from",
        apply: "applies to join",
        observer: "becomes an observer of",
        associate: "becomes an associate member of",
      }[membershipChange(claim.change)];
      return `${n(claim.state)} ${verb} ${n(claim.org)}`;
    }
    case "org":
      return claim.change === "found"
        ? `${n(claim.org)} is founded${claim.predecessor ? ` (successor of ${n(claim.predecessor)})` : ""}`
        : `${n(claim.org)} is dissolved`;
    case "rule": {
      const what = `${claim.rule}${claim.value ? ` (${claim.value})` : ""}`;
      const by = claim.by ? ` by ${n(claim.by)}` : "";
      const verb = { propose: "proposed", adopt: "adopted", reject: "rejected", drop: "dropped" }[
        claim.change
      ];
      return `${n(claim.subject)}: rule ${what} ${verb}${by}${claim.article ? `, ${claim.article}` : ""}`;
    }
    case "force":
      return claim.change === "establish"
        ? `${n(claim.org)} establishes the ${claim.name}${claim.members ? ` (${list(claim.members)})` : ""}${claim.size ? `, ${claim.size} troops` : ""}`
        : `${n(claim.org)}: the ${claim.name} numbers ${claim.size ?? "?"} troops`;
    case "base": {
      const site = claim.site ? `${claim.site} ` : "";
      const verb = {
        open: "opens",
        close: "closes",
        plan: "plans",
        abort: "drops its plan for",
        extend: "extends its lease on",
        exists: "holds",
      }[claim.change];
      const until = claim.until ? ` until ${claim.until}` : "";
      return `${n(claim.operator)} ${verb} the ${site}base in ${n(claim.host)}${until}`;
    }
    case "exercise": {
      const name = claim.name ? `"${claim.name}"` : `a joint ${claim.form}`;
      const where = claim.location ?? (claim.host ? n(claim.host) : null);
      return `${name}${claim.org ? ` (${n(claim.org)})` : ""}${where ? ` in ${where}` : ""}: ${list(claim.participants)}${claim.troops ? `, ${claim.troops} troops` : ""}`;
    }
    case "agreement":
      return `${claim.name ?? "Agreement"} signed by ${list(claim.parties)}`;
    case "event":
      return `${n(claim.source)} ${claim.type} ${n(claim.target)}${claim.location ? ` in ${claim.location}` : ""}`;
    case "office":
      return `${n(claim.person)}: ${claim.role} of ${n(claim.actor)}${claim.until ? ` until ${claim.until}` : ""}`;
    default:
      return unhandled(claim);
  }
}

function unhandled(claim: never): never {
  throw new Error(`unhandled claim kind: ${JSON.stringify(claim)}`);
}
