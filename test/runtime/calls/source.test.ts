/** Values printed as TypeScript source evaluate back to equal values (the printed programs' arguments). */
import { describe, expect, it } from 'vitest';
import * as dm from '../../../src/index.js';
import { sourceOf } from '../../../src/internal.js';

describe('sourceOf', () => {
  it('prints every generated shape so that evaluating it gives an equal value', () => {
    const values: unknown[] = [
      -0, NaN, Infinity, -Infinity, 1.5, 10n, -3n, 'it\'s "q"\n\u2028', '\ud800x', true, null, undefined,
      [1, [2]], { a: 1, 'b-c': { d: [] }, __proto: 2 }, new Map([[1, 'a']]), new Set(['x']), new Date(0), new Date(NaN),
      new Uint8Array([1, 255]), new BigInt64Array([-1n]), new Float64Array([-0, 0.5]),
    ];
    for (const v of values) {
      const text = sourceOf(v);
      // eslint-disable-next-line no-new-func
      const back: unknown = new Function(`return (${text});`)();
      expect(dm.deepEqual(back, v), `${text}`).toBe(true);
    }
  });

  it('prints a call sequence with named handles and marks the failing call', () => {
    const spec: dm.CallsSpec = {
      name: 'Pool',
      instance: 'pool',
      discriminant: 'method',
      methods: { acquire: { params: [], creates: 'Connection', idField: '$id', async: true }, release: { params: [{ field: 'c', handle: true, drops: true }] } },
    };
    expect(dm.formatCalls(spec, [{ method: 'acquire', $id: 0 }, { method: 'release', c: 0 }, { method: 'release', c: 5 }], { mark: 2, note: 'boom' })).toBe(
      ['const pool = create();', 'const connection0 = await pool.acquire();', 'pool.release(connection0);', 'pool.release(undefined /* #5 */); // <- boom'].join('\n'),
    );
  });
});
