// The import-cycle check of `npm run lint`: every circle among the project's own
// modules, type-only imports counted (a type tie is still a tie between files).
// Circles listed in import-cycles.baseline.json are known and wait for a
// redesign; any other fails the check. A listed circle that is gone is reported
// so the list can shrink.
import { parseCircular, parseDependencyTree } from 'dpdm';
import { readFileSync } from 'node:fs';

const entries = ['src/main.ts', 'src/cli/main.ts', 'bench/run.ts', 'e2e/*.ts', 'test/**/*.ts'];
const tree = await parseDependencyTree(entries, {
  context: process.cwd(),
  transform: false, // keep `import type`: it ties two files as much as a value import does
  skipDynamicImports: false,
  progress: false,
});

/** A circle written from its smallest file, so the same circle always reads the same. */
const canonical = (cycle) => {
  const start = cycle.indexOf([...cycle].sort()[0]);
  return [...cycle.slice(start), ...cycle.slice(0, start)].join(' -> ');
};

const found = new Set(parseCircular(tree).map(canonical));
const baseline = new Set(JSON.parse(readFileSync(new URL('./import-cycles.baseline.json', import.meta.url), 'utf8')).circles);
const added = [...found].filter((c) => !baseline.has(c)).sort();
const gone = [...baseline].filter((c) => !found.has(c)).sort();

for (const c of gone) console.log(`import cycle gone (remove it from scripts/import-cycles.baseline.json): ${c}`);
if (added.length) {
  for (const c of added) console.error(`new import cycle: ${c}`);
  console.error(`${added.length} new import cycle(s); break them (a narrow interface, or the shared type moved to src/core/model).`);
  process.exit(1);
}
console.log(`import cycles: ${found.size} known, none new`);
