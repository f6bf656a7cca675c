import type { Generated } from "kysely";

/** Table types for Kysely: one schema for every dialect (see migrations/). */
export interface SourcesTable {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  reliability: string;
  document: number;
}

export interface ActorsTable {
  id: string;
  kind: string;
  name: string;
  /** JSON array of names. */
  aliases: string;
  iso_numeric: string | null;
  /** JSON `{on, successor, seat}` of a state that no longer exists, else null. */
  ended: string | null;
}

export interface ClaimsTable {
  /** One row per version of a claim; the claim id repeats when a claim is retracted and held again. */
  row_id: Generated<number>;
  id: string;
  kind: string;
  /** The claim in the interchange format, as JSON. */
  payload: string;
  date: string | null;
  /** Days since 1970-01-01 of the first and last day the date covers. */
  date_first: number | null;
  date_last: number | null;
  /** The organization a membership or org claim is about (indexed for "members at date"). */
  org: string | null;
  source_id: string;
  span_start: number | null;
  span_end: number | null;
  note: string | null;
  origin: string;
  review_state: string;
  reviewer: string | null;
  reviewed_at: string | null;
  recorded_from: string;
  recorded_to: string | null;
  /** The reader's confidence in an extracted claim (0 to 1); null for others. */
  confidence: number | null;
}

export interface ClaimActorsTable {
  claim_row: number;
  actor: string;
  role: string;
}

export interface PreferencesTable {
  id: Generated<number>;
  claim_id: string;
  analyst: string;
  recorded_at: string;
  note: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface ScenariosTable {
  name: string;
  description: string | null;
  created_by: string;
  created_at: string;
}

export interface ScenarioChangesTable {
  id: Generated<number>;
  scenario: string;
  /** "add" (payload: a stored claim as JSON) or "retract" (claim_id of a base claim). */
  action: string;
  claim_id: string;
  payload: string | null;
}

export interface TokensTable {
  id: string;
  name: string;
  /** SHA-256 of the secret, hex; the secret itself is never stored. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface DocumentsTable {
  /** The document's id, also the id of its source. */
  id: string;
  /** SHA-256 (hex) of the bytes as given: the same file ingested twice is one document. */
  hash: string;
  /** The file name (or name given) it came under. */
  name: string;
  title: string | null;
  format: string;
  published: string | null;
  /** The text as shown (after loading HTML or Markdown): spans are UTF-16 offsets into it. */
  text: string;
  ingested_at: string;
  ingested_by: string;
}

export interface Database {
  sources: SourcesTable;
  actors: ActorsTable;
  claims: ClaimsTable;
  claim_actors: ClaimActorsTable;
  preferences: PreferencesTable;
  meta: MetaTable;
  scenarios: ScenariosTable;
  scenario_changes: ScenarioChangesTable;
  tokens: TokensTable;
  documents: DocumentsTable;
}
