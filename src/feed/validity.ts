import type { NomenclatureState } from '../schema/replay.js';
import type { Rule } from '../schema/rules.js';
import type { FeedInput, Validity } from './build.js';

/**
 * Validity of a feed row from the replayed state: a rule holds from its
 * document's entry into force until a later decree replaces or removes the
 * rule (its version's `to`), or repeals the codes it governs.
 */
export function validityFromState(state: NomenclatureState): (doc: FeedInput, rule: Rule) => Validity {
  const byCode = new Map<string, NomenclatureState['groups'][number]>();
  for (const g of state.groups) for (const c of g.codes) byCode.set(c, g);
  return (doc, rule) => {
    const from = doc.document.entryIntoForce.date;
    let to: string | null = null;
    for (const code of rule.codes.flat()) {
      const g = byCode.get(code);
      if (!g) continue;
      const version = g.rules.find((v) => v.source.document === doc.document.id && v.value.text === rule.text);
      const repeal = g.status.find((s) => s.value === 'repealed' && s.from !== null && (from === null || s.from > from));
      const end = [version?.to ?? null, repeal?.from ?? null].filter((d): d is string => d !== null).sort()[0] ?? null;
      if (end && (to === null || end < to)) to = end;
    }
    return { from, to };
  };
}
