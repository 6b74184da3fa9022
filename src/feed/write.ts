import { join } from 'node:path';
import { z } from 'zod';
import { formatJson } from '../output/write.js';
import { writeUnlessSame } from '../output/build-writer.js';
import { FEED_TABLES, Feed, LimitRow, NonCumulationRow, PriorApprovalRow, QualificationRow, SettingRow, type FeedTable } from './schema.js';
import { csvField } from '../output/spreadsheet-safe.js';

/**
 * Write the feed under `outDir/feed/`: `feed.json` (all tables: every row
 * once in JSON), one `<table>.csv` per table, and `schema/<table>.schema.json`
 * generated from the zod row schemas. Writes are atomic. A writer never
 * parses: it takes rows. Beside a previous build (`previousDir`), a file
 * whose bytes did not change is linked from it.
 */
export async function writeFeed(feed: Feed, outDir: string, previousDir?: string): Promise<string[]> {
  const dir = join(outDir, 'feed');
  const valid = Feed.parse(feed);
  const written: string[] = [];
  const put = async (name: string, data: string | unknown, json: boolean) => {
    const path = join(dir, name);
    await writeUnlessSame(path, json ? formatJson(data) : (data as string), previousDir && join(previousDir, 'feed', name));
    written.push(path);
  };
  await put('feed.json', valid, true);
  for (const t of FEED_TABLES) {
    await put(`${fileName(t)}.csv`, toCsv(t, valid[t] as unknown as Record<string, unknown>[]), false);
    await put(`schema/${fileName(t)}.schema.json`, z.toJSONSchema(z.array(ROW_SCHEMAS[t])), true);
  }
  await put('schema/feed.schema.json', z.toJSONSchema(Feed), true);
  return written;
}

const ROW_SCHEMAS: Record<FeedTable, z.ZodType> = {
  nonCumulation: NonCumulationRow,
  limits: LimitRow,
  qualifications: QualificationRow,
  priorApprovals: PriorApprovalRow,
  settings: SettingRow,
};

export function fileName(t: FeedTable): string {
  return t.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** CSV columns per table: nested values flattened (`period` → `period_count`, `period_unit`; lists joined by `|`). */
export function toCsv(table: FeedTable, rows: readonly Record<string, unknown>[]): string {
  const shape = (ROW_SCHEMAS[table] as z.ZodObject).shape as Record<string, unknown>;
  const cols: string[] = [];
  for (const k of Object.keys(shape)) {
    if (k === 'period') cols.push('period_count', 'period_unit');
    else if (k === 'source') cols.push('source_document', 'source_article', 'source_line', 'source_text');
    else cols.push(k);
  }
  const lines = [cols.join(',')];
  for (const r of rows) {
    const vals = cols.map((c) => {
      if (c === 'period_count') return (r.period as { count: number } | null)?.count ?? '';
      if (c === 'period_unit') return (r.period as { unit: string } | null)?.unit ?? '';
      if (c.startsWith('source_')) return (r.source as Record<string, unknown>)[c.slice(7)] ?? '';
      const v = r[c];
      return Array.isArray(v) ? v.join('|') : (v ?? '');
    });
    lines.push(vals.map((v) => csvField(String(v))).join(','));
  }
  return lines.join('\n') + '\n';
}

