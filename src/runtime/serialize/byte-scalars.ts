/**
 * The scalar leaves of the structural byte layout (byte-layout.ts): literals, integers and
 * numbers, each a fixed number of little-endian bytes from the front stream, so an edited byte
 * changes that one scalar. Values are stored as themselves where the type allows (a wide integer
 * is its int64 two's complement, a double its IEEE bits): a word libFuzzer takes from a
 * comparison and writes into the input then decodes to the compared value. Bytes that spell no valid value (out of an
 * integer range, a double outside a number's bounds) still decode to a valid one: an integer
 * wraps into its range, a number becomes its type's first (simplest) value. Kept apart from the
 * layout's combinators so each file stays about one thing.
 */
import type { AnyMutator } from '../core/mutator.js';
import { LiteralsMutator } from '../scalars/literals.js';
import { IntegerMutator } from '../scalars/integer.js';
import { NumberMutator } from '../scalars/number.js';

type M = AnyMutator<unknown>;

/** what the layout needs of its reader and writer (byte-layout.ts) */
interface Reader {
  s(): number;
  t(): number;
}
interface Writer {
  readonly s: number[];
  readonly t: number[];
}

export function scalarKind(m: M): 'literals' | 'integer' | 'number' | undefined {
  if (m instanceof LiteralsMutator) return 'literals';
  if (m instanceof IntegerMutator) return 'integer';
  if (m instanceof NumberMutator) return 'number';
  return undefined;
}

const scratch = new DataView(new ArrayBuffer(8));

function readBytes(r: Reader, n: number): void {
  for (let i = 0; i < n; i++) scratch.setUint8(i, r.s());
}
function writeBytes(w: Writer, n: number): void {
  for (let i = 0; i < n; i++) w.s.push(scratch.getUint8(i));
}

/** bytes for an unsigned index below n */
function widthOf(n: number): number {
  return n <= 256 ? 1 : n <= 65536 ? 2 : 4;
}

/**
 * an integer range's width and signedness: 1 or 2 bytes when that holds it, else 8 (an int64,
 * even for an int32): libFuzzer looks for a compared integer's 8 little-endian bytes in the input
 * and writes the other operand's 8 bytes over them, which then is exactly this one scalar
 */
function intFormat(lo: number, hi: number): { bytes: number; signed: boolean } {
  for (const bytes of [1, 2]) {
    const top = 2 ** (8 * bytes);
    if (lo >= 0 && hi < top) return { bytes, signed: false };
    if (lo >= -top / 2 && hi < top / 2) return { bytes, signed: true };
  }
  return { bytes: 8, signed: true };
}

function readInt(r: Reader, bytes: number, signed: boolean): number {
  readBytes(r, bytes);
  if (bytes === 8) return Number(scratch.getBigInt64(0, true));
  if (bytes === 4) return signed ? scratch.getInt32(0, true) : scratch.getUint32(0, true);
  if (bytes === 2) return signed ? scratch.getInt16(0, true) : scratch.getUint16(0, true);
  return signed ? scratch.getInt8(0) : scratch.getUint8(0);
}

function writeInt(w: Writer, x: number, bytes: number): void {
  if (bytes === 8) scratch.setBigInt64(0, BigInt(x), true);
  else if (bytes === 4) scratch.setUint32(0, x >>> 0, true);
  else if (bytes === 2) scratch.setUint16(0, x & 0xffff, true);
  else scratch.setUint8(0, x & 0xff);
  writeBytes(w, bytes);
}

/** x wrapped into [lo, hi]; 0 (exhausted data) goes to the value nearest zero */
function wrapInto(x: number, lo: number, hi: number): number {
  if (x >= lo && x <= hi) return x;
  if (x === 0) return lo > 0 ? lo : hi;
  const n = BigInt(hi) - BigInt(lo) + 1n;
  const d = (((BigInt(x) - BigInt(lo)) % n) + n) % n;
  return Number(BigInt(lo) + d);
}

const firstMemo = new WeakMap<object, unknown>();
function firstValue(m: M): unknown {
  if (!firstMemo.has(m)) firstMemo.set(m, m.orderedArbitrary(m.defaultArbitraryStep(), Infinity)?.value);
  return firstMemo.get(m);
}

export function readScalar(m: M, r: Reader): unknown {
  if (m instanceof LiteralsMutator) {
    const bytes = widthOf(m.n);
    return m.values[readInt(r, bytes, false) % m.n];
  }
  if (m instanceof IntegerMutator) {
    const f = intFormat(m.kmin, m.kmax);
    const k = wrapInto(readInt(r, f.bytes, f.signed), m.kmin, m.kmax);
    return m.scale === 1 ? k : k * m.scale;
  }
  if (m instanceof NumberMutator) {
    // the kind is a choice: 0 an int64 (safe integers, written as libFuzzer writes compared
    // integers), 1 a double; 8 bytes either way (the 64 bits a number costs), so flipping the
    // kind shifts no later scalar
    const int = (r.t() & 1) === 0;
    readBytes(r, 8);
    const x = int ? Number(scratch.getBigInt64(0, true)) : scratch.getFloat64(0, true);
    return m.validateValue(x) !== undefined ? x : firstValue(m);
  }
  throw new RangeError('byte layout: not a scalar mutator');
}

/** writes `v`'s bytes; false when they would not decode back to `v` */
export function writeScalar(m: M, v: unknown, w: Writer): boolean {
  if (m instanceof LiteralsMutator) {
    const i = m.values.findIndex((x) => Object.is(x, v));
    if (i < 0) return false;
    writeInt(w, i, widthOf(m.n));
    return true;
  }
  if (m instanceof IntegerMutator) {
    const k = m.scale === 1 ? (v as number) : Math.round((v as number) / m.scale);
    writeInt(w, k, intFormat(m.kmin, m.kmax).bytes);
    return true;
  }
  if (m instanceof NumberMutator) {
    const x = v as number;
    if (Number.isSafeInteger(x) && !Object.is(x, -0)) {
      w.t.push(0);
      writeInt(w, x, 8);
    } else {
      w.t.push(1);
      scratch.setFloat64(0, x, true);
      writeBytes(w, 8);
    }
    return true;
  }
  return false;
}
