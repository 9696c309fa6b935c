import { type Result, fail, ok } from './result';
import { type Day, formatDay } from './day';
import { bareFolder } from './folder-path';
import { validateVaultPath } from './vault-path';
import { compileDateFormat, type DateFormat, dayFromFormatted, formatDayAs } from '../text/date-format';

/**
 * Where today's daily note lives, as the vault's own settings say: the files
 * Obsidian keeps in its config folder, handed over as parsed JSON (or
 * undefined when missing) by the CLI, which reads them, and by the plugin.
 */
export interface ObsidianConfigFiles {
  /** `community-plugins.json`: the ids of the community plugins turned on. */
  communityPlugins?: unknown;
  /** `plugins/periodic-notes/data.json`. */
  periodicNotes?: unknown;
  /** `core-plugins.json`: a list of ids (older apps) or an object of id → on. */
  corePlugins?: unknown;
  /** `daily-notes.json`. */
  dailyNotes?: unknown;
  /** `templates.json`: the core Templates plugin's date and time formats. */
  templates?: unknown;
}

export interface DailyNoteSettings {
  /** Which settings place daily notes. */
  from: 'periodic-notes' | 'daily-notes';
  folder: string;
  format: string;
  /** The vault path of the template for a new daily note, or '' for none. */
  template: string;
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Whether a core plugin is on, in either shape of core-plugins.json. */
function coreOn(corePlugins: unknown, id: string): boolean {
  if (Array.isArray(corePlugins)) return corePlugins.includes(id);
  return record(corePlugins)[id] === true;
}

/**
 * The daily-note settings in force, in order: Periodic Notes' daily notes,
 * when that plugin is on and its daily notes are enabled; else the Daily
 * notes core plugin, when it is on (its defaults: the vault root and
 * YYYY-MM-DD); else null: there is no known place.
 */
export function dailyNoteSettings(config: ObsidianConfigFiles): DailyNoteSettings | null {
  const community = Array.isArray(config.communityPlugins) ? config.communityPlugins : [];
  if (community.includes('periodic-notes')) {
    const daily = record(record(config.periodicNotes).daily);
    if (daily.enabled === true) {
      return {
        from: 'periodic-notes',
        folder: bareFolder(text(daily.folder)),
        format: text(daily.format) || 'YYYY-MM-DD',
        template: text(daily.template),
      };
    }
  }
  if (coreOn(config.corePlugins, 'daily-notes')) {
    const daily = record(config.dailyNotes);
    return {
      from: 'daily-notes',
      folder: bareFolder(text(daily.folder)),
      format: text(daily.format) || 'YYYY-MM-DD',
      template: text(daily.template),
    };
  }
  return null;
}

export const NO_DAILY_NOTE_PLACE =
  'Goodwill does not know where today\'s note goes: turn on the Daily notes core plugin (or Periodic Notes\' daily notes), or set logTarget to "folder" with a logFolder';

/** Where a daily note goes: its path and its template, or why it cannot be placed. */
export type Place = Result<{ path: string; template: string }>;

/** The vault path of the daily note of `day`, or why it cannot be placed. */
export function dailyNotePlace(daily: DailyNoteSettings | null, day: Day, language = 'en'): Place {
  if (!daily) return fail(NO_DAILY_NOTE_PLACE);
  const compiled = compileDateFormat(daily.format);
  if (!compiled.ok) return fail(`Goodwill cannot place today's note: ${compiled.error} (${daily.from} settings)`);
  const folder = validateVaultPath(daily.folder);
  if (!folder.ok) return fail(`the daily-note folder of the ${daily.from} settings ${folder.error}`);
  const name = formatDayAs(compiled.value, day, language);
  // The format may hold folders of its own ("YYYY/MM/…"): the whole path is checked again.
  const path = validateVaultPath(`${folder.value ? `${folder.value}/` : ''}${name}.md`);
  if (!path.ok) return fail(`today's note, by the ${daily.from} settings, ${path.error}`);
  const template = daily.template && !daily.template.endsWith('.md') ? `${daily.template}.md` : daily.template;
  return ok({ path: path.value, template });
}

/** How the vault's daily notes are named, to date the notes already there. */
export interface DailyNoteDating {
  folder: string;
  format: DateFormat;
}

/** The compiled format of the vault's daily notes; null when there is none, or it cannot place a note. */
export function dailyNoteFormat(daily: DailyNoteSettings | null): DailyNoteDating | null {
  if (!daily) return null;
  const compiled = compileDateFormat(daily.format);
  const folder = validateVaultPath(daily.folder);
  return compiled.ok && folder.ok ? { folder: folder.value, format: compiled.value } : null;
}

/** The day a daily note is for, read from its path by the daily-note format, or null when the path does not fit it. */
export function dailyNoteDay(dating: DailyNoteDating, path: string, language = 'en'): Day | null {
  if (!path.endsWith('.md')) return null;
  const prefix = dating.folder ? `${dating.folder}/` : '';
  if (!path.startsWith(prefix)) return null;
  return dayFromFormatted(dating.format, path.slice(prefix.length, -3), language);
}

/** Where a logged line goes when logTarget is "folder": `<logFolder>/YYYY-MM-DD.md`. */
export function logFolderPlace(logFolder: string, day: Day): string {
  const folder = bareFolder(logFolder);
  return `${folder ? `${folder}/` : ''}${formatDay(day)}.md`;
}

/** The core Templates plugin's formats for `{{date}}` and `{{time}}`, with its defaults. */
export function templateFormats(config: ObsidianConfigFiles): { date: string; time: string } {
  const t = record(config.templates);
  return { date: text(t.dateFormat) || 'YYYY-MM-DD', time: text(t.timeFormat) || 'HH:mm' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time of day in the few tokens time formats use (HH H hh h mm ss A a); null when the format holds others. */
function formatTime(format: string, hour: number, minute: number): string | null {
  let unknown = false;
  const out = format.replace(/\[([^[\]]*)\]|HH?|hh?|mm?|ss?|[A-Za-z]/g, (all: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    const value: Record<string, string> = {
      HH: pad2(hour),
      H: String(hour),
      hh: pad2(h12),
      h: String(h12),
      mm: pad2(minute),
      ss: '00',
      A: hour < 12 ? 'AM' : 'PM',
      a: hour < 12 ? 'am' : 'pm',
    };
    if (!(all in value)) unknown = true;
    return value[all] ?? all;
  });
  return unknown ? null : out;
}

/**
 * A daily-note template filled in as the core Templates plugin fills it:
 * `{{date}}`, `{{time}}` and `{{title}}`, the first two with an optional
 * `:format`. Anything else (Templater's `<% %>`, a format Goodwill cannot
 * write) is left as it is.
 */
export function fillDailyTemplate(
  template: string,
  fill: { day: Day; hour: number; minute: number; title: string; formats: { date: string; time: string }; language?: string },
): string {
  return template.replace(/\{\{\s*(date|time|title)\s*(?::([^{}]*))?\}\}/gi, (all: string, name: string, custom: string | undefined) => {
    const key = name.toLowerCase();
    if (key === 'title') return fill.title;
    const format = custom?.trim() || (key === 'date' ? fill.formats.date : fill.formats.time);
    if (key === 'time') return formatTime(format, fill.hour, fill.minute) ?? all;
    const compiled = compileDateFormat(format, true);
    return compiled.ok ? formatDayAs(compiled.value, fill.day, fill.language) : all;
  });
}
