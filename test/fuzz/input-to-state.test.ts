/** Input-to-state replacement: hints from traced operands, leaves rewritten by them, and the engine finding a checksum bug through it. */
import { describe, expect, test } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
import { hintsFrom, rewriteByHints, type Hint } from '../../src/fuzz/engine/input-to-state.js';
import { createRng } from '../../src/runtime/core/rng.js';
import { integer, object, string } from '../../src/index.js';
import { scratch, targets } from './helpers.js';

/** every distinct result of many rewrites of `value` by `hints` */
function outcomes<T>(value: T, hints: Hint[], validate: (v: T) => unknown = () => true): string[] {
  const rng = createRng(1);
  const seen = new Set<string>();
  for (let i = 0; i < 400; i++) {
    const r = rewriteByHints(value, hints, rng, validate);
    if (r !== undefined) seen.add(JSON.stringify(r.value));
  }
  return [...seen].sort();
}

describe('input-to-state', () => {
  test('hints are the distinct unequal operand pairs of a trace, strings and finite numbers only', () => {
    const ops = [1, 'a', 'b', 2, 'a', 'b', 3, 5, 5, 4, 7, 9, 5, {}, 'x', 6, NaN, 1, 7, '', 'y'];
    expect(hintsFrom(ops)).toEqual([['a', 'b'], [7, 9]]);
  });

  test('a number leaf equal to one operand becomes the other or one of its neighbours; the value given is not touched', () => {
    const value = { n: 7, list: [7, 3], s: 'seven' };
    const out = outcomes(value, [[7, 100]]);
    expect(out).toEqual(
      [
        { n: 100, list: [7, 3], s: 'seven' }, { n: 101, list: [7, 3], s: 'seven' }, { n: 99, list: [7, 3], s: 'seven' },
        { n: 7, list: [100, 3], s: 'seven' }, { n: 7, list: [101, 3], s: 'seven' }, { n: 7, list: [99, 3], s: 'seven' },
      ].map((v) => JSON.stringify(v)).sort(),
    );
    expect(value).toEqual({ n: 7, list: [7, 3], s: 'seven' });
  });

  test('a string leaf holding an operand has that part replaced, in either direction, numbers in decimal', () => {
    expect(outcomes(['[abc]'], [['abc', 'server']])).toEqual(['["[server]"]']);
    expect(outcomes(['[server]'], [['abc', 'server']])).toEqual(['["[abc]"]']);
    expect(outcomes(['port=12'], [[12, 65535]])).toEqual(['["port=65534"]', '["port=65535"]', '["port=65536"]']);
  });

  test('a rewrite the mutator does not validate is not given; Maps and class instances are kept whole', () => {
    const m = object({ n: integer({ min: 0, max: 10 }), s: string({ maxLength: 4 }) });
    const validate = (v: unknown) => m.validateValue(v as never);
    expect(outcomes({ n: 3, s: 'ab' }, [[3, 500], ['ab', 'abcdefgh']], validate)).toEqual([]);
    expect(outcomes({ n: 3, s: 'ab' }, [[3, 10]], validate)).toEqual(['{"n":10,"s":"ab"}', '{"n":9,"s":"ab"}']);
    expect(outcomes({ m: new Map([['k', 3]]) }, [[3, 9]])).toEqual([]);
  });

  test('the engine finds a bug behind a checksum of the input in a few hundred iterations', async () => {
    // the dictionary alone needed 1,210 to 2,428 on these seeds; input-to-state needs 69 to 138
    for (const seed of [1, 2, 3]) {
      const r = await fuzz({ target: `${targets}/checksum.ts`, seed, maxIterations: 600, corpus: false, artifacts: scratch('i2s') });
      expect(r.status).toBe('failed');
      expect(r.failure?.message).toMatch(/checksum matched/);
    }
  });
});
