/**
 * The second reader of be5f50b (stop 58): two limits in one sentence and a prestation a limit goes with, in the reader's words;
 * each failing on dab3dc3 (three of them regressions of be5f50b), mended in the commit that adds this file.
 */
import { describe, expect, it } from 'vitest';
import { decree, rulesOfText } from './load.js';

const alone = (s: string) => rulesOfText(decree("**Article 1er.** A l'article 17 de l'annexe, l'alinéa suivant est inséré :", '', `" ${s} "`));
const limits = (s: string) => alone(s).map((r) => [r.type, r.codes.map((g) => g.join('-')).join(' '), (r.params as { max?: number }).max]);
const codesOf = (s: string, type: string) => alone(s).filter((r) => r.type === type).flatMap((r) => r.codes.map((g) => g.join('-')));

describe('be5f50b, second reader', () => {
  // REGRESSION (passes on 6934a0f): `chez qui …` qualifies the first subject only; `et la prestation 222222` is a second
  // subject of the same verb (`ne peuvent`, plural), so the limit is on both. be5f50b drops 222222 up to the sentence's end.
  it('a relative clause inside a coordinated subject does not take the second subject away', () => {
    expect(limits("La prestation 111111 effectuée chez un patient chez qui on suspecte une démence débutante et la prestation 222222 ne peuvent être attestées qu'une fois par période de 12 mois.")).toEqual([
      ['frequency', '111111 222222', 1],
    ]);
  });

  // REGRESSION (passes on 6934a0f): `et les prestations 333333 et 444444 que par un médecin spécialiste en neurologie` is a
  // second clause (verb left unsaid) with a qualification of its own; be5f50b's `pour lequel` condition runs on to the end of
  // the sentence and 333333/444444 fall out of every rule.
  it('a `pour lequel` relative before an elliptic second clause does not drop that clause\'s codes', () => {
    const codes = codesOf("Les prestations 111111 et 222222 ne peuvent être attestées que par un médecin spécialiste en pédiatrie pour un enfant pour lequel un retard de développement est suspecté et les prestations 333333 et 444444 que par un médecin spécialiste en neurologie.", 'qualification');
    expect(codes).toContain('333333');
    expect(codes).toContain('444444');
  });

  // REGRESSION (passes on 6934a0f): 222222 is only the party of the bar (`n'est pas cumulable avec la prestation 222222`);
  // now that the comma splits clauses, the first clause's limit takes every code in its span, 222222 included, and in the
  // second sentence the limit of 333333 takes the party of `ces prestations ne sont pas cumulables avec …`.
  it('the party of a non-cumulation is never given a clause\'s limit', () => {
    for (const s of [
      "La prestation 111111 n'est pas cumulable avec la prestation 222222 et ne peut être attestée qu'une fois par jour, la prestation 333333 au maximum deux fois par jour.",
      "La prestation 111111 ne peut être attestée qu'une fois par jour, la prestation 333333 au maximum deux fois par jour, et ces prestations ne sont pas cumulables avec la prestation 222222.",
    ])
      expect(codesOf(s, 'frequency')).not.toContain('222222');
  });

  // Fails on 6934a0f too (all codes under one limit there): the two claimed forms together. Y after `uniquement en même temps
  // que` / `pour qui` is a condition's, yet once the comma splits the sentence the first clause's limit is read on every
  // code of the clause and the condition's filter is lost.
  it('a condition\'s prestation stays out of the limit when a second elliptic clause follows', () => {
    expect(limits("La prestation 589514-589525 ne peut être attestée qu'une fois par période de 12 mois et uniquement en même temps que la prestation 589492-589503, la prestation 589536-589540 au maximum deux fois par période de 12 mois.")).toEqual([
      ['frequency', '589514-589525', 1],
      ['frequency', '589536-589540', 2],
    ]);
    expect(limits('La prestation 102841 peut être portée en compte au maximum quatre fois par période de 12 mois, et seulement chez un bénéficiaire pour qui la prestation 102826 a été attestée, la prestation 102863 au maximum deux fois par période de 12 mois.')).toEqual([
      ['frequency', '102841', 4],
      ['frequency', '102863', 2],
    ]);
  });

  // Fails on 6934a0f too: `Par année civile,` fronted counts for both clauses (withVerbOf's own comment says so), but with
  // a positive modal (`peut être attestée`, the commit's own first example) CLAUSE_VERB finds no verb and 424734's limit
  // comes out with no span at all.
  it('a fronted span counts for the elliptic clause after a comma when the first verb is `peut être attestée`', () => {
    const rules = alone('Par année civile, la prestation 424712 peut être attestée au maximum cinq fois, la prestation 424734 au maximum deux fois.');
    expect(rules.map((r) => [r.type, r.codes.map((g) => g.join('-')).join(' '), (r.params as { max?: number }).max, (r.params as { period?: { unit: string } | null }).period?.unit ?? null])).toEqual([
      ['frequency', '424712', 5, 'calendarYear'],
      ['frequency', '424734', 2, 'calendarYear'],
    ]);
  });

  // Fails on 6934a0f too: the claimed comma form with each prestation's label in brackets after its codes (as decrees often
  // write them) is not split; 424734 gets 424712's five.
  it('the comma form with a label in brackets after the codes', () => {
    expect(limits("La prestation 424712 (bilan initial) peut être attestée au maximum cinq fois par année civile, la prestation 424734 (bilan d'évolution) au maximum deux fois par année civile.")).toEqual([
      ['frequency', '424712', 5],
      ['frequency', '424734', 2],
    ]);
  });

  // Fails on 6934a0f too: the claimed `et` + count form without `au maximum`; `ne … qu'une fois … et la prestation Y deux
  // fois` carries the restriction over, Y at most twice a day.
  it('a second count of times after `et` with no `au maximum`', () => {
    expect(limits("La prestation 590601 ne peut être attestée qu'une fois par jour et la prestation 590623 deux fois.")).toEqual([
      ['frequency', '590601', 1],
      ['frequency', '590623', 2],
    ]);
  });

  // Fails on 6934a0f too: near variants of the claimed forms, the commonest way to say each: `qu'en même temps que` (the
  // restriction's own `ne … que`) and a history as `qui a déjà bénéficié de`; Y is a condition's, not the limit's.
  it('a prestation the act goes with, or the patient already had, in near wordings', () => {
    expect(limits("La prestation 589514-589525 ne peut être attestée qu'une fois par période de 12 mois et qu'en même temps que la prestation 589492-589503.")).toEqual([['frequency', '589514-589525', 1]]);
    expect(limits('La prestation 102841 peut être portée en compte au maximum quatre fois par période de 12 mois, et seulement chez un bénéficiaire qui a déjà bénéficié de la prestation 102826.')).toEqual([['frequency', '102841', 4]]);
  });
});
