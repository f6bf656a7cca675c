import type { Source, StoredClaim } from "../domain/provenance.js";
import type { Actor } from "../knowledge/actor-registry.js";
import type { Preference } from "../knowledge/reconcile.js";

export interface ScenarioSummary {
  readonly name: string;
  readonly description: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A named overlay: hypothetical claims added, base claims (by id) retracted. */
export interface Scenario extends ScenarioSummary {
  readonly adds: readonly StoredClaim[];
  readonly retracts: readonly string[];
}

/** An API token as stored: its secret is not kept, only the secret's SHA-256 (hex). */
export interface StoredToken {
  readonly id: string;
  readonly name: string;
  readonly hash: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A document read into the knowledge base: its text, kept once per content hash. */
export interface StoredDocument {
  /** Also the id of the document's source, which its claims cite. */
  readonly id: string;
  /** SHA-256 (hex) of the bytes as given. */
  readonly hash: string;
  /** The file name (or name given) it came under. */
  readonly name: string;
  readonly title: string | null;
  readonly format: "text" | "html" | "markdown";
  readonly published: string | null;
  /** The text as shown: claims' spans are UTF-16 offsets into it. */
  readonly text: string;
  readonly ingestedAt: string;
  /** Who ingested it (an API token's name, or the CLI user). */
  readonly ingestedBy: string;
}

export type DocumentSummary = Omit<StoredDocument, "text"> & { readonly length: number };

/**
 * The one storage interface. SQLite (the embedded default) implements it in
 * `sqlite/`; every implementation runs the same contract suite against a real database.
 * Stores hold data and answer indexed lookups; what the data means is the domain's.
 */
export interface Store {
  /** Runs `fn` in one transaction: all of it is written, or none. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;

  putSources(sources: readonly Source[]): Promise<void>;
  sources(): Promise<Source[]>;
  source(id: string): Promise<Source | undefined>;

  /** Replaces the actor registry's entries (states, organizations, people). */
  putActors(actors: readonly Actor[]): Promise<void>;
  actors(): Promise<Actor[]>;

  /**
   * Adds claims; a claim whose id is already held (and not retracted) is left as it is.
   * Returns how many were added.
   */
  addClaims(claims: readonly StoredClaim[]): Promise<number>;
  /** Ends the recorded time of held claims (they stay, for as-of questions). */
  retractClaims(ids: readonly string[], at: string): Promise<number>;
  /** The current version of a claim by id, held or retracted. */
  claim(id: string): Promise<StoredClaim | undefined>;
  /** Every claim version that names the organization as its `org` (memberships, its founding...). */
  claimsAboutOrg(org: string): Promise<StoredClaim[]>;
  /** Every claim version that names the actor in any role (by index on actor). */
  claimsNaming(actor: string): Promise<StoredClaim[]>;
  /** Every claim version, optionally of some kinds and origins. */
  allClaims(filter?: {
    kinds?: readonly string[];
    origin?: StoredClaim["origin"];
    reviewStates?: readonly StoredClaim["review"]["state"][];
  }): Promise<StoredClaim[]>;
  /** Every claim version citing the source (a document's candidates and accepted claims). */
  claimsFromSource(sourceId: string): Promise<StoredClaim[]>;

  addPreference(p: Preference): Promise<void>;
  preferences(): Promise<Preference[]>;

  /** Creates a scenario with its changes; a scenario of that name must not exist. */
  createScenario(s: Scenario): Promise<void>;
  /** Deletes a scenario and its changes; false when there was none. */
  deleteScenario(name: string): Promise<boolean>;
  scenarios(): Promise<ScenarioSummary[]>;
  scenario(name: string): Promise<Scenario | undefined>;

  /** Key-value facts about the store itself (the hash of the data last loaded...). */
  meta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;

  /** Records a new API token; a live token of the same name must not exist. */
  createToken(t: StoredToken): Promise<void>;
  /** Every token, live and revoked, the oldest first. */
  tokens(): Promise<StoredToken[]>;
  /** Marks a live token revoked; false when there was no live token of that id. */
  revokeToken(id: string, at: string): Promise<boolean>;
  tokenByHash(hash: string): Promise<StoredToken | undefined>;

  /** Stores a document; its source must be stored first. */
  putDocument(d: StoredDocument): Promise<void>;
  document(id: string): Promise<StoredDocument | undefined>;
  documentByHash(hash: string): Promise<DocumentSummary | undefined>;
  /** Every document without its text, the most recently ingested first. */
  documents(): Promise<DocumentSummary[]>;
}
