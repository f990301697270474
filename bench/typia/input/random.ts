// Input of `typia generate` (see bench/typia/build.mjs); the output is bench/typia/output/random.ts.
import typia from 'typia';
import type * as S from '../../shapes/types.js';

export const Flat = typia.createRandom<S.Flat>();
export const Nested = typia.createRandom<S.Nested>();
export const Tree = typia.createRandom<S.Tree>();
export const Json = typia.createRandom<S.Json>();
export const Union = typia.createRandom<S.Union>();
export const Strings = typia.createRandom<S.Strings>();
