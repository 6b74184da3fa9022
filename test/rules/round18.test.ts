import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText, summary, typesOf as types, paramsOf } from './load.js';

/**
 * Forms the eighteenth synthetic round showed missing (test/rules/gold-synthetic/round18/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
const frequencies = (s: string) => typeSentence(s).filter((t) => t.type === 'frequency').map((t) => t.params);

describe('limits', () => {
  it('`sur une période continue de N mois`', () => {
    expect(paramsOf('Des accords peuvent être donnés pour un maximum de trente séances sur une période continue de 6 mois.', 'frequency')).toMatchObject({ max: 30, period: { count: 6, unit: 'month' } });
  });

  it('`Au-delà de N séances par an, … l’autorisation du médecin-conseil`: a threshold for an approval, no limit', () => {
    expect(types("Au-delà de soixante séances par année civile, l'intervention de l'assurance est subordonnée à l'autorisation du médecin-conseil.")).toEqual(['priorApproval']);
  });

  it('`Une seule prothèse … par mâchoire au cours de la vie`, `une fois tous les trois ans`', () => {
    expect(paramsOf('Une seule plaque palatine est remboursée par mâchoire au cours de la vie du bénéficiaire.', 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf("L'ajustage peut être remboursé une fois tous les quatre ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 4, unit: 'year' } });
    expect(types('La kinésithérapie doit être effectuée au moins une fois tous les 2 mois.')).not.toContain('frequency');
  });

  it('the first span named is the first limit’s: `une seule fois au cours d’une même séance et au maximum N fois par trimestre`', () => {
    expect(frequencies("La prestation 444011 peut être attestée une seule fois au cours d'une même séance de traitement et au maximum trente fois par trimestre.")).toMatchObject([
      { max: 1, period: { count: 1, unit: 'session' } },
      { max: 30, period: { count: 3, unit: 'month' } },
    ]);
  });

  it('`est limité à N cm2 par intervention`: an area, a quantity (not a label’s size)', () => {
    expect(paramsOf("Par intervention, le remboursement du treillis est limité à 300 cm2 au total.", 'quantity')).toMatchObject({ max: 300 });
    expect(types('Greffe de peau couvrant une surface de 10 cm2 à 50 cm2')).toEqual([]);
  });
});

describe('relations', () => {
  it('`n’est cumulable, le même jour, ni avec … ni avec …`', () => {
    expect(paramsOf("La prestation 471100 n'est cumulable, le même jour, ni avec la prestation 471122 ni avec la prestation 471133.", 'nonCumulation')).toEqual({ scope: 'sameDay' });
  });

  it('`Aucune prestation de l’article N ne peut être portée en compte le jour où la prestation X …`: on X, with the article', () => {
    const text = decree(
      "**Art. 1.** A l'article 18 de l'annexe, la règle suivante est insérée :",
      '',
      "\" Aucune prestation de l'article 17bis ne peut être portée en compte le jour où la prestation 444011-444022 est effectuée. \"",
    );
    const [rule] = rulesOfText(text);
    expect([rule.type, rule.codes, rule.with?.articles, rule.params]).toEqual(['nonCumulation', [['444011', '444022']], ['17bis'], { scope: 'sameDay' }]);
  });

  it('`ni avec une autre prestation …` names the other party: not among themselves', () => {
    const text = decree(
      "**Art. 1.** A l'article 20 de l'annexe, la règle suivante est insérée :",
      '',
      '" Les prestations 473011-473022 et 473033-473044 ne peuvent être portées en compte que chez un patient hospitalisé.',
      '',
      'Elles ne sont cumulables, le même jour, ni avec une autre prestation endoscopique ni avec une échographie. "',
    );
    const rule = rulesOfText(text).find((r) => r.type === 'nonCumulation');
    expect(rule?.with?.mutual).toBe(false);
  });
});

describe('fees, approvals, settings', () => {
  it('`sont réduits à 50 % de leur valeur`, `est ramenée à 60 % des honoraires`', () => {
    expect(isNormative('Dans ce cas, les honoraires de la prestation 471100 sont réduits à 50 % de leur valeur.')).toBe(true);
    expect(paramsOf('Dans ce cas, les honoraires de la prestation 471100 sont réduits à 50 % de leur valeur.', 'billingPercentage')).toMatchObject({ percentage: 50 });
    expect(paramsOf("En cas de décès, l'intervention de l'assurance est ramenée à 75 % des honoraires.", 'billingPercentage')).toMatchObject({ percentage: 75 });
  });

  it('`Cette prestation comprend … et n’est pas cumulable …`: what it includes, then its limit', () => {
    expect(types("Cette prestation comprend la lecture des deux prélèvements et n'est pas cumulable avec la prestation 471100.")).toEqual(['nonCumulation', 'coverage']);
  });

  it('`n’est accordée qu’avec l’accord du Conseil technique …`: another body’s approval', () => {
    expect(paramsOf("L'intervention de l'assurance n'est accordée qu'avec l'accord du Conseil technique dentaire.", 'priorApproval')).toEqual({ by: 'other' });
  });

  it('settings: `qui n’est pas hospitalisé`, `que lorsqu’elles sont effectuées dans un centre`, `… a lieu au cours d’une hospitalisation`', () => {
    expect(paramsOf("La prestation n'est remboursable que pour un bénéficiaire qui n'est pas hospitalisé.", 'setting')).toEqual({ setting: 'ambulatory' });
    expect(paramsOf("Ces prestations ne sont honorées que lorsqu'elles sont effectuées dans un centre agréé.", 'setting')).toEqual({ setting: 'centre' });
    expect(paramsOf("L'intervention de l'assurance n'est due que si la pose a lieu au cours d'une hospitalisation.", 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('qualifications', () => {
  it('`peut également être attestée, sans prescription, par le médecin spécialiste en …`, `est également accessible aux …`', () => {
    expect(types('Elle peut également être attestée, sans renvoi, par le médecin spécialiste en gériatrie.')).toContain('qualification');
    expect(isNormative('La prestation 471100 est également accessible aux médecins spécialistes en urologie.')).toBe(true);
    expect(paramsOf('La prestation 471100 est également accessible aux médecins spécialistes en urologie.', 'qualification')).toMatchObject({ specialties: ['urologie'], additional: true });
  });

  it('`Relèvent de la compétence exclusive des spécialistes en …` over a heading and its table: every prestation it introduces', () => {
    const text = decree(
      "**Art. 1.** Un article 24quater, rédigé comme suit, est inséré dans l'annexe :",
      '',
      '" Article 24quater. Les prestations suivantes relèvent de la compétence exclusive des spécialistes en biologie clinique :',
      '',
      '§ 1er. Tests moléculaires :',
      '',
      '557011-557022 Détection du virus A B 1000',
      '',
      'Cette détection ne peut être attestée qu’une fois par jour.'.replace('’', "'"),
      '',
      '557033-557044 Détection du virus B B 1200',
      '',
      '§ 2. Le rapport est transmis au médecin prescripteur. "',
    );
    const rule = rulesOfText(text).find((r) => r.type === 'qualification');
    expect(rule?.codes).toEqual([['557011', '557022'], ['557033', '557044']]);
  });
});

describe('documents', () => {
  it('joined, sent, kept, paid only once recorded', () => {
    for (const s of [
      "Le médecin qui réalise l'examen joint cette prescription au dossier médical du patient.",
      'Le médecin implanteur lui transmet, avant la pose, un rapport motivé.',
      'Un dossier de suivi est tenu par le psychologue.',
      'Une copie des résultats est versée au dossier infirmier.',
      'Le chirurgien mentionne dans le protocole opératoire la taille de la prothèse.',
      "Le remboursement de ces implants est subordonné à l'enregistrement des données dans le registre.",
    ])
      expect(types(s)).toEqual(['documentation']);
  });

  it('the items of `… que si chacune des conditions ci-après est remplie :` are on the paragraph’s prestations', () => {
    const text = decree(
      "**Art. 1.** A l'article 17 de l'annexe, le § 3 est remplacé par ce qui suit :",
      '',
      '" § 3. Echographies de contraste :',
      '',
      '463011-463022 Echographie de contraste, avec protocole N 100',
      '',
      '463033-463044 Echographie de contraste chez l’enfant, avec protocole N 110'.replace('’', "'"),
      '',
      'Les prestations visées au présent paragraphe ne sont remboursées que si chacune des conditions ci-après est remplie :',
      '',
      '1° la demande précise la question clinique posée;',
      '',
      '2° le compte rendu est versé au dossier du patient. "',
    );
    expect(summary(rulesOfText(text).filter((r) => r.type === 'documentation'))).toEqual([
      ['documentation', '463011-463022 463033-463044'],
      ['documentation', '463011-463022 463033-463044'],
    ]);
  });
});
