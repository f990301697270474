/**
 * A declaration file of 150 interrelated types (objects, unions, recursion, enums, generics)
 * derives in under 5 s. Asserted on this process's CPU time, which other test files running on
 * the same two cores do not inflate; the wall time is printed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../../src/codegen.js';

function bigFile(n: number): string {
  const out: string[] = ['export enum Kind { A, B, C }', 'export interface Box<T> { value: T; next?: Box<T> }'];
  for (let i = 0; i < n; i++) {
    const a = (i * 7 + 3) % n;
    const b = (i * 13 + 5) % n;
    if (i % 5 === 0) out.push(`export type U${i} = T${a} | T${b} | { kind: 'leaf${i}'; size: number } | null;`);
    out.push(
      `export interface T${i} {`,
      `  id: number;`,
      `  /** @maxLength 12 */`,
      `  name: string;`,
      `  kind: Kind;`,
      `  tags: string[];`,
      `  left?: T${a};`,
      `  right: Array<T${b}>;`,
      `  box: Box<number>;`,
      `  mode: 'read' | 'write' | \`x-\${number}\`;`,
      `}`,
    );
  }
  return out.join('\n');
}

it('derives a 150-type file in under 5 s', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-perf-'));
  fs.writeFileSync(path.join(dir, 'types.ts'), bigFile(150));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { outputs, diagnostics } = await generate({ files: ['types.ts'], root: dir });
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const ms = performance.now() - t0;
  fs.rmSync(dir, { recursive: true });
  console.log(`derived ${outputs[0]!.derived.length} types in ${Math.round(ms)} ms wall, ${Math.round(cpuMs)} ms CPU`);
  expect(diagnostics).toEqual([]);
  expect(outputs[0]!.derived.length).toBe(182);
  expect(cpuMs).toBeLessThan(5000);
});
