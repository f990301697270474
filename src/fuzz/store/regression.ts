/**
 * A failure as a regression test: a vitest file that decodes the failing input through the
 * target's own Serializer and runs the target's test on it, so a found bug stays found (as
 * Hypothesis's @example and FuzzTest's regression inputs do). The input is kept inline, so the
 * test needs no artifact folder; it fails while the bug is there and passes once it is fixed.
 */
import { basename, dirname, relative, resolve } from 'node:path';

export interface RegressionSpec {
  /** the artifact's path, named in the comment and the test's name */
  artifact: string;
  /** the artifact's bytes (the target serializer's format) */
  data: Uint8Array;
  isUtf8: boolean;
  /** the target module's path */
  target: string;
  exportName: string | undefined;
  /** where the test file will be (imports are relative to it) */
  testFile: string;
  /** "kind: message" of the failure */
  summary: string;
}

/** the default place: beside the target, `<target>.<artifact name>.test.ts` */
export function regressionTestPath(target: string, artifact: string): string {
  const stem = basename(target).replace(/\.(m|c)?[jt]s$/, '');
  const name = basename(artifact).replace(/\.[^.]+$/, '').replace(/[^\w.-]/g, '_');
  return resolve(dirname(target), `${stem}.${name}.test.ts`);
}

function importPath(from: string, to: string): string {
  let p = relative(dirname(resolve(from)), resolve(to)).split('\\').join('/');
  if (!p.startsWith('.')) p = `./${p}`;
  // TypeScript's convention (NodeNext): import the .js name of a .ts module
  return p.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs');
}

function bytesLiteral(data: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
      return `new TextEncoder().encode(${JSON.stringify(text)})`;
    } catch {
      // not UTF-8 after all: base64 below
    }
  }
  return `Uint8Array.from(atob(${JSON.stringify(Buffer.from(data).toString('base64'))}), (c) => c.charCodeAt(0))`;
}

export function regressionTest(s: RegressionSpec): string {
  const name = basename(s.artifact);
  const summary = s.summary.split('\n')[0]!.slice(0, 120);
  const binding = s.exportName === undefined ? 'target' : `{ ${s.exportName === 'target' ? 'target' : `${s.exportName} as target`} }`;
  return [
    `// Regression test written by derive-mutators from ${name} (${summary.replace(/\*\//g, '* /')}).`,
    '// It replays the failing input through the target\'s serializer: it fails while the bug is there',
    '// and passes once the bug is fixed. The input is inline, so the artifacts folder need not be kept.',
    "import { test } from 'vitest';",
    "import { readValue } from 'derive-mutators';",
    `import ${binding} from '${importPath(s.testFile, s.target)}';`,
    '',
    `const input = ${bytesLiteral(s.data, s.isUtf8)};`,
    '',
    `test(${JSON.stringify(`fuzz regression ${name}: ${summary}`)}, async () => {`,
    '  const read = readValue(target.serializer, input);',
    "  if (read === undefined) throw new Error(\"the input no longer decodes to a value of the target's type (did the type change?)\");",
    '  await target.test(read.value);',
    '});',
    '',
  ].join('\n');
}
