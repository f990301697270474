/**
 * Generation of objects whose fields are all required, compiled once per object mutator: one
 * function per shape that calls each field's internal generator (see gen.ts) at its own call
 * site, so V8 keeps every site monomorphic, and builds the object as one literal of a fixed shape.
 * It does what the loop in `ObjectMutator` does, in the same order and with the same arithmetic
 * (so the same values from the same Rng draws); where code generation is unavailable (a CSP
 * without 'unsafe-eval', a `__proto__` key, very wide objects) the loop is used.
 */
import { compileFactory } from '../core/compile.js';
import { GEN, genC, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

export type ShapeGen = (rng: Rng, maxCplx: number) => Record<string, unknown>;

/**
 * `mins`: each field's minComplexity; `minC`: their sum in field order (the object's
 * minComplexity); `check(slack)`: called when slack is -Infinity or NaN (throws for a field
 * without finite values). Returns null when the function cannot be compiled.
 */
export function compileShapeGen(keys: readonly string[], gens: readonly Gen<unknown>[], mins: readonly number[], minC: number, check: () => void): ShapeGen | null {
  const n = keys.length;
  if (n === 0 || n > 256 || keys.includes('__proto__')) return null;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`const g${i} = gs[${i}], l${i} = ls[${i}];`);
  lines.push('return function gen(rng, maxCplx) {');
  lines.push('  let slack = maxCplx - minC;');
  lines.push('  if (slack === -Infinity || slack !== slack) check();');
  lines.push('  slack = slack > 0 ? slack : 0;');
  lines.push('  let sum = 0, c = 0, u = 0;');
  for (let i = 0; i < n; i++) {
    lines.push(`  const v${i} = g${i}[GEN](rng, l${i} + slack / ${n - i});`);
    lines.push(`  c = out[0]; sum += c; u = c - l${i}; slack = u < slack ? slack - u : 0;`);
  }
  lines.push('  out[0] = sum;');
  lines.push(`  return { ${keys.map((k, i) => `${JSON.stringify(k)}: v${i}`).join(', ')} };`);
  lines.push('};');
  return compileFactory<ShapeGen>(['GEN', 'out', 'gs', 'ls', 'minC', 'check'], lines.join('\n'), [GEN, genC, gens, Float64Array.from(mins), minC, check]);
}
