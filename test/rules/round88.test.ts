import { describe, expect, it } from 'vitest';
import { decree, paramsOf, relabelAndRules, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 88 (scored blind first: test/rules/gold-synthetic/round88/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 88 (tuned)', () => {
  it('a rule naming the act by the new label its decree gives it is on that prestation', () => {
    const rules = relabelAndRules('L’évaluation psychogériatrique initiale n’est remboursée qu’une fois par hospitalisation.');
    expect(summary(rules)).toEqual([['frequency', '475204-475215']]);
  });

  it('`Ces deux prestations` after a sentence that named two, whatever their roles, in a quote that defines none: those two', () => {
    const rules = relabelAndRules(
      'La prestation 475226 - 475230 est attestable au plus deux fois par semaine; elle ne peut jamais être cumulée avec la prestation 475204 - 475215 le même jour.',
      'Ces deux prestations ne sont remboursées que si elles sont effectuées par un médecin spécialiste en gériatrie.',
      'Elles ne sont remboursées que pour des bénéficiaires hospitalisés.',
    );
    expect(summary(rules.filter((r) => r.type === 'qualification' || r.type === 'setting'))).toEqual([
      ['qualification', '475226-475230 475204-475215'],
      ['setting', '475226-475230 475204-475215'],
    ]);
    // (not when the sentence before named another number of them)
    const three = relabelAndRules('La prestation 475226 - 475230 est attestable au plus deux fois par semaine.', 'Ces deux prestations ne sont remboursées que si elles sont effectuées par un médecin spécialiste en gériatrie.');
    expect(summary(three.filter((r) => r.type === 'qualification'))).not.toEqual([['qualification', '475226-475230 475204-475215']]);
  });

  it('`Il ne peut être attesté qu’une seule fois …` after `L’examen …` is the examination’s; `Il ne peut être attesté qu’une des prestations …` stays impersonal', () => {
    const rules = relabelAndRules(
      'La prestation 475226 - 475230 n’est remboursée que pour le diagnostic d’une démence débutante.',
      'L’examen ne peut être prescrit que par un médecin spécialiste en neurologie.',
      'Il ne peut être attesté qu’une seule fois par période de 18 mois.',
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '475226-475230']]);
    const impersonal = relabelAndRules(
      'La prestation 475226 - 475230 n’est remboursée que pour le diagnostic d’une démence débutante.',
      'Il ne peut être attesté qu’une des prestations 475204 - 475215 ou 475226 - 475230 par jour.',
    );
    expect(summary(impersonal.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '475204-475215 475226-475230']]);
  });

  it('`…, et la prestation Y qu’une fois tous les 3 ans`: a limit of Y’s own, its verb the clause before’s; `les quotas fixés ci-dessus` are those limits’ prestations', () => {
    const rules = relabelAndRules(
      'Par bénéficiaire, la prestation 475226 - 475230 ne peut être remboursée qu’à raison de quatre séances au maximum par année civile, et la prestation 475204 - 475215 qu’une fois tous les 2 ans.',
      'Les prestations 475226 - 475230 et 475204 - 475215 ne sont remboursées que pour des bénéficiaires qui ne séjournent pas à l’hôpital.',
      'Pour les cas qui dépassent les maxima fixés ci-dessus, le médecin-conseil peut accorder une intervention sur la base d’un rapport motivé.',
    );
    expect(summary(rules.filter((r) => r.type === 'frequency' || r.type === 'priorApproval'))).toEqual([
      ['frequency', '475226-475230'],
      ['frequency', '475204-475215'],
      ['priorApproval', '475226-475230 475204-475215'],
    ]);
    expect(rules.filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([
      { max: 4, period: { count: 1, unit: 'calendarYear' } },
      { max: 1, period: { count: 2, unit: 'year' } },
    ]);
  });

  it('a record `reproduit dans le dossier médical` is kept in the file; `à 100 % pour la première … et à 50 % pour chacune des suivantes` is two percentages', () => {
    expect(paramsOf('Le numéro de série de l’appareil posé est reproduit dans le dossier médical du bénéficiaire.', 'documentation')).toMatchObject({ keptInFile: true });
    expect(percentagesOf('Dans ce cas, elle est honorée à 100 % pour la première zone traitée et à 50 % pour chacune des zones suivantes.')).toEqual([100, 50]);
  });
});

const percentagesOf = (s: string) =>
  typesOf(s).length ? (rulesOfText(decree("**Article 1er.** A l'article 9 de l'annexe, l'alinéa suivant est inséré :", '', `" La prestation 475204 - 475215 est remboursée. ${s} "`)).filter((r) => r.type === 'billingPercentage').map((r) => (r.params as { percentage: number }).percentage)) : [];
