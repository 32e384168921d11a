/** A cache lookup that tells a stored null apart from a missing entry. */
export type Lookup = { found: true; value: unknown } | { found: false };

/**
 * A map of query results by key that drops the least recently used entry beyond `capacity`, so
 * memory stays bounded however many filter combinations visitors try.
 */
export class LruCache {
  private readonly entries = new Map<string, unknown>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string): Lookup {
    if (!this.entries.has(key)) {
      return { found: false };
    }
    const value = this.entries.get(key);
    // Re-inserting moves the key to the end of the Map's insertion order: most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return { found: true, value };
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Identifies a query run: the same text with the same parameters gives the same key. */
export function resultKey(query: string, params: Record<string, unknown>): string {
  return `${query}\u0000${JSON.stringify(params)}`;
}
