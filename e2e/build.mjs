// Bundles the harness page for Chromium: the in-memory Obsidian, and the built
// main.js evaluated as the CommonJS module Obsidian loads, with `obsidian`
// pointing at the in-memory implementation.
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

await esbuild.build({
  entryPoints: ['e2e/harness.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2021',
  outfile: 'e2e/dist/harness.js',
  logLevel: 'warning',
  alias: { obsidian: shim },
  plugins: [mainAsCommonJs],
  define: { 'process.env.NODE_ENV': '"production"' },
});
