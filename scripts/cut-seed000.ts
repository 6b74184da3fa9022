/**
 * Seed 000 holds two successive versions of the 589676-589680 provisions in
 * one file. Cut it into two test fixtures, exact byte slices of the seed:
 *   test/fixtures/seed000-v1.txt  from the start to the end of
 *                                 `ne peut être portée en compte lors d'une vertébroplastie."`
 *   test/fixtures/seed000-v2.txt  from the start of the line holding the code
 *                                 line `589890 589901` to the end of the file.
 * Run: npx tsx scripts/cut-seed000.ts [seed path] (default ../shared/seeds/000_*).
 * test/replay/seed000.test.ts checks the fixtures are still these slices.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function seed000Path(): string {
  const dir = resolve(repoRoot, '../shared/seeds');
  const name = readdirSync(dir).find((f) => f.startsWith('000'));
  if (!name) throw new Error(`no seed 000 in ${dir}`);
  return join(dir, name);
}

/** The two byte slices of the seed. */
export function cutSeed000(bytes: Buffer): { v1: Buffer; v2: Buffer } {
  const endMark = Buffer.from('vertébroplastie."', 'utf8');
  const end = bytes.indexOf(endMark);
  const code = bytes.indexOf(Buffer.from('589890 589901', 'utf8'));
  if (end < 0 || code < 0 || code < end) throw new Error('seed 000 does not have the expected two versions');
  // the sentence before the end mark must be the last rule of version 1
  const before = bytes.subarray(Math.max(0, end - 200), end).toString('utf8');
  if (!/ne peut être portée en compte lors d'une\s*$/.test(before)) throw new Error('seed 000: end of version 1 not found');
  const lineStart = bytes.lastIndexOf(0x0a, code) + 1;
  return { v1: bytes.subarray(0, end + endMark.length), v2: bytes.subarray(lineStart) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { v1, v2 } = cutSeed000(readFileSync(process.argv[2] ?? seed000Path()));
  writeFileSync(join(repoRoot, 'test/fixtures/seed000-v1.txt'), v1);
  writeFileSync(join(repoRoot, 'test/fixtures/seed000-v2.txt'), v2);
  console.log(`seed000-v1.txt ${v1.length} bytes, seed000-v2.txt ${v2.length} bytes`);
}
