import type { Command } from "commander";
import { ProblemError, problem } from "../../domain/result.js";
import { backupDatabase } from "../../services/backup-service.js";
import { DEFAULT_DB } from "../../services/open-knowledge-base.js";
import type { CommandKit } from "./command-kit.js";

/**
 * `heartland backup FILE`: a consistent copy of the SQLite knowledge base, taken while it
 * is in use (SQLite's online backup API); an existing FILE is kept unless `--force`.
 */
export function registerBackup(program: Command, kit: CommandKit): void {
  program
    .command("backup")
    .description("copy the knowledge base, consistently, even while it is being written (SQLite)")
    .argument("<file>", "where to write the copy, e.g. backups/heartland-2026-11-25.sqlite")
    .option("--force", "replace FILE if it exists")
    .addHelpText(
      "after",
      kit.example(
        "heartland backup backups/heartland-$(date +%F).sqlite",
        "heartland --db team.sqlite backup team-copy.sqlite --force --json",
      ),
    )
    .action(async (file: string, opts: { force?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals() as { db?: string; databaseUrl?: string; json?: boolean };
      if (g.databaseUrl ?? kit.env.HEARTLAND_DATABASE_URL) {
        throw new ProblemError(
          problem("invalid_argument", "backup copies a SQLite file; it does not back up PostgreSQL", {
            hint: "use pg_dump for PostgreSQL, or give --db PATH",
          }),
        );
      }
      const report = await backupDatabase({
        source: g.db ?? kit.env.HEARTLAND_DB ?? DEFAULT_DB,
        target: file,
        force: opts.force ?? false,
      });
      if (g.json) kit.output.out(`${JSON.stringify(report)}\n`);
      else
        kit.output.out(
          `backed up ${report.source} to ${report.target}: ${report.claims} claim versions, ${(report.bytes / 1024).toFixed(0)} KB, integrity ok\n`,
        );
    });
}
