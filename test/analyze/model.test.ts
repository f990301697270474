/** The analyzer's IR for every fixture, printed and snapshot-tested, plus targeted checks of what it resolved. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze/index.js';
import type { Model } from '../../src/model/ir.js';
import { printDecl, printModel } from '../../src/model/print.js';
import { FIXTURES, fixtureDirs, inputsOf, sharedProject } from '../codegen/fixtures.js';

function model(dir: string, file = 'types.ts'): Model {
  return analyzeFiles(sharedProject(), [file], path.join(FIXTURES, dir)).models[0]!.model;
}
function decl(dir: string, name: string): string {
  return printDecl(model(dir).decls.find((d) => d.name === name)!);
}

describe('model snapshots', () => {
  for (const dir of fixtureDirs()) {
    it(dir, () => {
      const models = analyzeFiles(sharedProject(), inputsOf(dir), path.join(FIXTURES, dir)).models;
      expect(models.map((m) => `// ${m.model.file}\n${printModel(m.model)}`).join('\n')).toMatchSnapshot();
    });
  }
});

describe('what the checker resolves', () => {
  it('discriminated unions with @weight from the member declaration', () => {
    expect(decl('unions', 'Shape')).toBe('alias Shape = union[kind](@Circle | @Square @weight 3 | @Triangle)');
  });
  it('indexed access over keyof, and keyof', () => {
    expect(decl('indexed-access', 'Call')).toMatch(/^alias Call = union\(\{ "path": string \} \| \{ "path": string; "body": string \} \| \{ "id": number \}\)$/);
    expect(decl('keyof', 'PointKey')).toBe('alias PointKey = ("x" | "y" | "label")');
  });
  it('Omit<T, K> & R merges into one object; Partial makes every field optional', () => {
    expect(decl('mapped-utility', 'NoAdmin')).toBe('alias NoAdmin = { "id": number; "name": string; "email"?: string; "role": ("guest" | "member") }');
    expect(decl('mapped-utility', 'PartialUser')).toBe('alias PartialUser = { "id"?: number; "name"?: string; "email"?: string; "admin"?: boolean }');
  });
  it('template literal types become patterns; finite ones become literal unions', () => {
    expect(decl('template-literals', 'Size')).toBe('alias Size = ("small-red" | "small-blue" | "large-red" | "large-blue")');
    expect(decl('template-literals', 'Greeting')).toBe('alias Greeting = string{pattern: "^hello .*$"}');
  });
  it('recursive edges are lazy; generic self-recursion passes its own parameter', () => {
    expect(decl('recursion', 'Json')).toBe('alias Json = nullable(union(string | number | boolean | lazy @Json[] | record<string, lazy @Json>))');
    expect(decl('generics', 'Tree')).toBe("interface Tree<T> = { \"value\": 'T; \"children\": lazy @Tree<'T>[] }");
  });
  it('interfaces extending Array<T> are arrays; namespaces are qualified', () => {
    expect(decl('extends', 'Names')).toBe('interface Names = string[]');
    expect(model('namespaces').decls.map((d) => d.name)).toEqual(['Geo.Point', 'Geo.Shapes.Line', 'Drawing']);
  });
  it('constraint tags land on the node', () => {
    expect(decl('constraints', 'Die')).toBe('alias Die = integer{minimum: 1, maximum: 6}');
    expect(decl('constraints', 'Constrained')).toContain('"tags": string[]{minItems: 1, maxItems: 3, uniqueItems: true}');
  });
  it('types from other files and packages become helpers', () => {
    expect(model('imports').decls.filter((d) => !d.exported).map((d) => d.name)).toEqual(['Address', 'Text', 'TextData', 'Position', 'Point']);
  });
});
