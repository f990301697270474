import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs, makeDirsSync } from '../../src/fuzz/store/dirs.js';

const procfs = existsSync('/proc/self');

describe('makeDirs / makeDirsSync', () => {
  for (const [name, make] of [
    ['sync', async (d: string) => makeDirsSync(d)],
    ['async', makeDirs],
  ] as const) {
    it(`${name}: creates missing levels and returns the outermost one it created`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'dm-dirs-'));
      expect(await make(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a'));
      expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
      expect(await make(join(root, 'a', 'b'))).toBeUndefined();
    });

    it(`${name}: a file in the way is ENOTDIR`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'dm-dirs-'));
      writeFileSync(join(root, 'f'), '');
      await expect(make(join(root, 'f', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    });

    // Node's own recursive mkdir loops forever here (ENOENT from a parent that exists)
    it.runIf(procfs)(`${name}: a folder under /proc fails at once instead of hanging`, async () => {
      await expect(make('/proc/derive-mutators-test/x')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    }, 5000);
  }
});
