import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Start the worker module `name` of this folder (given `workerData`): the compiled one (dist/),
 * or under tsx and vitest the TypeScript one, through tsx's loader registered
 * in the worker itself (a worker does not inherit the loader of the thread
 * that starts it).
 */
export function startWorker(name: string, resourceLimits: ResourceLimits, workerData?: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, here), { resourceLimits, workerData });
  const entry = new URL(`./${name}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsxApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, resourceLimits, workerData });
}

/** tsx's ESM API (`tsx/esm/api`, import condition), found from its package.json. */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default;
  return pathToFileURL(join(dirname(pkg), exported)).href;
}
