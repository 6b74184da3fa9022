import { describe, expect, it } from 'vitest';
import { rulesOfText, decree, rulesOfQuote } from './load.js';

/**
 * Misses of synthetic round 74 (scored blind first: test/rules/gold-synthetic/round74/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 74 (tuned)', () => {
  it('a count of the prestations just named as the subject: `Au maximum deux de ces examens peuvent être portés en compte …`', () => {
    const rules = rulesOfQuote(
      "Les prestations 458113-458124, 458135-458146 et 458150-458161 ne peuvent être cumulées entre elles le même jour.\n\nAu maximum deux de ces examens peuvent être portés en compte par bénéficiaire et par année civile.",
    );
    expect(rules.filter((r) => r.type === 'frequency').map((r) => r.codes.map((g) => g.join('-')))).toEqual([['458113-458124', '458135-458146', '458150-458161']]);
  });

  it('a noun named with its codes in brackets (`Les électrodes (prestations X, Y et Z)`), counted in the next quote of the decree article', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35bis, § 14bis, de l'annexe, les modifications suivantes sont apportées :",
        '',
        '1. L\'alinéa 2 est remplacé par ce qui suit :',
        '',
        '" Les sondes (prestations 689522, 689533 et 689544) ne sont remboursées que si elles sont implantées dans un établissement hospitalier. ";',
        '',
        '2. L\'alinéa 3 est remplacé par ce qui suit :',
        '',
        '" Au maximum trois sondes peuvent être portées en compte par intervention. ".',
      ),
    );
    expect(rules.filter((r) => r.type === 'quantity').map((r) => r.codes.map((g) => g.join('-')))).toEqual([['689522', '689533', '689544']]);
  });

  it('a delay changed for one prestation or one case (`ce délai est porté à 9 ans`, `Ce délai est ramené à deux ans pour …`): once in the new span', () => {
    const limits = (quote: string) => rulesOfQuote(quote).filter((r) => r.type === 'frequency').map((r) => [r.codes.map((g) => g.join('-')), r.params]);
    expect(limits("6° Une nouvelle intervention de l'assurance pour la prestation 684460-684471 ne peut être accordée qu'après un délai de cinq ans.\n\n7° Pour la prestation 684482-684493, ce délai est porté à 8 ans.")[1]).toEqual([['684482-684493'], expect.objectContaining({ max: 1, period: { count: 8, unit: 'year' } })]);
    expect(limits("La prestation 684460-684471 ne peut être renouvelée qu'après un délai de quatre ans.\n\nCe délai est ramené à deux ans pour les bénéficiaires de moins de 18 ans.")[1]).toEqual([['684460-684471'], expect.objectContaining({ max: 1, period: { count: 2, unit: 'year' } })]);
  });

  it('an exclusion `durant une période de neuf ans`: a non-cumulation in that period', () => {
    const rules = rulesOfQuote("L'intervention de l'assurance pour la prestation 684460-684471 exclut toute intervention de l'assurance pour la prestation 684482-684493 durant une période de six ans à compter de l'implantation.");
    expect(rules.map((r) => [r.type, r.params])).toEqual([['nonCumulation', { scope: 'samePeriod' }]]);
  });
});
