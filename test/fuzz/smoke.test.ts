import { test, expect } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';
test('smoke', async () => {
  const r = await fuzz({ target: 'test/fuzz/targets/simple.ts', export: 'shallow', seed: 1, maxIterations: 100000, artifacts: '/tmp/smoke-art', status: (l) => console.log(l) });
  console.log(JSON.stringify(r, null, 1));
  expect(r.status).toBe('failed');
});
