/**
 * A construction is one way the decrees phrase an amendment (locator ×
 * object × operation × payload), read by one module. Like a remark-lint or
 * ESLint rule, each carries the real corpus sentences it reads and what it
 * must read from them: test/extract/constructions.test.ts runs every
 * example through the whole amendment reader.
 */
export interface ConstructionExample {
  /** the decree the snippet is quoted from (NUMAC), for the reader. */
  from: string;
  /** one or more points of a decree article, verbatim (quote marks as Justel writes them). */
  text: string;
  /** amendments the reader must give for it: `type/subject codes…` (codes comma-joined, groups by `-`), `@anchor` optional. */
  reads: string[];
  /** amendments it must not give (the wrong readings this construction prevents). */
  never?: string[];
}

export interface Construction {
  id: string;
  summary: string;
  examples: ConstructionExample[];
}
