import { Notice, normalizePath, type TFile } from 'obsidian';
import { brief, formatDay, meetingNoteText, type Person, personNoteText, safeFileName, withBriefCallout } from '../../core';
import { activePeople } from '../answers';
import type { GoodwillContext } from '../context';
import { vaultNoteTags } from '../note-tags';
import { pickPerson } from '../ui/person-suggest';
import { promptText } from '../ui/text-prompt';
import { notePath } from '../vault-writes/notes';
import { openNote } from '../workspace';

/** New notes: a person note, and a one-to-one meeting note. */
export class NewNotes {
  constructor(private readonly context: GoodwillContext) {}

  /** A one-to-one meeting note with a person you pick, in the meeting folder, opened for writing. */
  async newMeeting(picked?: Person): Promise<TFile | null> {
    const person = picked ?? (await pickPerson(this.context.app, activePeople(this.context), 'Meeting with whom?'));
    if (!person) return null;
    const today = this.context.today();
    const name = safeFileName(`${formatDay(today)} Meeting with ${person.name}`);
    // The brief goes on top, in a callout the reader skips: what it quotes never counts twice.
    const network = this.context.index.resolve();
    const known = network.directory.byPath(person.path) ?? person;
    const text = withBriefCallout(
      meetingNoteText(person, today),
      brief(network, known, this.context.settings, today, vaultNoteTags(this.context.app)),
    );
    const file = await this.context.writer.createUniqueNote(this.context.settings.meetingFolder, name, text);
    await openNote(this.context.app, file);
    return file;
  }

  /** Creates a person note; `name` fills the prompt in (a person known only by a tag, whose note this would be). */
  async newPerson(name?: string): Promise<TFile | null> {
    const { app, settings } = this.context;
    const typed = await promptText(app, {
      title: 'New person',
      placeholder: 'Full name',
      initial: name,
      submit: 'Create',
      validate: (t) => (t.trim() ? null : 'Type a name.'),
    });
    if (typed === null) return null;
    const path = notePath(settings.personFolder, safeFileName(typed.trim()));
    if (app.vault.getAbstractFileByPath(path)) {
      new Notice(`Goodwill: ${path} already exists.`);
      return null;
    }
    let template: string | null = null;
    const templatePath = settings.personTemplate;
    if (templatePath) {
      const t = app.vault.getFileByPath(normalizePath(templatePath.endsWith('.md') ? templatePath : `${templatePath}.md`));
      if (t) template = await app.vault.read(t);
      else new Notice(`Goodwill: template ${templatePath} not found; using the built-in one.`);
    }
    const file = await this.context.writer.ensureNote(path, personNoteText(typed.trim(), template));
    await openNote(app, file);
    return file;
  }
}
