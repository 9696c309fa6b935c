// Copies the browser scenarios' screenshots that the README shows into docs/.
import { copyFileSync, mkdirSync } from 'node:fs';

const shown = [
  '1-view-light',
  '1-view-dark',
  '1-view-narrow-light',
  '1-view-narrow-dark',
  '3-snooze-light',
  '4-block-dark',
  '5-log-light',
  '10-followups-block-light',
  '10-followups-block-dark',
  '11-ledger-light',
  '11-ledger-dark',
  '12-provenance-light',
  '12-provenance-dark',
  '50-bases-light',
  '50-bases-dark',
];
mkdirSync('docs', { recursive: true });
for (const name of shown) copyFileSync(`test-results/e2e/${name}.png`, `docs/${name}.png`);
console.log(`copied ${shown.length} screenshots to docs/`);
