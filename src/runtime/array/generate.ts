/**
 * The element loop of a non-unique array, compiled once per array mutator (see
 * `compileElementLoop`).
 */
import { compileFactory } from '../core/compile.js';
import { GEN, genC, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

/** the element loop of a non-unique array: `len` elements sharing `slack` (see ArrayMutator) */
export type ElementLoop<T> = (rng: Rng, eMin: number, len: number, slack: number) => T[];

/**
 * The element loop compiled for one array mutator: its own call site for the element's
 * generator and its own array literal, so V8's feedback at both stays monomorphic however many
 * kinds of arrays a program generates (one shared loop sees them all). Same steps and arithmetic
 * as `ArrayMutator`'s loop. Null where code generation is unavailable (a CSP without 'unsafe-eval').
 */
export function compileElementLoop<T>(eg: Gen<T>, lengthBits: number): ElementLoop<T> | null {
  const body = `return function elements(rng, eMin, len, slack) {
  const out = [];
  let sum = 0, c = 0;
  for (let i = 0; i < len; i++) {
    out.push(eg[GEN](rng, eMin + slack / (len - i)));
    c = genC[0];
    sum += c;
    slack = Math.max(0, slack - (c - eMin));
  }
  genC[0] = sum + len * lengthBits;
  return out;
};`;
  return compileFactory<ElementLoop<T>>(['GEN', 'genC', 'eg', 'lengthBits'], body, [GEN, genC, eg, lengthBits]);
}
