import { renameSync, writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { SYSTEMS, type SystemName } from "../../analytics/state-system.js";
import { ProblemError, problem } from "../../domain/result.js";
import { align, alignChart } from "../../services/analytics-service.js";
import { readTextFile } from "../../services/data-files.js";
import { readAsOf } from "../../services/knowledge-service.js";
import { paint, table } from "../output.js";
import type { CommandKit } from "./command-kit.js";

/** A `--from`/`--to` year, or a problem naming the option. */
export function readYear(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) {
    throw new ProblemError(
      problem("invalid_argument", `${option}: "${value}" is not a year`, { hint: "write YYYY, e.g. 1999" }),
    );
  }
  return Number(value);
}

/** A weights file: a JSON object of state codes to non-negative numbers. */
function readWeights(file: string): Record<string, number> {
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(file));
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    throw new ProblemError(
      problem("invalid_argument", `${file} is not JSON: ${(e as Error).message}`, {
        hint: 'write {"RUS":0.21,"UZB":0.01}',
      }),
    );
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ProblemError(
      problem("invalid_argument", `${file} is not a JSON object`, { hint: 'write {"RUS":0.21,"UZB":0.01}' }),
    );
  }
  const out: Record<string, number> = {};
  for (const [state, w] of Object.entries(json)) {
    if (typeof w !== "number" || !(w >= 0) || !Number.isFinite(w)) {
      throw new ProblemError(
        problem("invalid_argument", `${file}: the weight of "${state}" is not a non-negative number`, {
          hint: "give each state a number such as its share of capabilities",
        }),
      );
    }
    out[state.toUpperCase()] = w;
  }
  return out;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "-" : v.toFixed(2));

/** `heartland align A B`: alignment measures by year (shared/spec/cli.md), optionally as an SVG chart. */
export function registerAlign(program: Command, kit: CommandKit): void {
  program
    .command("align")
    .description(
      "how aligned two states were, year by year: co-membership, Signorino-Ritter S, tau-b, Cohen's kappa and event balance, from their alliance portfolios",
    )
    .argument("<a>", "a state: code or name, e.g. UZB")
    .argument("<b>", "another state, e.g. Russia")
    .option("--from <year>", "first year (default: the first year the data covers)")
    .option("--to <year>", "last year (default: the last year the data covers)")
    .addOption(
      new Option("--system <system>", "which states the portfolios range over")
        .choices([...SYSTEMS])
        .default("region"),
    )
    .option(
      "--tie <key=level...>",
      "override a tie level: an organization (SCO=0), a clause (non-aggression=1) or collective-defence=N",
    )
    .option("--weights <file>", 'JSON weights per state for the weighted S, e.g. {"RUS":0.21,"UZB":0.01}')
    .option("--ties", "list each year's ties of either state with the claims and sources behind them")
    .option("--plot <file.svg>", "also write a chart of the measures with the membership changes marked")
    .addHelpText(
      "after",
      kit.example(
        "heartland align UZB RUS --from 1995 --to 2014",
        "heartland align Uzbekistan Russia --from 1995 --to 2014 --json --ties",
        "heartland align UZB RUS --system all-known --tie SCO=0 --plot uzb-rus.svg",
      ) +
        "\nTie levels (ATOP/COW): 3 defence pact (a collective-defence rule in force, a mutual-assistance\n" +
        "clause), 2 neutrality or non-aggression, 1 consultation (CIS, SCO by default), 0 none.\n" +
        "A year is read on 31 December. Systems: region (the Eurasian organizations' members) or\n" +
        "all-known (every state the knowledge base names), each limited to COW system members.\n",
    )
    .action(
      async (
        aInput: string,
        bInput: string,
        opts: {
          from?: string;
          to?: string;
          system: SystemName;
          tie?: string[];
          weights?: string;
          ties?: boolean;
          plot?: string;
        },
        cmd: Command,
      ) => {
        const from = readYear(opts.from, "--from");
        const to = readYear(opts.to, "--to");
        const weights = opts.weights === undefined ? undefined : readWeights(opts.weights);
        await kit.withService(cmd, async (s, json) => {
          const g = cmd.optsWithGlobals() as { asOf?: string };
          const answer = await align(s, aInput, bInput, {
            from,
            to,
            system: opts.system,
            ties: opts.tie ?? [],
            weights,
            withTies: opts.ties ?? false,
            asOf: readAsOf(g.asOf),
          });
          if (opts.plot) {
            const tmp = `${opts.plot}.tmp-${process.pid}`;
            writeFileSync(tmp, alignChart(answer));
            renameSync(tmp, opts.plot);
            if (!json) kit.output.err(`wrote ${opts.plot}\n`);
          }
          if (json) {
            kit.output.out(`${JSON.stringify(answer)}\n`);
            return;
          }
          const o = kit.output;
          const head = `${paint(o, "bold", `${answer.names.a} (${answer.a}) and ${answer.names.b} (${answer.b})`)}, ${answer.from}-${answer.to}, system: ${answer.system}\n`;
          const rows = answer.years.map((y) => [
            String(y.year),
            String(y.system_size),
            String(y.tie),
            String(y.comembership),
            fmt(y.s),
            ...(weights ? [fmt(y.s_weighted)] : []),
            fmt(y.tau_b),
            fmt(y.kappa),
            `${y.events.cooperative}/${y.events.conflictual}`,
            y.changes.map((c) => c.summary).join("; "),
          ]);
          o.out(
            head +
              table(
                [
                  "year",
                  "states",
                  "tie",
                  "co-mem",
                  "S",
                  ...(weights ? ["S (w)"] : []),
                  "tau-b",
                  "kappa",
                  "coop/conf",
                  "changes",
                ],
                rows,
                o,
              ),
          );
        });
      },
    );
}
