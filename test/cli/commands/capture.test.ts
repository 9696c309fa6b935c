import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLink } from '../../helpers/special-files';
import { runGoodwill, tempVault } from '../../helpers/temp-vault';

const person = '---\ntype: person\n---\n';
const capture = (vault: string) => runGoodwill(vault, 'capture', 'met Carol', '--write', '--today', '2026-11-25');

/** A vault with Carol in it, and a folder beside it that must not change. */
function vaultAndOutside(files: Record<string, string | Uint8Array> = {}) {
  // The Daily notes core plugin on, as in a vault Obsidian made; its folder and format from daily-notes.json when given.
  const vault = tempVault({ 'People/Carol.md': person, '.obsidian/core-plugins.json': '{ "daily-notes": true }', ...files });
  const outside = tempVault({ 'target.md': 'outside\n' }, 'goodwill-outside-');
  return { vault, outside };
}

describe('capture --write writes only inside the vault', () => {
  it('a daily note that is a link to a file outside is not followed', (ctx) => {
    const { vault, outside } = vaultAndOutside();
    if (!makeLink(join(outside, 'target.md'), join(vault, '2026-11-25.md'))) ctx.skip();
    return capture(vault).then((r) => {
      expect(r).toMatchObject({ code: 1, err: 'goodwill: 2026-11-25.md is a link; Goodwill does not write through links\n' });
      expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('outside\n');
    });
  });

  it('a dangling link as the daily note creates nothing outside', (ctx) => {
    const { vault, outside } = vaultAndOutside();
    if (!makeLink(join(outside, 'new.md'), join(vault, '2026-11-25.md'))) ctx.skip();
    return capture(vault).then((r) => {
      expect(r.code).toBe(1);
      expect(readdirSync(outside)).toEqual(['target.md']);
    });
  });

  it('a daily-notes folder of ../outside is refused', async () => {
    const { vault, outside } = vaultAndOutside();
    const name = outside.split('/').pop()!;
    writeFileSync(join(vault, '.obsidian/daily-notes.json'), JSON.stringify({ folder: `../${name}` }));
    const r = await capture(vault);
    expect(r).toMatchObject({
      code: 1,
      err: `goodwill: the daily-note folder of the daily-notes settings "../${name}" has a ".." segment, which leads out of the vault; nothing was written\n`,
    });
    expect(readdirSync(outside)).toEqual(['target.md']);
  });

  it('a daily-notes folder that links outside is refused, naming it', (ctx) => {
    const { vault, outside } = vaultAndOutside();
    writeFileSync(join(vault, '.obsidian/daily-notes.json'), JSON.stringify({ folder: 'Daily' }));
    if (!makeLink(outside, join(vault, 'Daily'), 'dir')) ctx.skip();
    return capture(vault).then((r) => {
      expect(r.err).toBe('goodwill: Daily is outside the vault (through a link); Goodwill writes only inside the vault\n');
      expect(readdirSync(outside)).toEqual(['target.md']);
    });
  });

  it('daily-notes settings that cannot be read stop the write', async () => {
    const { vault } = vaultAndOutside({ '.obsidian/daily-notes.json': '{ "folder": "Daily", ' });
    const r = await capture(vault);
    expect(r).toMatchObject({ code: 1, err: 'goodwill: .obsidian/daily-notes.json is not valid JSON; nothing was written\n' });
    expect(existsSync(join(vault, '2026-11-25.md'))).toBe(false);
  });

  it('writes into the daily-notes folder, creating it', async () => {
    const { vault } = vaultAndOutside({ '.obsidian/daily-notes.json': '{ "folder": "/Journal/Daily/" }' });
    const r = await capture(vault);
    expect(r).toEqual({ code: 0, out: '- met:: [[Carol]]\n(appended to Journal/Daily/2026-11-25.md)\n', err: '' });
    expect(readFileSync(join(vault, 'Journal/Daily/2026-11-25.md'), 'utf8')).toBe('- met:: [[Carol]]\n');
  });
});

describe('capture --write never loses a line', () => {
  it('a daily note too large to read is not replaced by the one line', async () => {
    const { vault } = vaultAndOutside({ '2026-11-25.md': '' });
    execFileSync('truncate', ['-s', '600M', join(vault, '2026-11-25.md')]);
    const r = await capture(vault);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^goodwill: 2026-11-25.md could not be read \(it is larger than 5 MB .*\); nothing was written\n$/);
    expect(statSync(join(vault, '2026-11-25.md')).size).toBe(600 * 1024 * 1024);
  });

  it('a Latin-1 daily note is not re-encoded', async () => {
    const latin1 = Buffer.from('- Met [[Carol]] at the café\n', 'latin1');
    const { vault } = vaultAndOutside({ '2026-11-25.md': latin1 });
    const r = await capture(vault);
    expect(r.err).toBe('goodwill: 2026-11-25.md is not UTF-8 text; Goodwill changes only UTF-8 notes, so nothing was written\n');
    expect(readFileSync(join(vault, '2026-11-25.md'))).toEqual(latin1);
  });

  it('appends after every line the note had', async () => {
    const { vault } = vaultAndOutside({ '2026-11-25.md': '# Today\r\n- Called [[Carol]]' });
    expect((await capture(vault)).code).toBe(0);
    expect(readFileSync(join(vault, '2026-11-25.md'), 'utf8')).toBe('# Today\r\n- Called [[Carol]]\r\n- met:: [[Carol]]\r\n');
  });
});

describe("capture --write finds today's note as the vault's settings place it", () => {
  const periodic = {
    '.obsidian/community-plugins.json': '["periodic-notes"]',
    '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({
      daily: { enabled: true, folder: 'Journal', format: 'YYYY/MM-MMMM/YYYY-MM-DD-dddd', template: 'Templates/Daily' },
    }),
    'Templates/Daily.md': '# {{title}}\nA {{date:dddd}}, written at {{time}}.\n<% tp.file.cursor() %>\n\n## Log\n',
  };

  it('Periodic Notes first: a new note from its template, {{date}}, {{time}} and {{title}} filled, Templater left alone', async () => {
    const { vault } = vaultAndOutside(periodic);
    const r = await capture(vault);
    expect(r).toEqual({ code: 0, out: '- met:: [[Carol]]\n(appended to Journal/2026/11-November/2026-11-25-Wednesday.md)\n', err: '' });
    expect(readFileSync(join(vault, 'Journal/2026/11-November/2026-11-25-Wednesday.md'), 'utf8')).toBe(
      '# 2026-11-25-Wednesday\nA Wednesday, written at 09:00.\n<% tp.file.cursor() %>\n\n## Log\n- met:: [[Carol]]\n',
    );
  });

  it('an existing note keeps its text: the template is for new notes only', async () => {
    const { vault } = vaultAndOutside({ ...periodic, 'Journal/2026/11-November/2026-11-25-Wednesday.md': 'Busy day.\n' });
    expect((await capture(vault)).code).toBe(0);
    expect(readFileSync(join(vault, 'Journal/2026/11-November/2026-11-25-Wednesday.md'), 'utf8')).toBe('Busy day.\n- met:: [[Carol]]\n');
  });

  it('with neither plugin on there is no known place: exit 1, the settings named, nothing written', async () => {
    const vault = tempVault({ 'People/Carol.md': person, '.obsidian/core-plugins.json': '{ "daily-notes": false }' });
    const r = await capture(vault);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'goodwill: Goodwill does not know where today\'s note goes: turn on the Daily notes core plugin (or Periodic Notes\' daily notes), or set logTarget to "folder" with a logFolder; nothing was written\n',
    );
    expect(readdirSync(vault).sort()).toEqual(['.obsidian', 'People']);
  });

  it('a Periodic Notes format that cannot be placed says so, and writes nothing', async () => {
    const { vault } = vaultAndOutside({
      '.obsidian/community-plugins.json': '["periodic-notes"]',
      '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({ daily: { enabled: true, format: 'gggg-[W]ww-E' } }),
    });
    const r = await capture(vault);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^goodwill: Goodwill cannot place today's note: the format "gggg-\[W\]ww-E" uses "gggg", .*\(periodic-notes settings\); nothing was written\n$/,
    );
  });

  it('logTarget "folder" puts the line in <logFolder>/YYYY-MM-DD.md', async () => {
    const { vault } = vaultAndOutside();
    const config = join(vault, '..', `${vault.split('/').pop()}-config.json`);
    writeFileSync(config, JSON.stringify({ logTarget: 'folder', logFolder: 'Networking log' }));
    const r = await runGoodwill(vault, 'capture', 'met Carol', '--write', '--today', '2026-11-25', '--config', config);
    expect(r.out).toBe('- met:: [[Carol]]\n(appended to Networking log/2026-11-25.md)\n');
    expect(readFileSync(join(vault, 'Networking log/2026-11-25.md'), 'utf8')).toBe('- met:: [[Carol]]\n');
  });
});

describe('the daily notes already there', () => {
  it('are dated by the format of the settings, in the CLI as in the plugin', async () => {
    const vault = tempVault({
      'People/Carol.md': person,
      '.obsidian/core-plugins.json': '["daily-notes"]',
      '.obsidian/daily-notes.json': '{ "folder": "Journal", "format": "D MMMM YYYY" }',
      'Journal/20 November 2026.md': '- Called [[Carol]] about the offsite\n',
    });
    const r = await runGoodwill(vault, 'people', '--json', '--today', '2026-11-25');
    expect(JSON.parse(r.out)).toMatchObject([{ name: 'Carol', lastContact: '2026-11-20' }]);
  });
});
