// Swarm bench: how many generated test cases (ApiCalls sequences, wasmtime's API-call shape) it
// takes to hit a bug that needs a rare mix of call kinds, with swarm testing on vs off.
// One run, several seeds, median reported. `node bench/swarm-bench.mjs` after `npm run build`;
// bench/run.mjs calls runSwarmBench().
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/index.js', import.meta.url);

/** the example's mutators (examples/wasm-api/mutators.ts), composed in plain JS over dist */
export function apiCallsMutator(dm, swarm) {
  const id = () => dm.integer({ min: 0, max: 0xffff });
  const call = (kind, fields) => dm.object({ kind: dm.literals([kind]), ...fields });
  const calls = dm.sequence({
    discriminant: 'kind',
    variants: [
      { tag: 'moduleNew', mutator: call('moduleNew', { id: id(), wasm: dm.bytes({ maxLength: 16 }) }), creates: [{ field: 'id', resource: 'module' }] },
      { tag: 'moduleDrop', mutator: call('moduleDrop', { id: id() }), drops: [{ field: 'id', resource: 'module' }] },
      { tag: 'instanceNew', mutator: call('instanceNew', { id: id(), module: id() }), creates: [{ field: 'id', resource: 'instance' }], uses: [{ field: 'module', resource: 'module' }] },
      { tag: 'instanceDrop', mutator: call('instanceDrop', { id: id() }), drops: [{ field: 'id', resource: 'instance' }] },
      { tag: 'callExportedFunc', mutator: call('callExportedFunc', { instance: id(), nth: dm.integer({ min: 0, max: 255 }) }), uses: [{ field: 'instance', resource: 'instance' }] },
    ],
    maxItems: 100,
    swarm,
  });
  const config = dm.object({ memoryPages: dm.integer({ min: 1, max: 64 }), bulkMemory: dm.boolean(), strategy: dm.literals(['cranelift', 'winch'], { swarm }) });
  return dm.swarmScope(dm.object({ config, calls }));
}

const isCreate = (k) => k === 'moduleNew' || k === 'instanceNew';
const isDrop = (k) => k === 'moduleDrop' || k === 'instanceDrop';

/** bugs needing a rare mix of kinds; each is a predicate over a call list */
export const BUGS = [
  {
    name: '10 drops with no create in between',
    hit(calls) {
      let run = 0;
      for (const c of calls) {
        if (isCreate(c.kind)) run = 0;
        else if (isDrop(c.kind) && ++run >= 10) return true;
      }
      return false;
    },
  },
  {
    name: '16 modules live at once',
    hit(calls) {
      let live = 0;
      for (const c of calls) {
        if (c.kind === 'moduleNew' && ++live >= 16) return true;
        if (c.kind === 'moduleDrop') live--;
      }
      return false;
    },
  },
  {
    name: '30 function calls with no drop in between',
    hit(calls) {
      let run = 0;
      for (const c of calls) {
        if (isDrop(c.kind)) run = 0;
        else if (c.kind === 'callExportedFunc' && ++run >= 30) return true;
      }
      return false;
    },
  },
  {
    // the seeded bug of examples/wasm-api/engine.ts: a freed code slot reused by a new module
    name: 'call into an instance whose module was dropped and re-created (examples/wasm-api)',
    hit(calls) {
      const slots = [];
      const modules = new Map();
      const instances = new Map();
      for (const c of calls) {
        if (c.kind === 'moduleNew') {
          let s = slots.indexOf(null);
          if (s < 0) s = slots.push(null) - 1;
          slots[s] = c.id;
          modules.set(c.id, s);
        } else if (c.kind === 'moduleDrop') {
          slots[modules.get(c.id)] = null;
          modules.delete(c.id);
        } else if (c.kind === 'instanceNew') instances.set(c.id, { module: c.module, slot: modules.get(c.module) });
        else if (c.kind === 'instanceDrop') instances.delete(c.id);
        else {
          const i = instances.get(c.instance);
          const owner = slots[i.slot];
          if (owner !== null && owner !== i.module) return true;
        }
      }
      return false;
    },
  },
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** test cases until `bug` is hit (cap + 1 = not hit) */
function casesToHit(dm, m, bug, seed, cap, budget) {
  const rng = dm.createRng(seed);
  for (let n = 1; n <= cap; n++) if (bug.hit(m.randomArbitrary(rng, budget).value.calls)) return n;
  return cap + 1;
}

/**
 * Returns { title, markdown, rows }: per bug, the median number of generated test cases to hit
 * it with swarm on and off, over `seeds` seeds, and the ratio off/on.
 */
export async function runSwarmBench({ seeds = 7, cap = 5000, budget = 10000 } = {}) {
  const dm = await import(dist.href);
  const on = apiCallsMutator(dm, true);
  const off = apiCallsMutator(dm, false);
  const rows = [];
  for (const bug of BUGS) {
    const a = [];
    const b = [];
    for (let s = 1; s <= seeds; s++) {
      a.push(casesToHit(dm, on, bug, s, cap, budget));
      b.push(casesToHit(dm, off, bug, s, cap, budget));
    }
    const mOn = median(a);
    const mOff = median(b);
    rows.push({ bug: bug.name, swarmOn: mOn, swarmOff: mOff, ratio: mOff / mOn, capped: b.filter((x) => x > cap).length, seeds });
  }
  const fmt = (x) => (x > cap ? `>${cap}` : String(x));
  const lines = [
    `Generated test cases until the bug is hit (median of ${seeds} seeds, cap ${cap}; ApiCalls with up to 100 calls, budget ${budget}):`,
    '',
    '| bug | swarm on | swarm off | off / on |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.bug} | ${fmt(r.swarmOn)} | ${fmt(r.swarmOff)} | ${r.swarmOff > cap ? '>' : ''}${r.ratio.toFixed(1)}x |`),
  ];
  return { title: 'Swarm testing: test cases to hit a bug', markdown: lines.join('\n'), rows };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const t = Date.now();
  const r = await runSwarmBench();
  console.log(r.markdown);
  console.log(`\n(${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
