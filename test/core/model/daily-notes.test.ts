import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/model/day';
import { noteFromText } from '../../../src/cli/folder-source';
import { checkRows, peopleRows } from '../../../src/core/formats/rows';
import { NetworkIndex } from '../../../src/core/index/network-index';
import { resolveSettings } from '../../../src/core/model/settings';
import { day, person } from '../../helpers/vault';
import {
  dailyNoteDay,
  dailyNoteFormat,
  dailyNotePlace,
  dailyNoteSettings,
  fillDailyTemplate,
  logFolderPlace,
  NO_DAILY_NOTE_PLACE,
  templateFormats,
} from '../../../src/core/model/daily-notes';

const friday = dayFromParts(2026, 11, 20)!;
const periodic = {
  communityPlugins: ['dataview', 'periodic-notes'],
  periodicNotes: { daily: { enabled: true, folder: '/', format: 'YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-ddd', template: 'Templates/Daily' } },
  corePlugins: { 'daily-notes': true },
  dailyNotes: { folder: 'Daily', format: 'YYYY-MM-DD' },
};

describe("where today's note goes", () => {
  it("Periodic Notes' daily settings come first when that plugin is on and its daily notes are enabled", () => {
    const daily = dailyNoteSettings(periodic);
    expect(daily).toEqual({
      from: 'periodic-notes',
      folder: '',
      format: 'YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-ddd',
      template: 'Templates/Daily',
    });
    expect(dailyNotePlace(daily, friday)).toEqual({
      ok: true,
      value: { path: '2026/Journal/11-November/2026-11-20-Fri.md', template: 'Templates/Daily.md' },
    });
  });

  it('else the Daily notes core plugin, when it is on, with its defaults for what it leaves out', () => {
    expect(dailyNoteSettings({ ...periodic, communityPlugins: ['dataview'] })?.folder).toBe('Daily');
    expect(dailyNoteSettings({ ...periodic, periodicNotes: { daily: { enabled: false } } })?.from).toBe('daily-notes');
    expect(dailyNoteSettings({ corePlugins: ['file-explorer', 'daily-notes'] })).toEqual({
      from: 'daily-notes',
      folder: '',
      format: 'YYYY-MM-DD',
      template: '',
    });
  });

  it('else there is no known place, and the message names the settings', () => {
    expect(dailyNoteSettings({ corePlugins: { 'daily-notes': false } })).toBeNull();
    expect(dailyNoteSettings({})).toBeNull();
    expect(dailyNotePlace(null, friday)).toEqual({ ok: false, error: NO_DAILY_NOTE_PLACE });
    expect(NO_DAILY_NOTE_PLACE).toContain('logTarget');
  });

  it('a format Goodwill cannot write says so instead of guessing', () => {
    const place = dailyNotePlace({ from: 'periodic-notes', folder: 'Journal', format: 'gggg-[W]ww', template: '' }, friday);
    expect(place.ok).toBe(false);
    expect(!place.ok && place.error).toMatch(/cannot place today's note: .*"gggg".*periodic-notes settings/);
  });

  it('logTarget "folder" puts the line in <logFolder>/YYYY-MM-DD.md', () => {
    expect(logFolderPlace('/Log/', friday)).toBe('Log/2026-11-20.md');
    expect(logFolderPlace('', friday)).toBe('2026-11-20.md');
  });
});

describe('a new daily note from its template', () => {
  const fill = { day: friday, hour: 9, minute: 5, title: '2026-11-20', formats: templateFormats({}) };
  it('fills {{date}}, {{time}} and {{title}} as the core Templates plugin does, with formats', () => {
    expect(fillDailyTemplate('# {{title}}\n{{date}} {{time}} · {{date:dddd, MMMM Do}} · {{ time:h:mm A }}\n', fill)).toBe(
      '# 2026-11-20\n2026-11-20 09:05 · Friday, November 20th · 9:05 AM\n',
    );
  });
  it("uses the Templates plugin's own formats when set", () => {
    const formats = templateFormats({ templates: { dateFormat: 'DD.MM.YYYY', timeFormat: 'HH[h]mm' } });
    expect(fillDailyTemplate('{{date}} {{time}}', { ...fill, formats })).toBe('20.11.2026 09h05');
  });
  it('leaves Templater and formats it cannot write as they are', () => {
    expect(fillDailyTemplate('<% tp.date.now() %> {{date:[W]ww}} {{time:X}} {{weather}}', fill)).toBe(
      '<% tp.date.now() %> {{date:[W]ww}} {{time:X}} {{weather}}',
    );
  });
});

describe('daily notes are dated by the format that places them', () => {
  const dating = dailyNoteFormat({ from: 'daily-notes', folder: 'Journal', format: 'DD.MM.YYYY', template: '' })!;
  const files = { 'People/Ann.md': person('Ann'), 'Journal/20.11.2026.md': '- Met [[Ann]] about the pricing page\n' };

  it('a note named by the format has its day, so its lines count', () => {
    const index = new NetworkIndex(resolveSettings({}), dating);
    for (const [path, text] of Object.entries(files)) index.upsert(noteFromText(path, text));
    expect(peopleRows(index.resolve(), day('2026-11-25'), index.settings).map((p) => [p.name, p.lastContact])).toEqual([
      ['Ann', '2026-11-20'],
    ]);
    expect(checkRows(index.warnings())).toEqual([]);
  });

  it('without the format the same note has no date, and check says so', () => {
    const index = new NetworkIndex(resolveSettings({}));
    for (const [path, text] of Object.entries(files)) index.upsert(noteFromText(path, text));
    expect(peopleRows(index.resolve(), day('2026-11-25'), index.settings)[0].lastContact).toBeNull();
  });

  it('only notes in the daily-note folder, and only names that fit, are dated', () => {
    expect(dailyNoteDay(dating, 'Journal/20.11.2026.md')).toBe(day('2026-11-20'));
    expect(dailyNoteDay(dating, 'Archive/20.11.2026.md')).toBeNull();
    expect(dailyNoteDay(dating, 'Journal/Notes on 20.11.2026.md')).toBeNull();
    expect(dailyNoteDay(dating, 'Journal/31.02.2026.md')).toBeNull();
  });
});
