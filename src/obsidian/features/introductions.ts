import { Menu, Notice, type TFile } from 'obsidian';
import {
  chosenIntroduction,
  type DraftState,
  draftStateWords,
  INTRO_TEXTS,
  formatDay,
  type IntroCandidate,
  introductionMadeLine,
  introductionNoteText,
  introductionNoteTexts,
  type IntroText,
  introTextName,
  nextDraftState,
  type Person,
  safeFileName,
  textForStep,
} from '../../core';
import { activePeople, introductionsOf } from '../answers';
import type { GoodwillContext } from '../context';
import { pickPerson } from '../ui/person-suggest';
import { promptText } from '../ui/text-prompt';
import { openNote } from '../workspace';
import type { Logged } from '../vault-writes/writer';

/** Introductions: a draft copied or written into a note, walked from proposed to made, and made ones logged. */
export class Introductions {
  constructor(private readonly context: GoodwillContext) {}

  private async copy(text: string, name: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      new Notice(`Copied ${name}.`);
      return true;
    } catch {
      new Notice('Goodwill: the clipboard is not available here.');
      return false;
    }
  }

  /** Copies a suggestion's text: the one it needs first (the ask to A), or the one asked for. */
  copySuggestion(c: IntroCandidate, which: IntroText = textForStep(null)): Promise<boolean> {
    return this.copy(c[which], introTextName(which, c.a, c.b));
  }

  /** Copies a draft's text, as its note holds it now: the one its step needs, or the one asked for. */
  async copyFromDraft(path: string, which?: IntroText): Promise<boolean> {
    const draft = this.context.index.resolve().drafts.get(path);
    const file = this.context.app.vault.getFileByPath(path);
    if (!draft || !file) {
      new Notice('Goodwill: this note is not an introduction draft between two known people.');
      return false;
    }
    const wanted = which ?? textForStep(draft.state);
    const name = introTextName(wanted, draft.a, draft.b);
    const text = introductionNoteTexts(await this.context.app.vault.cachedRead(file))[wanted];
    if (text === undefined) {
      new Notice(`Goodwill: ${path} has no section with ${name}; nothing was copied.`);
      return false;
    }
    return this.copy(text, name);
  }

  /** A menu below `anchor` that copies either of the two texts other than `shown`. */
  otherTextsMenu(anchor: HTMLElement, a: Person, b: Person, shown: IntroText, copy: (which: IntroText) => unknown): Menu {
    const menu = new Menu();
    for (const which of INTRO_TEXTS) {
      if (which === shown) continue;
      menu.addItem((item) => item.setTitle(`Copy ${introTextName(which, a, b)}`).onClick(() => void copy(which)));
    }
    const box = anchor.getBoundingClientRect();
    menu.showAtPosition({ x: box.left, y: box.bottom });
    return menu;
  }

  /** Creates the draft note (never overwriting one), and opens it. */
  async createIntroNote(c: IntroCandidate): Promise<TFile | null> {
    const { settings } = this.context;
    const today = this.context.today();
    const name = safeFileName(`${formatDay(today)} ${c.a.name} and ${c.b.name}`);
    const text = introductionNoteText(c, today, settings.introTemplate);
    const file = await this.context.writer.createUniqueNote(settings.introFolder, name, text);
    await openNote(this.context.app, file);
    return file;
  }

  /**
   * Moves an introduction draft one step on (proposed → asked-a → asked-b →
   * made → outcome), writing the day into its frontmatter. At made, the
   * introduction is logged as a give to both people; at outcome, what came of
   * it is asked and written as `outcome-note`, and an empty answer changes nothing.
   * One notice says what the step did.
   */
  async advanceIntroduction(path: string, to?: DraftState, outcome?: string): Promise<DraftState | null> {
    const draft = this.context.index.resolve().drafts.get(path);
    const file = this.context.app.vault.getFileByPath(path);
    if (!draft || !file) {
      new Notice('Goodwill: this note is not an introduction draft between two known people.');
      return null;
    }
    const next = to ?? nextDraftState(draft.state);
    if (!next) {
      new Notice(`Goodwill: this introduction is ${draft.state}; there is no next step.`);
      return null;
    }
    const today = formatDay(this.context.today());
    const values: Record<string, string> = { state: next, [next]: today };
    if (next === 'outcome') {
      const note = await this.askOutcome(draft.a, draft.b, outcome);
      if (note === null) {
        new Notice(`Nothing recorded: the introduction of ${draft.a.name} and ${draft.b.name} stays ${draft.state}.`);
        return null;
      }
      values['outcome-note'] = note;
    }
    if (!(await this.context.writer.editFrontmatter(file, values))) return null;
    const logged = next === 'made' ? await this.logIntroMade(draft.a, draft.b) : null;
    const where = logged ? `, logged in ${logged.file.basename}` : '';
    new Notice(`${draftStateWords(next, draft.a, draft.b)}: the introduction of ${draft.a.name} and ${draft.b.name}${where}.`);
    return next;
  }

  /** What came of an introduction, on one line; null when the answer is empty or the prompt is closed. */
  private async askOutcome(a: Person, b: Person, answer?: string): Promise<string | null> {
    const text =
      answer ??
      (await promptText(this.context.app, {
        title: `What came of introducing ${a.name} and ${b.name}?`,
        placeholder: 'a research contract, $4,000',
        submit: 'Record the outcome',
        describe: (t) => ({ hint: t.trim() ? 'Written as the outcome note of the draft.' : 'An empty answer records nothing.' }),
      }));
    const note = text?.replace(/\s+/g, ' ').trim() ?? '';
    return note === '' ? null : note;
  }

  async markIntroMade(a: Person, b: Person): Promise<void> {
    if (await this.logIntroMade(a, b)) new Notice(`Recorded: introduced ${a.name} to ${b.name}.`);
  }

  /** Logs `- Introduced [[A]] to [[B]] #intro` where logged lines go. */
  private logIntroMade(a: Person, b: Person): Promise<Logged | null> {
    const today = this.context.today();
    return this.context.writer.appendLogged(today, (datePrefix) => introductionMadeLine(a, b, today, datePrefix));
  }

  /** Picks two people and drafts their introduction, whether or not their notes suggest it. */
  async draftIntroduction(): Promise<void> {
    const { app } = this.context;
    const people = activePeople(this.context);
    const a = await pickPerson(app, people, 'Introduce whom?');
    if (!a) return;
    const b = await pickPerson(
      app,
      people.filter((p) => p !== a),
      `Introduce ${a.name} to whom?`,
    );
    if (!b) return;
    const known = introductionsOf(this.context).find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    await this.createIntroNote(known ?? chosenIntroduction(a, b));
  }
}
