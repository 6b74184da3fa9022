import type { Amendment, NomenclatureDocument, Prestation } from '../../src/schema/document.js';
import type { Provenance } from '../../src/schema/common.js';

/** Hand-made documents for replay tests (what the extractors will produce). */
export function at(snippet: string, article = '1'): Provenance {
  return { line: 1, column: 1, offset: 0, length: snippet.length, article, paragraph: 0, snippet };
}

export function doc(
  id: string,
  date: string | null,
  parts: { prestations?: Prestation[]; amendments?: Amendment[]; published?: string | null; kind?: NomenclatureDocument['document']['kind']; rules?: unknown[]; indications?: unknown[] },
): NomenclatureDocument {
  const d: NomenclatureDocument = {
    document: {
      id,
      eli: null,
      kind: parts.kind ?? 'arrete-royal',
      title: null,
      signed: null,
      published: parts.published ?? null,
      entryIntoForce: { date, basis: date ? 'front-matter' : 'unknown', at: null },
      source: { path: `${id}.md`, format: 'justel-markdown', sha256: '0'.repeat(64) },
    },
    codes: [],
    prestations: parts.prestations ?? [],
    amendments: parts.amendments ?? [],
    // hand-made rules/indications are not validated here: replay reads them defensively
    rules: (parts.rules ?? []) as NomenclatureDocument['rules'],
    indications: (parts.indications ?? []) as NomenclatureDocument['indications'],
    diagnostics: [],
  };
  return d;
}

export function prestation(codes: string[], label: string | null, value: [string, number] | null, snippet = codes.join(' - ')): Prestation {
  return {
    codes,
    label,
    value: value ? { letter: value[0], coefficient: value[1], terms: [{ letter: value[0], coefficient: value[1] }] } : null,
    at: at(snippet),
  };
}

export function amendment(
  type: Amendment['type'],
  subject: Amendment['subject'],
  codes: string[][],
  extra: { old?: unknown; new?: unknown; article?: string | null; snippet?: string } = {},
): Amendment {
  return {
    type,
    subject,
    target: { article: extra.article === undefined ? '14' : extra.article, path: [], anchor: null, position: null },
    codes,
    old: extra.old ?? null,
    new: extra.new ?? null,
    at: at(extra.snippet ?? `${type} ${subject} ${codes.flat().join(',')}`),
  };
}
