import { labelWords } from './label-words.js';
import { payloadPrestations } from './payload-prestations.js';
import { listEdits } from './list-edits.js';
import { labelWithValue } from './label-with-value.js';
import { deletionLists } from './deletion-lists.js';
import { prestationLeads } from './prestation-leads.js';
import { shortQuotes } from './short-quotes.js';
import { distributedPlaces } from './distributed-places.js';
import { unitSubjects } from './unit-subjects.js';
import { prestationReplacements } from './prestation-replacements.js';
import { valueForms } from './value-forms.js';
import { valueLists } from './value-lists.js';
import type { Construction } from './types.js';

/** Every construction the amendment reader knows, each with the corpus sentences it reads. */
export const CONSTRUCTIONS: Construction[] = [labelWords, payloadPrestations, listEdits, labelWithValue, deletionLists, prestationLeads, shortQuotes, distributedPlaces, unitSubjects, prestationReplacements, valueForms, valueLists];
export type { Construction, ConstructionExample } from './types.js';
