/**
 * Replay benchmark for `npm run bench`: rebuilding the replay outputs after
 * adding one decree, incrementally (`replayFrom` the decree's date) versus a
 * full replay, over ../shared/corpus and the seeds. Parsing is done once
 * beforehand: the build's content-hash cache already skips unchanged files,
 * so what is left to measure is replay + writing out/.
 *
 *   npx tsx scripts/bench-replay.ts      (BENCH_RUNS=7 for more runs)
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../src/pipeline/parse.js';
import { replay, replayFrom } from '../src/replay/replay.js';
import { writeReplayOutputs } from '../src/replay/write.js';
import type { NomenclatureDocument } from '../src/schema/document.js';

const repo = resolve(fileURLToPath(import.meta.url), '../..');

async function loadDocs(): Promise<NomenclatureDocument[]> {
  const dirs = [resolve(repo, '../shared/corpus'), resolve(repo, '../shared/seeds')];
  const docs: NomenclatureDocument[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((f) => !f.endsWith('.tsv')).sort()) {
      try {
        docs.push(await parseFile(join(dir, f)));
      } catch {
        // a file that fails to parse is the build's concern, not the replay's
      }
    }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const ms = (x: number) => x.toFixed(1);

/**
 * For the latest decree and for the decree in the middle of the timeline:
 * time a full replay + write against `replayFrom` (previous result without
 * the decree) + write, and check both give the same outputs.
 */
export async function benchIncremental(): Promise<string[]> {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
  const docs = await loadDocs();
  const dated = docs.filter((d) => d.document.entryIntoForce.date !== null).sort((a, b) => (a.document.entryIntoForce.date! < b.document.entryIntoForce.date! ? -1 : 1));
  const lines = [`${docs.length} documents (${dated.length} dated), ${runs} runs, medians`];
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-bench-replay-'));
  try {
    for (const [name, added] of [
      ['latest decree', dated[dated.length - 1]],
      ['middle decree', dated[Math.floor(dated.length / 2)]],
    ] as const) {
      const without = docs.filter((d) => d !== added);
      const date = added.document.entryIntoForce.date!;
      const full: number[] = [];
      const inc: number[] = [];
      let same = true;
      for (let r = 0; r < runs; r++) {
        // the previous build's outputs, already on disk (not timed)
        const dir = join(tmp, `${name.split(' ')[0]}-${r}`);
        const previous = replay(without);
        await writeReplayOutputs(without, dir, previous);
        let t0 = performance.now();
        const a = replay(docs);
        await writeReplayOutputs(docs, join(tmp, `full-${r}`), a);
        full.push(performance.now() - t0);
        t0 = performance.now();
        const b = replayFrom(previous, docs, date);
        await writeReplayOutputs(docs, dir, b);
        inc.push(performance.now() - t0);
        same &&= JSON.stringify({ ...a, replayed: [] }) === JSON.stringify({ ...b, replayed: [] });
      }
      const redone = docs.filter((d) => d.document.entryIntoForce.date === null || d.document.entryIntoForce.date >= date).length;
      lines.push(
        `${name} ${added.document.id} (${date}): full ${ms(median(full))} ms, incremental ${ms(median(inc))} ms ` +
          `(${redone} of ${docs.length} documents replayed), outputs ${same ? 'identical' : 'DIFFER'}`,
      );
      // replay alone, without writing: where the incremental gain is
      const rf: number[] = [];
      const ri: number[] = [];
      for (let r = 0; r < runs; r++) {
        const previous = replay(without);
        let t0 = performance.now();
        replay(docs);
        rf.push(performance.now() - t0);
        t0 = performance.now();
        replayFrom(previous, docs, date);
        ri.push(performance.now() - t0);
      }
      lines.push(`  replay only: full ${ms(median(rf))} ms, incremental ${ms(median(ri))} ms`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const l of await benchIncremental()) console.log(l);
}
