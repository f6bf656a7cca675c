/**
 * Checks the curated knowledge base: every file against its schema, every reference
 * (sources, actors), and, where ../shared/corpus is at hand, that each span cited into an
 * article names the claim's actors. Usage: node --import tsx scripts/check-data.ts [DIR]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { claimActors } from "../src/domain/claim.js";
import { normalizeName } from "../src/knowledge/actor-registry.js";
import { parseCuratedData } from "../src/knowledge/curated-data.js";
import { readDataDir } from "../src/services/data-files.js";

const dir = process.argv[2] ?? "data";
const { data, problems } = parseCuratedData(readDataDir(dir));
for (const p of problems) console.error(`error: ${p.message}`);
if (!data) {
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}

let warnings = 0;
const corpus = join("..", "shared", "corpus");
if (existsSync(corpus)) {
  // People stand for the actor they act for: "Karimov" names UZB.
  const personActors = new Map<string, Set<string>>();
  for (const c of data.claims) {
    if (c.claim.kind === "office") {
      const set = personActors.get(c.claim.actor) ?? new Set();
      set.add(c.claim.person);
      personActors.set(c.claim.actor, set);
    }
  }
  const namesOf = (id: string): string[] => {
    const a = data.actors.get(id);
    const own = a ? [a.id, a.name, ...a.aliases] : [id];
    const people = [...(personActors.get(id) ?? [])].flatMap((p) => {
      const person = data.actors.get(p);
      return person ? [person.name, ...person.aliases] : [];
    });
    return [...own, ...people].map(normalizeName).filter((n) => n.length > 1);
  };
  for (const c of data.claims) {
    if (!c.span) continue;
    const path = join(corpus, `${c.cite}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const [start, end] = c.span;
    if (end > text.length) {
      console.error(
        `error: ${c.where}: span [${start}, ${end}] is past the end of ${c.cite} (${text.length})`,
      );
      process.exitCode = 1;
      continue;
    }
    const spanText = ` ${normalizeName(text.slice(start, end))} `;
    for (const { actor } of claimActors(c.claim)) {
      if (!namesOf(actor).some((n) => spanText.includes(` ${n} `) || spanText.includes(` ${n}`))) {
        console.warn(`warning: ${c.where}: span does not name ${actor}`);
        warnings++;
      }
    }
  }
}
console.log(
  `${data.claims.length} claims, ${data.sources.length} sources, ${data.organizations.length} organizations, ${data.people.length} people; ${warnings} warning(s)`,
);
