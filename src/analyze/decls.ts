/**
 * The declarations of one output file: the input's exported types (with a `mutators` entry) and
 * helpers (types declared elsewhere or not exported, and instantiations of generic types
 * declared elsewhere), each analyzed once and referenced by id.
 */
import { ts } from 'ts-morph';
import type { Decl, Node, Resources } from '../model/ir.js';

export interface DeclEntry {
  id: string;
  name: string;
  /** the export's name when it differs from `name` (`default` for `export default interface Account`) */
  typeName?: string;
  exported: boolean;
  symbol?: ts.Symbol;
  /** the type analyzed for this declaration */
  type: ts.Type;
  typeParams: string[];
  /** when every type parameter has a default: the defaults' nodes (the zero-argument factory uses them) */
  typeParamDefaults?: Node[];
  at: ts.Node;
  kindOfDecl: Decl['kindOfDecl'];
  node?: Node;
  resources?: Resources;
  typeImport?: { from: string; name: string };
  calls?: import('../model/ir.js').Calls;
  /** a handle type of a `@calls` declaration: not derived as a value (no diagnostic) */
  handle?: boolean;
  failed?: boolean;
}

export class DeclRegistry {
  readonly entries: DeclEntry[] = [];
  private readonly bySymbol = new Map<ts.Symbol, DeclEntry>();
  private readonly byType = new Map<ts.Type, DeclEntry>();
  private readonly ids = new Set<string>();
  /** entries not analyzed yet */
  readonly queue: DeclEntry[] = [];

  add(entry: Omit<DeclEntry, 'id'>, key: { symbol?: ts.Symbol; type?: ts.Type }): DeclEntry {
    const e = { ...entry, id: this.uniqueId(entry.exported ? entry.name : `${entry.name}$`) } as DeclEntry;
    this.entries.push(e);
    this.queue.push(e);
    if (key.symbol) this.bySymbol.set(key.symbol, e);
    if (key.type) this.byType.set(key.type, e);
    return e;
  }

  forSymbol(s: ts.Symbol): DeclEntry | undefined {
    return this.bySymbol.get(s);
  }

  forType(t: ts.Type): DeclEntry | undefined {
    return this.byType.get(t);
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let i = 2; this.ids.has(id); i++) id = `${base}${i}`;
    this.ids.add(id);
    return id;
  }
}

export function declKind(symbol: ts.Symbol): Decl['kindOfDecl'] | undefined {
  if (symbol.flags & ts.SymbolFlags.Enum) return 'enum';
  if (symbol.flags & ts.SymbolFlags.Class) return 'class';
  if (symbol.flags & ts.SymbolFlags.Interface) return 'interface';
  if (symbol.flags & ts.SymbolFlags.TypeAlias) return 'alias';
  return undefined;
}
