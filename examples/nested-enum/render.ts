/**
 * The code under test: renders a drawing to a summary. It hides a bug behind seven nested
 * conditions on the cells (the classic fuzzcheck demo): random generation almost never gets
 * there, coverage guidance climbs one condition at a time.
 */
import type { Drawing } from './types.js';

export function render(d: Drawing): string {
  const out: string[] = [];
  for (const c of d) out.push(`${c.color}:${c.shape.kind}${c.flag ? '!' : ''}`);
  if (d.length >= 4) {
    const [a, b, c, e] = d as [Drawing[0], Drawing[0], Drawing[0], Drawing[0]];
    if (a.color === 'red' && a.flag) {
      if (b.shape.kind === 'square' && b.shape.side === 7) {
        if (c.color === 'blue' && c.shape.kind === 'line') {
          if (e.weight === -1234567) {
            // the seeded bug: an unchecked access that only this combination reaches
            const table: Record<string, number[]> = {};
            out.push(String(table[e.color]![0]));
          }
        }
      }
    }
  }
  return out.join(' ');
}
