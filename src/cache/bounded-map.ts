// The in-process caches' bound: a Map that keeps its most recently used entries, at most `max`.
// What the hook path needs of an LRU cache (get, set, delete, iteration oldest first) without
// the lru-cache package, whose TTL clock made the fast path's bundle need a build define
// (docs/ARCHITECTURE.md, "Not kept as tricks").

/** A Map bounded to `max` entries; `get` and `set` make an entry the most recent, the least recent goes first. */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`a bounded map needs room for at least one entry, not ${max}`);
  }

  get size(): number {
    return this.map.size;
  }

  /** The value, made the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting moves the entry to the most recent end.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Stores the value as the most recently used, dropping the least recently used beyond `max`. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** Every entry, least recently used first. */
  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }
}
