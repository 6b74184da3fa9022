import { link, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../schema/common.js';
import type { ReplayDocument } from '../replay/input.js';
import { codeCounts, severityCounts, sortedCounts } from './counts.js';
import type { DocumentSummary } from './parse-source.js';
import type { BuildError, BuildIndex, BuildNotice, DiagnosticsSummary, IndexEntry } from '../schema/build.js';
import { formatJson, formatJsonChunks, writeChunksAtomic, writeFileAtomic } from './write.js';
import { reachedPhase } from './swap.js';
import type { Base } from '../replay/base.js';
import type { WrittenFiles } from './written.js';

/** One parsed source, as the build hands it to the writer: its documents/ file is already written. */
export interface BuiltDocument {
  /** path relative to the input directory (also `document.source.path`). */
  path: string;
  /** what the replay and the feed read of the document. */
  part: ReplayDocument;
  /** what index.json and diagnostics.json say of it. */
  summary: DocumentSummary;
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
export function assignFiles<T extends { path: string; part: ReplayDocument }>(parsed: T[]): { documents: (T & { file: string })[]; notices: BuildNotice[] } {
  const taken = new Map<string, string>(); // lower-cased name → path that took it
  const byId = new Map<string, string[]>();
  const documents = parsed.map((p) => {
    const { path } = p;
    const base = safeName(p.part.document.id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}--${n}`;
    taken.set(name.toLowerCase(), path);
    const key = base.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), path]);
    return { ...p, file: `documents/${name}.json` };
  });
  const notices: BuildNotice[] = [];
  for (const paths of byId.values()) {
    if (paths.length < 2) continue;
    const files = documents.filter((d) => paths.includes(d.path)).map((d) => d.file);
    notices.push({
      severity: 'warning',
      code: 'build/duplicate-id',
      message: `${paths.length} sources have the id '${documents.find((d) => d.path === paths[0])!.part.document.id}'; written as ${files.join(', ')}`,
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
 * Write index.json and errors.json of a build into `outDir` (its documents/
 * files are written as they are parsed, diagnostics.json after the replay:
 * writeDiagnostics). Files whose bytes did not change are left untouched.
 */
export async function writeBuild(outDir: string, result: BuildResult, previousDir?: string): Promise<void> {
  const writeIfChanged = (file: string, data: string) => writeUnlessSame(join(outDir, file), data, previousDir && join(previousDir, file));
  await writeIfChanged('index.json', formatJson(buildIndex(result)));
  await writeIfChanged('errors.json', formatJson({ errors: result.errors }));
  reachedPhase('documents-written');
}

/**
 * Write `data` unless the file already holds it. Writing a fresh build
 * beside the previous one (`previous`), an unchanged file is hard-linked
 * from it: same bytes, same modification time, no copy. Files are only ever
 * replaced by rename, so the link never lets one build change the other.
 */
export async function writeUnlessSame(path: string, data: string, previous?: string): Promise<void> {
  const bytes = Buffer.from(data);
  // a file of another size cannot hold the data: not worth reading; compared as bytes (two byte sequences
  // can decode to the same text: a damaged file would have been kept)
  const holds = async (p: string) => (await stat(p).catch(() => null))?.size === bytes.length && ((await readFile(p).catch(() => null))?.equals(bytes) ?? false);
  if (await holds(path)) return;
  if (previous && (await holds(previous))) {
    await mkdir(dirname(path), { recursive: true });
    if (await link(previous, path).then(() => true, () => false)) return;
  }
  await writeFileAtomic(path, bytes);
}

export function buildIndex(result: BuildResult): BuildIndex {
  return {
    files: result.files,
    documents: result.documents.map(indexEntry),
    failed: result.errors.length,
  };
}

function indexEntry({ part, summary, file }: BuiltDocument): IndexEntry {
  const d = part.document;
  return {
    id: d.id,
    file,
    title: d.title,
    kind: d.kind,
    source: { path: d.source.path, format: d.source.format, sha256: d.source.sha256 },
    entryIntoForce: { date: d.entryIntoForce.date, basis: d.entryIntoForce.basis },
    counts: summary.counts,
  };
}

/** A replay finding as diagnostics.json lists it. */
export interface ReplayFinding {
  severity: Diagnostic['severity'];
  code: string;
  document: string;
  codes: string[];
  message: string;
  state: { document: string } | null;
}

/** diagnostics.json, with the replay's findings when the replay ran. */
export async function writeDiagnostics(outDir: string, result: BuildResult, replay: ReplayFinding[] | undefined, previousDir?: string, written?: WrittenFiles): Promise<void> {
  // in pieces: a long history's replay findings are tens of MB laid out
  await writeChunksAtomic(join(outDir, 'diagnostics.json'), formatJsonChunks(summariseDiagnostics(result, replay)), previousDir && join(previousDir, 'diagnostics.json'), written);
}

export function summariseDiagnostics(result: BuildResult, replay?: ReplayFinding[]): DiagnosticsSummary {
  // totals from the per-document counts: the diagnostics themselves are in documents/ only
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  for (const { summary } of result.documents) {
    for (const k of ['error', 'warning', 'info'] as const) bySeverity[k] += summary.counts.diagnostics[k];
    for (const [code, n] of Object.entries(summary.byCode)) byCode.set(code, (byCode.get(code) ?? 0) + n);
  }
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  return {
    total: {
      documents: result.documents.length,
      diagnostics: total,
      bySeverity,
      byCode: sortedCounts(byCode),
    },
    build: result.notices,
    ...(replay
      ? {
          replay: {
            diagnostics: replay.length,
            bySeverity: severityCounts(replay),
            byCode: codeCounts(replay),
            // every finding, info too: `nomen history` reads a code's findings here, not in every change set
            items: replay.map(({ severity, code, document, codes, state, message }) => ({ severity, code, document, codes, against: state?.document ?? null, message })),
          },
        }
      : {}),
    documents: result.documents.map(({ part, summary, path }) => {
      const { error, warning, info } = summary.counts.diagnostics;
      return { id: part.document.id, path, diagnostics: error + warning + info, bySeverity: summary.counts.diagnostics, byCode: summary.byCode };
    }),
  };
}
