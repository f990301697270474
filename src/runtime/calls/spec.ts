/**
 * What generated code tells the call driver about a class or interface tagged `@calls`: per
 * method, the fields of its call object in parameter order, which of them hold handle ids
 * (used or dropped), whether it returns a handle (and in which field the sequence put its id),
 * and whether throwing is expected behaviour (`@throws`). Plain data, checked by the tests.
 */

/** One parameter of a method, as a field of the call object. */
export interface CallParamSpec {
  /** the call object's property holding the argument */
  field: string;
  /** the argument is a handle: the field holds its id (a use) */
  handle?: boolean;
  /** the handle is dead after the call (`@drops <param>`) */
  drops?: boolean;
  /** a `...rest` parameter: the field holds the array of arguments */
  rest?: boolean;
}

export interface CallMethodSpec {
  params: readonly CallParamSpec[];
  /** the method returns a handle of this resource; the sequence stores its id in `idField` */
  creates?: string;
  idField?: string;
  /** throwing (or rejecting) is expected behaviour: compared with the model, not a failure */
  throws?: boolean;
  /** the method returns a promise (the printed program awaits it) */
  async?: boolean;
  /** the method returns `this`: its result is not compared with the model's */
  returnsSelf?: boolean;
}

export interface CallsSpec {
  /** the class or interface name, for messages */
  name: string;
  /** the variable the printed program keeps the instance in */
  instance: string;
  /** source text that makes an instance in the printed program (`new Store()`; default `create()`) */
  construct?: string;
  /** the call object's property naming the method */
  discriminant: string;
  methods: Readonly<Record<string, CallMethodSpec>>;
}

/** A call description: the discriminant plus one field per parameter (and the created id). */
export type CallObject = Readonly<Record<string, unknown>>;

/** how many leading parameters a call passes: trailing absent optional arguments are left out */
export function passedParams(m: CallMethodSpec, call: CallObject): number {
  let last = m.params.length;
  while (last > 0 && !(m.params[last - 1]!.field in call)) last--;
  return last;
}

export interface CallHooks<I, M = unknown> {
  /** a reference implementation: each call's result is compared with the instance's */
  model?: () => M;
  /** result comparison (default: deepEqual); not used for handles, whose presence is compared */
  equal?: (actual: unknown, expected: unknown, method: string) => boolean;
  /** checked after every call (model: undefined without `model`); false (or throwing) is a failure */
  invariant?: (instance: I, model: M) => boolean | void | Promise<boolean | void>;
}

/**
 * The `@requires` preconditions of a `@calls` type's methods, by method: each gets the instance
 * and the call's arguments (handles resolved) and says whether the call may run; a call whose
 * precondition is false is skipped (not run on the instance or the model). The argument type is
 * `never` so each generated function can type its own arguments (`Parameters<T.Store['put']>`).
 */
export type CallRequires<I> = Readonly<Record<string, (self: I, args: never) => boolean>>;
