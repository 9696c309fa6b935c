import { type App, normalizePath, TFile } from 'obsidian';
import {
  type DailyNoteDating,
  type Day,
  dailyNoteFormat,
  dailyNotePlace,
  dailyNoteSettings,
  fillDailyTemplate,
  type GoodwillSettings,
  logFolderPlace,
  type ObsidianConfigFiles,
  templateFormats,
} from '../../core';
import { ensureNote } from './notes';

/** A settings file of the vault's config folder, parsed; undefined when missing or not JSON (the core then uses Obsidian's defaults). */
async function configJson(app: App, file: string): Promise<unknown> {
  const path = normalizePath(`${app.vault.configDir}/${file}`);
  try {
    if (!(await app.vault.adapter.exists(path))) return undefined;
    return JSON.parse(await app.vault.adapter.read(path)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The files that place daily notes, read as the CLI reads them, so that both
 * put a logged line in the same note: Periodic Notes' daily settings, then
 * the Daily notes core plugin's.
 */
export async function obsidianConfigFiles(app: App): Promise<ObsidianConfigFiles> {
  const [communityPlugins, periodicNotes, corePlugins, dailyNotes, templates] = await Promise.all([
    configJson(app, 'community-plugins.json'),
    configJson(app, 'plugins/periodic-notes/data.json'),
    configJson(app, 'core-plugins.json'),
    configJson(app, 'daily-notes.json'),
    configJson(app, 'templates.json'),
  ]);
  return { communityPlugins, periodicNotes, corePlugins, dailyNotes, templates };
}

/** How the vault names its daily notes (Periodic Notes, else the Daily notes core plugin), to date them by their names. */
export async function dailyNoteDating(app: App): Promise<DailyNoteDating | null> {
  return dailyNoteFormat(dailyNoteSettings(await obsidianConfigFiles(app)));
}

/** A note that cannot be placed: the message says why and names the settings to change. */
export class NoPlace extends Error {}

/** The vault path of the daily note of `day`, and the template a new one starts from. */
export async function dailyNotePlaceOf(app: App, settings: GoodwillSettings, day: Day): Promise<{ path: string; template: string }> {
  const place = dailyNotePlace(dailyNoteSettings(await obsidianConfigFiles(app)), day, settings.language);
  if (!place.ok) throw new NoPlace(place.error);
  return { path: place.value.path, template: place.value.template };
}

/** Today's daily note, created from the daily-note template when missing ({{date}}, {{time}}, {{title}} filled, as the core Templates plugin does). */
export async function ensureDailyNote(app: App, settings: GoodwillSettings, day: Day, now = new Date()): Promise<TFile> {
  const { path, template } = await dailyNotePlaceOf(app, settings, day);
  const existing = app.vault.getFileByPath(path);
  if (existing) return existing;
  let initial = '';
  const templateFile = template ? app.vault.getFileByPath(normalizePath(template)) : null;
  if (templateFile) {
    const title = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
    initial = fillDailyTemplate(await app.vault.cachedRead(templateFile), {
      day,
      hour: now.getHours(),
      minute: now.getMinutes(),
      title,
      formats: templateFormats(await obsidianConfigFiles(app)),
      language: settings.language,
    });
  }
  return ensureNote(app, path, initial);
}

/**
 * Where a logged line goes, per `logTarget`: the note being edited
 * ("current"), a dated note in `logFolder` ("folder"), or today's daily note
 * ("daily", and "current" with no note open); and whether the line must carry
 * today's date itself. Throws NoPlace when the daily note has no known place.
 */
export async function logTarget(
  app: App,
  settings: GoodwillSettings,
  today: Day,
  current: TFile | null,
): Promise<{ file: TFile; datePrefix: boolean }> {
  if (settings.logTarget === 'folder') {
    return { file: await ensureNote(app, normalizePath(logFolderPlace(settings.logFolder, today)), ''), datePrefix: false };
  }
  if (settings.logTarget === 'current' && current) {
    let daily: string | null = null;
    try {
      daily = (await dailyNotePlaceOf(app, settings, today)).path;
    } catch (err) {
      if (!(err instanceof NoPlace)) throw err;
    }
    return { file: current, datePrefix: current.path !== daily };
  }
  return { file: await ensureDailyNote(app, settings, today), datePrefix: false };
}
