/** Diagnostic codes of the analyzer and emitter (DM1xxx). The CLI's own codes are DM2xxx. */
export const AnalyzeCodes = {
  inputNotFound: 'DM1001',
  syntaxError: 'DM1002',
  functionMember: 'DM1003',
  classWithMethods: 'DM1004',
  unknownTag: 'DM1005',
  tagConflict: 'DM1006',
  badTagValue: 'DM1007',
  noFiniteValue: 'DM1008',
  unsupportedType: 'DM1009',
  polymorphicRecursion: 'DM1010',
  neverValue: 'DM1011',
  dependsOnFailed: 'DM1012',
  /** a resource is used or dropped (`@uses`/`@drops`) but never created (`@creates`) */
  uncreatedResource: 'DM1014',
  /** a typia type-level tag (`tags.X<...>`) whose kind derive-mutators does not know */
  unsupportedTypeTag: 'DM1015',
  /** a class or interface tagged `@calls` has no public method that can be called */
  callsNoMethods: 'DM1016',
  /** `@drops <param>` on a method of a `@calls` type names no handle parameter */
  callsBadDrops: 'DM1017',
  /** the constructor of a `@calls` class needs arguments (warning: printed programs start from `create()`) */
  callsConstructorArgs: 'DM1018',
  /** (warning) a tag in an installed package (node_modules) that does not apply to its type: ignored */
  installedTagIgnored: 'DM1019',
  /** (warning) a tag value in an installed package that is not supported (`@format regex`): ignored */
  installedTagValueIgnored: 'DM1020',
  /** (warning) a union alternative that cannot be generated (a function, a class with methods) is left out */
  unionMemberDropped: 'DM1021',
  /** (warning) an optional property whose type cannot be generated (a class with methods) is left out */
  optionalPropertyDropped: 'DM1022',
  /** (warning) a class with fields only is derived as plain data: its values are not `instanceof` it */
  classAsPlainData: 'DM1023',
  /** `@requires` on a method of a `@calls` type is empty, does not parse as an expression, or shadows a name */
  callsBadRequires: 'DM1024',
  /** internal error while analyzing or emitting (a bug: please report) */
  emitFailed: 'DM1013',
} as const;
