import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Start the worker module `name` of this folder (given `workerData`): the compiled one (dist/),
 * or under tsx and vitest the TypeScript one, through tsx's loader registered
 * in the worker itself (a worker does not inherit the loader of the thread
 * that starts it).
 */
export function startWorker(name: string, resourceLimits: ResourceLimits, workerData?: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(compiledEntry(name, here), { resourceLimits, workerData });
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

/**
 * The compiled worker: its bundle (`npm run build`, scripts/bundle-worker.mjs: one file instead of some 280
 * modules to load) when there is one at least as new as the module itself, else the module (a dist/ compiled
 * by tsc alone, whose bundle, if any, is older: never run stale).
 */
function compiledEntry(name: string, here: string): URL {
  const entry = new URL(`./${name}.js`, here);
  const bundle = new URL(`./${name}.bundle.js`, here);
  const mtime = (u: URL) => statSync(fileURLToPath(u), { throwIfNoEntry: false })?.mtimeMs ?? null;
  const bundled = mtime(bundle);
  const plain = mtime(entry);
  return bundled !== null && plain !== null && bundled >= plain ? bundle : entry;
}
