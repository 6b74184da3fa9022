import type { Construction } from './types.js';

/**
 * Short quoted replacements inside a label, without `les mots`
 * (`dans le libellé de la prestation X, "12e" est remplacé par "14e"`), a rule
 * number put into a label (`la règle de cumul "NNN" est insérée …`), and a
 * code cut off from the sentence by a semicolon or a comma (`dans le libellé
 * de la prestation X ; les mots …`): label changes of X. A code number
 * quoted as a place (`… est inséré avant la prestation " 733272-733283 "`)
 * anchors the change as an unquoted one does; it is not its payload.
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
    {
      // a rule's locator cut off by a semicolon still places the words (sixth synthetic blind round, O 2016094851)
      from: 'synthetic round 6, 2016094851',
      text: '3. dans la règle d\'application qui suit la prestation 472146-472150; les mots "une fois par année civile" sont remplacés par les mots "deux fois par année civile".',
      reads: ['substitution/words @472146'],
      never: ['substitution/label'],
    },
    {
      // eleventh synthetic blind round (X 2024099871): a sub-item whose subject is a bare quote, under `à la prestation X :`
      from: 'synthetic round 11, X 2024099871',
      text: '2° à la prestation 246816-246820 :\n\n   a) " unilatérale " est remplacé par " uni- ou bilatérale ";\n\n   b) " K 150 " est remplacé par " K 165 ".',
      reads: ['substitution/label 246816-246820', 'substitution/relativeValue 246816-246820'],
      never: ['substitution/provision'],
    },
    {
      from: '2013022079',
      text: '2. Au § 5, intitulé "F. Chirurgie abdominale et pathologie du système digestif", intitulé "Catégorie 2b", les modifications suivantes sont apportées :\n\na) L\'intitulé "Sonde de mesure de l\'acidité et de l\'impédance" est inséré avant la prestation " 733272-733283 ";',
      reads: ['insertion/provision @733272'],
      never: ['insertion/prestation'],
    },
  ],
};
