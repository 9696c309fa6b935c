import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGoodwill, tempVault } from '../helpers/temp-vault';
import { vault } from '../helpers/vault-builder';

describe('goodwill orgs', () => {
  it('--json rows have kind, name, file, people, balance and warmest; an organisation no one links is listed with no people', async () => {
    const dir = tempVault(
      vault()
        .person('Ana', { company: '"[[Acme]]"', sphere: '[founders]' })
        .note('Orgs/Acme.md', '---\ntype: company\n---\n')
        .note('Orgs/Initech.md', '---\ntype: organisation\n---\n')
        .meeting('2026-11-20', 'Ana 1-2-1', ['Ana']).files,
    );
    const r = await runGoodwill(dir, 'orgs', '--json', '--today', '2026-11-25');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { kind: 'organisation', name: 'Acme', file: 'Orgs/Acme.md', people: ['Ana'], balance: 0, warmest: 'Ana' },
      { kind: 'organisation', name: 'Initech', file: 'Orgs/Initech.md', people: [], balance: 0, warmest: null },
      { kind: 'sphere', name: 'founders', file: null, people: ['Ana'], balance: 0, warmest: 'Ana' },
    ]);
  });

  it('prints a table of the example vault, spheres after organisations', async () => {
    const r = await runGoodwill('example-vault', 'orgs', '--today', '2026-11-25');
    expect(r.code).toBe(0);
    const kinds = r.out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(/\s+/)[0]);
    expect(kinds.indexOf('sphere')).toBeGreaterThan(kinds.lastIndexOf('organisation'));
    expect(r.out).toContain('Northwind Analytics');
  });

  it('--json starts on the example vault as the README shows', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /`npx goodwill example-vault orgs --json --today 2026-11-25` starts with:\n\n```json\n([\s\S]*?)\n```/.exec(readme);
    const r = await runGoodwill('example-vault', 'orgs', '--json', '--today', '2026-11-25');
    expect(r.out.startsWith(`${shown![1]}\n`)).toBe(true);
  });
});
