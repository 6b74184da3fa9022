/**
 * Bumped whenever extraction changes, so content-hash caches of earlier
 * builds are not reused for output the current code would write differently.
 * (A module of its own: the build's cache lookup reads it without loading the parser.)
 */
export const PARSER_VERSION = '0.1.0';
