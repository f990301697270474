import { describe, expect, it } from 'vitest';
import type { Decl, Node } from '../../src/model/ir.js';
import { finiteDecls, markRecursion, refsOf } from '../../src/model/recursion.js';

const ref = (target: string): Node => ({ kind: 'ref', target, args: [] });
const decl = (id: string, node: Node): Decl => ({ id, name: id, exported: true, typeParams: [], node, kindOfDecl: 'alias', file: 'x.ts', line: 1, column: 1 });
const obj = (fields: Record<string, Node>, optional: string[] = []): Node => ({
  kind: 'object',
  fields: Object.entries(fields).map(([name, node]) => ({ name, node, optional: optional.includes(name), readonly: false })),
});

describe('markRecursion', () => {
  it('marks only the edges inside a cycle as lazy', () => {
    const decls = [decl('A', obj({ b: ref('B'), c: ref('C') })), decl('B', obj({ a: { kind: 'array', element: ref('A'), constraints: {} } })), decl('C', { kind: 'boolean' })];
    expect([...markRecursion(decls)].sort()).toEqual(['A', 'B']);
    expect(refsOf(decls[0]!.node).map((r) => [r.target, !!r.lazy])).toEqual([['B', true], ['C', false]]);
    expect(refsOf(decls[1]!.node).map((r) => !!r.lazy)).toEqual([true]);
  });
  it('marks a self reference', () => {
    const decls = [decl('L', obj({ next: ref('L') }, ['next']))];
    markRecursion(decls);
    expect(refsOf(decls[0]!.node)[0]!.lazy).toBe(true);
  });
});

describe('finiteDecls', () => {
  it('finds types with no finite value, also through other declarations', () => {
    const decls = [
      decl('Inf', obj({ next: ref('Inf') })),
      decl('UsesInf', obj({ x: ref('Inf') })),
      decl('List', obj({ next: ref('List') }, ['next'])),
      decl('Tree', obj({ kids: { kind: 'array', element: ref('Tree'), constraints: {} } })),
      decl('NonEmpty', obj({ kids: { kind: 'array', element: ref('NonEmpty'), constraints: { minItems: 1 } } })),
      decl('Alt', { kind: 'union', members: [{ node: ref('Alt') }, { node: { kind: 'boolean' } }] }),
    ];
    expect([...finiteDecls(decls)].sort()).toEqual(['Alt', 'List', 'Tree']);
  });
});
