// minimist <1.2.6 (1.2.5 pinned as minimist-buggy, 1.2.6 as minimist-fixed): prototype pollution
// through a dotted flag whose path walks `constructor` (CVE-2021-44906,
// https://github.com/advisories/GHSA-xvch-5gv4-984h, https://github.com/substack/minimist/issues/164).
// 1.2.5 blocked only the key `__proto__`, so `--_.constructor.constructor.prototype.x=1` writes
// Function.prototype.x. The oracle (../pollution.ts) throws when any built-in prototype changed.
// The default export fuzzes the buggy version, `fixed` the fixed one:
// `derive-mutators fuzz bench/real/minimist/fuzz.ts --export fixed`.
import buggy from 'minimist-buggy';
import fixed_ from 'minimist-fixed';
import { mutators, serializers } from '../../../generated/bench/real/minimist/types.mutators.js';
import { packageTarget } from '../target.js';
import { expectNoPollution } from '../pollution.js';
import { toArgv, type CommandLine } from './types.js';

type Minimist = typeof buggy;

/** the test: parse the command line; throws when a prototype was polluted */
export function check(minimist: Minimist, line: CommandLine): void {
  expectNoPollution(() => minimist(toArgv(line)));
}

const target = packageTarget<Minimist, CommandLine>(mutators.CommandLine(), serializers.CommandLine, check);

export default target(buggy);
export const fixed = target(fixed_);
