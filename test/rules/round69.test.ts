import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { decree, paramsOf, rulesOfQuote, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 69 (scored blind first: test/rules/gold-synthetic/round69/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 69 (tuned)', () => {
  it('an act named as its label names it after `Honoraires pour`; a party of two acts joined by `ni avec`', () => {
    const rules = rulesOfQuote(
      [
        '599211 Honoraires pour la concertation de liaison au sujet d’un bénéficiaire hospitalisé ........ C 24',
        '',
        '599233 Honoraires pour l’entretien de suivi d’un bénéficiaire hospitalisé ........ C 20',
        '',
        "L'entretien de suivi est attestable au maximum deux fois par semaine; il n'est pas cumulable, le même jour, avec la concertation de liaison ni avec la consultation de référence.",
      ].join('\n'),
    );
    expect(summary(rules)).toContainEqual(['frequency', '599233']);
    const bar = rules.find((r) => r.type === 'nonCumulation');
    expect(bar?.codes).toEqual([['599233']]);
    expect(bar?.with?.codes).toEqual([['599211']]);
    expect(bar?.with?.labels).toEqual(['la concertation de liaison', 'la consultation de référence']);
  });

  it('duties of a file: `dont la tenue est requise`, a part of it that `doit reprendre …`; a report sent to whom a relative names', () => {
    expect(typesOf('Un dossier de liaison, dont la tenue est requise pour les prestations 599211 et 599233, comprend deux parties.')).toContain('documentation');
    expect(typesOf('Le volet central doit reprendre au minimum les éléments suivants :')).toContain('documentation');
    expect(typesOf("Son remboursement est subordonné à l'accord du médecin-conseil, auquel le médecin spécialiste en neurologie adresse un rapport motivé.")).toEqual(['priorApproval', 'documentation']);
    expect(typesOf('Chaque médecin qui atteste ces examens transmet chaque année, avant le 1er mars, au Conseil technique médical, un relevé du nombre d’examens.')).toContain('documentation');
    // (not a secretariat passing on a request)
    expect(typesOf('Le secrétariat ne transmet à la Commission que les demandes complètes.')).not.toContain('documentation');
  });

  it('a rule in a label is on the labelled prestation, not on the one it refers to (but a label naming its subject by code keeps it)', () => {
    const rules = rulesOfQuote(
      [
        '- 462611',
        '',
        'Examen de contrôle du nourrisson visé à la prestation 462596, limité à une seule région, cumulable uniquement avec la prestation 462596, attestable une fois par jour N 40',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([['nonCumulation', '462611'], ['frequency', '462611']]);
    // (2003022342's label names its subject's codes, not a reference: they stay)
    const named = rulesOfQuote(['- 469501', '', 'Examen complet de l’enfant âgé de moins de 7 ans, la combinaison de celui-ci ou les numéros 469523 et 469545, non cumulable, n’est attestable qu’une fois par hospitalisation N 208'].join('\n'));
    expect(summary(named).map(([, codes]) => codes)).not.toContain('469501');
  });

  it('a count of devices per intervention is a quantity, not a frequency; the clause after it keeps its own rule', () => {
    expect(typesOf("Pour la prestation 474515, le nombre de stents pris en compte est limité à trois par intervention; le matériel est compris dans les honoraires.")).toEqual(['quantity', 'coverage']);
    expect(paramsOf("Pour la prestation 474515, le nombre de stents pris en compte est limité à trois par intervention; le matériel est compris dans les honoraires.", 'coverage')).toEqual({ includes: 'le matériel', excludes: null });
    expect(paramsOf('Lors d’une même séance, au maximum trois clips peuvent être implantés.', 'quantity')).toMatchObject({ max: 3 });
    // (not a count of patients)
    expect(typesOf('Le nombre de patients pris en charge est limité à huit par séance.')).not.toContain('quantity');
  });

  it('a plural pronoun after a duty, in a quote of rules on several prestations, stands for them', () => {
    const rules = rulesOfQuote(
      [
        '473516 Endoscopie haute ... K 75',
        '',
        '473531 Endoscopie basse ... K 90',
        '',
        'Les prestations 473516 et 473531 ne sont remboursées que deux fois par période de douze mois.',
        '',
        'Le médecin qui effectue l’examen conserve le protocole dans le dossier médical.',
        '',
        'Elles ne sont cumulables ni entre elles, ni avec une échographie effectuée le même jour.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '473516 473531']]);
  });

  it('a percentage after the number it is billed under; performed and read by a specialist; who may, as a list', () => {
    expect(paramsOf('Dans ce cas, la seconde séance est portée en compte sous le numéro 444533-444544 à 50 % de sa valeur.', 'billingPercentage')).toMatchObject({ percentage: 50 });
    expect(isNormative('Les examens visés sous 1. et 2. sont réalisés et interprétés par un médecin spécialiste en médecine nucléaire.')).toBe(true);
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 2 de l'annexe, les prestations suivantes sont insérées :",
        '',
        '" 102712 Concertation au domicile du patient ... N 12',
        '',
        'La concertation peut être attestée au maximum trois fois par année civile.',
        '',
        'Elle peut être réalisée par : a) le médecin généraliste qui gère le dossier ; b) le médecin spécialiste en gériatrie. "',
      ),
    );
    expect(summary(rules)).toContainEqual(['qualification', '102712']);
  });
});
