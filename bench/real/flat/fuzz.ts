// flat <5.0.1 (5.0.0 pinned as flat-buggy, 5.0.1 as flat-fixed): prototype pollution in
// `unflatten` (CVE-2020-36632, https://github.com/hughsk/flat/issues/105, fixed by commit 20ef0ef):
// `unflatten({ '__proto__.polluted': 1 })` walks into
// Object.prototype and writes there. The oracle (../pollution.ts) throws when any built-in
// prototype changed. Default export: the buggy version; `fixed`: the fixed one.
import buggy from 'flat-buggy';
import fixed_ from 'flat-fixed';
import { mutators, serializers } from '../../../generated/bench/real/flat/types.mutators.js';
import { packageTarget } from '../target.js';
import { expectNoPollution } from '../pollution.js';
import { toFlat, type UnflattenInput } from './types.js';

type Flat = typeof buggy;

/** the test: unflatten the object with the input's options; throws when a prototype was polluted */
export function check(flat: Flat, input: UnflattenInput): void {
  expectNoPollution(() => flat.unflatten(toFlat(input), { object: input.object, overwrite: input.overwrite }));
}

const target = packageTarget<Flat, UnflattenInput>(mutators.UnflattenInput(), serializers.UnflattenInput, check);

export default target(buggy);
export const fixed = target(fixed_);
