/**
 * Crossover material: sub-values of pool inputs, grouped by the mutator that owns them (the
 * mutator is the "type"), handed out as fresh copies (fuzzcheck's SubValueProvider).
 */
import type { AnyMutator, SubValueProvider } from '../../runtime/core/mutator.js';
import type { Rng } from '../../runtime/core/rng.js';
import { deepClone } from '../../runtime/core/values.js';

interface Stored {
  value: unknown;
  complexity: number;
}

const PER_MUTATOR = 256;

export class SubValueStore implements SubValueProvider {
  private readonly byMutator = new Map<AnyMutator<unknown>, Stored[]>();
  private next = 0;

  /** records the sub-values of one input (called when it joins the pool) */
  addFrom<T>(mutator: AnyMutator<T>, value: T, cache: unknown): void {
    if (typeof mutator.visitSubValues !== 'function') return;
    mutator.visitSubValues(value, cache, (sub, m, complexity) => {
      let list = this.byMutator.get(m);
      if (list === undefined) this.byMutator.set(m, (list = []));
      const item = { value: deepClone(sub), complexity };
      if (list.length < PER_MUTATOR) list.push(item);
      else list[this.next++ % PER_MUTATOR] = item;
    });
  }

  get(mutator: AnyMutator<unknown>, rng: Rng, maxCplx: number): unknown | undefined {
    const list = this.byMutator.get(mutator);
    if (list === undefined || list.length === 0) return undefined;
    for (let i = 0; i < 4; i++) {
      const s = list[rng.below(list.length)]!;
      if (s.complexity <= maxCplx) return deepClone(s.value);
    }
    return undefined;
  }
}
