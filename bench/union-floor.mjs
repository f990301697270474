// How fast could the Union shape be with our distribution? A hand-specialised, straight-line
// generator that does the same random work per value as the runtime's Union (a swarm subset, a
// weighted pick, the same four-way number mix, the same 32-kind string characters, int32s and
// booleans, sfc32 in local variables) but none of the runtime's bookkeeping (no complexity
// budget, no exact unbiased reductions, no combinators). Its values are not the runtime's; it is
// an estimate of the floor, measured against typia.random and the runtime in the same rounds.
import { buildOurs } from './shapes/ours.mjs';

const TWO53 = 9007199254740992;
const MAX = 1.7976931348623157e308;

function floorUnion(seed) {
  let a = seed | 0, b = 0x6789a, c = 0xbcdef, d = 7;
  const w = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  const specials = [0, -0, 1, -1, NaN, Infinity, -Infinity, 5e-324, -5e-324, MAX, -MAX, 2.220446049250313e-16, 2.2250738585072014e-308, 9007199254740991, -9007199254740991, 9007199254740992, 0.5, -0.5, 0.1, 2, 255, 256, 65535, 2147483647, -2147483648, 4294967296, 1e-7, 1e21, -1e21, 3.4028234663852886e38];
  const bits = new Uint32Array(2);
  const f64 = new Float64Array(bits.buffer);
  const num = () => {
    const r = w() & 7;
    if (r < 2) return specials[w() % 30];
    if (r < 4) return -100 + (w() % 201);
    if (r < 6) {
      const f = ((w() >>> 5) * 67108864 + (w() >>> 6)) / TWO53;
      return -MAX * (1 - f) + MAX * f;
    }
    bits[0] = w();
    bits[1] = w();
    return f64[0];
  };
  // 32 character kinds: a modulus per kind, a table for listed kinds, a range for the others
  const mods = new Int32Array(32).map((_, r) => [62, 33, 13, 95, 18, 55136][Math.min(5, r >> 2)]);
  const inv = Float64Array.from(mods, (m) => 1 / m);
  const table = new Uint16Array(200).map((_, i) => 33 + (i % 90));
  const bufs = Array.from({ length: 17 }, (_, i) => new Array(i).fill(0));
  const str16 = () => {
    const n = w() % 17;
    const buf = bufs[n];
    for (let i = 0; i < n; i++) {
      const r = w() & 31;
      const x = w();
      const m = mods[r];
      let k = x - Math.floor(x * inv[r]) * m;
      k = k < 0 ? k + m : k >= m ? k - m : k;
      buf[i] = r < 20 ? table[k] : 0xa0 + k;
    }
    return String.fromCharCode.apply(null, buf);
  };
  return () => {
    const on = w() & 31 || 31; // the swarm subset
    let i = w() % 5;
    if (((on >> i) & 1) === 0) i = 31 - Math.clz32(on);
    w(); // the alias table's second word
    switch (i) {
      case 0: return { type: 'circle', x: num(), y: num(), r: num() };
      case 1: return { type: 'rect', x: num(), y: num(), w: num(), h: num() };
      case 2: return { type: 'text', x: num(), y: num(), text: str16(), size: w() | 0 };
      case 3: return { type: 'line', from: [num(), num()], to: [num(), num()], dashed: (w() & 1) === 1 };
      default: return { type: 'group', name: str16(), count: w() | 0, hidden: (w() & 1) === 1 };
    }
  };
}

function meanBytes(gen, n = 20000) {
  let total = 0;
  for (let i = 0; i < n; i++) total += JSON.stringify(gen()).length;
  return total / n;
}

/** ns per value, best of interleaved rounds */
function measure(gens, rounds = 7, n = 300000) {
  const best = gens.map(() => Infinity);
  let sink;
  for (let r = 0; r < rounds; r++) {
    gens.forEach((g, k) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) sink = g();
      best[k] = Math.min(best[k], ((performance.now() - t) / n) * 1e6);
    });
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return best;
}

export async function runUnionFloor() {
  const d = await import('../dist/index.js');
  const typia = await import('./typia/random.mjs');
  const m = buildOurs(d).Union.mutator;
  const rng = d.createRng(42);
  const gens = [() => m.randomArbitrary(rng, 1e6).value, floorUnion(42), typia.Union];
  const names = ['derive-mutators runtime', 'hand-specialised floor (same random work)', 'typia.random'];
  const bytes = gens.map((g) => meanBytes(g));
  const ns = measure(gens);
  const perByte = (k) => bytes[k] / ns[k] / (bytes[2] / ns[2]);
  const lines = [
    'The Union shape: the runtime, a hand-specialised generator that does the same random work per value with none of the runtime’s bookkeeping (`bench/union-floor.mjs`; an estimate of the floor for our distribution), and typia.random, in the same rounds.',
    '',
    '| generator | ns per value | JSON bytes | ÷ typia per byte |',
    '|---|---:|---:|---:|',
    ...names.map((nm, k) => `| ${nm} | ${ns[k].toFixed(0)} | ${bytes[k].toFixed(0)} | ${perByte(k).toFixed(2)}× |`),
  ];
  return { title: 'Union: how close to the floor', markdown: lines.join('\n') };
}
