/**
 * Every golden's `mutators` (and `serializers`) pass the runtime's law kit. Generic factories are
 * instantiated with `dm.boolean()` for each type parameter. A fixture whose output calls a runtime
 * factory that does not exist yet is skipped (and named), not failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as dm from '../../src/index.js';
import { FIXTURES, fixtureDirs, inputsOf } from './fixtures.js';

type Factory = (...args: unknown[]) => dm.AnyMutator<unknown>;

/**
 * Known runtime defects (not codegen ones), reproduced with runtime combinators alone. Each must
 * still fail with this law; when the runtime is fixed the test says so and the entry goes.
 */
const KNOWN: Record<string, RegExp> = {};

function missingFactories(text: string): string[] {
  const used = new Set([...text.matchAll(/\bdm\.([a-zA-Z]+)\(/g)].map((m) => m[1]!));
  return [...used].filter((f) => typeof (dm as Record<string, unknown>)[f] !== 'function');
}

const goldens = fixtureDirs().flatMap((dir) => inputsOf(dir).map((f) => path.join(dir, f.replace(/\.ts$/, '.mutators.ts'))));

describe('generated mutators pass the laws', () => {
  for (const golden of goldens) {
    const file = path.join(FIXTURES, golden);
    const missing = missingFactories(fs.readFileSync(file, 'utf8'));
    it.skipIf(missing.length > 0)(`${golden}${missing.length ? ` (runtime lacks dm.${missing.join(', dm.')})` : ''}`, async () => {
      const mod = (await import(file)) as { mutators: Record<string, Factory>; serializers: Record<string, dm.Serializer<unknown>> };
      const names = Object.keys(mod.mutators);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const factory = mod.mutators[name]!;
        // a type with a serializer is checked as itself (generics with defaults: their zero-argument form)
        const m = mod.serializers[name] ? factory() : factory(...Array.from({ length: factory.length }, () => dm.boolean()));
        const known = KNOWN[`${golden}#${name}`];
        let error: Error | undefined;
        try {
          dm.checkMutator(m, { runs: 30, mutationsPerRun: 6, orderedLimit: 40, serializer: mod.serializers[name] });
        } catch (e) {
          error = e as Error;
        }
        if (known) expect(error?.message ?? 'passed', `${golden} ${name} is listed as a known runtime defect but passed: remove it from KNOWN`).toMatch(known);
        else if (error) throw new Error(`${golden} ${name}: ${error.message}`);
      }
    });
  }
});
