import type { Construction } from './types.js';

/**
 * What a unit of the annex named as the subject is (read by subject.ts):
 * the alinéas that follow a prestation are its application rules
 * (`les deux alinéas qui suivent la prestation X sont supprimés` → a rule
 * anchored at X, not a provision), and so is an alinéa named inside them
 * (`dans les règles d'application qui suivent la prestation X, l'alinéa 3
 * est abrogé`); headings inserted together with
 * prestations (`l'intitulé et la prestation suivants sont insérés`) are a
 * provision besides the prestations, as inserting a heading is (so is a
 * rubric inserted with its prestations, read by refine.ts); text added to
 * the rubric "Règles diagnostiques" is rules, its name quoted or not. A unit
 * repealed with the prestations it holds named (`le littera c) et les
 * prestations X, Y qu'il comporte`, `la rubrique "…", qui comprend les
 * prestations X, Y,`, `la rubrique suivante est supprimée : "<code lines>"`)
 * is a provision and those prestations; named without codes, the unit only.
 * A unit named by its title (Justel's `` `G. Cumuls et règles de
 * tarification' ``) completed by an alinéa is a provision: the title's words
 * name it, they are not a rule noun.
 */
export const unitSubjects: Construction = {
  id: 'unit-subjects',
  summary: 'alinéas following a prestation → rule; headings or rubrics inserted or repealed with their prestations → provision + prestation; the rubric of diagnostic rules completed → rule',
  examples: [
    {
      from: '2003022339',
      text: '1. à l\'article 17, § 1er, 11°, les deux alinéas qui suivent la prestation 458872-458883 sont supprimés.',
      reads: ['repeal/rule 458872-458883 @458872'],
      never: ['repeal/provision', 'repeal/prestation'],
    },
    {
      // an alinéa named inside the rules that follow a prestation is rule text too; a § alone stays a provision
      // (synthetic round 19, BB 2020079655)
      from: 'synthetic round 19, BB 2020079655',
      text: '1° au § 1er, dans les règles d\'application qui suivent la prestation 201434-201445, l\'alinéa 3 est abrogé;\n\n2° les §§ 4 et 4bis sont abrogés;',
      reads: ['repeal/rule 201434-201445 @201434', 'repeal/provision'],
      never: ['repeal/prestation'],
    },
    {
      // the disposition after a prestation is its rule too (fourteenth synthetic blind round, AI 2016098814)
      from: 'synthetic round 14, AI 2016098814',
      text: '- la disposition figurant après la prestation 771212 - 771223 est remplacée par la disposition suivante :\n\n" Les prestations 771190-771201 et 771212-771223 ne peuvent pas être cumulées entre elles pour le même oeil. ";\n\n- les dispositions qui suivent la prestation 771234 - 771245 sont supprimées;\n\n- la disposition placée après la prestation 771256 - 771260 est complétée par l\'alinéa suivant : " Maximum une fois par an. "',
      reads: ['substitution/rule 771212-771223 @771212', 'repeal/rule 771234-771245 @771234', 'insertion/rule 771256-771260 @771256'],
      never: ['substitution/provision', 'repeal/provision', 'insertion/provision', 'repeal/prestation'],
    },
    {
      // the rule after a prestation completed by an alinéa: more of that rule (sixth synthetic blind round, O 2019094963);
      // a unit completed by an alinéa is a provision (`le § 2 est complété par l'alinéa suivant`)
      from: 'synthetic round 6, 2019094963',
      text: '5° au 11°, la règle d\'application qui suit la prestation 459421-459432 est complétée par l\'alinéa suivant :\n\n" Cette prestation ne peut être attestée qu\'une fois par an. "\n\n6° le § 2 est complété par l\'alinéa suivant :\n\n" Le médecin conserve le rapport. "',
      reads: ['insertion/rule 459421-459432 @459421', 'insertion/provision'],
      never: ['insertion/provision @459421'],
    },
    {
      from: '2012022065',
      text: '1. au § 1er, intitulé " D. Oto-rhino-laryngologie : ", l\'intitulé et la prestation suivants sont insérés :\n\n" Filtres pour patients trachéotomisés :\n\n733434 Filtres échangeur de chaleur et d\'humidité . . . . . U230 ";',
      reads: ['insertion/prestation 733434', 'insertion/provision'],
    },
    {
      from: '2006022042',
      text: '1. au § 1er, les intitulés et prestations suivants sont insérés après la prestation 683410-683421 :\n\n" C. Neurochirurgie :\n\nCatégorie 1 :\n\n695516-695520 Neurostimulateur . . . . . U 100 "',
      reads: ['insertion/prestation 695516-695520 @683410', 'insertion/provision @683410'],
    },
    {
      from: '1999022424',
      text: '5. la rubrique suivante est insérée après la prestation 598485 :\n\n" Tests de provocation\n\n598861 Test de provocation bronchique . . . . . B 300 "',
      reads: ['insertion/prestation 598861 @598485', 'insertion/provision @598485'],
    },
    {
      from: '2014022214',
      text: '2. la rubrique "Règles diagnostiques" est complétée comme suit :\n\n"98 Les prestations 559333-559344 et 434512-434523 ne peuvent être portées en compte que si …"',
      reads: ['insertion/rule'],
      never: ['insertion/provision'],
    },
    {
      // inverted: the verb right after the locator's comma, its subject after it
      from: '2013022020',
      text: 'A l\'article 14, g), de l\'annexe, modifié en dernier lieu par l\'arrêté royal du 2 juillet 2008, sont insérées les règles d\'application suivantes après la prestation 431955-431966 :\n\n" La prestation 431955-431966 ne peut pas être cumulée avec la prestation 431970-431981. "',
      reads: ['insertion/rule 431955-431966 @431955'],
      never: ['insertion/provision'],
    },
    {
      // the same, with an anchor between commas before the subject (synthetic round 19, BA 2011079512)
      from: 'synthetic round 19, BA 2011079512',
      text: 'A l\'article 14, k), de l\'annexe, modifié en dernier lieu par l\'arrêté royal du 19 novembre 2010, est insérée, après la prestation 293521-293532, la prestation suivante :\n\n" 293543-293554\n\nArthrodèse de l\'articulation tibio-tarsienne par voie arthroscopique . . . . . K 225 "',
      reads: ['insertion/prestation 293543-293554 @293521'],
      never: ['insertion/provision'],
    },
    {
      // first synthetic blind set (A, 1999091405 and 2006091439)
      from: 'synthetic set A',
      text: '1. le littera c) et les prestations 558515 - 558526, 558530 - 558541 et 558552 - 558563 qu\'il comporte sont abrogés.\n\n2. la rubrique " Surveillance d\'un bénéficiaire ", qui comprend les prestations 597144, 597166, 597181 et 597203, est supprimée;\n\n3. la rubrique suivante est supprimée :\n\n" Valves cardiaques biologiques :\n\n613362 - 613373 Valve aortique . . . . . U 500\n\n613384 - 613395 Valve mitrale . . . . . U 500 ";',
      reads: ['repeal/provision', 'repeal/prestation 558515-558526,558530-558541,558552-558563', 'repeal/provision', 'repeal/prestation 597144,597166,597181,597203', 'repeal/provision', 'repeal/prestation 613362-613373,613384-613395'],
    },
    {
      // the unit and what it holds after a quoted heading of the locator (first synthetic blind set, A 2006091439):
      // the heading places the unit, it is not the subject
      from: 'synthetic set A, 2006091439',
      text: '2. sous l\'intitulé " G. Chirurgie thoracique et cardiologie ", catégorie 1, le point 3, qui comprend les prestations 684924-684935, 684946-684950 et 684961-684972, est abrogé.',
      reads: ['repeal/provision', 'repeal/prestation 684924-684935,684946-684950,684961-684972'],
      never: ['repeal/words'],
    },
    {
      from: '2000022259',
      text: 'c) le point b) et les prestations qu\'il comporte sont supprimés.',
      reads: ['repeal/provision'],
      never: ['repeal/prestation'],
    },
    {
      // a decree withdrawn or repealed by an article of this one (synthetic set C, 2001093417): a provision, no codes
      from: 'synthetic set C, 2001093417',
      text: '1. L\'arrêté royal du 7 mars 2001 modifiant l\'article 25 de l\'annexe est rapporté.\n\n2. L\'article 2 de l\'arrêté royal du 19 février 2001 modifiant l\'article 26 de l\'annexe est abrogé.',
      reads: ['repeal/provision', 'repeal/provision'],
    },
    {
      // second synthetic blind set (D 1999094071, E 2006095387): `ainsi que` joins the unit and its prestations; a rubric completed creates no unit
      from: 'synthetic sets D and E',
      text: 'C. le d), ainsi que les prestations 474014 - 474025, 474036 - 474040 et 474051 - 474062 qu\'il comporte, sont abrogés.\n\nD. la rubrique " 3/HEMATOLOGIE " est complétée comme suit :\n\n" 552311-552322 Dosage de la ferritine . . . . . B 250 ";',
      reads: ['repeal/provision', 'repeal/prestation 474014-474025,474036-474040,474051-474062', 'insertion/prestation 552311-552322'],
      never: ['insertion/provision'],
    },
    {
      // third synthetic blind set (G, H, I): relative clauses describe the subject; `cette prestation` places a rule;
      // an inverted `il est ajouté à la rubrique … une règle`; `ainsi que` with a heading
      from: 'synthetic sets G, H and I',
      text: '1° la prestation 453515 - 453526, qui fait double emploi avec la prestation 453530 - 453541, est supprimée;\n\n2° la prestation 444754-444765, qui figure sous le 2°, est supprimée;\n\n3° la valeur relative de la prestation 458312 - 458323 est portée à N 140, et la règle d\'application qui suit cette prestation est abrogée.\n\n4° il est ajouté à la rubrique Règles diagnostiques une règle 141, rédigée comme suit :\n\n" 141 La prestation 550712-550723 n\'est remboursée que sur prescription. ";\n\n5° l\'intitulé "Catégorie 3" ainsi que les prestations 683712-683723 et 683734-683745 qui y sont reprises sont abrogés.',
      reads: ['repeal/prestation 453515-453526', 'repeal/prestation 444754-444765', 'substitution/relativeValue 458312-458323', 'repeal/rule 458312-458323 @458312', 'insertion/rule', 'repeal/provision', 'repeal/prestation 683712-683723,683734-683745'],
      never: ['repeal/prestation 453515-453526,453530-453541', 'insertion/provision'],
    },
    {
      // eighth synthetic blind round (S 1991098214): the subject's history, `dont la valeur relative a été modifiée par …`,
      // describes it; its value is not what goes
      from: 'synthetic round 8, S 1991098214',
      text: 'C. au littera c), la prestation 256174 - 256185, insérée par l\'arrêté royal du 7 janvier 1987 et dont la valeur relative a été modifiée par l\'arrêté royal du 22 juillet 1988, est supprimée et, dans le libellé de la prestation 256196 - 256200, les mots " de la face " sont remplacés par les mots " de la face ou du cou ".',
      reads: ['repeal/prestation 256174-256185', 'substitution/label 256196-256200'],
      never: ['repeal/relativeValue', 'repeal/label'],
    },
    {
      // eleventh synthetic blind round (Z 2023090012): a heading deleted `et les prestations qu'il comporte`, which the
      // quote lists: the heading (a provision) and its prestations go
      from: 'synthetic round 11, Z 2023090012',
      text: '4. l\'intitulé suivant et les prestations qu\'il comporte sont supprimés :\n\n" Hernies diaphragmatiques :\n\n227220-227231\n\nCure de hernie diaphragmatique par voie abdominale . . . . . K 300\n\n227242-227253\n\nCure de hernie diaphragmatique par voie thoracique . . . . . K 350 ";',
      reads: ['repeal/provision', 'repeal/prestation 227220-227231,227242-227253'],
    },
    {
      // twelfth synthetic blind round (AB 2018092031, modelled on 2016022406 whose point 6 is the second text): a unit
      // named by its backtick-quoted title; the rubric of rules named so stays rules
      from: 'synthetic round 12, AB 2018092031; 2016022406',
      text: '6. `G. Cumuls et règles de tarification\', est complété par un alinéa rédigé comme suit :\n\n" Lorsqu\'un gilet de compression et un manchon sont fournis simultanément, ils ne comptent que pour une seule pièce. "\n\n7. `F. Cumuls et tarifications particulières\', est complété par un alinéa rédigé comme suit :\n\n" Lorsqu\'une veste et le segment soutien-gorge sont délivrés ensemble, cela ne compte que pour une seule prestation. "\n\n8. la rubrique `Règles diagnostiques\' est complétée comme suit :\n\n" Règle 141 : la prestation 734042 n\'est remboursée qu\'une fois. "',
      reads: ['insertion/provision', 'insertion/provision', 'insertion/rule'],
      never: ['insertion/words'],
    },
    {
      // seventeenth synthetic blind round (AS 2011076023): a heading completed by a heading and its numbers (no label, no
      // value) is a provision put into the list, as `l'intitulé "…" est complété comme suit : "Ciments osseux : …"` is
      from: 'synthetic round 17, AS 2011076023',
      text: '3. Au § 16, rubrique "A. Orthopédie et traumatologie", l\'intitulé "catégorie 1" est complété par l\'intitulé et les numéros suivants :\n\n"Ciments osseux :\n\n738625-738636, 738640-738651 et 738662-738673.";',
      reads: ['insertion/provision'],
      never: ['insertion/words', 'insertion/prestation', 'insertion/provision 7'],
    },
  ],
};
