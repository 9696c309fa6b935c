import type { GoodwillSettings } from '../../src/core/model/settings';
import { type Files, answers } from './vault';

/**
 * A small vault for a test, written as a reader would describe it: people,
 * then what happened on which day, then the answers on a given day.
 *
 *   const a = vault().person('Dan').daily('2026-11-20', '- owe:: [[Dan]] the deck').on('2026-11-25');
 *   expect(a.followups()).toEqual(…);
 *
 * Each step adds notes and returns the builder; `on` reads the vault and gives
 * the CLI's JSON rows, as `answers` does. `files` gives the notes themselves.
 */
export class VaultBuilder {
  private readonly notes: Files = {};
  private settings: Partial<GoodwillSettings> = {};

  /** A person note, `People/<name>.md`, with these frontmatter fields written as given (`needs: [advice]`). */
  person(name: string, fields: Record<string, string> = {}, body = ''): this {
    const front = ['type: person', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`)];
    return this.note(`People/${name}.md`, `---\n${front.join('\n')}\n---\n# ${name}\n${body}`);
  }

  /** Lines in the daily note of a day, `Daily/<YYYY-MM-DD>.md`; called again for the same day, the lines are added. */
  daily(day: string, ...lines: string[]): this {
    const path = `Daily/${day}.md`;
    const before = this.notes[path] ?? '';
    return this.note(path, before + lines.map((l) => `${l}\n`).join(''));
  }

  /** A meeting note on a day with these attendees (names, written as links), and lines below. */
  meeting(day: string, title: string, attendees: string[], ...lines: string[]): this {
    const list = attendees.map((a) => JSON.stringify(`[[${a}]]`)).join(', ');
    const text = `---\ntype: meeting\ndate: ${day}\nattendees: [${list}]\n---\n# ${title}\n${lines.map((l) => `${l}\n`).join('')}`;
    return this.note(`Meetings/${day} ${title}.md`, text);
  }

  /** Any note, as written. */
  note(path: string, text: string): this {
    this.notes[path] = text;
    return this;
  }

  /** Settings other than the defaults. */
  with(settings: Partial<GoodwillSettings>): this {
    this.settings = { ...this.settings, ...settings };
    return this;
  }

  get files(): Files {
    return { ...this.notes };
  }

  /** The answers on a day, as the CLI's JSON rows. */
  on(today: string) {
    return answers(this.files, today, this.settings);
  }
}

export function vault(): VaultBuilder {
  return new VaultBuilder();
}
