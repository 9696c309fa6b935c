import { Notice, type TFile } from 'obsidian';
import { brief, type Brief, type Person } from '../../core';
import type { GoodwillContext } from '../context';
import { vaultNoteTags } from '../note-tags';
import { AnswerModal } from '../ui/card-modal';

/** Briefs before a meeting: on a person note, for that person; on a meeting note, for each person it lists. */
export class Briefs {
  constructor(private readonly context: GoodwillContext) {}

  /** Whom a brief in this note is for: the person whose note it is, else the people it lists as met. */
  peopleIn(path: string): Person[] {
    const network = this.context.index.resolve();
    const own = network.directory.byPath(path);
    if (own && own.path === path) return [own];
    const records = this.context.index.records(path);
    return records ? network.listedIn(records) : [];
  }

  /** The briefs for these people, as of today. */
  briefsFor(people: readonly Person[]): Brief[] {
    const network = this.context.index.resolve();
    const tags = vaultNoteTags(this.context.app);
    return people.map((p) => brief(network, network.directory.byPath(p.path) ?? p, this.context.settings, this.context.today(), tags));
  }

  /** Shows the briefs for the note that is open; says what to open when it names no one. */
  showBrief(file: TFile | null): boolean {
    const people = file ? this.peopleIn(file.path) : [];
    if (people.length === 0) {
      new Notice('Goodwill: open a person note, or a meeting note that lists people, to be briefed.');
      return false;
    }
    const title = people.length === 1 ? `Brief: ${people[0].name}` : `Brief: ${people.map((p) => p.name).join(', ')}`;
    new AnswerModal(this.context, title, () => ({ type: 'brief', briefs: this.briefsFor(people) })).open();
    return true;
  }
}
