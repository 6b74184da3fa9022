import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 94 (scored blind first: test/rules/gold-synthetic/round94/SCORE-BLIND.txt), each written here
 * in words of our own. Codes 461010-461021, 461032-461043, 461054-461065 (check digit: first five mod 7).
 */
const quote = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 22 de l'annexe, le § 3 est remplacé par ce qui suit :", '', `" ${lines.join('\n\n')} "`));

describe('misses of round 94 (tuned)', () => {
  it('`ces prestations` in a quote put into the same point of a § as an earlier quote of rules: that rule\'s prestations', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 7 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Le § 9, 3°, alinéa 1er est remplacé par la disposition suivante :',
        '',
        '" 3° Les prestations 461010 - 461021 et 461032 - 461043 peuvent être attestées au maximum vingt fois par année civile. ";',
        '',
        '2. Au § 9, 3°, l\'alinéa suivant est inséré entre les alinéas 1er et 2 :',
        '',
        '" Par dérogation à l\'alinéa précédent, ces prestations peuvent être attestées au maximum quarante fois par année civile pour les bénéficiaires visés au § 10. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '461010-461021 461032-461043'],
      ['frequency', '461010-461021 461032-461043'],
    ]);
  });

  it('`Parmi les prestations X, Y et Z, deux au maximum peuvent être portées en compte par année civile`: a frequency on them', () => {
    const rules = quote('§ 3. Parmi les prestations 461010 - 461021, 461032 - 461043 et 461054 - 461065, deux au maximum peuvent être portées en compte par année civile.');
    expect(summary(rules)).toEqual([['frequency', '461010-461021 461032-461043 461054-461065']]);
    expect(rules[0].params).toMatchObject({ max: 2, period: { count: 1, unit: 'calendarYear' } });
  });

  it('a note written `dans les deux dossiers`: documentation', () => {
    expect(typesOf('A chaque séance, une note est consignée dans les deux dossiers.')).toEqual(['documentation']);
  });

  it('`Une seule de ces sondes …` after a rule on prestations: theirs, and a second limit over a year is no quantity', () => {
    const rules = quote(
      '§ 3. Les prestations 461010 - 461021 et 461032 - 461043 ne sont remboursées que sur prescription d\'un médecin spécialiste en urologie.',
      'Une seule de ces sondes peut être remboursée par période de deux mois, avec un maximum de quatre sondes par année civile.',
    );
    expect(summary(rules)).toEqual([
      ['documentation', '461010-461021 461032-461043'],
      ['frequency', '461010-461021 461032-461043'],
      ['frequency', '461010-461021 461032-461043'],
    ]);
    expect(rules.filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([
      { max: 1, period: { count: 2, unit: 'month' } },
      { max: 4, period: { count: 1, unit: 'calendarYear' } },
    ]);
  });

  it('things named by their place and their quoted title (`Les dispositifs visés au § 1er, G., intitulé " … "`): those under it', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Au § 1er, intitulé " G. NEUROLOGIE ", intitulé " Catégorie 2 ", l\'intitulé et les prestations suivants sont ajoutés :',
        '',
        '" Neurostimulateurs médullaires :',
        '',
        '461010-461021',
        '',
        'Neurostimulateur rechargeable, y compris la télécommande . . . . . U 9000',
        '',
        '461032-461043',
        '',
        'Electrode médullaire à huit plots . . . . . U 1200 ";',
        '',
        '2. Le § 21 est remplacé par ce qui suit :',
        '',
        '" § 21. Les dispositifs visés au § 1er, G., catégorie 2, intitulé " Neurostimulateurs médullaires " ne sont remboursés que si l\'implantation est effectuée par un médecin spécialiste en neurochirurgie. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '461010-461021 461032-461043']]);
  });

  it('`…, avec un maximum de N <actes> au cours des … semaines qui suivent …`: a second limit', () => {
    const limits = typesOf("Elle ne peut être attestée qu'une fois par jour, avec un maximum de 5 séances au cours des huit semaines qui suivent l'intervention.");
    expect(limits).toEqual(['frequency', 'frequency']);
  });

  it('`doit motiver ces séances dans le dossier`: documentation kept in the file', () => {
    expect(paramsOf('Le kinésithérapeute doit motiver ces séances dans le dossier du bénéficiaire.', 'documentation')).toMatchObject({ keptInFile: true });
  });

  it('`… que si la séance a lieu dans un service … d\'un hôpital`: the hospital setting', () => {
    expect(paramsOf("La prestation 461010 - 461021 ne peut être attestée que si la séance a lieu dans un service de pneumologie d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
  });

  it('among themselves, the code an exception names is no other party', () => {
    const rules = quote(
      '§ 3. Les prestations 461010 - 461021 et 461032 - 461043 ne sont remboursables que sur prescription d\'un médecin spécialiste en neurologie.',
      "Elles ne sont pas cumulables entre elles au cours d'une période de trois mois, à moins que le résultat de la prestation 461010 - 461021 ne soit douteux.",
    );
    const bar = rules.find((r) => r.type === 'nonCumulation');
    expect(bar?.with).toMatchObject({ codes: [], mutual: true });
  });
});
