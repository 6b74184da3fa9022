import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, rulesOfText, typesOf } from './load.js';

/**
 * What the fortieth synthetic round showed missing (test/rules/gold-synthetic/round40/SCORE-BLIND.txt, scored before
 * any of these changes), in wordings of our own.
 */
describe('round 40: a scale of percentages', () => {
  // the form of real decree 2005022718 (`… l'intervention de l'assurance est ramenée à : - 25 % si … - 50 % si …`),
  // which two writers of rounds 39 and 40 modelled: what is paid when the work stops at each stage
  const decree = (intro: string) => `---
number: 2012970002
title-fr: "Arrêté royal (synthétique)"
publication: 2012-05-10
---
**Article 1er.** L'article 6 de l'annexe est complété par ce qui suit :

" 1.4. ${intro}

- 30 % lorsque les empreintes ont été prises;

- 60 % lorsque, en outre, l'essai a été réalisé;

- 85 % lorsque l'appareil est terminé mais n'a pas été placé.

Les pièces justificatives sont fournies à l'organisme assureur. "
`;

  it('one billing percentage per step, on the prestation the intro names', () => {
    const rules = rulesOfText(decree("Si le bénéficiaire décède avant le placement de l'appareil, l'intervention de l'assurance pour la prestation 379510-379521 est ramenée à :"));
    const steps = rules.filter((r) => r.type === 'billingPercentage');
    expect(steps.map((r) => (r.params as { percentage: number }).percentage)).toEqual([30, 60, 85]);
    for (const r of steps) expect(r.codes).toEqual([['379510', '379521']]);
  });

  it('`sont réduits à :` too', () => {
    const rules = rulesOfText(decree('En cas de décès du bénéficiaire en cours de traitement, les honoraires de la prestation 379510-379521 sont réduits à :'));
    expect(rules.filter((r) => r.type === 'billingPercentage').map((r) => (r.params as { percentage: number }).percentage)).toEqual([30, 60, 85]);
  });
});

describe('round 40: where a prestation is done', () => {
  it('`ne sont jamais attestables pour un bénéficiaire hospitalisé`: ambulatory, a rule sentence', () => {
    expect(paramsOf('Les prestations 567814 et 567873 ne sont jamais attestables pour un bénéficiaire hospitalisé.', 'setting')).toEqual({ setting: 'ambulatory' });
    // (the sentence is read as a rule at all: it held no form the rule reader looks for first)
    expect(rulesOfQuote('Les prestations 567814 et 567873 ne sont jamais attestables pour un bénéficiaire hospitalisé.').map((r) => r.type)).toContain('setting');
    expect(rulesOfQuote('Les prestations 590671 et 590796 ne donnent lieu à un remboursement que si elles sont réalisées dans un hôpital.').map((r) => r.type)).toContain('setting');
  });

  it('`ne donnent lieu à un remboursement que si elles sont réalisées dans un hôpital`: in a hospital', () => {
    expect(paramsOf('Les prestations 590671-590682 et 590796-590800 ne donnent lieu à un remboursement que si elles sont réalisées dans un hôpital.', 'setting')).toEqual({ setting: 'hospital' });
  });

  it('`que si elles sont effectuées dans le service de … d’un hôpital`: in a hospital', () => {
    expect(paramsOf("Les prestations 558202-558213 ne sont remboursées que si elles sont effectuées dans le service de médecine physique d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
  });
});

describe('round 40: what is no scale of percentages (second reader)', () => {
  const quote = (intro: string, items: string[]) => `---
number: 2012970003
title-fr: "Arrêté royal (synthétique)"
publication: 2012-05-10
---
**Article 1er.** L'article 6 de l'annexe est complété par ce qui suit :

" ${intro}

${items.join('\n\n')} "
`;

  it('amounts or delays after `est ramenée à :` give no rule; a patient’s share is no fee percentage', () => {
    expect(rulesOfText(quote("L'intervention de l'assurance pour la prestation 379510-379521 est ramenée à :", ['- 25,00 EUR par séance;', '- 12,50 EUR à partir de la dixième séance.']))).toEqual([]);
    expect(rulesOfText(quote('Le délai pour la prestation 379510-379521 est ramené à :', ["- 30 jours lorsque le taux d'incapacité atteint 66 %;", '- 60 jours dans les autres cas.']))).toEqual([]);
    expect(rulesOfText(quote('Pour la prestation 379510-379521, le ticket modérateur est réduit à :', ['- 25 % pour les bénéficiaires de l’intervention majorée;', '- 40 % pour les autres.'])).filter((r) => r.type === 'billingPercentage')).toEqual([]);
  });

  it('a decimal point is no item marker, and a long run of blank lines is read at once', () => {
    expect(typesOf("L'intervention de l'assurance est ramenée à : 2.5 % du prix.")).not.toContain('billingPercentage');
    // (the steps are read item by item: a pattern over the whole text backtracked for minutes on such a run)
    expect(typesOf("l'intervention de l'assurance est ramenée à : " + ' \n'.repeat(4000) + 'x')).toEqual([]);
  });
});

it('round 40, second reader: a service that is not a hospital’s, or a hospital among other places, is no hospital setting', () => {
  expect(paramsOf("La prestation 379510-379521 n'est remboursée que si elle est réalisée dans un service de santé mentale qui ne fait pas partie d'un hôpital.", 'setting')).toBeUndefined();
  expect(paramsOf("Elles ne sont remboursées que si elles sont effectuées dans le service de garde d'un hôpital ou dans un cabinet privé.", 'setting')).toBeUndefined();
  expect(paramsOf("La prestation 444835 n'est remboursée que dans un service de radiothérapie agréé d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
});
