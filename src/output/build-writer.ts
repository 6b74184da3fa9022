import { link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../schema/common.js';
import type { NomenclatureDocument } from '../schema/document.js';
import type { BuildError, BuildIndex, BuildNotice, DiagnosticsSummary, DocumentCounts, IndexEntry } from '../schema/build.js';
import { formatJson, writeFileAtomic } from './write.js';
import { reachedPhase } from './swap.js';
import type { Base } from '../replay/base.js';

/** One parsed source, as the build hands it to the writer. */
export interface BuiltDocument {
  /** path relative to the input directory (also `document.source.path`). */
  path: string;
  document: NomenclatureDocument;
  /** `documents/<name>.json`, unique within the build. */
  file: string;
}

export interface BuildResult {
  files: number;
  documents: BuiltDocument[];
  errors: BuildError[];
  notices: BuildNotice[];
  /** the starting state the replay is seeded with (`nomen build --base`). */
  base?: Base;
}

/**
 * Give each document its file name: its id, made safe for any file system.
 * When two sources share an id (or differ only in case), the first in path
 * order keeps it and the next ones get `--2`, `--3`: deterministic, and
 * reported as a build notice rather than silently overwritten.
 */
export function assignFiles(parsed: { path: string; document: NomenclatureDocument }[]): { documents: BuiltDocument[]; notices: BuildNotice[] } {
  const taken = new Map<string, string>(); // lower-cased name → path that took it
  const byId = new Map<string, string[]>();
  const documents = parsed.map(({ path, document }) => {
    const base = safeName(document.document.id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}--${n}`;
    taken.set(name.toLowerCase(), path);
    const key = base.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), path]);
    return { path, document, file: `documents/${name}.json` };
  });
  const notices: BuildNotice[] = [];
  for (const paths of byId.values()) {
    if (paths.length < 2) continue;
    const files = documents.filter((d) => paths.includes(d.path)).map((d) => d.file);
    notices.push({
      severity: 'warning',
      code: 'build/duplicate-id',
      message: `${paths.length} sources have the id '${documents.find((d) => d.path === paths[0])!.document.document.id}'; written as ${files.join(', ')}`,
      paths,
    });
  }
  return { documents, notices };
}

function safeName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return s.length > 0 ? s.slice(0, 150) : '_';
}

/**
 * Write a build into `outDir`: documents/, index.json, diagnostics.json,
 * errors.json. Documents of an earlier build that this one did not produce
 * are removed. Files whose bytes did not change are left untouched.
 */
export async function writeBuild(outDir: string, result: BuildResult, previousDir?: string): Promise<void> {
  const docDir = join(outDir, 'documents');
  const wanted = new Set<string>();
  const writeIfChanged = (file: string, data: string) => writeUnlessSame(join(outDir, file), data, previousDir && join(previousDir, file));
  for (const d of result.documents) {
    wanted.add(d.file.slice('documents/'.length));
    await writeIfChanged(d.file, formatJson(d.document));
  }
  const existing = await readdir(docDir).catch(() => [] as string[]);
  // stale documents, and temp files of an interrupted run
  const stale = existing.filter((n) => (n.endsWith('.json') && !wanted.has(n)) || (n.startsWith('.') && n.endsWith('.tmp')));
  await Promise.all(stale.map((n) => rm(join(docDir, n), { force: true })));

  await writeIfChanged('index.json', formatJson(buildIndex(result)));
  await writeIfChanged('diagnostics.json', formatJson(summariseDiagnostics(result)));
  await writeIfChanged('errors.json', formatJson({ errors: result.errors }));
  reachedPhase('documents-written');
}

/**
 * Write `data` unless the file already holds it. Writing a fresh build
 * beside the previous one (`previous`), an unchanged file is hard-linked
 * from it: same bytes, same modification time, no copy. Files are only ever
 * replaced by rename, so the link never lets one build change the other.
 */
async function writeUnlessSame(path: string, data: string, previous?: string): Promise<void> {
  const old = await readFile(path, 'utf8').catch(() => null);
  if (old === data) return;
  if (previous && (await readFile(previous, 'utf8').catch(() => null)) === data) {
    await mkdir(dirname(path), { recursive: true });
    if (await link(previous, path).then(() => true, () => false)) return;
  }
  await writeFileAtomic(path, data);
}

export function buildIndex(result: BuildResult): BuildIndex {
  return {
    files: result.files,
    documents: result.documents.map(indexEntry),
    failed: result.errors.length,
  };
}

function indexEntry({ document: doc, file }: BuiltDocument): IndexEntry {
  const d = doc.document;
  return {
    id: d.id,
    file,
    title: d.title,
    kind: d.kind,
    source: { path: d.source.path, format: d.source.format, sha256: d.source.sha256 },
    entryIntoForce: { date: d.entryIntoForce.date, basis: d.entryIntoForce.basis },
    counts: documentCounts(doc),
  };
}

export function documentCounts(doc: NomenclatureDocument): DocumentCounts {
  return {
    codes: doc.codes.length,
    invalidCodes: doc.codes.filter((c) => !c.valid).length,
    prestations: doc.prestations.length,
    amendments: doc.amendments.length,
    diagnostics: severityCounts(doc.diagnostics),
  };
}

/** A replay finding as diagnostics.json lists it. */
export interface ReplayFinding {
  severity: Diagnostic['severity'];
  code: string;
  document: string;
  codes: string[];
  message: string;
}

/** diagnostics.json again, with the replay's findings (the replay runs after the documents are written). */
export async function writeDiagnostics(outDir: string, result: BuildResult, replay: ReplayFinding[]): Promise<void> {
  await writeUnlessSame(join(outDir, 'diagnostics.json'), formatJson(summariseDiagnostics(result, replay)));
}

export function summariseDiagnostics(result: BuildResult, replay?: ReplayFinding[]): DiagnosticsSummary {
  const all = result.documents.flatMap((d) => d.document.diagnostics);
  return {
    total: {
      documents: result.documents.length,
      diagnostics: all.length,
      bySeverity: severityCounts(all),
      byCode: codeCounts(all),
    },
    build: result.notices,
    ...(replay
      ? {
          replay: {
            diagnostics: replay.length,
            bySeverity: severityCounts(replay),
            byCode: codeCounts(replay),
            items: replay.filter((d) => d.severity !== 'info').map(({ severity, code, document, codes, message }) => ({ severity, code, document, codes, message })),
          },
        }
      : {}),
    documents: result.documents.map(({ document: doc, path }) => ({
      id: doc.document.id,
      path,
      diagnostics: doc.diagnostics.length,
      bySeverity: severityCounts(doc.diagnostics),
      byCode: codeCounts(doc.diagnostics),
    })),
  };
}

function severityCounts(items: Pick<Diagnostic, 'severity'>[]): DocumentCounts['diagnostics'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of items) counts[g.severity]++;
  return counts;
}

function codeCounts(items: Pick<Diagnostic, 'code'>[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const g of items) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  const keys = [...counts.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, counts.get(k)!]));
}
