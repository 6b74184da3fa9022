import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decree, paramsOf, repoRoot, rulesOfText, summary, typesOf } from './load.js';

/** Forms round 95 (S283–S285, scored blind at stop 57) showed nomen misread, fixed at stop 58; each fails on fd72bc2 but the guard (2002023049). */
const sessionsAndBilan = (...rules: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 7 de l'annexe, le § 14, 5°, B, g) est remplacé par ce qui suit :",
      '',
      [
        '" g) Syndrome douloureux régional complexe de type I :',
        '502036',
        'Séance individuelle de kinésithérapie au cabinet du kinésithérapeute, d\'une durée globale d\'au moins 30 minutes . . . . . M 24',
        '502051',
        'Séance individuelle de kinésithérapie au domicile du bénéficiaire, d\'une durée globale d\'au moins 30 minutes . . . . . M 26',
        '502073',
        'Séance individuelle de kinésithérapie dans un hôpital, d\'une durée globale d\'au moins 30 minutes . . . . . M 20',
        '502095',
        'Bilan fonctionnel écrit, réalisé par le kinésithérapeute au moyen d\'une échelle validée . . . . . M 30',
        ...rules,
      ].join('\n\n') + ' "',
    ),
  );

describe('acts of one kind among the prestations above (S285-1)', () => {
  it('`Ces séances` under three séances and a bilan: the séances', () => {
    const rules = sessionsAndBilan('Ces séances ne sont pas cumulables entre elles au cours d\'une même journée.');
    expect(summary(rules)).toEqual([['nonCumulation', '502036 502051 502073']]);
  });

  it('`Le nombre de séances …` after a rule on them: a limit on the séances, not dropped as an act named by words', () => {
    const rules = sessionsAndBilan(
      "Ces séances ne sont remboursées que si la prescription initiale, qui mentionne le diagnostic, a été établie par un médecin spécialiste en neurologie.",
      'Le nombre de séances remboursables est limité à soixante par année civile et par bénéficiaire. Au cours d\'une même journée, une seule séance peut être attestée.',
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '502036 502051 502073'],
      ['frequency', '502036 502051 502073'],
    ]);
  });

  it('a count of séances given the bilan above: the séances of the quote', () => {
    const rules = sessionsAndBilan('Le nombre de séances est limité à soixante par année civile.');
    expect(summary(rules)).toEqual([['frequency', '502036 502051 502073']]);
  });

  it('`Même prestation, …` under a séance is a séance too', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 7 de l'annexe, le § 14, 5°, B, h) est remplacé par ce qui suit :",
        '',
        '" 562903\n\nSéance individuelle de kinésithérapie d\'une durée d\'au moins trente minutes . . . . . M 24\n\n562914\n\nMême prestation, effectuée au domicile du bénéficiaire . . . . . M 26\n\n562936\n\nRapport écrit . . . . . M 10\n\nCes séances ne sont jamais cumulables entre elles au cours d\'une même journée. "',
      ),
    );
    expect(summary(rules)).toEqual([['nonCumulation', '562903 562914']]);
  });

  it('not in a decree\'s own annex, whose article counts the séances of its whole table (2002023049)', () => {
    const text = readFileSync(resolve(repoRoot, '../shared/corpus/2002023049.md'), 'utf8');
    expect(rulesOfText(text).filter((r) => r.text.startsWith('Le nombre de séances prescrites'))).toEqual([]);
  });

  it('`Par bénéficiaire, deux de ces examens au maximum …`: the prestations before, with its opening span', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe, les prestations suivantes sont insérées après la prestation 790101-790112 :",
        '',
        '"790311-790322\n\n- pour l\'articulation du genou . . . . . N 150\n\n790333-790344\n\n- pour l\'articulation de l\'épaule . . . . . N 150\n\nLes prestations 790101-790112, 790311-790322 et 790333-790344 ne peuvent être cumulées entre elles dans une période de quarante-cinq jours.\n\nPar bénéficiaire, deux de ces examens au maximum peuvent être portés en compte par année civile.";',
      ),
    );
    expect(summary(rules)).toEqual([
      ['nonCumulation', '790101-790112 790311-790322 790333-790344'],
      ['frequency', '790101-790112 790311-790322 790333-790344'],
    ]);
  });
});

describe('typers (S283-2, S283-3, S285-6)', () => {
  it('`ne peut être portée en compte lorsqu\'elle est effectuée au cours de la même séance que …` bars a cumulation', () => {
    const s = 'La prestation 152504 - 152515 ne peut être portée en compte lorsqu\'elle est effectuée au cours de la même séance que la prestation 152482 - 152493.';
    expect(typesOf(s)).toEqual(['nonCumulation']);
    expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
  });

  it('`n\'est attestable que pour une séance effectuée dans un centre …` is a centre', () => {
    expect(paramsOf("La prestation 163100 - 163111 n'est attestable que pour une séance effectuée dans un centre d'autodialyse qui répond aux normes.", 'setting')).toEqual({ setting: 'centre' });
  });

  it('hospitalised or admitted to the emergency ward: in a hospital', () => {
    expect(paramsOf("Ces dosages ne sont remboursés que pour des bénéficiaires hospitalisés ou admis au service des urgences d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf('Ces dosages ne sont remboursés que pour des bénéficiaires hospitalisés.', 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('a party of the rule\'s own article (S283-4)', () => {
  it('`… avec les honoraires de surveillance visés au présent article`: that annex article', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 25, § 1er, de l'annexe, la règle d'application suivante est insérée après la prestation 182534 :",
        '',
        '" Les prestations 182512 et 182534 ne sont pas cumulables le même jour avec les honoraires de surveillance visés au présent article, à l\'exception des prestations 182556 et 182571. "',
      ),
    );
    expect(rules.map((r) => [r.type, r.with?.articles, r.with?.mutual])).toEqual([['nonCumulation', ['25'], false]]);
  });
});
