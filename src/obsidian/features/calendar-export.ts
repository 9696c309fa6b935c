import { Notice } from 'obsidian';
import { followUpsCalendar } from '../../core';
import { followUpsOf } from '../answers';
import type { GoodwillContext } from '../context';

/** Where the calendar export goes, at the vault's root. */
const CALENDAR_PATH = 'Goodwill follow-ups.ics';

/** The open follow-ups as an iCalendar file, for a calendar app to subscribe to. */
export class CalendarExport {
  constructor(private readonly context: GoodwillContext) {}

  /** Writes every open follow-up into the calendar file, replacing the previous export. */
  async exportCalendar(): Promise<string> {
    const text = followUpsCalendar(followUpsOf(this.context, true), this.context.app.vault.getName(), this.context.today());
    await this.context.writer.replaceFile(CALENDAR_PATH, text);
    new Notice(`Goodwill: follow-ups written to ${CALENDAR_PATH}.`);
    return CALENDAR_PATH;
  }
}
