/**
 * A map with a size budget: the least recently used entries go first once the sizes of the
 * entries held pass `maxSize`. For caches of answers, so memory stays bounded whatever the
 * number of keys a server sees.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private size = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.maxSize) return;
    this.entries.set(key, { value, size });
    this.size += size;
    for (const [k, e] of this.entries) {
      if (this.size <= this.maxSize) break;
      this.entries.delete(k);
      this.size -= e.size;
    }
  }

  delete(key: K): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.size -= e.size;
  }

  /** The summed sizes of the entries held (for tests and figures). */
  get heldSize(): number {
    return this.size;
  }
}
