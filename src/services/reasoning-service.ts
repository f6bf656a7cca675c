import { z } from "zod";
import type { Claim } from "../domain/claim.js";
import type { PartialDate } from "../domain/partial-date.js";
import { ProblemError, problem } from "../domain/result.js";
import { membersAt, membershipHistories } from "../knowledge/membership-history.js";
import type { Fact } from "../knowledge/reconcile.js";
import {
  charterDecisionRule,
  type DecisionRule,
  decide,
  latestProposal,
  stancesFromEvents,
  type Vote,
} from "../rules/decision.js";
import { obligationsAt } from "../rules/obligations.js";
import { violationsAt } from "../rules/violations.js";
import type { CitedClaim, KnowledgeService } from "./knowledge-service.js";

/**
 * Obligations, violations and decision simulation (shared/spec/cli.md): the pure rules of
 * src/rules asked over the knowledge base, with every answer citing the claims it rests on.
 */

const REASONING_KINDS: Claim["kind"][] = ["membership", "org", "rule", "agreement", "base", "event"];

async function factsAt(kb: KnowledgeService, asOf: string | null): Promise<Fact[]> {
  return kb.factsOfKinds(REASONING_KINDS, asOf);
}

export interface ObligationEntry {
  readonly guarantor: string;
  readonly protected: string;
  readonly basis: readonly {
    readonly kind: "organization" | "treaty";
    readonly org?: string;
    readonly agreement?: string;
    readonly rule: string;
    readonly claims: readonly CitedClaim[];
  }[];
}

/** `heartland obligations --at DATE [--state S]`: who is bound to defend whom, and on what basis. */
export async function obligations(
  kb: KnowledgeService,
  at: PartialDate,
  options: { state?: string; asOf?: string | null } = {},
) {
  const state = options.state === undefined ? undefined : kb.resolveActor(options.state, ["state"]).id;
  const facts = await factsAt(kb, options.asOf ?? null);
  const list: ObligationEntry[] = obligationsAt(facts, at, state === undefined ? {} : { state }).map((o) => ({
    guarantor: o.guarantor,
    protected: o.protected,
    basis: o.basis.map((b) => ({
      kind: b.kind,
      ...(b.org === undefined ? {} : { org: b.org }),
      ...(b.agreement === undefined ? {} : { agreement: b.agreement }),
      rule: b.rule,
      claims: kb.citeFacts(b.facts),
    })),
  }));
  return {
    at: at.text,
    asOf: options.asOf ?? null,
    scenario: kb.scenario?.name ?? null,
    state: state ?? null,
    obligations: list,
  };
}

/** `heartland violations --at DATE`: rules broken at that date, explained, with their claims. */
export async function violations(
  kb: KnowledgeService,
  at: PartialDate,
  options: { asOf?: string | null } = {},
) {
  const facts = await factsAt(kb, options.asOf ?? null);
  const list = violationsAt(facts, at, { nameOf: (c: string) => kb.actors.nameOf(c) }).map((v) => ({
    rule: v.rule,
    subject: v.subject,
    actors: v.actors,
    explanation: v.explanation,
    claims: kb.citeFacts(v.facts),
  }));
  return { at: at.text, asOf: options.asOf ?? null, scenario: kb.scenario?.name ?? null, violations: list };
}

export const VotesFile = z.record(z.string(), z.enum(["yes", "no", "abstain"]));

export type SimulateRule = DecisionRule | "charter";

/**
 * `heartland simulate`: the outcome of a proposal among the organization's members at a
 * date (suspended members do not vote), under its charter's rule or another.
 */
export async function simulate(
  kb: KnowledgeService,
  input: {
    org: string;
    at: PartialDate;
    rule: SimulateRule;
    threshold?: number;
    votes?: Readonly<Record<string, Vote>>;
    stancesFromEvents?: boolean;
    asOf?: string | null;
  },
) {
  const org = kb.resolveActor(input.org, ["organization"]).id;
  const facts = await factsAt(kb, input.asOf ?? null);
  const members = membersAt(membershipHistories(facts, org), input.at)
    .filter((m) => m.status === "member")
    .map((m) => m.state);
  if (members.length === 0) {
    throw new ProblemError(
      problem("not_found", `${org} has no members at ${input.at.text}`, {
        hint: "choose a date when it had members",
      }),
    );
  }
  let rule: DecisionRule;
  const basis: Fact[] = [];
  if (input.rule === "charter") {
    const charter = charterDecisionRule(facts, org, input.at);
    if (!charter) {
      throw new ProblemError(
        problem("not_found", `no decision rule of ${org} is recorded as in force at ${input.at.text}`, {
          hint: "give --rule unanimity|consensus|simple-majority|qualified-majority",
        }),
      );
    }
    rule = charter.rule;
    basis.push(charter.fact);
  } else rule = input.rule;

  let votes: Record<string, Vote> = {};
  const reasons: Record<string, CitedClaim[]> = {};
  let proposal: CitedClaim[] = [];
  if (input.votes) {
    for (const [name, vote] of Object.entries(input.votes)) votes[kb.resolveActor(name, ["state"]).id] = vote;
  } else if (input.stancesFromEvents) {
    const proposed = latestProposal(facts, org, input.at);
    if (!proposed) {
      throw new ProblemError(
        problem("not_found", `no proposal in ${org} is recorded on or before ${input.at.text}`, {
          hint: "give the votes with --votes FILE",
        }),
      );
    }
    const s = stancesFromEvents(facts, members, { by: proposed.by, org, date: proposed.date }, input.at);
    votes = s.votes;
    for (const [state, why] of Object.entries(s.reasons)) reasons[state] = kb.citeFacts(why);
    proposal = kb.citeFacts([proposed.fact]);
  } else {
    throw new ProblemError(
      problem("invalid_argument", "simulate needs --votes FILE or --stances-from-events", {
        hint: 'a votes file is JSON such as {"RUS":"yes","UZB":"no"}; members left out abstain',
      }),
    );
  }
  const outcome = decide(members, votes, rule, input.threshold);
  return {
    org,
    at: input.at.text,
    asOf: input.asOf ?? null,
    scenario: kb.scenario?.name ?? null,
    members,
    ...outcome,
    ignored: Object.keys(votes)
      .filter((s) => !members.includes(s))
      .sort(),
    basis: { rule: kb.citeFacts(basis), proposal, reasons },
  };
}

/**
 * What a scenario changes in obligations and violations at a date, against the base. An
 * obligation is compared basis by basis: "Russia protects Uzbekistan through the CSTO" is
 * added even where the treaty between them gave that protection already.
 */
export async function scenarioDiff(
  base: KnowledgeService,
  within: KnowledgeService,
  at: PartialDate,
  asOf: string | null,
) {
  const flat = (list: readonly ObligationEntry[]) =>
    list.flatMap((o) => o.basis.map((b) => ({ guarantor: o.guarantor, protected: o.protected, basis: b })));
  type Flat = ReturnType<typeof flat>[number];
  const okey = (x: Flat) =>
    `${x.guarantor}>${x.protected}|${x.basis.rule}|${x.basis.org ?? x.basis.agreement ?? ""}`;
  const vkey = (v: { rule: string; subject: string; actors: readonly string[] }) =>
    `${v.rule}|${v.subject}|${v.actors.join(",")}`;
  const diff = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string) => {
    const inA = new Set(a.map(key));
    const inB = new Set(b.map(key));
    return { added: b.filter((x) => !inA.has(key(x))), removed: a.filter((x) => !inB.has(key(x))) };
  };
  const [ob, os] = [await obligations(base, at, { asOf }), await obligations(within, at, { asOf })];
  const [vb, vs] = [await violations(base, at, { asOf }), await violations(within, at, { asOf })];
  return {
    scenario: within.scenario?.name ?? null,
    at: at.text,
    asOf,
    obligations: diff(flat(ob.obligations), flat(os.obligations), okey),
    violations: diff(vb.violations, vs.violations, vkey),
  };
}
