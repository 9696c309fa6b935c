import { Notice } from 'obsidian';
import { formatDay, type FollowUp, type Person, receiptToThank, thanksLine } from '../../core';
import { dayFrom } from '../answers';
import type { GoodwillContext } from '../context';
import { promptText } from '../ui/text-prompt';

/** Acting on a follow-up: marking it done, or snoozing the person it is with. */
export class FollowUpActions {
  constructor(private readonly context: GoodwillContext) {}

  async markFollowUpDone(f: FollowUp): Promise<boolean> {
    if (f.fingerprint === null || f.file === null || f.line === null) return false;
    const ok = await this.context.writer.markDone(f.file, f.line, f.fingerprint, this.context.today());
    if (ok) new Notice(`Marked done: ${f.text}`);
    return ok;
  }

  /**
   * Resolves a "Say thank you" follow-up: logs `- thanks:: [[X]] for <what
   * was received>` where logged lines go, which closes it.
   */
  async markThanked(f: FollowUp): Promise<boolean> {
    const receipt = receiptToThank(f);
    if (receipt === null) return false;
    const today = this.context.today();
    const logged = await this.context.writer.appendLogged(today, (datePrefix) =>
      thanksLine(f.person, receipt, today, this.context.resolver, datePrefix),
    );
    if (!logged) return false;
    new Notice(`Logged in ${logged.file.basename}: ${logged.line}`);
    return true;
  }

  /**
   * The open promise, ask or waiting line at `line` (1-based) of the note at
   * `path`: a function that marks it done, or null when there is none.
   */
  doneAt(path: string, line: number): (() => Promise<boolean>) | null {
    const record = this.context.index.records(path)?.lines.find((l) => l.line === line && l.closed === null);
    if (!record || !['promise', 'ask', 'waiting'].includes(record.type)) return null;
    return () => this.context.writer.markDone(path, line, record.fingerprint, this.context.today());
  }

  /** Snoozes a person to a date given in words ("next monday", "in 2 weeks", "2026-12-01"). */
  async snoozePerson(person: Person, answer?: string): Promise<boolean> {
    const { app } = this.context;
    const today = this.context.today();
    const text =
      answer ??
      (await promptText(app, {
        title: `Snooze ${person.name} until`,
        placeholder: 'next monday, in 2 weeks, 2026-12-01',
        submit: 'Snooze',
        describe: (t) => {
          const day = dayFrom(this.context, t);
          if (day === null) return { hint: 'Type a date.' };
          return day <= today ? { problem: `${formatDay(day)} is not after today.` } : { preview: `Until ${formatDay(day)}` };
        },
        validate: (t) => {
          const day = dayFrom(this.context, t);
          return day === null ? 'That is not a date.' : day <= today ? `${formatDay(day)} is not after today: pick a later day.` : null;
        },
      }));
    if (text === null) return false;
    const day = dayFrom(this.context, text);
    if (day === null || day <= today) {
      new Notice(`Goodwill: "${text}" is not a day after today; nothing was changed.`);
      return false;
    }
    const file = app.vault.getFileByPath(person.path);
    if (!file) {
      new Notice(`Goodwill: ${person.path} no longer exists.`);
      return false;
    }
    if (!(await this.context.writer.editFrontmatter(file, { 'snooze-until': formatDay(day) }))) return false;
    new Notice(`Snoozed ${person.name} until ${formatDay(day)}.`);
    return true;
  }
}
