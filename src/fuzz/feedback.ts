/** Comparison operands collected by the instrumentation go to the runtime dictionary. */
import { addDictionaryNumber, addDictionaryString } from '../runtime/dictionary.js';
import type { FuzzRuntime } from './instrument/runtime.js';

export function feedDictionary(rt: FuzzRuntime): void {
  const ops = rt.operands;
  for (let i = 0; i < ops.length; i++) {
    const v = ops[i];
    if (typeof v === 'number') addDictionaryNumber(v);
    else if (typeof v === 'string' && v.length <= 64) addDictionaryString(v);
  }
  ops.length = 0;
  rt.collect = false;
}
