import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { removeTempFiles, tempPathFor } from '../src/output/write.js';

const dir = mkdtempSync(join(tmpdir(), 'nomen-temp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('removeTempFiles removes what an interrupted atomic write leaves, and nothing else', async () => {
  // what a parse worker killed between write and rename leaves beside a cache entry
  const left = basename(tempPathFor(join(dir, 'a'.repeat(64) + '.json')));
  const kept = ['a'.repeat(64) + '.json', '.hidden.json', 'x.tmp', '.x.tmp', '.x.json.12.zzzzzzzz.tmp'];
  for (const name of [left, ...kept]) writeFileSync(join(dir, name), '{');
  await removeTempFiles(dir);
  expect(readdirSync(dir).sort()).toEqual([...kept].sort());
  // a directory that is not there is nothing to clean
  await expect(removeTempFiles(join(dir, 'absent'))).resolves.toBeUndefined();
});
