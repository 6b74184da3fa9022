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
  ],
};
