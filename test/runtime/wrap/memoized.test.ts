/**
 * `memoized` is the memo table of generated factories: one mutator per factory and options
 * object, built once, so a recursive type's lazy reference finds the mutator being built;
 * `memoizedSwarmScope` is the same around a swarm scope.
 */
import { describe, expect, it } from 'vitest';
import { array, boolean, checkMutator, lazy, memoized, memoizedSwarmScope, object, type DeriveOptions, type Mutator } from '../../../src/index.js';
import { SwarmScope } from '../../../src/internal.js';

interface Tree { leaf: boolean; kids: Tree[] }

let builds = 0;
function treeMutator(options: DeriveOptions = {}): Mutator<Tree> {
  return memoized<Tree>(treeMutator, options, () => {
    builds++;
    return object<Tree>({ leaf: boolean(), kids: array(lazy(() => treeMutator(options)), { maxItems: 2 }) });
  });
}

describe('memoized', () => {
  it('builds once per factory and options object', () => {
    const options: DeriveOptions = {};
    const before = builds;
    const a = treeMutator(options);
    expect(treeMutator(options)).toBe(a);
    expect(builds).toBe(before + 1);
    expect(treeMutator({})).not.toBe(a);
  });

  it('lets a recursive reference find the mutator being built', () => {
    checkMutator(treeMutator({}), { runs: 20 });
  });

  it('keeps factories apart', () => {
    const options: DeriveOptions = {};
    const f = () => undefined;
    const g = () => undefined;
    expect(memoized(f, options, () => object({ x: boolean() }))).not.toBe(memoized(g, options, () => object({ x: boolean() })));
  });

  it('memoizedSwarmScope wraps what it builds in a swarm scope', () => {
    const f = () => undefined;
    const options: DeriveOptions = {};
    const m = memoizedSwarmScope(f, options, () => boolean());
    expect(m).toBeInstanceOf(SwarmScope);
    expect(memoizedSwarmScope(f, options, () => boolean())).toBe(m);
  });
});
