/**
 * The instrumentation pass: a TypeScript `before` transformer that adds
 *  - an edge counter (`__dmC[i]++`) at every function entry, both arms of if/?:, the right side
 *    of && || ??, every case/catch clause and loop body;
 *  - a deadline check (`__dm.t()`) in every loop body, so a synchronous infinite loop ends;
 *  - comparison hooks wherever JavaScript compares (comparisons.ts), feeding the value profile
 *    and the runtime dictionary.
 * Counter and site numbers start at the bases given, so several files share one typed array.
 * Each counter's place in the source goes into the module's location table (locations.ts).
 */
import ts from 'typescript';
import { rewriteComparison, type Hooks } from './comparisons.js';
import { functionName, Locations } from './locations.js';

export interface InstrumentState {
  counterBase: number;
  counters: number;
  siteBase: number;
  sites: number;
  /** literal operands of comparisons and string calls: a static dictionary */
  literals?: Array<string | number>;
}

function literalValue(e: ts.Expression): string | number | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  return undefined;
}

const LOGICAL = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

export function instrumentTransformer(state: InstrumentState): ts.TransformerFactory<ts.SourceFile> {
  return (context) => {
    const f = context.factory;
    const loc = new Locations();
    /** a counter, its location recorded first (`record`), so the table follows counter order */
    const counter = (record: () => void): ts.Expression => {
      record();
      return f.createPostfixIncrement(f.createElementAccessExpression(f.createIdentifier('__dmC'), state.counterBase + state.counters++));
    };
    const counterStmt = (record: () => void): ts.Statement => f.createExpressionStatement(counter(record));
    /** case clauses by their switch's branch group and their index in it */
    const cases = new Map<ts.Node, [number, number]>();
    const deadlineStmt = (): ts.Statement =>
      f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('__dm'), 't'), undefined, []));
    const lits = new Set<string | number>();
    const rememberText = (v: string | number): void => {
      if (v !== '' && lits.size < 2000) lits.add(v);
    };
    const plain = (name: string, args: ts.Expression[]): ts.Expression =>
      f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('__dm'), name), undefined, args);
    const hooks: Hooks = {
      site: (name, args) => plain(name, [f.createNumericLiteral(state.siteBase + state.sites++), ...args]),
      plain,
      remember: (e) => {
        const v = literalValue(e);
        if (v !== undefined) rememberText(v);
      },
      rememberText,
    };
    const withCounter = (e: ts.Expression, record: () => void): ts.Expression => f.createParenthesizedExpression(f.createComma(counter(record), e));
    const block = (s: ts.Statement | undefined, extra: ts.Statement[]): ts.Block => {
      if (s === undefined) return f.createBlock(extra, true);
      if (ts.isBlock(s)) return f.updateBlock(s, [...extra, ...s.statements]);
      return f.createBlock([...extra, s], true);
    };

    const visit = (node: ts.Node): ts.Node => {
      // types, declarations without bodies and ambient code carry nothing to count
      if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return node;
      if (ts.isSwitchStatement(node)) {
        const g = loc.group('switch', node);
        node.caseBlock.clauses.forEach((c, i) => cases.set(c, [g, i]));
      }
      const n = ts.visitEachChild(node, visit, context);
      if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) {
        if (n.body === undefined) return n;
        const body = f.updateBlock(n.body, [counterStmt(() => loc.fn(node, functionName(node))), ...n.body.statements]);
        if (ts.isFunctionDeclaration(n)) return f.updateFunctionDeclaration(n, n.modifiers, n.asteriskToken, n.name, n.typeParameters, n.parameters, n.type, body);
        if (ts.isFunctionExpression(n)) return f.updateFunctionExpression(n, n.modifiers, n.asteriskToken, n.name, n.typeParameters, n.parameters, n.type, body);
        if (ts.isMethodDeclaration(n)) return f.updateMethodDeclaration(n, n.modifiers, n.asteriskToken, n.name, n.questionToken, n.typeParameters, n.parameters, n.type, body);
        if (ts.isConstructorDeclaration(n)) return f.updateConstructorDeclaration(n, n.modifiers, n.parameters, body);
        if (ts.isGetAccessorDeclaration(n)) return f.updateGetAccessorDeclaration(n, n.modifiers, n.name, n.parameters, n.type, body);
        return f.updateSetAccessorDeclaration(n, n.modifiers, n.name, n.parameters, body);
      }
      if (ts.isArrowFunction(n)) {
        const record = (): void => loc.fn(node, undefined);
        const body = ts.isBlock(n.body) ? f.updateBlock(n.body, [counterStmt(record), ...n.body.statements]) : withCounter(n.body, record);
        return f.updateArrowFunction(n, n.modifiers, n.typeParameters, n.parameters, n.type, n.equalsGreaterThanToken, body);
      }
      if (ts.isIfStatement(n) && ts.isIfStatement(node)) {
        const g = loc.group('if', node);
        // (an else-if is its own if, with its own arms)
        const elseS = n.elseStatement !== undefined && ts.isIfStatement(n.elseStatement) ? n.elseStatement : block(n.elseStatement, [counterStmt(() => loc.arm(g, 1, node.elseStatement ?? node))]);
        return f.updateIfStatement(n, n.expression, block(n.thenStatement, [counterStmt(() => loc.arm(g, 0, node.thenStatement))]), elseS);
      }
      if (ts.isConditionalExpression(n) && ts.isConditionalExpression(node)) {
        const g = loc.group('cond-expr', node);
        return f.updateConditionalExpression(n, n.condition, n.questionToken, withCounter(n.whenTrue, () => loc.arm(g, 0, node.whenTrue)), n.colonToken, withCounter(n.whenFalse, () => loc.arm(g, 1, node.whenFalse)));
      }
      if (ts.isBinaryExpression(n) && LOGICAL.has(n.operatorToken.kind) && ts.isBinaryExpression(node)) {
        const g = loc.group('binary-expr', node);
        return f.updateBinaryExpression(n, n.left, n.operatorToken, withCounter(n.right, () => loc.arm(g, 0, node.right)));
      }
      if (ts.isCaseClause(n) || ts.isDefaultClause(n)) {
        const [g, i] = cases.get(node) ?? [loc.group('switch', node), 0];
        const stmts = [counterStmt(() => loc.arm(g, i, node)), ...n.statements];
        return ts.isCaseClause(n) ? f.updateCaseClause(n, n.expression, stmts) : f.updateDefaultClause(n, stmts);
      }
      const cmp = rewriteComparison(f, hooks, n);
      if (cmp !== undefined) return cmp;
      const inner = (node as { statement?: ts.Node; block?: ts.Node }).statement ?? (node as { block?: ts.Node }).block ?? node;
      const bodyStmts = (): ts.Statement[] => [counterStmt(() => loc.body(inner)), deadlineStmt()];
      if (ts.isCatchClause(n)) return f.updateCatchClause(n, n.variableDeclaration, block(n.block, [counterStmt(() => loc.body(inner))]));
      if (ts.isWhileStatement(n)) return f.updateWhileStatement(n, n.expression, block(n.statement, bodyStmts()));
      if (ts.isDoStatement(n)) return f.updateDoStatement(n, block(n.statement, bodyStmts()), n.expression);
      if (ts.isForStatement(n)) return f.updateForStatement(n, n.initializer, n.condition, n.incrementor, block(n.statement, bodyStmts()));
      if (ts.isForOfStatement(n)) return f.updateForOfStatement(n, n.awaitModifier, n.initializer, n.expression, block(n.statement, bodyStmts()));
      if (ts.isForInStatement(n)) return f.updateForInStatement(n, n.initializer, n.expression, block(n.statement, bodyStmts()));
      return n;
    };

    return (sf) => {
      loc.begin(sf);
      const body = ts.visitEachChild(sf, visit, context);
      // the prelude reads the engine's shared state; imports are hoisted above it by ESM anyway
      const prelude = ts.factory.createVariableStatement(
        undefined,
        f.createVariableDeclarationList(
          [
            f.createVariableDeclaration('__dm', undefined, undefined, f.createPropertyAccessExpression(f.createIdentifier('globalThis'), '__dmFuzz')),
            f.createVariableDeclaration('__dmC', undefined, undefined, f.createPropertyAccessExpression(f.createIdentifier('__dm'), 'counters')),
          ],
          ts.NodeFlags.Const,
        ),
      );
      const used = f.createExpressionStatement(
        f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('__dm'), 'used'), undefined, [
          f.createNumericLiteral(state.counterBase + state.counters),
          f.createNumericLiteral(state.siteBase + state.sites),
        ]),
      );
      state.literals = [...lits];
      const literalList = f.createArrayLiteralExpression(state.literals.map((v) => (typeof v === 'string' ? f.createStringLiteral(v) : v < 0 || Object.is(v, -0) ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-v)) : f.createNumericLiteral(v))));
      const literalsStmt = f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('__dm'), 'lits'), undefined, [literalList]));
      return f.updateSourceFile(body, [prelude, used, literalsStmt, loc.mapCall(f, sf.fileName, state.counterBase), ...body.statements]);
    };
  };
}

/** Transpiles TS or JS to ES module JavaScript with instrumentation and an inline source map. */
export function instrumentSource(source: string, fileName: string, state: InstrumentState): string {
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true, allowJs: true, verbatimModuleSyntax: false },
    transformers: { before: [instrumentTransformer(state)] },
    reportDiagnostics: true,
  });
  // transpiling is lenient: a syntax error would otherwise surface at import, without its location
  const d = out.diagnostics?.find((x) => x.category === ts.DiagnosticCategory.Error);
  if (d !== undefined) {
    const at = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    throw new SyntaxError(`${fileName}${at ? `:${at.line + 1}:${at.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  return out.outputText;
}
