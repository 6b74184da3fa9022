import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Every file of a build (relative path → bytes), its cache left out: what two builds are compared by. */
export function snapshot(dir: string): Map<string, Buffer> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((p) => !p.startsWith('.cache') && statSync(join(dir, p)).isFile());
  return new Map(names.map((p) => [p, readFileSync(join(dir, p))]));
}

/** The same files with the same bytes (the names of those that differ are what a failure shows). */
export function expectSame(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  expect([...expected].filter(([name, bytes]) => !bytes.equals(actual.get(name)!)).map(([name]) => name)).toEqual([]);
}
