import type { Command } from "commander";
import type { KnowledgeService } from "../../services/knowledge-service.js";
import type { Output } from "../output.js";

/** What a command defined outside main.ts needs from the program: output, the service, help examples. */
export interface CommandKit {
  readonly output: Output;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
  /** Opens the knowledge base named by the global options (and scenario), runs `fn`, closes it. */
  withService<T>(cmd: Command, fn: (s: KnowledgeService, json: boolean) => Promise<T>): Promise<T>;
  /** The "Example:" block of a command's --help. */
  example(...lines: string[]): string;
}
