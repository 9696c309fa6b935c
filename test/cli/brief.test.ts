import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGoodwill, tempVault } from '../helpers/temp-vault';
import { vault } from '../helpers/vault-builder';

const today = ['--today', '2026-11-25'];

describe('goodwill brief', () => {
  it('prints one object with the contract keys for the example vault', async () => {
    const r = await runGoodwill('example-vault', 'brief', 'Alice Chen', ...today, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.keys(row)).toEqual(['person', 'file', 'who', 'standing', 'open', 'recent', 'commonGround', 'toGive', 'dates']);
    expect(row.person).toBe('Alice Chen');
    expect(row.file).toBe('People/Alice Chen.md');
    expect(Object.keys(row.who as object)).toEqual(
      expect.arrayContaining(['role', 'company', 'met', 'introducedBy', 'tie', 'stage', 'light']),
    );
    expect(Object.keys(row.standing as object)).toEqual(['balance', 'status', 'text']);
    for (const item of row.toGive as Record<string, unknown>[]) {
      expect(item).toEqual(expect.objectContaining({ text: expect.any(String), kind: expect.any(String), score: expect.any(Number) }));
      expect(item).toHaveProperty('file');
      expect(item).toHaveProperty('line');
    }
    expect((row.toGive as { text: string }[]).map((g) => g.text)).toContain(
      'Introduce them to Bob Diaz: they need a brand designer; Bob Diaz offers brand design',
    );
  });

  it('takes the name with or without brackets, and as a first name alone', async () => {
    const plain = await runGoodwill('example-vault', 'brief', 'Priya', ...today);
    const linked = await runGoodwill('example-vault', 'brief', '[[Priya Shah]]', ...today);
    expect(plain.code).toBe(0);
    expect(plain.out).toBe(linked.out);
    expect(plain.out).toContain('## Brief: [[Priya Shah]]');
    expect(plain.out).toContain('You have taken more than you gave: give first (balance -8, overdrawn).');
  });

  it('never answers one name with the brief of another, run after run over the cache', async () => {
    const dir = tempVault(
      vault().person('Ana', { needs: '[a designer]' }).person('Ben').daily('2026-11-20', '- met:: [[Ana]]', '- met:: [[Ben]]').files,
    );
    for (let i = 0; i < 2; i++) {
      const ana = JSON.parse((await runGoodwill(dir, 'brief', 'Ana', ...today, '--json')).out) as { person: string }[];
      const ben = JSON.parse((await runGoodwill(dir, 'brief', 'Ben', ...today, '--json')).out) as { person: string }[];
      expect([ana[0].person, ben[0].person]).toEqual(['Ana', 'Ben']);
    }
  });

  it('refuses a name that fits several people, listing them (exit 1)', async () => {
    const dir = tempVault(vault().person('Sam Keller').person('Sam Ortiz').files);
    const r = await runGoodwill(dir, 'brief', 'Sam', ...today);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'goodwill: "Sam" fits 2 people: Sam Keller (People/Sam Keller.md), Sam Ortiz (People/Sam Ortiz.md); write the full name or the note\'s path\n',
    );
  });

  it('answers a name that fits no one with the nearest names (exit 1)', async () => {
    const r = await runGoodwill('example-vault', 'brief', 'Alise Chen', ...today);
    expect(r.code).toBe(1);
    expect(r.err).toBe('goodwill: no person called "Alise Chen"; nearest: Alice Chen\n');
  });

  it('prints what the README shows for the example vault', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /`npx goodwill example-vault brief Eve --today 2026-11-25` prints:\n\n```markdown\n([\s\S]*?)\n```/.exec(readme);
    const r = await runGoodwill('example-vault', 'brief', 'Eve', ...today);
    expect(r.out).toBe(`${shown![1]}\n`);
  });

  it('needs one name', async () => {
    const r = await runGoodwill('example-vault', 'brief');
    expect(r.code).toBe(2);
    expect(r.err).toContain('brief needs one name, in quotes');
  });
});

describe('the "me" setting', () => {
  it('naming no person note makes a check line', async () => {
    const dir = tempVault({
      ...vault().person('Ana').daily('2026-11-20', '- met:: [[Ana]]').files,
      'settings.json': JSON.stringify({ me: 'People/Nobody.md' }),
    });
    const r = await runGoodwill(dir, 'check', '--json', '--today', '2026-11-25', '--config', `${dir}/settings.json`);
    expect(JSON.parse(r.out)).toContainEqual({
      file: null,
      line: null,
      message: 'the setting "me" names People/Nobody.md, which is no person note: briefs go without your interests and offers',
    });
    const ok = await runGoodwill(dir, 'check', '--json', '--today', '2026-11-25');
    expect(ok.out).not.toContain('the setting "me"');
  });
});
