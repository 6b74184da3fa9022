import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { decree, paramsOf, rulesOfText, summary, typeSentenceLimits, typesOf } from './load.js';

/**
 * Misses of synthetic round 91 (scored blind first: test/rules/gold-synthetic/round91/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own. Codes 251010-251021, 251032-251043, 251054-251065 (check
 * digit: first five mod 7).
 */
const quote = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 14 de l'annexe, le § 7 est remplacé par ce qui suit :", '', `" ${lines.join('\n\n')} "`));

describe('misses of round 91 (tuned)', () => {
  it("`Un même bénéficiaire ne peut recevoir plus de N séances de …`: N in a lifetime", () => {
    expect(typeSentenceLimits('Un même bénéficiaire ne peut recevoir plus de quatre séances de lithotritie attestées sous le numéro 251010 - 251021.')).toEqual([[4, { count: 1, unit: 'lifetime' }]]);
  });

  it('`La deuxième séance … . Dans ce cas, …` after a limit: the case is about the acts the limit was on', () => {
    const rules = quote(
      '§ 7. La prestation 251032 - 251043 ne peut être attestée qu\'une fois par jour.',
      'Un même bénéficiaire ne peut recevoir plus de deux séances attestées sous le numéro 251010 - 251021.',
      'La deuxième séance peut avoir lieu plus d\'un an après la première. Dans ce cas, l\'accord préalable du médecin-conseil est requis.',
    );
    expect(summary(rules.filter((r) => r.type === 'priorApproval'))).toEqual([['priorApproval', '251010-251021']]);
  });

  it('a clause that allows (`…, mais peuvent être cumulées avec … les prestations de l\'article 2`) names no party', () => {
    const rules = quote('§ 7. Les prestations 251010 - 251021 et 251032 - 251043 ne sont pas cumulables entre elles, mais peuvent être cumulées avec les prestations de l\'article 2.');
    const bar = rules.find((r) => r.type === 'nonCumulation');
    expect(bar?.with?.articles).toEqual([]);
    expect(bar?.with?.mutual).toBe(true);
  });

  it('units counted per intervention are a quantity only, not a count of times too', () => {
    expect(typesOf('Le matériel visé sous le numéro 251010 est remboursé à raison de trois agrafes au maximum par intervention.')).toEqual(['quantity']);
    expect(typesOf('La prestation 251010 ne peut être attestée que trois fois au maximum par intervention.')).toEqual(['frequency']);
  });

  it('a report introduced with the advising physician is documentation; a request for approval is not', () => {
    expect(typesOf('Le chirurgien introduit un rapport circonstancié auprès du médecin-conseil avant l\'intervention.')).toEqual(['documentation']);
    expect(typesOf('Le chirurgien introduit une demande motivée auprès du médecin-conseil avant l\'intervention.')).not.toContain('documentation');
  });

  it('a count over a quarter or a half year in a label is a limit', () => {
    expect(isNormative('Détartrage complet de la denture, une fois par semestre')).toBe(true);
    expect(isNormative('Application de gel fluoré chez l\'enfant à risque, une fois par trimestre')).toBe(true);
  });

  it('`… n\'est remboursé qu\'à raison de deux consultations par mois`: a frequency', () => {
    expect(typeSentenceLimits('La prestation 251010 n\'est remboursée qu\'à raison de deux consultations par mois au maximum.')).toEqual([[2, { count: 1, unit: 'month' }]]);
  });

  it('a condition on what the prescriber wrote on the prescription, or a laboratory writing on its protocol: documentation', () => {
    expect(typesOf('La prestation 251010 n\'est remboursée que si le médecin prescripteur a indiqué sur la prescription le motif de l\'urgence.')).toEqual(['documentation']);
    expect(typesOf('Le laboratoire mentionne sur le protocole l\'heure du prélèvement.')).toEqual(['documentation']);
  });

  it('`Si, au cours d\'une même séance, la prestation X n\'est pas attestée, la prestation Y peut …`: the rule is on Y', () => {
    const rules = quote('§ 7. Si, au cours d\'une même séance, la prestation 251010 - 251021 n\'est pas attestée, la prestation 251032 - 251043 peut être attestée deux fois au maximum.');
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '251032-251043']]);
  });

  it('physicians `attachés à un centre agréé` name the setting', () => {
    expect(paramsOf('Ces prestations sont réservées aux médecins spécialistes en urologie attachés à un centre agréé de lithotritie.', 'setting')).toEqual({ setting: 'centre' });
  });

  it('the items `1°, 2°` of a paragraph that defines no prestation, its first item on the `§` line: the codes they are about', () => {
    const rules = quote(
      '§ 7. 1° La prestation 251010 - 251021 n\'est remboursée qu\'une fois par intervention.',
      '2° La prestation 251032 - 251043 n\'est pas cumulable avec la prestation 251054 - 251065.',
      '3° Les prestations visées aux 1° et 2° ne sont remboursées que si elles sont effectuées par un médecin spécialiste en urologie.',
    );
    // (not 251054, named there only as the other party of 2°)
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '251010-251021 251032-251043']]);
  });

  it('a provider sticking labels into the file, or counts written in it after each session: documentation', () => {
    expect(typesOf('Le chirurgien colle l\'étiquette de la prothèse dans le dossier médical du bénéficiaire.')).toEqual(['documentation']);
    expect(typesOf('La durée et l\'intensité du traitement sont notées après chaque séance dans le dossier du bénéficiaire.')).toEqual(['documentation']);
  });

  it('`… plus de deux fois par semaine ni plus de vingt fois par période de six mois`: two limits', () => {
    expect(typeSentenceLimits('La prestation 251010 - 251021 ne peut être portée en compte plus de deux fois par semaine ni plus de vingt fois par période de six mois.')).toEqual([
      [2, { count: 1, unit: 'week' }],
      [20, { count: 6, unit: 'month' }],
    ]);
  });
});
