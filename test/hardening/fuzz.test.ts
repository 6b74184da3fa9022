/**
 * The bounded CI slice of the fuzz harness (scripts/fuzz.ts): 15 cases of
 * each of the 12 families, in watched child processes (10 s of CPU per case,
 * 1 GB of RSS). Long runs are manual: `npm run fuzz -- --runs 100000`.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

it('180 fuzzed inputs: no crash, no hang over 10 s, no schema failure, under 1 GB', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/fuzz.ts'), '--runs', '180', '--seed', '11', '--json'], { cwd: repo, encoding: 'utf8', timeout: 590_000 });
  const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as { total: number; bad: number; families: Record<string, { cases: number; crash: number; hang: number; memory: number; schemaFail: number; peakRssMb: number }> };
  expect(report.total).toBe(180);
  expect(Object.keys(report.families)).toHaveLength(12);
  for (const [family, t] of Object.entries(report.families)) {
    expect({ family, crash: t.crash, hang: t.hang, memory: t.memory, schemaFail: t.schemaFail }).toEqual({ family, crash: 0, hang: 0, memory: 0, schemaFail: 0 });
    expect(t.peakRssMb).toBeLessThan(1024);
  }
  expect(r.status).toBe(0);
}, 600_000);
