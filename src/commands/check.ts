import { readFile } from 'node:fs/promises';
import { LIMITS } from '../limits.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkClaim, Claim, notInForce, type Violation } from '../check/evaluate.js';
import { loadState } from '../query/state.js';
import { Feed } from '../feed/schema.js';
import { shortUsage } from '../cli/args.js';
import { formatJson } from '../output/write.js';
import type { Command, CommandIO } from './types.js';

const usage = `Usage: nomen check CLAIM.json [--out DIR] [--json]

Check billed acts against the application rules of a build.

  CLAIM.json   JSON array of acts: {"code": "589676", "date": "2024-03-01"}
               with optional patient, lesion, units, specialty, setting
               ("ambulatory", "hospitalised", "hospital", "centre",
               "outsideHospital"), approved (boolean). Other fields, codes
               that fail the check digit and impossible dates are refused.
               A code the build knows that is not in force on the act's date
               (repealed, or inserted later) is reported.
               A rule from a document with no known entry into force is
               taken as in force on every date; findings resting on one say so.
  --out DIR    build directory holding feed/feed.json (default: out)
  --json       print violations as JSON

Exit codes: 0 no rule broken, 1 a rule broken, 2 bad input or no feed.`;

export const command: Command = {
  name: 'check',
  summary: 'check billed acts against non-cumulation, limits and qualification rules',
  usage,
  async run(argv: string[], io: CommandIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', default: 'out' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
    } catch (e) {
      io.stderr(`nomen check: ${(e as Error).message}\n${shortUsage(command)}`);
      return 2;
    }
    if (parsed.values.help) {
      io.stdout(usage + '\n');
      return 0;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr(`nomen check: expected one CLAIM.json\n${shortUsage(command)}`);
      return 2;
    }
    const claimPath = parsed.positionals[0];
    const feedPath = join(parsed.values.out ?? 'out', 'feed', 'feed.json');
    const claim = await readJson(claimPath, io);
    if (claim === undefined) return 2;
    if (Array.isArray(claim) && claim.length > LIMITS.maxClaimActs) {
      io.stderr(`nomen check: ${claimPath}: ${claim.length} acts, more than the limit of ${LIMITS.maxClaimActs} per claim; split the claim\n`);
      return 2;
    }
    const c = Claim.safeParse(claim);
    if (!c.success) {
      io.stderr(`nomen check: ${claimPath}: not a claim: ${c.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}\n`);
      return 2;
    }
    const feedRaw = await readJson(feedPath, io);
    if (feedRaw === undefined) return 2;
    const f = Feed.safeParse(feedRaw);
    if (!f.success) {
      io.stderr(`nomen check: ${feedPath}: not a rules feed (rebuild with nomen build)\n`);
      return 2;
    }
    const violations = checkClaim(f.data, c.data);
    // codes repealed or not yet inserted on the act's date, from the replayed state beside the feed
    let state: Awaited<ReturnType<typeof loadState>> | null = null;
    try {
      state = await loadState(parsed.values.out ?? 'out');
    } catch {
      io.stderr(`nomen check: no replayed state in ${parsed.values.out ?? 'out'}: whether each code is in force is not checked\n`);
    }
    if (state) violations.unshift(...notInForce(state, c.data));
    if (parsed.values.json) io.stdout(formatJson({ violations }));
    else io.stdout(render(violations, c.data.length));
    return violations.length ? 1 : 0;
  },
};

async function readJson(path: string, io: CommandIO): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
    const hint = /feed[\\/]feed\.json$/.test(path) && code === 'ENOENT' ? ` (run \`nomen build --out ${path.replace(/[\\/]feed[\\/]feed\.json$/, '')}\` first)` : '';
    io.stderr(`nomen check: cannot read ${path}: ${why}${hint}\n`);
    return undefined;
  }
  // editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  try {
    return JSON.parse(raw);
  } catch (e) {
    io.stderr(`nomen check: ${path}: invalid JSON: ${(e as Error).message}\n`);
    return undefined;
  }
}

function render(vs: readonly Violation[], acts: number): string {
  if (vs.length === 0) return `${acts} act(s) checked: no rule broken\n`;
  const lines = [`${acts} act(s) checked: ${vs.length} rule(s) broken`];
  for (const v of vs) {
    lines.push('');
    lines.push(`${v.type}${v.refusal ? ` (refusal ${v.refusal})` : ''}: ${v.message}`);
    lines.push(`  acts: ${v.acts.map((i) => `#${i + 1}`).join(', ')}`);
    lines.push(`  source: ${v.source.document}${v.source.article ? `, art. ${v.source.article}` : ''}, line ${v.source.line}`);
    lines.push(`  "${v.source.text.replace(/\s+/g, ' ').trim()}"`);
    if (v.undated) lines.push('  note: this rule comes from a document with no known entry into force; it is taken as in force on every date');
  }
  return lines.join('\n') + '\n';
}
