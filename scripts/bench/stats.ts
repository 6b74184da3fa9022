/** Small numeric helpers shared by the benchmark sections. */
import { readFileSync } from 'node:fs';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** 3 significant figures, no exponent. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  return a >= 100 ? n.toFixed(0) : a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/** `median (min–max)` of a list of runs, in the list's unit. */
export function spread(xs: readonly number[], unit = ''): string {
  return `${fmt(median(xs))}${unit} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}, ${xs.length} runs)`;
}

export const MiB = 1024 * 1024;

/** CPU milliseconds (user + system) of this process since `since`. */
export function cpuMs(since?: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

/** CPU milliseconds its waited-for children used so far (Linux: /proc/self/stat cutime + cstime), or null. */
export function childCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // fields after the command name (which may hold spaces) start after the last ')'
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 16 and 17 (cutime, cstime), in clock ticks of 1/100 s on Linux
    const ticks = Number(f[13]) + Number(f[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / 100 : null;
  } catch {
    return null;
  }
}
