/**
 * Reads back an in-flight snapshot (see snapshot.ts, which writes it): in the main thread when a
 * worker died, and in `read` of a salvaged input. Throws on malformed data.
 */
import { Tag, TYPED } from './snapshot.js';

/** Reads a snapshot back; throws on malformed data. */
export function decodeSnapshot(data: Uint8Array): unknown {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let pos = 0;
  const u32 = (): number => {
    const x = view.getUint32(pos, true);
    pos += 4;
    return x;
  };
  const str = (): string => {
    const n = u32();
    let s = '';
    for (let i = 0; i < n; i++, pos += 2) s += String.fromCharCode(data[pos]! | (data[pos + 1]! << 8));
    if (pos > data.length) throw new RangeError('truncated snapshot');
    return s;
  };
  const value = (): unknown => {
    if (pos >= data.length) throw new RangeError('truncated snapshot');
    const tag = data[pos++] as Tag;
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int:
        pos += 4;
        return view.getInt32(pos - 4, true);
      case Tag.Float:
        pos += 8;
        return view.getFloat64(pos - 8, true);
      case Tag.String:
        return str();
      case Tag.BigInt:
        return BigInt(str());
      case Tag.Array: {
        const n = u32();
        const a: unknown[] = [];
        for (let i = 0; i < n; i++) a.push(value());
        return a;
      }
      case Tag.Object:
      case Tag.NullObject: {
        const n = u32();
        const o = (tag === Tag.Object ? {} : Object.create(null)) as Record<string, unknown>;
        for (let i = 0; i < n; i++) {
          const k = str();
          Object.defineProperty(o, k, { value: value(), enumerable: true, writable: true, configurable: true });
        }
        return o;
      }
      case Tag.Map: {
        const n = u32();
        const m = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) m.set(value(), value());
        return m;
      }
      case Tag.Set: {
        const n = u32();
        const s = new Set<unknown>();
        for (let i = 0; i < n; i++) s.add(value());
        return s;
      }
      case Tag.Date:
        pos += 8;
        return new Date(view.getFloat64(pos - 8, true));
      case Tag.RegExp: {
        const source = str();
        return new RegExp(source, str());
      }
      case Tag.Bytes: {
        const n = u32();
        pos += n;
        return data.slice(pos - n, pos);
      }
      case Tag.Typed: {
        const ctor = (globalThis as unknown as Record<string, new (b: ArrayBuffer) => unknown>)[TYPED[data[pos++]!]!]!;
        const n = u32();
        pos += n;
        return new ctor(data.slice(pos - n, pos).buffer);
      }
      default:
        throw new RangeError(`bad snapshot tag ${String(tag)}`);
    }
  };
  const v = value();
  if (pos !== data.length) throw new RangeError('trailing bytes in snapshot');
  return v;
}
