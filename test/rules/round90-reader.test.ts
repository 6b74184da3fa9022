import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline/parse.js';
import { readLocator } from '../../src/extract/rules/locators.js';
import { decree, rulesOfText, repoRoot, summary } from './load.js';

// A second reader's near variants of the forms of c74caba (round 90), each a misfire of that commit on words real drafters
// use, read as a careful reader does since its mend. Codes 221012-221023, 221034-221045, 221056 (check digit: first five mod 7).

const under221012 = (rule: string) =>
  rulesOfText(decree("**Article 1er.** A l'article 2 de l'annexe, les prestations suivantes sont insérées :", '', '" 221012', '', 'Consultation de diabétologie avec éducation du patient C 40', '', `${rule} "`));
const para4 = (s: string) => rulesOfText(decree("**Article 1er.** A l'article 17 de l'annexe, le § 4 est remplacé par ce qui suit :", '', `" § 4. ${s} "`));

describe('round 90 forms, second reading', () => {
  it('2002023049: the report duty keeps its second arm (`au moins une fois par année civile` is a minimum, not a limit)', async () => {
    const doc = await parseBytes('2002023049.md', readFileSync(`${repoRoot}/../shared/corpus/2002023049.md`));
    const r = doc.rules.find((x) => x.type === 'documentation' && x.text.startsWith('Le rapport écrit doit être transmis'));
    expect(r?.text).toContain('au moins une fois par année civile');
  });

  it('a rhythm of care or of administration, `une fois par an/période`, is no billing limit under a label', () => {
    expect(summary(under221012('Le plan de soins est évalué et adapté une fois par période de 6 mois.').filter((r) => r.type === 'frequency'))).toEqual([]);
    expect(summary(under221012('Les montants sont indexés une fois par année civile.').filter((r) => r.type === 'frequency'))).toEqual([]);
    expect(summary(under221012('Le patient est revu par le diabétologue une fois par an.').filter((r) => r.type === 'frequency'))).toEqual([]);
  });

  it('`jusqu\'à concurrence de N séances par <non-time unit>` does not borrow a later span', () => {
    const f = (s: string) => under221012(s).filter((r) => r.type === 'frequency').map((r) => r.params);
    expect(f("Les séances sont remboursées jusqu'à concurrence de 18 séances par situation pathologique; au-delà, jusqu'à concurrence de 9 séances par année civile.")).not.toContainEqual(expect.objectContaining({ max: 18, period: { count: 1, unit: 'calendarYear' } }));
    expect(f("La prestation 221012 est remboursée jusqu'à concurrence de 18 séances par situation pathologique, la situation étant réévaluée par période de 12 mois.")).not.toContainEqual(expect.objectContaining({ max: 18, period: { count: 12, unit: 'month' } }));
  });

  it('`séjour hospitalier` or `pas encore hospitalisé` offered with another place is no single setting', () => {
    const st = (s: string) => under221012(s).filter((r) => r.type === 'setting').map((r) => r.params);
    expect(st('La prestation 221012 ne peut être attestée que pendant le séjour hospitalier ou dans les 30 jours qui suivent la sortie.')).toEqual([]);
    expect(st('La prestation 221012 ne peut être attestée que pendant le séjour hospitalier de la mère ou à domicile.')).toEqual([]);
    expect(st("La prestation 221012 ne peut être attestée que pour un bénéficiaire qui n'est pas encore hospitalisé ou qui est hospitalisé depuis moins de 24 heures.")).toEqual([]);
  });

  it('the advising physician noting his decision on a sheet is not the provider documenting the act', () => {
    expect(summary(under221012('Le médecin-conseil mentionne sur la feuille de notification sa décision.').filter((r) => r.type === 'documentation'))).toEqual([]);
  });

  it('people, disorders, costs and documents placed by paragraph are not acts (as `bénéficiaires` is not)', () => {
    for (const s of ['Les kinésithérapeutes visés au § 1er, 4°', 'Les assurés visés au § 2', 'Les troubles visés au § 2, b), 1°', 'Les frais visés au § 2', 'Les certificats visés au § 3', 'Les logopèdes visés au § 2'])
      expect(readLocator(s), s).toBeNull();
  });

  it('a number the act is NOT (or no longer) billed under is not what `cette prestation` / `Elle` stands for', () => {
    const f = (s: string) => summary(para4(s).filter((r) => r.type === 'frequency'));
    expect(f("Lorsque la prestation 221012 - 221023 est effectuée chez un enfant, elle n'est pas portée en compte sous le numéro 221034 - 221045. Cette prestation ne peut être attestée que deux fois par jour.")).toEqual([['frequency', '221012-221023']]);
    expect(f('La prestation 221012 - 221023, qui était auparavant attestée sous le numéro 221034 - 221045, est réservée aux médecins spécialistes en pédiatrie. Cette prestation ne peut être attestée qu\'une fois par jour.')).toEqual([['frequency', '221012-221023']]);
    expect(f("La prestation 221012 - 221023 ne peut plus être attestée sous le numéro 221034 - 221045. Elle ne peut être attestée qu'une fois par jour.")).toEqual([['frequency', '221012-221023']]);
  });

  it('a subject naming a class by noun and complement takes every label of it, not only those with two words between', () => {
    const rules = rulesOfText(
      decree("**Article 1er.** A l'article 2 de l'annexe, les prestations suivantes sont insérées :", '', '" 221012', '', 'Visite du médecin généraliste au domicile du patient C 40', '', '221034', '', 'Visite de nuit au domicile du patient C 60', '', '221056', '', 'Consultation au cabinet C 20', '',
        "La prestation 221056 n'est pas cumulable avec la prestation 221012.", '', "Les visites au domicile du patient ne peuvent être attestées qu'une fois par jour. \""),
    );
    const f = summary(rules.filter((r) => r.type === 'frequency'));
    expect(f.length === 0 || f[0][1] === '221012 221034').toBe(true);
  });
});
