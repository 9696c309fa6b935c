/**
 * The core's one cache: answers remembered by key, at most `limit` of them.
 * Entries go into a current half; when it is full, it becomes the older half
 * and the older one before it is dropped. A hit in the older half moves the
 * entry back into the current one, so what is used stays, and what has not
 * been used for a whole half's worth of new keys goes (the hashlru scheme: the
 * least recently used go, in bulk). A hit in the current half costs one map
 * lookup, and a cache that never reaches half its limit never forgets.
 *
 * Keys are compared as a Map compares them: strings and numbers by value,
 * objects (a settings object, a list) by identity, held until they are
 * dropped. `undefined` is no value: store null for "known to be nothing".
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private older = new Map<K, V>();
  /** How many entries the current half holds before it becomes the older one. */
  private readonly half: number;
  /** Whether an older half is kept at all: a cache of one entry keeps only the newest. */
  private readonly keepsOlder: boolean;

  constructor(readonly limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
    this.keepsOlder = limit >= 2 * this.half;
  }

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined || this.older.size === 0) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.add(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.has(key)) this.current.set(key, value);
    else this.add(key, value);
  }

  /** The value under `key`, made by `make` and remembered when there is none. */
  getOrMake(key: K, make: (key: K) => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = make(key);
      this.add(key, value);
    }
    return value;
  }

  /** How many entries are held, in both halves (a key in both counts twice). */
  get size(): number {
    return this.current.size + this.older.size;
  }

  clear(): void {
    this.current = new Map<K, V>();
    this.older = new Map<K, V>();
  }

  private add(key: K, value: V): void {
    if (this.current.size >= this.half) {
      this.older = this.keepsOlder ? this.current : new Map<K, V>();
      this.current = new Map<K, V>();
    }
    this.current.set(key, value);
  }
}
