/**
 * Builders for objects of one fixed shape. A builder compiled to a single object literal
 * (`{ "a": v[0], "b": v[1] }`) gives every object of a type the same hidden class and avoids
 * megamorphic keyed stores; where code generation is unavailable (e.g. a CSP without
 * 'unsafe-eval') a loop with the same key order is used.
 */
import { compileFactory } from '../core/compile.js';
import { setProp } from './undo.js';

type Obj = Record<string, unknown>;
export type Builder = (vals: unknown[]) => Obj;

function loopBuilder(keys: readonly string[]): Builder {
  return (vals) => {
    const o: Obj = {};
    for (let i = 0; i < keys.length; i++) setProp(o, keys[i]!, vals[i]);
    return o;
  };
}

export function compileBuilder(keys: readonly string[]): Builder {
  // a literal `"__proto__": x` sets the prototype instead of a key: keep the loop for it
  if (keys.includes('__proto__') || keys.length > 256) return loopBuilder(keys);
  const body = `return function build(v) {\n  return { ${keys.map((k, i) => `${JSON.stringify(k)}: v[${i}]`).join(', ')} };\n};`;
  return compileFactory<Builder>([], body, []) ?? loopBuilder(keys);
}
