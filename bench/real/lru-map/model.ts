// The model the lru_map target compares against: an LRU map on a JavaScript Map, whose
// insertion order is the recency order (oldest first). `get` and `set` make an entry the newest,
// `find` and `has` do not; a `set` past the limit drops the oldest. It does what lru_map's README
// documents, in the fewest lines, so that a difference points at the package.

export class ModelLru {
  private readonly map = new Map<number, number>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  set(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) this.shift();
  }

  get(key: number): number | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  find(key: number): number | undefined {
    return this.map.get(key);
  }

  has(key: number): boolean {
    return this.map.has(key);
  }

  delete(key: number): number | undefined {
    const value = this.map.get(key);
    this.map.delete(key);
    return value;
  }

  shift(): [number, number] | undefined {
    const first = this.map.entries().next();
    if (first.done === true) return undefined;
    this.map.delete(first.value[0]);
    return first.value;
  }

  keys(): number[] {
    return [...this.map.keys()];
  }
}
