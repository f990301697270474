// The input of the semver target (bench/real/semver/fuzz.ts): two version ranges in node-semver's
// syntax, one comparator each (`>=1.2.3-beta.0`, `^1.2`, `~1`, `<2`), as in the bug's report, and
// a probe version. Small numbers, so ranges overlap often. Narrower than semver's grammar on
// purpose: with two comparators, ` || ` or `*` the oracle also fails on the newest semver (7.8.6):
// subset('<2.3.3 =1.3.0-alpha.2', '=3'), subset('0.1.2-pre.2 <3.1.2-pre.0', '3.1.3-rc.1 =3.3.1'),
// subset('<1.2.3-pre.1 0.3.2-pre.3 >0.0.1-rc.3', '* <3.0.3 >0.1.0-pre.0') and
// subset('=0.1.1-beta.1 * <3.3.2-alpha.1', '* || 0 =1') are true though the first range holds a
// prerelease the second does not: other bugs, still open, not the one this target pins.

/** @type uint32 @maximum 3 */
export type Part = number;

export interface Prerelease {
  tag: 'alpha' | 'beta' | 'pre' | 'rc';
  /** @type uint32 @maximum 3 */
  n: number;
}

export interface Version {
  major: Part;
  minor: Part;
  patch: Part;
  pre?: Prerelease;
}

export type Operator = '' | '=' | '>' | '>=' | '<' | '<=' | '^' | '~';

export type Comparator = { kind: 'compare'; op: Operator; version: Version } | { kind: 'partial'; op: Operator; major: Part; minor?: Part };

export interface SubsetCase {
  sub: Comparator;
  sup: Comparator;
  probe: Version;
  includePrerelease: boolean;
}

export function versionText(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre === undefined ? '' : `-${v.pre.tag}.${v.pre.n}`}`;
}

export function rangeText(c: Comparator): string {
  if (c.kind === 'compare') return `${c.op}${versionText(c.version)}`;
  return `${c.op}${c.major}${c.minor === undefined ? '' : `.${c.minor}`}`;
}

/** the versions the ranges name, and the probe: the boundaries where a wrong answer shows */
export function probes(c: SubsetCase): string[] {
  const named = [c.sub, c.sup].flatMap((x) => (x.kind === 'compare' ? [versionText(x.version)] : []));
  return [versionText(c.probe), ...named];
}
