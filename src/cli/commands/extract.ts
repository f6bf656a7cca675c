import { type Command, Option } from "commander";
import { readDate } from "../../services/knowledge-service.js";
import { extractFile } from "../../services/reading-service.js";
import type { CommandKit } from "./command-kit.js";

/** `heartland extract FILE`: the claims a document makes, as JSON Lines on stdout (claims.md). */
export function registerExtract(program: Command, kit: CommandKit): void {
  program
    .command("extract")
    .description(
      "read a document (text, HTML, Markdown) and print the claims it makes, one JSON object per line",
    )
    .argument("<file>", "the document")
    .option("--published <date>", "publication date (else from HTML metadata or the text itself)")
    .addOption(
      new Option("--format <format>", "document format (else from the extension and content)").choices([
        "text",
        "html",
        "markdown",
      ]),
    )
    .option("--doc <id>", "document id for the claims (default: the file name without extension)")
    .addHelpText("after", kit.example("heartland extract article.txt --published 2012-06-21 > claims.jsonl"))
    .action(
      async (
        file: string,
        opts: { published?: string; format?: "text" | "html" | "markdown"; doc?: string },
        cmd: Command,
      ) => {
        if (opts.published !== undefined) readDate(opts.published, "--published");
        await kit.withService(cmd, async (s) => {
          const out = await extractFile(s, file, {
            ...(opts.published ? { published: opts.published } : {}),
            ...(opts.format ? { format: opts.format } : {}),
            ...(opts.doc ? { docId: opts.doc } : {}),
          });
          kit.output.out(
            out.claims.map((c) => JSON.stringify(c)).join("\n") + (out.claims.length > 0 ? "\n" : ""),
          );
        });
      },
    );
}
