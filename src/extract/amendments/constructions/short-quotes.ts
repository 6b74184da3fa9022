import type { Construction } from './types.js';

/**
 * Short quoted replacements inside a label, without `les mots`
 * (`dans le libellé de la prestation X, "12e" est remplacé par "14e"`), a rule
 * number put into a label (`la règle de cumul "NNN" est insérée …`), and a
 * code cut off from the sentence by a semicolon or a comma (`dans le libellé
 * de la prestation X ; les mots …`): label changes of X.
 */
export const shortQuotes: Construction = {
  id: 'short-quotes',
  summary: 'a short quote replaced or inserted in a label, without a wording noun; a code cut off by ; or , → substitution/label of that prestation',
  examples: [
    {
      from: 'issue 9, item 8',
      text: '4. dans le libellé de la prestation 477374-477385, "12e" est remplacé par "14e";',
      reads: ['substitution/label 477374-477385'],
    },
    {
      from: '1999022423',
      text: '4. dans le libellé de la prestation 543233 - 543244, la disposition " (Règle diagnostique 65) " est ajoutée et la disposition " (Règle de cumul 7) " est supprimée.',
      reads: ['substitution/label 543233-543244', 'substitution/label 543233-543244'],
    },
    {
      from: 'issue 9, item 8',
      text: '5. dans le libellé de la prestation 550012-550023, la règle de cumul "(Règle de cumul 115)" est insérée après le mot "sperme";',
      reads: ['substitution/label 550012-550023'],
    },
    {
      from: 'issue 9, item 9',
      text: '6. dans le libellé de la prestation 558014-558025 ; les mots "au moins 90 minutes" sont remplacés par les mots "au moins 120 minutes";',
      reads: ['substitution/label 558014-558025'],
    },
  ],
};
