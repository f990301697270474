/**
 * Diagnostic codes the CLI itself reports (the analyzer and emitter use DM1xxx).
 * DM20xx: bad usage (exit 2). DM21xx: --check. DM22xx: hand-edit merge. DM23xx: files and I/O.
 */
export const Codes = {
  unknownOption: 'DM2001',
  noInputFiles: 'DM2002',
  inputNotFound: 'DM2003',
  projectNotFound: 'DM2004',
  conflictingFlags: 'DM2005',

  outputMissing: 'DM2101',
  outputStale: 'DM2102',

  unparseableOutput: 'DM2201',
  mergeConflict: 'DM2202',
  unresolvedConflict: 'DM2203',
  noMergeBase: 'DM2204',
  orphanSectionKept: 'DM2205',
  editsDiscarded: 'DM2206',
  outsideTextReplaced: 'DM2207',

  cannotWrite: 'DM2301',
  cannotRead: 'DM2302',
  codegenFailed: 'DM2303',
  badGeneratedOutput: 'DM2304',
} as const;
