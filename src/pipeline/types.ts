/**
 * The pipeline: source file → IngestedText (src/source) → DocumentStructure
 * (src/structure) → facts (src/extract) → NomenclatureDocument (src/schema),
 * validated. `parseSource` in ./parse.ts runs it for one file.
 */
export type { IngestedText, SourceFile, Paragraph } from '../source/types.js';
export type { DocumentStructure } from '../structure/types.js';
export type { NomenclatureDocument } from '../schema/document.js';
