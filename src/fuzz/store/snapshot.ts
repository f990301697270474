/**
 * A fast, lossless binary snapshot of a fuzz input (plain data: primitives, bigint, arrays,
 * plain objects, Map, Set, Date, RegExp, typed arrays), written into a growable SharedArrayBuffer
 * before every execution so that the main thread can name the input of a worker that dies.
 * It is no file format for users: an artifact is rewritten through the target's Serializer.
 * Values it cannot represent (class instances, functions, symbols, cycles) make `encode` return
 * -1 and the caller falls back to the target's Serializer bytes.
 */

/** one byte before each value says what follows */
export const Tag = {
  Undefined: 0,
  Null: 1,
  False: 2,
  True: 3,
  Int: 4,
  Float: 5,
  String: 6,
  BigInt: 7,
  Array: 8,
  Object: 9,
  Map: 10,
  Set: 11,
  Date: 12,
  Bytes: 13,
  Typed: 14,
  RegExp: 15,
  NullObject: 16,
} as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

export const TYPED = ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'] as const;

class Unsupported extends Error {}
class Full extends Error {
  constructor(readonly need: number) {
    super('snapshot buffer full');
  }
}

/** `encode`'s answer for a value that is not plain data */
export const UNSUPPORTED = -1;
/** `encode`'s answer when the buffer is too small: `needed` says for how many bytes at least */
export const FULL = -2;

/**
 * Writes values into a fixed-size shared buffer (a growable SharedArrayBuffer would be simpler,
 * but V8 reaches its typed arrays ten times slower); `use` swaps in a larger one.
 */
export class SnapshotWriter {
  private bytes: Uint8Array;
  private view: DataView;
  private pos = 0;
  private depth = 0;
  /** after FULL: the least size that would have held the value */
  needed = 0;

  constructor(buffer: ArrayBufferLike) {
    this.bytes = new Uint8Array(buffer);
    this.view = new DataView(buffer);
  }

  /** the buffer's bytes (the last value is its first `encode()` bytes) */
  get data(): Uint8Array {
    return this.bytes;
  }

  use(buffer: ArrayBufferLike): void {
    this.bytes = new Uint8Array(buffer);
    this.view = new DataView(buffer);
  }

  /** the number of bytes written, or UNSUPPORTED (not plain data), or FULL (see `needed`) */
  encode(value: unknown): number {
    this.pos = 0;
    this.depth = 0;
    try {
      this.value(value);
      return this.pos;
    } catch (e) {
      if (e instanceof Full) {
        // the rest of the value may need more still: ask for twice as much
        this.needed = 2 * e.need;
        return FULL;
      }
      if (e instanceof Unsupported || e instanceof RangeError) return UNSUPPORTED;
      throw e;
    }
  }

  /** copies `data` in (the fallback: the target serializer's bytes); FULL when it does not fit */
  copy(data: Uint8Array): number {
    if (data.length > this.bytes.length) {
      this.needed = data.length;
      return FULL;
    }
    this.bytes.set(data, 0);
    return data.length;
  }

  private room(n: number): void {
    const need = this.pos + n;
    if (need > this.bytes.length) throw new Full(need);
  }

  private u8(x: number): void {
    this.room(1);
    this.bytes[this.pos++] = x;
  }

  private u32(x: number): void {
    this.room(4);
    this.view.setUint32(this.pos, x, true);
    this.pos += 4;
  }

  private raw(raw: Uint8Array): void {
    this.u32(raw.length);
    this.room(raw.length);
    if (raw.length < 64) for (let i = 0, p = this.pos; i < raw.length; i++) this.bytes[p + i] = raw[i]!;
    else this.bytes.set(raw, this.pos);
    this.pos += raw.length;
  }

  private str(s: string): void {
    const n = s.length;
    this.u32(n);
    this.room(2 * n);
    const b = this.bytes;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      b[p++] = c & 255;
      b[p++] = c >>> 8;
    }
    this.pos = p;
  }

  private value(v: unknown): void {
    switch (typeof v) {
      case 'undefined':
        return this.u8(Tag.Undefined);
      case 'boolean':
        return this.u8(v ? Tag.True : Tag.False);
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this.u8(Tag.Int);
          this.room(4);
          this.view.setInt32(this.pos, v, true);
          this.pos += 4;
          return;
        }
        this.u8(Tag.Float);
        this.room(8);
        this.view.setFloat64(this.pos, v, true);
        this.pos += 8;
        return;
      case 'string':
        this.u8(Tag.String);
        return this.str(v);
      case 'bigint':
        this.u8(Tag.BigInt);
        return this.str(v.toString());
      case 'object':
        if (v === null) return this.u8(Tag.Null);
        if (++this.depth > 10_000) throw new Unsupported('too deep');
        this.object(v);
        this.depth--;
        return;
      default:
        throw new Unsupported(typeof v);
    }
  }

  private object(v: object): void {
    if (Array.isArray(v)) {
      this.u8(Tag.Array);
      this.u32(v.length);
      for (let i = 0; i < v.length; i++) this.value(v[i]);
      return;
    }
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto === Object.prototype || proto === null) {
      // for-in walks V8's enum cache (no key array); the count is patched in afterwards
      this.u8(proto === null ? Tag.NullObject : Tag.Object);
      this.room(4);
      const at = this.pos;
      this.pos += 4;
      let n = 0;
      for (const k in v) {
        n++;
        this.str(k);
        this.value((v as Record<string, unknown>)[k]);
      }
      this.view.setUint32(at, n, true);
      return;
    }
    if (v instanceof Map) {
      this.u8(Tag.Map);
      this.u32(v.size);
      for (const [k, x] of v) {
        this.value(k);
        this.value(x);
      }
      return;
    }
    if (v instanceof Set) {
      this.u8(Tag.Set);
      this.u32(v.size);
      for (const x of v) this.value(x);
      return;
    }
    if (v instanceof Date) {
      this.u8(Tag.Date);
      this.room(8);
      this.view.setFloat64(this.pos, v.getTime(), true);
      this.pos += 8;
      return;
    }
    if (proto === RegExp.prototype) {
      const r = v as RegExp;
      this.u8(Tag.RegExp);
      this.str(r.source);
      this.str(r.flags);
      return;
    }
    if (proto === Uint8Array.prototype) {
      const raw = v as Uint8Array;
      this.u8(Tag.Bytes);
      this.raw(raw);
      return;
    }
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const name = v.constructor.name;
      const t = TYPED.indexOf(name as (typeof TYPED)[number]);
      if (t < 0 || proto !== (globalThis as unknown as Record<string, { prototype: object }>)[name]!.prototype) throw new Unsupported(name);
      this.u8(Tag.Typed);
      this.u8(t);
      this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      return;
    }
    throw new Unsupported('class instance');
  }
}

