import { Claim } from "../domain/claim.js";
import { type Problem, problem } from "../domain/result.js";

/**
 * Reads claims in the interchange format (JSON Lines, shared/spec/claims.md). Every bad
 * line is reported with its number; blank lines and `//` comments are skipped, as the
 * scorer does.
 */
export function parseClaimsJsonl(text: string, name: string): { claims: Claim[]; problems: Problem[] } {
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("//")) return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(
        problem("invalid_claim", `${where}: not JSON`, { where, hint: "one JSON object per line" }),
      );
      return;
    }
    const r = Claim.safeParse(value);
    if (r.success) claims.push(r.data);
    else {
      const first = r.error.issues[0];
      const path = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
      problems.push(
        problem("invalid_claim", `${where}: ${path}${first?.message ?? "not a claim"}`, {
          where,
          hint: "see shared/spec/claims.md for the claim kinds and their fields",
        }),
      );
    }
  });
  if (claims.length === 0 && problems.length === 0) {
    problems.push(problem("invalid_claim", `${name} holds no claims`, { hint: "one JSON claim per line" }));
  }
  return { claims, problems };
}
