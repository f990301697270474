/** An INI-style configuration file, as the lines a user typed. */
/** @maxItems 8 */
export type Source = Line[];

/** @maxLength 24 */
export type Line = string;
