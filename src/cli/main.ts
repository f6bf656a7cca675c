import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { SYSTEMS, type SystemName } from "../analytics/state-system.js";
import { ProblemError, problem } from "../domain/result.js";
import { dyadYearFile, stateYearFile } from "../services/analytics-service.js";
import { readDataDir, readTextFile } from "../services/data-files.js";
import { claimsFile, membershipsFile } from "../services/export-tables.js";
import { type KnowledgeService, type LoadReport, readAsOf, readDate } from "../services/knowledge-service.js";
import { allClaimsFile, type LoadInput, loadInputs } from "../services/load-claims.js";
import { openKnowledgeBase } from "../services/open-knowledge-base.js";
import {
  obligations,
  type SimulateRule,
  scenarioDiff,
  simulate,
  VotesFile,
  violations,
} from "../services/reasoning-service.js";
import { registerAlign } from "./commands/align.js";
import { registerBackup } from "./commands/backup.js";
import type { CommandKit } from "./commands/command-kit.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerJobs } from "./commands/jobs.js";
import { registerServe } from "./commands/serve.js";
import { registerToken } from "./commands/token.js";
import { registerWorker } from "./commands/worker.js";
import { type Output, paint, reportProblem, table } from "./output.js";

/**
 * `heartland`: the command-line face of the services (shared/spec/cli.md). Commands parse
 * and print; the services answer. Exit status: 0 success, 1 bad input or failed
 * operation, 2 usage error.
 */

interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
  asOf?: string;
  scenario?: string;
  json?: boolean;
}

export interface CliContext {
  readonly output: Output;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
}

function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

export function buildProgram(ctx: CliContext): Command {
  const o = ctx.output;
  const program = new Command("heartland")
    .description("Who is aligned with whom in world politics, when, and on whose word.")
    .option("--db <path>", "SQLite knowledge base file (default: the bundled one; env HEARTLAND_DB)")
    .option("--database-url <url>", "PostgreSQL URL (env HEARTLAND_DATABASE_URL)")
    .option("--as-of <date>", "answer with what the knowledge base held on this recorded date")
    .option("--scenario <name>", "answer within a scenario's overlay")
    .option("--json", "print JSON for scripts")
    .showSuggestionAfterError()
    .configureOutput({ writeOut: o.out, writeErr: o.err })
    .exitOverride()
    .addHelpText(
      "after",
      example("heartland members CSTO --at 2012-07-01", "heartland timeline Uzbekistan --json"),
    );

  const globals = (cmd: Command): GlobalOptions => {
    const g = cmd.optsWithGlobals() as GlobalOptions;
    return {
      ...g,
      db: g.db ?? ctx.env.HEARTLAND_DB,
      databaseUrl: g.databaseUrl ?? ctx.env.HEARTLAND_DATABASE_URL,
    };
  };

  const withService = async <T>(
    cmd: Command,
    fn: (s: KnowledgeService, g: GlobalOptions) => Promise<T>,
    options: { ignoreScenario?: boolean } = {},
  ) => {
    const g = globals(cmd);
    readAsOf(g.asOf); // a malformed --as-of fails before any database is opened
    const kb = await openKnowledgeBase({
      db: g.db,
      databaseUrl: g.databaseUrl,
      now: ctx.now(),
      onLoad: (r) => progress(o, r, g.json ?? false),
    });
    try {
      const useScenario = g.scenario !== undefined && !options.ignoreScenario;
      return await fn(useScenario ? await kb.service.withScenario(g.scenario as string) : kb.service, g);
    } finally {
      await kb.store.close();
    }
  };

  /** Scenario management works on the base knowledge base, whatever --scenario says. */
  const withBase = <T>(cmd: Command, fn: (s: KnowledgeService, g: GlobalOptions) => Promise<T>) =>
    withService(cmd, (s, g) => fn(s, g), { ignoreScenario: true });

  const print = (g: GlobalOptions, json: unknown, human: () => string) => {
    o.out(g.json ? `${JSON.stringify(json)}\n` : human());
  };

  program
    .command("members")
    .description("the members of an organization at a date, with their status and sources")
    .argument("<org>", "organization code or name, e.g. CSTO")
    .requiredOption("--at <date>", "valid date: YYYY, YYYY-MM or YYYY-MM-DD")
    .addHelpText(
      "after",
      example("heartland members CSTO --at 2012-07-01", "heartland members SCO --at 2005 --json"),
    )
    .action(async (org: string, opts: { at: string }, cmd: Command) => {
      const at = readDate(opts.at, "--at");
      await withService(cmd, async (s, g) => {
        const answer = await s.members(org, at, { asOf: readAsOf(g.asOf) });
        print(g, answer, () => {
          const head = `${paint(o, "bold", answer.name)} (${answer.org}) at ${answer.at}${answer.asOf ? `, as known on ${answer.asOf}` : ""}\n`;
          if (answer.members.length === 0) return `${head}no members at that date\n`;
          const status = (st: string) =>
            st === "member"
              ? paint(o, "green", st)
              : st === "uncertain"
                ? paint(o, "yellow", st)
                : paint(o, "cyan", st);
          return (
            head +
            table(
              ["state", "name", "status", "since", "sources"],
              answer.members.map((m) => [
                m.state,
                m.name,
                status(m.status),
                m.since ?? "",
                [...new Set(m.sources.map((x) => x.id))].join(", "),
              ]),
              o,
            )
          );
        });
      });
    });

  program
    .command("timeline")
    .description("everything the knowledge base holds about an actor, in date order, with sources")
    .argument("<actor>", "state, organization or person: code or name, e.g. UZB or Uzbekistan")
    .option("--from <date>", "from this valid date")
    .option("--to <date>", "up to this valid date")
    .addHelpText(
      "after",
      example("heartland timeline UZB", "heartland timeline Uzbekistan --from 2005 --to 2012 --json"),
    )
    .action(async (actor: string, opts: { from?: string; to?: string }, cmd: Command) => {
      const range = {
        ...(opts.from !== undefined ? { from: readDate(opts.from, "--from") } : {}),
        ...(opts.to !== undefined ? { to: readDate(opts.to, "--to") } : {}),
      };
      await withService(cmd, async (s, g) => {
        const answer = await s.timeline(actor, range, { asOf: readAsOf(g.asOf) });
        print(g, answer, () => {
          const head = `${paint(o, "bold", answer.name)} (${answer.actor}): ${answer.entries.length} entries\n`;
          return (
            head +
            table(
              ["date", "kind", "what", "sources"],
              answer.entries.map((e) => [
                e.date ?? "(undated)",
                e.kind,
                e.conflict ? `${e.summary} ${paint(o, "red", "[conflict]")}` : e.summary,
                [...new Set(e.sources.map((x) => x.id))].join(", "),
              ]),
              o,
            )
          );
        });
      });
    });

  program
    .command("conflicts")
    .description("claims that disagree, side by side, and which one answers follow")
    .option("--actor <actor>", "only conflicts about this actor")
    .addHelpText("after", example("heartland conflicts --actor UZB", "heartland conflicts --json"))
    .action(async (opts: { actor?: string }, cmd: Command) => {
      await withService(cmd, async (s, g) => {
        const answer = await s.conflicts(opts.actor, { asOf: readAsOf(g.asOf) });
        print(g, answer, () => {
          if (answer.conflicts.length === 0) return "no conflicts\n";
          return answer.conflicts
            .map((c) => {
              const lines = c.readings.flatMap((r) => {
                const mark = r.date === c.chosen.date ? paint(o, "green", "*") : " ";
                return r.claims.map(
                  (x) =>
                    `  ${mark} ${(r.date ?? "(undated)").padEnd(10)}  ${x.id}  ${x.cite.title} (${x.cite.publisher ?? x.cite.id})`,
                );
              });
              const by = c.decidedBy === "analyst" ? `ranked by ${c.preference?.analyst}` : "default policy";
              return `${paint(o, "bold", c.summary)}  (${by}; * = followed)\n${lines.join("\n")}\n`;
            })
            .join("\n");
        });
      });
    });

  program
    .command("prefer")
    .description("rank a claim above the claims it conflicts with; answers then follow it")
    .argument("<claim-id>", "a claim id from `heartland conflicts`")
    .option("--analyst <name>", "who ranks it (default: $USER)")
    .option("--note <text>", "why")
    .addHelpText("after", example("heartland prefer c1a2b3c4d5e6f70 --analyst jdoe --note 'treaty text'"))
    .action(async (claimId: string, opts: { analyst?: string; note?: string }, cmd: Command) => {
      await withService(cmd, async (s, g) => {
        const analyst = opts.analyst ?? ctx.env.USER ?? "analyst";
        const answer = await s.prefer(claimId, analyst, opts.note ?? null, ctx.now());
        print(g, answer, () => `preferred ${answer.claim.id} (recorded by ${analyst})\n`);
      });
    });

  program
    .command("load")
    .description(
      "load curated data directories (see data/README.md) and claims exports (JSON Lines): idempotent, all or nothing",
    )
    .argument("<paths...>", "directories of YAML files (e.g. data/), or files from `heartland export claims`")
    .addHelpText(
      "after",
      example(
        "heartland load data/",
        "heartland --db team.sqlite load data/ --json",
        "heartland export claims --output claims.jsonl && heartland --database-url postgres://heartland@db/heartland load data/ claims.jsonl",
      ),
    )
    .action(async (paths: string[], _opts: unknown, cmd: Command) => {
      const g = globals(cmd);
      const inputs: LoadInput[] = paths.map((path) =>
        existsSync(path) && statSync(path).isFile()
          ? { kind: "claims", path, text: readTextFile(path) }
          : { kind: "dir", path: resolve(path), files: readDataDir(path) },
      );
      const kb = await openKnowledgeBase({
        db: g.db,
        databaseUrl: g.databaseUrl,
        now: ctx.now(),
        autoLoad: false,
      });
      try {
        const reports = await loadInputs(kb.store, inputs, ctx.now());
        print(g, reports.length === 1 ? reports[0] : reports, () =>
          reports
            .map((r) =>
              "dir" in r
                ? `loaded ${r.dir}: ${r.claims} claims (${r.added} added, ${r.unchanged} unchanged, ${r.retracted} retracted), ${r.sources} sources, ${r.actors} actors\n`
                : `loaded ${r.file}: ${r.claims} claims (${r.added} added, ${r.unchanged} unchanged)\n`,
            )
            .join(""),
        );
      } finally {
        await kb.store.close();
      }
    });

  program
    .command("export")
    .description(
      "export tables: memberships, claims, or the state-year and dyad-year tables (COW codes beside ISO codes)",
    )
    .argument("<table>", "memberships | claims | state-year | dyad-year")
    .option("--from <year>", "first year")
    .option("--to <year>", "last year")
    .addOption(new Option("--format <format>", "csv or jsonl").choices(["csv", "jsonl"]))
    .addOption(
      new Option("--system <system>", "state-year, dyad-year: which states make up the system")
        .choices([...SYSTEMS])
        .default("region"),
    )
    .option("--tie <key=level...>", "state-year, dyad-year: override a tie level (SCO=0, non-aggression=1)")
    .option("--output <file>", "write to this file (atomically) instead of standard output")
    .option(
      "--all",
      "claims: every held claim whatever its review (candidates and rejected too), with the reader's confidence, for `heartland load` elsewhere",
    )
    .addHelpText(
      "after",
      example(
        "heartland export memberships --format csv > memberships.csv",
        "heartland export claims --output claims.jsonl",
        "heartland export claims --all --output kb-claims.jsonl",
        "heartland export dyad-year --system all-known --from 1991 --to 2016 --output dyads.csv",
      ),
    )
    .action(
      async (
        which: string,
        opts: {
          from?: string;
          to?: string;
          format?: "csv" | "jsonl";
          output?: string;
          system: SystemName;
          tie?: string[];
          all?: boolean;
        },
        cmd: Command,
      ) => {
        const year = (v: string | undefined, name: string) => {
          if (v === undefined) return undefined;
          if (!/^\d{4}$/.test(v)) {
            throw new ProblemError(
              problem("invalid_argument", `${name}: "${v}" is not a year`, { hint: "write YYYY, e.g. 1999" }),
            );
          }
          return Number(v);
        };
        const from = year(opts.from, "--from");
        const to = year(opts.to, "--to");
        if (!["memberships", "claims", "state-year", "dyad-year"].includes(which)) {
          throw new ProblemError(
            problem("invalid_argument", `cannot export "${which}"`, {
              hint: "export memberships, claims, state-year or dyad-year",
            }),
          );
        }
        await withService(cmd, async (s, g) => {
          const asOf = readAsOf(g.asOf);
          const options = {
            asOf,
            from,
            to,
            format: opts.format ?? (which === "claims" ? "jsonl" : "csv"),
          } as const;
          const tableOptions = { ...options, system: opts.system, ties: opts.tie ?? [] };
          const text =
            which === "memberships"
              ? await membershipsFile(s, options)
              : which === "state-year"
                ? await stateYearFile(s, tableOptions)
                : which === "dyad-year"
                  ? await dyadYearFile(s, tableOptions)
                  : opts.all
                    ? await allClaimsFile(s)
                    : await claimsFile(s, options);
          if (opts.output !== undefined) {
            writeFileAtomically(opts.output, text);
            if (!g.json) o.err(`wrote ${opts.output}\n`);
          } else o.out(text);
        });
      },
    );

  program
    .command("obligations")
    .description(
      "who is bound to defend whom at a date: collective defence and alliance treaties, with their basis",
    )
    .requiredOption("--at <date>", "valid date")
    .option("--state <state>", "only obligations given to or by this state")
    .addHelpText(
      "after",
      example(
        "heartland obligations --at 2012-01-01 --state TJK",
        "heartland obligations --at 2013-01-01 --json",
      ),
    )
    .action(async (opts: { at: string; state?: string }, cmd: Command) => {
      const at = readDate(opts.at, "--at");
      await withService(cmd, async (s, g) => {
        const answer = await obligations(s, at, {
          asOf: readAsOf(g.asOf),
          ...(opts.state === undefined ? {} : { state: opts.state }),
        });
        print(g, answer, () => {
          if (answer.obligations.length === 0) return `no obligations at ${answer.at}\n`;
          return table(
            ["guarantor", "protects", "basis"],
            answer.obligations.map((x) => [
              x.guarantor,
              x.protected,
              x.basis.map((b) => `${b.org ?? b.agreement ?? ""} (${b.rule})`).join("; "),
            ]),
            o,
          );
        });
      });
    });

  program
    .command("violations")
    .description("charter and legal rules broken at a date, each explained, with the claims behind it")
    .requiredOption("--at <date>", "valid date")
    .addHelpText(
      "after",
      example(
        "heartland violations --at 2013-01-01",
        "heartland --scenario my-base violations --at 2014 --json",
      ),
    )
    .action(async (opts: { at: string }, cmd: Command) => {
      const at = readDate(opts.at, "--at");
      await withService(cmd, async (s, g) => {
        const answer = await violations(s, at, { asOf: readAsOf(g.asOf) });
        print(g, answer, () =>
          answer.violations.length === 0
            ? `no violations at ${answer.at}\n`
            : `${answer.violations
                .map(
                  (v) =>
                    `${paint(o, "red", v.rule)} (${v.subject}): ${v.explanation}\n  claims: ${v.claims.map((c) => c.id).join(", ")}`,
                )
                .join("\n")}\n`,
        );
      });
    });

  program
    .command("simulate")
    .description("would a proposal pass in an organization at a date, under its charter's rule or another?")
    .requiredOption("--org <org>", "organization")
    .requiredOption("--at <date>", "valid date")
    .addOption(
      new Option("--rule <rule>", "decision rule")
        .choices(["charter", "unanimity", "consensus", "simple-majority", "qualified-majority"])
        .default("charter"),
    )
    .option("--threshold <fraction>", "for qualified-majority: share of yes among votes cast (default 2/3)")
    .option("--votes <file>", 'JSON votes, e.g. {"RUS":"yes","UZB":"no"}; members left out abstain')
    .option("--stances-from-events", "infer votes on the latest proposal from recorded objections")
    .addHelpText(
      "after",
      example(
        "heartland simulate --org CSTO --at 2011-08-15 --rule unanimity --stances-from-events",
        "heartland simulate --org CSTO --at 2011-08-15 --rule simple-majority --votes votes.json --json",
      ),
    )
    .action(
      async (
        opts: {
          org: string;
          at: string;
          rule: SimulateRule;
          threshold?: string;
          votes?: string;
          stancesFromEvents?: boolean;
        },
        cmd: Command,
      ) => {
        const at = readDate(opts.at, "--at");
        let threshold: number | undefined;
        if (opts.threshold !== undefined) {
          threshold = Number(opts.threshold);
          if (!(threshold > 0 && threshold <= 1)) {
            throw new ProblemError(
              problem("invalid_argument", `--threshold: "${opts.threshold}" is not a fraction in (0, 1]`, {
                hint: "write e.g. 0.667",
              }),
            );
          }
        }
        let votes: Record<string, "yes" | "no" | "abstain"> | undefined;
        if (opts.votes !== undefined) {
          const text = readTextFile(opts.votes);
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch (e) {
            throw new ProblemError(
              problem("invalid_argument", `${opts.votes} is not JSON: ${(e as Error).message}`, {
                hint: 'write {"RUS":"yes","UZB":"no"}',
              }),
            );
          }
          const r = VotesFile.safeParse(json);
          if (!r.success) {
            const i = r.error.issues[0];
            throw new ProblemError(
              problem(
                "invalid_argument",
                `${opts.votes}: ${i?.path.join(".") ?? ""}: ${i?.message ?? "not a votes object"}`,
                {
                  hint: 'each vote is "yes", "no" or "abstain"',
                },
              ),
            );
          }
          votes = r.data;
        }
        await withService(cmd, async (s, g) => {
          const answer = await simulate(s, {
            org: opts.org,
            at,
            rule: opts.rule,
            asOf: readAsOf(g.asOf),
            ...(threshold === undefined ? {} : { threshold }),
            ...(votes === undefined ? {} : { votes }),
            ...(opts.stancesFromEvents ? { stancesFromEvents: true } : {}),
          });
          print(g, answer, () => {
            const verdict = answer.passes ? paint(o, "green", "passes") : paint(o, "red", "fails");
            const lines = [
              `${answer.org} at ${answer.at} under ${answer.rule}${answer.threshold ? ` (${answer.threshold})` : ""}: ${verdict}`,
              `  yes: ${answer.yes.join(", ") || "-"}`,
              `  no: ${answer.no.join(", ") || "-"}`,
              `  abstain: ${answer.abstain.join(", ") || "-"}`,
              `  blocking: ${answer.blocking.join(", ") || "-"}`,
              `  could block alone: ${answer.couldBlock.join(", ") || "-"}`,
              ...(answer.ignored.length > 0
                ? [`  ignored (not members then): ${answer.ignored.join(", ")}`]
                : []),
            ];
            return `${lines.join("\n")}\n`;
          });
        });
      },
    );

  const kit: CommandKit = {
    output: o,
    now: ctx.now,
    env: ctx.env,
    withService: (cmd, fn) => withService(cmd, (s, g) => fn(s, g.json ?? false)),
    example,
  };
  registerExtract(program, kit);
  registerAlign(program, kit);
  registerIngest(program, kit);

  const scenario = program
    .command("scenario")
    .description("named overlays of hypothetical claims; the base data is never touched")
    .addHelpText(
      "after",
      example(
        "heartland scenario create uzb-stays --retract c91f4fd7b06ffa56 --description 'Uzbekistan never suspends'",
        "heartland --scenario uzb-stays members CSTO --at 2013-01-01",
      ),
    );
  scenario
    .command("create")
    .description("create a scenario from claims to add (JSON Lines, as claims.md) and claim ids to retract")
    .argument("<name>", "scenario name, e.g. armenia-leaves-2024")
    .option("--add <file>", "hypothetical claims, one JSON object per line")
    .option("--retract <claim-id...>", "base claims the scenario takes away")
    .option("--description <text>", "what the scenario supposes")
    .option("--by <name>", "who creates it (default: $USER)")
    .addHelpText(
      "after",
      example(
        `echo '{"kind":"membership","state":"ARM","org":"CSTO","change":"withdraw","date":"2024"}' > arm.jsonl`,
        "heartland scenario create armenia-leaves-2024 --add arm.jsonl",
      ),
    )
    .action(
      async (
        name: string,
        opts: { add?: string; retract?: string[]; description?: string; by?: string },
        cmd: Command,
      ) => {
        if (!opts.add && !opts.retract?.length) {
          throw new ProblemError(
            problem("invalid_argument", "a scenario needs --add FILE or --retract CLAIM_ID", {
              hint: "say what the scenario adds or takes away",
            }),
          );
        }
        const adds = opts.add ? { text: readTextFile(opts.add), file: opts.add } : null;
        await withBase(cmd, async (s, g) => {
          const answer = await s.createScenario({
            name,
            description: opts.description ?? null,
            adds,
            retracts: opts.retract ?? [],
            by: opts.by ?? ctx.env.USER ?? "analyst",
            now: ctx.now(),
          });
          print(
            g,
            answer,
            () =>
              `created scenario "${name}": ${answer.adds.length} claim(s) added, ${answer.retracts.length} retracted\n`,
          );
        });
      },
    );
  scenario
    .command("list")
    .description("the scenarios")
    .addHelpText("after", example("heartland scenario list --json"))
    .action(async (_opts: unknown, cmd: Command) => {
      await withBase(cmd, async (s, g) => {
        const list = await s.store.scenarios();
        print(g, { scenarios: list }, () =>
          list.length === 0
            ? "no scenarios\n"
            : table(
                ["name", "created", "by", "description"],
                list.map((x) => [x.name, x.createdAt.slice(0, 10), x.createdBy, x.description ?? ""]),
                o,
              ),
        );
      });
    });
  scenario
    .command("show")
    .description("what a scenario adds and retracts")
    .argument("<name>", "scenario name")
    .addHelpText("after", example("heartland scenario show armenia-leaves-2024"))
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      await withBase(cmd, async (s, g) => {
        const sc = (await s.withScenario(name)).scenario;
        if (!sc) return;
        const answer = s.describeScenario(sc);
        print(g, answer, () => {
          const adds = answer.adds.map((a) => `  + ${a.date ?? "(undated)"}  ${a.summary}`);
          const retracts = answer.retracts.map((id) => `  - ${id}`);
          return `${paint(o, "bold", answer.name)}${answer.description ? `: ${answer.description}` : ""}\n${[...adds, ...retracts].join("\n")}\n`;
        });
      });
    });
  scenario
    .command("diff")
    .description("what a scenario changes in obligations and violations at a date")
    .argument("<name>", "scenario name")
    .requiredOption("--at <date>", "valid date")
    .addHelpText("after", example("heartland scenario diff uzb-stays --at 2013-01-01"))
    .action(async (name: string, opts: { at: string }, cmd: Command) => {
      const at = readDate(opts.at, "--at");
      await withBase(cmd, async (s, g) => {
        const answer = await scenarioDiff(s, await s.withScenario(name), at, readAsOf(g.asOf));
        print(g, answer, () => {
          const ob = (sign: string, list: typeof answer.obligations.added) =>
            list.map(
              (x) =>
                `  ${sign} ${x.guarantor} protects ${x.protected} through ${x.basis.org ?? x.basis.agreement} (${x.basis.rule})`,
            );
          const vi = (sign: string, list: typeof answer.violations.added) =>
            list.map((v) => `  ${sign} ${v.rule} (${v.subject}): ${v.explanation}`);
          return `${[
            `obligations at ${answer.at}:`,
            ...ob("+", answer.obligations.added),
            ...ob("-", answer.obligations.removed),
            `violations at ${answer.at}:`,
            ...vi("+", answer.violations.added),
            ...vi("-", answer.violations.removed),
          ].join("\n")}\n`;
        });
      });
    });

  scenario
    .command("delete")
    .description("delete a scenario (the base data is not affected)")
    .argument("<name>", "scenario name")
    .addHelpText("after", example("heartland scenario delete armenia-leaves-2024"))
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      await withBase(cmd, async (s, g) => {
        if (!(await s.store.deleteScenario(name))) {
          throw new ProblemError(
            problem("not_found", `there is no scenario named "${name}"`, {
              hint: "see `heartland scenario list`",
            }),
          );
        }
        print(g, { deleted: name }, () => `deleted scenario "${name}"\n`);
      });
    });

  registerServe(program, kit);
  registerToken(program, kit);
  registerBackup(program, kit);
  registerWorker(program, kit);
  registerJobs(program, kit);
  return program;
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over
 * it. A path that cannot be written (a directory, a missing folder, no permission) is a
 * problem naming it, and leaves nothing behind.
 */
function writeFileAtomically(path: string, text: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new ProblemError(
      problem("io", `--output: ${path} is a directory`, { hint: "give the path of a file to write" }),
    );
  }
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (cause) {
    rmSync(tmp, { force: true });
    throw new ProblemError(
      problem("io", `--output: cannot write ${path}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, {
        hint: "give a path in a folder that exists and can be written",
      }),
      { cause },
    );
  }
}

function progress(o: Output, r: LoadReport, json: boolean): void {
  if (json) return;
  o.err(`heartland: built the knowledge base from ${r.dir}: ${r.claims} claims from ${r.sources} sources\n`);
}

/** Runs one invocation; returns the exit status. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  const json = argv.includes("--json");
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      )
        return 0;
      if (json)
        ctx.output.err(
          `${JSON.stringify({ error: { code: "usage", message: e.message.replace(/^error: /, "") } })}\n`,
        );
      return 2;
    }
    if (e instanceof ProblemError) {
      reportProblem(ctx.output, e.problem, json);
      return 1;
    }
    throw e;
  }
}
