// dot-prop <4.2.1 and 5.0.0–5.1.0 (4.2.0 pinned as dot-prop-buggy, 4.2.1 as dot-prop-fixed):
// prototype pollution in `set` (CVE-2020-8116, https://github.com/advisories/GHSA-ff7x-qrg7-qggm):
// `set({}, '__proto__.polluted', 1)` (or
// `constructor.prototype.polluted`) writes Object.prototype. The oracle (../pollution.ts) throws
// when any built-in prototype changed. Default export: the buggy version; `fixed`: the fixed one.
import buggy from 'dot-prop-buggy';
import fixed_ from 'dot-prop-fixed';
import { mutators, serializers } from '../../../generated/bench/real/dot-prop/types.mutators.js';
import { packageTarget } from '../target.js';
import { expectNoPollution } from '../pollution.js';
import { toPath, type DotPropInput } from './types.js';

type DotProp = typeof buggy;

/** the test: the sets then the gets on one object; throws when a prototype was polluted */
export function check(dotProp: DotProp, input: DotPropInput): void {
  expectNoPollution(() => {
    const obj = {};
    for (const s of input.sets) dotProp.set(obj, toPath(s.path), s.value);
    for (const g of input.gets) dotProp.get(obj, toPath(g));
  });
}

const target = packageTarget<DotProp, DotPropInput>(mutators.DotPropInput(), serializers.DotPropInput, check);

export default target(buggy);
export const fixed = target(fixed_);
