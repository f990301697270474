// Codegen speed (issue 4: a declaration file of 100+ interrelated types derives in under 5 s).
// Runs the public `generate()` from dist/ on a generated 150-declaration file (182 types with the
// helpers it implies). Runnable alone after `npm run build`: `node bench/codegen-bench.mjs`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bigDeclarationFile } from './shapes/big-declarations.mjs';

export async function runCodegenBench() {
  const { generate } = await import('../dist/codegen.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-codegen-bench-'));
  fs.writeFileSync(path.join(dir, 'types.ts'), bigDeclarationFile(150));
  const runs = [];
  let derived = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const { outputs, diagnostics } = await generate({ files: ['types.ts'], root: dir });
    runs.push(performance.now() - t0);
    if (diagnostics.length > 0) throw new Error(`unexpected diagnostics: ${diagnostics.map((d) => d.message).join('; ')}`);
    derived = outputs[0].derived.length;
  }
  // issue 14: a package of 3,000 types derives in under 20 s
  fs.writeFileSync(path.join(dir, 'big.ts'), bigDeclarationFile(2500));
  const t1 = performance.now();
  const big = await generate({ files: ['big.ts'], root: dir });
  const bigMs = performance.now() - t1;
  const bigDerived = big.outputs[0].derived.length;
  fs.rmSync(dir, { recursive: true, force: true });
  const first = runs[0];
  const best = Math.min(...runs.slice(1));
  const markdown = [
    `A generated declaration file of 150 interrelated declarations (objects, unions, recursion, an enum, a generic): ${derived} types derived, written nowhere.`,
    '',
    '| run | seconds | target |',
    '|---|---:|---|',
    `| first (cold: TypeScript program, templates, prettier) | ${(first / 1000).toFixed(2)} | < 5 s ${first < 5000 ? '✓' : '✗'} |`,
    `| warm (best of 2 more in the same process) | ${(best / 1000).toFixed(2)} | |`,
    `| a 2,500-declaration file: ${bigDerived.toLocaleString('en-US')} types (same process) | ${(bigMs / 1000).toFixed(2)} | < 20 s for 3,000 types ${bigMs < 20000 && bigDerived >= 3000 ? '✓' : '✗'} |`,
  ].join('\n');
  return { title: 'Codegen', markdown, rows: { derived, firstMs: first, warmMs: best, bigDerived, bigMs } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runCodegenBench();
  process.stdout.write(`## ${r.title}\n\n${r.markdown}\n`);
}
