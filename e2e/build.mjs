// Bundles a page for Chromium with the in-memory Obsidian and the built
// main.js evaluated as the CommonJS module Obsidian loads, with `obsidian`
// pointing at the in-memory implementation: the e2e harness when run, the
// benchmark's page when imported by esbuild.config.mjs.
import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const shim = fileURLToPath(new URL('./obsidian-shim.ts', import.meta.url));

const mainAsCommonJs = {
  name: 'main-js-as-commonjs',
  setup(build) {
    build.onLoad({ filter: /[\\/]main\.js$/ }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents: [
        "import * as obsidian from 'obsidian';",
        'const module = { exports: {} };',
        '(function (module, exports, require) {',
        readFileSync(args.path, 'utf8'),
        "})(module, module.exports, (id) => { if (id === 'obsidian') return obsidian; throw new Error('main.js may only require obsidian, not ' + id); });",
        'export default module.exports.default;',
      ].join('\n'),
    }));
  },
};

/** Bundles `entry` (which imports ../main.js) into `outfile` for the browser. */
export async function bundlePage(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    outfile,
    logLevel: 'warning',
    alias: { obsidian: shim },
    plugins: [mainAsCommonJs],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundlePage('e2e/harness.ts', 'e2e/dist/harness.js');
