/**
 * Identifiers in a generated file. Input types are reached through the `T` namespace import and
 * the runtime through `dm`, so type names never collide with ours; factories end in `Mutator`
 * (helpers in `Helper`), type-parameter mutators start with `m`.
 */
import type { Decl } from '../model/ir.js';

const RESERVED = new Set(['T', 'dm', 'mutators', 'serializers', 'options', 'self', 'm']);

function camel(name: string): string {
  const parts = name.replace(/\$+$/, '').split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const joined = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || 'type';
}

/** Factory function names per declaration id, unique in the file. */
export function factoryNames(decls: readonly Decl[]): Map<string, string> {
  const used = new Set<string>(RESERVED);
  const out = new Map<string, string>();
  const ordered = [...decls.filter((d) => d.exported), ...decls.filter((d) => !d.exported)];
  for (const d of ordered) {
    const base = `${camel(d.name)}${d.exported ? 'Mutator' : 'Helper'}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}${i}`;
    used.add(name);
    out.set(d.id, name);
  }
  return out;
}

/** A generic declaration's type parameter as written in the generated file (avoids shadowing `T` and `dm`). */
export function typeParamName(p: string): string {
  return p === 'T' || p === 'dm' ? `${p}_` : p;
}

/** The parameter holding a type parameter's mutator. */
export function typeParamMutator(p: string): string {
  return `m${p.charAt(0).toUpperCase()}${p.slice(1)}`;
}

/** The input type as seen from the generated file: `T.Foo`, `T.Ns.Foo`, `T.Box<A>`. */
export function typeRef(d: Decl): string {
  if (d.calls) return `${d.calls.callType}[]`;
  const args = d.typeParams.length ? `<${d.typeParams.map(typeParamName).join(', ')}>` : '';
  return `T.${d.typeName ?? d.name}${args}`;
}

/** A property key as written in an object literal. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
