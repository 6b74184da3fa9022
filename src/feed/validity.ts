import type { NomenclatureState } from '../schema/replay.js';
import type { Rule } from '../schema/rules.js';
import type { FeedInput, Validity } from './build.js';
import { normText } from '../replay/extras.js';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Validity of a feed row from the replayed state: a rule holds from its
 * document's entry into force until a later decree replaces or removes the
 * rule (its version's `to`), or repeals the codes it governs; `to` is the
 * last day it holds (the day before). A rule the replay did not keep for any
 * of its codes (a sentence the decree deletes, a document withdrawn ab
 * initio) gives no row: null.
 */
export function validityFromState(state: NomenclatureState): (doc: FeedInput, rule: Rule) => Validity | null {
  type Group = NomenclatureState['groups'][number];
  const byCode = new Map<string, Group>();
  for (const g of state.groups) for (const c of g.codes) byCode.set(c, g);
  // a group's first rule version per (document, compared text), built when first asked:
  // a find over every version for every rule grew with the square of the history
  const firstVersion = new Map<Group, Map<string, Group['rules'][number]>>();
  const versionOf = (g: Group, document: string, text: string) => {
    let m = firstVersion.get(g);
    if (!m) {
      m = new Map();
      for (const v of g.rules) {
        const k = `${v.source.document}\0${normText(v.value.text)}`;
        if (!m.has(k)) m.set(k, v);
      }
      firstVersion.set(g, m);
    }
    return m.get(`${document}\0${text}`);
  };
  return (doc, rule) => {
    const from = doc.document.entryIntoForce.date;
    let to: string | null = null;
    let kept = false;
    const text = normText(rule.text);
    for (const code of rule.codes.flat()) {
      const g = byCode.get(code);
      if (!g) continue;
      // the state may hold the same sentence as the amendment quoted it (spacing aside)
      const version = versionOf(g, doc.document.id, text);
      if (version) kept = true;
      const repeal = g.status.find((s) => s.value === 'repealed' && s.from !== null && (from === null || s.from > from));
      const end = [version?.to ?? null, repeal?.from ?? null].filter((d): d is string => d !== null).sort()[0] ?? null;
      if (end && (to === null || end < to)) to = end;
    }
    if (!kept && rule.codes.length) return null;
    if (to !== null && from !== null && to <= from) return null;
    return { from, to: to === null ? null : dayBefore(to) };
  };
}
