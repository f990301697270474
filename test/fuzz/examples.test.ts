/**
 * Evidence: with a fixed seed the engine finds the seeded bugs of examples/ within a bounded
 * number of iterations, and comparison feedback gets through a magic-value wall that the same
 * mutators without instrumentation do not pass in the same budget.
 */
import { describe, expect, test } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
import { scratch, targets } from './helpers.js';

describe('seeded bugs', () => {
  test('nested-enum: seven nested conditions, found within 150k iterations (seed 3)', async () => {
    const r = await fuzz({ target: 'examples/nested-enum/fuzz.ts', seed: 3, maxIterations: 150_000, artifacts: scratch('ex') });
    expect(r.status).toBe('failed');
    expect(r.failure?.stack).toMatch(/render\.ts/);
    expect(r.failure?.valueText).toMatch(/-1234567/);
  });

  test('parser: [server] port above 0xffff, found within 1.5M iterations (seed 2)', async () => {
    const r = await fuzz({ target: 'examples/parser/fuzz.ts', seed: 2, maxIterations: 1_500_000, artifacts: scratch('ex') });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/reading 'lo'/);
    expect(r.failure?.valueText).toMatch(/\[server\]/);
  });

  test('wasm-api: slot reuse after moduleNew, instanceNew, moduleDrop, moduleNew, call — in the warm-up, within 600 iterations (seed 1)', async () => {
    // plain random generation at the full budget finds this in a few draws; the engine starts as it does
    const r = await fuzz({ target: 'examples/wasm-api/fuzz.ts', seed: 1, maxIterations: 600, artifacts: scratch('ex') });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/ran code of module/);
    // the derived driver names the call and prints the sequence as a program
    expect(r.failure?.message).toMatch(/^CallFailure: call #\d+ engine\.callExportedFunc\(#\d+, \d+\) threw/);
    expect(r.failure?.program).toMatch(/^const engine = new Engine\(\);\nconst module0 = engine\.moduleNew\(new Uint8Array\(\[.*\]\)\);\n/);
    expect(r.failure?.stack).toMatch(/engine\.ts/);
  });

  test('job-queue: a heap broken by cancel, caught by the model at a next() — within 50k iterations (seed 1)', async () => {
    const r = await fuzz({ target: 'examples/job-queue/fuzz.ts', seed: 1, maxIterations: 50_000, artifacts: scratch('ex') });
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toMatch(/^CallFailure: call #\d+ jobQueue\.next\(\) returned .* but the model returned /);
    expect(r.failure?.program).toMatch(/await jobQueue\.cancel\(job\d+\);[^]*await jobQueue\.next\(\); \/\/ <- returned/);
  });

  test('comparison feedback passes a magic number and string; no instrumentation, same budget, does not', async () => {
    const budget = { target: `${targets}/magic.ts`, seed: 2, maxIterations: 200_000 };
    const [guided, blind] = await Promise.all([fuzz({ ...budget, artifacts: scratch('ex') }), fuzz({ ...budget, instrument: false, artifacts: scratch('ex') })]);
    expect(guided.status).toBe('failed');
    expect(guided.failure?.valueText).toMatch(/open sesame/);
    expect(blind).toMatchObject({ status: 'passed', iterations: 200_000, coverage: 0 });
  });
});
