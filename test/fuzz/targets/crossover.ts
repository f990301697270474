// Counts successful crossovers: the target "fails" once the engine has spliced sub-values from
// other pool inputs (through visitSubValues + crossoverMutate) twenty times.
import { array, integer, jsonSerializer, type Mutated, type SubValueProvider, type Rng } from '../../../src/index.js';
import { defineFuzzTarget } from '../../../src/fuzz/index.js';

const base = array(integer({ min: 0, max: 1000 }), { maxItems: 10 });
let spliced = 0;
const counted = Object.create(base) as typeof base;
counted.crossoverMutate = (value: number[], cache: never, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<number[], never> | undefined => {
  const r = base.crossoverMutate(value, cache, provider, rng, maxCplx);
  if (r !== undefined) spliced++;
  return r as Mutated<number[], never> | undefined;
};

export default defineFuzzTarget({
  mutator: counted,
  serializer: jsonSerializer(base),
  test(v) {
    let s = 0;
    for (const x of v) s += x > 500 ? 1 : 0;
    if (spliced >= 20) throw new Error(`crossover spliced ${spliced} sub-values (sum ${s})`);
  },
});
