/**
 * Parse throughput on one core, next to its floor: a plain read of the same
 * files plus one pass of the code regex over their text. Both read the files
 * from disk each run; the ratio is what the pipeline costs over touching the
 * bytes at all.
 */
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/pipeline/parse.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { cpuMs, fmt, median, spread } from './stats.js';

const CODE = /(?<!\d)\d{6}(?!\d)/g;

function floorPass(paths: readonly string[]): number {
  let codes = 0;
  for (const p of paths) for (const _ of new TextDecoder().decode(readFileSync(p)).matchAll(CODE)) codes++;
  return codes;
}

function parsePass(paths: readonly string[]): number {
  let failed = 0;
  for (const p of paths) {
    try {
      parseSource(makeSourceFile(p, readFileSync(p)));
    } catch {
      failed++;
    }
  }
  return failed;
}

function timed(runs: number, pass: () => unknown): { wall: number[]; cpu: number[] } {
  pass(); // warm-up: JIT, lazy imports
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pass();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  return { wall, cpu };
}

export interface ParseFigures {
  lines: string[];
  parseMBps: number;
  floorMBps: number;
}

export function benchParse(paths: readonly string[], bytes: number, runs: number): ParseFigures {
  const mb = bytes / 1e6;
  let failed = 0;
  const parse = timed(runs, () => (failed = parsePass(paths)));
  const floor = timed(runs, () => floorPass(paths));
  // MB per CPU second: the machine's other load steals wall time, not CPU time
  const parseMBps = mb / (median(parse.cpu) / 1000);
  const floorMBps = mb / (median(floor.cpu) / 1000);
  return {
    parseMBps,
    floorMBps,
    lines: [
      `${paths.length} markdown decrees, ${fmt(mb)} MB, ${failed} failed`,
      `parse: ${fmt(parseMBps)} MB/s of CPU (wall ${fmt(mb / (median(parse.wall) / 1000))} MB/s); CPU ms ${spread(parse.cpu)}`,
      `floor (read + code regex): ${fmt(floorMBps)} MB/s of CPU; CPU ms ${spread(floor.cpu)}`,
      `parse / floor: ${fmt(parseMBps / floorMBps)}×`,
    ],
  };
}
