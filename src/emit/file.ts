/**
 * Emits one generated file from a model: a section per declaration (exported types first, then
 * helpers), the index section, the header; then prettier, then section hashes are stamped.
 */
import path from 'node:path';
import prettier from 'prettier';
import { children, type Decl, type Model, type Node } from '../model/ir.js';
import { refsOf } from '../model/recursion.js';
import { moduleSpecifier } from './module-path.js';
import { factoryNames, propertyKey, typeParamMutator, typeParamName, typeRef } from './names.js';
import { stampSections } from './sections.js';
import { loadTemplates } from './templates.js';
import { renderCalls } from './calls.js';
import { precise, resourceText, view, type Env } from './view.js';

/** prettier options of every generated file (also used to reprint merged sections) */
export const GENERATED_STYLE: prettier.Options = { parser: 'babel-ts', singleQuote: true, printWidth: 120, trailingComma: 'all' };

export interface EmitInput {
  model: Model;
  /** absolute paths */
  input: string;
  output: string;
  version: string;
  inputHash: string;
}

function customNodes(n: Node, out: Array<Extract<Node, { kind: 'custom' }>> = []): typeof out {
  if (n.kind === 'custom') out.push(n);
  for (const c of children(n)) customNodes(c, out);
  return out;
}

/** A declaration's file as shown in generated comments: never machine-specific. */
function displayPath(file: string): string {
  const i = file.lastIndexOf('node_modules/');
  return i >= 0 ? file.slice(i) : file.startsWith('/') ? file.split('/').pop()! : file;
}

function sectionName(d: Decl): string {
  return d.exported ? d.name : `helper ${d.id}`;
}

/**
 * True when a value of the node may draw from a swarm configuration: a union, literal union or
 * sequence inside it (through references), a type parameter or a hand-written mutator (unknown).
 * Only such factories are wrapped in `dm.swarmScope`: elsewhere the scope would share nothing and
 * only cost a call and a random draw per generation and mutation.
 */
export function swarmAware(n: Node, decls: Map<string, Decl> | undefined, seen = new Set<string>()): boolean {
  switch (n.kind) {
    case 'union':
    case 'sequence':
    case 'literals':
    case 'typeParam':
    case 'custom':
      return true;
    case 'ref': {
      if (n.args.some((a) => swarmAware(a, decls, seen))) return true;
      const target = decls?.get(n.target);
      if (!target) return true;
      if (seen.has(target.id)) return false;
      seen.add(target.id);
      return swarmAware(target.node, decls, seen);
    }
    default:
      return children(n).some((c) => swarmAware(c, decls, seen));
  }
}

/** True when the emitted body reads `options` (generic factories that do not name it `_options`, for noUnusedParameters). */
function usesOptions(n: Node, d: Decl, selfRef: boolean): boolean {
  switch (n.kind) {
    case 'union':
    case 'literals':
    case 'sequence':
    case 'custom':
      return true;
    case 'ref':
      return !(selfRef && n.target === d.id) || n.args.some((a) => usesOptions(a, d, selfRef));
    default:
      return children(n).some((c) => usesOptions(c, d, selfRef));
  }
}

/** `G`, `G extends T.Geometry | null`, with ` = T.Geometry` when the declaration's default can be written */
function typeParamText(d: Decl, p: string, i: number): string {
  const c = d.typeParamConstraints?.[i];
  const dflt = d.typeParamDefaults ? d.typeParamDefaultTypes?.[i] : undefined;
  return `${typeParamName(p)}${c ? ` extends ${c}` : ''}${dflt ? ` = ${dflt}` : ''}`;
}

export function renderDecl(d: Decl, env: Env, helperType?: string): string {
  const t = loadTemplates();
  const type = d.exported ? typeRef(d) : (helperType ?? 'any');
  const typed = type !== 'any';
  const body = view(d.node, env);
  // a typed object checks each field against the type (and casts the few that cannot be inferred);
  // anything else is inferred from its parts and checked by the `dm.Mutator<T.Foo>` annotation
  if (typed && (d.node.kind === 'object' || (d.node.kind === 'union' && precise(d.node)))) body.typeArg = type;
  const cast = typed && d.node.kind !== 'object' && !precise(d.node) ? ` as dm.Mutator<${type}>` : '';
  const generic = d.typeParams.length > 0;
  const defaults = generic ? d.typeParamDefaults : undefined;
  if (d.calls) return renderCalls(d, env, `Valid call sequences of {@link T.${d.calls.target}} (${d.kindOfDecl} at ${displayPath(d.file)}:${d.line}).`);
  return t.decl({
    section: sectionName(d),
    fn: env.names.get(d.id),
    exported: d.exported,
    scope: d.exported && swarmAware(d.node, env.decls, new Set([d.id])),
    generic,
    optionsParam: !generic || usesOptions(d.node, d, env.selfRef) || defaults?.some((n) => usesOptions(n, d, env.selfRef)) ? 'options' : '_options',
    selfRef: env.selfRef,
    typeParams: d.typeParams.map((p, i) => typeParamText(d, p, i)).join(', '),
    // with defaults for every parameter the mutators are optional (`mG_?`), and `mG` is the given one or the default's
    params: d.typeParams.map((p) => `${typeParamMutator(p)}${defaults ? '_?' : ''}: dm.Mutator<${typeParamName(p)}>`).join(', '),
    defaults: defaults && d.typeParams.map((p, i) => ({ param: typeParamMutator(p), type: typeParamName(p), view: view(defaults[i]!, env) })),
    type,
    body,
    cast,
    resources: d.resources && resourceText(d.resources),
    doc: `${d.exported ? `Mutator for {@link ${type}}` : `Helper for ${d.name}`} (${d.kindOfDecl} at ${displayPath(d.file)}:${d.line}).`,
  });
}

export async function emitFile(e: EmitInput): Promise<string> {
  const t = loadTemplates();
  const decls = [...e.model.decls.filter((d) => d.exported), ...e.model.decls.filter((d) => !d.exported)];
  const names = factoryNames(decls);
  const custom = new Map<string, string>();
  const customImports: Array<{ module: string; export: string; local: string }> = [];
  const used = new Set<string>();
  for (const d of decls) {
    for (const c of customNodes(d.node)) {
      const key = `${c.module}#${c.export}`;
      if (custom.has(key)) continue;
      let local = `custom_${c.export}`;
      for (let i = 2; used.has(local); i++) local = `custom_${c.export}${i}`;
      used.add(local);
      custom.set(key, local);
      const module = c.module.startsWith('.') ? moduleSpecifier(e.output, path.resolve(path.dirname(e.input), c.module)) : c.module;
      customImports.push({ module, export: c.export, local });
    }
  }
  const typeImports = new Map<string, string>([[e.input, 'T']]);
  const helperType = (d: Decl): string | undefined => {
    if (!d.typeImport) return undefined;
    let alias = typeImports.get(d.typeImport.from);
    if (!alias) typeImports.set(d.typeImport.from, (alias = `T$${typeImports.size}`));
    return `${alias}.${d.typeImport.name}`;
  };
  const byId = new Map(decls.map((d) => [d.id, d]));
  const typeOf = (d: Decl): string | undefined => (d.exported ? typeRef(d) : helperType(d));
  const sections = decls.map((d) => {
    const selfRef = d.typeParams.length > 0 && refsOf(d.node).some((r) => r.target === d.id);
    return renderDecl(d, { decl: d, names, custom, selfRef, decls: byId, typeOf }, helperType(d));
  });
  // a generic with defaults for every parameter is also a type on its own: `mutators.Foo()`, with a serializer
  const entries = decls.filter((d) => d.exported).map((d) => ({ key: propertyKey(d.name), fn: names.get(d.id), serializable: d.typeParams.length === 0 || !!d.typeParamDefaults }));
  const text = t.file({
    version: e.version,
    source: displayPath(e.model.file),
    inputHash: e.inputHash,
    typesModule: moduleSpecifier(e.output, e.input),
    typeImports: [...typeImports].slice(1).map(([from, alias]) => ({ alias, module: moduleSpecifier(e.output, from) })),
    customImports,
    sections,
    index: t.index({ entries }),
  });
  const pretty = await prettier.format(text, GENERATED_STYLE);
  return stampSections(pretty);
}
