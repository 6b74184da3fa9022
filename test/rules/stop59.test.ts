import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary } from './load.js';

/**
 * Forms fixed at stop 59: a qualification by the title its holder bears (real decree 2013022101, blind set 3), and the forms
 * round 97 (S289–S291, scored blind first) showed nomen misread. Each test fails on 85c447d.
 */
const inQuote = (...sentences: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 24 de l'annexe, les prestations et la règle d'application suivantes sont insérées :",
      '',
      ['" 264180-264191', 'Monitoring de la pression intracrânienne, par jour . . . . . K 40', '264202-264213', 'Doppler transcrânien, par examen . . . . . K 30', ...sentences].join('\n\n') + ' "',
    ),
  );

const only = (rules: ReturnType<typeof rulesOfText>, type: string) => rules.filter((r) => r.type === type);

describe('who may bill, named by the title they hold', () => {
  it('`peut être attestée par un titulaire du diplôme de médecin …` (2013022101): a qualification, no specialty named', () => {
    const rules = inQuote("La prestation 264180-264191 peut être attestée par un titulaire du diplôme de médecin inscrit à l'Ordre des médecins avant le 31 décembre 2004.");
    expect(summary(rules)).toEqual([['qualification', '264180-264191']]);
    expect(rules[0].params).toMatchObject({ specialties: [] });
  });

  it('`… que par un médecin porteur du titre professionnel particulier en gériatrie`: that title', () => {
    const rules = inQuote('La prestation 264202-264213 ne peut être attestée que par un médecin porteur du titre professionnel particulier en gériatrie.');
    expect(summary(rules)).toEqual([['qualification', '264202-264213']]);
    expect(rules[0].params).toMatchObject({ specialties: ['gériatrie'] });
  });

  it('`… effectuée par un médecin, porteur du titre … en oncologie médicale et qui …`: the title up to its clause', () => {
    const rules = inQuote("La prestation 264202-264213 n'est remboursée que si elle est effectuée par un médecin, porteur du titre professionnel particulier en oncologie médicale et qui est attaché à un hôpital.");
    expect(only(rules, 'qualification')[0].params).toMatchObject({ specialties: ['oncologie médicale'] });
  });

  it('a document signed by a title holder is no qualification', () => {
    const rules = inQuote('Le rapport de la prestation 264180-264191 est signé par le titulaire du diplôme.');
    expect(only(rules, 'qualification')).toEqual([]);
  });
});
