import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import builtins from 'node:module';
import { readerHash } from './scripts/reader-hash.mjs';

const mode = process.argv[2] ?? 'dev';
const production = mode === 'production' || mode === 'cli';
const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));

const banner = '/* Goodwill: a networking relationship manager for Obsidian. Source: src/ */';

/**
 * The parse worker goes inside main.js (a plugin is one file): it is built on
 * its own first, and its code, gzipped, replaces the module that names it. Rebuilt with
 * every plugin build, watch mode included, since the reader's files are
 * watched with it.
 */
const parseWorker = {
  name: 'parse-worker',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]obsidian[\\/]parse-worker-source\.ts$/ }, async () => {
      const built = await esbuild.build({
        entryPoints: ['src/obsidian/parse-worker.ts'],
        bundle: true,
        write: false,
        metafile: true,
        format: 'iife',
        target: 'es2021',
        platform: 'browser',
        minify: production,
        treeShaking: true,
        logLevel: 'warning',
      });
      return {
        loader: 'ts',
        // Gzipped in base64, about a third of the code as a string: the plugin unpacks it with DecompressionStream.
        contents: `export const PARSE_WORKER_PACKED: string | null = ${JSON.stringify(gzipSync(built.outputFiles[0].contents, { level: 9 }).toString('base64'))};`,
        watchFiles: Object.keys(built.metafile.inputs),
      };
    });
  },
};

/** The plugin bundle: runs inside Obsidian on desktop and mobile, so no Node APIs. */
const plugin = {
  banner: { js: banner },
  entryPoints: ['src/main.ts'],
  bundle: true,
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
  format: 'cjs',
  target: 'es2021',
  platform: 'browser',
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
  outfile: 'main.js',
  plugins: [parseWorker],
  // The records store is keyed by the reader's code: a build that reads notes differently never uses older records.
  define: { GOODWILL_VERSION: JSON.stringify(version), GOODWILL_READER_HASH: JSON.stringify(readerHash()) },
};

/** The command-line tool: the same core, reading a vault folder with Node. */
const cli = {
  banner: { js: '#!/usr/bin/env node' },
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli.js',
  logLevel: 'info',
  external: builtins.builtinModules,
  // gray-matter and its YAML parser are CommonJS; give them a require in the ESM bundle.
  inject: [],
  // The records cache is keyed by the reader's code: a build that reads notes differently never uses older records.
  define: { GOODWILL_VERSION: JSON.stringify(version), GOODWILL_READER_HASH: JSON.stringify(readerHash()) },
};

cli.banner.js += "\nimport { createRequire as __goodwillRequire } from 'node:module'; const require = __goodwillRequire(import.meta.url);";

/** The CLI's parse thread, next to it: the reader alone, started by a cold run over a large vault. */
const cliThread = {
  ...cli,
  banner: { js: cli.banner.js.replace('#!/usr/bin/env node\n', '') },
  entryPoints: ['src/cli/parse-thread.ts'],
  outfile: 'dist/parse-thread.js',
};

/** The benchmark: Node, bundled like the CLI so that it measures what users run. */
const bench = {
  ...cli,
  banner: { js: cli.banner.js.replace('#!/usr/bin/env node\n', '') },
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench.js',
  // The baseline comparison builds other commits with esbuild at run time; the plugin start drives Chromium.
  external: [...cli.external, 'esbuild', 'playwright-core'],
  // The frame measurement runs the plugin's vault source; its obsidian imports come from the in-memory Obsidian.
  alias: { obsidian: 'obsidian-test-mocks/obsidian' },
};

if (mode === 'cli') {
  await esbuild.build(cli);
  await esbuild.build(cliThread);
} else if (mode === 'bench') {
  await esbuild.build(cli);
  await esbuild.build(cliThread);
  await esbuild.build(bench);
  // The plugin start runs the plugin as users install it, in a page of its own.
  await esbuild.build({ ...plugin, minify: true, sourcemap: false });
  const { bundlePage } = await import('./e2e/build.mjs');
  await bundlePage('bench/plugin-page.ts', 'dist/plugin-page.js');
} else if (production) {
  await esbuild.build(plugin);
  await esbuild.build(cli);
  await esbuild.build(cliThread);
} else {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
}
