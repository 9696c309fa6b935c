import * as path from 'node:path';
import { type ObsidianConfigFiles, validateVaultPath } from '../core';
import { InputError } from './failures';
import { FileReadRefused, readRegularText } from './regular-file-read';

/** Obsidian's settings files are small; a bigger one is no settings file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The vault's config folder, vault-relative: `.obsidian`, or the folder named
 * by GOODWILL_CONFIG_DIR, as Obsidian's own override of it (for example
 * `.obsidian-mobile`). The override is a folder at the vault's root, checked
 * like every folder setting so it cannot lead out of the vault.
 */
export function configFolder(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.GOODWILL_CONFIG_DIR;
  if (override === undefined || override.trim() === '') return '.obsidian';
  const check = validateVaultPath(override.trim());
  if (!check.ok) throw new InputError(`GOODWILL_CONFIG_DIR ${check.error}`);
  if (check.value === '' || check.value.includes('/')) {
    throw new InputError(`GOODWILL_CONFIG_DIR must name a folder at the vault's root, such as .obsidian-mobile`);
  }
  return check.value;
}

/** A file in the config folder, parsed: undefined when it is missing; an unreadable or broken file is an error naming it. */
export function readConfigJson(vault: string, folder: string, file: string): unknown {
  const rel = `${folder}/${file}`;
  let text: string;
  try {
    text = readRegularText(path.join(vault, rel), MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof FileReadRefused) {
      if (err.missing) return undefined;
      throw new InputError(`cannot read ${rel}: ${err.message}`);
    }
    throw err;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError(`${rel} is not valid JSON`);
  }
}

/** The files that say where daily notes live and how templates are filled, from the vault's config folder. */
export function obsidianConfigFiles(vault: string, folder: string): ObsidianConfigFiles {
  return {
    communityPlugins: readConfigJson(vault, folder, 'community-plugins.json'),
    periodicNotes: readConfigJson(vault, folder, 'plugins/periodic-notes/data.json'),
    corePlugins: readConfigJson(vault, folder, 'core-plugins.json'),
    dailyNotes: readConfigJson(vault, folder, 'daily-notes.json'),
    templates: readConfigJson(vault, folder, 'templates.json'),
  };
}
