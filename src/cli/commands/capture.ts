import * as path from 'node:path';
import {
  captureLine,
  type CliArgs,
  type Day,
  dailyNotePlace,
  dailyNoteSettings,
  DateResolver,
  fillDailyTemplate,
  type GoodwillSettings,
  logFolderPlace,
  type NetworkIndex,
  type ObsidianConfigFiles,
  templateFormats,
  validateVaultPath,
} from '../../core';
import { configFolder, obsidianConfigFiles } from '../config-folder';
import { InputError } from '../failures';
import { FileReadRefused, readRegularText } from '../regular-file-read';
import type { VaultWriter } from '../vault-writer';

/** Where a captured line goes, vault-relative, and the text a new note starts with. */
interface Target {
  rel: string;
  initial: () => string;
}

/**
 * Where logged lines go, as the settings say: `logTarget: "folder"` puts them
 * in `<logFolder>/YYYY-MM-DD.md`; otherwise (the CLI has no open note, so
 * "current" acts as "daily") today's daily note, placed by Periodic Notes'
 * daily settings or the Daily notes core plugin's. Settings that cannot be
 * read, or no known place, stop the write: guessing would put the line in a
 * note nobody looks at.
 */
function logTarget(vault: string, settings: GoodwillSettings, today: Day, now: Date): Target {
  if (settings.logTarget === 'folder') return { rel: logFolderPlace(settings.logFolder, today), initial: () => '' };
  let config: ObsidianConfigFiles;
  try {
    config = obsidianConfigFiles(vault, configFolder());
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${err.message}; nothing was written`);
    throw err;
  }
  const place = dailyNotePlace(dailyNoteSettings(config), today, settings.language);
  if (!place.ok) throw new InputError(`${place.error}; nothing was written`);
  const rel = place.value.path;
  return {
    rel,
    initial: () => {
      if (!place.value.template) return '';
      const template = validateVaultPath(place.value.template);
      if (!template.ok) throw new InputError(`the daily-note template ${template.error}; nothing was written`);
      let text: string;
      try {
        text = readRegularText(path.join(vault, template.value));
      } catch (err) {
        if (!(err instanceof FileReadRefused)) throw err;
        throw new InputError(`cannot read the daily-note template ${template.value}: ${err.message}; nothing was written`);
      }
      const title = path.posix.basename(rel, '.md');
      return fillDailyTemplate(text, {
        day: today,
        hour: now.getHours(),
        minute: now.getMinutes(),
        title,
        formats: templateFormats(config),
        language: settings.language,
      });
    },
  };
}

/** `capture "…"`: the line understood, and with --write, appended where logged lines go. */
export function capture(args: CliArgs, index: NetworkIndex, today: Day, writer: () => VaultWriter, now = new Date()): string {
  const result = captureLine(
    args.text ?? '',
    index.resolve().people,
    today,
    new DateResolver(index.settings.language),
    false,
    new Map(),
    index.settings.language,
  );
  if (!result.ok) throw new InputError(result.error.message);
  if (!args.write) return result.value.line;
  const target = logTarget(args.vault, index.settings, today, now);
  const w = writer();
  // The writer checks the final path: inside the vault, no link, a regular file.
  w.append(target.rel, result.value.line, w.exists(target.rel) ? '' : target.initial());
  return `${result.value.line}\n(appended to ${target.rel})`;
}
