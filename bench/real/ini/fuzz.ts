// ini <1.3.6 (1.3.5 pinned as ini-buggy, 1.3.6 as ini-fixed): prototype pollution in `parse`
// (CVE-2020-7788, https://github.com/advisories/GHSA-qqgx-2p2h-9c37): a section named
// `[__proto__]` makes the following `key = value` lines properties of Object.prototype. The oracle
// (../pollution.ts) throws when any built-in prototype changed. Default export: the buggy
// version; `fixed`: the fixed one.
import buggy from 'ini-buggy';
import fixed_ from 'ini-fixed';
import { mutators, serializers } from '../../../generated/bench/real/ini/types.mutators.js';
import { packageTarget } from '../target.js';
import { expectNoPollution } from '../pollution.js';
import { toIni, type IniFile } from './types.js';

type Ini = typeof buggy;

/** the test: parse the file's text; throws when a prototype was polluted */
export function check(ini: Ini, file: IniFile): void {
  expectNoPollution(() => ini.parse(toIni(file)));
}

const target = packageTarget<Ini, IniFile>(mutators.IniFile(), serializers.IniFile, check);

export default target(buggy);
export const fixed = target(fixed_);
