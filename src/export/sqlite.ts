import initSqlJs from 'sql.js';
import type { Cell, FieldType, Table } from './table-schema.js';

/**
 * The export's tables as one SQLite database (`nomen.sqlite`), for
 * Datasette, the sqlite3 shell or any language: the same rows and keys as
 * the CSV, indexes on codes and dates, and a full-text index (FTS4) over
 * every label any version ever had. Written with sql.js (SQLite compiled to
 * WebAssembly): no native build, so it installs on every machine the
 * project runs on; better-sqlite3 would need a compiler or a prebuilt
 * binary that this project cannot fetch at install.
 */
const SQL_TYPE: Record<FieldType, string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', date: 'TEXT' };

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Indexes users query by: codes, groups, documents, dates. */
const INDEXES: Record<string, string[][]> = {
  prestations: [['code'], ['hospitalised_code'], ['document']],
  versions: [['group', 'field', 'from'], ['document'], ['from'], ['to']],
  amendments: [['codes'], ['anchor'], ['subject', 'type']],
  rules: [['codes'], ['type']],
  indications: [['codes']],
  diagnostics: [['code']],
  documents: [['entry_into_force']],
};

export async function sqliteDatabase(tables: readonly Table[]): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    for (const t of tables) {
      const cols = t.schema.fields.map((f) => `${q(f.name)} ${SQL_TYPE[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}`);
      const pk = `PRIMARY KEY (${t.schema.primaryKey.map(q).join(', ')})`;
      const fks = (t.schema.foreignKeys ?? []).map((k) => `FOREIGN KEY (${k.fields.map(q).join(', ')}) REFERENCES ${q(k.reference.resource)} (${k.reference.fields.map(q).join(', ')})`);
      db.run(`CREATE TABLE ${q(t.name)} (${[...cols, pk, ...fks].join(', ')})`);
      const names = t.schema.fields.map((f) => f.name);
      const insert = db.prepare(`INSERT INTO ${q(t.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      db.run('BEGIN');
      for (const r of t.rows) insert.run(names.map((n) => sqlValue(r[n] ?? null)));
      db.run('COMMIT');
      insert.free();
      for (const idx of INDEXES[t.name] ?? []) db.run(`CREATE INDEX ${q(`${t.name}_${idx.join('_')}`)} ON ${q(t.name)} (${idx.map(q).join(', ')})`);
    }
    // every label a code group ever had, searchable: `SELECT … FROM labels WHERE labels MATCH 'biopsie'`
    db.run('CREATE VIRTUAL TABLE labels USING fts4("group", label, "from", "to", document, tokenize=unicode61)');
    db.run(`INSERT INTO labels SELECT "group", value, "from", "to", document FROM versions WHERE field = 'label' AND value IS NOT NULL ORDER BY "group", seq`);
    return db.export();
  } finally {
    db.close();
  }
}

function sqlValue(v: Cell): string | number | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
