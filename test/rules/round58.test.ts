import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, summary } from './load.js';

/**
 * Misses of synthetic round 58 (scored blind first: test/rules/gold-synthetic/round58/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 58 (tuned): who may bill, and where', () => {
  it('`les prestations de chirurgie du bassin visées au présent 12°`: a complement before the participle', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 14, k), de l'annexe, il est ajouté un 12° rédigé comme suit :",
        '',
        '" 12° Chirurgie de la main :',
        '',
        '771013-771024 Arthrodèse du poignet . . . . . K 300',
        '',
        '771035-771046 Arthroplastie du poignet . . . . . K 400',
        '',
        'Les prestations de chirurgie de la main visées au présent 12° ne sont attestables que par le médecin spécialiste en chirurgie orthopédique. "',
      ),
    );
    expect(summary(rules)).toEqual([['qualification', '771013-771024 771035-771046']]);
  });

  it('`… effectuée dans un centre …, par un médecin spécialiste en X`: who, after where', () => {
    expect(paramsOf("Les prestations 771013 et 771035 ne sont remboursées que si l'implantation est effectuée dans un centre de la douleur reconnu, par un médecin spécialiste en neurochirurgie.", 'qualification')).toMatchObject({ specialties: ['neurochirurgie'] });
  });

  it('`Dans le cadre de …, les prestations suivantes ne peuvent être attestées que par le médecin spécialiste en X :`', () => {
    expect(paramsOf("Dans le cadre d'une garde hospitalière, les prestations suivantes ne peuvent être attestées que par le médecin spécialiste en médecine d'urgence :", 'qualification')).toMatchObject({
      specialties: ["médecine d'urgence"],
    });
  });

  it('`… que si elles sont effectuées dans les locaux de … d\'un hôpital`: in a hospital (not where another place is offered)', () => {
    expect(paramsOf("Ces prestations ne sont remboursées que si elles sont effectuées dans les locaux du service des urgences d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf("Ces prestations ne sont remboursées que si elles sont effectuées dans le cabinet d'un hôpital ou à domicile.", 'setting')).toBeUndefined();
  });
});

describe('misses of round 58 (tuned): limits and places in other words', () => {
  it('`… que si l\'implantation est effectuée par un médecin spécialiste en X ou en Y, dans un centre …`: in a centre', () => {
    expect(paramsOf("Ces prestations ne sont remboursées que si l'implantation est effectuée par un médecin spécialiste en neurochirurgie ou en anesthésie-réanimation, dans un centre de la douleur agréé.", 'setting')).toEqual({ setting: 'centre' });
  });

  it('`C.2. Par bénéficiaire et par période de douze mois, deux paires au maximum des prestations X à Y …`: so many of what they bill, over the span the sentence opens with', () => {
    expect(paramsOf('C.2. Par bénéficiaire et par période de douze mois, deux paires au maximum des prestations 771013 à 771050 peuvent être portées en compte.', 'frequency')).toMatchObject({
      max: 2,
      period: { count: 12, unit: 'month' },
    });
  });
});
