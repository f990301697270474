/** A compact, stable text form of the model for snapshots and debugging. */
import type { Decl, LiteralValue, Model, Node } from './ir.js';

export function printModel(m: Model): string {
  return m.decls.map(printDecl).join('\n');
}

export function printDecl(d: Decl): string {
  const params = d.typeParams.length ? `<${d.typeParams.join(', ')}>` : '';
  const flag = d.exported ? '' : ' (helper)';
  return `${d.kindOfDecl} ${d.name}${params}${flag} = ${printNode(d.node)}`;
}

export function printLiteral(v: LiteralValue | null): string {
  if (v !== null && typeof v === 'object') return `${v.bigint}n`;
  return JSON.stringify(v);
}

function opts(o: object): string {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length ? `{${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')}}` : '';
}

export function printNode(n: Node): string {
  switch (n.kind) {
    case 'boolean':
    case 'date':
    case 'regexp':
    case 'json':
    case 'never':
    case 'undefined':
      return n.kind;
    case 'number':
      return `${n.integer ? 'integer' : 'number'}${opts(n.constraints)}`;
    case 'bigint':
    case 'string':
    case 'bytes':
      return `${n.kind}${opts(n.constraints)}`;
    case 'typedArray':
      return `${n.name}${opts(n.constraints)}`;
    case 'literals':
      return `(${n.values.map(printLiteral).join(' | ')})${n.weights ? ` weights ${n.weights.join(',')}` : ''}`;
    case 'constant':
      return printLiteral(n.value);
    case 'array':
      return `${printNode(n.element)}[]${opts(n.constraints)}`;
    case 'tuple': {
      const els = n.elements.map((e, i) => `${n.names?.[i] ? `${n.names[i]}: ` : ''}${printNode(e)}${i >= n.required ? '?' : ''}`);
      if (n.rest) els.push(`...${printNode(n.rest)}[]`);
      return `[${els.join(', ')}]`;
    }
    case 'object': {
      const fs = n.fields.map((f) => `${f.readonly ? 'readonly ' : ''}${JSON.stringify(f.name)}${f.optional ? '?' : ''}: ${printNode(f.node)}`);
      if (n.index) fs.push(`[${printNode(n.index.key)}]: ${printNode(n.index.value)}`);
      return `{ ${fs.join('; ')} }`;
    }
    case 'record':
    case 'map':
      return `${n.kind}<${printNode(n.key)}, ${printNode(n.value)}>${opts(n.constraints)}`;
    case 'set':
      return `set<${printNode(n.element)}>${opts(n.constraints)}`;
    case 'union': {
      const ms = n.members.map((m) => `${printNode(m.node)}${m.weight !== undefined ? ` @weight ${m.weight}` : ''}`);
      return `union${n.discriminant ? `[${n.discriminant}]` : ''}(${ms.join(' | ')})`;
    }
    case 'sequence': {
      const refs = (k: string, rs?: Array<{ field: string; resource: string }>): string => (rs?.length ? ` @${k} ${rs.map((r) => `${r.field}:${r.resource}`).join(',')}` : '');
      const vs = n.variants.map((v) => `${printLiteral(v.tag)}: ${printNode(v.node)}${v.weight !== undefined ? ` @weight ${v.weight}` : ''}${refs('creates', v.creates)}${refs('uses', v.uses)}${refs('drops', v.drops)}${v.once ? ' @once' : ''}`);
      return `sequence[${n.discriminant}]${n.element ? `<@${n.element}>` : ''}(${vs.join(' | ')})${opts(n.constraints)}`;
    }
    case 'optional':
      return `optional(${printNode(n.inner)})`;
    case 'nullable':
      return `nullable(${printNode(n.inner)})`;
    case 'ref':
      return `${n.lazy ? 'lazy ' : ''}@${n.target}${n.args.length ? `<${n.args.map(printNode).join(', ')}>` : ''}`;
    case 'typeParam':
      return `'${n.name}`;
    case 'custom':
      return `custom(${n.module}#${n.export})`;
  }
}
