/**
 * Emits the section of a `@calls` declaration: the call union type `<Name>Call`, the driver's
 * spec (plain data), the sequence mutator factory, `run<Name>Calls` and `format<Name>Calls`.
 * With `@requires` tags, also the typed preconditions the driver checks before each call.
 * The mutator is the `sequence` partial over one object per method; the rest is laid out by
 * templates/calls.hbs from the view built here.
 */
import type { CallMethod, Decl } from '../model/ir.js';
import { quote } from './helpers.js';
import { propertyKey } from './names.js';
import { loadTemplates } from './templates.js';
import { view, type Env } from './view.js';

/** Plain data as TypeScript source (identifier keys unquoted). */
function source(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(source).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && x !== false);
    return `{ ${entries.map(([k, x]) => `${propertyKey(k)}: ${source(x)}`).join(', ')} }`;
  }
  return typeof v === 'string' ? quote(v) : String(v);
}

function specOf(d: Decl): string {
  const c = d.calls!;
  const methods = Object.fromEntries(
    c.methods.map((m) => [
      m.name,
      {
        params: m.params.map((p) => ({ field: p.field, handle: !!p.handle, drops: !!p.drops, rest: !!p.rest })),
        creates: m.creates,
        idField: m.idField,
        throws: !!m.throws,
        async: !!m.async,
        returnsSelf: !!m.returnsSelf,
      },
    ]),
  );
  return source({ name: c.target, instance: c.instance, construct: c.construct, discriminant: 'method', methods });
}

function member(target: string, m: CallMethod): string {
  const fn = `T.${target}[${quote(m.name)}]`;
  const fields = [`method: ${quote(m.name)}`];
  m.params.forEach((p, i) => {
    const type = p.handle ? 'number' : p.rest ? `Parameters<${fn}> extends [${'any, '.repeat(i)}...infer R] ? R : never` : `Parameters<${fn}>[${i}]`;
    fields.push(`${propertyKey(p.field)}${p.optional ? '?' : ''}: ${type}`);
  });
  if (m.idField) fields.push(`${propertyKey(m.idField)}: number`);
  return `{ ${fields.join('; ')} }`;
}

/** A name occurs in the expression as an identifier of its own (not after a `.`). */
function mentions(expr: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(expr);
}

/** `put: (self: T.Store, [, key]: Parameters<T.Store['put']>): boolean => (...)`, binding only the parameters it names. */
function precondition(target: string, m: CallMethod): string {
  const names = m.params.map((p) => (mentions(m.requires!, p.name) ? `${p.rest ? '...' : ''}${p.name}` : ''));
  while (names.length && names[names.length - 1] === '') names.pop();
  const self = mentions(m.requires!, 'self') ? 'self' : '_self'; // unused parameters pass noUnusedParameters with a leading _
  return `${propertyKey(m.name)}: (${self}: T.${target}, [${names.join(', ')}]: Parameters<T.${target}[${quote(m.name)}]>): boolean => (${m.requires})`;
}

export function renderCalls(d: Decl, env: Env, doc: string): string {
  const c = d.calls!;
  const body = view(d.node, env);
  body.typeArg = c.callType;
  const stem = c.callType.replace(/Call$/, '');
  const fn = env.names.get(d.id)!;
  return loadTemplates().calls({
    section: d.name,
    fn,
    spec: `${fn.replace(/Mutator$/, '')}Spec`,
    specText: specOf(d),
    target: `T.${c.target}`,
    link: `{@link T.${c.target}}`,
    callType: c.callType,
    members: c.methods.map((m) => member(c.target, m)),
    requires: c.methods.filter((m) => m.requires !== undefined).map((m) => precondition(c.target, m)),
    run: `run${stem}Calls`,
    format: `format${stem}Calls`,
    body,
    doc,
  });
}
