import { findCodeGroups, type CodeGroup } from '../../codes.js';
import type { Clause } from '../clauses.js';
import type { Construction } from './types.js';

/**
 * The ways a decree changes a prestation's relative value, beyond `la valeur
 * relative de X est portée à …`: the number alone (`le coefficient "75" …
 * est remplacé par le coefficient "90"`, `le nombre-coefficient de X est
 * porté de 75 à 90`), a quoted value replaced at a named prestation (`à la
 * prestation X, « N 8 » est remplacé par « N 10 »`), `est fixée à N 300 au
 * lieu de N 250` (the value after `au lieu de` is the old one), `portée de
 * K 50 à K 60` (the new one is after `à`). Read by subject.ts (value nouns),
 * refine.ts (a quoted value), clauses.ts (`fixé` amends only a value) and
 * payload.ts newValueAfter; this module holds the sentences that pin them,
 * written by the first synthetic blind set (none of these forms is in the
 * real corpus, whose decrees say `la valeur relative`).
 */
export const valueForms: Construction = {
  id: 'value-forms',
  summary: 'a value changed by its number, a quoted value or `fixée à … au lieu de …` → substitution/relativeValue of the named prestation',
  examples: [
    {
      from: 'synthetic set C, 1993093114',
      text: 'c) pour la prestation 246164 - 246175, le coefficient " 75 " affecté à la lettre-clé K est remplacé par le coefficient " 90 ".',
      reads: ['substitution/relativeValue 246164-246175'],
      never: ['substitution/prestation'],
    },
    {
      from: 'synthetic set C, 2004093526',
      text: '3. le nombre-coefficient de la prestation 473502 - 473513 est porté de 75 à 90.',
      reads: ['substitution/relativeValue 473502-473513'],
      never: ['substitution/prestation'],
    },
    {
      from: 'synthetic set C, 2009093612',
      text: '1. au 1°, à la prestation 450111-450122, « N 8 » est remplacé par « N 10 »;',
      reads: ['substitution/relativeValue 450111-450122'],
      never: ['substitution/words', 'substitution/label'],
    },
    {
      from: 'synthetic set C, 2013093729',
      text: '2° la valeur relative de la prestation 260400-260411 est fixée à N 300 au lieu de N 250;\n\n3° Le montant est fixé à 25 euros par le Comité.',
      reads: ['substitution/relativeValue 260400-260411'],
    },
    {
      // second synthetic blind set (E 2014095170): a sub-item under a lead that names the prestation
      from: 'synthetic set E, 2014095170',
      text: '4. à la prestation 546151-546162 :\n\na) le mot " sérique " est inséré après le mot " ferritine ";\n\nb) " B 400 " est remplacé par " B 350 ";',
      reads: ['substitution/label 546151-546162', 'substitution/relativeValue 546151-546162'],
      never: ['substitution/provision'],
    },
    {
      // fifth synthetic blind round (M 2022092598): `respectivement`, one value per code
      from: 'synthetic round 5, 2022092598',
      text: '2° les valeurs relatives des prestations 703183-703194 et 703205-703216 sont portées respectivement de U 120 à U 135 et de U 240 à U 260;',
      reads: ['substitution/relativeValue 703183-703194', 'substitution/relativeValue 703205-703216'],
      never: ['substitution/relativeValue 703183-703194,703205-703216'],
    },
    {
      // twelfth synthetic blind round (AC 2019094473): one `à`, the values listed after it, paired in order
      from: 'synthetic round 12, AC 2019094473',
      text: '2. les valeurs relatives des prestations 477072-477083 et 477094-477105 sont portées respectivement à K 90 et K 120;\n\n3. les valeurs relatives des prestations 477131-477142, 477153-477164 et 477175-477186 sont fixées à N 40, N 55 et N 70 respectivement;',
      reads: [
        'substitution/relativeValue 477072-477083',
        'substitution/relativeValue 477094-477105',
        'substitution/relativeValue 477131-477142',
        'substitution/relativeValue 477153-477164',
        'substitution/relativeValue 477175-477186',
      ],
      never: ['substitution/relativeValue 477072-477083,477094-477105'],
    },
    {
      // eighth synthetic blind round (S 2023098562): inverted, the new value before the value it changes
      from: 'synthetic round 8, S 2023098562',
      text: '4° est portée à N 90 la valeur relative de la prestation 459351-459362;\n\n5° est fixée à K 120 au lieu de K 100 la valeur relative des prestations 459373-459384 et 459395-459406.',
      reads: ['substitution/relativeValue 459351-459362', 'substitution/relativeValue 459373-459384,459395-459406'],
      never: ['substitution/provision'],
    },
    {
      // twenty-first synthetic blind round (BJ 2013078334): the value named by its key letter, `la valeur U de la prestation X`
      from: 'synthetic round 21, BJ 2013078334',
      text: '2. la valeur U de la prestation 733331-733342 est portée à U 18.',
      reads: ['substitution/relativeValue 733331-733342'],
      never: ['substitution/prestation'],
    },
  ],
};

/** `… la valeur relative de la prestation X` / `des prestations X et Y` after the verb, up to a colon or `par`. */
export function valueOwnersAfter(own: string, c: Clause): CodeGroup[] {
  const end = Math.max(c.end, c.verbEnd);
  const m = /valeurs?\s+relatives?\s+(?:de\s+la\s+prestation|des\s+prestations)\s+(?:n°\s*)?(?=\d{6})/iu.exec(own.slice(c.verbEnd, end));
  if (!m) return [];
  const from = c.verbEnd + m.index + m[0].length;
  const stop = own.slice(from, end).search(/[:;]|(?<!\p{L})par(?!\p{L})/iu);
  return findCodeGroups(own, from, stop < 0 ? end : from + stop);
}
