// Declarations for the bench targets' packages that ship no types (pinned, aliased as
// `<name>-buggy` / `<name>-fixed` in package.json devDependencies), covering only the calls the
// targets in bench/real/ make, so `npm run typecheck` checks the targets too.

declare module 'minimist-buggy' {
  export default function minimist(args: string[], opts?: Record<string, unknown>): Record<string, unknown>;
}
declare module 'minimist-fixed' {
  export { default } from 'minimist-buggy';
}

declare module 'flat-buggy' {
  const flat: { unflatten(target: Record<string, unknown>, opts?: Record<string, unknown>): unknown };
  export default flat;
}
declare module 'flat-fixed' {
  export { default } from 'flat-buggy';
}

declare module 'ini-buggy' {
  const ini: { parse(text: string): Record<string, unknown>; encode(obj: object): string };
  export default ini;
}
declare module 'ini-fixed' {
  export { default } from 'ini-buggy';
}

declare module 'dot-prop-buggy' {
  const dotProp: { set(obj: object, path: string, value: unknown): object; get(obj: object, path: string): unknown };
  export default dotProp;
}
declare module 'dot-prop-fixed' {
  export { default } from 'dot-prop-buggy';
}

declare module 'semver-buggy' {
  const semver: {
    subset(sub: string, sup: string, opts?: { includePrerelease?: boolean }): boolean;
    satisfies(version: string, range: string, opts?: { includePrerelease?: boolean }): boolean;
    validRange(range: string): string | null;
  };
  export default semver;
}
declare module 'semver-fixed' {
  export { default } from 'semver-buggy';
}

declare module 'yaml-buggy' {
  const YAML: { stringify(value: unknown): string; parse(text: string): unknown };
  export default YAML;
}
declare module 'yaml-fixed' {
  export { default } from 'yaml-buggy';
}
