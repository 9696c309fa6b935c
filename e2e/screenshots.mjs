// Copies the browser scenarios' screenshots that the README shows into docs/.
import { copyFileSync, mkdirSync } from 'node:fs';

const shown = ['1-view-light', '1-view-dark', '3-snooze-light', '4-block-dark', '5-log-light'];
mkdirSync('docs', { recursive: true });
for (const name of shown) copyFileSync(`test-results/e2e/${name}.png`, `docs/${name}.png`);
console.log(`copied ${shown.length} screenshots to docs/`);
