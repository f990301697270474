/**
 * Diagnostic codes of the fuzz side (the analyzer uses DM1xxx, the CLI DM2xxx).
 * DM30xx: a run that cannot start (exit 2). DM31xx: warnings during a run.
 * DM32xx: failures the tool explains beyond the target's own error, each with a hint.
 * DM33xx: the corpus folder cannot be used as asked (another target's, not writable, files that
 * do not decode); one warning each, and the run goes on.
 */
export const FuzzCodes = {
  includeNotFound: 'DM3001',
  moduleNotFound: 'DM3002',
  coverageNotWritable: 'DM3003',
  coverageWithoutInstrument: 'DM3004',
  includeNotTransformed: 'DM3101',
  inputModified: 'DM3201',
  uninterruptibleHang: 'DM3202',
  workerOutOfMemory: 'DM3203',
  targetExited: 'DM3204',
  workerCrashed: 'DM3205',
  cannotWriteTest: 'DM3206',
  corpusOfAnotherTarget: 'DM3301',
  corpusNotWritable: 'DM3302',
  corpusUndecodable: 'DM3303',
} as const;

export type FuzzCode = (typeof FuzzCodes)[keyof typeof FuzzCodes];

export const FuzzHints: Record<FuzzCode, string> = {
  DM3001: 'Install the package (npm install <name>) or give the path of its folder.',
  DM3002: 'Check the specifier and the file name (case matters); install a missing package (npm install <name>), or map an alias in the tsconfig.json nearest to the importing file ("paths", "baseUrl").',
  DM3003: 'Pass --coverage a folder you can write (it is created if missing), or leave --coverage out.',
  DM3004: 'Leave out --no-instrument to get a coverage report.',
  DM3101: 'The file runs as it is, without coverage or comparison feedback; report it if it is valid JavaScript.',
  DM3201: 'Copy the value before changing it (structuredClone(value), [...list], { ...obj }): the engine mutates inputs in place and undoes its own change, so a target must only read its input.',
  DM3202: 'Look for a regular expression with nested quantifiers such as /^(a+)+$/, or a blocking call in a dependency; raise --timeout if the input is only slow.',
  DM3203: 'Look for an allocation that grows with the input; raise --max-memory (MB) if the input really needs more.',
  DM3204: 'A target reports a bug by throwing; process.exit ends the fuzz worker (and would end a test runner).',
  DM3206: 'Pass another path to --test, or remove the old test if it is no longer wanted.',
  DM3205: 'The error was thrown outside the test call (a timer or an unawaited promise): await that work inside test() so the failure belongs to its input.',
  DM3301: 'Each target keeps its own corpus (by default .fuzz-corpus/<target>/); pass --corpus with a folder of this target, or none for the default.',
  DM3302: 'Make the folder writable, or pass --corpus with a writable folder (the inputs this run finds are otherwise lost when it ends).',
  DM3303: 'Files of another target, or written by an older version of the type: move them out of the folder (they are never deleted here).',
};
