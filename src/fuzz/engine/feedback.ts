/**
 * Comparison operands collected by the instrumentation go to the runtime dictionary. Only the
 * side that looks constant is fed: at a site, an operand that kept its value while the other
 * side changed since the last sample (so input-derived strings do not flood the dictionary).
 * Numbers and their decimal strings cross over (code parses its input and compares the number,
 * or prints a number and compares the text). Property names that change what a lookup means
 * are always there, at a small weight.
 */
import { addDictionaryNumber, addDictionaryString, addRareDictionaryString } from '../../runtime/core/dictionary.js';
import type { FuzzRuntime } from '../worker/instrument/runtime.js';

const last = new Map<number, [unknown, unknown]>();
const fed = new Set<unknown>();
const WELL_KNOWN = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'length', 'hasOwnProperty'];
const DECIMAL = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
let seeded = false;

function feed(v: unknown): void {
  if (fed.has(v)) return;
  if (typeof v === 'number') {
    addDictionaryNumber(v);
    // numbers are often compared after parsing text: offer their decimal form to strings too
    if (Number.isFinite(v) && Math.abs(v) < 1e15 && String(v).length <= 24) addDictionaryString(String(v));
  }
  else if (typeof v === 'string' && v !== '' && v.length <= 64) {
    addDictionaryString(v);
    if (DECIMAL.test(v)) addDictionaryNumber(Number(v));
  } else return;
  fed.add(v);
}

export function feedDictionary(rt: FuzzRuntime): void {
  if (!seeded) {
    seeded = true;
    for (const w of WELL_KNOWN) addRareDictionaryString(w);
  }
  if (rt.literals.length > 0) for (const v of rt.literals.splice(0)) feed(v);
  const ops = rt.operands;
  for (let i = 0; i + 2 < ops.length; i += 3) {
    const site = ops[i] as number;
    const a = ops[i + 1];
    const b = ops[i + 2];
    const prev = last.get(site);
    if (prev !== undefined) {
      const aSame = Object.is(prev[0], a);
      const bSame = Object.is(prev[1], b);
      if (aSame && !bSame) feed(a);
      else if (bSame && !aSame) feed(b);
    }
    last.set(site, [a, b]);
  }
  ops.length = 0;
  rt.collect = false;
}
