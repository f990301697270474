// Input of `typia generate` (see bench/typia/build.mjs); the output is bench/typia/output/random.ts.
import typia from 'typia';
import type { Flat, Json, Nested, Strings, Tree, Union } from '../../shapes/types.js';

export const Flat = typia.createRandom<Flat>();
export const Nested = typia.createRandom<Nested>();
export const Tree = typia.createRandom<Tree>();
export const Json = typia.createRandom<Json>();
export const Union = typia.createRandom<Union>();
export const Strings = typia.createRandom<Strings>();
