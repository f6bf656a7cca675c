import type { Command } from "commander";
import { TokenService } from "../../services/token-service.js";
import { table } from "../output.js";
import type { CommandKit } from "./command-kit.js";

/**
 * `heartland token create|list|revoke`: API tokens for writing over HTTP. A token's secret
 * is printed once, when it is created; only its hash is stored.
 */
export function registerToken(program: Command, kit: CommandKit): void {
  const o = kit.output;
  const token = program
    .command("token")
    .description("API tokens: who may change the knowledge base over HTTP (reading needs none)")
    .addHelpText(
      "after",
      kit.example(
        "heartland token create --name jdoe",
        "heartland token list",
        "heartland token revoke jdoe",
      ),
    );

  token
    .command("create")
    .description("create a token and print its secret, once; writes made with it are recorded under NAME")
    .requiredOption("--name <name>", "who will use it, e.g. jdoe or ingest-bot")
    .addHelpText(
      "after",
      kit.example(
        "TOKEN=$(heartland token create --name jdoe)",
        `curl -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"claimId":"c1a2b3c4d5e6f70"}' http://127.0.0.1:8080/api/v1/prefer`,
      ),
    )
    .action(async (opts: { name: string }, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        const created = await new TokenService(s.store).create(opts.name, kit.now());
        if (json) {
          o.out(`${JSON.stringify(created)}\n`);
          return;
        }
        // The secret alone on stdout, so that `$(heartland token create ...)` captures it.
        o.out(`${created.token}\n`);
        o.err(
          `heartland: created token "${created.name}" (id ${created.id}); this is the only time it is shown: keep it secret, send it as "Authorization: Bearer <token>"\n`,
        );
      });
    });

  token
    .command("list")
    .description("every token, live and revoked (never their secrets)")
    .action(async (_opts: unknown, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        const tokens = await new TokenService(s.store).list();
        if (json) o.out(`${JSON.stringify({ tokens })}\n`);
        else if (tokens.length === 0)
          o.out("no tokens; create one with `heartland token create --name NAME`\n");
        else
          o.out(
            table(
              ["id", "name", "created", "revoked"],
              tokens.map((t) => [t.id, t.name, t.createdAt, t.revokedAt ?? ""]),
              o,
            ),
          );
      });
    });

  token
    .command("revoke")
    .description("revoke a token by name or id: writes with it are refused from now on")
    .argument("<name-or-id>", "the token's name or id (see `heartland token list`)")
    .action(async (nameOrId: string, _opts: unknown, cmd: Command) => {
      await kit.withService(cmd, async (s, json) => {
        const revoked = await new TokenService(s.store).revoke(nameOrId, kit.now());
        o.out(
          json
            ? `${JSON.stringify({ revoked })}\n`
            : `revoked token "${revoked.name}" (id ${revoked.id}) at ${revoked.revokedAt}\n`,
        );
      });
    });
}
