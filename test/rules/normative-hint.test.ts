import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNormative, NORMATIVE, NORMATIVE_MORE } from '../../src/extract/rules/index.js';
import { documentationDutyUnfiltered, isDocumentationDuty } from '../../src/extract/rules/documentation.js';
import { forbidsCumulation, NEG_CUMUL } from '../../src/extract/rules/cumulation.js';
import { hyphenAdvisingPhysician } from '../../src/extract/rules/approval.js';
import { barredAfterDone } from '../../src/extract/rules/barred-after-done.js';
import { repeatedBefore } from '../../src/extract/rules/repeated-before.js';

const corpus = path.resolve(import.meta.dirname, '../..', '../shared/corpus');

/**
 * isNormative tries NORMATIVE (and the documentation duties) only where one of its literals occurs: it must decide as they do
 * alone (on the sentence with `médecin conseil` written `médecin-conseil`, as isNormative reads it).
 */
/** NEG_CUMUL, or one of the strict forms read by their own modules besides it. */
const negCumul = (s: string) => NEG_CUMUL.test(s) || barredAfterDone(s) !== null || repeatedBefore(s) !== null;
const normative = (raw: string) => {
  const s = hyphenAdvisingPhysician(raw);
  return NORMATIVE.test(s) || NORMATIVE_MORE.test(s) || documentationDutyUnfiltered(s);
};
describe('the NORMATIVE prefilter', () => {
  it('agrees with NORMATIVE on every alternative', () => {
    for (const s of [
      'ne peut être attestée', "n'est remboursée que", 'peuvent également être portées en compte', 'sont accessibles', 'est accessible',
      'sont également attestées', 'requiert', 'requièrent', 'doivent', "n'est dûe", 'est exigée', 'CUMUL', 'couvrent', 'considérés comme forfait',
      'est honorée', "n'entre en ligne de compte", 'sont réservées', 'est conservé', "n'est pas applicable", 'sont limitées',
      'ne sont pas remboursables', 'ne sont pas cumulables', 'ACCORD PRÉALABLE DU COLLÈGE', 'NE PEUT ÊTRE', 'une phrase sans règle',
      // fixed-width tables and older decrees drop the accents
      'peut etre attestee', 'peuvent etre cumulees', 'est exigee', "n'est due", 'sont reservees', 'considerees comme forfait', 'accord prealable du college',
      // words that end where they end, and the reimbursement limits
      'est attesté par', 'dont le traitement est attesté', 'est exigible', 'ne sont remboursées que si', "ne sont remboursés qu'une fois",
      'sont remboursees par grossesse au maximum', 'est limitrophe',
      // limits without a normative verb
      'sont portées en compte à l’AMI une seule fois', 'est octroyée au maximum 2 fois', 'MAXIMUM 2 FOIS PAR AN', 'deux fois au maximum', 'autrefois',
      "n'ouvrent pas droit au supplément", 'NE DONNE PAS DROIT', 'a droit à',
      "ne sont dues qu'une fois", 'sont portés en compte à raison de 50 p.c.', 'facturée à 75 %', 'cumulables à 100 %', 'honorée à cinquante pourcent', 'à 100 %',
      'est couverte par les honoraires', 'SONT COUVERTS PAR', 'couverture',
      'au maximum vingt séances', 'AU MAXIMUM 3 PRESTATIONS', 'le maximum',
      'Seul le logopède peut attester', 'peuvent porter en compte', 'est habilité à', "n'est remboursée qu'aux bénéficiaires", "n'est pas prévu qu'il",
      // documentation duties stated as facts, accents or not
      'figure(nt) dans le dossier', 'apparait sur l’attestation', "apparaît sur l'attestation", 'est reprise dans le dossier', 'sont ajoutes au dossier', 'tient a jour',
      'est mis à disposition du médecin référent', "fait l'objet d'une note", 'exige une nouvelle prescription', 'sont seulement attestables après renvoi',
      'réalisée sur prescription', 'Un rapport est redige', 'La prescription doit mentionner', 'doit garder en son dossier', 'figurant sur la prescription',
      // laboratory maxima
      'B 600(Maximum 1) Classe 19', '(maximum 12)', '(maximum 2 fois par an)', '(Maximum)',
      'peut être seulement attestée', 'peut également attester', 'peut egalement attester', 'réalisée par un médecin spécialiste', 'ne sont pas honorées', 'executees par des specialistes', 'huit fois au plus', 'fois au plusieurs', 'est remboursé par année civile', 'maximum 2 toilettes par semaine', 'attestee par an', 'sur base d\'un rapport', 'la prescription mentionne', 'le protocole precise',
      'Maximum 1 prestation par semaine.', 'Au maximum 4 séances par jour', 'maximum 3 prestations', 'Le maximum deux prestations par an',
    ]) {
      expect(isNormative(s), s).toBe(normative(s));
      expect(forbidsCumulation(s), s).toBe(NEG_CUMUL.test(s));
    }
  });

  it.skipIf(!existsSync(corpus))('agrees with NORMATIVE on every line of the corpus', () => {
    const differ: string[] = [];
    for (const f of readdirSync(corpus).filter((n) => n.endsWith('.md'))) {
      for (const line of readFileSync(path.join(corpus, f), 'utf8').split('\n')) if (isNormative(line) !== normative(line) || isDocumentationDuty(line) !== documentationDutyUnfiltered(line) || forbidsCumulation(line) !== negCumul(line)) differ.push(line);
    }
    expect(differ).toEqual([]);
  });
});
