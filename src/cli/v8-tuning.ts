import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for the CLI, set before any command's code is compiled (the
 * library leaves its host's settings alone). Each was measured on the
 * benchmark history (npm run bench -- --history N, 2 cores); none changes
 * an output byte (they steer the compiler and the collector, not the code).
 *
 * - Less inlining by TurboFan: the extractors are large functions, and
 *   inlining into them made each optimisation long and often thrown away;
 *   the compile threads then took the second core from the parse workers.
 *   1,500 decrees: CPU 37-39 s → 33-34 s.
 * - The old heap grows by 20 % between full collections instead of V8's
 *   dynamic factor (up to ×4 when allocation is fast): the replay and the
 *   writers of a long history allocate fast and left their garbage in a heap
 *   twice the live data. Peak RSS at 5,000 decrees 484 → 345 MiB, at the
 *   same speed.
 * - Regexes compiled to machine code at their first run, not first
 *   interpreted from bytecode (V8's tier-up): the extractors' patterns are
 *   large (`NUM`, every number in words, under `iu`), and building their
 *   bytecode cost more than compiling them (7.9 + 2.7 ms for one such
 *   regex against 2.1 ms); every process paid that for some hundred
 *   patterns. Cold build of the 146 real decrees: CPU 8.1-8.9 s → 7.0-8.1 s.
 * - No TurboFan for functions of more than 8 KB of bytecode: the rule and
 *   amendment readers' largest functions (extractRulesWithCandidates,
 *   fromClause, divideParties, findClauses) took 0.4-0.6 s each to optimise,
 *   some of them several times, on the compile threads of every parse
 *   worker, which shared the two cores with the workers themselves (some
 *   5.6 s of compiling for 1,168 parses in one thread). Left to the baseline
 *   compiler they run about as fast. 146 real decrees parsed six times in one
 *   thread: CPU 9.1-10.1 s → 8.1-8.3 s (three runs each way).
 */
setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
setFlagsFromString('--max-optimized-bytecode-size=8000');
setFlagsFromString('--heap-growing-percent=20');
setFlagsFromString('--no-regexp-tier-up');
