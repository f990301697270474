/**
 * Where JavaScript compares, the instrumentation puts a hook (see runtime.ts for what each does):
 *  - `a === b` and the other equality/relational operators: `__dm.seq(site, a, b)` ...;
 *  - `switch (d) { case x: }`: `switch (__dm.sw(d)) { case __dm.cs(site, x): }` (trace-switch);
 *  - `k in o`, `Object.hasOwn(o, k)`, `o.hasOwnProperty(k)`, `….hasOwnProperty.call(o, k)`,
 *    `m.get/has/delete(k)` (`__dm.mem(site, m, m.get(k))`, or `__dm.look(site, m, "get", k)` when
 *    m is not simple): membership hooks that score hit or miss and harvest the container's
 *    keys into the dictionary on sampled executions;
 *  - `TABLE[code]`: `TABLE[__dm.key(site, TABLE, code)]` (the key passes through, so `this` and
 *    assignment targets keep working);
 *  - string startsWith/endsWith/includes/indexOf/lastIndexOf/localeCompare and array
 *    includes/indexOf/lastIndexOf: `__dm.call(site, receiver, "name", ...args)`;
 *  - Number/parseInt/parseFloat/JSON.parse: `__dm.parse(site, fn, ...args)`;
 *  - RegExp literals and `RegExp('…')`: their literal fragments go to the static dictionary.
 * A container expression evaluated twice must be side-effect free: identifiers, `this` and
 * property chains of them. Anything else is left as written.
 */
import ts from 'typescript';
import { regexFragments } from './regex-fragments.js';

export interface Hooks {
  /** `__dm.name(nextSite, ...args)` */
  site(name: string, args: ts.Expression[]): ts.Expression;
  /** `__dm.name(...args)` */
  plain(name: string, args: ts.Expression[]): ts.Expression;
  /** a literal operand joins the static dictionary */
  remember(e: ts.Expression): void;
  rememberText(s: string): void;
}

const CMP_OPS = new Map<ts.SyntaxKind, string>([
  [ts.SyntaxKind.EqualsEqualsEqualsToken, 'seq'],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, 'sne'],
  [ts.SyntaxKind.EqualsEqualsToken, 'leq'],
  [ts.SyntaxKind.ExclamationEqualsToken, 'lne'],
  [ts.SyntaxKind.LessThanToken, 'lt'],
  [ts.SyntaxKind.GreaterThanToken, 'gt'],
  [ts.SyntaxKind.LessThanEqualsToken, 'le'],
  [ts.SyntaxKind.GreaterThanEqualsToken, 'ge'],
]);
const VALUE_CALLS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'localeCompare']);
const LOOKUPS = new Set(['get', 'has', 'delete']);
const PARSE_GLOBALS = new Set(['Number', 'parseInt', 'parseFloat']);
const PARSE_MEMBERS = new Set(['Number.parseInt', 'Number.parseFloat', 'JSON.parse']);

/** true for operands not worth a hook: literals of no interest and typeof tests */
export function boring(e: ts.Expression): boolean {
  return (
    e.kind === ts.SyntaxKind.NullKeyword ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    ts.isTypeOfExpression(e) ||
    (ts.isIdentifier(e) && e.text === 'undefined') ||
    ts.isVoidExpression(e)
  );
}

/** an expression that may be evaluated twice: identifiers, `this`, property chains of them */
function simple(e: ts.Expression): boolean {
  if (ts.isIdentifier(e)) return e.text !== 'undefined';
  if (e.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.isPropertyAccessExpression(e) && e.questionDotToken === undefined && simple(e.expression);
}

/** `A.b` as the text "A.b" when A is an identifier */
function dotted(e: ts.Expression): string | undefined {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name) ? `${e.expression.text}.${e.name.text}` : undefined;
}

function plainArgs(n: ts.CallExpression, min: number, max: number): boolean {
  return n.arguments.length >= min && n.arguments.length <= max && !n.arguments.some(ts.isSpreadElement);
}

function literalKey(e: ts.Expression): boolean {
  return ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isPrefixUnaryExpression(e) || ts.isBinaryExpression(e) || ts.isPostfixUnaryExpression(e);
}

function rewriteCall(f: ts.NodeFactory, h: Hooks, n: ts.CallExpression): ts.Expression | undefined {
  if (n.questionDotToken !== undefined) return undefined;
  const callee = n.expression;
  if (ts.isIdentifier(callee) && callee.text === 'RegExp' && n.arguments[0] !== undefined && ts.isStringLiteral(n.arguments[0])) {
    regexFragments(n.arguments[0].text).forEach(h.rememberText);
    return undefined;
  }
  if ((ts.isIdentifier(callee) && PARSE_GLOBALS.has(callee.text)) || PARSE_MEMBERS.has(dotted(callee) ?? '')) {
    return plainArgs(n, 1, 2) ? h.site('parse', [callee, ...n.arguments]) : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken !== undefined || !ts.isIdentifier(callee.name)) return undefined;
  const name = callee.name.text;
  const recv = callee.expression;
  if (recv.kind === ts.SyntaxKind.SuperKeyword) return undefined;
  if (dotted(callee) === 'Object.hasOwn' && plainArgs(n, 2, 2)) {
    h.remember(n.arguments[1]!);
    return h.site('own', [n.arguments[0]!, n.arguments[1]!]);
  }
  if (VALUE_CALLS.has(name) && plainArgs(n, 1, 2)) {
    n.arguments.forEach(h.remember);
    return h.site('call', [recv, f.createStringLiteral(name), ...n.arguments]);
  }
  if ((LOOKUPS.has(name) || name === 'hasOwnProperty') && plainArgs(n, 1, 1)) {
    h.remember(n.arguments[0]!);
    // a receiver that cannot be evaluated twice (`new Map(codes).get(k)`) is called by the hook
    // the key goes in too when evaluating it twice is harmless (input-to-state for lookups)
    if (simple(recv)) return h.site('mem', simple(n.arguments[0]!) ? [recv, n, n.arguments[0]!] : [recv, n]);
    return h.site('look', [recv, f.createStringLiteral(name), n.arguments[0]!]);
  }
  // Object.prototype.hasOwnProperty.call(o, k), {}.hasOwnProperty.call(o, k)
  if (name === 'call' && ts.isPropertyAccessExpression(recv) && ts.isIdentifier(recv.name) && recv.name.text === 'hasOwnProperty' && plainArgs(n, 2, 2) && simple(n.arguments[0]!)) {
    h.remember(n.arguments[1]!);
    return h.site('mem', simple(n.arguments[1]!) ? [n.arguments[0]!, n, n.arguments[1]!] : [n.arguments[0]!, n]);
  }
  return undefined;
}

/** the rewritten node, or undefined to keep `n` */
export function rewriteComparison(f: ts.NodeFactory, h: Hooks, n: ts.Node): ts.Node | undefined {
  if (ts.isBinaryExpression(n)) {
    const op = n.operatorToken.kind;
    if (op === ts.SyntaxKind.InKeyword) {
      if (ts.isPrivateIdentifier(n.left)) return undefined;
      h.remember(n.left);
      return h.site('isin', [n.left, n.right]);
    }
    const name = CMP_OPS.get(op);
    if (name === undefined || boring(n.left) || boring(n.right)) return undefined;
    h.remember(n.left);
    h.remember(n.right);
    return h.site(name, [n.left, n.right]);
  }
  if (ts.isCallExpression(n)) return rewriteCall(f, h, n);
  if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp' && n.arguments?.[0] !== undefined && ts.isStringLiteral(n.arguments[0])) {
    regexFragments(n.arguments[0].text).forEach(h.rememberText);
    return undefined;
  }
  if (ts.isRegularExpressionLiteral(n)) {
    const text = n.text;
    regexFragments(text.slice(1, text.lastIndexOf('/'))).forEach(h.rememberText);
    return undefined;
  }
  if (ts.isSwitchStatement(n)) {
    const clauses = n.caseBlock.clauses.map((c) => {
      if (!ts.isCaseClause(c) || boring(c.expression)) return c;
      h.remember(c.expression);
      return f.updateCaseClause(c, h.site('cs', [c.expression]), c.statements);
    });
    return f.updateSwitchStatement(n, h.plain('sw', [n.expression]), f.updateCaseBlock(n.caseBlock, clauses));
  }
  if (ts.isElementAccessExpression(n) && n.questionDotToken === undefined && simple(n.expression) && !literalKey(n.argumentExpression)) {
    return f.updateElementAccessExpression(n, n.expression, h.site('key', [n.expression, n.argumentExpression]));
  }
  return undefined;
}
