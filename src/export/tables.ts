import { groupAt } from '../query/at.js';
import { formatValue } from '../replay/extras.js';
import type { NomenclatureDocument } from '../schema/document.js';
import type { NomenclatureState, StateValue, Version } from '../schema/replay.js';
import { bool, codeField, date, integer, number, oneOf, text, type Row, type Table } from './table-schema.js';

/** The open dataset of a build: documents, the prestations in force on `at`, every version, amendments, rules, indications, diagnostics. */
export interface ExportInput {
  documents: readonly NomenclatureDocument[];
  state: NomenclatureState;
  /** the day of the `prestations` table (ISO date) */
  at: string;
}

const MISSING = [''];
const docRef = (field = 'document') => ({ fields: [field], reference: { resource: 'documents', fields: ['id'] } });

/** `N 14 + P 8`, written as `nomen at` writes it (so that prestations.csv reads back as a base). */
export const valueText = (v: StateValue | null): string | null => formatValue(v);

/** Code groups as text: `589676-589680 589690-589701` (a space between groups). */
const groupsText = (groups: readonly (readonly string[])[]) => groups.map((g) => g.join('-')).join(' ');
const json = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

const FIELDS = ['status', 'label', 'value', 'rules', 'indications'] as const;

/**
 * The ids a replay seeded from a base (`--base`) names as sources of its facts but the build holds no document of:
 * the decrees that set those facts before the base date. Each gets a documents row of kind `base`, so that every
 * `document` of the other tables is a documents row (the SQLite export's foreign keys refused the export otherwise).
 */
function baseOnlyDocuments(docs: readonly NomenclatureDocument[], state: NomenclatureState | undefined): Row[] {
  if (!state?.base) return [];
  const known = new Set(docs.map((d) => d.document.id));
  const ids = new Set<string>();
  for (const g of state.groups) for (const field of FIELDS) for (const v of g[field] as Version<unknown>[]) if (v.source.base !== undefined && !known.has(v.source.document)) ids.add(v.source.document);
  return [...ids].map((id) => ({
    id,
    eli: null,
    kind: 'base',
    title: null,
    signed: null,
    published: null,
    entry_into_force: null,
    entry_into_force_basis: 'unknown',
    source_path: state.base!.file,
    source_format: 'base',
    source_sha256: null,
  }));
}

export function documentsTable(docs: readonly NomenclatureDocument[], state?: NomenclatureState): Table {
  const rows: Row[] = [...docs]
    .map((d): Row => ({
      id: d.document.id,
      eli: d.document.eli,
      kind: d.document.kind,
      title: d.document.title,
      signed: d.document.signed,
      published: d.document.published,
      entry_into_force: d.document.entryIntoForce.date,
      entry_into_force_basis: d.document.entryIntoForce.basis,
      source_path: d.document.source.path,
      source_format: d.document.source.format,
      source_sha256: d.document.source.sha256,
    }))
    .concat(baseOnlyDocuments(docs, state))
    .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0));
  return {
    name: 'documents',
    title: 'Documents',
    description: 'Every decree or convention of the build, by id (the NUMAC when known); with a base (`--base`), the documents its rows name that the build does not hold, of kind `base`, the base file as their source.',
    schema: {
      fields: [
        text('id', 'document id: the NUMAC, else the file stem', true),
        text('eli', 'European Legislation Identifier of the text'),
        text('kind', 'arrete-royal, convention, …, or base (known only from the base table)', true),
        text('title', 'French title'),
        date('signed', 'date of signature'),
        date('published', 'date of publication in the Moniteur belge'),
        date('entry_into_force', 'date the text enters into force'),
        text('entry_into_force_basis', 'where that date comes from: front-matter, formula, date-in-text, publication, unknown', true),
        text('source_path', 'source file, relative to the input directory (for kind base, the base file)', true),
        text('source_format', 'justel-markdown, pdf-text, pdf, or base', true),
        text('source_sha256', 'sha256 of the source bytes (empty for kind base)'),
      ],
      primaryKey: ['id'],
      missingValues: MISSING,
    },
    rows,
  };
}

export function prestationsTable(state: NomenclatureState, day: string): Table {
  const rows: Row[] = [];
  // the rows of `nomen at DAY`: the same prestations (undated ones are not in force on a day), the same source
  for (const g of state.groups) {
    const hit = groupAt(g, day);
    if (!hit) continue;
    const { row } = hit;
    const first = row.value?.terms[0] ?? null;
    rows.push({
      group: g.key,
      code: g.codes[0],
      hospitalised_code: g.codes[1] ?? null,
      label: row.label,
      value: row.value?.text ?? null,
      key_letter: first?.letter ?? null,
      coefficient: first?.coefficient ?? null,
      since: row.from,
      known_since: row.knownSince,
      document: row.source,
    });
  }
  rows.sort((a, b) => ((a.group as string) < (b.group as string) ? -1 : 1));
  return {
    name: 'prestations',
    title: `Prestations in force on ${day}`,
    description: `Every code group in force on ${day} in the replayed state, with its label and relative value on that day.`,
    schema: {
      fields: [
        text('group', 'code group key: the ambulatory-hospitalised pair or the single code', true),
        codeField('code', 'first (ambulatory or single) code'),
        codeField('hospitalised_code', 'hospitalised code of a pair', false),
        text('label', 'label (libellé) in force'),
        text('value', 'relative value, every term (`N 14 + P 8`)'),
        text('key_letter', 'key letter of the first term'),
        number('coefficient', 'coefficient of the first term'),
        date('since', 'date the latest of status, label and value took effect'),
        bool('known_since', 'true when the code was first met in that document: its earlier past is unknown to this build'),
        text('document', 'document that set that latest fact', true),
      ],
      primaryKey: ['group'],
      foreignKeys: [docRef()],
      missingValues: MISSING,
    },
    rows,
  };
}


export function versionsTable(state: NomenclatureState): Table {
  const rows: Row[] = [];
  for (const g of state.groups) {
    for (const field of FIELDS) {
      (g[field] as Version<unknown>[]).forEach((v, i) => {
        rows.push({
          group: g.key,
          field,
          seq: i + 1,
          from: v.from,
          to: v.to,
          known_since: v.knownSince,
          value: field === 'value' ? valueText(v.value as StateValue | null) : json(v.value),
          document: v.source.document,
          article: v.source.at?.article ?? null,
          line: v.source.at?.line ?? null,
          closed_by: v.closedBy?.document ?? null,
        });
      });
    }
  }
  rows.sort((a, b) => (a.group === b.group ? (a.field === b.field ? (a.seq as number) - (b.seq as number) : (a.field as string) < (b.field as string) ? -1 : 1) : (a.group as string) < (b.group as string) ? -1 : 1));
  return {
    name: 'versions',
    title: 'Versions',
    description: 'Every dated version [from, to) of every fact of every code group, with the document and line that set it.',
    schema: {
      fields: [
        text('group', 'code group key', true),
        oneOf('field', 'which fact', [...FIELDS]),
        integer('seq', 'order of the version within the group and field'),
        date('from', 'first day (empty: unknown)'),
        date('to', 'day it ended (empty: still in force)'),
        bool('known_since', 'first met in that document: earlier past unknown'),
        text('value', 'the fact: status, label text, value terms, or the rule/indications as JSON'),
        text('document', 'document that set it', true),
        text('article', 'decree article of the sentence'),
        // (no line for a fact read from a base table)
        { ...integer('line', 'line of the sentence in the source file (empty for a fact from a base)'), constraints: undefined },
        text('closed_by', 'document that ended it'),
      ],
      primaryKey: ['group', 'field', 'seq'],
      foreignKeys: [docRef()],
      missingValues: MISSING,
    },
    rows: rows.map((r) => ({ ...r, line: r.line ?? null })),
  };
}

/** One row per fact the documents state: amendments, rules, indications, diagnostics. */
export function documentFactTables(docs: readonly NomenclatureDocument[]): Table[] {
  const sorted = [...docs].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  const amendments: Row[] = [];
  const rules: Row[] = [];
  const indications: Row[] = [];
  const diagnostics: Row[] = [];
  for (const d of sorted) {
    const id = d.document.id;
    d.amendments.forEach((a, i) =>
      amendments.push({ document: id, seq: i + 1, type: a.type, subject: a.subject, article: a.target.article, path: a.target.path.join(' ') || null, anchor: a.target.anchor, position: a.target.position, codes: groupsText(a.codes) || null, old: json(a.old), new: json(a.new), line: a.at.line, snippet: a.at.snippet }),
    );
    d.rules.forEach((r, i) =>
      rules.push({ document: id, seq: i + 1, type: r.type, codes: groupsText(r.codes) || null, params: json(r.params ?? null), refusal: r.refusal ?? null, text: r.text, line: r.at.line }),
    );
    d.indications.forEach((t, i) => {
      const walk = (items: typeof t.items, path: string) =>
        items.forEach((it, k) => {
          const p = path ? `${path}.${k + 1}` : `${k + 1}`;
          indications.push({ document: id, tree: i + 1, path: p, codes: groupsText(t.codes) || null, label: it.label ?? null, text: it.text, conditions: it.conditions.length ? JSON.stringify(it.conditions) : null });
          walk(it.items, p);
        });
      walk(t.items, '');
    });
    d.diagnostics.forEach((x, i) => diagnostics.push({ document: id, seq: i + 1, severity: x.severity, code: x.code, message: x.message, line: x.at?.line ?? null }));
  }
  const line = integer('line', 'line in the source file');
  const optionalLine = { ...line, constraints: undefined };
  return [
    {
      name: 'amendments',
      title: 'Amendments',
      description: 'Every amending operation of every document, in text order.',
      schema: {
        fields: [text('document', 'document', true), integer('seq', 'order in the document'), oneOf('type', 'operation', ['insertion', 'substitution', 'repeal', 'gap']), oneOf('subject', 'what it changes', ['prestation', 'relativeValue', 'label', 'rule', 'words', 'provision']), text('article', 'annex article'), text('path', 'place inside the article'), { ...codeField('anchor', 'prestation that places it', false) }, text('position', 'after, before or at'), text('codes', 'code groups concerned, space-separated'), text('old', 'old text or value (JSON when structured)'), text('new', 'new text or value (JSON when structured)'), line, text('snippet', 'the source sentence', true)],
        primaryKey: ['document', 'seq'],
        foreignKeys: [docRef()],
        missingValues: MISSING,
      },
      rows: amendments,
    },
    {
      name: 'rules',
      title: 'Application rules',
      description: 'Typed application rules (règles d\'application) with their parameters and refusal code.',
      schema: {
        fields: [text('document', 'document', true), integer('seq', 'order in the document'), text('type', 'rule type', true), text('codes', 'code groups governed, space-separated'), text('params', 'typed parameters as JSON'), { ...text('refusal', 'MyCareNet eTariff refusal code, as text (`002`)'), constraints: { pattern: '[0-9]{3}' } }, text('text', 'the rule sentence', true), line],
        primaryKey: ['document', 'seq'],
        foreignKeys: [docRef()],
        missingValues: MISSING,
      },
      rows: rules,
    },
    {
      name: 'indications',
      title: 'Indications',
      description: 'Indication trees flattened: one row per item, `path` giving its place (`1.2.3`).',
      schema: {
        fields: [text('document', 'document', true), integer('tree', 'indication tree of the document'), text('path', 'item path in the tree', true), text('codes', 'code groups the tree governs'), text('label', 'item label (A., a), 1°, -)'), text('text', 'item text', true), text('conditions', 'parsed conditions as JSON')],
        primaryKey: ['document', 'tree', 'path'],
        foreignKeys: [docRef()],
        missingValues: MISSING,
      },
      rows: indications,
    },
    {
      name: 'diagnostics',
      title: 'Diagnostics',
      description: 'What the reader flagged or could not read, with its place.',
      schema: {
        fields: [text('document', 'document', true), integer('seq', 'order in the document'), oneOf('severity', 'severity', ['error', 'warning', 'info']), text('code', 'stable rule id', true), text('message', 'what was found', true), optionalLine],
        primaryKey: ['document', 'seq'],
        foreignKeys: [docRef()],
        missingValues: MISSING,
      },
      rows: diagnostics,
    },
  ];
}

export function exportTables(input: ExportInput): Table[] {
  return [documentsTable(input.documents, input.state), prestationsTable(input.state, input.at), versionsTable(input.state), ...documentFactTables(input.documents)];
}

