/**
 * Finishes a file's model: drops declarations that failed and those that depend on them
 * (DM1012), marks recursive edges, reports declarations with no finite value (DM1008) and
 * polymorphic recursion in generic declarations (DM1010).
 */
import { AnalyzeCodes } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Decl } from '../model/ir.js';
import { finiteDecls, markRecursion, refsOf } from '../model/recursion.js';
import type { Ctx } from './context.js';
import type { DeclEntry } from './decls.js';
import { typeParamTexts } from './type-params.js';

type Where = (e: DeclEntry) => Pick<Diagnostic, 'file' | 'line' | 'column'>;

export function finishModel(ctx: Ctx, entries: DeclEntry[], where: Where): Decl[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const fail = (e: DeclEntry, code: string, message: string, hint: string): void => {
    e.failed = true;
    ctx.diagnostics.push({ code, severity: 'error', ...where(e), typePath: e.name, message, hint });
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of entries) {
      if (e.failed || !e.node) continue;
      const bad = refsOf(e.node).map((r) => byId.get(r.target)!).find((t) => t.failed);
      if (bad) {
        fail(e, AnalyzeCodes.dependsOnFailed, `uses '${bad.name}', which could not be derived`, `Fix the errors reported for '${bad.name}', or plug @mutator on the property that uses it.`);
        changed = true;
      }
    }
  }
  const decls: Decl[] = entries
    .filter((e) => !e.failed && e.node)
    .map((e) => {
      const w = where(e);
      const d: Decl = { id: e.id, name: e.name, exported: e.exported, typeParams: e.typeParams, node: e.node!, kindOfDecl: e.kindOfDecl, file: w.file ?? '', line: w.line ?? 0, column: w.column ?? 0 };
      if (e.typeName) d.typeName = e.typeName;
      if (e.resources) d.resources = e.resources;
      if (e.typeImport) d.typeImport = e.typeImport;
      if (e.calls) d.calls = e.calls;
      const constraints = typeParamTexts(ctx, e, 'constraint');
      if (constraints) d.typeParamConstraints = constraints;
      if (e.typeParamDefaults) d.typeParamDefaults = e.typeParamDefaults;
      const defaultTexts = typeParamTexts(ctx, e, 'default');
      if (defaultTexts) d.typeParamDefaultTypes = defaultTexts;
      return d;
    });
  const cyclic = markRecursion(decls);
  const finite = finiteDecls(decls);
  const ok = decls.filter((d) => {
    if (!finite.has(d.id)) {
      const e = byId.get(d.id)!;
      const via = refsOf(d.node).find((r) => !finite.has(r.target) && byId.has(r.target));
      if (d.node.kind === 'never') fail(e, AnalyzeCodes.neverValue, "'never' has no values, so nothing can be generated", 'Remove the type or make the position that uses it optional.');
      else if (!cyclic.has(d.id) && via) fail(e, AnalyzeCodes.dependsOnFailed, `uses '${byId.get(via.target)!.name}', which has no finite value`, `Fix '${byId.get(via.target)!.name}'.`);
      else fail(e, AnalyzeCodes.noFiniteValue, 'this type has no finite value: every value would contain itself forever', 'Make a recursive property optional, nullable, an array, or add a non-recursive union member.');
      return false;
    }
    const poly = refsOf(d.node).find((r) => r.lazy && byId.get(r.target)!.typeParams.length && !(r.target === d.id && r.args.every((a, i) => a.kind === 'typeParam' && a.name === d.typeParams[i])));
    if (poly) {
      fail(byId.get(d.id)!, AnalyzeCodes.polymorphicRecursion, `recursive use of generic '${byId.get(poly.target)!.name}' with different type arguments`, 'Recursion in a generic type must pass its own type parameters unchanged; derive a concrete instantiation instead.');
      return false;
    }
    return true;
  });
  // declarations that reference a dropped one are dropped too
  const kept = new Set(ok.map((d) => d.id));
  let again = true;
  while (again) {
    again = false;
    for (const d of ok) {
      if (!kept.has(d.id)) continue;
      const bad = refsOf(d.node).find((r) => !kept.has(r.target));
      if (bad) {
        kept.delete(d.id);
        fail(byId.get(d.id)!, AnalyzeCodes.dependsOnFailed, `uses '${byId.get(bad.target)!.name}', which could not be derived`, `Fix the errors reported for '${byId.get(bad.target)!.name}'.`);
        again = true;
      }
    }
  }
  return ok.filter((d) => kept.has(d.id));
}
