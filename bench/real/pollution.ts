// The prototype-pollution oracle shared by the bug targets under bench/real/: after each call it
// compares the built-in prototypes an attacker can reach through `__proto__`,
// `constructor.prototype` or `constructor.constructor.prototype` with a snapshot taken when this
// module loaded, and throws when one gained a property or had one replaced. It restores them first,
// so the next input starts clean (the engine and the benches run many inputs in one process).

const prototypes: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Function.prototype', Function.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
];

const snapshot = prototypes.map(([, p]) => new Map(Reflect.ownKeys(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)!])));

/**
 * Runs `call` (an error it throws is not what this oracle looks for and is ignored), then throws
 * `Error('prototype pollution: …')` naming each prototype key that was added or replaced.
 */
export function expectNoPollution(call: () => unknown): void {
  try {
    call();
  } catch {
    // the packages reject some inputs by throwing; only a changed prototype is the bug
  }
  const found: string[] = [];
  prototypes.forEach(([name, p], i) => {
    const before = snapshot[i]!;
    for (const key of Reflect.ownKeys(p)) {
      const was = before.get(key);
      const now = Object.getOwnPropertyDescriptor(p, key)!;
      if (was === undefined) {
        found.push(`${name}.${String(key)} added`);
        delete (p as Record<PropertyKey, unknown>)[key];
      } else if (was.value !== now.value || was.get !== now.get || was.set !== now.set) {
        found.push(`${name}.${String(key)} replaced`);
        Object.defineProperty(p, key, was);
      }
    }
  });
  if (found.length > 0) throw new Error(`prototype pollution: ${found.join(', ')}`);
}
