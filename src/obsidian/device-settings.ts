import { type App, requireApiVersion } from 'obsidian';

/** Where this device keeps `writeProperties`, in Obsidian's storage for this vault. */
const WRITE_PROPERTIES_KEY = 'goodwill-writeProperties';

/**
 * Settings kept on this device only, never in data.json: Obsidian keeps them
 * per vault (`app.saveLocalStorage`, 1.8.7 and later), and a sync carries them
 * nowhere. `writeProperties` is one: two devices that both wrote the figures
 * into the same notes would make sync conflicts.
 */
export class DeviceSettings {
  constructor(private readonly app: App) {}

  /** Whether this app keeps values per vault and device; where it does not, the device settings are hidden and off. */
  get available(): boolean {
    return requireApiVersion('1.8.7') && typeof this.app.saveLocalStorage === 'function' && typeof this.app.loadLocalStorage === 'function';
  }

  /** Whether Goodwill writes its figures into person notes' properties from this device; off unless turned on here. */
  get writeProperties(): boolean {
    if (requireApiVersion('1.8.7') && this.available) return this.app.loadLocalStorage(WRITE_PROPERTIES_KEY) === true;
    return false;
  }

  setWriteProperties(on: boolean): void {
    if (requireApiVersion('1.8.7') && this.available) this.app.saveLocalStorage(WRITE_PROPERTIES_KEY, on ? true : null);
  }
}
