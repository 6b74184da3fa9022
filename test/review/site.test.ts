/// <reference lib="dom" />
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as build } from '../../src/commands/build.js';
import { command as review } from '../../src/commands/review.js';
import type { CommandIO } from '../../src/commands/types.js';

const repo = resolve(import.meta.dirname, '../..');
const corpus = resolve(repo, '../shared/corpus');
/** Debian's chromium (`.ci/run` installs it when missing), or CHROMIUM_PATH. */
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

async function run(cmd: typeof build, argv: string[]): Promise<void> {
  let err = '';
  const io: CommandIO = { stdout: () => undefined, stderr: (s) => void (err += s), isTTY: false };
  expect(await cmd.run(argv, io), err).toBe(0);
}

describe.runIf(existsSync(corpus))('nomen review: a static site for data maintainers', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-review-site-'));
    mkdirSync(join(dir, 'in'));
    for (const f of readdirSync(join(repo, 'corpus'))) copyFileSync(join(repo, 'corpus', f), join(dir, 'in', f));
    copyFileSync(join(corpus, '2009022077.md'), join(dir, 'in', '2009022077.md'));
    await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
    await run(review, ['--out', join(dir, 'out'), '--sources', join(dir, 'in')]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an index, a page per decree with its source lines anchored, a page per code group; plain HTML', () => {
    const site = join(dir, 'out', 'review');
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('href="decrees/2009022077.html"');
    const page = readFileSync(join(site, 'decrees', '2009022077.html'), 'utf8');
    expect(page).toMatch(/<span class="line fact" id="L76">/);
    expect(page).toContain('href="#L76"');
    expect(page).not.toContain('<script');
    expect(statSync(join(site, 'codes', '255452-255463.html')).isFile()).toBe(true);
  });

  // CI must run it (it installs chromium); elsewhere it runs when a chromium is there
  it.runIf(chromium !== undefined || process.env.CI)('in Chromium: open the index, open a decree, click a fact: the highlighted source line is the fact\'s line', async () => {
    expect(chromium, 'no chromium: install Debian\'s chromium package (.ci/run does)').toBeDefined();
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--headless=new'] });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1366, height: 800 });
      await page.goto(pathToFileURL(join(dir, 'out', 'review', 'index.html')).href);
      await Promise.all([page.waitForNavigation(), page.click('a[href="decrees/2009022077.html"]')]);
      expect(page.url()).toMatch(/decrees\/2009022077\.html$/);
      const line = await page.$eval('a.fact[data-line="76"]', (a) => a.getAttribute('data-line'));
      await page.click('a.fact[data-line="76"]');
      await page.waitForFunction(() => location.hash === '#L76');
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target');
        const r = el?.getBoundingClientRect();
        return { id: el?.id, top: r?.top ?? -1, inView: !!r && r.top >= 0 && r.top < innerHeight, text: el?.textContent ?? '' };
      });
      expect(target.id).toBe(`L${line}`);
      expect(target.inView).toBe(true);
      expect(target.text).toContain('255452-255463');
      await page.screenshot({ path: join(dir, 'decree.png') });
      expect(statSync(join(dir, 'decree.png')).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
