import * as path from 'node:path';
import { bareFolder, captureLine, type Day, DateResolver, formatDay, type NetworkIndex } from '../../core';
import type { CliArgs } from '../args';
import { InputError } from '../failures';
import { FileReadRefused, readRegularText } from '../regular-file-read';
import type { VaultWriter } from '../vault-writer';

/** Obsidian's daily-notes settings, inside the vault. */
const DAILY_NOTES_SETTINGS = '.obsidian/daily-notes.json';
const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * Today's daily note, vault-relative, per Obsidian's daily-notes settings
 * when they use the default format. Settings that cannot be read stop the
 * write: guessing would put the line in a note nobody looks at.
 */
function dailyNotePath(vault: string, today: Day): string {
  let text: string | null;
  try {
    text = readRegularText(path.join(vault, DAILY_NOTES_SETTINGS), MAX_SETTINGS_BYTES);
  } catch (err) {
    if (!(err instanceof FileReadRefused)) throw err;
    // No settings file (or no .obsidian folder): Obsidian's defaults, the vault's root.
    if (err.missing) text = null;
    else throw new InputError(`cannot read ${DAILY_NOTES_SETTINGS}: ${err.message}; nothing was written`);
  }
  let folder = '';
  if (text !== null) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new InputError(`${DAILY_NOTES_SETTINGS} is not valid JSON; nothing was written`);
    }
    const { folder: f, format } = (raw ?? {}) as { folder?: unknown; format?: unknown };
    if (format !== undefined && format !== '' && format !== 'YYYY-MM-DD') {
      const shown = typeof format === 'string' ? format : JSON.stringify(format);
      throw new InputError(`the daily notes use the format "${shown}", which only the plugin can write; print the line without --write`);
    }
    if (f !== undefined && typeof f !== 'string')
      throw new InputError(`${DAILY_NOTES_SETTINGS}: "folder" is not text; nothing was written`);
    folder = bareFolder(f ?? '');
  }
  // The writer checks the final path, format applied: inside the vault, no link, a regular file.
  return `${folder ? `${folder}/` : ''}${formatDay(today)}.md`;
}

/** `capture "…"`: the line understood, and with --write, appended to today's daily note. */
export function capture(args: CliArgs, index: NetworkIndex, today: Day, writer: () => VaultWriter): string {
  const result = captureLine(args.text ?? '', index.resolve().people, today, new DateResolver(), false);
  if (!result.ok) throw new InputError(result.message);
  if (!args.write) return result.captured.line;
  const rel = dailyNotePath(args.vault, today);
  writer().append(rel, result.captured.line);
  return `${result.captured.line}\n(appended to ${rel})`;
}
