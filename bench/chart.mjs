// A small SVG bar chart of generation throughput (MB/s of JSON, log scale) per shape and library.
import { throughput } from './runtime-bench.mjs';

const LIBS = [
  ['ours', 'derive-mutators', '#2a7ab9'],
  ['toArbitrary', 'toArbitrary (fast-check adapter)', '#7fb3dd'],
  ['fastCheck', 'fast-check', '#e0803a'],
  ['typia', 'typia.random', '#5aa05a'],
];

const esc = (s) => String(s).replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]);

export function chartSvg(rows, title) {
  const bar = 9;
  const group = LIBS.length * bar + 12;
  const left = 70;
  const width = 640;
  const plot = width - left - 60;
  const top = 40;
  const height = top + rows.length * group + 40;
  const values = rows.flatMap((r) => Object.values(throughput(r))).filter((x) => x > 0);
  const lo = Math.floor(Math.log10(Math.min(...values, 1)));
  const hi = Math.ceil(Math.log10(Math.max(...values, 10)));
  const x = (v) => left + (plot * (Math.log10(v) - lo)) / (hi - lo);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`, `<rect width="100%" height="100%" fill="white"/>`, `<text x="${left}" y="16" font-size="13" font-weight="bold">${esc(title)}</text>`];
  for (let p = lo; p <= hi; p++) {
    out.push(`<line x1="${x(10 ** p)}" y1="${top - 6}" x2="${x(10 ** p)}" y2="${height - 34}" stroke="#ddd"/>`, `<text x="${x(10 ** p)}" y="${height - 22}" text-anchor="middle" fill="#555">${10 ** p >= 1 ? 10 ** p : (10 ** p).toFixed(-p)} MB/s</text>`);
  }
  rows.forEach((r, i) => {
    const y0 = top + i * group;
    out.push(`<text x="${left - 6}" y="${y0 + (LIBS.length * bar) / 2 + 4}" text-anchor="end">${esc(r.shape)}</text>`);
    const t = throughput(r);
    LIBS.forEach(([key, , color], j) => {
      const v = t[key];
      if (!(v > 0)) return;
      const y = y0 + j * bar;
      out.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(v) - left).toFixed(1)}" height="${bar - 1}" fill="${color}"/>`, `<text x="${(x(v) + 3).toFixed(1)}" y="${y + bar - 2}" font-size="8" fill="#333">${v >= 10 ? v.toFixed(0) : v.toFixed(1)}</text>`);
    });
  });
  let lx = left;
  LIBS.forEach(([, label, color]) => {
    out.push(`<rect x="${lx}" y="${height - 12}" width="10" height="8" fill="${color}"/>`, `<text x="${lx + 14}" y="${height - 4}" font-size="10">${esc(label)}</text>`);
    lx += 14 + label.length * 5.6 + 14;
  });
  out.push('</svg>');
  return out.join('\n');
}
