import { Plugin } from 'obsidian';
import { NetworkIndex } from '../core/index';
import { DEFAULT_SETTINGS, type GoodwillSettings, resolveSettings } from '../core/settings';

export default class GoodwillPlugin extends Plugin {
  settings: GoodwillSettings = DEFAULT_SETTINGS;
  index!: NetworkIndex;

  async onload(): Promise<void> {
    this.settings = resolveSettings(await this.loadData());
    this.index = new NetworkIndex(this.settings);
  }
}
