/** The CLI with the real codegen on inputs using typia's type-level tags. */
import { symlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGenerate } from '../../src/cli/generator.js';
import { Project } from './helpers.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let project: Project;
afterEach(() => project?.remove());

/** A temp project that resolves 'typia' from the repo's node_modules. */
async function withTypia(files: Record<string, string>): Promise<Project> {
  const p = await Project.create(files);
  await symlink(`${repo}node_modules`, p.path('node_modules'), 'dir');
  return p;
}

describe('derive-mutators on typia-tagged types', () => {
  it('writes the constraints the tags state, and --check agrees', async () => {
    project = await withTypia({
      'src/types.ts': `import type { tags } from 'typia';
type Str = string & tags.MinLength<0> & tags.MaxLength<16>;
export interface Item {
  tags: Str[] & tags.MaxItems<3>;
  email: string & tags.Format<'email'>;
  n: number & tags.Minimum<0> & tags.ExclusiveMaximum<10>;
  age: number & tags.Type<'int32'> & tags.Minimum<0>;
}
`,
    });
    const generate = await loadGenerate();
    const run = await project.run(['src/types.ts', '--quiet'], generate);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const text = await project.read('generated/src/types.mutators.ts');
    expect(text).toContain('tags: dm.array(dm.string({ minLength: 0, maxLength: 16 }), { maxItems: 3 }),');
    expect(text).toContain("email: dm.string({ format: 'email' }),");
    expect(text).toContain('n: dm.number({ minimum: 0, exclusiveMaximum: 10 }),');
    expect(text).toContain('age: dm.integer({ min: 0, max: 2147483647 }),');
    expect((await project.run(['src/types.ts', '--check'], generate)).code).toBe(0);
  });

  it('prints a misplaced tag as a coded diagnostic at file:line, exits 1 and writes the rest', async () => {
    project = await withTypia({
      'types.ts': `import type { tags } from 'typia';
export interface Ok { n: number & tags.Maximum<5> }
export interface Bad {
  count: number & tags.MaxItems<3>;
}
`,
    });
    const run = await project.run(['types.ts'], await loadGenerate());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('types.ts:4:19 - error DM1006: MaxItems<3> does not apply to a number (at Bad.count)\n  On a number use tags.Minimum, tags.Maximum, tags.ExclusiveMinimum, tags.ExclusiveMaximum, tags.MultipleOf, tags.Type.');
    const text = await project.read('generated/types.mutators.ts');
    expect(text).toContain('n: dm.number({ maximum: 5 })');
    expect(text).not.toContain('badMutator');
  });
});
