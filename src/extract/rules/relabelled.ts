import type { Amendment } from '../../schema/document.js';
import type { DefinedPrestation } from './index.js';

/**
 * The prestations a decree gives a new label (`le libellé de la prestation 475204 - 475215 est adapté comme suit : " Honoraires
 * pour le bilan gériatrique initial … "`), with that label: a rule sentence of the same decree may name the act by it (`Le bilan
 * gériatrique initial ne peut être porté en compte qu'une seule fois par séjour hospitalier`). Not words edited inside a label.
 */
export function relabelledPrestations(amendments: readonly Amendment[]): DefinedPrestation[] {
  return amendments.flatMap((a) => (a.subject === 'label' && a.type === 'substitution' && !a.wordsEdit && typeof a.new === 'string' && a.new.trim() ? a.codes.map((codes) => ({ codes: codes.slice(), label: a.new as string })) : []));
}
