import { type Result, fail, ok } from './result';
import type { Problem, ValueKind } from './setting-types';
import { DEFAULT_SETTINGS, type GoodwillSettings, SETTINGS_SCHEMA, type SettingKey, type SettingSpec } from './settings-schema';

export { MAX_GIVES, MAX_SETTING_DAYS, MAX_THRESHOLD, MAX_TRUST_WINDOW_MONTHS, MAX_WEIGHT, VALUE_KINDS } from './setting-types';
export type { ValueKind } from './setting-types';
export { DEFAULT_SETTINGS, LOG_TARGETS } from './settings-schema';
export type { GoodwillSettings, LogTarget } from './settings-schema';

/** A setting that cannot be used, naming it (`weights.lead` for one weight); null for the settings as a whole. */
export class SettingsError extends Error {
  constructor(
    readonly key: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads one setting's value strictly, as --config would: for a settings form,
 * before it keeps a value. It gives the value to use, or the first problem
 * found. An object of entries (`weights`) is read over the defaults.
 */
export function readSetting<K extends SettingKey>(key: K, value: unknown): Result<GoodwillSettings[K]> {
  let first: string | null = null;
  const spec = SETTINGS_SCHEMA[key] as SettingSpec<GoodwillSettings[K]>;
  const read = spec.type.read(value, key, (_k, message) => (first ??= message), spec.default);
  return first === null && read !== undefined ? ok(read) : fail(first ?? `setting "${key}" cannot be used`);
}

/** Why one setting's value cannot be used, or null when it can: for a settings form, before it saves a value. */
export function settingProblem<K extends SettingKey>(key: K, value: GoodwillSettings[K]): string | null {
  const r = readSetting(key, value);
  return r.ok ? null : r.error;
}

/**
 * Reads settings over the defaults, one key at a time. Every key is read
 * by own keys only (a JSON file or data.json may say anything, `"constructor"`
 * included), and a value out of its type or range goes to `problem`, which
 * throws (strict) or keeps the default (tolerant).
 */
function readSettings(input: unknown, problem: Problem): GoodwillSettings {
  const out: GoodwillSettings = { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights } };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    problem(null, 'settings must be a JSON object');
    return out;
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined) continue;
    if (Object.prototype.hasOwnProperty.call(SETTINGS_SCHEMA, key)) {
      const spec = SETTINGS_SCHEMA[key as SettingKey] as SettingSpec<unknown>;
      const read = spec.type.read(value, key, problem, spec.default);
      if (read !== undefined) (out as Record<SettingKey, unknown>)[key as SettingKey] = read;
    } else {
      problem(key, `unknown setting "${key}"`);
    }
  }
  return out;
}

/**
 * Merges user-supplied settings over the defaults, strictly: the first value
 * out of its type or range throws a SettingsError naming the key, so that a
 * hand-edited config file fails with a message that says what to fix.
 */
export function resolveSettings(input: unknown): GoodwillSettings {
  return readSettings(input, (key, message) => {
    throw new SettingsError(key, message);
  });
}

/** What a tolerant reading found: the settings to use, and what it set aside. */
export interface TolerantSettings {
  settings: GoodwillSettings;
  /** One line per key that could not be used, unknown keys included. */
  warnings: string[];
  /** Keys no setting has (`weights.x` and `fieldAliases.x` for unknown kinds and fields): another version's, kept in the file and ignored. */
  unknown: string[];
  /** The warnings of keys whose value could not be used (each fell back to its default). */
  invalid: string[];
}

/**
 * Merges saved settings over the defaults, tolerantly: a value out of its
 * type or range keeps its default, and a warning names it. The plugin's
 * data.json is read this way, by the plugin and by the CLI: one stale or
 * hand-edited key must not reset the others, nor stop either of them.
 */
export function resolveSettingsTolerant(input: unknown): TolerantSettings {
  const warnings: string[] = [];
  const unknown: string[] = [];
  const invalid: string[] = [];
  const settings = readSettings(input, (key, message) => {
    let warning: string;
    if (key === null) warning = `${message}; using the defaults`;
    else if (message.startsWith('unknown')) {
      unknown.push(key);
      warning = `${message}; ignored`;
    } else if (key.startsWith('weights.')) {
      const kind = key.slice('weights.'.length) as ValueKind;
      warning = `${message}; using the default (${DEFAULT_SETTINGS.weights[kind]})`;
    } else if (Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key) && key !== 'weights') {
      warning = `${message}; using the default (${JSON.stringify(DEFAULT_SETTINGS[key as keyof GoodwillSettings])})`;
    } else warning = `${message}; ignored`;
    warnings.push(warning);
    if (!message.startsWith('unknown')) invalid.push(warning);
  });
  return { settings, warnings, unknown, invalid };
}
