import { describe, expect, it } from 'vitest';
import { literal, options, optionsArg, quote } from '../../src/emit/helpers.js';
import { moduleSpecifier, outputPath, packageName } from '../../src/emit/module-path.js';
import { factoryNames, propertyKey, typeParamName } from '../../src/emit/names.js';
import type { Decl } from '../../src/model/ir.js';

describe('helpers', () => {
  it('writes literals as TypeScript source', () => {
    expect([literal('it\'s "x"\n'), literal(-0), literal(NaN), literal(-Infinity), literal({ bigint: '-12' }), literal(null), literal(undefined), literal(true)]).toEqual([
      `'it\\'s "x"\\n'`,
      '-0',
      'NaN',
      '-Infinity',
      '-12n',
      'null',
      'undefined',
      'true',
    ]);
    expect(quote('a\\b')).toBe("'a\\\\b'");
  });
  it('writes option objects, skipping undefined; empty gives nothing', () => {
    expect(options({ minItems: 1, maxItems: undefined, pattern: '^a$', weights: [1, 2] })).toBe("{ minItems: 1, pattern: '^a$', weights: [1, 2] }");
    expect(options({ a: undefined })).toBe('');
    expect(optionsArg({})).toBe('');
    expect(optionsArg({ min: 0 })).toBe(', { min: 0 }');
  });
});

describe('names', () => {
  const d = (name: string, exported = true): Decl => ({ id: exported ? name : `${name}$`, name, exported, typeParams: [], node: { kind: 'boolean' }, kindOfDecl: 'alias', file: '', line: 1, column: 1 });
  it('gives unique factory names, exported first, helpers end in Helper', () => {
    const names = factoryNames([d('Foo', false), d('foo'), d('Foo'), d('Ns.Bar'), d('T'), d('Mutator')]);
    expect([...names.values()]).toEqual(['fooMutator', 'fooMutator2', 'nsBarMutator', 'tMutator', 'mutatorMutator', 'fooHelper']);
  });
  it('quotes keys that are not identifiers and renames type parameters that shadow T or dm', () => {
    expect([propertyKey('a'), propertyKey('a-b'), propertyKey('Ns.Foo'), propertyKey('1x')]).toEqual(['a', '"a-b"', '"Ns.Foo"', '"1x"']);
    expect([typeParamName('T'), typeParamName('dm'), typeParamName('A')]).toEqual(['T_', 'dm_', 'A']);
  });
});

describe('module paths', () => {
  it('imports node_modules inputs by package name (@types/x → x)', () => {
    expect(packageName('/p/node_modules/@types/hast/index.d.ts')).toBe('hast');
    expect(packageName('/p/node_modules/@types/babel__core/index.d.ts')).toBe('@babel/core');
    expect(packageName('/p/node_modules/type-fest/source/package-json.d.ts')).toBe('type-fest');
    expect(packageName('/p/src/types.ts')).toBeUndefined();
  });
  it('imports project inputs relatively with .js', () => {
    expect(moduleSpecifier('/p/generated/src/types.mutators.ts', '/p/src/types.ts')).toBe('../../src/types.js');
    expect(moduleSpecifier('/p/src/types.mutators.ts', '/p/src/types.ts')).toBe('./types.js');
    expect(moduleSpecifier('/p/g/a.mutators.ts', '/p/lib/a.d.ts')).toBe('../lib/a.js');
  });
  it('maps inputs to <out>/<relative path>.mutators.ts', () => {
    expect(outputPath('/p', 'generated', '/p/src/types.ts')).toBe('generated/src/types.mutators.ts');
    expect(outputPath('/p', '.', '/p/types.ts')).toBe('types.mutators.ts');
    expect(outputPath('/p', 'generated', '/p/node_modules/@types/hast/index.d.ts')).toBe('generated/node_modules/@types/hast/index.mutators.ts');
  });
});
