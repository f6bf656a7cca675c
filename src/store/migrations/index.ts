import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./0001-initial.js";
import * as scenarios from "./0002-scenarios.js";
import * as tokens from "./0003-tokens.js";
import * as documents from "./0004-documents.js";
import * as formerStates from "./0005-former-states.js";

/** Migrations in order; the same for every dialect. Add new ones at the end, never edit old ones. */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-scenarios": scenarios,
  "0003-tokens": tokens,
  "0004-documents": documents,
  "0005-former-states": formerStates,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
