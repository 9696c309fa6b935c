import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What users download and Obsidian loads at every start, parse worker included; `npm run test:e2e` builds it first. */
const LIMIT = 600 * 1024;

describe('the built main.js', () => {
  it('stays under 600 KiB', () => {
    expect(statSync('main.js').size).toBeLessThan(LIMIT);
  });
});
