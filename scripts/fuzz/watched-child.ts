/**
 * The parent's handle on one long-lived fuzz child (child.ts), with its
 * watchdog. While a case runs, the child's CPU time and RSS are read from
 * /proc every `tickMs`: past the CPU budget (or a wall-time backstop) the
 * case is a hang, past the memory budget a memory overrun, and either way
 * the child is killed (SIGKILL) and must be replaced. CPU rather than wall
 * time, so that a machine shared with other work (the long runs go with
 * `nice -n 19`) does not turn slow cases into false hangs; where /proc is
 * missing, wall time is all there is.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bases } from './families.js';
import type { FromChild, Outcome, ToChild } from './child.js';

export interface Watch {
  /** CPU time of one case (all threads of the child), ms */
  hangCpuMs: number;
  /** wall time of one case, whatever the load, ms */
  hangWallMs: number;
  /** RSS of the child, MB */
  memMb: number;
}

export type Answer =
  | { kind: 'done'; outcome: Outcome; peakKb: number }
  | { kind: 'hang'; cpuMs: number; wallMs: number; peakKb: number }
  | { kind: 'memory'; rssKb: number; peakKb: number }
  | { kind: 'crash'; why: string; peakKb: number };

const TICKS_PER_S = 100; // Linux USER_HZ
const tickMs = 100;

/** CPU ms, RSS and peak RSS kB of a live process, or null (no /proc, or gone). */
function probe(pid: number): { cpuMs: number; rssKb: number; hwmKb: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // fields after the parenthesised command name: state is field 3, utime 14, stime 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_S;
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { cpuMs, rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

export class WatchedChild {
  private readonly proc: ChildProcess;
  private pending: ((a: Answer) => void) | null = null;
  private nextId = 1;
  /** the highest RSS seen or reported, kB */
  peakKb = 0;
  dead = false;
  /** the end of the child's stderr, for a crash report */
  private stderrTail = '';

  private constructor(script: string) {
    this.proc = fork(script, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.proc.stderr?.on('data', (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString('utf8')).slice(-2000)));
    this.proc.on('exit', (code, signal) => {
      this.dead = true;
      this.pending?.({ kind: 'crash', why: `child exited (${signal ?? code})\n${this.stderrTail}`, peakKb: this.peakKb });
      this.pending = null;
    });
  }

  /** A child that holds the bases and is ready for cases. */
  static async start(dir: string, bases: Bases): Promise<WatchedChild> {
    const c = new WatchedChild(join(dir, 'child.ts'));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fuzz child did not start within 120 s')), 120_000);
      c.proc.once('message', () => (clearTimeout(timer), resolve()));
      c.proc.once('exit', (code) => (clearTimeout(timer), reject(new Error(`fuzz child exited (${code}) while starting`))));
      c.send({ bases });
    });
    return c;
  }

  private send(m: ToChild): void {
    this.proc.send(m);
  }

  /** Run case `seed` of `family`; a hang or memory overrun kills the child. */
  run(family: string, seed: number, watch: Watch): Promise<Answer> {
    if (this.dead) return Promise.resolve({ kind: 'crash', why: 'child already dead', peakKb: this.peakKb });
    const id = this.nextId++;
    const pid = this.proc.pid!;
    const start = Date.now();
    const cpu0 = probe(pid)?.cpuMs;
    return new Promise((resolve) => {
      const finish = (a: Answer) => {
        clearInterval(timer);
        this.proc.off('message', onMessage);
        this.pending = null;
        resolve(a);
      };
      const onMessage = (m: FromChild) => {
        if (!('id' in m) || m.id !== id) return;
        const { maxRssKb, id: _, ...outcome } = m;
        this.peakKb = Math.max(this.peakKb, maxRssKb);
        finish({ kind: 'done', outcome, peakKb: this.peakKb });
      };
      const timer = setInterval(() => {
        const p = probe(pid);
        const wallMs = Date.now() - start;
        if (p) this.peakKb = Math.max(this.peakKb, p.hwmKb, p.rssKb);
        const cpuMs = p && cpu0 !== undefined ? p.cpuMs - cpu0 : wallMs;
        if (p && p.rssKb > watch.memMb * 1024) {
          this.kill();
          finish({ kind: 'memory', rssKb: p.rssKb, peakKb: this.peakKb });
        } else if (cpuMs > watch.hangCpuMs || wallMs > watch.hangWallMs) {
          this.kill();
          finish({ kind: 'hang', cpuMs, wallMs, peakKb: this.peakKb });
        }
      }, tickMs);
      this.pending = finish;
      this.proc.on('message', onMessage);
      this.send({ id, family, seed });
    });
  }

  kill(): void {
    this.dead = true;
    this.proc.kill('SIGKILL');
  }
}
