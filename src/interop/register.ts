/**
 * `node --import derive-mutators/register …`: the fuzz workers' TypeScript loader for any Node
 * process (`.ts` transpiled on load, `./x.js` finding `./x.ts`), so a byte-driven engine such as
 * Jazzer.js can load a TypeScript fuzz target directly. Registered before the engine's own hooks,
 * it hands them JavaScript, which they instrument as usual. A comparison against a negative
 * number literal, which Jazzer.js's compare hook skips (`-1` is a unary minus over a literal),
 * is handed to Jazzer.js's tracer when it runs (bootstrap.ts, `jazzerCompares`).
 */
import { register } from 'node:module';
import { bootstrapUrl, loaderPaths } from '../fuzz/worker/loader/bootstrap.js';

register(bootstrapUrl(loaderPaths(), { jazzerCompares: true }));
