/**
 * What a user of the packed package gets: the license, the docs the README links to, and
 * source maps whose sources resolve without the repository (inlined).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

describe('the packed package', () => {
  const files = packedFiles();

  it('ships the LICENSE that package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string };
    expect(files).toContain('LICENSE');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toContain(`${pkg.license} License`);
  });

  it('ships every repository file the README links to', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?:docs|templates)\/[^)#\s]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(files, link).toContain(link);
  });

  it('has source maps that carry their sources', () => {
    const maps = files.filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(10);
    for (const file of maps.slice(0, 20)) {
      const map = JSON.parse(readFileSync(join(root, file), 'utf8')) as { sources: string[]; sourcesContent?: string[] };
      expect(map.sourcesContent?.length, file).toBe(map.sources.length);
      expect(map.sourcesContent![0]!.length, file).toBeGreaterThan(0);
    }
  });
});

describe('the test run', () => {
  it('puts temporary folders under one folder that the global setup removes', () => {
    expect(process.env.TMPDIR ?? '').toMatch(/derive-mutators-tests-/);
    expect(existsSync(process.env.TMPDIR!)).toBe(true);
  });
});
