import { deepClone, type AnyMutator, type Rng, type SubValueProvider } from '../../src/index.js';

/** A provider over the sub-values of donor values, as the fuzz engine's pool would hold them. */
export function providerFrom<T>(m: AnyMutator<T>, donors: T[]): SubValueProvider & { size: number } {
  const pool = new Map<AnyMutator<unknown>, Array<{ v: unknown; c: number }>>();
  let size = 0;
  for (const d of donors) {
    m.visitSubValues!(d, m.validateValue(d), (v, owner, c) => {
      let list = pool.get(owner);
      if (list === undefined) pool.set(owner, (list = []));
      list.push({ v: deepClone(v), c });
      size++;
    });
  }
  return {
    size,
    get(owner: AnyMutator<unknown>, rng: Rng, maxCplx: number): unknown {
      const fits = (pool.get(owner) ?? []).filter((e) => e.c <= maxCplx);
      return fits.length === 0 ? undefined : deepClone(rng.pick(fits).v);
    },
  };
}
