import { BRIEF_SECTIONS, type Brief, NOTHING_TO_GIVE, dateText, groundText, standingText, whoText } from '../../core';
import { trustMark } from './marks';

/** Draws a text that opens its note at a line, or plain text when it has no note. */
export type LinkMaker = (parent: HTMLElement, text: string, path: string | null, line: number | null) => void;

/**
 * Briefs, one after another (a meeting note's attendees each get one): the
 * seven sections in the brief's order, every item opening the note it comes
 * from. DOM text nodes only.
 */
export function renderBriefs(el: HTMLElement, briefs: readonly Brief[], link: LinkMaker): void {
  if (briefs.length === 0) {
    el.createDiv({ cls: 'goodwill-empty', text: 'No one to brief you on: this note lists no known person.' });
    return;
  }
  for (const b of briefs) {
    const box = el.createDiv({ cls: 'goodwill-brief' });
    const title = box.createEl('h4');
    link(title, b.person.name, b.person.fromTag === null ? b.person.path : null, 1);
    if (b.who.light) trustMark(title, b.who.light);
    const section = (title: string, items: readonly { text: string; file: string | null; line: number | null }[], empty: string) => {
      box.createEl('h5', { text: title });
      if (items.length === 0) {
        box.createDiv({ cls: 'goodwill-empty', text: empty });
        return;
      }
      const ul = box.createEl('ul', { cls: 'goodwill-list' });
      for (const item of items) link(ul.createEl('li'), item.text, item.file, item.line);
    };
    const who = b.who.firstTouch ?? { file: null, line: null };
    section(BRIEF_SECTIONS.who, [{ text: whoText(b), file: who.file, line: who.line }], '');
    section(BRIEF_SECTIONS.standing, [{ text: standingText(b), file: null, line: null }], '');
    section(BRIEF_SECTIONS.open, b.open, 'Nothing open.');
    section(BRIEF_SECTIONS.recent, b.recent, 'No interaction yet.');
    const ground = b.commonGround.map((c) => ({ ...c, text: groundText(c) }));
    section(BRIEF_SECTIONS.commonGround, ground, 'No interests or sphere in their note.');
    if (b.me === null) box.createDiv({ cls: 'goodwill-empty', text: 'Set "Your own note" in the settings to see what you share.' });
    section(
      BRIEF_SECTIONS.toGive,
      // The kind and score rank the items; they stay in the JSON, as words on screen would say nothing more.
      b.toGive,
      NOTHING_TO_GIVE,
    );
    section(
      BRIEF_SECTIONS.dates,
      b.dates.map((d) => ({ ...d, text: dateText(d) })),
      '',
    );
  }
}
