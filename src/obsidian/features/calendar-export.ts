import { Notice } from 'obsidian';
import { followUpsCalendar, parseClockTime } from '../../core';
import { followUpsOf } from '../answers';
import type { GoodwillContext } from '../context';

/** Where the calendar export goes, at the vault's root. */
const CALENDAR_PATH = 'Goodwill follow-ups.ics';

/** The open follow-ups as an iCalendar file, for a calendar app to subscribe to; with the setting icsAlarm, each rings on its day. */
export class CalendarExport {
  constructor(private readonly context: GoodwillContext) {}

  /** Writes every open follow-up into the calendar file, replacing the previous export. */
  async exportCalendar(): Promise<string> {
    const { settings } = this.context;
    // The setting is read as HH:MM or empty; empty is no alarm.
    const alarm = parseClockTime(settings.icsAlarm);
    const text = followUpsCalendar(followUpsOf(this.context, true), this.context.app.vault.getName(), this.context.today(), alarm);
    await this.context.writer.replaceFile(CALENDAR_PATH, text);
    new Notice(`Goodwill: follow-ups written to ${CALENDAR_PATH}.`);
    return CALENDAR_PATH;
  }
}
