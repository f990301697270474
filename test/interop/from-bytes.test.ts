import { describe, expect, it } from 'vitest';
import { array, boolean, createByteRng, createRng, deepEqual, fromBytes, lazy, literals, object, tuple, union, type AnyMutator, type Mutator } from '../../src/index.js';
import { byteBudget } from '../../src/internal.js';

type Tree = { value: boolean; children: Tree[] };
const tree: Mutator<Tree> = lazy(() => object<Tree>({ value: boolean(), children: array(tree) }));
type Rec = { a: boolean; b?: boolean[]; t: [boolean, boolean[]] };
const rec: AnyMutator<Rec> = object<Rec>({ a: boolean(), b: array(boolean(), { maxItems: 5 }), t: tuple([boolean(), array(boolean())]) }, { optional: ['b'] });

function randomBytes(seed: number, n: number): Uint8Array {
  const rng = createRng(seed);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.below(256);
  return b;
}

function adversarial(): Uint8Array[] {
  const out: Uint8Array[] = [new Uint8Array(0), new Uint8Array(1), new Uint8Array(4096), new Uint8Array(1).fill(0xff), new Uint8Array(7).fill(0xff), new Uint8Array(1000).fill(0xff), new Uint8Array(200_000).fill(0xff)];
  out.push(Uint8Array.from({ length: 999 }, (_, i) => (i % 2 ? 0xff : 0)));
  out.push(Uint8Array.from({ length: 512 }, (_, i) => i & 255));
  out.push(randomBytes(7, 1 << 20)); // huge
  return out;
}

function complexityOf<T>(m: AnyMutator<T>, v: T): number {
  const c = m.validateValue(v);
  expect(c).toBeDefined();
  return m.complexity(v, c);
}

describe('fromBytes', () => {
  for (const [name, m] of [['tree', tree], ['record', rec]] as const) {
    it(`${name}: total on random and adversarial bytes, valid, within budget`, () => {
      const inputs = [...adversarial()];
      for (let i = 0; i < 300; i++) inputs.push(randomBytes(i, createRng(1000 + i).below(600)));
      for (const data of inputs) {
        const v = fromBytes(m as AnyMutator<unknown>, data);
        const c = complexityOf(m as AnyMutator<unknown>, v);
        expect(c).toBeLessThanOrEqual(byteBudget(m as AnyMutator<unknown>, data.length) + 1e-6);
      }
    });
  }
  it('same bytes give the same value and leave the bytes untouched', () => {
    for (let i = 0; i < 50; i++) {
      const data = randomBytes(i, 300);
      const copy = data.slice();
      expect(deepEqual(fromBytes(tree, data), fromBytes(tree, copy))).toBe(true);
      expect(data).toEqual(copy);
    }
  });
  it('different bytes give different values', () => {
    const keys = new Set(Array.from({ length: 100 }, (_, i) => JSON.stringify(fromBytes(tree, randomBytes(i, 64)))));
    expect(keys.size).toBeGreaterThan(80);
  });
  it('the empty input decodes to a smallest value', () => {
    expect(complexityOf(tree, fromBytes(tree, new Uint8Array(0)))).toBe(tree.minComplexity());
    expect(fromBytes(rec, new Uint8Array(0))).toEqual(fromBytes(rec, new Uint8Array(0)));
    expect(complexityOf(rec, fromBytes(rec, new Uint8Array(0)))).toBe(rec.minComplexity());
  });
  it('short inputs give lower complexity on average than long ones', () => {
    const mean = (len: number): number => {
      let s = 0;
      for (let i = 0; i < 200; i++) s += complexityOf(tree, fromBytes(tree, randomBytes(len * 7919 + i, len)));
      return s / 200;
    };
    const short = mean(8);
    const long = mean(512);
    expect(short).toBeLessThanOrEqual(64 + 1e-6);
    expect(long).toBeGreaterThan(3 * short);
  });
  it('respects maxComplexity on huge inputs without overflowing the stack', () => {
    const data = new Uint8Array(1 << 20).fill(0xff);
    const v = fromBytes(tree, data, 20000);
    expect(complexityOf(tree, v)).toBeLessThanOrEqual(20000 + 1e-6);
    expect(complexityOf(tree, fromBytes(tree, randomBytes(3, 1 << 20), 100))).toBeLessThanOrEqual(100 + 1e-6);
  });
  it('decodes cheap unary recursion under a huge budget without overflowing the stack', () => {
    type Chain = { op: 'lit' } | { op: 'neg'; e: Chain };
    const chain: AnyMutator<Chain> = lazy(() => union<Chain>([{ mutator: object({ op: literals(['lit']) }) }, { mutator: object({ op: literals(['neg']), e: chain }) }], { discriminant: 'op' }));
    for (const data of [new Uint8Array(200_000).fill(0xff), randomBytes(5, 200_000), new Uint8Array(200_000).fill(0x01)]) {
      const v = fromBytes(chain, data, 1_000_000);
      expect(chain.validateValue(v)).toBeDefined();
      // without fromBytes' retry: the recursion itself stays within the stack
      expect(chain.validateValue(chain.randomArbitrary(createByteRng(data), 1_000_000).value)).toBeDefined();
    }
  });
  it('throws the mutator\'s own error for a type with no finite value', () => {
    type Loop = { next: Loop };
    const loop: AnyMutator<Loop> = lazy(() => object<Loop>({ next: loop }));
    expect(() => fromBytes(loop, new Uint8Array(10))).toThrow(/no finite value/);
  });
  it('rejects a non-Uint8Array', () => {
    expect(() => fromBytes(tree, [1, 2] as unknown as Uint8Array)).toThrow(/Uint8Array/);
  });
});

describe('createByteRng', () => {
  it('reads choices from the front and lengths from the back', () => {
    const data = Uint8Array.from([17, 1, 2, 3, 200]);
    const rng = createByteRng(data);
    expect(rng.length(0, 255)).toBe(200);
    expect(rng.below(256)).toBe(17);
    expect(rng.length(10, 10 + 255)).toBe(13);
    expect(rng.remaining()).toBe(2);
  });
  it('reads zeros when exhausted: every range gives its lowest value', () => {
    const rng = createByteRng(new Uint8Array(0));
    expect([rng.int(5, 10), rng.length(3, 9), rng.below(1000), rng.bool(), rng.float(), rng.u32(), rng.bigint(-5n, 5n)]).toEqual([5, 3, 0, false, 0, 0, -5n]);
  });
  it('small ranges are unbiased (no modulo bias)', () => {
    const rng = createByteRng(randomBytes(11, 400_000));
    // modulo over one byte would make 0..55 twice as likely as 56..199
    const n = 200;
    const counts = new Array<number>(n).fill(0);
    const draws = 60_000;
    for (let i = 0; i < draws; i++) counts[rng.below(n)]!++;
    const low = counts.slice(0, 56).reduce((a, b) => a + b, 0) / 56;
    const high = counts.slice(56).reduce((a, b) => a + b, 0) / 144;
    expect(low / high).toBeGreaterThan(0.95);
    expect(low / high).toBeLessThan(1.05);
    for (const k of [3, 5, 6, 7, 10]) {
      const c = new Array<number>(k).fill(0);
      for (let i = 0; i < 30_000; i++) c[rng.int(0, k - 1)]!++;
      const chi = c.reduce((s, x) => s + (x - 30_000 / k) ** 2 / (30_000 / k), 0);
      expect(chi).toBeLessThan(30); // p < 1e-4 even for 9 degrees of freedom
    }
  });
  it('lengths read from the back are unbiased too', () => {
    const rng = createByteRng(randomBytes(12, 200_000));
    const c = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) c[rng.length(0, 2)]!++;
    for (const x of c) expect(Math.abs(x - 10_000)).toBeLessThan(500);
  });
});
