/**
 * The keys a lookup could have hit become dictionary entries: the own keys of `COUPONS` behind
 * `Object.hasOwn(COUPONS, code)`, the keys of a Map behind `.get(code)`, the elements of an array
 * behind `.includes(code)`. Only sampled executions harvest, and only a container that looks
 * constant: at one site, the same size and first/last key on two samples in a row (a table the
 * target built from literals, even if rebuilt per call), so containers filled from the input do
 * not flood the dictionary. A harvested container is remembered and never enumerated again.
 */
const MAX_KEYS = 256;

export class KeyHarvest {
  private readonly done = new WeakSet<object>();
  /** per site, the signature seen on the last sample */
  private readonly last = new Map<number, string>();
  /** per site, the signature already harvested (a table rebuilt per call is taken once) */
  private readonly taken = new Map<number, string>();

  /** pushes the container's keys to `out` when it looks constant at this site */
  harvest(site: number, c: unknown, out: Array<string | number>): void {
    if (typeof c !== 'object' || c === null || this.done.has(c)) return;
    const keys = keysOf(c);
    if (keys === undefined || keys.length === 0) return;
    const sig = `${keys.length}\u0000${String(keys[0])}\u0000${String(keys[keys.length - 1])}`;
    if (this.last.get(site) !== sig) {
      this.last.set(site, sig);
      return;
    }
    this.done.add(c);
    if (this.taken.get(site) === sig) return;
    this.taken.set(site, sig);
    for (let i = 0; i < keys.length && i < MAX_KEYS; i++) out.push(keys[i]!);
  }
}

/** string and number keys (Map/Set keys, array elements, own property names); undefined for others */
export function keysOf(c: object): Array<string | number> | undefined {
  const out: Array<string | number> = [];
  const take = (k: unknown): void => {
    if ((typeof k === 'string' || typeof k === 'number') && out.length < MAX_KEYS) out.push(k);
  };
  if (c instanceof Map || c instanceof Set) {
    for (const k of c.keys()) {
      take(k);
      if (out.length >= MAX_KEYS) break;
    }
    return out;
  }
  if (Array.isArray(c)) {
    for (let i = 0; i < c.length && i < MAX_KEYS; i++) take(c[i]);
    return out;
  }
  if (ArrayBuffer.isView(c)) return undefined;
  for (const k of Object.keys(c)) {
    take(k);
    if (out.length >= MAX_KEYS) break;
  }
  return out;
}
