import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      // generated code imports the runtime by package name; in tests it resolves to the sources
      'derive-mutators/fuzz': fileURLToPath(new URL('./src/fuzz/index.ts', import.meta.url)),
      'derive-mutators/fast-check': fileURLToPath(new URL('./src/interop/fast-check.ts', import.meta.url)),
      'derive-mutators/jazzer': fileURLToPath(new URL('./src/interop/jazzer.ts', import.meta.url)),
      'derive-mutators/codegen': fileURLToPath(new URL('./src/codegen.ts', import.meta.url)),
      'derive-mutators/internal': fileURLToPath(new URL('./src/internal.ts', import.meta.url)),
      'derive-mutators': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
