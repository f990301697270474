/**
 * Where each edge counter of a file sits in its source, for `--coverage`: the transform records a
 * location as it adds a counter (a function entry, a branch arm, a loop body), and the module
 * hands the table to the runtime with `__dm.map(...)` when it loads, so the table travels with
 * the (cached) instrumented code and the report can name lines, branches and functions.
 */
import ts from 'typescript';

/** what a counter counts; the report maps these to istanbul's fnMap, branchMap and statementMap */
export const SITE = { fn: 0, arm: 1, body: 2 } as const;
/** istanbul's branch types, by index in a group record */
export const BRANCH_TYPES = ['if', 'cond-expr', 'binary-expr', 'switch'] as const;
/** numbers per counter: kind, group (a function's: its name index), arm index in the group, line, column, end line, end column */
export const PER_COUNTER = 7;
/** numbers per branch group: type, line, column, end line, end column */
export const PER_GROUP = 5;

export class Locations {
  /** flat records, PER_COUNTER numbers per counter in counter order */
  readonly counters: number[] = [];
  readonly groups: number[] = [];
  readonly names: string[] = [];
  private source: ts.SourceFile | undefined;

  begin(source: ts.SourceFile): void {
    this.source = source;
  }

  /** 1-based line, 0-based column of the node's start and end (a block: of its statements, so a line shows what ran) */
  private range(node: ts.Node | undefined): number[] {
    const sf = this.source;
    if (node === undefined || sf === undefined || node.pos < 0) return [0, 0, 0, 0];
    const inner = ts.isBlock(node) && node.statements.length > 0 ? node.statements : undefined;
    const s = sf.getLineAndCharacterOfPosition(inner ? inner[0]!.getStart(sf) : node.getStart(sf));
    const e = sf.getLineAndCharacterOfPosition(inner ? inner[inner.length - 1]!.end : node.end);
    return [s.line + 1, s.character, e.line + 1, e.character];
  }

  /** a branch group (an if, a conditional, a logical operator, a switch): its id */
  group(type: (typeof BRANCH_TYPES)[number], node: ts.Node): number {
    this.groups.push(BRANCH_TYPES.indexOf(type), ...this.range(node));
    return this.groups.length / PER_GROUP - 1;
  }

  /** call for each counter, in the order the counters are numbered */
  fn(node: ts.Node, name: string | undefined): void {
    this.names.push(name ?? `(anonymous_${this.names.length})`);
    this.counters.push(SITE.fn, this.names.length - 1, 0, ...this.range(node));
  }

  arm(group: number, arm: number, node: ts.Node): void {
    this.counters.push(SITE.arm, group, arm, ...this.range(node));
  }

  body(node: ts.Node): void {
    this.counters.push(SITE.body, -1, 0, ...this.range(node));
  }

  /** `__dm.map(file, base, counters, groups, names)` */
  mapCall(f: ts.NodeFactory, file: string, base: number): ts.Statement {
    const nums = (xs: number[]): ts.Expression => f.createArrayLiteralExpression(xs.map((x) => (x < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-x)) : f.createNumericLiteral(x))));
    const args = [f.createStringLiteral(file), f.createNumericLiteral(base), nums(this.counters), nums(this.groups), f.createArrayLiteralExpression(this.names.map((n) => f.createStringLiteral(n)))];
    return f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('__dm'), 'map'), undefined, args));
  }
}

/** a function-like node's own name, when it has one */
export function functionName(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  return name !== undefined && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}
