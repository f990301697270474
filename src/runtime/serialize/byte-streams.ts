/**
 * The two streams of the structural byte layout (byte-layout.ts): scalars and text are read from
 * the front of the data, structural choices from the back, and a read past the point where the
 * two meet gives zero (counted in `short`). The writer keeps the two streams apart; the encoder
 * joins them, padded in the middle. `Bail` is how an encoder or decoder says "no layout for this
 * value", so the caller falls back to the Rng path or the embedded JSON form.
 */

/** reads scalars from the front and choices from the back; zeros once a stream meets the other */
export class LayoutReader {
  private front = 0;
  private back: number;
  /** reads the data could not serve (they read zero) */
  short = 0;
  constructor(private readonly data: Uint8Array) {
    this.back = data.length;
  }
  s(): number {
    if (this.front < this.back) return this.data[this.front++]!;
    this.short++;
    return 0;
  }
  /** the front byte `k` ahead, without reading it; undefined once it is the other stream's */
  peek(k: number): number | undefined {
    return this.front + k < this.back ? this.data[this.front + k] : undefined;
  }
  t(): number {
    if (this.back > this.front) return this.data[--this.back]!;
    this.short++;
    return 0;
  }
  /** a choice in [0, n): one byte up to 256, else little-endian base-128 groups, modulo n */
  choice(n: number): number {
    if (n <= 1) return 0;
    if (n <= 256) return this.t() % n;
    let x = 0;
    for (let mul = 1, i = 0; i < 8; i++, mul *= 128) {
      const b = this.t();
      x += (b & 127) * mul;
      if (b < 128) break;
    }
    return x % n;
  }
}

/** the streams an encoding writes, in read order */
export class LayoutWriter {
  readonly s: number[] = [];
  readonly t: number[] = [];
  choice(x: number, n: number): void {
    if (n <= 1) return;
    if (n <= 256) {
      this.t.push(x);
      return;
    }
    do {
      this.t.push((x % 128) + (x >= 128 ? 128 : 0));
      x = Math.floor(x / 128);
    } while (x > 0);
  }
}

/** thrown when a value or a tree cannot be laid out; caught by layoutDecode and layoutEncode */
export class Bail extends Error {}
