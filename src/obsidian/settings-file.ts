import { normalizePath, type Plugin } from 'obsidian';
import { DEFAULT_SETTINGS, type GoodwillSettings, resolveSettingsTolerant } from '../core';

/** What reading the settings file gave: the settings to use, and what to tell the user about it. */
export interface LoadedSettings {
  settings: GoodwillSettings;
  /** One notice's worth of problems, or null when there are none. */
  notice: string | null;
}

/**
 * The plugin's settings file, data.json, which the CLI reads too. A CLI and
 * a plugin of different versions must never destroy each other's settings,
 * so the file is read tolerantly (an unknown key is kept and ignored, a value
 * out of range falls back to its default) and written only when the user
 * changes a setting, with the previous file kept as data.json.bak. A file
 * that is not JSON is never overwritten: the defaults serve until it is fixed.
 */
export class SettingsFile {
  /** The keys this version does not know, as the file holds them: written back untouched. */
  private foreign: Record<string, unknown> = {};
  /** The file is not JSON: saving would destroy what the user wrote in it. */
  private broken = false;

  constructor(private readonly plugin: Plugin) {}

  /** data.json's vault path, when the plugin knows its folder. */
  private get path(): string | null {
    const dir = this.plugin.manifest.dir;
    return dir ? normalizePath(`${dir}/data.json`) : null;
  }

  /** The file's raw text, null when it does not exist. */
  private async text(): Promise<string | null> {
    const path = this.path;
    const adapter = this.plugin.app.vault.adapter;
    if (path === null || !(await adapter.exists(path))) return null;
    return adapter.read(path);
  }

  async load(): Promise<LoadedSettings> {
    let raw: unknown;
    const path = this.path;
    if (path === null) {
      raw = await this.plugin.loadData();
    } else {
      const text = await this.text();
      try {
        raw = text === null || text.trim() === '' ? null : JSON.parse(text);
      } catch {
        this.broken = true;
        this.foreign = {};
        return {
          settings: resolveSettingsTolerant(null).settings,
          notice: `Goodwill: ${path} is not valid JSON, so the default settings are used until it is fixed. The file is left as it is; settings changed meanwhile are not saved.`,
        };
      }
    }
    this.broken = false;
    const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    this.foreign = Object.fromEntries(
      Object.entries(record).filter(([key]) => !Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key)),
    );
    const { settings, warnings } = resolveSettingsTolerant(raw);
    const notice = warnings.length > 0 ? `Goodwill: some settings could not be used.\n${warnings.map((w) => `- ${w}`).join('\n')}` : null;
    return { settings, notice };
  }

  /**
   * Writes the settings, with the keys this version does not know kept as
   * they were, and the previous file as data.json.bak. False, and nothing
   * written, while the file is not JSON.
   */
  async save(settings: GoodwillSettings): Promise<boolean> {
    if (this.broken) return false;
    const path = this.path;
    const previous = await this.text();
    if (path !== null && previous !== null) await this.plugin.app.vault.adapter.write(`${path}.bak`, previous);
    await this.plugin.saveData({ ...this.foreign, ...settings });
    return true;
  }
}
