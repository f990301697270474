/**
 * typia's type-level tags derive exactly as the equivalent JSDoc tags: the fixture typia-tags has
 * the same types twice, with typia tags (types.ts) and with JSDoc tags (other.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze/index.js';
import { generate } from '../../src/codegen.js';
import { printDecl } from '../../src/model/print.js';
import { FIXTURES, sharedProject } from '../codegen/fixtures.js';

const DIR = path.join(FIXTURES, 'typia-tags');

describe('typia type-level tags and their JSDoc twins', () => {
  it('give the same IR, declaration by declaration', () => {
    const { models, diagnostics } = analyzeFiles(sharedProject(), ['types.ts', 'other.ts'], DIR);
    expect(diagnostics).toEqual([]);
    const [typia, jsdoc] = models.map((m) => m.model);
    const print = (m: typeof typia) => m!.decls.map((d) => printDecl(d));
    expect(typia!.decls.map((d) => d.name)).toEqual(['Account', 'Str', 'Item', 'Percent', 'Ids', 'Aliased', 'Documented', 'Mixed']);
    expect(print(typia)).toEqual(print(jsdoc));
    // the tags did something (equal IRs without any constraint would also be equal)
    expect(print(typia).join('\n')).toContain('"age": integer{minimum: 0, maximum: 150}');
    expect(print(typia).join('\n')).toContain('"createdAt": string{format: "date-time"}');
    expect(print(typia).join('\n')).toContain('"tags": @Str[]{maxItems: 3}');
  });

  it('generate the same mutator expressions through generate()', async () => {
    const { outputs, diagnostics } = await generate({ files: ['types.ts', 'other.ts'], root: DIR, out: '.', project: sharedProject() });
    expect(diagnostics).toEqual([]);
    // comments, the header and the type import name the input file; the code must not differ
    const code = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\/\*|\*)/.test(l) && !l.startsWith('import type * as T'))
        .join('\n');
    const [typia, jsdoc] = outputs.map((o) => code(o.content));
    expect(typia).toBe(jsdoc);
    expect(typia).toContain("labels: dm.array(dm.string({ maxLength: 8 }), { minItems: 1, maxItems: 3, uniqueItems: true }),");
    expect(typia).toContain("createdAt: dm.string({ format: 'date-time' }),");
    expect(typia).toContain('big: dm.bigint({ min: 0n, max: 18446744073709551615n }),');
  });
});
