import { describe, expect, it } from 'vitest';
import { rulesOfQuote, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 79 (scored blind first: test/rules/gold-synthetic/round79/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 79 (tuned)', () => {
  // (a rubric's rows in a fixed-width block, each code alone on its line and its label below it in lower case, as 1999022424
  // inserts `598861` / `les cinq premiers jours, par jour   C 28,5`: each row is a prestation the rules below stand for)
  const rubric = (rows: string) =>
    [
      '---\nnumber: 2099022990\n---\n',
      "**Article 1er.** A l'article 25 de l'annexe, la rubrique suivante est insérée après la prestation 599406 :",
      '',
      '" Surveillance d\'un bénéficiaire hospitalisé dans un service de soins palliatifs :',
      '',
      '```',
      rows,
      '```',
      '',
      'Ces honoraires ne peuvent être portés en compte que par un médecin agréé comme spécialiste en gériatrie.',
      '',
      'Ils ne sont pas cumulables, le même jour, avec une consultation du même médecin. "',
      '',
    ].join('\n');

  it('rows whose label opens lower case on the line below the code: `Ces honoraires` are all of them', () => {
    const rows = ['  597100', '  les dix premiers jours, par jour                           C 20', '  597122', '  par un medecin accredite, les dix premiers jours,', '  par jour                                                    C 20 +', '                                                              Q 30', '  597144', '  a partir du onzieme jour, par jour                          C 9'].join('\n');
    expect(summary(rulesOfText(rubric(rows)))).toEqual([
      ['qualification', '597100 597122 597144'],
      ['nonCumulation', '597100 597122 597144'],
    ]);
  });

  it('`le médecin-conseil peut, à la demande du …, donner l\'autorisation d\'attester …` (2002023049, 2005022136): an approval by him', () => {
    expect(typesOf("Pour les enfants de moins de six ans, le médecin-conseil peut, à la demande du logopède, donner l'autorisation d'attester au maximum 30 séances 597100 supplémentaires par année civile.")).toEqual(['frequency', 'priorApproval']);
    expect(typesOf("Le médecin-conseil peut, sur proposition du médecin traitant, donner son accord pour une deuxième série de séances 597100.")).toContain('priorApproval');
    // (not what he may do otherwise: `donner un avis`)
    expect(typesOf("Le médecin-conseil peut donner un avis sur la durée du traitement 597100.")).not.toContain('priorApproval');
  });

  it('`Les prestations des deux groupes suivants peuvent être cumulées à 100 % … :` over `Groupe 1 : …` items (2009022077): on every code listed', () => {
    const rules = rulesOfText(
      [
        '---\nnumber: 2099022990\n---\n',
        "**Article 1er.** L'article 14 de l'annexe est complété comme suit :",
        '',
        '" § 9. Les prestations des trois groupes suivants peuvent être cumulées à 100 % au cours de la même séance opératoire :',
        '',
        'Groupe 1 : 597100, 597122,',
        '',
        'Groupe 2 : 597144,',
        '',
        'Groupe 3 : 597166. "',
        '',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([['billingPercentage', '597100 597122 597144 597166']]);
  });

  it('a condition listed in the infinitive, `1. avoir été prescrites par un médecin …` (2013022005): a documentation duty of its own', () => {
    const rules = rulesOfQuote(
      '§ 4. 597100\n\nEchographie de la hanche chez le nourrisson . . . . . N 25\n\nPour pouvoir être portée en compte, la prestation 597100 doit répondre aux conditions suivantes :\n\n1. avoir été prescrite par un médecin spécialiste en pédiatrie ou en orthopédie;\n\n2. un protocole écrit de l\'examen doit être joint au dossier du patient',
      "L'article 17 de l'annexe est complété",
    );
    expect(rules.filter((r) => r.type === 'documentation').map((r) => [r.codes.map((g) => g.join('-')).join(' '), r.text.slice(0, 22)])).toEqual([
      ['597100', '1. avoir été prescrite'],
      ['597100', "2. un protocole écrit "],
    ]);
    expect(typesOf('a) être prescrite par le médecin traitant du bénéficiaire;')).toEqual(['documentation']);
    // (only a prescription by a physician, a specialist or a dentist, as the other forms of prescribedBy)
    expect(typesOf('être prescrites par des kinésithérapeutes;')).toEqual([]);
  });

  it('`Les honoraires de la prestation X ne comprennent pas …`: what its fee leaves out (the plural verb was not read)', () => {
    expect(typesOf("Les honoraires de la prestation 597100 ne comprennent pas l'examen doppler des vaisseaux du cou.")).toEqual(['coverage']);
    expect(typesOf("Les honoraires des prestations 597100 et 597122 ne couvrent pas le matériel de ponction.")).toEqual(['coverage']);
  });

  it('`ne peut (jamais) être attestée pour une mère hospitalisée`, accents or not: ambulatory only (not `que pour …`)', () => {
    expect(typesOf('La prestation 597100 ne peut jamais etre attestee pour une mere hospitalisee.')).toEqual(['setting']);
    expect(typesOf('La prestation 597100 ne peut être attestée pour un bénéficiaire hospitalisé.')).toEqual(['setting']);
    const setting = (s: string) => rulesOfQuote(s).find((r) => r.type === 'setting')?.params;
    expect(setting('La prestation 597100 ne peut être attestée pour un bénéficiaire hospitalisé.')).toEqual({ setting: 'ambulatory' });
    expect(setting('La prestation 597100 ne peut être attestée que pour un bénéficiaire hospitalisé.')).toEqual({ setting: 'hospitalised' });
  });

  it('a code before `au maximum trois fois au cours d\'une même séance` is no count of units (a quantity of 589761 was read)', () => {
    const rules = rulesOfQuote("La prestation 597100 peut être attestée au maximum trois fois au cours d'une même séance.");
    expect(rules.map((r) => [r.type, (r.params as { max?: number }).max])).toEqual([['frequency', 3]]);
  });

});
