import type { App as AppOriginal } from 'obsidian';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import GoodwillPlugin from '../../src/obsidian/plugin';
import { isReady, manifest, pinDay, settled, until } from './harness';
import { balancesOf } from '../../src/obsidian/answers';

const DIR = '.obsidian/plugins/goodwill';
const DATA = `${DIR}/data.json`;

/** The plugin over a vault whose settings file is on disk, as Obsidian keeps it. */
async function withSettingsFile(data: string | null) {
  const files: Record<string, string> = {
    '.obsidian/core-plugins.json': '{ "daily-notes": true }',
    'People/Ann.md': '---\ntype: person\n---\n',
  };
  if (data !== null) files[DATA] = data;
  pinDay('2026-11-25');
  const app = App.createConfigured__({ files });
  const plugin = new GoodwillPlugin(app.asOriginalType__() as AppOriginal, { ...manifest, dir: DIR });
  const saved = vi.spyOn(plugin, 'saveData');
  plugin.load();
  app.workspace.setLayoutReady__();
  await until(() => isReady(plugin));
  const read = (path: string) => app.vault.adapter.read(path);
  return { app, plugin, saved, read };
}

const noticesSeen = () => {
  const spy = vi.spyOn(Notice.prototype as unknown as { constructor__: (m: unknown) => void }, 'constructor__');
  return () => spy.mock.calls.map(([m]) => String(m));
};

describe('the settings file the CLI shares', () => {
  it('a data.json that is not JSON: the defaults serve, a notice says so, and the file is never overwritten', async () => {
    const seen = noticesSeen();
    const { plugin, saved, read } = await withSettingsFile('{ "horizonDays": 14, ');
    expect(plugin.settings.horizonDays).toBe(7);
    expect(seen().some((m) => m.includes(`${DATA} is not valid JSON`))).toBe(true);
    await plugin.saveSettings({ ...plugin.settings, horizonDays: 21 });
    expect(saved).not.toHaveBeenCalled();
    expect(await read(DATA)).toBe('{ "horizonDays": 14, ');
    expect(seen().some((m) => m.includes('Nothing was saved'))).toBe(true);
  });

  it('keys this version does not know are kept when a setting changes, and the previous file is kept as data.json.bak', async () => {
    const before = JSON.stringify({ horizonDays: 14, futureSetting: { on: true } });
    const seen = noticesSeen();
    const { plugin, saved, read } = await withSettingsFile(before);
    expect(plugin.settings.horizonDays).toBe(14);
    expect(seen().filter((m) => m.startsWith('Goodwill: some settings'))).toEqual([expect.stringContaining('"futureSetting"')]);
    await plugin.saveSettings({ ...plugin.settings, horizonDays: 21 });
    expect(saved).toHaveBeenCalledOnce();
    expect(saved.mock.calls[0][0]).toMatchObject({ horizonDays: 21, futureSetting: { on: true } });
    expect(await read(`${DATA}.bak`)).toBe(before);
  });

  it('is not written when nothing changed: opening the vault leaves it as it is', async () => {
    const { saved } = await withSettingsFile(JSON.stringify({ horizonDays: 14 }));
    expect(saved).not.toHaveBeenCalled();
  });

  it('a change made outside the app (doctor --write) takes effect at once, and a broken file, once fixed, is read again', async () => {
    const { app, plugin } = await withSettingsFile('not json');
    expect(balancesOf(plugin.context)).toEqual([]);
    await app.vault.adapter.write(DATA, JSON.stringify({ horizonDays: 30, personTypes: ['contact'] }));
    await settled(plugin.onExternalSettingsChange());
    expect(plugin.settings.horizonDays).toBe(30);
    expect(plugin.settings.personTypes).toEqual(['contact']);
    expect(isReady(plugin)).toBe(true);
  });
});
