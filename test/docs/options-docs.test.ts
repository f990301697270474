/**
 * Every option of every public factory says what it does and what it defaults to, as fast-check
 * documents its constraints: an optional property of an exported `*Options` interface of the
 * runtime without a `@defaultValue` tag fails here, naming the interface and the property.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function undocumentedOptions(): { missing: string[]; checked: number } {
  const program = ts.createProgram([join(root, 'src/index.ts')], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(join(root, 'src/index.ts'))!)!;
  const missing: string[] = [];
  let checked = 0;
  for (const exported of checker.getExportsOfModule(entry)) {
    if (!exported.name.endsWith('Options')) continue;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const decl of target.declarations ?? []) {
      if (!ts.isInterfaceDeclaration(decl)) continue;
      for (const member of decl.members) {
        if (!ts.isPropertySignature(member) || member.questionToken === undefined) continue;
        checked++;
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.text);
        const text = ts.getJSDocCommentsAndTags(member).length;
        if (!tags.includes('defaultValue') || text === 0) missing.push(`${exported.name}.${member.name.getText()}`);
      }
    }
  }
  return { missing, checked };
}

describe('public factory options', () => {
  it('each has a description and a @defaultValue', () => {
    const { missing, checked } = undocumentedOptions();
    expect(checked).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});
