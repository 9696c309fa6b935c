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
  '17-followups-block-light',
  '17-followups-block-dark',
  '18-ledger-light',
  '18-ledger-dark',
  '19-provenance-light',
  '19-provenance-dark',
  '20-balance-light',
  '20-balance-dark',
  '21-long-text-more-light',
  '21-long-text-more-dark',
  '22-people-block-light',
  '22-people-block-dark',
  '30-prompt-refused-light',
  '31-under-way-narrow-light',
  '31-under-way-narrow-dark',
  '32-import-nothing-new-light',
  '33-first-run-narrow-light',
  '33-first-run-narrow-dark',
  '40-brief-block-light',
  '40-brief-block-dark',
  '41-brief-command-light',
  '41-brief-command-dark',
  '42-organisations-light',
  '42-organisations-dark',
  '60-capture-link-light',
  '50-bases-light',
  '50-bases-dark',
];
mkdirSync('docs', { recursive: true });
for (const name of shown) copyFileSync(`test-results/e2e/${name}.png`, `docs/${name}.png`);
console.log(`copied ${shown.length} screenshots to docs/`);
