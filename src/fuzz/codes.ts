/**
 * Diagnostic codes of the fuzz side (the CLI uses DM2xxx, codegen DM1xxx).
 * DM30xx: a run that cannot start (exit 2). DM31xx: warnings during a run.
 */
export const FuzzCodes = {
  includeNotFound: 'DM3001',
  includeNotTransformed: 'DM3101',
} as const;
