// Preloaded (`node --import`) into a child nomen process by the benchmark:
// at exit it writes the process's own resource usage (threads included) to
// $NOMEN_BENCH_RUSAGE, so peak RSS and CPU are those of one build alone.
import { writeFileSync } from 'node:fs';

const file = process.env.NOMEN_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: r.maxRSS, userUs: r.userCPUTime, systemUs: r.systemCPUTime }));
  });
}
