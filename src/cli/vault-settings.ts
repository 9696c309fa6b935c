import {
  type CliArgs,
  type DailyNoteDating,
  type DailyNoteSettings,
  dailyNoteFormat,
  dailyNoteSettings,
  type GoodwillSettings,
  resolveSettings,
  resolveSettingsTolerant,
  SettingsError,
} from '../core';
import type { SettingsFile } from './commands/doctor';
import { configFolder, obsidianConfigFiles, readConfigJson } from './config-folder';
import { InputError } from './failures';
import { FileReadRefused, readRegularText } from './regular-file-read';

/** A settings file is a few hundred bytes; a megabyte is no settings file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where the plugin keeps its settings, inside the config folder. */
export const PLUGIN_DATA = 'plugins/goodwill/data.json';

/**
 * The settings: from --config, strictly (an unknown key or a value out of its
 * range stops the run, naming the key); else the plugin's own data.json,
 * tolerantly, as the plugin reads it: an unknown key (another version's) is
 * ignored with one warning, a value that cannot be used keeps its default
 * and is named, and a file that is not JSON stops the run, naming it.
 */
export function loadSettings(args: CliArgs, warn: (line: string) => void): { settings: GoodwillSettings; file: SettingsFile } {
  let settings: GoodwillSettings;
  let file: SettingsFile;
  if (args.config) ({ settings, file } = configFileSettings(args.config));
  else {
    const folder = configFolder();
    const rel = `${folder}/${PLUGIN_DATA}`;
    const raw = readConfigJson(args.vault, folder, PLUGIN_DATA);
    const { settings: read, unknown, invalid } = resolveSettingsTolerant(raw);
    if (unknown.length > 0) {
      warn(
        `${rel}: ${unknown.length === 1 ? 'a setting' : 'settings'} this version does not know, kept in the file and ignored: ${unknown.join(', ')}`,
      );
    }
    for (const w of invalid) warn(`${rel}: ${w}`);
    settings = read;
    file = settingsFile(rel, raw);
  }
  if (args.peopleFolders.length > 0) settings.peopleFolders = args.peopleFolders;
  return { settings, file };
}

function settingsFile(rel: string, raw: unknown): SettingsFile {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  return { rel, current: isObject ? (raw as Record<string, unknown>) : {}, unusable: raw !== undefined && !isObject };
}

function configFileSettings(file: string): { settings: GoodwillSettings; file: SettingsFile } {
  let text: string;
  try {
    text = readRegularText(file, MAX_CONFIG_BYTES, true);
  } catch (err) {
    if (err instanceof FileReadRefused) throw new InputError(`cannot read config ${file}: ${err.message}`);
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(`config ${file} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return { settings: resolveSettings(raw), file: settingsFile(file, raw) };
  } catch (err) {
    if (err instanceof SettingsError) throw new InputError(`config ${file}: ${err.message}`);
    throw err;
  }
}

/**
 * How the vault names its daily notes, when its settings say, and those
 * settings; settings that cannot be read date nothing (capture --write
 * reports them).
 */
export function dailyNotes(vault: string): { daily: DailyNoteSettings | null; dating: DailyNoteDating | null } {
  try {
    const daily = dailyNoteSettings(obsidianConfigFiles(vault, configFolder()));
    return { daily, dating: dailyNoteFormat(daily) };
  } catch (err) {
    if (err instanceof InputError) return { daily: null, dating: null };
    throw err;
  }
}
