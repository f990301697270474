/**
 * `@requires <expression>` on a method of a `@calls` type: a precondition the call driver checks
 * before the call, as fast-check's `check` and Hypothesis's `@precondition` do, but written on
 * the method itself. Only its syntax is checked here; the generated file puts it in a typed
 * function, so tsc checks the names and types against the user's class.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { CallParam } from '../model/ir.js';
import { report, type Ctx, type Site } from './context.js';
import type { Tags } from './tags.js';

/**
 * `@requires <expression>`: a precondition the driver checks before the call, over `self` (the
 * instance) and the parameters by name; the expression must parse on its own (tsc checks its
 * types in the generated file). Several tags are joined with `&&`.
 */
export function precondition(ctx: Ctx, site: Site, name: string, tags: Tags, params: readonly CallParam[]): string | undefined {
  const parts: string[] = [];
  for (const t of tags.filter((x) => x.name === 'requires')) {
    const text = t.text.trim();
    const bad = (why: string, hint: string) => report(ctx, site, AnalyzeCodes.callsBadRequires, `@requires on '${name}' ${why}`, hint, t.at);
    if (!text) {
      bad('has no expression', `Write a boolean expression over self and the parameters, e.g. @requires self.has(${params[0]?.name ?? 'key'}).`);
      continue;
    }
    const sf = ts.createSourceFile('requires.ts', `(${text});`, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const errors = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
    const stmt = sf.statements[0];
    if (errors.length || sf.statements.length !== 1 || !stmt || !ts.isExpressionStatement(stmt)) {
      bad(`is not an expression: ${errors.length ? ts.flattenDiagnosticMessageText(errors[0]!.messageText, ' ') : 'more than one statement'}`, 'Write one expression, e.g. @requires self.size() > 0 && key !== \'\'.');
      continue;
    }
    parts.push(text);
  }
  if (parts.length && params.some((x) => x.name === 'self')) {
    report(ctx, site, AnalyzeCodes.callsBadRequires, `@requires on '${name}': a parameter is named 'self', the name the precondition gives the instance`, `Rename the parameter of '${name}'.`);
    return undefined;
  }
  return parts.length ? parts.map((x) => (parts.length > 1 ? `(${x})` : x)).join(' && ') : undefined;
}
