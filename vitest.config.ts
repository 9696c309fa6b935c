import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readerHash } from './scripts/reader-hash.mjs';

export default defineConfig({
  // As the CLI build defines it (esbuild.config.mjs): the records cache is keyed by it.
  define: { GOODWILL_READER_HASH: JSON.stringify(readerHash()) },
  resolve: {
    alias: [
      // Vite does not resolve chrono-node's "./*" export pattern; point at each locale's build directly.
      {
        find: /^chrono-node\/(\w+)$/,
        replacement: fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/$1/index.js', import.meta.url)).replace('%24', '$'),
      },
    ],
  },
  test: {
    // The property tests and the synthetic-vault comparisons take seconds; a busy machine must not fail them.
    testTimeout: 30_000,
    // Vitest leaves one core free by default, which on a two-core machine runs the files one at a time; most of a
    // file's time is loading modules, so two at once finish sooner there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/docs/**/*.test.ts', 'test/helpers/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/helpers/cache-folder-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'obsidian',
          include: ['test/obsidian/**/*.test.ts'],
          environment: 'happy-dom',
          alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }],
          // A browser's IndexedDB, in memory: the plugin keeps its records store there.
          setupFiles: ['obsidian-test-mocks/vitest-setup', 'fake-indexeddb/auto'],
        },
      },
    ],
  },
});
