/**
 * The runtime bench composes its shapes by hand (bench/shapes/ours.mjs) so it can run from dist/
 * without a codegen step. This pins that composition to what `derive-mutators` derives from the
 * same types (bench/shapes/types.ts, typia type-level tags): for the shapes where both are the
 * same mutator tree, the same seed gives the same values, so the bench measures what users get.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as d from '../../src/index.js';
import { generate } from '../../src/codegen.js';
import type { AnyMutator } from '../../src/runtime/core/mutator.js';
// @ts-expect-error: a plain .mjs module without types
import { buildOurs } from '../../bench/shapes/ours.mjs';

const root = join(__dirname, '..', '..');
const tmp = join(root, 'tmp', `bench-shapes-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench shapes', () => {
  it('the hand-composed Nested, Tree, Union and Strings give the values of the derived mutators', async () => {
    const { outputs, diagnostics } = await generate({ files: ['bench/shapes/types.ts'], root, out: 'tmp' });
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    mkdirSync(tmp, { recursive: true });
    const file = join(tmp, 'types.mutators.ts');
    // type-only imports of the input are erased, so the file runs from anywhere
    writeFileSync(file, outputs[0]!.content);
    const derived = (await import(file)) as { mutators: Record<string, () => AnyMutator<unknown>> };
    const ours = buildOurs(d) as Record<string, { mutator: AnyMutator<unknown> }>;
    const budgets: Record<string, number> = { Nested: 39126, Tree: 40000, Union: 5000, Strings: 20000 };
    for (const [name, budget] of Object.entries(budgets)) {
      const a = d.createRng(11);
      const b = d.createRng(11);
      for (let i = 0; i < 30; i++) {
        const h = ours[name]!.mutator.randomArbitrary(a, budget);
        const g = derived.mutators[name]!().randomArbitrary(b, budget);
        expect(JSON.stringify(h.value), `${name} #${i}`).toBe(JSON.stringify(g.value));
        expect(h.complexity).toBe(g.complexity);
      }
    }
    // Flat differs only by the swarm scope codegen puts around its literal union, Json because
    // the bench measures d.json() (what `unknown` derives to), not the recursive `Json` alias
    expect(Object.keys(derived.mutators).sort()).toEqual(expect.arrayContaining(['Flat', 'Json', 'Nested', 'Strings', 'Tree', 'Union']));
  });
});
