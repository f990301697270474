/**
 * Prepares IR nodes for the templates: every decision that needs the file's context (factory
 * names, lazy and self references, option objects, casts) is taken here, so each partial only
 * lays out text. A view node names its partial in `kind`.
 */
import { children, type Decl, type Node } from '../model/ir.js';
import { propertyKey, typeParamMutator } from './names.js';

export interface Env {
  decl: Decl;
  names: Map<string, string>;
  /** local name per `module#export` of a plugged @mutator */
  custom: Map<string, string>;
  /** the whole declaration is one self-recursive generic (uses the local `self`) */
  selfRef: boolean;
  /** the file's declarations by id (a sequence's element type is named through them) */
  decls?: Map<string, Decl>;
  /** the type a declaration's value has in the output (`T.Foo`), when it can be named */
  typeOf?: (d: Decl) => string | undefined;
}

export type View = { kind: string; [k: string]: unknown };

function integerBounds(c: Extract<Node, { kind: 'number' }>['constraints']): Record<string, number | undefined> {
  const min = c.exclusiveMinimum !== undefined ? Math.floor(c.exclusiveMinimum) + 1 : c.minimum !== undefined ? Math.ceil(c.minimum) : undefined;
  const max = c.exclusiveMaximum !== undefined ? Math.ceil(c.exclusiveMaximum) - 1 : c.maximum !== undefined ? Math.floor(c.maximum) : undefined;
  return { min, max, multipleOf: c.multipleOf };
}

export function view(n: Node, env: Env): View {
  const v = (c: Node): View => view(c, env);
  switch (n.kind) {
    case 'number':
      return n.integer ? { kind: 'integer', options: integerBounds(n.constraints) } : { kind: 'number', options: n.constraints };
    case 'literals':
      return { kind: 'literals', values: n.values, options: { weights: n.weights } };
    case 'constant':
      return { kind: 'constant', value: n.value, asConst: typeof n.value === 'string' };
    case 'string':
      return { kind: 'string', options: n.constraints };
    case 'bigint': {
      // the IR keeps bigint bounds as decimal strings; the runtime takes bigints (`0n`)
      const big = (s: string | undefined) => (s === undefined ? undefined : { bigint: s });
      return { kind: 'bigint', options: { min: big(n.constraints.min), max: big(n.constraints.max) } };
    }
    case 'array':
      return { kind: 'array', element: v(n.element), options: n.constraints };
    case 'set':
      return { kind: 'set', element: v(n.element), options: n.constraints };
    case 'record':
    case 'map':
      return { kind: n.kind, key: v(n.key), value: v(n.value), options: n.constraints };
    case 'tuple':
      return { kind: 'tuple', elements: n.elements.map(v), required: n.required < n.elements.length ? n.required : undefined, rest: n.rest && v(n.rest), names: n.names?.join(', ') };
    case 'object': {
      // `cast`: a field whose mutator's inferred type may not be the field's; cast to the field's mutator type once the object has a type argument.
      // `optional`: marked on the field's own line (`dm.optionalKey(…)`), so the call's layout never depends on the other fields
      const fields = n.fields.map((f) => ({ key: propertyKey(f.name), node: v(f.node), optional: f.optional, cast: !precise(f.node) || builtOnTypeParam(f.node), castKey: JSON.stringify(f.name), resources: f.resources && resourceText(f.resources) }));
      return { kind: 'object', fields, index: n.index && { key: v(n.index.key), value: v(n.index.value) } };
    }
    case 'union':
      return { kind: 'union', members: n.members.map((m) => ({ node: v(m.node), weight: m.weight, tag: m.tag === undefined ? undefined : { value: m.tag } })), discriminant: n.discriminant };
    case 'sequence': {
      const target = n.element !== undefined ? env.decls?.get(n.element) : undefined;
      const typeArg = (target && !target.typeParams.length && env.typeOf?.(target)) || undefined;
      const refs = (rs: Array<{ field: string; resource: string }> | undefined) => (rs?.length ? rs : undefined);
      const num = (x: number | undefined): string | undefined => (x === undefined ? undefined : String(x));
      const variants = n.variants.map((x) => ({ tag: x.tag, node: v(x.node), weight: num(x.weight), creates: refs(x.creates), uses: refs(x.uses), drops: refs(x.drops), once: x.once }));
      return { kind: 'sequence', typeArg, discriminant: n.discriminant, variants, minItems: num(n.constraints.minItems), maxItems: num(n.constraints.maxItems) };
    }
    case 'optional':
    case 'nullable':
      return { kind: n.kind, inner: v(n.inner) };
    case 'ref': {
      const self = env.selfRef && n.target === env.decl.id;
      return { kind: 'ref', fn: env.names.get(n.target), args: n.args.map(v), lazy: !!n.lazy && !self, self };
    }
    case 'typeParam':
      return { kind: 'typeParam', param: typeParamMutator(n.name) };
    case 'custom':
      return { kind: 'custom', local: env.custom.get(`${n.module}#${n.export}`) };
    default:
      return { kind: n.kind, ...('constraints' in n ? { options: n.constraints } : {}), ...('name' in n ? { name: n.name } : {}) };
  }
}

export function resourceText(r: NonNullable<Decl['resources']>): string {
  const parts = (['creates', 'uses', 'drops'] as const).filter((k) => r[k]?.length).map((k) => `@${k} ${r[k]!.join(' ')}`);
  if (r.swarm !== undefined) parts.push(`@swarm${r.swarm ? '' : ' false'}`);
  return parts.join('; ');
}

const CONTAINERS = new Set<Node['kind']>(['array', 'set', 'map', 'record', 'tuple', 'object']);

/**
 * True when a type parameter's mutator is inside a container within the node (`dm.array(mG)`, not
 * `mG`, a union member `mG` nor an argument of a generic factory, which are typed exactly): the
 * declared type may apply a conditional type to the parameter there (csstype's
 * `readonly NonNullable<T[P]>[]`), which TypeScript cannot resolve for an unknown parameter, so the
 * inferred `G[]` is not assignable to it.
 */
function builtOnTypeParam(n: Node, inContainer = false): boolean {
  if (n.kind === 'typeParam') return inContainer;
  if (n.kind === 'ref') return false;
  const inner = inContainer || CONTAINERS.has(n.kind);
  return children(n).some((c) => builtOnTypeParam(c, inner));
}

/**
 * True when the runtime factories infer exactly the declared type from the emitted parts, so the
 * generated code needs no cast: objects, tuples, unions and sequences infer from their parts.
 * Not precise: enum members (the runtime sees their values, not the enum type), template literal
 * types (a string with a pattern), plugged `@mutator`s (typed by the user), and what contains them.
 */
export function precise(n: Node): boolean {
  switch (n.kind) {
    case 'literals':
    case 'constant':
      return !n.enum;
    case 'string':
      return !n.template;
    case 'custom':
    case 'never':
      return false;
    case 'object':
      return n.fields.every((f) => precise(f.node)) && (!n.index || (precise(n.index.key) && precise(n.index.value)));
    case 'tuple':
      return n.elements.every((e) => precise(e)) && (!n.rest || precise(n.rest));
    case 'union':
      return n.members.every((m) => precise(m.node));
    case 'sequence':
      return n.variants.every((x) => precise(x.node));
    default:
      return children(n).every((c) => precise(c));
  }
}
