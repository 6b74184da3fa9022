/**
 * Cold, warm and add-one builds of a decree history, each `nomen build` a
 * child process (dist/cli/main.js) so that its peak RSS is its own.
 * cold: a fresh output directory (no cache, no previous build); warm: the
 * same build again over it (nothing changed); add-one: one more decree
 * (a new renumbered copy of an early real decree: in force mid-history, so
 * the replay runs again from its date) in the input, then the same build;
 * add-newest: a copy of the decree the replay applies last, under a NUMAC that
 * sorts after it (a new decree: the build goes on from the previous replay).
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type ChildRun } from './child.js';
import { renumbered, writeDecrees, type Decree } from './history.js';
import { fmt, median, MiB, spread } from './stats.js';

export interface BuildFigures {
  decrees: number;
  inputBytes: number;
  cold: ChildRun[];
  warm: ChildRun[];
  addOne: ChildRun[];
  addNewest: ChildRun[];
  /** bytes written by the cold build, without and with its parse cache */
  outputBytes: number;
  cacheBytes: number;
  lines: string[];
}

function treeBytes(dir: string, skip?: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === skip) continue;
    const p = join(dir, e.name);
    n += e.isDirectory() ? treeBytes(p) : lstatSync(p).size;
  }
  return n;
}

/** `reals` are what renumbered copies for add-one are made from (numbered from `nextCopy` on, so as not to clash with the history's). */
export function benchBuilds(decrees: readonly Decree[], reals: readonly Decree[], nextCopy: number, runs: number, log: (s: string) => void): BuildFigures {
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-bench-build-'));
  try {
    const input = join(tmp, 'in');
    const inputBytes = writeDecrees(input, decrees);
    const out = join(tmp, 'out');
    const build = () => runCli(['build', input, '--out', out], [0, 1]);
    const cold: ChildRun[] = [];
    for (let r = 0; r < runs; r++) {
      rmSync(out, { recursive: true, force: true });
      cold.push(build());
      log(`    cold ${r + 1}/${runs}: ${fmt(cold[r].wallMs / 1000)} s`);
    }
    const cacheBytes = treeBytes(join(out, '.cache'));
    const outputBytes = treeBytes(out, '.cache');
    const warm: ChildRun[] = [];
    for (let r = 0; r < runs; r++) warm.push(build());
    const addOne: ChildRun[] = [];
    for (let r = 0; r < runs; r++) {
      const added = renumbered(reals[r % reals.length], nextCopy + r);
      writeFileSync(join(input, added.name), added.text);
      addOne.push(build());
    }
    // the decree the replay applied last (nomenclature.json lists them in replay order), copied under later NUMACs
    const replayed = (JSON.parse(readFileSync(join(out, 'nomenclature.json'), 'utf8')) as { documents: { id: string }[] }).documents;
    const last = replayed[replayed.length - 1].id;
    const newest = decrees.find((d) => d.name.startsWith(last)) ?? reals.find((d) => d.name.startsWith(last));
    if (!newest) throw new Error(`bench: the decree replayed last (${last}) is not in the history`);
    const addNewest: ChildRun[] = [];
    for (let r = 0; r < runs; r++) {
      const added = renumbered(newest, nextCopy + runs + r);
      writeFileSync(join(input, added.name), added.text);
      addNewest.push(build());
    }
    const failed = [...cold, ...warm, ...addOne, ...addNewest].filter((x) => x.status !== 0).length;
    const row = (name: string, xs: ChildRun[]) =>
      `${name}: wall s ${spread(xs.map((x) => x.wallMs / 1000))}, CPU s ${fmt(median(xs.map((x) => x.cpuMs / 1000)))}, peak RSS ${fmt(median(xs.map((x) => x.maxRssMiB)))} MiB`;
    return {
      decrees: decrees.length,
      inputBytes,
      cold,
      warm,
      addOne,
      addNewest,
      outputBytes,
      cacheBytes,
      lines: [
        `${decrees.length} decrees, ${fmt(inputBytes / MiB)} MiB of markdown${failed ? ` (${failed} builds reported failed files: exit 1)` : ''}`,
        row('cold', cold),
        row('warm (nothing changed)', warm),
        row('add one decree (in force mid-history)', addOne),
        row('add the newest decree', addNewest),
        `output: ${fmt(outputBytes / MiB)} MiB (${fmt(outputBytes / inputBytes)}× the input), parse cache ${fmt(cacheBytes / MiB)} MiB more`,
      ],
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
