/**
 * The parse worker as one file (dist/output/parse-worker.bundle.js), part of `npm run build`.
 *
 * A worker loads the whole parser before its first document: 283 ES modules, 95 of them zod's (every zod
 * entry point loads its 60 locales), about 0.35 s of CPU, on the critical path of adding one decree to a
 * built history. Bundled, esbuild resolves them once, at build time: about 0.2 s. The unbundled modules stay
 * in dist/ (the library, the CLI, tests); worker-start.ts takes the bundle only when it is at least as new as
 * parse-worker.js, so a dist/ recompiled by tsc alone never runs a stale bundle.
 */
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';

await build({
  entryPoints: ['dist/output/parse-worker.js'],
  outfile: 'dist/output/parse-worker.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // (CommonJS dependencies, `yaml`, call require: an ES module has none of its own)
  banner: { js: "import { createRequire as __nomenRequire } from 'node:module'; const require = __nomenRequire(import.meta.url);" },
  // (pdfjs-dist is loaded at run time from node_modules, by the path load.ts resolves, as unbundled)
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'none',
  logLevel: 'warning',
});
// the PDF reader's own worker is found beside the module that starts it: in the bundle, dist/output/
copyFileSync('src/source/pdf/read-worker.mjs', 'dist/output/read-worker.mjs');
