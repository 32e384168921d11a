/**
 * Values loaded once per key and kept for the life of the process, such as a parsed dataset or
 * rendered PDF. Callers asking for a key that is still loading share its promise.
 *
 * The cache keeps each result as a plain value and drops the promise once it settles. On Node 22 a
 * promise keeps the AsyncLocalStorage stores of the request that created it, and those reach that
 * request's React render. The render's final abort error keeps a stack trace, and the trace keeps
 * the `setImmediate` entry the render finished in. Node leaves each entry it has run linked to
 * the entries queued after it, whose stores reach later renders, and so on. One such promise kept
 * in a module variable made the production server's heap grow without bound at 100 connections
 * (a heap snapshot and the figures are in docs/benchmarks.md, "Soak").
 */
export class ValueCache<Value> {
  private readonly values = new Map<string, Value>();
  private readonly pending = new Map<string, Promise<Value>>();
  private readonly maxEntries: number;

  /** `maxEntries` is the most values kept. The oldest goes first. */
  constructor(maxEntries: number) {
    this.maxEntries = maxEntries;
  }

  /** Returns the value for `key`, calling `load` when no value is kept or loading for it. */
  get(key: string, load: () => Promise<Value>): Promise<Value> {
    if (this.values.has(key)) {
      return Promise.resolve(this.values.get(key) as Value);
    }
    const loading = this.pending.get(key);
    if (loading) {
      return loading;
    }

    const promise = load();
    this.pending.set(key, promise);
    promise.then(
      (value) => {
        this.pending.delete(key);
        this.keep(key, value);
      },
      // A failed load is not kept, so the next call tries again. The caller still gets the rejection.
      () => this.pending.delete(key),
    );
    return promise;
  }

  private keep(key: string, value: Value): void {
    this.values.set(key, value);
    while (this.values.size > this.maxEntries) {
      const oldest = this.values.keys().next().value;
      if (oldest === undefined) break;
      this.values.delete(oldest);
    }
  }
}
