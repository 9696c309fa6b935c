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
    ]) {
      expect(text).toContain(name);
    }
  });

  it('changing a setting saves it and re-reads the vault', async () => {
    const { plugin } = await loadPlugin({ 'Network/Ann.md': '# Ann', 'Daily/2026-11-20.md': '- give:: [[Ann]] a lead\n' });
    expect(plugin.balances()).toEqual([]);
    plugin.settings.peopleFolders = ['Network'];
    await plugin.saveSettings();
    await vi.waitFor(() => expect(plugin.balances().map((b) => b.person.name)).toEqual(['Ann']), { timeout: 3000 });
  });

  it('unreadable saved settings fall back to the defaults', async () => {
    const { plugin } = await loadPlugin({}, '2026-11-25', { minNudgeGapDays: 'soon' });
    expect(plugin.settings.minNudgeGapDays).toBe(7);
  });
});
