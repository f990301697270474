import { describe, expect, it } from 'vitest';
import { mutators, serializers } from '../../../generated/examples/wasm-api/types.mutators.js';
import { EngineCrash, run } from '../../../examples/wasm-api/engine.js';
import { providerFrom } from '../crossover-helpers.js';
import { bytes, checkMutator, createRng, deepClone, deepEqual, integer, jsonSerializer, literals, MutatorArgumentError, object, sequence, swarmScope, type AnyMutator } from '../../../src/index.js';

type ApiCall =
  | { kind: 'moduleNew'; id: number; wasm: Uint8Array }
  | { kind: 'moduleDrop'; id: number }
  | { kind: 'instanceNew'; id: number; module: number }
  | { kind: 'instanceDrop'; id: number }
  | { kind: 'callExportedFunc'; instance: number; nth: number };
const KINDS = ['moduleNew', 'moduleDrop', 'instanceNew', 'instanceDrop', 'callExportedFunc'] as const;

const id = () => integer({ min: 0, max: 1000 });
const m = (fields: Record<string, AnyMutator<unknown>>) => object(fields) as unknown as AnyMutator<ApiCall>;
function calls(opts: { swarm?: boolean; maxItems?: number; minItems?: number } = {}) {
  return sequence<ApiCall>({
    discriminant: 'kind',
    variants: [
      { tag: 'moduleNew', mutator: m({ kind: literals(['moduleNew']), id: id(), wasm: bytes({ maxLength: 4 }) }), creates: [{ field: 'id', resource: 'module' }] },
      { tag: 'moduleDrop', mutator: m({ kind: literals(['moduleDrop']), id: id() }), drops: [{ field: 'id', resource: 'module' }] },
      { tag: 'instanceNew', mutator: m({ kind: literals(['instanceNew']), id: id(), module: id() }), creates: [{ field: 'id', resource: 'instance' }], uses: [{ field: 'module', resource: 'module' }] },
      { tag: 'instanceDrop', mutator: m({ kind: literals(['instanceDrop']), id: id() }), drops: [{ field: 'id', resource: 'instance' }] },
      { tag: 'callExportedFunc', mutator: m({ kind: literals(['callExportedFunc']), instance: id(), nth: integer({ min: 0, max: 7 }) }), uses: [{ field: 'instance', resource: 'instance' }] },
    ],
    maxItems: opts.maxItems ?? 100,
    minItems: opts.minItems,
    swarm: opts.swarm,
  });
}

/** Independent validity check, written from the spec (not from the mutator's code). */
function checkValid(seq: ApiCall[]): string | null {
  let next = 0;
  const modules = new Set<number>();
  const instances = new Set<number>();
  for (const [i, c] of seq.entries()) {
    switch (c.kind) {
      case 'moduleNew':
        if (c.id !== next++) return `call ${i}: created id ${c.id} is not fresh`;
        modules.add(c.id);
        break;
      case 'moduleDrop':
        if (!modules.delete(c.id)) return `call ${i}: drops dead module ${c.id}`;
        break;
      case 'instanceNew':
        if (!modules.has(c.module)) return `call ${i}: uses dead module ${c.module}`;
        if (c.id !== next++) return `call ${i}: created id ${c.id} is not fresh`;
        instances.add(c.id);
        break;
      case 'instanceDrop':
        if (!instances.delete(c.id)) return `call ${i}: drops dead instance ${c.id}`;
        break;
      case 'callExportedFunc':
        if (!instances.has(c.instance)) return `call ${i}: uses dead instance ${c.instance}`;
        break;
      default:
        return `call ${i}: unknown kind`;
    }
  }
  return null;
}

describe('sequence', () => {
  it('passes the laws (swarm on and off) with a serializer', () => {
    for (const swarm of [true, false]) {
      const s = calls({ swarm, maxItems: 30 });
      checkMutator(s, { runs: 60, maxComplexity: 800, serializer: jsonSerializer(s), orderedLimit: 32 });
    }
    checkMutator(calls({ minItems: 2, maxItems: 6 }), { runs: 40, maxComplexity: 300, orderedLimit: 16 });
  });

  it('thousands of generated and mutated sequences are all valid by an independent checker; undo is exact', () => {
    const s = calls();
    const rng = createRng(77);
    let checked = 0;
    let changed = 0;
    for (let run = 0; run < 300; run++) {
      const v = s.randomArbitrary(rng, 3000).value;
      expect(checkValid(v)).toBeNull();
      let cache = s.validateValue(v)!;
      expect(cache).toBeDefined();
      for (let k = 0; k < 12; k++) {
        const before = deepClone(v);
        const r = s.randomMutate(v, cache, rng, 3000);
        expect(r.value).toBe(v);
        const err = checkValid(v);
        if (err) throw new Error(`${err}\nafter mutating ${JSON.stringify(before)}\nto ${JSON.stringify(v)}`);
        expect(s.validateValue(v)).toBeDefined();
        expect(s.complexity(v, s.validateValue(v)!)).toBeCloseTo(r.complexity, 6);
        if (!deepEqual(before, v)) changed++;
        checked++;
        if (k % 3 === 2) {
          cache = s.validateValue(v)!; // keep this one
        } else {
          s.unmutate(v, cache, r.token);
          expect(deepEqual(v, before)).toBe(true);
        }
      }
    }
    expect(checked).toBe(3600);
    expect(changed).toBeGreaterThan(2500);
  });

  it('rejects invalid sequences', () => {
    const s = calls();
    const ok: ApiCall[] = [{ kind: 'moduleNew', id: 0, wasm: new Uint8Array() }, { kind: 'instanceNew', id: 1, module: 0 }, { kind: 'moduleDrop', id: 0 }, { kind: 'callExportedFunc', instance: 1, nth: 0 }];
    expect(s.validateValue(ok)).toBeDefined();
    const bad = (f: (x: ApiCall[]) => void) => {
      const x = deepClone(ok);
      f(x);
      return s.validateValue(x);
    };
    expect(bad((x) => ((x[1] as { id: number }).id = 5))).toBeUndefined(); // not fresh
    expect(bad((x) => ((x[1] as { module: number }).module = 1))).toBeUndefined(); // wrong resource
    expect(bad((x) => x.push({ kind: 'moduleDrop', id: 0 }))).toBeUndefined(); // double drop
    expect(bad((x) => x.push({ kind: 'instanceNew', id: 2, module: 0 }))).toBeUndefined(); // dropped module
    expect(bad((x) => x.unshift({ kind: 'callExportedFunc', instance: 0, nth: 0 }))).toBeUndefined();
  });

  it('distribution: with swarm the kinds per sequence vary widely; without, most sequences use nearly all kinds', () => {
    const stats = (swarm: boolean) => {
      const s = calls({ swarm });
      const rng = createRng(5);
      const distinct: number[] = [];
      const seen = new Set<string>();
      while (distinct.length < 400) {
        const v = s.randomArbitrary(rng, 1e5).value;
        if (v.length < 10) continue;
        const ks = new Set(v.map((c) => c.kind));
        for (const k of ks) seen.add(k);
        distinct.push(ks.size);
      }
      const hist = [0, 0, 0, 0, 0, 0];
      for (const d of distinct) hist[d]!++;
      return { hist, seen, atMostHalf: distinct.filter((d) => d <= 2).length / distinct.length, nearlyAll: distinct.filter((d) => d >= 4).length / distinct.length };
    };
    const on = stats(true);
    const off = stats(false);
    expect(on.seen.size).toBe(KINDS.length);
    expect(on.atMostHalf).toBeGreaterThan(0.2); // measured 0.27 (seed 5)
    expect(on.hist.filter((n) => n >= 20).length).toBeGreaterThanOrEqual(4); // 4+ different kind counts are common
    expect(off.nearlyAll).toBeGreaterThan(0.9); // measured 0.995
    expect(off.atMostHalf).toBeLessThan(0.05);
  });

  it('mutations respect the swarm (the kinds present) except the one that toggles a kind', () => {
    const s = calls();
    const rng = createRng(9);
    let toggles = 0;
    let total = 0;
    for (let run = 0; run < 200; run++) {
      const v = s.randomArbitrary(rng, 3000).value;
      if (v.length < 5) continue;
      const cache = s.validateValue(v)!;
      const before = new Set(v.map((c) => c.kind));
      for (let k = 0; k < 10; k++) {
        const r = s.randomMutate(v, cache, rng, 3000);
        const after = new Set(v.map((c) => c.kind));
        const added = [...after].filter((x) => !before.has(x)).length;
        expect(added).toBeLessThanOrEqual(1);
        if (added === 1) toggles++;
        total++;
        s.unmutate(v, cache, r.token);
      }
    }
    expect(toggles).toBeGreaterThan(0);
    expect(toggles / total).toBeLessThan(0.1);
  });

  it('shares one swarm configuration with the unions around it in a swarm scope', () => {
    const s = swarmScope(object<{ a: ApiCall[]; b: ApiCall[] }>({ a: calls(), b: calls() }));
    expect(s.randomArbitrary(createRng(1), 1e4).value.a).toBeInstanceOf(Array);
  });

  it('rejects bad arguments, naming them', () => {
    const v = { tag: 'a', mutator: object({ kind: literals(['a']), id: id() }) };
    expect(() => sequence({ discriminant: '', variants: [v] })).toThrow(/'discriminant'/);
    expect(() => sequence({ discriminant: 'kind', variants: [] })).toThrow(MutatorArgumentError);
    expect(() => sequence({ discriminant: 'kind', variants: [{ ...v, uses: [{ field: 'id', resource: 'ghost' }] }] })).toThrow(/variants\[0\]\.uses\[0\]\.resource.*ghost/);
    expect(() => sequence({ discriminant: 'kind', variants: [v, v] })).toThrow(/variants\[1\]\.tag/);
    expect(() => sequence({ discriminant: 'kind', variants: [{ ...v, weight: -2 }] })).toThrow(/variants\[0\]\.weight/);
    expect(() => sequence({ discriminant: 'kind', variants: [v], minItems: 3, maxItems: 2 })).toThrow(/maxItems/);
    expect(() => sequence({ discriminant: 'kind', variants: [{ ...v, drops: [{ field: 'id', resource: 'r' }], creates: [{ field: 'x', resource: 'r' }] }], minItems: 1 })).toThrow(/'minItems'/);
  });

  it('examples/wasm-api: the mutators pass the laws, and generation finds the seeded engine bug', () => {
    const m = mutators.ApiCalls();
    checkMutator(m, { runs: 30, maxComplexity: 3000, serializer: serializers.ApiCalls, orderedLimit: 8 });
    const rng = createRng(1);
    let found = -1;
    for (let n = 1; n <= 2000 && found < 0; n++) {
      const v = m.randomArbitrary(rng, 10000).value;
      expect(checkValid(v.calls)).toBeNull();
      try {
        run(v);
      } catch (e) {
        expect(e).toBeInstanceOf(EngineCrash);
        found = n;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
  it('seeded snapshot: the first sequences for seed 42 are stable', () => {
    const small = sequence<{ kind: string; id: number }>({
      discriminant: 'kind',
      variants: [
        { tag: 'open', mutator: object({ kind: literals(['open']), id: id() }) as AnyMutator<{ kind: string; id: number }>, creates: [{ field: 'id', resource: 'file' }] },
        { tag: 'read', mutator: object({ kind: literals(['read']), id: id() }) as AnyMutator<{ kind: string; id: number }>, uses: [{ field: 'id', resource: 'file' }] },
        { tag: 'close', mutator: object({ kind: literals(['close']), id: id() }) as AnyMutator<{ kind: string; id: number }>, drops: [{ field: 'id', resource: 'file' }] },
      ],
      maxItems: 8,
    });
    const rng = createRng(42);
    const shown = Array.from({ length: 8 }, () => small.randomArbitrary(rng, 200).value.map((c) => `${c.kind}(${c.id})`).join(' '));
    expect(shown).toMatchSnapshot();
  });
  it('crossover splices calls of other inputs in, valid, and undoes exactly', () => {
    const s = calls();
    const rng = createRng(12);
    const donors = Array.from({ length: 20 }, () => s.randomArbitrary(rng, 3000).value);
    const provider = providerFrom(s, donors);
    expect(provider.size).toBeGreaterThan(100);
    let spliced = 0;
    let changed = 0;
    for (let run = 0; run < 200; run++) {
      const v = s.randomArbitrary(rng, 3000).value;
      const cache = s.validateValue(v)!;
      const before = deepClone(v);
      const r = s.crossoverMutate(v, cache, provider, rng, 3000);
      if (r === undefined) continue;
      spliced++;
      if (!deepEqual(v, before)) changed++; // one call more, minus any dependants repair had to remove
      expect(checkValid(v)).toBeNull();
      expect(s.complexity(v, s.validateValue(v)!)).toBeCloseTo(r.complexity, 6);
      s.unmutate(v, cache, r.token);
      expect(deepEqual(v, before)).toBe(true);
      expect(deepEqual(cache, s.validateValue(v))).toBe(true);
    }
    expect(spliced).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(spliced * 0.8);
  });

  it('orderedMutate walks the calls with their own ordered mutations, keeping resource fields and validity', () => {
    const m = calls({ swarm: false });
    const value: ApiCall[] = [
      { kind: 'moduleNew', id: 0, wasm: new Uint8Array([1]) },
      { kind: 'instanceNew', id: 1, module: 0 },
      { kind: 'callExportedFunc', instance: 1, nth: 3 },
    ];
    const cache = m.validateValue(value)!;
    expect(cache).toBeDefined();
    const step = m.defaultMutationStep();
    const rng = createRng(9);
    const before = deepClone(value);
    const touched: number[] = [];
    const nth: number[] = [];
    for (let k = 0; k < 12; k++) {
      const r = m.orderedMutate(value, cache, step, rng, 10_000)!;
      expect(checkValid(r.value)).toBeNull();
      const changed = r.value.length === before.length ? r.value.map((c, i) => (deepEqual(c, before[i]) ? -1 : i)).filter((i) => i >= 0) : [];
      const i = (k - Math.floor(k / 3)) % 3;
      // instanceNew (call 1) has only its tag and resource fields, so its turn is a random mutation
      if (k % 3 !== 2 && i !== 1) {
        // the walk: call (k - floor(k / 3)) % 3 changes, alone, and keeps its kind
        expect(changed).toEqual([i]);
        expect(r.value[i]!.kind).toBe(before[i]!.kind);
        touched.push(i);
        if (i === 2) nth.push((r.value[2] as { nth: number }).nth);
      }
      m.unmutate(r.value, cache, r.token);
      expect(deepEqual(value, before)).toBe(true);
    }
    expect(new Set(touched)).toEqual(new Set([0, 2]));
    // the call's own ordered mutations: different values of nth, not repeats
    expect(new Set(nth).size).toBe(nth.length);
  });
});

