import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Vite does not resolve chrono-node's "./*" export pattern; point at the English build directly.
      'chrono-node/en': fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
