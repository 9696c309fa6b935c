import { type App, PluginSettingTab, Setting, type SettingDefinitionItem } from 'obsidian';
import { controlValue, keepControlValue, settingDefinitions } from './setting-definitions';
import { lines, parseAliases, typedNumber } from './setting-values';
import { keepWriteProperties, type SettingsHost, WRITE_PROPERTIES_SETTING } from './settings-host';
import { readSetting, SETTING_GROUPS, SETTING_KEYS, SETTINGS_SCHEMA, type SettingKey, VALUE_KINDS } from '../core';

/** One row of the tab: where its control goes, and a way to keep a value or say why it was not kept. */
interface Row {
  setting: Setting;
  /** Keeps the value when it is in range, else says why not and leaves the settings as they are. */
  keep: (value: unknown, input?: HTMLElement) => Promise<void>;
}

/**
 * The settings tab, drawn from the settings schema: a heading for each group,
 * and for each setting a row with its label, help and control. A value is
 * read as --config reads it: one out of range is not kept, and the row says
 * why. A change hands the plugin new settings built from the current ones.
 */
export class GoodwillSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: SettingsHost,
  ) {
    super(app, host);
  }

  /** The settings the 1.13 way: searchable, drawn by Obsidian; older apps call display() instead. */
  getSettingDefinitions(): SettingDefinitionItem[] {
    return settingDefinitions(this.host);
  }

  getControlValue(key: string): unknown {
    return controlValue(this.host, key);
  }

  /** Replaces the settings with changed ones, never changing them in place (the index may still be reading the old ones). */
  setControlValue(key: string, value: unknown): Promise<void> {
    return keepControlValue(this.app, this.host, key, value);
  }

  /** The classic tab, for apps before 1.13. */
  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of SETTING_GROUPS) {
      new Setting(containerEl).setName(group).setHeading();
      for (const key of SETTING_KEYS) if (SETTINGS_SCHEMA[key].group === group) this.addSetting(containerEl, key);
    }
    if (this.host.device.available) {
      new Setting(containerEl).setName('This device').setHeading();
      const row = new Setting(containerEl).setName(WRITE_PROPERTIES_SETTING.name).setDesc(WRITE_PROPERTIES_SETTING.desc);
      row.settingEl.setAttribute('data-goodwill-setting', 'writeProperties');
      row.addToggle((t) => {
        t.toggleEl.setAttribute('aria-label', WRITE_PROPERTIES_SETTING.name);
        t.setValue(this.host.device.writeProperties).onChange((on) => keepWriteProperties(this.app, this.host, on));
      });
    }
  }

  private row(containerEl: HTMLElement, key: SettingKey, id: string, name: string, help?: string): Row {
    const setting = new Setting(containerEl).setName(name);
    if (help !== undefined) setting.setDesc(help);
    setting.settingEl.setAttribute('data-goodwill-setting', id);
    const problem = setting.infoEl.createDiv({ cls: 'goodwill-setting-problem' });
    problem.setAttribute('aria-live', 'polite');
    const keep = async (value: unknown, input?: HTMLElement): Promise<void> => {
      const r = readSetting(key, value);
      input?.setAttribute('aria-invalid', String(!r.ok));
      if (!r.ok) {
        problem.setText(`Not kept: ${r.error.replace(`setting "${key}" `, '')}.`);
        return;
      }
      problem.setText('');
      await this.host.saveSettings({ ...this.host.settings, [key]: r.value });
    };
    return { setting, keep };
  }

  /** A setting's row (for the weights, one row a kind below it), its control shown as its type says. */
  private addSetting(containerEl: HTMLElement, key: SettingKey): void {
    const spec = SETTINGS_SCHEMA[key];
    const value: unknown = this.host.settings[key];
    const { setting, keep } = this.row(containerEl, key, key, spec.label, spec.help);
    const named = (el: HTMLElement, name = spec.label) => el.setAttribute('aria-label', name);
    switch (spec.type.control) {
      case 'text':
        setting.addText((t) => {
          named(t.inputEl);
          t.setValue(value as string).onChange((v) => keep(v, t.inputEl));
        });
        break;
      case 'number':
        setting.addText((t) => {
          named(t.inputEl);
          t.inputEl.setAttribute('inputmode', 'decimal');
          t.setValue(String(value)).onChange((v) => keep(typedNumber(v), t.inputEl));
        });
        break;
      case 'list':
        setting.addText((t) => {
          named(t.inputEl);
          t.setValue((value as string[]).join(', ')).onChange((v) => keep(v.split(','), t.inputEl));
        });
        break;
      case 'groups':
        setting.addTextArea((t) => {
          named(t.inputEl);
          t.setValue((value as string[]).join('\n')).onChange((v) =>
            keep(
              lines(v).filter((l) => l.includes('=')),
              t.inputEl,
            ),
          );
        });
        break;
      case 'note':
        setting.addTextArea((t) => {
          named(t.inputEl);
          t.setValue(value as string).onChange((v) => keep(v, t.inputEl));
        });
        break;
      case 'aliases':
        setting.addTextArea((t) => {
          named(t.inputEl);
          const shown = Object.entries(value as Record<string, string[]>).map(([field, keys]) => `${field}: ${keys.join(', ')}`);
          t.setValue(shown.join('\n')).onChange((v) => keep(parseAliases(v), t.inputEl));
        });
        break;
      case 'toggle':
        setting.addToggle((t) => {
          named(t.toggleEl);
          t.setValue(value as boolean).onChange((v) => keep(v));
        });
        break;
      case 'dropdown':
        setting.addDropdown((d) => {
          named(d.selectEl);
          d.addOptions({ ...spec.type.options })
            .setValue(value as string)
            .onChange((v) => keep(v, d.selectEl));
        });
        break;
      case 'weights':
        for (const kind of VALUE_KINDS) {
          const name = `Weight: ${kind}`;
          const row = this.row(containerEl, key, `${key}.${kind}`, name);
          row.setting.addText((t) => {
            named(t.inputEl, name);
            t.inputEl.setAttribute('inputmode', 'decimal');
            t.setValue(String(this.host.settings.weights[kind])).onChange((v) =>
              row.keep({ ...this.host.settings.weights, [kind]: typedNumber(v) }, t.inputEl),
            );
          });
        }
        break;
    }
  }
}
