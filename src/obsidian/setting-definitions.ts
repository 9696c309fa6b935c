import type { App, SettingDefinition, SettingDefinitionItem } from 'obsidian';
import { type GoodwillSettings, readSetting, SETTING_GROUPS, SETTING_KEYS, SETTINGS_SCHEMA, type SettingKey, VALUE_KINDS } from '../core';
import { keepWriteProperties, type SettingsHost, WRITE_PROPERTIES_SETTING } from './settings-host';
import { lines, parseAliases, typedNumber } from './setting-values';

type Weights = GoodwillSettings['weights'];
const WEIGHT = 'weights.';
const WRITE_PROPERTIES = 'writeProperties';

/** A setting's value as its control shows it: a list one entry after another, a table one row a line. */
function shown(key: SettingKey, value: unknown): string | number | boolean {
  switch (SETTINGS_SCHEMA[key].type.control) {
    case 'list':
      return (value as string[]).join(', ');
    case 'groups':
      return (value as string[]).join('\n');
    case 'aliases':
      return Object.entries(value as Record<string, string[]>)
        .map(([field, keys]) => `${field}: ${keys.join(', ')}`)
        .join('\n');
    default:
      return value as string | number | boolean;
  }
}

/** What a control's value says, as the settings read it (the reverse of `shown`). */
function typed(key: SettingKey, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  switch (SETTINGS_SCHEMA[key].type.control) {
    case 'list':
      return value.split(',');
    case 'groups':
      return lines(value).filter((l) => l.includes('='));
    case 'aliases':
      return parseAliases(value);
    case 'number':
      return typedNumber(value);
    default:
      return value;
  }
}

/** Why a value cannot be kept, in the words the row shows; undefined when it can. */
function problemOf(key: SettingKey, value: unknown): string | undefined {
  const r = readSetting(key, value);
  return r.ok ? undefined : `Not kept: ${r.error.replace(`setting "${key}" `, '')}.`;
}

/** A setting's definition: its control as its type says, searchable by its label, help and key, checked by the schema's range. */
function definitionOf(host: SettingsHost, key: SettingKey): SettingDefinition[] {
  const spec = SETTINGS_SCHEMA[key];
  const base = { name: spec.label, desc: spec.help, aliases: [key] };
  const validate = (v: unknown) => problemOf(key, typed(key, v));
  switch (spec.type.control) {
    case 'text':
    case 'list':
      return [{ ...base, control: { type: 'text', key, validate } }];
    case 'number':
      return [{ ...base, control: { type: 'number', key, validate } }];
    case 'groups':
    case 'note':
    case 'aliases':
      return [{ ...base, control: { type: 'textarea', key, validate } }];
    case 'toggle':
      return [{ ...base, control: { type: 'toggle', key } }];
    case 'dropdown':
      return [{ ...base, control: { type: 'dropdown', key, options: { ...spec.type.options }, validate } }];
    case 'weights':
      return [
        base,
        ...VALUE_KINDS.map((kind): SettingDefinition => ({
          name: `Weight: ${kind}`,
          aliases: [`${key}.${kind}`, 'weight'],
          control: {
            type: 'number',
            key: `${WEIGHT}${kind}`,
            validate: (v: number) => problemOf('weights', { ...host.settings.weights, [kind]: v }),
          },
        })),
      ];
  }
}

/**
 * The settings as Obsidian 1.13 declares them, made from the settings schema:
 * a group for each of its groups, a definition for each setting, and the
 * device-local setting where this app keeps values per device. Every one is
 * searchable by its label, its help and its key.
 */
export function settingDefinitions(host: SettingsHost): SettingDefinitionItem[] {
  const items: SettingDefinitionItem[] = SETTING_GROUPS.map((group) => ({
    type: 'group' as const,
    heading: group,
    items: SETTING_KEYS.filter((key) => SETTINGS_SCHEMA[key].group === group).flatMap((key) => definitionOf(host, key)),
  }));
  items.push({
    type: 'group',
    heading: 'This device',
    visible: () => host.device.available,
    items: [{ ...WRITE_PROPERTIES_SETTING, control: { type: 'toggle', key: WRITE_PROPERTIES } }],
  });
  return items;
}

/** A control's value, read from the current settings. */
export function controlValue(host: SettingsHost, key: string): unknown {
  if (key === WRITE_PROPERTIES) return host.device.writeProperties;
  if (key.startsWith(WEIGHT)) return host.settings.weights[key.slice(WEIGHT.length) as keyof Weights];
  if (!(SETTING_KEYS as readonly string[]).includes(key)) return undefined;
  return shown(key as SettingKey, host.settings[key as SettingKey]);
}

/** Keeps a control's value by replacing the settings with changed ones (never changing them in place); a value out of range is not kept. */
export async function keepControlValue(app: App, host: SettingsHost, key: string, value: unknown): Promise<void> {
  if (key === WRITE_PROPERTIES) return keepWriteProperties(app, host, value === true);
  if (key.startsWith(WEIGHT)) {
    const r = readSetting('weights', { ...host.settings.weights, [key.slice(WEIGHT.length)]: value });
    if (r.ok) await host.saveSettings({ ...host.settings, weights: r.value });
    return;
  }
  if (!(SETTING_KEYS as readonly string[]).includes(key)) return;
  const r = readSetting(key as SettingKey, typed(key as SettingKey, value));
  if (r.ok) await host.saveSettings({ ...host.settings, [key]: r.value });
}
