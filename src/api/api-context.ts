import type { FastifyReply, FastifyRequest } from "fastify";
import { dayText, type PartialDate } from "../domain/partial-date.js";
import { ProblemError, problem } from "../domain/result.js";
import { KnowledgeService, readDate } from "../services/knowledge-service.js";
import type { TokenService, TokenSummary } from "../services/token-service.js";
import type { Store } from "../store/store.js";

/**
 * What route handlers share: the knowledge service (base or within a scenario), the
 * clock, and who is writing. Handlers parse, call services and shape; they decide nothing
 * about the world.
 */
export interface ApiContext {
  /** The service over the base knowledge base. */
  base(): Promise<KnowledgeService>;
  /** The service a read answers with: the base, or within the named scenario. */
  within(scenario: string | undefined): Promise<KnowledgeService>;
  readonly now: () => Date;
  /** A valid date given by a client; a malformed one is a problem naming the parameter and the value. */
  date(value: string, parameter: string): PartialDate;
  /** An `asOf` parameter as the last recorded day it covers ("2012" is as of 2012-12-31). */
  asOf(value: string | undefined): string | null;
  /** Route hook for writes: a live API token, or 401. */
  authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** The token the (authenticated) request writes with. */
  writer(request: FastifyRequest): TokenSummary;
  /** After a write that adds sources or actors: reopen the service so later reads know them. */
  changed(): void;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by `authenticate` on write routes. */
    writer: TokenSummary | null;
  }
  interface FastifyContextConfig {
    /** A read whose answer may be served from the answer cache. */
    cache?: boolean;
    /** A route that changes the knowledge base. */
    write?: boolean;
  }
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i;

/**
 * Holds the service and reopens it when another process changed the knowledge base (a
 * new `load` brings actors and sources the open service does not know yet).
 */
export class ServiceHolder {
  private current: Promise<KnowledgeService>;

  constructor(
    private readonly store: Store,
    service: KnowledgeService,
  ) {
    this.current = Promise.resolve(service);
  }

  get(): Promise<KnowledgeService> {
    return this.current;
  }

  reopen(): void {
    const previous = this.current;
    // If reopening fails, keep answering with the service we had rather than failing every request.
    this.current = KnowledgeService.open(this.store).catch(() => previous);
  }
}

export function createApiContext(options: {
  services: ServiceHolder;
  tokens: TokenService;
  now: () => Date;
}): ApiContext {
  const { services, tokens } = options;
  const date = (value: string, parameter: string) => readDate(value, parameter);
  return {
    base: () => services.get(),
    async within(scenario) {
      const base = await services.get();
      return scenario === undefined ? base : base.withScenario(scenario);
    },
    now: options.now,
    date,
    asOf: (value) => (value === undefined ? null : dayText(date(value, "asOf").last)),
    async authenticate(request) {
      const header = request.headers.authorization;
      if (header === undefined) {
        throw new ProblemError(
          problem(
            "unauthorized",
            `${request.method} ${request.routeOptions.url ?? request.url} changes the knowledge base and needs an API token`,
            {
              hint: "send `Authorization: Bearer <token>`; create a token with `heartland token create --name NAME`",
            },
          ),
        );
      }
      const secret = BEARER.exec(header)?.[1];
      if (secret === undefined) {
        throw new ProblemError(
          problem("unauthorized", "the Authorization header is not a bearer token", {
            hint: "send `Authorization: Bearer <token>`",
          }),
        );
      }
      request.writer = await tokens.verify(secret);
    },
    changed: () => services.reopen(),
    writer(request) {
      if (request.writer === null) throw new Error("a write route ran without authenticate");
      return request.writer;
    },
  };
}
