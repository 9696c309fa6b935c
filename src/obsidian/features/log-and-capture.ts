import { Notice } from 'obsidian';
import { captureLine, composeLogLine, DateResolver, type Language, LOG_KIND_LABELS, type LogKind, type Person } from '../../core';
import { activePeople } from '../answers';
import type { GoodwillContext } from '../context';
import { pickPerson } from '../ui/person-suggest';
import { promptText } from '../ui/text-prompt';

/** Logging an interaction with a person, and capturing one written as a plain sentence, where logged lines go. */
export class LogAndCapture {
  /** Dates in words, read in the notes' language as the index reads them; made again when the language changes. */
  private datesIn: DateResolver | null = null;
  private datesLanguage = '';

  constructor(private readonly context: GoodwillContext) {}

  /** What logged and captured lines are read with: the words and the dates of the notes' language. */
  private get language(): Language {
    return this.context.settings.language;
  }

  private get dates(): DateResolver {
    if (!this.datesIn || this.datesLanguage !== this.language) {
      this.datesIn = new DateResolver(this.language);
      this.datesLanguage = this.language;
    }
    return this.datesIn;
  }

  /** Appends one interaction line where the settings say logged lines go. */
  async appendLog(kind: LogKind, person: Person, text: string): Promise<string | null> {
    const today = this.context.today();
    const logged = await this.context.writer.appendLogged(
      today,
      (datePrefix) => composeLogLine(kind, person, text, today, this.dates, datePrefix, this.language).line,
    );
    if (!logged) return null;
    new Notice(`Logged in ${logged.file.basename}: ${logged.line}`);
    return logged.file.path;
  }

  async logTouch(person: Person): Promise<void> {
    await this.appendLog('met', person, '');
  }

  /** The log commands: pick a person, type one line, and it is appended. */
  async logInteraction(kind: LogKind): Promise<void> {
    const { app } = this.context;
    const person = await pickPerson(app, activePeople(this.context), `Log ${LOG_KIND_LABELS[kind]}: who?`);
    if (!person) return;
    const today = this.context.today();
    const text = await promptText(app, {
      title: `Log ${LOG_KIND_LABELS[kind]} with ${person.name}`,
      placeholder: kind === 'owe' || kind === 'ask' ? 'the pricing deck by next Friday' : 'intro to Bob #intro',
      submit: 'Log',
      previewLabel: 'Will add:',
      describe: (t) => ({ preview: composeLogLine(kind, person, t, today, this.dates, false, this.language).line }),
    });
    if (text === null) return;
    await this.appendLog(kind, person, text);
  }

  /**
   * One-line capture: shows what it understood while you type, asks which
   * person when a name fits several, then appends the line where logged lines go.
   * `answer` skips the dialog; `prefill` opens it with that text, for Enter to write.
   */
  async capture(answer?: string, prefill = ''): Promise<string | null> {
    const { app } = this.context;
    const today = this.context.today();
    const people = activePeople(this.context);
    const understand = (text: string, choose?: Map<string, Person>, datePrefix = false) =>
      captureLine(text, people, today, this.dates, datePrefix, choose, this.language);
    const text =
      answer ??
      (await promptText(app, {
        title: 'Capture',
        placeholder: 'gave Alice an intro to Bob yesterday',
        initial: prefill,
        submit: 'Add',
        previewLabel: 'Will add:',
        describe: (t) => {
          if (!t.trim()) return { hint: 'Write what happened, with whom and when.' };
          const r = understand(t);
          if (r.ok) return { preview: r.value.line };
          // A name several people share is asked about next: no refusal.
          return r.error.reason === 'ambiguous' ? { hint: r.error.message } : { problem: r.error.message };
        },
        validate: (t) => {
          const r = understand(t);
          return r.ok || r.error.reason === 'ambiguous' ? null : r.error.message;
        },
      }));
    if (text === null) return null;
    const choose = new Map<string, Person>();
    let result = understand(text, choose);
    while (!result.ok && result.error.reason === 'ambiguous') {
      const picked = await pickPerson(app, result.error.candidates, `Which ${result.error.word}?`, `Capturing: ${text}`);
      if (!picked) return null;
      choose.set(result.error.word.toLowerCase(), picked);
      result = understand(text, choose);
    }
    if (!result.ok) {
      new Notice(`Goodwill: ${result.error.message}`);
      return null;
    }
    const understood = result;
    const logged = await this.context.writer.appendLogged(today, (datePrefix) => {
      const written = datePrefix ? understand(text, choose, true) : understood;
      return written.ok ? written.value.line : null;
    });
    if (!logged) return null;
    new Notice(`Logged in ${logged.file.basename}: ${logged.line}`);
    return logged.line;
  }
}
