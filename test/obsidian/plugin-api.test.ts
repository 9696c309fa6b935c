import { describe, expect, it, vi } from 'vitest';
import { API_VERSION, type GoodwillApi } from '../../src/api';
import { MAX_LINE_LENGTH, balanceRows, followUpRows, introRows, peopleRows } from '../../src/core';
import type GoodwillPlugin from '../../src/obsidian/plugin';
import { filesOf, loadPlugin, read, settle, settled } from './harness';

const vault = filesOf('example-vault');

/** The rows the CLI prints with --json, made by the same functions from the plugin's index on the same day. */
function cliRows(plugin: GoodwillPlugin) {
  const network = plugin.context.index.resolve();
  const { settings } = plugin.context;
  const today = plugin.context.today();
  return {
    people: peopleRows(network, today, settings),
    followups: followUpRows(network, settings, today),
    balance: balanceRows(network, settings, today),
    intros: introRows(network, today, settings),
  };
}

const apiOf = (plugin: unknown) => (plugin as { api: GoodwillApi }).api;

describe('the API for other plugins', () => {
  it('is versioned, says what it can do, and its reads return the rows of the CLI --json', async () => {
    const { plugin } = await loadPlugin(vault);
    const { people, followups, balance, intros } = cliRows(plugin);
    const api = apiOf(plugin);
    expect(api.apiVersion).toBe(1);
    expect(API_VERSION).toBe(1);
    expect(api.has('ledger') && api.has('events')).toBe(true);
    expect(api.has('time-travel')).toBe(false);
    await api.ready;
    expect(api.people()).toEqual(people);
    expect(api.followUps()).toEqual(followups);
    expect(api.balance()).toEqual(balance);
    expect(api.introductions()).toEqual(intros);
    expect(api.person('Alice Chen')).toEqual((people as { name: string }[]).find((r) => r.name === 'Alice Chen'));
    expect(api.person('Alice')).toMatchObject({ name: 'Alice Chen', klt: 'trusted', lastContact: '2026-11-15', light: 'green' });
    expect(api.person('People/Alice Chen.md')?.name).toBe('Alice Chen');
    expect(api.ledger('People/Alice Chen.md')?.length).toBeGreaterThan(3);
    expect(api.balance('Henry Jones')).toMatchObject({ person: 'Henry Jones', balance: -10, status: 'overdrawn' });
  });

  it('follow-ups in a range of days, both ends included', async () => {
    const { plugin } = await loadPlugin(vault);
    const rows = apiOf(plugin).followUps({ from: '2026-11-25', to: '2026-11-30' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.due >= '2026-11-25' && r.due <= '2026-11-30').toBe(true);
    expect(() => apiOf(plugin).followUps({ from: 'next week' })).toThrow(/"from" is not a day as YYYY-MM-DD/);
  });

  it('an unknown person gives null, never a throw', async () => {
    const { plugin } = await loadPlugin(vault);
    const api = apiOf(plugin);
    expect(api.person('Nobody Here')).toBeNull();
    expect(api.balance('Nobody Here')).toBeNull();
    expect(api.ledger('Nobody Here')).toBeNull();
    expect(api.person(undefined as unknown as string)).toBeNull();
  });

  it('a ledger is rows of date, kind, direction, text, file and line', async () => {
    const { plugin } = await loadPlugin({
      'People/Ann.md': '---\ntype: person\n---\n# Ann\n',
      'Daily/2026-11-20.md': '- give:: [[Ann]] a lead\n- waiting:: [[Ann]] her notes\n',
    });
    expect(apiOf(plugin).ledger('Ann')).toEqual([
      { date: '2026-11-20', kind: 'give', direction: 'from-me', text: '[[Ann]] a lead', file: 'Daily/2026-11-20.md', line: 1 },
      { date: '2026-11-20', kind: 'waiting', direction: 'to-me', text: '[[Ann]] her notes', file: 'Daily/2026-11-20.md', line: 2 },
    ]);
  });

  it('capture says the line it would write, without writing; or why not', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const process = vi.spyOn(app.vault, 'process');
    const r = apiOf(plugin).capture('gave Alice an intro to Bob yesterday');
    expect(r).toEqual({ ok: true, value: expect.stringContaining('[[Alice Chen]]') as string });
    expect(apiOf(plugin).capture('lunch')).toMatchObject({ ok: false });
    expect(process).not.toHaveBeenCalled();
  });

  it('log writes one line where the log commands write; a line with a break is refused and nothing is written', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': '---\ntype: person\n---\n# Ann\n' });
    const api = apiOf(plugin);
    expect(await api.log('- give:: [[Ann]] a lead\n- ask:: [[Ann]] money')).toMatchObject({ ok: false });
    expect(app.vault.getFileByPath('2026-11-25.md')).toBeNull();
    expect(await settled(api.log('- give:: [[Ann]] a lead'))).toEqual({ ok: true, value: '- give:: [[Ann]] a lead' });
    expect(await read(app, '2026-11-25.md')).toContain('- give:: [[Ann]] a lead\n');
  });

  it('log refuses a line the reader would pass over, and says why an undated line has no place', async () => {
    const { app, plugin } = await loadPlugin(
      { 'People/Ann.md': '---\ntype: person\n---\n# Ann\n', 'Notes/plans.md': '# Plans\n' },
      '2026-11-25',
      {
        logTarget: 'current',
      },
    );
    const api = apiOf(plugin);
    expect(await api.log(`- give:: [[Ann]] ${'x'.repeat(MAX_LINE_LENGTH)}`)).toEqual({
      ok: false,
      error: `a logged line is at most ${MAX_LINE_LENGTH} characters: longer, the reader would pass it over`,
    });
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath('Notes/plans.md'));
    expect(await settled(api.log('- give:: [[Ann]] a lead'))).toEqual({
      ok: false,
      error: 'logged lines go into a note that is not a daily note: write the day (YYYY-MM-DD) in the line',
    });
    expect(await read(app, 'Notes/plans.md')).toBe('# Plans\n');
  });

  it('says on the metadata cache when the index is ready, and which notes changed', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': '---\ntype: person\n---\n# Ann\n' });
    const ready = vi.fn();
    const changed = vi.fn();
    app.metadataCache.on('goodwill:index-ready' as never, ready);
    app.metadataCache.on('goodwill:changed' as never, changed);
    await settled(plugin.saveSettings({ ...plugin.settings, horizonDays: 21 }));
    await settle(2000);
    expect(ready).toHaveBeenCalledWith();
    await app.vault.create('Daily/2026-11-24.md', '- give:: [[Ann]] a lead\n');
    await settle(1000);
    expect(changed).toHaveBeenCalledWith(['Daily/2026-11-24.md']);
  });
});
