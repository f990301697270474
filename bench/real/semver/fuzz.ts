// semver 7.3.4 (pinned as semver-buggy; 7.3.5 as semver-fixed): `subset(sub, sup)` looked only at
// the bounds of the ranges and said `>=1.2.3-pre.0` is a subset of `>=1.0.0`, although
// 1.2.3-pre.0 satisfies the first and not the second (prereleases match only ranges that name
// them) — https://github.com/npm/node-semver/pull/377 (fixes #374, in 7.3.5). Oracle: the
// definition of subset: when subset(sub, sup) holds, every probe version (the input's, and each
// version either range names) that satisfies sub must satisfy sup, judged by the same package.
import buggy from 'semver-buggy';
import fixed_ from 'semver-fixed';
import { mutators, serializers } from '../../../generated/bench/real/semver/types.mutators.js';
import { packageTarget } from '../target.js';
import { probes, rangeText, type SubsetCase } from './types.js';

type Semver = typeof buggy;

/** the test: a version in sub but not in sup contradicts subset(sub, sup) === true */
export function check(semver: Semver, c: SubsetCase): void {
  const sub = rangeText(c.sub);
  const sup = rangeText(c.sup);
  const opts = { includePrerelease: c.includePrerelease };
  if (semver.validRange(sub) === null || semver.validRange(sup) === null) return;
  if (!semver.subset(sub, sup, opts)) return;
  for (const v of probes(c)) {
    if (semver.satisfies(v, sub, opts) && !semver.satisfies(v, sup, opts)) throw new Error(`subset('${sub}', '${sup}') is true, but ${v} satisfies the first and not the second`);
  }
}

const target = packageTarget<Semver, SubsetCase>(mutators.SubsetCase(), serializers.SubsetCase, check);

export default target(buggy);
export const fixed = target(fixed_);
