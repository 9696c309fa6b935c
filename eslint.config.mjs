import { defineConfig, globalIgnores } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';

const SRC = 'src/**';

/**
 * The community-plugin rules are for what ships: they apply to src/ only (and to
 * package.json and manifest.json, which the directory reviews).
 */
const forSource = (config) => {
  const files = config.files ?? ['**/*'];
  if (files.some((f) => (Array.isArray(f) ? f : [f]).some((p) => p.endsWith('.json')))) return config;
  return { ...config, files: files.map((f) => (Array.isArray(f) ? [SRC, ...f] : [SRC, f])) };
};

export default defineConfig([
  globalIgnores([
    'node_modules/',
    'dist/',
    'main.js',
    'example-vault/',
    'coverage/',
    'test-results/',
    'e2e/dist/',
    'bench/vaults/',
    'bench/results/',
    'test/fixtures/',
    'test/corpus/',
  ]),
  ...obsidianmd.configs.recommended.map(forSource),
  {
    files: [SRC],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['manifest.json'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Goodwill supports Obsidian before 1.13, where the settings tab must implement display().
      'obsidianmd/settings-tab/prefer-setting-definitions': 'off',
    },
  },
  {
    // Tests, the browser page, the benchmark and the build scripts: TypeScript's and the import rules.
    files: ['test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'vitest.config.ts', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no Obsidian, no Node APIs, so it runs in the CLI, the tests and on mobile alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'obsidian', message: 'src/core must stay pure: Obsidian belongs in src/obsidian.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs on mobile too: no Node APIs.' },
            { group: ['**/obsidian/**', '**/cli/**'], message: 'src/core may not depend on an adapter.' },
          ],
        },
      ],
    },
  },
  {
    // Adapters see the core through its public face only (src/core/index.ts), so what lies behind it may move.
    files: ['src/obsidian/**/*.ts', 'src/cli/**/*.ts', 'src/main.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)core/.+', message: 'Import the core from its public face (src/core), not from its folders.' }] },
      ],
    },
  },
  {
    // The CLI is the Node adapter: Node modules are its job.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', NodeJS: 'readonly' } },
    rules: { 'obsidianmd/no-nodejs-modules': 'off', 'import/no-nodejs-modules': 'off' },
  },
  {
    // The community-plugin checks of manifest.json; TypeScript's parser reads a .json file as one object expression.
    files: ['manifest.json'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null } },
    plugins: { obsidianmd },
    rules: { 'obsidianmd/validate-manifest': 'error' },
  },
]);
