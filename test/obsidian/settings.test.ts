import { Notice, TextComponent } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { SETTING_GROUPS, SETTING_KEYS, SETTINGS_SCHEMA, type SettingKey, VALUE_KINDS } from '../../src/core';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { loadPlugin } from './harness';
import { balancesOf } from '../../src/obsidian/answers';

describe('settings', () => {
  it('the settings tab shows one control for each setting, under the heading of its group, named and help as the schema says', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const shown: [string, string][] = [];
    let heading = '';
    for (const el of Array.from(tab.containerEl.children)) {
      if (el.classList.contains('setting-item-heading')) heading = el.textContent ?? '';
      const key = el.getAttribute('data-goodwill-setting');
      // The weights' rows, and the device-local setting, kept outside data.json and its schema.
      if (key === null || key.includes('.') || key === 'writeProperties') continue;
      shown.push([key, heading]);
      const spec = SETTINGS_SCHEMA[key as SettingKey];
      expect(el.textContent).toContain(spec.label);
      expect(el.textContent).toContain(spec.help);
    }
    expect(shown).toEqual(SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].group]));
    const headings = Array.from(tab.containerEl.querySelectorAll('.setting-item-heading')).map((el) => el.textContent);
    expect(headings).toEqual([...SETTING_GROUPS, 'This device']);
    // The weights: one row for each kind below the row that says what they are.
    for (const kind of VALUE_KINDS)
      expect(tab.containerEl.querySelector(`[data-goodwill-setting="weights.${kind}"]`)?.textContent).toContain(`Weight: ${kind}`);
  });

  it('each control is a form field or a toggle, named for assistive technology and reachable with the keyboard', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const rows = Array.from(tab.containerEl.querySelectorAll('[data-goodwill-setting]'));
    const controls = rows.flatMap((row) => Array.from(row.querySelectorAll('[aria-label]')));
    // The row that says what the weights are has no control of its own; each kind's row has one.
    expect(controls).toHaveLength(rows.length - 1);
    for (const control of controls) {
      expect(control.getAttribute('tabindex')).not.toBe('-1');
      const toggle =
        control.getAttribute('aria-label') === 'Write figures into properties' ||
        SETTING_KEYS.some(
          (key) => SETTINGS_SCHEMA[key].type.control === 'toggle' && SETTINGS_SCHEMA[key].label === control.getAttribute('aria-label'),
        );
      if (!toggle) expect(['INPUT', 'TEXTAREA', 'SELECT']).toContain(control.tagName);
    }
  });

  it('changing a setting saves it and re-reads the vault', async () => {
    const { plugin } = await loadPlugin({ 'Network/Ann.md': '# Ann', 'Daily/2026-11-20.md': '- give:: [[Ann]] a lead\n' });
    expect(balancesOf(plugin.context)).toEqual([]);
    await plugin.saveSettings({ ...plugin.settings, peopleFolders: ['Network'] });
    await vi.waitFor(() => expect(balancesOf(plugin.context).map((b) => b.person.name)).toEqual(['Ann']), { timeout: 3000 });
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
    type('Weight: lead', '-1');
    await vi.waitFor(() => expect(plugin.settings.minNudgeGapDays).toBe(10));
    await vi.waitFor(() => expect(plugin.settings.thanksDays).toBe(5));
    expect([plugin.settings.horizonDays, plugin.settings.personFolder, plugin.settings.trustWindowMonths]).toEqual([7, 'People', 6]);
    expect(plugin.settings.weights.lead).toBe(2);
    texts.mockRestore();
  });

  it('a value the settings tab does not keep: the row says why, until a value in range is typed', async () => {
    const { app, plugin } = await loadPlugin({});
    const texts = vi.spyOn(TextComponent.prototype, 'onChange');
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const row = (key: string) => tab.containerEl.querySelector(`[data-goodwill-setting="${key}"]`)!;
    const input = (key: string) => (texts.mock.contexts as TextComponent[]).find((c) => row(key).contains(c.inputEl))!;
    const problem = (key: string) => row(key).querySelector('.goodwill-setting-problem')!.textContent;
    const before = plugin.settings;

    input('horizonDays').setValue('100000');
    expect(problem('horizonDays')).toBe('Not kept: must be a number of whole days from 0 to 3650.');
    expect(input('horizonDays').inputEl.getAttribute('aria-invalid')).toBe('true');
    input('horizonDays').setValue('');
    expect(problem('horizonDays')).toBe('Not kept: must be a number of whole days from 0 to 3650.');
    input('personFolder').setValue('../outside');
    expect(problem('personFolder')).toContain('Not kept: must be a path inside the vault');
    input('weights.lead').setValue('lots');
    expect(problem('weights.lead')).toBe('Not kept: weight of "lead" must be a number from 0 to 1000.');
    expect(plugin.settings).toBe(before);

    input('horizonDays').setValue('14');
    expect(problem('horizonDays')).toBe('');
    expect(input('horizonDays').inputEl.getAttribute('aria-invalid')).toBe('false');
    await vi.waitFor(() => expect(plugin.settings.horizonDays).toBe(14));
    expect(plugin.settings.personFolder).toBe('People');
  });
});
