#!/usr/bin/env node
// `npm run demo`: derive mutators for the examples, then fuzz each example until its seeded bug
// is found. Everything runs through the public CLI, as a user would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');
const examples = [
  { name: 'nested-enum', what: 'a bug behind seven nested conditions on an array of tagged unions' },
  { name: 'parser', what: 'a parser bug behind a deep branch' },
  { name: 'wasm-api', what: 'a use-after-drop in a simulated engine, reached only by a valid sequence of calls derived from its class' },
  { name: 'job-queue', what: 'an async job queue whose heap breaks after a cancel, caught by comparing with a model' },
];

function run(args, opts = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', ...opts });
}

function step(title) {
  process.stdout.write(`\n\u001b[1m== ${title}\u001b[0m\n`);
}

step('1. derive mutators from the example types (generated/examples/*/types.mutators.ts)');
const derive = run(examples.map((e) => `examples/${e.name}/types.ts`), { stdio: 'inherit' });
if (derive.status !== 0) {
  console.error(`derive-mutators exited with ${derive.status}`);
  process.exit(derive.status ?? 1);
}

const artifacts = mkdtempSync(join(tmpdir(), 'derive-mutators-demo-'));
const results = [];
for (const [i, e] of examples.entries()) {
  step(`${i + 2}. fuzz examples/${e.name}: ${e.what}`);
  const args = ['fuzz', `examples/${e.name}/fuzz.ts`, '--seed', '1', '--max-time', '60', '--artifacts', join(artifacts, e.name), '--json', '--no-corpus'];
  console.log(`$ derive-mutators ${args.join(' ')}`);
  const r = run(args);
  let result;
  try {
    result = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
  } catch {
    process.stdout.write(r.stdout + r.stderr);
    console.error(`could not read the fuzzer's result (exit ${r.status})`);
    process.exit(1);
  }
  results.push({ example: e.name, ...result });
  if (result.status !== 'failed' || !result.artifact) {
    console.log(`no failure found (${result.status}, ${result.iterations} iterations)`);
    continue;
  }
  console.log(`found a failure after ${result.iterations} iterations (${Number(result.seconds).toFixed(2)} s); replaying the saved artifact:`);
  const replayArgs = ['read', result.artifact, `examples/${e.name}/fuzz.ts`];
  console.log(`$ derive-mutators ${replayArgs.join(' ')}`);
  const replay = run(replayArgs);
  const lines = (replay.stdout + replay.stderr).split('\n').filter((l) => l.trim() !== '');
  console.log(lines.slice(0, 24).join('\n') + (lines.length > 24 ? `\n  … (${lines.length - 24} more lines)` : ''));
}

step('summary');
console.log('example      status  iterations  seconds  execs/s');
for (const r of results) {
  console.log(`${r.example.padEnd(12)} ${String(r.status).padEnd(7)} ${String(r.iterations).padStart(10)}  ${Number(r.seconds).toFixed(2).padStart(7)}  ${Math.round(r.execsPerSecond).toString().padStart(7)}`);
}
rmSync(artifacts, { recursive: true, force: true });
const missed = results.filter((r) => r.status !== 'failed');
if (missed.length > 0) {
  console.error(`\nthe fuzzer did not find the seeded bug in: ${missed.map((r) => r.example).join(', ')}`);
  process.exit(1);
}
console.log('\nevery seeded bug was found; replay one with `derive-mutators read <artifact> <target>`.');
