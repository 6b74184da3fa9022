import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateSchemas, schemasDir } from '../scripts/generate-schemas.js';
import { buildCorpus } from '../src/commands/build.js';
import { BuildErrors, BuildIndex, DiagnosticsSummary } from '../src/schema/build.js';
import { NomenclatureDocument } from '../src/schema/document.js';
import { ChangeSet, NomenclatureState, Timeline } from '../src/schema/replay.js';

const repo = resolve(import.meta.dirname, '..');

describe('committed JSON Schemas', () => {
  it('match the zod definitions (run `npm run schemas` after changing src/schema/)', () => {
    const generated = generateSchemas();
    const committed = readdirSync(schemasDir).filter((n) => n.endsWith('.schema.json')).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join(schemasDir, name), 'utf8'), name).toBe(text);
  });

  it('are generated deterministically', () => {
    expect(generateSchemas()).toEqual(generateSchemas());
  });
});

describe('every output of a build of corpus/', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-schemas-'));
  const out = join(tmp, 'out');
  beforeAll(async () => {
    await buildCorpus({ dir: join(repo, 'corpus'), out, io: { stdout: () => {}, stderr: () => {}, isTTY: false }, cache: false });
  }, 60_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Valid, with no extra key, and keys in schema order (parse rebuilds objects in schema order). */
  function expectConforms(schema: z.ZodType, file: string): void {
    const text = readFileSync(join(out, file), 'utf8');
    const result = schema.safeParse(JSON.parse(text));
    expect(result.success, `${file}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    expect(JSON.stringify(result.data, null, 2) + '\n', `${file} has extra keys or keys out of schema order`).toBe(text);
  }

  it('documents/*.json conform to NomenclatureDocument', () => {
    const docs = readdirSync(join(out, 'documents'));
    expect(docs.length).toBe(readdirSync(join(repo, 'corpus')).length);
    for (const name of docs) expectConforms(NomenclatureDocument, join('documents', name));
  });

  it('index.json, diagnostics.json and errors.json conform to their schemas', () => {
    expectConforms(BuildIndex, 'index.json');
    expectConforms(DiagnosticsSummary, 'diagnostics.json');
    expectConforms(BuildErrors, 'errors.json');
  });

  it('the replay outputs conform to theirs', () => {
    expectConforms(NomenclatureState, 'nomenclature.json');
    expectConforms(Timeline, 'timeline.json');
    const sets = readdirSync(join(out, 'changes'));
    expect(sets.length).toBeGreaterThan(0);
    for (const name of sets) expectConforms(ChangeSet, join('changes', name));
  });
});
