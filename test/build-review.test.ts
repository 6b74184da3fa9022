import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFile } from '../scripts/pdf-fixtures/generate.js';
import { command as build } from '../src/commands/build.js';
import { command as parse } from '../src/commands/parse.js';
import { command as at } from '../src/commands/at.js';
import { command as check } from '../src/commands/check.js';
import { DiagnosticsSummary } from '../src/schema/build.js';
import { ChangeSet, NomenclatureState } from '../src/schema/replay.js';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');

async function run(cmd: typeof build, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cmd.run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe.runIf(existsSync(corpus))('build: replay findings, --strict, one document per NUMAC (corpus)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-build-review-'));
    mkdirSync(join(dir, 'in'));
    // a decree repeals 676535-676546, a later one changes its value: a replay error (the corpus pair 2006022188 /
    // 2013022530 once gave one, until the reader saw that 2006022188 inserts 676535 again in a completed point)
    const decree = (numac: string, starts: string, point: string) =>
      `---\nnumber: ${numac}\nstarts: ${starts}\n---\n\n**Article 1er.** A l'article 29 de l'annexe à l'arrêté royal du 14 septembre 1984, sont apportées les modifications suivantes :\n\n${point}\n`;
    writeFileSync(join(dir, 'in', '2004000001.md'), decree('2004000001', '2004-09-01', '1. la prestation 676535-676546 est supprimée;'));
    writeFileSync(join(dir, 'in', '2013000001.md'), decree('2013000001', '2014-01-01', '1. la valeur relative de la prestation 676535-676546 est portée à T 70;'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replay errors are in diagnostics.json; they fail the build only with --strict', async () => {
    const plain = await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(plain.code).toBe(0);
    expect(plain.err).toMatch(/the replay found \d+ errors?.*--strict fails the build on them/);
    const diags = DiagnosticsSummary.parse(JSON.parse(readFileSync(join(dir, 'out', 'diagnostics.json'), 'utf8')));
    expect(diags.replay!.bySeverity.error).toBeGreaterThan(0);
    // the count printed is the build's own, the same as the change sets hold (each document's findings are there, written once)
    const changes = readdirSync(join(dir, 'out', 'changes')).map((f) => ChangeSet.parse(JSON.parse(readFileSync(join(dir, 'out', 'changes', f), 'utf8'))));
    const errors = changes.flatMap((c) => c.diagnostics).filter((d) => d.severity === 'error').length;
    expect(plain.err).toContain(`the replay found ${errors} error`);
    expect(errors).toBe(diags.replay!.bySeverity.error);
    expect(diags.replay!.items).toHaveLength(diags.replay!.diagnostics);
    expect(diags.replay!.items).toContainEqual(expect.objectContaining({ severity: 'error', code: 'replay/not-in-force', document: '2013000001', codes: ['676535', '676546'] }));
    // nomenclature.json holds the state and only the findings of no single document
    const state = NomenclatureState.parse(JSON.parse(readFileSync(join(dir, 'out', 'nomenclature.json'), 'utf8')));
    expect(state.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await run(build, [join(dir, 'in'), '--out', join(dir, 'out'), '--strict'])).code).toBe(1);
  });

  it('the same decree as markdown and as PDF is one document: the markdown reading is kept, the PDF reported', async () => {
    const input = join(dir, 'dup');
    mkdirSync(input, { recursive: true });
    copyFileSync(join(corpus, '2016022108.md'), join(input, '2016022108.md'));
    writeFileSync(join(input, '2016022108.pdf'), await renderFile(join(corpus, '2016022108.md')));
    const r = await run(build, [input, '--out', join(dir, 'dup-out')]);
    expect(r.err).toContain('NUMAC 2016022108 is given 2 times: 2016022108.md (justel-markdown) is kept; 2016022108.pdf (pdf) not built');
    expect(existsSync(join(dir, 'dup-out', 'documents', '2016022108--2.json'))).toBe(false);
    const diags = DiagnosticsSummary.parse(JSON.parse(readFileSync(join(dir, 'dup-out', 'diagnostics.json'), 'utf8')));
    expect(diags.build).toContainEqual(expect.objectContaining({ code: 'build/duplicate-numac', paths: ['2016022108.md', '2016022108.pdf'] }));
    expect(diags.total.documents).toBe(1);
  }, 60_000);
});

describe('CLI mistakes get words, not Node errors or the whole help', () => {
  it('parse DIR says it is a directory; a missing file says so; no EISDIR/ENOENT', async () => {
    const d = await run(parse, [tmpdir()]);
    expect(d.code).toBe(1);
    expect(d.err).toContain('it is a directory');
    expect(d.err).not.toMatch(/EISDIR|ENOENT/);
    const m = await run(parse, [join(tmpdir(), 'no-such-nomen-file.md')]);
    expect(m.err).toContain('no such file');
    expect(m.err).not.toMatch(/ENOENT/);
  });

  it('check with no build names the feed and says to run build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-nofeed-'));
    try {
      writeFileSync(join(dir, 'claim.json'), '[{"code":"589676","date":"2024-01-01"}]');
      const r = await run(check, [join(dir, 'claim.json'), '--out', join(dir, 'none')]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('no such file (run `nomen build --out');
      expect(r.err).not.toMatch(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a mistake prints the reason and the synopsis, not every option', async () => {
    const r = await run(at, ['2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: nomen at DATE');
    expect(r.err).toContain("Run 'nomen at --help'");
    expect(r.err).not.toContain('--letter L     only values');
  });

  it.runIf(existsSync(corpus))('a UTF-16 file is named UTF-16 with how to convert it, not "binary"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-u16-'));
    try {
      const text = readFileSync(join(corpus, '2013022102.md'), 'utf8');
      writeFileSync(join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      writeFileSync(join(dir, 'nobom.md'), Buffer.from(text, 'utf16le'));
      for (const f of ['bom.md', 'nobom.md']) {
        const r = await run(parse, [join(dir, f)]);
        expect(r.code).toBe(1);
        expect(r.err).toMatch(/UTF-16 text \(little-endian.*iconv -f UTF-16LE -t UTF-8/);
        expect(r.err).toContain('[encoding]');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
