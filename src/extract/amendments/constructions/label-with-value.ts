import type { Prestation, RelativeValue } from '../../../schema/document.js';
import type { DocumentStructure, Quote } from '../../../structure/types.js';
import { labelStart, valueIn } from '../payload.js';
import { definedIn } from './payload-prestations.js';
import { findRelativeValues } from '../../values.js';
import type { Construction } from './types.js';

/**
 * A label replaced by a text that ends with a relative value (`le libellé
 * de la prestation X est remplacé par ce qui suit : "Polysomnographie …
 * . . . . . K 180"`) changes the label and the value: the value is the one
 * that ends the text, never a key-letter value cited inside the label
 * (`… égale ou supérieure à N 200 …`).
 */
export const labelWithValue: Construction = {
  id: 'label-with-value',
  summary: 'a new label that ends with a relative value → substitution/label and substitution/relativeValue (and the rule after it when named with them)',
  examples: [
    {
      // twenty-second synthetic round (BL 2001079101): the rule after it named with `ainsi que`, replaced with them
      from: 'synthetic round 22, BL 2001079101',
      text: '3. le libellé et la valeur relative de la prestation 455980 - 455991 ainsi que la règle d\'application qui suit immédiatement cette prestation sont remplacés comme suit :\n\n" Tomographie commandée par ordinateur de la colonne vertébrale, par segment N175\n\nCette prestation n\'est pas cumulable avec la prestation 455814 - 455825. "',
      reads: ['substitution/label 455980-455991', 'substitution/relativeValue 455980-455991', 'substitution/rule 455980-455991'],
    },
    {
      from: '2016022108',
      text: '3. à la prestation 477374-477385,\n\na) le libellé de la prestation est remplacé par ce qui suit : "Polysomnographie après l\'âge d\'un an . . . . . K 180";',
      reads: ['substitution/label 477374-477385', 'substitution/relativeValue 477374-477385'],
    },
    {
      from: '2004022312',
      text: '1. à la catégorie 2a, le libellé de la prestation 687514- 687525 est remplacé par le libellé suivant :\n\n" 687514-687525 Catheter(s)-electrode(s), intracardiaque(s), pour ablation . . . . . U 61 "',
      reads: ['substitution/label 687514-687525', 'substitution/relativeValue 687514-687525'],
    },
    {
      // the shape quoted by the amendments issue (item 7) from a decree outside the corpus; code and wording around it are ours
      from: 'issue 9, item 7',
      text: '6. le libellé de la prestation 713016 est remplacé par ce qui suit : "Bilan chez un patient dont la prestation est classée dans une catégorie égale ou supérieure à N 200 ou K120 du tableau"',
      reads: ['substitution/label 713016'],
      never: ['substitution/relativeValue'],
    },
    {
      // tenth synthetic blind round (V 2016091642): a value cited after a plural negation ends the new label, it is not its value
      from: 'synthetic round 10, V 2016091642',
      text: '1° le libellé de la prestation 103014-103025 est remplacé par ce qui suit : " Avis spécialisé en gériatrie, pour autant que les honoraires de la consultation du même jour ne dépassent pas N 20 ";',
      reads: ['substitution/label 103014-103025'],
      never: ['substitution/relativeValue'],
    },
    {
      // the quoted label holds its code list and value as the annex lays them out: every listed code's label
      // changes, and the value (R 17,5 → R 15) with it
      from: '2023040652',
      text: '4. Au § 1, le libellé " Séance collective de guidance parentale d\'une durée d\'au moins 90 minutes, pour trois ou quatre couples de parents\n\n713016, 713112, 713215 R 17,5\n\npar séance et par bénéficiaire; " est remplacé par les mots " Séance collective de guidance parentale d\'une durée d\'au moins 90 minutes, pour trois, quatre, cinq ou six couples de parents\n\n713016, 713112, 713215 R 15\n\npar séance et par bénéficiaire; " ;',
      reads: ['substitution/label 713016,713112,713215', 'substitution/relativeValue 713016,713112,713215'],
    },
    {
      // the new text gives two code lists, each with its label and value: each list's codes get their own
      from: 'review of 2023040652\'s form',
      text: '4. Au § 1, le libellé " Séance collective A\n\n713016, 713112 R 17,5\n\npar séance; " est remplacé par les mots " Séance collective A pour six couples\n\n713016, 713112 R 15\n\npar séance;\n\nSéance collective B pour huit couples\n\n713215, 713311 R 20\n\npar séance; " ;',
      reads: ['substitution/label 713016,713112', 'substitution/relativeValue 713016,713112', 'substitution/label 713215,713311', 'substitution/relativeValue 713215,713311'],
      never: ['substitution/label 713016,713112,713215', 'substitution/relativeValue 713016,713112,713215'],
    },
    {
      // the same layout with the value unchanged: the labels change, not the value
      from: 'synthetic round 14, AI 2022098852 (value kept)',
      text: '3. Au § 1er, 3°, le libellé " Séance collective de kinésithérapie, pour un groupe de trois à six bénéficiaires\n\n563010, 563113, 563216 M 12\n\npar bénéficiaire; " est remplacé par les mots " Séance collective de kinésithérapie, pour un groupe de trois à huit bénéficiaires\n\n563010, 563113, 563216 M 12\n\npar bénéficiaire; " ;',
      reads: ['substitution/label 563010,563113,563216'],
      never: ['substitution/relativeValue'],
    },
  ],
};

/**
 * `le libellé " … 713016, 713112 R 17,5 … " est remplacé par les mots " …
 * 713016, 713112 R 15 … "`: a quoted new label that holds the code list and
 * value of the prestations it labels. One entry per label and value the new
 * text gives (a text with two code lists gives two): their codes, the label,
 * and the new value unless the old quoted text had the same one (the old
 * value is kept when the old text gives one list's value).
 */
export function labelWithCodeList(doc: DocumentStructure, payload: Quote[], preQuotes: Quote[], prestations: readonly Prestation[]): { codes: string[][]; label: string | null; value: RelativeValue | null; old: RelativeValue | null }[] | null {
  const listed = definedIn(doc, payload, prestations).filter((p) => p.value !== null);
  if (listed.length === 0) return null;
  const groups = new Map<string, { codes: string[][]; label: string | null; value: RelativeValue | null }>();
  for (const p of listed) {
    const key = JSON.stringify([p.label, p.value?.terms]);
    const g = groups.get(key) ?? { codes: [], label: p.label, value: p.value };
    if (!g.codes.some((c) => c.join() === p.codes.join())) g.codes.push([...p.codes]);
    groups.set(key, g);
  }
  const oldQ = preQuotes[preQuotes.length - 1];
  const old = oldQ && groups.size === 1 ? valueIn(doc, oldQ.innerStart, oldQ.innerEnd, true) : null;
  return [...groups.values()].map((g) => {
    const same = old !== null && g.value !== null && JSON.stringify(old.terms) === JSON.stringify(g.value.terms);
    return { ...g, value: same ? null : g.value, old };
  });
}

/** The new label and the value ending it, when the payload ends with a relative value; null otherwise. */
export function splitEndingValue(doc: DocumentStructure, q: Quote): { label: string; value: RelativeValue } | null {
  const raw = doc.ingested.text.text;
  const found = findRelativeValues(raw, q.innerStart, q.innerEnd);
  const v = found[found.length - 1];
  if (!v || !/^[\s.;:"'`»]*$/u.test(raw.slice(v.end, q.innerEnd))) return null;
  // a whole code line: `" 687514-687525 Catheter(s) … U 61 "` — the codes are not the label
  const label = raw
    .slice(labelStart(raw, q.innerStart, v.start), v.start)
    .replace(/\s+/g, ' ')
    .replace(/[\s.…]+$/u, '')
    .replace(/^[\s"'`.:-]+/u, '')
    .trim();
  return label ? { label, value: v.value } : null;
}
