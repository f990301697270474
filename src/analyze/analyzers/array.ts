/**
 * Arrays and readonly arrays, interfaces that extend Array<T> without adding members, and
 * tuples (optional elements, one trailing rest element, names kept for printing).
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import type { Node } from '../../model/ir.js';
import { child, isLibFile, objectFlags, report, type Ctx } from '../context.js';
import type { Analyzer } from '../registry.js';
import { sequenceOf } from '../resources.js';

function isReference(t: ts.Type): t is ts.TypeReference {
  return (objectFlags(t) & ts.ObjectFlags.Reference) !== 0;
}

/** For `interface Foo extends Array<T> {}`: true when every base is an array type. */
function extendsArray(ctx: Ctx, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || !t.symbol || !(t.symbol.flags & ts.SymbolFlags.Interface)) return false;
  const target = isReference(t) ? t.target : (t as ts.InterfaceType);
  if (!(objectFlags(target) & ts.ObjectFlags.ClassOrInterface)) return false;
  const bases = ctx.checker.getBaseTypes(target as ts.InterfaceType);
  return bases.length > 0 && bases.every((b) => ctx.checker.isArrayType(b));
}

export const arrayAnalyzer: Analyzer = {
  name: 'array',
  supports: (t, _site, ctx) => ctx.checker.isArrayType(t) || extendsArray(ctx, t),
  create(t, site, ctx, analyze): Node {
    if (!ctx.checker.isArrayType(t)) {
      const own = ctx.checker.getPropertiesOfType(t).filter((p) => p.declarations?.some((d) => !isLibFile(ctx, d.getSourceFile())));
      if (own.length) report(ctx, site, AnalyzeCodes.unsupportedType, `'${t.symbol.name}' extends Array and adds members (${own.map((p) => p.name).join(', ')}); only the array part can be generated`, 'Move the extra members into a separate object type, or use @mutator.', own[0]!.declarations![0]);
    }
    const elem = ctx.checker.isArrayType(t) ? ctx.checker.getTypeArguments(t as ts.TypeReference)[0]! : ctx.checker.getIndexTypeOfType(t, ts.IndexKind.Number)!;
    const seq = sequenceOf(ctx, site, elem, analyze);
    if (seq) return seq;
    return { kind: 'array', element: analyze(elem, { ...child(site, '[]'), ...(site.hint?.element ? { hint: site.hint.element } : {}) }), constraints: {} };
  },
};

export const tupleAnalyzer: Analyzer = {
  name: 'tuple',
  supports: (t, _site, ctx) => ctx.checker.isTupleType(t),
  create(t, site, ctx, analyze): Node {
    const ref = t as ts.TypeReference;
    const target = ref.target as ts.TupleType;
    const args = ctx.checker.getTypeArguments(ref);
    const flags = target.elementFlags;
    const names = target.labeledElementDeclarations?.map((d) => (d && ts.isIdentifier(d.name) ? d.name.text : ''));
    const elements: Node[] = [];
    let required = 0;
    let rest: Node | undefined;
    flags.forEach((f, i) => {
      const sub = child(site, `[${i}]`);
      if (f & ts.ElementFlags.Variable) {
        if (i !== flags.length - 1) report(ctx, sub, AnalyzeCodes.unsupportedType, 'a rest element in the middle of a tuple is not supported', 'Put the rest element last.');
        rest = analyze(args[i]!, sub);
        return;
      }
      let node = analyze(args[i]!, sub);
      if (f & ts.ElementFlags.Optional && node.kind === 'optional') node = node.inner;
      if (f & ts.ElementFlags.Required) required = i + 1;
      elements.push(node);
    });
    const out: Node = { kind: 'tuple', elements, required };
    if (names?.some(Boolean)) out.names = names.slice(0, elements.length);
    if (rest) out.rest = rest;
    return out;
  },
};
