/** Library classes with a runtime mutator: Date, RegExp, Map, Set, Uint8Array and the other typed arrays. Other library classes get a diagnostic. */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import type { Node } from '../../model/ir.js';
import { child, isLibFile, objectFlags, report } from '../context.js';
import type { Analyzer } from '../registry.js';

const TYPED = ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
const UNSUPPORTED = ['Promise', 'PromiseLike', 'Error', 'Function', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'WeakMap', 'WeakSet', 'WeakRef', 'Iterator', 'Iterable', 'Generator', 'AsyncIterable'];

export const builtinAnalyzer: Analyzer = {
  name: 'builtin',
  supports(t, _site, ctx) {
    const d = t.symbol?.declarations?.[0];
    return !!(t.flags & ts.TypeFlags.Object) && !!d && isLibFile(ctx, d.getSourceFile()) && !!(t.symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) && t.symbol.name !== 'Object';
  },
  create(t, site, ctx, analyze): Node {
    const name = t.symbol.name;
    const args = (objectFlags(t) & ts.ObjectFlags.Reference) !== 0 ? ctx.checker.getTypeArguments(t as ts.TypeReference) : [];
    if (name === 'Date') return { kind: 'date' };
    if (name === 'RegExp') return { kind: 'regexp' };
    if (name === 'Uint8Array') return { kind: 'bytes', constraints: {} };
    if (TYPED.includes(name)) return { kind: 'typedArray', name, constraints: {} };
    if ((name === 'Map' || name === 'ReadonlyMap') && args.length >= 2) return { kind: 'map', key: analyze(args[0]!, child(site, '<key>')), value: analyze(args[1]!, child(site, '<value>')), constraints: {} };
    if ((name === 'Set' || name === 'ReadonlySet') && args.length >= 1) return { kind: 'set', element: analyze(args[0]!, child(site, '<element>')), constraints: {} };
    const known = UNSUPPORTED.includes(name) ? ` (${name} values cannot be generated or serialized losslessly)` : '';
    report(ctx, site, AnalyzeCodes.unsupportedType, `no built-in mutator for the library type '${name}'${known}`, 'Plug a hand-written mutator with @mutator <module>#<export> on the property or type.');
    return { kind: 'never' };
  },
};
