import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/emit/templates.js';
import { view } from '../../src/emit/view.js';
import { KINDS, type Decl, type Node } from '../../src/model/ir.js';

describe('templates', () => {
  it('has one partial per IR kind that reaches the emitter (never does not: it is dropped or reported)', () => {
    const kinds = loadTemplates().kinds;
    for (const k of KINDS.filter((k) => k !== 'never' && k !== 'number')) expect(kinds, k).toContain(k);
    expect(kinds).toEqual(expect.arrayContaining(['number', 'integer']));
  });
  it('renders a node through the partials (logic-free: options prepared by the view)', () => {
    const decl: Decl = { id: 'X', name: 'X', exported: true, typeParams: [], node: { kind: 'boolean' }, kindOfDecl: 'alias', file: 'x.ts', line: 1, column: 1 };
    const env = { decl, names: new Map([['X', 'xMutator']]), custom: new Map<string, string>(), selfRef: false };
    const node: Node = { kind: 'array', element: { kind: 'ref', target: 'X', args: [], lazy: true }, constraints: { maxItems: 3 } };
    const t = loadTemplates();
    const out = t.decl({ section: 'X', fn: 'xMutator', exported: true, scope: true, generic: false, type: 'T.X', body: view(node, env), cast: '', doc: 'd' });
    expect(out).toContain('return dm.memoizedSwarmScope<T.X>(xMutator, options, () =>\n    dm.array(dm.lazy(() => xMutator(options)), { maxItems: 3 }),\n  );');
    const plain = t.decl({ section: 'X', fn: 'xMutator', exported: true, scope: false, generic: false, type: 'T.X', body: view(node, env), cast: '', doc: 'd' });
    expect(plain).toContain('return dm.memoized<T.X>(xMutator, options, () =>\n    dm.array(dm.lazy(() => xMutator(options)), { maxItems: 3 }),\n  );');
  });
});
