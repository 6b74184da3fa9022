import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary, typesOf } from './load.js';

/** The second reader of the fixes for rounds 93 and 94 (9a07e9f, c3dc6b1): forms those changes misread, each failing on c3dc6b1. */
const inserted = (article: string, ...paragraphs: string[]) =>
  rulesOfText(decree(`**Article 1er.** A l'article ${article} de l'annexe, les alinéas suivants sont insérés :`, '', `" ${paragraphs.join('\n\n')} "`));

describe('second reading of rounds 93-94', () => {
  it('an exception opening the sentence (`Sauf en cas de …, X, Y ne sont pas cumulables entre elles ni avec Z`): Z stays the other party', () => {
    const rules = inserted('12, § 2', "Sauf en cas de complication attestée par le médecin traitant, les prestations 461010, 461021 et 461032 ne sont pas cumulables entre elles ni avec la prestation 461043.");
    expect(summary(rules)).toEqual([['nonCumulation', '461010 461021 461032']]);
    expect(rules[0].with).toMatchObject({ codes: [['461043']], mutual: true });
  });

  it('`… ne peut pas faire l\'objet d\'une prescription séparée`: a bar, no documentation duty', () => {
    expect(typesOf("Les pansements utilisés lors de la prestation 461010 ne peuvent pas faire l'objet d'une prescription séparée.")).not.toContain('documentation');
  });

  it('prestations described as `faisant l\'objet d\'une prescription` in a rule of another kind: no documentation duty', () => {
    expect(typesOf("Les séances de rééducation faisant l'objet d'une prescription durant un séjour hospitalier ne sont pas remboursées.")).not.toContain('documentation');
  });

  it('things named by a place and a quoted title the decree does not hold: not the prestations of the rule before', () => {
    const rules = inserted(
      '35, § 8',
      'Les prestations 461010 et 461021 ne peuvent être attestées qu\'une fois par année civile.',
      'Les valves visées au § 1er, D., catégorie 2, intitulé " Valves cardiaques biologiques ", ne sont remboursées que si l\'implantation est effectuée dans un hôpital.',
    );
    expect(summary(rules).filter(([type]) => type !== 'frequency')).not.toContainEqual(['setting', '461010 461021']);
  });

  it('`Elles font l\'objet d\'une prescription distincte`: a documentation duty, as `doit faire …`', () => {
    expect(typesOf("Elles font l'objet d'une prescription distincte.")).toContain('documentation');
  });
});
