// A quick look at the runtime bench while working on speed: `npm run build && node --expose-gc bench/quick.mjs
// [Shape,Shape...]` (BENCH_TIME=ms per task, default 300). Same measurement as `npm run bench`'s
// first section, printed only (results.md and the chart are written by `npm run bench`).
import { runRuntimeBench, runtimeMarkdown } from './runtime-bench.mjs';
import { SHAPE_NAMES } from './shapes/ours.mjs';

const shapes = process.argv[2] ? process.argv[2].split(',') : SHAPE_NAMES;
const unknown = shapes.filter((s) => !SHAPE_NAMES.includes(s));
if (unknown.length > 0) {
  process.stderr.write(`unknown shape(s): ${unknown.join(', ')} (known: ${SHAPE_NAMES.join(', ')})\n`);
  process.exit(2);
}
const rows = await runRuntimeBench({ time: Number(process.env.BENCH_TIME ?? 300), shapes, log: (s) => process.stderr.write(`${s}\n`) });
process.stdout.write(`${runtimeMarkdown(rows)}\n`);
