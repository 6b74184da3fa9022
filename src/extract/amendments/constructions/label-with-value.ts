import type { RelativeValue } from '../../../schema/document.js';
import type { DocumentStructure, Quote } from '../../../structure/types.js';
import { findCodeGroups } from '../../codes.js';
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
  summary: 'a new label that ends with a relative value → substitution/label and substitution/relativeValue',
  examples: [
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
  ],
};

/** The new label and the value ending it, when the payload ends with a relative value; null otherwise. */
export function splitEndingValue(doc: DocumentStructure, q: Quote): { label: string; value: RelativeValue } | null {
  const raw = doc.ingested.text.text;
  const found = findRelativeValues(raw, q.innerStart, q.innerEnd);
  const v = found[found.length - 1];
  if (!v || !/^[\s.;:"'`»]*$/u.test(raw.slice(v.end, q.innerEnd))) return null;
  let from = q.innerStart;
  // a whole code line: `" 687514-687525 Catheter(s) … U 61 "` — the codes are not the label
  const lead = findCodeGroups(raw, q.innerStart, v.start)[0];
  if (lead && /^[\s"'`-]*$/u.test(raw.slice(q.innerStart, lead.start))) from = lead.end;
  const label = raw
    .slice(from, v.start)
    .replace(/\s+/g, ' ')
    .replace(/[\s.…]+$/u, '')
    .replace(/^[\s"'`.:-]+/u, '')
    .trim();
  return label ? { label, value: v.value } : null;
}
