/**
 * The model: a closed tagged union of plain data describing what to generate for a type.
 * No compiler objects cross this line; a node can be printed (`printNode`) and snapshot-tested.
 */

/** A value a literal union or constant may hold (bigint literals are kept as decimal strings). */
export type LiteralValue = string | number | boolean | { bigint: string };

export interface NumberConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface StringConstraints {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
}

export interface ItemConstraints {
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** Resource tags (`@creates`/`@uses`/`@drops`) and `@swarm`, carried unchanged for the swarm emitter. */
export interface Resources {
  creates?: string[];
  uses?: string[];
  drops?: string[];
  swarm?: boolean;
}

export interface Field {
  name: string;
  optional: boolean;
  readonly: boolean;
  node: Node;
  resources?: Resources;
}

export interface UnionMember {
  node: Node;
  weight?: number;
  /** the member's value of the union's discriminant (set when the union has one) */
  tag?: LiteralValue;
}

/** A resource id property of a sequence variant (`@creates`/`@uses`/`@drops <resource>`). */
export interface ResourceRef {
  field: string;
  resource: string;
}

/** One call kind of a resource-aware sequence: a member of a discriminated union. */
export interface SequenceVariant {
  tag: LiteralValue;
  node: Node;
  weight?: number;
  creates?: ResourceRef[];
  uses?: ResourceRef[];
  drops?: ResourceRef[];
  /** at most one call of this variant per sequence (`@once`) */
  once?: boolean;
}

export type Node =
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; constraints: NumberConstraints }
  | { kind: 'bigint'; constraints: { min?: string; max?: string } }
  /** `template`: generated from a template literal type (the emitter casts the string mutator) */
  | { kind: 'string'; constraints: StringConstraints; template?: boolean }
  /** `enum`: the values are enum members (the emitter casts to the enum type) */
  | { kind: 'literals'; values: LiteralValue[]; weights?: number[]; enum?: boolean }
  | { kind: 'constant'; value: LiteralValue | null; enum?: boolean }
  | { kind: 'undefined' }
  | { kind: 'array'; element: Node; constraints: ItemConstraints }
  | { kind: 'tuple'; elements: Node[]; names?: string[]; required: number; rest?: Node }
  | { kind: 'object'; fields: Field[]; index?: { key: Node; value: Node } }
  | { kind: 'record'; key: Node; value: Node; constraints: ItemConstraints }
  | { kind: 'map'; key: Node; value: Node; constraints: ItemConstraints }
  | { kind: 'set'; element: Node; constraints: ItemConstraints }
  | { kind: 'date' }
  /** `RegExp`: source from the runtime's regex subset, flags from the valid set */
  | { kind: 'regexp' }
  | { kind: 'bytes'; constraints: { minLength?: number; maxLength?: number } }
  | { kind: 'typedArray'; name: string; constraints: { minLength?: number; maxLength?: number } }
  | { kind: 'union'; members: UnionMember[]; discriminant?: string }
  /**
   * an array of a discriminated union whose members carry resource tags (or tagged `@swarm`):
   * `dm.sequence`; `element` names the union's declaration when it has one (for the type argument)
   */
  | { kind: 'sequence'; discriminant: string; variants: SequenceVariant[]; element?: string; constraints: { minItems?: number; maxItems?: number } }
  | { kind: 'optional'; inner: Node }
  | { kind: 'nullable'; inner: Node }
  /** a named declaration; `lazy` is set by recursion detection on edges inside a cycle */
  | { kind: 'ref'; target: string; args: Node[]; lazy?: boolean }
  | { kind: 'typeParam'; name: string }
  | { kind: 'json' }
  | { kind: 'never' }
  /** a hand-written mutator factory plugged with `@mutator <module>#<export>` */
  | { kind: 'custom'; module: string; export: string };

export type Kind = Node['kind'];

/** Every IR kind (checked against `Kind` both ways by the type below). */
export const KINDS = ['boolean', 'number', 'bigint', 'string', 'literals', 'constant', 'undefined', 'array', 'tuple', 'object', 'record', 'map', 'set', 'date', 'regexp', 'bytes', 'typedArray', 'union', 'sequence', 'optional', 'nullable', 'ref', 'typeParam', 'json', 'never', 'custom'] as const satisfies readonly Kind[];
type Missing = Exclude<Kind, (typeof KINDS)[number]>;
export const KINDS_COMPLETE: Missing extends never ? true : Missing = true;
export type NodeOf<K extends Kind> = Extract<Node, { kind: K }>;

/** One parameter of a method of a `@calls` class or interface, as a field of its call object. */
export interface CallParam {
  name: string;
  /** the call object's property (the parameter name, renamed if it clashes with ours) */
  field: string;
  optional: boolean;
  /** the parameter takes a handle of this resource: the field holds its id */
  handle?: string;
  /** `@drops <param>`: the handle is dead after the call */
  drops?: boolean;
  rest?: boolean;
}

/** One public method of a `@calls` class or interface. */
export interface CallMethod {
  name: string;
  params: CallParam[];
  /** the method returns a handle of this resource; its id is stored in `idField` */
  creates?: string;
  idField?: string;
  /** `@throws`: throwing is expected behaviour (compared with the model, not a failure) */
  throws?: boolean;
  /** `@once`: called at most once per sequence */
  once?: boolean;
  /** `@requires <expression>`: a precondition over `self` (the instance) and the parameters; false skips the call */
  requires?: string;
  /** returns a promise */
  async?: boolean;
  /** returns `this` (a fluent method): the result is not compared with the model's */
  returnsSelf?: boolean;
}

/** A class or interface tagged `@calls`: its declaration's node is the `sequence` of its calls. */
export interface Calls {
  /** the type as exported from the input (`Store`, `Ns.Store`) */
  target: string;
  /** name of the emitted call union type (`StoreCall`) */
  callType: string;
  /** the variable of printed programs (`store`) */
  instance: string;
  /** source text that makes an instance in printed programs (`new Store()`), when the constructor takes no arguments */
  construct?: string;
  methods: CallMethod[];
}

/** A declaration that gets a factory. `id` is unique within one output file. */
export interface Decl {
  id: string;
  /** key in `mutators`: 'Foo' or 'Ns.Foo'; for helpers (not exported from the input) a display name */
  name: string;
  /** the exported name the type is reached through when it differs from `name` (`default`) */
  typeName?: string;
  /** exported from the input file: gets an index entry and `T.<name>` typing */
  exported: boolean;
  typeParams: string[];
  /** per type parameter, its constraint as generated code writes it (`T.Geometry | null`), when it has one that can be written */
  typeParamConstraints?: (string | undefined)[];
  /** when every type parameter has a default: the defaults, so `mutators.Foo()` is `Foo` with them */
  typeParamDefaults?: Node[];
  /** per type parameter, its default type as generated code writes it, when it can be written */
  typeParamDefaultTypes?: (string | undefined)[];
  node: Node;
  kindOfDecl: 'interface' | 'alias' | 'enum' | 'class';
  /** for a helper: where its type can be imported from (absolute module file and export name) */
  typeImport?: { from: string; name: string };
  resources?: Resources;
  /** set for a class or interface tagged `@calls` (its name is then `<target>Calls`) */
  calls?: Calls;
  /** where it is declared, for diagnostics */
  file: string;
  line: number;
  column: number;
}

export interface Model {
  /** the input file, relative to the root */
  file: string;
  decls: Decl[];
  /** exported declarations that could not be derived (each has an error diagnostic) */
  failed: string[];
}

/** Children of a node, in order (for walkers). */
export function children(n: Node): Node[] {
  switch (n.kind) {
    case 'array':
    case 'set':
      return [n.element];
    case 'tuple':
      return n.rest ? [...n.elements, n.rest] : n.elements;
    case 'object':
      return [...n.fields.map((f) => f.node), ...(n.index ? [n.index.key, n.index.value] : [])];
    case 'record':
    case 'map':
      return [n.key, n.value];
    case 'union':
      return n.members.map((m) => m.node);
    case 'sequence':
      return n.variants.map((v) => v.node);
    case 'optional':
    case 'nullable':
      return [n.inner];
    case 'ref':
      return n.args;
    default:
      return [];
  }
}
