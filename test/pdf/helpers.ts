import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeSourceFile } from '../../src/source/decode.js';
import type { SourceFile } from '../../src/source/types.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

export function corpusText(numac: string): string {
  return readFileSync(path.join(corpusDir, `${numac}.md`), 'utf8');
}

export function seed(prefix: string): string {
  const f = readdirSync(seedsDir).find((n) => n.startsWith(prefix))!;
  return readFileSync(path.join(seedsDir, f), 'utf8');
}

export function pdfSource(name: string, bytes: Uint8Array): SourceFile {
  return makeSourceFile(`/fixtures/${name}`, bytes);
}
