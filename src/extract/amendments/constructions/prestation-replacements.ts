import type { Construction } from './types.js';

/**
 * Prestations replaced by others (`la prestation X et la règle d'application
 * qui la suit sont remplacées par les prestations et règle d'application
 * suivantes : "Y … Z …"`): substitution/prestation of the new groups, placed
 * at X (its anchor), and the rule replaced after X. The replay ends a
 * replaced code that no new group keeps; a renumbering that keeps the code
 * (`le numéro d'ordre "604214" est remplacé par "604214- 604225"`) ends none.
 */
export const prestationReplacements: Construction = {
  id: 'prestation-replacements',
  summary: 'prestations (and their rule) replaced by others → substitution/prestation of the new groups at the old one (+ substitution/rule)',
  examples: [
    {
      from: '2010022123',
      text: 'la prestation 262415-262426 et la règle d\'application qui la suit sont remplacées par les prestations et règle d\'application suivantes :\n\n" 262430-262441 Placement d\'un cathéter sus-pubien . . . . . K 50\n\n262452-262463 Remplacement d\'un cathéter sus-pubien . . . . . K 15\n\nLa prestation 262452-262463 ne peut être portée en compte qu\'une fois par semaine. "',
      reads: ['substitution/prestation 262430-262441,262452-262463 @262415', 'substitution/rule @262415'],
    },
    {
      from: '2013022530',
      text: '1. au § 1er sont apportées les modifications suivantes :\n\n- le numéro d\'ordre " 604214 " est remplacé par les numéros d\'ordre " 604214- 604225 ";',
      reads: ['substitution/prestation 604214-604225'],
      never: ['substitution/prestation 604214-604225 @'],
    },
    {
      // eleventh synthetic blind round (Z 2017090043): the prestation's own parts named beside it (`et son libellé`,
      // `ainsi que sa valeur relative`, `avec son libellé`) do not make a code line's replacement a label change
      from: 'synthetic round 11, Z 2017090043, and variants',
      text: '4° la prestation 459200-459211 et son libellé sont remplacés par ce qui suit :\n\n" 459200-459211 Tomographie commandée par ordinateur du crâne . . . . . N 15 ";\n\n5° la prestation 459222-459233 ainsi que sa valeur relative sont remplacées par ce qui suit :\n\n" 459222-459233 Tomographie du thorax . . . . . N 20 ";\n\n6° la prestation 459244-459255, avec son libellé, est remplacée par ce qui suit : " 459244-459255 Tomographie du bassin . . . . . N 25 ".',
      reads: ['substitution/prestation 459200-459211', 'substitution/prestation 459222-459233', 'substitution/prestation 459244-459255'],
      never: ['substitution/label', 'substitution/relativeValue'],
    },
  ],
};
