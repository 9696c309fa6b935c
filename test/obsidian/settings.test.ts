import { Notice, TextComponent } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { loadPlugin } from './harness';

describe('settings', () => {
  it('the settings tab shows every group', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const text = tab.containerEl.textContent ?? '';
    for (const name of [
      'Person types',
      'Excluded folders',
      'Where logged lines go',
      'Introduction template',
      'Nudge spacing (days)',
      'Overdrawn threshold',
      'Weight: introduction',
      'Thanks within (days)',
      'First follow-up (days)',
      'First meeting window (days)',
      'Trust window (months)',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('changing a setting saves it and re-reads the vault', async () => {
    const { plugin } = await loadPlugin({ 'Network/Ann.md': '# Ann', 'Daily/2026-11-20.md': '- give:: [[Ann]] a lead\n' });
    expect(plugin.balances()).toEqual([]);
    await plugin.saveSettings({ ...plugin.settings, peopleFolders: ['Network'] });
    await vi.waitFor(() => expect(plugin.balances().map((b) => b.person.name)).toEqual(['Ann']), { timeout: 3000 });
  });

  it('a change in the settings tab replaces the settings object; the old one, which the index may still be reading, is untouched', async () => {
    const { app, plugin } = await loadPlugin({});
    const texts = vi.spyOn(TextComponent.prototype, 'onChange');
    new GoodwillSettingTab(app as never, plugin).display();
    const before = plugin.settings;
    const copy = structuredClone(before);
    const horizon = (texts.mock.contexts as TextComponent[]).find((c) =>
      c.inputEl.parentElement?.parentElement?.textContent?.includes('Horizon (days)'),
    )!;
    horizon.setValue('21');
    await vi.waitFor(() => expect(plugin.settings.horizonDays).toBe(21));
    expect(plugin.settings).not.toBe(before);
    expect(before).toStrictEqual(copy);
    const weight = (texts.mock.contexts as TextComponent[]).find((c) =>
      c.inputEl.parentElement?.parentElement?.textContent?.includes('Weight: lead'),
    )!;
    const beforeWeights = plugin.settings;
    weight.setValue('5');
    await vi.waitFor(() => expect(plugin.settings.weights.lead).toBe(5));
    expect(beforeWeights.weights.lead).toBe(2);
    expect(plugin.settings.horizonDays).toBe(21);
    texts.mockRestore();
  });

  it('unreadable saved settings fall back to the defaults', async () => {
    const { plugin } = await loadPlugin({}, '2026-11-25', { minNudgeGapDays: 'soon' });
    expect(plugin.settings.minNudgeGapDays).toBe(7);
  });

  it('a saved value out of range keeps its default alone, and one notice names each such key', async () => {
    const notices = vi.spyOn(Notice.prototype as unknown as { constructor__: (m: unknown) => void }, 'constructor__');
    const { plugin } = await loadPlugin({}, '2026-11-25', { thanksDays: 1e15, horizonDays: 14, personFolder: '../outside' });
    expect([plugin.settings.thanksDays, plugin.settings.horizonDays, plugin.settings.personFolder]).toEqual([3, 14, 'People']);
    const shown = notices.mock.calls.map(([m]) => String(m)).filter((m) => m.startsWith('Goodwill: some settings'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('"thanksDays"');
    expect(shown[0]).toContain('"personFolder"');
    notices.mockRestore();
  });

  it('the settings tab does not keep a value out of range', async () => {
    const { app, plugin } = await loadPlugin({});
    const texts = vi.spyOn(TextComponent.prototype, 'onChange');
    new GoodwillSettingTab(app as never, plugin).display();
    const type = (label: string, value: string) => {
      const components = texts.mock.contexts as TextComponent[];
      components.find((c) => c.inputEl.parentElement?.parentElement?.textContent?.includes(label))!.setValue(value);
    };
    type('Horizon (days)', '100000');
    type('Person folder', '../outside');
    type('Nudge spacing (days)', '10');
    type('Trust window (months)', '0');
    type('Thanks within (days)', '5');
    await vi.waitFor(() => expect(plugin.settings.minNudgeGapDays).toBe(10));
    await vi.waitFor(() => expect(plugin.settings.thanksDays).toBe(5));
    expect([plugin.settings.horizonDays, plugin.settings.personFolder, plugin.settings.trustWindowMonths]).toEqual([7, 'People', 6]);
    texts.mockRestore();
  });
});
