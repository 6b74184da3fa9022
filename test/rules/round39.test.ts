import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { ingestText } from '../../src/source/ingest.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractIndicationsWithSpans } from '../../src/extract/indications/index.js';
import { paramsOf, rulesOfText, typesOf } from './load.js';

/**
 * What the thirty-ninth synthetic round showed missing (test/rules/gold-synthetic/round39/SCORE-BLIND.txt, scored
 * before any of these changes), in wordings of our own.
 */
describe('round 39: a range over prestations a fixed-width block defines', () => {
  // prestations inserted as a fixed-width block (code line, then label and value), then a paragraph whose indication
  // list and rules name them by a range `X à Y`: the range is every prestation between its ends, the middle one too
  const decree = `---
number: 2011970001
title-fr: "Arrêté royal (synthétique)"
publication: 2011-10-14
---
**Article 1er.** A l'article 35 de l'annexe à l'arrêté royal du 14 septembre 1984 établissant la nomenclature des prestations de santé, sont apportées les modifications suivantes :

1. au § 1er, après la prestation 697303-697314, sont insérées les prestations suivantes :

\`\`\`
  " 697141-697152
  Manchette pour sphincter artificiel                                   U 910
  697163-697174
  Pompe de commande                                                     U 1240
  697185-697196
  Ballon de pression                                                     U 465 "
\`\`\`

2. il est inséré un § 7ter, rédigé comme suit :

" § 7ter. L'intervention de l'assurance pour les prestations 697141-697152 à 697185-697196 n'est accordée que si le bénéficiaire présente l'une des indications suivantes :

- incontinence sévère persistant au moins douze mois après une prostatectomie;

- remplacement d'un sphincter remboursé antérieurement.

Le rapport qui établit que l'une de ces indications est rencontrée est conservé dans le dossier médical du bénéficiaire.

L'implantation n'est remboursée que si elle est réalisée par un médecin spécialiste en urologie. "
`;
  const all = [['697141', '697152'], ['697163', '697174'], ['697185', '697196']];

  it('the indication list is on every prestation of the range', () => {
    const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(decree))));
    const { indications } = extractIndicationsWithSpans(doc, new DiagnosticSink(doc));
    expect(indications).toHaveLength(1);
    expect(indications[0].codes).toEqual(all);
  });

  it('the rules stated after the list are on them too', () => {
    const rules = rulesOfText(decree);
    expect(rules.find((r) => r.type === 'documentation')?.codes).toEqual(all);
    expect(rules.find((r) => r.type === 'qualification')?.codes).toEqual(all);
  });
});

describe('round 39: numbers in words', () => {
  it('`deux cent quarante fois`: the hundreds with their multiplier', () => {
    expect(paramsOf('Par bénéficiaire, ces prestations ne peuvent au total être attestées que deux cent quarante fois par année civile.', 'frequency')).toMatchObject({ max: 240, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf('La prestation 561422 peut être attestée au maximum trois cents fois par an.', 'frequency')).toMatchObject({ max: 300 });
    expect(paramsOf('La prestation 561422 peut être attestée au maximum cent vingt fois par an.', 'frequency')).toMatchObject({ max: 120 });
  });
});

it('round 39: `ne peut dépasser trois cent soixante`: a count, the whole number, no unit named by its last word', () => {
  const s = 'Sur cette durée totale, le nombre de séances 716343 - 716354 remboursées ne peut dépasser trois cent soixante.';
  expect(paramsOf(s, 'frequency')).toMatchObject({ max: 360 });
  expect(typesOf(s)).not.toContain('quantity');
});

it('round 39, second reader: `vingt et une fois`, `soixante et onze`, `quatre vingts` written with spaces', () => {
  expect(paramsOf('La prestation 561422 peut être attestée au maximum vingt et une fois par année civile.', 'frequency')).toMatchObject({ max: 21 });
  expect(typesOf('La prestation 561422 peut être attestée au maximum vingt et une fois par année civile.')).not.toContain('quantity');
  expect(paramsOf('La prestation 561422 peut être attestée au maximum soixante et onze fois par an.', 'frequency')).toMatchObject({ max: 71 });
  expect(paramsOf('La prestation 561422 peut être attestée au maximum quatre vingts fois par an.', 'frequency')).toMatchObject({ max: 80 });
});
