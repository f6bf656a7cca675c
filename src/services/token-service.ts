import { createHash, randomBytes } from "node:crypto";
import { ProblemError, problem } from "../domain/result.js";
import type { Store, StoredToken } from "../store/store.js";

/**
 * API tokens: who may change the knowledge base over HTTP. A token's secret is shown once,
 * when it is created; the store keeps only its SHA-256, so neither a copy of the database
 * nor a token list gives the secret away. Every write made with a token is recorded under
 * the token's name.
 */

/** A token as it is listed: never its secret, never its hash. */
export interface TokenSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A new token, with the secret that is shown this once. */
export interface CreatedToken extends TokenSummary {
  readonly token: string;
}

/** Prefix of every secret, so that a leaked one is recognisable (and greppable) as Heartland's. */
export const TOKEN_PREFIX = "hl_";

const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.@-]{0,79}$/;

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

function summary(t: StoredToken): TokenSummary {
  return { id: t.id, name: t.name, createdAt: t.createdAt, revokedAt: t.revokedAt };
}

const CREATE_HINT = "create one with `heartland token create --name NAME`";

export class TokenService {
  constructor(private readonly store: Store) {}

  /** A new token named for whoever will use it; its secret is returned once and never stored. */
  async create(name: string, now: Date): Promise<CreatedToken> {
    if (!TOKEN_NAME.test(name)) {
      throw new ProblemError(
        problem("invalid_argument", `"${name}" is not a token name`, {
          hint: "name it for the person or program that will use it: letters, digits, spaces, . _ @ -, at most 80",
        }),
      );
    }
    if ((await this.store.tokens()).some((t) => t.name === name && t.revokedAt === null)) {
      throw new ProblemError(
        problem("conflict", `a live token named "${name}" exists already`, {
          hint: `revoke it first (\`heartland token revoke "${name}"\`), or choose another name`,
        }),
      );
    }
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const stored: StoredToken = {
      id: randomBytes(4).toString("hex"),
      name,
      hash: hashToken(token),
      createdAt: now.toISOString(),
      revokedAt: null,
    };
    await this.store.createToken(stored);
    return { ...summary(stored), token };
  }

  async list(): Promise<TokenSummary[]> {
    return (await this.store.tokens()).map(summary);
  }

  /** Revokes the token with this id, or the live token with this name. */
  async revoke(nameOrId: string, now: Date): Promise<TokenSummary> {
    const all = await this.store.tokens();
    const target =
      all.find((t) => t.id === nameOrId) ??
      all.find((t) => t.name === nameOrId && t.revokedAt === null) ??
      all.find((t) => t.name === nameOrId);
    if (!target) {
      throw new ProblemError(
        problem("not_found", `there is no token named or numbered "${nameOrId}"`, {
          hint: "see `heartland token list`",
        }),
      );
    }
    if (target.revokedAt !== null) {
      throw new ProblemError(
        problem(
          "conflict",
          `the token "${target.name}" (${target.id}) was revoked already, on ${target.revokedAt}`,
          {
            hint: "see `heartland token list`",
          },
        ),
      );
    }
    const at = now.toISOString();
    await this.store.revokeToken(target.id, at);
    return { ...summary(target), revokedAt: at };
  }

  /** The live token a secret belongs to; an unknown or revoked secret is an `unauthorized` problem. */
  async verify(secret: string): Promise<TokenSummary> {
    const found = await this.store.tokenByHash(hashToken(secret));
    if (!found) {
      throw new ProblemError(
        problem("unauthorized", "the API token is not known", {
          hint: `check that it was copied whole; ${CREATE_HINT}`,
        }),
      );
    }
    if (found.revokedAt !== null) {
      throw new ProblemError(
        problem("unauthorized", `the API token "${found.name}" was revoked on ${found.revokedAt}`, {
          hint: `ask for a new one; ${CREATE_HINT}`,
        }),
      );
    }
    return summary(found);
  }
}
