import type { SettingDefinition, SettingDefinitionGroup } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { SETTING_GROUPS, SETTING_KEYS, SETTINGS_SCHEMA, VALUE_KINDS } from '../../src/core';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { loadPlugin } from './harness';

type Control = { type: string; key: string; validate?: (v: unknown) => unknown };

/** Every definition of the tab, in order, under its group's heading. */
function definitions(tab: GoodwillSettingTab): { heading: string; def: SettingDefinition & { control?: Control } }[] {
  return (tab.getSettingDefinitions() as SettingDefinitionGroup[]).flatMap((g) =>
    (g.items ?? []).map((def) => ({ heading: g.heading ?? '', def: def as SettingDefinition & { control?: Control } })),
  );
}

describe('settings the 1.13 way', () => {
  it('every setting of the schema has a definition, under its group, searchable by its label, help and key', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    const defs = definitions(tab);
    for (const key of SETTING_KEYS) {
      const spec = SETTINGS_SCHEMA[key];
      const found = defs.find((d) => d.def.name === spec.label)!;
      expect(found.heading).toBe(spec.group);
      expect(found.def.desc).toBe(spec.help);
      expect(found.def.aliases).toContain(key);
      expect(found.def.searchable).not.toBe(false);
    }
    for (const kind of VALUE_KINDS) expect(defs.some((d) => d.def.control?.key === `weights.${kind}`)).toBe(true);
    expect(defs.find((d) => d.def.control?.key === 'writeProperties')?.heading).toBe('This device');
    expect((tab.getSettingDefinitions() as SettingDefinitionGroup[]).map((g) => g.heading)).toEqual([...SETTING_GROUPS, 'This device']);
  });

  it("each value is checked against the schema's range before it is kept", async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    const control = (key: string) => definitions(tab).find((d) => d.def.control?.key === key)!.def.control!;
    expect(control('horizonDays').validate!(21)).toBeUndefined();
    expect(control('horizonDays').validate!(99999)).toMatch(/^Not kept: must be a number of whole days from 0 to 3650\.$/);
    expect(control('weights.lead').validate!(-1)).toMatch(/^Not kept: /);
    expect(control('weights.lead').validate!(5)).toBeUndefined();
  });

  it('a change replaces the settings object, never changes it in place, and reads back as the control shows it', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    const before = plugin.settings;
    const copy = structuredClone(before);
    await tab.setControlValue('horizonDays', 21);
    await vi.waitFor(() => expect(plugin.settings.horizonDays).toBe(21));
    expect(plugin.settings).not.toBe(before);
    expect(before).toStrictEqual(copy);
    await tab.setControlValue('weights.lead', 5);
    expect(plugin.settings.weights.lead).toBe(5);
    expect(before.weights.lead).toBe(copy.weights.lead);
    await tab.setControlValue('peopleFolders', 'People, Contacts');
    expect(plugin.settings.peopleFolders).toEqual(['People', 'Contacts']);
    expect(tab.getControlValue('peopleFolders')).toBe('People, Contacts');
    expect(tab.getControlValue('weights.lead')).toBe(5);
    // Out of range: not kept.
    await tab.setControlValue('horizonDays', 99999);
    expect(plugin.settings.horizonDays).toBe(21);
  });

  it('Obsidian takes the definitions (so it draws them, not the classic tab), and the device-local toggle keeps its value on this device', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.update();
    expect(tab.settingItems.length).toBe(SETTING_GROUPS.length + 1);
    await tab.setControlValue('writeProperties', true);
    expect(plugin.device.writeProperties).toBe(true);
    expect(tab.getControlValue('writeProperties')).toBe(true);
  });
});
