/**
 * Serialized answers of read routes, keyed by request URL. Every answer is a function of
 * the question and the knowledge base's contents (no read looks at the clock), so an
 * answer stays right until the knowledge base changes: any write through the API, or a
 * write by another process (`heartland load`, `prefer` from the CLI), empties the cache.
 *
 * A read that began before a write and ends after it must not store its (possibly stale)
 * answer: each read takes the generation when it starts and stores only if the
 * generation is still the same when it ends.
 */
export class AnswerCache {
  private generationNow = 0;
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly limits: { readonly entries: number; readonly chars: number } = {
      entries: 2000,
      chars: 64 * 1024 * 1024,
    },
  ) {}

  get generation(): number {
    return this.generationNow;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): string | undefined {
    const body = this.entries.get(key);
    if (body === undefined) return undefined;
    // Least recently used goes first: a hit moves to the back.
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  /** Stores an answer computed at `generation`; dropped if the knowledge base changed since. */
  put(key: string, generation: number, body: string): void {
    if (generation !== this.generationNow || body.length > this.limits.chars) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.chars -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, body);
    this.chars += body.length;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.chars <= this.limits.chars) break;
      this.entries.delete(k);
      this.chars -= v.length;
    }
  }

  /** The knowledge base changed: forget every answer, and refuse those computed before. */
  invalidate(): void {
    this.generationNow++;
    this.entries.clear();
    this.chars = 0;
  }
}
