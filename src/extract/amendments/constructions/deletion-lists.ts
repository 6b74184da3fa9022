import type { Construction } from './types.js';

/**
 * A deletion whose list follows the colon, whatever its noun (`les
 * prestations suivantes`, `les intitulés et les prestations suivants`, `les
 * codes de nomenclature suivants`, `les numéros suivants`), quoted or not,
 * over several paragraphs, with rubric headings between the codes and
 * Justel's erratum brackets around a code line: every listed code group is
 * repealed; headings deleted with them are a provision. Read by the clause
 * reader (payload.ts leadingCodeGroups, refine.ts), this module holds the
 * corpus sentences that pin it.
 */
export const deletionLists: Construction = {
  id: 'deletion-lists',
  summary: 'a deletion listing code lines after its colon (any noun, several paragraphs, headings, erratum brackets) → repeal/prestation of every listed group',
  examples: [
    {
      from: '2012022145',
      text: '3. Au § 1er, intitulé " H. CHIRURGIE VASCULAIRE : ", les intitulés et les prestations suivants sont supprimés :\n\n" Feutre téflon :\n\n613712-613723 Feutre téflon : épaisseur 1/16 : 7,5 x 7,5 cm . . . . . Y 18\n\n613734-613745 Feutre téflon : épaisseur 1/16 : 10 x 10 cm . . . . . Y 32\n\nTissu pour angioplastie :\n\n613911-613922 Tissu pour angioplastie : 4 x 4 pouces . . . . . Y 53\n\n[613933-613944 Tissu pour angioplastie : 6 x 6 pouces . . . . . Y 106] "\n\n<Erratum, M.B. 29-08-2012, p. 53228>;',
      reads: ['repeal/prestation 613712-613723,613734-613745,613911-613922,613933-613944', 'repeal/provision'],
    },
    {
      from: '2013022576',
      text: 'a) Les prestations suivantes sont supprimées :\n\n688656 688660 Tige standard pour placement avec ciment U 810\n\n688671 688682 Tige pour révision pourvue d\'un revêtement ostéotrope U 1380\n\nb) L\'intitulé est complété par les prestations 704233-704244;',
      reads: ['repeal/prestation 688656-688660,688671-688682'],
    },
    {
      from: '2009022174',
      text: '1. les intitulés et les prestations suivantes sont supprimées :\n\n" D. OTO-RHINO-LARYNGOLOGIE :\n\n" Prothèse pour surdité " :\n\n611516-611520\n\nCrochet en teflon . . . . . Y 28\n\n611531-611542\n\nPiston en Teflon . . . . . Y 14 ".',
      reads: ['repeal/prestation 611516-611520,611531-611542'],
    },
    {
      // the second reader's counter-example: an inline quoted list of bare codes
      from: 'review of the amendments change',
      text: '1. les codes de nomenclature suivants sont supprimés : "688531-688542, 688553-688564 et 688590-688601";',
      reads: ['repeal/prestation 688531-688542,688553-688564,688590-688601'],
    },
    {
      // the shape quoted by the amendments issue (item 1); codes from 2013022576
      from: 'issue 9, item 1',
      text: '1. Les codes de nomenclature suivants sont supprimés :\n\n"Hanche :\n\n688531-688542\n\n688553-688564\n\nGenou :\n\n688590-688601"',
      reads: ['repeal/prestation 688531-688542,688553-688564,688590-688601'],
    },
    {
      // first synthetic blind set (C, 2009093612): places between the listed lines, several groups per line
      from: 'synthetic set C, 2009093612',
      text: '3. les codes de nomenclature suivants sont supprimés :\n\nau 2° :\n\n450402-450413 et 450424-450435;\n\nau 5°, intitulé " Examens de l\'appareil digestif " :\n\n452185-452196;\n\nau 9° :\n\n454123-454134 et 454145-454156.',
      reads: ['repeal/prestation 450402-450413,450424-450435,452185-452196,454123-454134,454145-454156'],
    },
    {
      // second synthetic blind set (D 1995094213, E 2011095543): `numéros d'ordre suivants`, items placed under headings
      from: 'synthetic sets D and E',
      text: '2. les numéros d\'ordre suivants sont supprimés :\n\n   - sous l\'intitulé " Interventions sur l\'utérus " :\n\n   431513 - 431524\n\n   431535 - 431546\n\n   - sous l\'intitulé " Interventions sur les annexes " :\n\n   432014 - 432025;\n\n3. au § 1er, E. Urologie et néphrologie, les codes de nomenclature suivants sont supprimés :\n\n- sous l\'intitulé " Catégorie 1 " : 684515-684526 et 684530-684541;\n\n- sous l\'intitulé " Catégorie 3 " : 684596-684600;',
      reads: ['repeal/prestation 431513-431524,431535-431546,432014-432025', 'repeal/prestation 684515-684526,684530-684541,684596-684600'],
      never: ['repeal/words'],
    },
    {
      // an inverted deletion whose list goes on after a semicolon (third synthetic blind set, G 2001097233)
      from: 'synthetic set G, 2001097233',
      text: '2. dans la rubrique " 3/Hématologie ", sont supprimées les prestations 552215 - 552226; 552230 - 552241.',
      reads: ['repeal/prestation 552215-552226,552230-552241'],
    },
    {
      // fifth synthetic blind round (M 2011092569, M 2012092581): numbers or codes named before the verb, no list locator
      from: 'synthetic round 5',
      text: '3° les numéros d\'ordre 561886 et 561901 sont abrogés.\n\n4° les codes de nomenclature 229751-229762 et 229902-229913 sont supprimés.',
      reads: ['repeal/prestation 561886,561901', 'repeal/prestation 229751-229762,229902-229913'],
      never: ['repeal/words', 'repeal/provision'],
    },
    {
      // the same numbers taken out of an alinéa named by the enclosing point (2009022482): a list edit
      from: '2009022482',
      text: '5. au § 6,\n\n   a) à l\'alinéa premier, sont apportées les modifications suivantes :\n\n- le numéro d\'ordre 558456 - 558460 est supprimé;',
      reads: ['repeal/words 558456-558460'],
      never: ['repeal/prestation'],
    },
    {
      // seventh synthetic blind round (Q 1997096318): an inverted deletion whose parenthetical names the parts that go
      // with the numbers, the list one code a paragraph after a bare `les numéros :`; the same parts named before the verb
      from: 'synthetic round 7, Q 1997096318',
      text: 'a) sont supprimés, avec leur libellé et leur valeur relative, les numéros :\n\n597531;\n\n597553;\n\n597575;\n\nb) dans la règle d\'application qui suit la prestation 597590, les mots " 597531, 597553, 597575 et " sont supprimés.\n\nc) les numéros 597612, 597634 et 597656, avec leur libellé et leur valeur relative, sont supprimés.',
      reads: ['repeal/prestation 597531,597553,597575', 'repeal/words @597590', 'repeal/prestation 597612,597634,597656'],
      never: ['repeal/label', 'repeal/relativeValue', 'repeal/provision', 'repeal/words 597612'],
    },
    {
      // eighth synthetic blind round (S 1991098214, S 2002098642): the parts that go with the numbers named after them
      // by `ainsi que` (`qui s'y rapportent`, `correspondants`), the subject after the verb, a locator between them
      from: 'synthetic round 8, S 1991098214 and S 2002098642',
      text: 'B. au littera a), sous l\'intitulé " Chirurgie thoracique ", sont supprimés les numéros suivants, ainsi que les libellés et les valeurs relatives qui s\'y rapportent :\n\nParoi thoracique :\n\n227010 - 227021;\n\n227032 - 227043;\n\nOesophage :\n\n227135 - 227146.\n\nC. Sont abrogés, au § 1er, 4°, les numéros d\'ordre suivants, ainsi que les libellés et les valeurs relatives correspondants :\n\nExamens du tube digestif :\n\n455615 - 455626;\n\n455630 - 455641.',
      reads: ['repeal/prestation 227010-227021,227032-227043,227135-227146', 'repeal/prestation 455615-455626,455630-455641'],
      never: ['repeal/label', 'repeal/relativeValue', 'repeal/words'],
    },
    {
      // the same parts as other drafters name them: `de même que`, `y compris`, before the verb or after it
      from: 'synthetic round 8, variants',
      text: '1. les numéros 597612 et 597634, de même que le libellé et la valeur relative correspondants, sont supprimés.\n\n2. sont supprimées les prestations 597656 et 597671, y compris les libellés qui s\'y rapportent.',
      reads: ['repeal/prestation 597612,597634', 'repeal/prestation 597656,597671'],
      never: ['repeal/label', 'repeal/relativeValue', 'repeal/words'],
    },
    {
      // ninth synthetic blind round (T 1987093417): one possessive for both parts (`leurs libellés et valeurs
      // relatives`, `son libellé et valeur relative`), written with no comma before it, before or after the verb
      from: 'synthetic round 9, T 1987093417, and variants',
      text: '1° les numéros d\'ordre suivants ainsi que leurs libellés et valeurs relatives sont supprimés :\n\n```\n  " Paroi abdominale :\n  241312 - 241323\n  Cure de hernie ombilicale chez l\'enfant de moins de\n   deux ans                                                      K  75\n  Estomac et duodenum :\n  242314 - 242325\n  Gastrostomie par laparotomie                                   K 150 "\n```\n\n2° la prestation 597612 ainsi que son libellé et valeur relative est supprimée.\n\n3° les numéros 597634 et 597656, avec leur libellé et valeur relative, sont supprimés.\n\n4° sont supprimés les numéros suivants ainsi que leurs libellés et valeurs relatives : 597671, 597686.',
      reads: ['repeal/prestation 241312-241323,242314-242325', 'repeal/prestation 597612', 'repeal/prestation 597634,597656', 'repeal/prestation 597671,597686'],
      never: ['repeal/label', 'repeal/relativeValue', 'repeal/words'],
    },
    {
      // eighth synthetic blind round (S 1994098371): an inverted deletion with its locator between the verb and the
      // prestations, a rule after them placed by `cette dernière prestation`
      from: 'synthetic round 8, S 1994098371',
      text: '5° sont supprimées, sous l\'intitulé " 3/Immunologie ", les prestations 543550 - 543561 et 543572 - 543583, ainsi que la règle diagnostique qui suit cette dernière prestation;\n\n6° sous l\'intitulé " 9/Divers ", la prestation suivante est insérée après la prestation 546184 - 546195 :\n\n" 546206 - 546210 Dosage . . . . . B 150 ";',
      reads: ['repeal/prestation 543550-543561,543572-543583', 'repeal/rule 543572-543583 @543572', 'insertion/prestation 546206-546210 @546184'],
      never: ['repeal/words', 'repeal/provision'],
    },
    {
      // eleventh synthetic blind round (X 2008099845): the same inverted deletion with `les numéros`, unquoted, under a
      // quoted heading (the heading places them in the annex's list; a rule's numbers are quoted or the rule named)
      from: 'synthetic round 11, X 2008099845, and variant',
      text: '1. Sont supprimés, sous l\'intitulé " H. CHIRURGIE VASCULAIRE : ", les numéros 613701-613712, 613723-613734 et 613745-613756;\n\n2. Sous l\'intitulé " I. Divers ", sont supprimés les numéros 614010-614021 et 614032-614043.',
      reads: ['repeal/prestation 613701-613712,613723-613734,613745-613756', 'repeal/prestation 614010-614021,614032-614043'],
      never: ['repeal/words'],
    },
    {
      // eighth synthetic blind round (S 2023098562): an inverted deletion announcing its list, the codes under lettered
      // headings (`a) sous l'intitulé "…" :`), not places of the deletion
      from: 'synthetic round 8, S 2023098562',
      text: '5° sont supprimées les prestations suivantes :\n\n   a) sous l\'intitulé " Examens du squelette " :\n\n460106-460110;\n\n460121-460132;\n\n   b) sous l\'intitulé " Examens du crâne " :\n\n460143-460154.',
      reads: ['repeal/prestation 460106-460110,460121-460132,460143-460154'],
      never: ['repeal/words', 'repeal/provision'],
    },
    {
      // the list named by the sentence's first clause holds the second's numbers too
      from: '2013022580',
      text: '1. à l\'article 21, § 3, les numéros d\'ordre 293392-293403 sont supprimés de la liste et les numéros d\'ordre 275192-275203 sont ajoutés.',
      reads: ['repeal/words 293392-293403', 'insertion/words 275192-275203'],
      never: ['insertion/prestation', 'repeal/prestation'],
    },
  ],
};
