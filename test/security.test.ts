import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline/parse.js';
import { SourceError } from '../src/source/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'nomen-sec-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('front matter never runs code', () => {
  // The reproducer of the hardening issue: gray-matter's JavaScript engine evals `---js` blocks.
  for (const fence of ['---js', '---javascript', '--- js', '---JS', '---coffee']) {
    it(`refuses ${JSON.stringify(fence)} with a named error, and runs nothing`, async () => {
      const marker = join(tmp, `pwned-${fence.replace(/\W/g, '')}`);
      const text = `${fence}\nrequire('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')||{}\n---\n\n**Art. 1.** x\n`;
      let error: unknown;
      try {
        await parseBytes('evil.md', Buffer.from(text));
      } catch (e) {
        error = e;
      }
      expect(existsSync(marker)).toBe(false);
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).code).toBe('front-matter');
      expect((error as SourceError).message).toMatch(/only YAML/);
    });
  }

  it('still reads a bare --- or ---yaml fence', async () => {
    for (const fence of ['---', '---yaml']) {
      const doc = await parseBytes('ok.md', Buffer.from(`${fence}\nnumber: 2099000001\n---\n\n**Art. 1.** La prestation 589676 - 589680 est supprimée.\n`));
      expect(doc.document.id).toBe('2099000001');
    }
  });
});
