import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, new Date(2026, 10, 25, 9));
  return { code, out, err };
}

const vault = 'example-vault';
const today = ['--today', '2026-11-25'];

describe('goodwill CLI on the example vault', () => {
  it('followups --json prints one array with the contract keys', async () => {
    const r = await run(vault, 'followups', ...today, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row).toEqual(
        expect.objectContaining({
          person: expect.any(String),
          kind: expect.any(String),
          due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          text: expect.any(String),
          file: expect.stringMatching(/\.md$/),
          line: expect.any(Number),
        }),
      );
      expect(String(row.due) <= '2026-12-02').toBe(true);
    }
    expect(new Set(rows.map((x) => x.kind))).toEqual(new Set(['promise', 'nudge', 'thanks', 'first-follow-up', 'reconnect', 'birthday']));
  });

  it('--all lists more than the 7-day window', async () => {
    const some = JSON.parse((await run(vault, 'followups', ...today, '--json')).out) as unknown[];
    const all = JSON.parse((await run(vault, 'followups', ...today, '--json', '--all')).out) as unknown[];
    expect(all.length).toBeGreaterThan(some.length);
  });

  it('balance --json shows every status', async () => {
    const rows = JSON.parse((await run(vault, 'balance', ...today, '--json')).out) as Record<string, unknown>[];
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['person', 'given', 'received', 'balance', 'status']));
    expect(new Set(rows.map((x) => x.status))).toEqual(new Set(['overdrawn', 'one-way', 'in-credit', 'even']));
  });

  it('intros --limit keeps the best candidates only', async () => {
    const rows = JSON.parse((await run(vault, 'intros', ...today, '--json', '--limit', '2')).out) as { a: string }[];
    expect(rows.map((r) => r.a)).toEqual(['Alice Chen', 'Dan Foster']);
    expect((await run(vault, 'balance', '--limit', '2')).err).toContain('--limit goes with intros');
  });

  it('intros --json has a, b, score, reasons and draft', async () => {
    const rows = JSON.parse((await run(vault, 'intros', ...today, '--json')).out) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        a: 'Alice Chen',
        b: 'Bob Diaz',
        score: expect.any(Number),
        reasons: expect.any(Array),
        draft: expect.any(String),
      }),
    );
  });

  it('people --json and check --json', async () => {
    const people = JSON.parse((await run(vault, 'people', ...today, '--json')).out) as Record<string, unknown>[];
    expect(people.find((p) => p.name === 'Alice Chen')).toEqual(
      expect.objectContaining({ file: 'People/Alice Chen.md', klt: 'trusted', lastContact: '2026-11-15' }),
    );
    expect(people.find((p) => p.name === 'Jack Lee')).toEqual(expect.objectContaining({ klt: null, lastContact: null }));
    const check = JSON.parse((await run(vault, 'check', ...today, '--json')).out) as Record<string, unknown>[];
    expect(check).toEqual([{ file: 'Daily/2026-11-13.md', line: 5, message: '"give::" line links no person' }]);
  });

  it('digest prints the morning digest as markdown', async () => {
    const r = await run(vault, 'digest', ...today);
    expect(r.out.split('\n')[0]).toBe('## Goodwill digest 2026-11-25');
    expect(r.out).toContain('### Promises due');
    expect(r.out).toContain('### An introduction you could make');
  });

  it('capture prints the line it understood, and --write appends it to the daily note', async () => {
    const r = await run(vault, 'capture', 'Carol promised the intro by Friday', ...today);
    expect(r.out).toBe('- waiting:: [[Carol Evans]] the intro by Friday 📅 2026-11-27\n');
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-capture-'));
    writeFileSync(join(dir, 'Carol.md'), '---\ntype: person\n---\n');
    mkdirSync(join(dir, '.obsidian'));
    writeFileSync(join(dir, '.obsidian/core-plugins.json'), '["daily-notes"]');
    const w = await run(dir, 'capture', 'met Carol', '--write', ...today);
    expect(w.code).toBe(0);
    expect(readFileSync(join(dir, '2026-11-25.md'), 'utf8')).toBe('- met:: [[Carol]]\n');
    expect((await run(vault, 'capture', 'lunch was nice', ...today)).err).toContain('Start with what happened');
  });

  it('import creates one person note per new contact; --dry-run writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-import-'));
    writeFileSync(join(dir, 'Alice.md'), '---\ntype: person\nname: Alice Chen\n---\n');
    const dry = await run(dir, 'import', 'test/fixtures/contacts/linkedin-connections.csv', '--dry-run', ...today);
    expect(dry.out).toContain('would create: Iris Kim → People/Iris Kim.md');
    expect(dry.out).toContain('skipped: Alice Chen (already in the vault as Alice.md)');
    expect(dry.out).toContain('2 to create, 2 skipped');
    expect(existsSync(join(dir, 'People'))).toBe(false);
    const real = await run(dir, 'import', 'test/fixtures/contacts/linkedin-connections.csv', '--json', ...today);
    expect(JSON.parse(real.out).filter((r: { action: string }) => r.action === 'created')).toHaveLength(2);
    expect(readFileSync(join(dir, 'People', 'Grace Ito.md'), 'utf8')).toContain('company: "Ito Research, LLC"');
    const again = await run(dir, 'import', 'test/fixtures/contacts/linkedin-connections.csv', ...today);
    expect(again.out).toContain('0 created, 4 skipped');
  });

  it('drafts lists introduction drafts by step; health and provenance answer too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-drafts-'));
    writeFileSync(join(dir, 'A.md'), '---\ntype: person\n---\n');
    writeFileSync(join(dir, 'B.md'), '---\ntype: person\n---\n');
    writeFileSync(join(dir, 'Intro.md'), '---\ntype: introduction\na: "[[A]]"\nb: "[[B]]"\nstate: asked-a\nasked-a: 2026-11-20\n---\n');
    const d = await run(dir, 'drafts', '--json', ...today);
    expect(JSON.parse(d.out)).toEqual([{ a: 'A', b: 'B', state: 'asked-a', since: '2026-11-20', file: 'Intro.md', next: 'asked-b' }]);
    expect((await run(vault, 'health', ...today)).out).toContain('giving ratio');
    expect(JSON.parse((await run(vault, 'provenance', '--json', ...today)).out)[0]).toMatchObject({
      person: 'Alice Chen',
      introduced: ['Grace Ito'],
    });
  });

  it('the text output is a readable table', async () => {
    const r = await run(vault, 'followups', ...today);
    expect(r.out.split('\n')[0]).toMatch(/^DUE\s+KIND\s+PERSON\s+WHAT\s+WHERE$/);
    expect(r.out).toContain('reconnect        Noah Park');
    expect(r.out).toMatchSnapshot();
  });

  it('--today defaults to the local date', async () => {
    const a = await run(vault, 'followups', '--json');
    const b = await run(vault, 'followups', ...today, '--json');
    expect(a.out).toBe(b.out);
  });
});

describe('bad input gets a clear message and a non-zero exit', () => {
  it.each([
    [['no-such-folder', 'followups'], /vault folder not found: no-such-folder/, 1],
    [[vault, 'followups', '--today', '2026-02-30'], /--today must be a real date/, 2],
    [[vault, 'followups', '--today', 'tomorrow'], /--today must be a real date/, 2],
    [[vault, 'frobnicate'], /unknown command "frobnicate"/, 2],
    [[vault], /missing command/, 2],
    [[vault, 'balance', '--all'], /--all goes with followups/, 2],
    [[vault, 'people', '--config', 'nope.json'], /cannot read config nope.json/, 1],
    [[vault, 'people', '--bogus'], /unknown option --bogus/, 2],
  ])('%j', async (argv, message, code) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('an unreadable or wrong config names the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    writeFileSync(join(dir, 'wrong.json'), '{"minNudgeGapDays": "soon"}');
    expect((await run(vault, 'people', '--config', join(dir, 'bad.json'))).err).toMatch(/is not valid JSON/);
    expect((await run(vault, 'people', '--config', join(dir, 'wrong.json'))).err).toMatch(/"minNudgeGapDays" must be a number/);
  });

  it('--help and --version', async () => {
    expect((await run('--help')).out).toContain('Usage: goodwill <vault-dir> <command>');
    expect((await run('--version')).code).toBe(0);
  });
});

describe('settings from a config file and flags', () => {
  it('--config changes the rules; --people-folder replaces the folder rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ minNudgeGapDays: 30 }));
    const loose = JSON.parse((await run(vault, 'followups', ...today, '--json')).out) as { kind: string }[];
    const strict = JSON.parse((await run(vault, 'followups', ...today, '--json', '--config', join(dir, 'c.json'))).out) as {
      kind: string;
    }[];
    expect(strict.filter((f) => f.kind === 'nudge').length).toBeLessThan(loose.filter((f) => f.kind === 'nudge').length);
    const people = JSON.parse((await run(vault, 'people', ...today, '--json', '--people-folder', 'Meetings')).out) as { file: string }[];
    // People marked by type stay people; every note under Meetings/ now is one too.
    expect(people.filter((p) => p.file.startsWith('Meetings/')).length).toBe(14);
    expect(people.filter((p) => p.file.startsWith('People/')).length).toBe(16);
  });
});
