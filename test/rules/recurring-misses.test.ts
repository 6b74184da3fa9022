import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { decree, rulesOfQuote, rulesOfText, summary } from './load.js';

/**
 * Forms missed across many synthetic rounds (rounds 1–68, counted by a script over their current misses, not one round's),
 * each written here in words of our own. Round 69 was written before these changes and scored blind on them after.
 */
describe('what an act named by its noun includes (`Le bilan comprend …`): coverage', () => {
  it('an act, a fee or a price as the subject of `comprend`, `comprennent`, `comporte`, `englobe`, `inclut`', () => {
    for (const s of [
      'Le bilan comprend la mesure de la tension artérielle et le calcul du score de risque.',
      "L'enregistrement comprend la pose et le retrait de l'appareil.",
      'Le forfait comprend le cathéter et les prolongateurs de pression.',
      'Les échographies des membres comprennent un examen duplex avec une image bidimensionnelle.',
      'La polysomnographie (478133-478144) comprend un enregistrement continu de six heures.',
      'La relecture englobe l’examen de toutes les lames transmises.',
      'Son prix inclut la télécommande remise au patient.',
    ])
      expect(isNormative(s), s).toBe(true);
  });

  it('not what a document, a plan, a team or a list holds, nor a relative clause, nor a refusal', () => {
    for (const s of [
      "L'équipe comprend au moins un médecin spécialiste.",
      'Le plan de soins comporte les objectifs du traitement.',
      'La liste comprend les dispositifs suivants.',
      'Le forfait 123456, qui comprend le cathéter, est décrit ci-dessous.',
      'Le groupe cible comprend les patients de plus de 65 ans.',
    ])
      expect(isNormative(s), s).toBe(false);
  });

  it('read with the codes of the prestation it follows', () => {
    const rules = rulesOfQuote('§ 4. 477611-477622 Enregistrement ambulatoire de la pression artérielle pendant 24 heures ... K 30\n\nL\'enregistrement comprend la pose et le retrait de l\'appareil ainsi que le rapport.');
    expect(summary(rules)).toContainEqual(['coverage', '477611-477622']);
  });
});

describe('an act done shortly before another, then repeated in the same session as it: a non-cumulation in one session', () => {
  const quote = (...lines: string[]) => rulesOfQuote(lines.join('\n\n'));
  const bar = (rules: ReturnType<typeof rulesOfQuote>) => rules.filter((r) => r.type === 'nonCumulation').map((r) => [r.codes.map((g) => g.join('-')), r.with?.codes.map((g) => g.join('-')), (r.params as { scope: string }).scope]);

  it('X named by its codes: X with Y, whichever clause names Y (as 2003022340 words it, `ne peut être` without `pas`)', () => {
    expect(bar(quote('Si la prestation 453250 - 453261 a été portée en compte dans les 30 jours qui précèdent la prestation 589536 - 589540, la prestation 453250 - 453261 effectuée au cours de la même séance que la prestation 589536 - 589540 ne peut être portée en compte.'))).toEqual([[['453250-453261'], ['589536-589540'], 'sameSession']]);
    expect(bar(quote("Lorsque l'angiographie 589540 - 589551 a déjà été attestée au cours des 15 jours qui précèdent, celle qui est effectuée durant la même séance que la prestation 589621 - 589632 ou 589643 - 589654 n'est pas remboursable."))).toEqual([[['589540-589551'], ['589621-589632', '589643-589654'], 'sameSession']]);
    expect(bar(quote('Lorsque la prestation 589901 - 589912 a déjà été attestée dans les 30 jours précédant la prestation 589595 - 589606, elle ne peut plus être portée en compte au cours de la même séance que cette dernière.'))).toEqual([[['589901-589912'], ['589595-589606'], 'sameSession']]);
  });

  it('X named by its words: no codes of its own (said), never Y’s', () => {
    const rules = quote('Si une coronarographie a été portée en compte endéans les 15 jours qui précèdent les prestations 589013 - 589024 et 589035 - 589046, la coronarographie effectuée au cours de la même séance que les prestations 589013 - 589024 et 589035 - 589046 ne peut être portée en compte.');
    expect(bar(rules)).toEqual([[[], ['589013-589024', '589035-589046'], 'sameSession']]);
  });

  it('not a restriction (`… que sur accord`), nor a repeat outside the session', () => {
    expect(bar(quote('Si la prestation 453250 - 453261 a été portée en compte dans les 30 jours qui précèdent la prestation 589536 - 589540, la prestation 453250 - 453261 effectuée au cours de la même séance ne peut être portée en compte que sur accord du médecin-conseil.'))).toEqual([]);
    expect(bar(quote('Si la prestation 453250 - 453261 a été portée en compte dans les 30 jours qui précèdent la prestation 589536 - 589540, la prestation 453250 - 453261 est remboursée à 50 %.'))).toEqual([]);
  });
});

describe('a count of any act of a quote whose place holds prestations (`Une seule séance peut être attestée par jour`)', () => {
  it('is on the prestations the decree article put there, as a duty in that quote is', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 7, § 14, de l'annexe, les modifications suivantes sont apportées :",
        '',
        '1. au 5°, B, la prestation suivante est insérée :',
        '',
        '" 562704 Séance individuelle de kinésithérapie ... M 18 "',
        '',
        '2. le 5°, B, g) est remplacé par ce qui suit :',
        '',
        '" g) Affections post-infectieuses :',
        '',
        'Une seule séance peut être attestée par jour, sauf prescription motivée d’une seconde séance. "',
      ),
    );
    expect(summary(rules)).toContainEqual(['frequency', '562704']);
  });
});
