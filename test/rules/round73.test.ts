import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, typesOf } from './load.js';

/**
 * Misses of synthetic round 73 (scored blind first: test/rules/gold-synthetic/round73/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own. The same forms stand in a real decree, 2012022429
 * (article 33, genetics), whose blind gold (set 2) reads them so.
 */
describe('misses of round 73 (tuned)', () => {
  it('a qualification named by reference to the paragraph that defines the physician: `la qualification de médecin visé au § 2`', () => {
    const s = 'Sont considérées comme prestations qui requièrent la qualification de médecin visé au § 3 les prestations de génétique reprises ci-après :';
    expect(typesOf(s)).toEqual(['qualification']);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['médecin visé au § 3'] });
  });

  it('physicians a minister designates: `réservées aux médecins autorisés à les pratiquer par le Ministre …`; not bare `aux médecins`', () => {
    const s = 'Ces examens sont réservés aux médecins autorisés à les pratiquer par le Ministre qui a la Santé publique dans ses attributions.';
    expect(typesOf(s)).toEqual(['qualification']);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['médecins autorisés à les pratiquer par le Ministre qui a la Santé publique dans ses attributions'] });
    expect(typesOf('Ces examens sont réservés aux médecins.')).toEqual([]);
  });

  it('done in the laboratories of a centre: `dans des laboratoires faisant partie d’un centre agréé`', () => {
    const rules = rulesOfQuote("§ 2. Les prestations 587856-587860 et 587871-587882 sont effectuées dans des laboratoires faisant partie d'un centre agréé de génétique humaine.");
    expect(rules.map((r) => [r.type, r.params])).toEqual([['setting', { setting: 'centre' }]]);
  });

  it('`Ces prestations` after rules of the quote on one prestation each, each in a paragraph of its own: all of them, not the last', () => {
    const rules = rulesOfQuote(
      "La prestation 599852 ne peut être attestée qu'une seule fois par hospitalisation.\n\nLa prestation 599874 peut être attestée au maximum deux fois par semaine.\n\nCes prestations ne peuvent être portées en compte que par un médecin spécialiste en psychiatrie.",
    );
    expect(rules.filter((r) => r.type === 'qualification').map((r) => r.codes)).toEqual([[['599852'], ['599874']]]);
  });
});
