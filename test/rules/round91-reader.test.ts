import { describe, expect, it } from 'vitest';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText, summary } from './load.js';

// A second reader's near variants of the forms of e47e675 (round 91), each a misfire of that commit on words real drafters
// use, read as a careful reader does since its mend. Codes 251010-251021, 251032-251043, 251054-251065 (check digit: first
// five mod 7).

const quote = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 14 de l'annexe, le § 7 est remplacé par ce qui suit :", '', `" ${lines.join('\n\n')} "`));
const types = (s: string) => typeSentence(s).map((t) => t.type);
const setting = (s: string) => typeSentence(s).find((t) => t.type === 'setting')?.params;

describe('second reading of e47e675', () => {
  it("a patient's history (`chez un bénéficiaire qui a subi plus de deux examens`) is no limit", () => {
    expect(types("La prestation 251010 ne peut être attestée chez un bénéficiaire qui a subi plus de deux examens au cours de l'année.")).not.toContain('frequency');
    expect(types('La prestation 251010 n\'est remboursée que si le bénéficiaire a reçu plus de six séances de kinésithérapie au cours des douze mois précédents.')).not.toContain('frequency');
    expect(types("Cette prestation n'est remboursée qu'aux bénéficiaires qui ont bénéficié de plus de vingt séances de dialyse.")).not.toContain('frequency');
  });

  it('a request for approval filed as a `dossier de demande` / `formulaire de demande` is no documentation', () => {
    expect(types('Le médecin spécialiste introduit un dossier de demande auprès du médecin-conseil.')).not.toContain('documentation');
    expect(types("Le médecin spécialiste introduit un formulaire de demande d'accord auprès du Collège des médecins-directeurs.")).not.toContain('documentation');
  });

  it("what the advising physician or the insurer writes on the request or report is no provider's documentation", () => {
    expect(types("La prestation 251010 n'est remboursée que si le médecin-conseil a indiqué sur la demande son accord.")).not.toContain('documentation');
    expect(types("L'organisme assureur indique sur le rapport la durée de l'accord.")).not.toContain('documentation');
    expect(types('Le médecin-conseil mentionne sur le rapport sa décision motivée.')).not.toContain('documentation');
  });

  it('physicians who are NOT attached to a centre: no centre setting', () => {
    expect(setting('Ces prestations sont réservées aux médecins spécialistes en urologie qui ne sont pas attachés à un centre agréé.')).toBeUndefined();
  });

  it('patients (not providers) attached to a centre name no place of care', () => {
    expect(setting('Cette prestation est réservée aux bénéficiaires rattachés à un centre de référence pour la mucoviscidose.')).toBeUndefined();
  });

  it('a rhythm of care or a minimum `à raison de deux consultations par semaine` is no limit', () => {
    const rules = quote('§ 7. Le traitement visé sous la prestation 251010 - 251021 comprend au moins dix consultations, à raison de deux consultations par semaine.');
    expect(rules.filter((r) => r.type === 'frequency')).toEqual([]);
    expect(types('Le traitement doit être suivi à raison de trois entretiens par semaine au minimum.')).not.toContain('frequency');
  });

  it("a monthly forfait's label giving the rhythm of a check it includes (`…, une fois par trimestre`) is no limit on the forfait", () => {
    const rules = quote('§ 7.', '251010 - 251021', "* Forfait mensuel pour la surveillance d'un patient sous ventilation à domicile, comprenant le contrôle de l'appareil par le technicien, une fois par trimestre . . . . . K 20");
    expect(rules.filter((r) => r.type === 'frequency')).toEqual([]);
  });

  it('a bar after `mais` (`…, mais sont non cumulables avec les prestations de l\'article 2`) keeps its party', () => {
    const rules = quote("§ 7. La prestation 251010 - 251021 n'est pas cumulable avec la prestation 251032 - 251043, mais est non cumulable avec les prestations de l'article 2.");
    expect(rules.find((r) => r.type === 'nonCumulation')?.with?.articles).toEqual(['2']);
  });

  it('`Les prestations visées aux 1° et 2°`: not a prestation item 1° names only in its condition', () => {
    const rules = quote(
      "§ 7. 1° La prestation 251010 - 251021 n'est remboursée que si la prestation 251054 - 251065 a été attestée au préalable.",
      "2° La prestation 251032 - 251043 ne peut être attestée qu'une fois par an.",
      '3° Les prestations visées aux 1° et 2° ne sont remboursées que si elles sont effectuées par un médecin spécialiste en urologie.',
    );
    const q = rules.find((r) => r.type === 'qualification');
    expect(q?.codes.map((g) => g.join('-'))).not.toContain('251054-251065');
  });

  it('`La deuxième séance … Dans ce cas` after a documentation rule on other acts: not those acts', () => {
    const rules = quote(
      "§ 7. La prestation 251010 - 251021 ne peut être attestée que deux fois par an.",
      'Le médecin spécialiste qui effectue la prestation 251032 - 251043 consigne le résultat dans le dossier médical.',
      "La deuxième séance peut avoir lieu moins de six mois après la première. Dans ce cas, l'accord préalable du médecin-conseil est requis.",
    );
    expect(summary(rules.filter((r) => r.type === 'priorApproval'))).not.toEqual([['priorApproval', '251032-251043']]);
  });
});
