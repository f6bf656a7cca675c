import { type Command, Option } from "commander";
import { ProblemError, problem } from "../../domain/result.js";
import {
  documentList,
  documentView,
  IngestService,
  type QueueEntry,
  type QueueState,
  ReviewService,
  readDocumentFiles,
} from "../../services/ingest-service.js";
import { readDate } from "../../services/knowledge-service.js";
import { paint, table } from "../output.js";
import type { CommandKit } from "./command-kit.js";
import { enqueueDocuments } from "./jobs.js";

const REVIEW_STATES = ["candidate", "accepted", "rejected", "corrected", "all"] as const;

/** Who a CLI write is recorded under: `--by`, else the login name. */
function reviewerOf(opts: { by?: string }, env: NodeJS.ProcessEnv): string {
  const name = opts.by ?? env.HEARTLAND_USER ?? env.USER ?? env.LOGNAME ?? "cli";
  if (!/^[A-Za-z0-9][A-Za-z0-9 _.@-]{0,79}$/.test(name))
    throw new ProblemError(
      problem("invalid_argument", `"${name}" is not a reviewer name`, {
        hint: "give --by a name of letters, digits, spaces and . _ @ -",
      }),
    );
  return name;
}

const oneLine = (text: string | null, width = 90) => {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/**
 * `heartland ingest FILE...`, `heartland review list|show|accept|reject|correct` and
 * `heartland documents [ID]`: reading documents into the review queue and working it.
 */
export function registerIngest(program: Command, kit: CommandKit): void {
  const o = kit.output;

  program
    .command("ingest")
    .description(
      "store documents (text, HTML, Markdown) and queue the claims found in them for review; a document already stored (same content) is not stored again",
    )
    .argument("<files...>", "the documents")
    .option("--published <date>", "publication date of every file given (else from each document)")
    .addOption(
      new Option("--format <format>", "document format (else from the extension and content)").choices([
        "text",
        "html",
        "markdown",
      ]),
    )
    .option("--by <name>", "who ingests (default: $HEARTLAND_USER or the login name)")
    .option(
      "--queue",
      "queue the documents in PostgreSQL for `heartland worker` instead of reading them here",
    )
    .addHelpText(
      "after",
      kit.example(
        "heartland ingest reports/*.txt",
        "heartland --database-url postgres://heartland@db/heartland ingest --queue reports/*.txt",
        "heartland ingest article.html --published 2012-06-21 --json",
        "heartland review list",
      ),
    )
    .action(
      async (
        files: string[],
        opts: { published?: string; format?: "text" | "html" | "markdown"; by?: string; queue?: boolean },
        cmd: Command,
      ) => {
        if (opts.published !== undefined) readDate(opts.published, "--published");
        const by = reviewerOf(opts, kit.env);
        // Every file is read and checked before anything is written.
        const inputs = readDocumentFiles(files);
        if (opts.queue) {
          const queued = inputs.map((i) => ({ ...i, published: opts.published, format: opts.format }));
          return enqueueDocuments(cmd, kit, queued, by);
        }
        await kit.withService(cmd, async (s, json) => {
          const ingest = new IngestService(s);
          const reports = [];
          for (const [i, input] of inputs.entries()) {
            const r = await ingest.ingest(
              { ...input, published: opts.published, format: opts.format },
              by,
              kit.now(),
            );
            reports.push(r);
            if (!json)
              o.err(
                `heartland: [${i + 1}/${inputs.length}] ${input.name}: ${
                  r.status === "stored"
                    ? `stored as ${r.document.id}, ${r.candidates} candidate(s) to review`
                    : `already stored as ${r.document.id}`
                }\n`,
              );
          }
          if (json) {
            o.out(`${JSON.stringify({ documents: reports })}\n`);
            return;
          }
          const fresh = reports.filter((r) => r.status === "stored");
          const total = fresh.reduce((n, r) => n + r.candidates, 0);
          o.out(
            `${fresh.length} document(s) stored, ${reports.length - fresh.length} already there; ${total} candidate(s) to review: heartland review list\n`,
          );
        });
      },
    );

  const review = program
    .command("review")
    .description("the review queue: claims read from documents, to accept, reject or correct")
    .addHelpText(
      "after",
      kit.example(
        "heartland review list",
        "heartland review accept c1a2b3c4d5e6f70",
        "heartland review correct c1a2b3c4d5e6f70 --set date=2012-06-28",
      ),
    );

  const printEntries = (entries: readonly QueueEntry[], json: boolean, empty: string) => {
    if (json) {
      o.out(`${JSON.stringify({ candidates: entries })}\n`);
      return;
    }
    if (entries.length === 0) {
      o.out(`${empty}\n`);
      return;
    }
    o.out(
      table(
        ["id", "state", "conf", "claim", "text"],
        entries.map((e) => [
          e.id,
          e.state,
          e.confidence === null ? "" : e.confidence.toFixed(2),
          `${e.claim.date ?? "(no date)"} ${e.summary}`,
          oneLine(e.text, 70),
        ]),
        o,
      ),
    );
  };

  review
    .command("list")
    .description("claims awaiting review (or in another state), by document and position")
    .addOption(new Option("--state <state>", "which claims").choices(REVIEW_STATES).default("candidate"))
    .option("--doc <id>", "only this document's claims")
    .addHelpText(
      "after",
      kit.example("heartland review list", "heartland review list --doc report --state all --json"),
    )
    .action(async (opts: { state: QueueState; doc?: string }, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        const entries = await new ReviewService(s).list({
          state: opts.state,
          ...(opts.doc === undefined ? {} : { doc: opts.doc }),
        });
        printEntries(
          entries,
          json,
          `no claims in state ${opts.state}; ingest documents with \`heartland ingest FILE\``,
        );
      });
    });

  review
    .command("show")
    .description("one claim of the queue with the text around its span")
    .argument("<id>", "claim id (from `heartland review list`)")
    .addHelpText("after", kit.example("heartland review show c1a2b3c4d5e6f70"))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        const claim = await s.store.claim(id);
        if (!claim)
          throw new ProblemError(
            problem("unknown_claim", `there is no claim ${id}`, { hint: "see `heartland review list`" }),
          );
        const doc = await s.store.document(claim.sourceId);
        const entry = new ReviewService(s).entry(claim, doc?.text ?? null);
        if (json) {
          o.out(`${JSON.stringify(entry)}\n`);
          return;
        }
        const lines = [
          `${paint(o, "bold", entry.id)}  ${entry.state}${entry.reviewer ? ` by ${entry.reviewer}` : ""}`,
          `claim:  ${entry.claim.date ?? "(no date)"} ${entry.summary}`,
          `json:   ${JSON.stringify(entry.claim)}`,
          `source: ${entry.doc}${entry.span ? ` [${entry.span[0]}, ${entry.span[1]})` : ""}`,
        ];
        if (doc && entry.span) {
          const [a, b] = entry.span;
          const before = oneLine(doc.text.slice(Math.max(0, a - 120), a), 120);
          const after = oneLine(doc.text.slice(b, b + 120), 120);
          lines.push(`text:   …${before} ${paint(o, "yellow", oneLine(entry.text, 600))} ${after}…`);
        }
        o.out(`${lines.join("\n")}\n`);
      });
    });

  for (const decision of ["accept", "reject"] as const) {
    review
      .command(decision)
      .description(
        decision === "accept"
          ? "accept candidates: they enter the knowledge base, recorded now under your name"
          : "reject candidates: they are kept, marked, and never proposed again for their document",
      )
      .argument("<ids...>", "claim ids (from `heartland review list`)")
      .option("--by <name>", "reviewer (default: $HEARTLAND_USER or the login name)")
      .option("--note <text>", "why")
      .addHelpText("after", kit.example(`heartland review ${decision} c1a2b3c4d5e6f70 c0f1e2d3c4b5a69`))
      .action(async (ids: string[], opts: { by?: string; note?: string }, cmd: Command) => {
        const by = reviewerOf(opts, kit.env);
        await kit.withService(cmd, async (s, json) => {
          const done = await new ReviewService(s).decide(
            ids,
            decision === "accept" ? "accepted" : "rejected",
            by,
            kit.now(),
            opts.note ?? null,
          );
          if (json) o.out(`${JSON.stringify({ [decision === "accept" ? "accepted" : "rejected"]: done })}\n`);
          else
            for (const e of done) o.out(`${e.state} ${e.id}: ${e.claim.date ?? "(no date)"} ${e.summary}\n`);
        });
      });
  }

  review
    .command("correct")
    .description("correct a candidate: it is rejected, and the corrected claim enters in its place")
    .argument("<id>", "claim id (from `heartland review list`)")
    .requiredOption(
      "--set <field=value...>",
      "fields to change (actors by name or code; lists comma-separated; `null` clears a field)",
    )
    .option("--by <name>", "reviewer (default: $HEARTLAND_USER or the login name)")
    .addHelpText(
      "after",
      kit.example(
        "heartland review correct c1a2b3c4d5e6f70 --set date=2012-06-28",
        "heartland review correct c1a2b3c4d5e6f70 --set state=Uzbekistan change=suspend",
      ),
    )
    .action(async (id: string, opts: { set: string[]; by?: string }, cmd: Command) => {
      const by = reviewerOf(opts, kit.env);
      await kit.withService(cmd, async (s, json) => {
        const r = await new ReviewService(s).correct(id, opts.set, by, kit.now());
        if (json) o.out(`${JSON.stringify(r)}\n`);
        else
          o.out(
            `rejected ${r.rejected.id}\ncorrected ${r.corrected.id}: ${r.corrected.claim.date ?? "(no date)"} ${r.corrected.summary}\n`,
          );
      });
    });

  program
    .command("documents")
    .description("the documents ingested, or one document's text with the claims citing each span")
    .argument("[id]", "a document id")
    .addHelpText("after", kit.example("heartland documents", "heartland documents report --json"))
    .action(async (id: string | undefined, _opts: unknown, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        if (id === undefined) {
          const docs = await documentList(s);
          if (json) o.out(`${JSON.stringify({ documents: docs })}\n`);
          else if (docs.length === 0) o.out("no documents; ingest one with `heartland ingest FILE`\n");
          else
            o.out(
              table(
                ["id", "published", "title", "candidates", "accepted", "rejected"],
                docs.map((d) => [
                  d.id,
                  d.published ?? "",
                  oneLine(d.title, 50),
                  String(d.candidates),
                  String(d.accepted),
                  String(d.rejected),
                ]),
                o,
              ),
            );
          return;
        }
        const view = await documentView(s, id);
        if (json) {
          o.out(`${JSON.stringify(view)}\n`);
          return;
        }
        o.out(
          `${paint(o, "bold", view.title ?? view.id)} (${view.id}, ${view.published ?? "no date"}, ${view.format})\n` +
            view.spans
              .map(
                (sp) =>
                  `  [${sp.start}, ${sp.end}) ${sp.state.padEnd(9)} ${sp.summary}\n      ${oneLine(view.text.slice(sp.start, sp.end), 100)}`,
              )
              .join("\n") +
            (view.spans.length > 0 ? "\n" : ""),
        );
      });
    });
}
