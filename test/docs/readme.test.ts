/**
 * The README's "What you get" example must work as written: its types derive through the public
 * codegen API, and its usage snippet's calls behave as the comments say.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import { generate } from '../../src/codegen.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function block(startsWith: string): string {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.find((b) => b.startsWith(startsWith));
  if (found === undefined) throw new Error(`README has no ts block starting with ${startsWith}`);
  return found;
}

describe('README example', () => {
  it('derives, generates, mutates in place, undoes exactly and round-trips', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dm-readme-'));
    mkdirSync(path.join(dir, 'src'));
    const input = path.join(dir, 'src', 'types.ts');
    writeFileSync(input, block('// src/types.ts'));
    const { outputs, diagnostics } = await generate({ files: [input], root: dir });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outputs).toHaveLength(1);
    expect(outputs[0]!.output).toBe(path.join('generated', 'src', 'types.mutators.ts')); // relative to root
    const out = path.resolve(dir, outputs[0]!.output);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, outputs[0]!.content);
    const mod = (await import(out)) as { mutators: Record<string, () => dm.AnyMutator<any>>; serializers: Record<string, dm.Serializer<any>> };

    // the usage snippet, step by step
    expect(block('import { createRng, checkMutator }')).toContain('mutators.Order()');
    const m = mod.mutators.Order!();
    const rng = dm.createRng(42);
    const { value, complexity } = m.randomArbitrary(rng, 200);
    expect(complexity).toBeLessThanOrEqual(200);
    expect(Number.isInteger(value.qty) && value.qty >= 1 && value.qty <= 99).toBe(true);
    const cache = m.validateValue(value);
    expect(cache).not.toBeUndefined();
    const before = dm.deepClone(value);
    const step = m.defaultMutationStep(value, cache);
    const mutated = m.orderedMutate(value, cache, step, rng, 200)!;
    expect(mutated.value).toBe(value); // in place
    expect(dm.deepEqual(mutated.value, before)).toBe(false);
    m.unmutate(mutated.value, cache, mutated.token);
    expect(dm.deepEqual(value, before)).toBe(true);
    const s = mod.serializers.Order!;
    expect(dm.deepEqual(s.fromData(s.toData(value)), value)).toBe(true);
    expect(dm.checkMutator(m, { serializer: s, runs: 50 }).generated).toBe(50);
  });
});
