import type { Construction } from './types.js';

/**
 * A prestation named once in a lead (`à la prestation X,` / `les
 * modifications suivantes sont apportées à la prestation X :`) is what its
 * sub-items (`a)`, `1)`, `1.`, also when they reuse the outer numbering
 * style) change: each sub-item's label, value or words amendment carries X,
 * a rule amendment is anchored at X. Read by context.ts (clauseContext);
 * this module holds the sentences that pin it.
 */
export const prestationLeads: Construction = {
  id: 'prestation-leads',
  summary: 'sub-items under a lead naming a prestation → each amendment carries that prestation',
  examples: [
    {
      from: '2018031993',
      text: '1. à la prestation 558810-558821,\n\na) le libellé est remplacé par ce suit : " Séance de rééducation d\'au moins 60 minutes ";\n\nb) la valeur relative " K 30 " est remplacée par " K 40 ";',
      reads: ['substitution/label 558810-558821', 'substitution/relativeValue 558810-558821'],
    },
    {
      // the shape quoted by the amendments issue (item 4); codes from 2016022108
      from: 'issue 9, item 4',
      text: '2. les modifications suivantes sont apportées à la prestation 477374-477385 :\n\n1. le libellé est remplacé par ce qui suit : "Polysomnographie après l\'âge d\'un an";\n\n2. la valeur relative "K 150" est remplacée par "K 180";\n\n3. les règles d\'application qui suivent la prestation sont remplacées par ce qui suit : "La polysomnographie comprend un enregistrement."',
      reads: ['substitution/label 477374-477385', 'substitution/relativeValue 477374-477385', 'substitution/rule 477374-477385 @477374'],
    },
    {
      // the second reader's counter-example: a later sibling point is not under the lead
      from: 'review of the amendments change',
      text: '1. les modifications suivantes sont apportées à la prestation 477374-477385 :\n\na) le libellé est remplacé par ce qui suit : "Polysomnographie";\n\nb) la valeur relative "K 150" est remplacée par "K 180";\n\n2. au § 3, le libellé de l\'intitulé est remplacé par ce qui suit : "Neurologie";',
      reads: ['substitution/label 477374-477385', 'substitution/relativeValue 477374-477385'],
      never: ['substitution/label 477374-477385,', 'substitution/words 477374'],
    },
    {
      from: '2014022213',
      text: '1. à la prestation 477131-477142 sont apportées les modifications suivantes :\n\na) le libellé est remplacé par ce qui suit : "Electromyographie";',
      reads: ['substitution/label 477131-477142'],
    },
    {
      // eighth synthetic blind round (S 2002098642): the lead names the prestation with its history before
      // `les modifications suivantes sont apportées`
      from: 'synthetic round 8, S 2002098642',
      text: 'A. au § 1er, 3° :\n\n1. A la prestation 455022 - 455033, telle qu\'elle a été modifiée par l\'arrêté royal du 30 mai 2001, les modifications suivantes sont apportées :\n\n   a) les mots " de l\'abdomen " sont remplacés par les mots " de l\'abdomen et du pelvis ";\n\n   b) la valeur relative " N 45 " est remplacée par " N 55 ".\n\n2. la prestation suivante est insérée après la prestation 455066 - 455070 :\n\n" 455081 - 455092 Defecographie . . . . . N 60 "',
      reads: ['substitution/label 455022-455033', 'substitution/relativeValue 455022-455033', 'insertion/prestation 455081-455092 @455066'],
      never: ['substitution/words', 'substitution/relativeValue 455081'],
    },
    {
      // seventeenth synthetic blind round (AU 1998078016): the lead says where the prestation stands (`du § 5`)
      // before its changes; codes from 1998078016
      from: 'synthetic round 17, AU 1998078016',
      text: '4° à la prestation 422704 du § 5, les modifications suivantes sont apportées :\n\na) les mots " par jour " sont remplacés par les mots " par jour, au maximum " ;\n\nb) la valeur relative " V 15 " est remplacée par la valeur relative " V 18 ".',
      reads: ['substitution/label 422704', 'substitution/relativeValue 422704'],
      never: ['substitution/words', 'substitution/relativeValue ,'],
    },
  ],
};
