import { describe, expect, it } from 'vitest';
import { approvalOf } from '../../src/extract/rules/approval.js';
import { settingOf } from '../../src/extract/rules/setting.js';
import { resolveLabel } from '../../src/extract/rules/refs.js';
import { decree, paramsOf, rulesOfText, summary } from './load.js';

/**
 * Forms the forty-fifth synthetic round showed missing (test/rules/gold-synthetic/round45/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 45: limits and places in other words', () => {
  it('`Au cours d\'une même période de douze mois, … n\'est remboursé que deux fois`: the span opens the sentence', () => {
    expect(paramsOf("Au cours d'une même année civile, le bilan de suivi n'est remboursé que deux fois.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf("Par période de trois ans, l'examen n'est remboursé qu'une seule fois.", 'frequency')).toMatchObject({ max: 1, period: { count: 3, unit: 'year' } });
    // (a person opening the sentence is no span)
    expect(paramsOf("Par bénéficiaire, l'examen ne peut être attesté qu'une fois.", 'frequency')).toMatchObject({ max: 1, period: null });
  });

  it('`Seule une des prestations … par jour, et ce au maximum trois fois par …`: two limits', () => {
    const s = 'Seule une des prestations 799105 - 799116 ou 799120 - 799131 peut être portée en compte par jour, et ce au maximum quatre fois par période de six mois.';
    expect(rulesOfText(decree('**Article 1er.** A l\'article 9 de l\'annexe, l\'alinéa suivant est inséré :', '', `" ${s} "`)).filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([
      { max: 1, period: { count: 1, unit: 'day' } },
      { max: 4, period: { count: 6, unit: 'month' } },
    ]);
  });

  it('`… que si le Collège des médecins-directeurs a donné son accord`: the Collège, whatever the verb', () => {
    expect(paramsOf("Cette prestation n'est pas remboursable avant l'âge de 16 ans, à moins que le Collège des médecins-directeurs n'ait marqué son accord.", 'priorApproval')).toEqual({ by: 'collegeOfMedicalDirectors' });
    expect(paramsOf('La prestation 799105 n\'est remboursée que si le Collège des médecins-directeurs a donné son accord.', 'priorApproval')).toEqual({ by: 'collegeOfMedicalDirectors' });
    // (not the Collège's leave for something else, nor what it authorises: a centre, a convention)
    expect(approvalOf("La prestation 799105 n'est remboursée qu'avec l'accord du médecin-conseil, sauf si le Collège des médecins-directeurs a autorisé le centre.")).toBe('advisingPhysician');
    expect(approvalOf('Le centre doit être autorisé par le Collège des médecins-directeurs pour conclure la convention.')).toBeNull();
    expect(approvalOf('Le Collège des médecins-directeurs a donné son accord sur la convention type.')).toBeNull();
  });

  it('`… que si elles sont délivrées par un orthopédiste agréé`: who may deliver it', () => {
    expect(paramsOf('Les orthèses du point B ne sont remboursées que si elles sont délivrées par un bandagiste agréé.', 'qualification')).toMatchObject({ specialties: ['bandagiste agréé'] });
    // (a condition on who delivers it is no restriction)
    expect(paramsOf("Lorsque l'orthèse est délivrée par un bandagiste, le prix est réduit de 10 %.", 'qualification')).toBeUndefined();
    // (nor a document someone delivers)
    expect(paramsOf("L'attestation de soins donnés est délivrée par le kinésithérapeute au bénéficiaire.", 'qualification')).toBeUndefined();
  });

  it('`n\'est jamais remboursée chez un patient ambulant`: in hospital only; a choice of both is no place', () => {
    expect(settingOf("La prestation 799105-799116 n'est jamais remboursée chez un patient ambulant.")).toBe('hospitalised');
    expect(settingOf('Ces prestations ne sont pas attestables pour les bénéficiaires non hospitalisés.')).toBe('hospitalised');
    expect(settingOf("Cette prestation n'est remboursée que pour les bénéficiaires hospitalisés ou ambulants.")).toBeNull();
    expect(settingOf('Ce forfait ne peut être attesté que pour les patients hospitalisés et non hospitalisés.')).toBeNull();
    expect(settingOf('Ce forfait ne peut être attesté que pour les patients hospitalisés.')).toBe('hospitalised');
    expect(settingOf("Cette prestation n'est remboursée que pour les bénéficiaires hospitalisés et non pour les ambulants.")).toBe('hospitalised');
  });
});

describe('round 45: prestations named by their label', () => {
  const table = [
    '" Art. 23. § 1er. Rééducation',
    '',
    '_Table:_',
    '',
    '| 799142 | Séance de rééducation vestibulaire au cabinet, d\'une durée d\'au moins 30 minutes | V | 10 |',
    '| --- | --- | --- | --- |',
    '| 799164 | Séance de rééducation vestibulaire au domicile, d\'une durée d\'au moins 30 minutes | V | 12 |',
    '| 799186 | Bilan vestibulaire complet avec rapport écrit au médecin traitant | V | 30 |',
    '| 799201 | Consultation de suivi vestibulaire au cabinet | V | 8 |',
    '',
  ];
  const rulesOf = (...lines: string[]) => rulesOfText(decree("**Article 1er.** L'article 23 de l'annexe est remplacé par ce qui suit :", '', ...table, ...lines));

  it('`Par bénéficiaire, au maximum vingt séances de … peuvent être attestées par année civile`: a span, then the counted acts', () => {
    const rules = rulesOf('Par bénéficiaire, au maximum vingt séances de rééducation vestibulaire peuvent être attestées par année civile. "');
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '799142 799164']]);
  });

  it('`Les honoraires pour les séances de … ne sont pas cumulables entre eux`: acts named through their fee', () => {
    const rules = rulesOf('Les honoraires pour les séances de rééducation vestibulaire ne sont pas cumulables entre eux. "');
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '799142 799164']]);
  });

  it('`… avec la consultation de suivi`, `… avec les honoraires pour le bilan vestibulaire`: the party a table defines by that label', () => {
    const [a] = rulesOf('La prestation 799186 ne peut pas être cumulée le même jour avec la consultation de suivi vestibulaire. "').filter((r) => r.type === 'nonCumulation');
    expect(a.with).toMatchObject({ codes: [['799201']], labels: ['la consultation de suivi vestibulaire'] });
    const [b] = rulesOf('La prestation 799201 ne peut jamais être cumulée avec les honoraires pour le bilan vestibulaire. "').filter((r) => r.type === 'nonCumulation');
    expect(b.with).toMatchObject({ codes: [['799186']] });
    // (a name no label opens with its first two words names none: `la consultation visée ci-dessus` is not every consultation)
    const [c] = rulesOf('La prestation 799186 ne peut pas être cumulée le même jour avec la consultation visée ci-dessus. "').filter((r) => r.type === 'nonCumulation');
    expect(c.with?.codes).toEqual([]);
  });

  it('a name with its article is the label it opens whole: no shorter prefix, no article taken from a word', () => {
    const labelled = [
      ['799223', 'Laparoscopie diagnostique'],
      ['799245', 'Prothèse du genou'],
      ['799260', 'Consultation au cabinet du médecin généraliste'],
      ['799282', 'Consultation au cabinet du médecin spécialiste en pédiatrie'],
    ].map(([code, label]) => ({ codes: [[code]], label, start: 0 }));
    expect(resolveLabel('laparoscopie', labelled)).toEqual([['799223']]);
    expect(resolveLabel('la consultation au cabinet du médecin spécialiste en pédiatrie', labelled)).toEqual([['799282']]);
    expect(resolveLabel('les prothèses du genou', labelled)).toEqual([['799245']]);
    expect(resolveLabel('les prothèses du bras', labelled)).toEqual([]);
    expect(resolveLabel('la consultation visée ci-dessus', labelled)).toEqual([]);
  });

  it('a rule before its table names the table\'s prestations by their label', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** L'article 23 de l'annexe est remplacé par ce qui suit :",
        '',
        '" Art. 23. § 1er.',
        '',
        '799001 Bilan vestibulaire initial K 20',
        '',
        "La prestation 799001 ne peut être attestée qu'une fois par jour.",
        '',
        '§ 2. Les séances de rééducation vestibulaire ne sont remboursées que vingt fois par année civile.',
        '',
        '§ 3.',
        '',
        ...table.slice(2, 7),
        '"',
      ),
    );
    expect(summary(rules)).toEqual([['frequency', '799001'], ['frequency', '799142 799164']]);
  });

  it('a subject named through its fee is a prestation defined before it, not one a later table defines', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** L'article 23 de l'annexe est remplacé par ce qui suit :",
        '',
        '" Art. 23. § 1er. Psychothérapie',
        '',
        '_Table:_',
        '',
        '|  | Les honoraires pour les traitements psychothérapeutiques ne sont pas cumulables avec la consultation. |',
        '| --- | --- |',
        '',
        '_Table:_',
        '',
        "| 799223 | Traitement psychothérapeutique d'enfant, d'une durée de 60 minutes | N | 40 |",
        '| --- | --- | --- | --- |',
        '"',
      ),
    );
    expect(rules.filter((r) => r.type === 'nonCumulation').flatMap((r) => r.codes)).not.toContainEqual(['799223']);
  });
});
