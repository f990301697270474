/**
 * A target that changes its input is reported as such (which path, before and after), with the
 * code DM3201 and a hint to copy the value; never an internal error, never silent fuzzing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, scratchFolders, TOOL_FRAME } from './cli-helper.js';
import { targets } from './helpers.js';

const dirs = scratchFolders();
afterAll(() => dirs.cleanup());
const file = `${targets}/modifies.ts`;

describe('a target that modifies its input', () => {
  test.each([
    ['sorts', /the target modified its input at value\[\d\] \(was \d+, now \d+\)/],
    ['pops', /the target modified its input at value\.length \(was \d+, now \d+\)/],
    ['deletes', /the target modified its input at value\.y \(was \d+, now \(deleted\)\)/],
  ])('%s: exit 1, input-modified DM3201 with the path, a hint, and an artifact of the unmodified input that read replays', async (name, message) => {
    const artifacts = dirs.make('mod');
    const r = await cli('fuzz', file, '--export', name, '--seed', '1', '--max-iterations', '100000', '--artifacts', artifacts);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fuzz: input-modified after \d+ iterations/);
    expect(r.err).toMatch(new RegExp(`input-modified DM3201: ${message.source}`));
    expect(r.err).toMatch(/hint: Copy the value before changing it \(structuredClone\(value\)/);
    expect(r.err).not.toMatch(TOOL_FRAME);
    expect(r.err).not.toMatch(/internal error|Cannot read properties/);
    const artifact = /artifact: (\S+)/.exec(r.err)![1]!;
    // the artifact holds the input as the target received it, so replaying it modifies it again
    const saved = JSON.parse(readFileSync(artifact, 'utf8')) as unknown;
    expect(r.err).toContain(JSON.stringify(saved, null, 2).replace(/^/gm, '  '));
    const again = await cli('read', artifact, file, '--export', name);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(new RegExp(`input-modified DM3201: ${message.source}`));
  });

  test('the same work on a copy passes', async () => {
    const r = await cli('fuzz', file, '--export', 'copies', '--seed', '1', '--max-iterations', '20000', '--artifacts', dirs.make('mod'));
    expect(r.code).toBe(0);
  });
});
