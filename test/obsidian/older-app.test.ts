import { App, Plugin, SettingTab } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { balancesOf } from '../../src/obsidian/answers';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { filesOf, loadPlugin } from './harness';

// An app before 1.10 (and before 1.8.7, 1.13): no Bases views, no declarative settings, no device-local storage.
vi.mock('obsidian', async (importOriginal) => {
  const obsidian = await importOriginal<Record<string, unknown>>();
  // What `require('obsidian').BasesView` gives there: undefined.
  return { ...obsidian, BasesView: undefined };
});
const pluginProto = Plugin.prototype as unknown as Record<string, unknown>;
pluginProto.registerBasesView = undefined;
const appProto = App.prototype as unknown as Record<string, unknown>;
appProto.saveLocalStorage = undefined;
appProto.loadLocalStorage = undefined;
const tabProto = SettingTab.prototype as unknown as Record<string, unknown>;
tabProto.getSettingDefinitions = undefined;
tabProto.update = undefined;

describe('on an older app', () => {
  it('the plugin loads without Bases views and everything else still works', async () => {
    const { plugin } = await loadPlugin(filesOf('example-vault'));
    expect(
      'basesViewRegistrations__' in plugin &&
        (plugin as unknown as { basesViewRegistrations__: Map<string, unknown> }).basesViewRegistrations__.size,
    ).toBeFalsy();
    expect(balancesOf(plugin.context).length).toBeGreaterThan(3);
    expect((plugin as unknown as { commands__: Map<string, unknown> }).commands__.size).toBeGreaterThan(5);
  });

  it('the device-local setting is hidden and off, and nothing is written into notes', async () => {
    const { app, plugin } = await loadPlugin(filesOf('example-vault'));
    expect(plugin.device.available).toBe(false);
    expect(plugin.device.writeProperties).toBe(false);
    const tab = new GoodwillSettingTab(app as never, plugin);
    // The classic tab, which an app before 1.13 draws.
    tab.display();
    expect(tab.containerEl.querySelector('[data-goodwill-setting="writeProperties"]')).toBeNull();
    expect(tab.containerEl.querySelector('[data-goodwill-setting="horizonDays"]')).not.toBeNull();
  });
});
