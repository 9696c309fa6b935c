import { type App, TFile, moment, normalizePath } from 'obsidian';
import { bareFolder, type Day, dayParts, formatDay, type GoodwillSettings } from '../core';

interface DailyNoteOptions {
  folder: string;
  format: string;
}

/** Obsidian's daily-notes settings (a core plugin without a public API); defaults when they cannot be read. */
export function dailyNoteOptions(app: App): DailyNoteOptions {
  try {
    const internal = (app as unknown as { internalPlugins?: { getPluginById?: (id: string) => unknown } }).internalPlugins;
    const plugin = internal?.getPluginById?.('daily-notes') as { instance?: { options?: Partial<DailyNoteOptions> } } | undefined;
    const options = plugin?.instance?.options;
    return { folder: options?.folder?.trim() ?? '', format: options?.format?.trim() || 'YYYY-MM-DD' };
  } catch {
    return { folder: '', format: 'YYYY-MM-DD' };
  }
}

export function dailyNotePath(app: App, today: Day): string {
  const { folder, format } = dailyNoteOptions(app);
  const { year, month, date } = dayParts(today);
  // obsidian.d.ts types `moment` as a namespace; at run time it is the moment function.
  const format_ = moment as unknown as (d: Date) => { format(f: string): string };
  const name = format_(new Date(year, month - 1, date, 12)).format(format);
  return normalizePath(`${folder ? `${folder}/` : ''}${name}.md`);
}

async function ensureFolder(app: App, path: string): Promise<void> {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return;
  const folder = path.slice(0, slash);
  if (!app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
}

/** Returns the note at `path`, creating it (and its folder) with `initial` text when missing. */
export async function ensureNote(app: App, path: string, initial: string): Promise<TFile> {
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) return existing;
  if (existing) throw new Error(`${path} is a folder`);
  await ensureFolder(app, path);
  return app.vault.create(path, initial);
}

/** Where a logged line goes, per the settings, and whether it must carry today's date itself. */
export async function logTarget(
  app: App,
  settings: GoodwillSettings,
  today: Day,
  current: TFile | null,
): Promise<{ file: TFile; datePrefix: boolean }> {
  if (settings.logTarget === 'current' && current) {
    const isTodaysDaily = current.path === dailyNotePath(app, today);
    return { file: current, datePrefix: !isTodaysDaily };
  }
  if (settings.logTarget === 'folder') {
    const folder = bareFolder(settings.logFolder);
    const path = normalizePath(`${folder ? `${folder}/` : ''}${formatDay(today)}.md`);
    return { file: await ensureNote(app, path, ''), datePrefix: false };
  }
  return { file: await ensureNote(app, dailyNotePath(app, today), ''), datePrefix: false };
}
