import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
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
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/docs/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'obsidian',
          include: ['test/obsidian/**/*.test.ts'],
          environment: 'happy-dom',
          alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }],
          setupFiles: ['obsidian-test-mocks/vitest-setup'],
        },
      },
    ],
  },
});
