import { Notice, type TFile, normalizePath } from 'obsidian';
import {
  bareFolder,
  captureLine,
  chosenIntroduction,
  compareNames,
  composeLogLine,
  DateResolver,
  contactsFromFile,
  digest,
  DIGEST_HEADING,
  digestMarkdown,
  type Day,
  type DraftState,
  type Finding,
  type FollowUp,
  followUpsCalendar,
  formatDay,
  type ImportPlan,
  type IntroCandidate,
  introductionMadeLine,
  introductionNoteText,
  LOG_KIND_LABELS,
  type LogKind,
  meetingNoteText,
  nextDraftState,
  type Person,
  personCard,
  personNoteText,
  planImport,
  provenanceOf,
  safeFileName,
  upsertSection,
} from '../core';
import { ImportModal } from './modals/import-modal';
import { DoctorModal } from './modals/doctor-modal';
import { surveyVault, withProposal } from './doctor';
import { dailyNotePlaceOf, ensureDailyNote, ensureNote, logTarget, NoPlace } from './daily-note';
import { appendToNote, editFrontmatter, markDone, serializedProcess } from './edits';
import { AnswerModal } from './modals/card-modal';
import { pickFile, pickPerson } from './modals/person-suggest';
import { promptText } from './modals/text-prompt';
import type GoodwillPlugin from './plugin';

/**
 * What the user can do from the view and the command palette. Every write
 * goes through edits.ts: vault.process, or processFrontMatter for a
 * frontmatter value that spans several lines.
 */
export class Actions {
  /** Dates in words, read in the notes' language as the index reads them; made again when the language changes. */
  private datesIn: DateResolver | null = null;
  private datesLanguage = '';

  constructor(private readonly plugin: GoodwillPlugin) {}

  /** What logged and captured lines are read with: the words and the dates of the notes' language. */
  private get language() {
    return this.plugin.settings.language;
  }

  private get dates(): DateResolver {
    if (!this.datesIn || this.datesLanguage !== this.language) {
      this.datesIn = new DateResolver(this.language);
      this.datesLanguage = this.language;
    }
    return this.datesIn;
  }

  private get app() {
    return this.plugin.app;
  }

  private people(): Person[] {
    return this.plugin.index
      .resolve()
      .people.filter((p) => !p.archived)
      .sort((a, b) => compareNames(a.name, b.name));
  }

  /** The doctor's findings on the vault as it is indexed now. */
  survey(): Promise<Finding[]> {
    return surveyVault(this.app, this.plugin.index, this.plugin.settings, this.plugin.today());
  }

  /** "Check how Goodwill reads this vault": the doctor's findings in a modal; null while the first reading is under way. */
  checkVault(): DoctorModal | null {
    if (!this.plugin.ready) {
      new Notice('Goodwill is still reading your notes; check again in a moment.');
      return null;
    }
    const modal = new DoctorModal(this.app, () => this.survey(), {
      open: (path) => void this.plugin.openAt(path, 1),
      apply: (setting) => this.applyProposal(setting),
    });
    modal.open();
    return modal;
  }

  /** Merges the doctor's proposal into the settings (lists unioned, the rest replaced) and saves them, as the settings tab does. */
  async applyProposal(setting: Record<string, unknown>): Promise<void> {
    await this.plugin.saveSettings(withProposal(this.plugin.settings, setting));
    new Notice(`Goodwill: applied ${Object.keys(setting).join(', ')}; reading your notes again.`);
  }

  async markFollowUpDone(f: FollowUp): Promise<boolean> {
    if (f.fingerprint === null || f.file === null || f.line === null) return false;
    const ok = await markDone(this.app, f.file, f.line, f.fingerprint, this.plugin.today());
    if (ok) new Notice(`Marked done: ${f.text}`);
    return ok;
  }

  /** Snoozes a person to a date given in words ("next monday", "in 2 weeks", "2026-12-01"). */
  async snoozePerson(person: Person, answer?: string): Promise<boolean> {
    const today = this.plugin.today();
    const text =
      answer ??
      (await promptText(this.app, {
        title: `Snooze ${person.name} until`,
        placeholder: 'next monday, in 2 weeks, 2026-12-01',
        submit: 'Snooze',
        describe: (t) => {
          const day = this.plugin.resolveDate(t);
          return day === null ? 'Type a date.' : `Until ${formatDay(day)}`;
        },
        validate: (t) => {
          const day = this.plugin.resolveDate(t);
          return day === null ? 'That is not a date.' : day <= today ? 'Pick a day after today.' : null;
        },
      }));
    if (text === null) return false;
    const day = this.plugin.resolveDate(text);
    if (day === null || day <= today) {
      new Notice(`Goodwill: "${text}" is not a day after today; nothing was changed.`);
      return false;
    }
    const file = this.app.vault.getFileByPath(person.path);
    if (!file) {
      new Notice(`Goodwill: ${person.path} no longer exists.`);
      return false;
    }
    if (!(await editFrontmatter(this.app, file, { 'snooze-until': formatDay(day) }))) return false;
    new Notice(`Snoozed ${person.name} until ${formatDay(day)}.`);
    return true;
  }

  /** Where logged lines go today; null, with a notice naming the settings, when the daily note has no known place. */
  private async logTarget(today: Day): Promise<{ file: TFile; datePrefix: boolean } | null> {
    try {
      return await logTarget(this.app, this.plugin.settings, today, this.app.workspace.getActiveFile());
    } catch (err) {
      if (!(err instanceof NoPlace)) throw err;
      new Notice(`Goodwill: ${err.message}; nothing was written.`);
      return null;
    }
  }

  /** Appends one interaction line where the settings say logged lines go. */
  async appendLog(kind: LogKind, person: Person, text: string): Promise<string | null> {
    const today = this.plugin.today();
    const target = await this.logTarget(today);
    if (!target) return null;
    const { line } = composeLogLine(kind, person, text, today, this.dates, target.datePrefix, this.language);
    if (!(await appendToNote(this.app, target.file, line))) return null;
    new Notice(`Logged in ${target.file.basename}: ${line}`);
    return target.file.path;
  }

  async logTouch(person: Person): Promise<void> {
    await this.appendLog('met', person, '');
  }

  /** The log commands: pick a person, type one line, and it is appended. */
  async logInteraction(kind: LogKind): Promise<void> {
    const person = await pickPerson(this.app, this.people(), `Log ${LOG_KIND_LABELS[kind]}: who?`);
    if (!person) return;
    const today = this.plugin.today();
    const text = await promptText(this.app, {
      title: `Log ${LOG_KIND_LABELS[kind]} with ${person.name}`,
      placeholder: kind === 'owe' || kind === 'ask' ? 'the pricing deck by next Friday' : 'intro to Bob #intro',
      submit: 'Log',
      describe: (t) => composeLogLine(kind, person, t, today, this.dates, false, this.language).line,
    });
    if (text === null) return;
    await this.appendLog(kind, person, text);
  }

  /**
   * One-line capture: shows what it understood while you type, asks which
   * person when a name fits several, then appends the line where logged lines go.
   */
  async capture(answer?: string): Promise<string | null> {
    const today = this.plugin.today();
    const people = this.people();
    const understand = (text: string, choose?: Map<string, Person>) =>
      captureLine(text, people, today, this.dates, false, choose, this.language);
    const text =
      answer ??
      (await promptText(this.app, {
        title: 'Capture',
        placeholder: 'gave Alice an intro to Bob yesterday',
        submit: 'Add',
        describe: (t) => {
          if (!t.trim()) return 'Write what happened, with whom and when.';
          const r = understand(t);
          return r.ok ? r.value.line : r.error.message;
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
      const picked = await pickPerson(this.app, result.error.candidates, `Which ${result.error.word}?`);
      if (!picked) return null;
      choose.set(result.error.word.toLowerCase(), picked);
      result = understand(text, choose);
    }
    if (!result.ok) {
      new Notice(`Goodwill: ${result.error.message}`);
      return null;
    }
    const target = await this.logTarget(today);
    if (!target) return null;
    const written = target.datePrefix ? captureLine(text, people, today, this.dates, true, choose, this.language) : result;
    if (!written.ok) return null;
    const line = written.value.line;
    if (!(await appendToNote(this.app, target.file, line))) return null;
    new Notice(`Logged in ${target.file.basename}: ${line}`);
    return line;
  }

  /** The import plan for a vCard or LinkedIn CSV file in the vault: nothing is written. */
  async planContactImport(file: TFile): Promise<ImportPlan> {
    // The bytes, not Obsidian's UTF-8 text: exports come in UTF-16 and Windows-1252 too.
    const contacts = contactsFromFile(file.name, new Uint8Array(await this.app.vault.readBinary(file)));
    return planImport(
      contacts,
      this.plugin.index.resolve().people,
      this.plugin.settings.personFolder,
      (p) => !!this.app.vault.getAbstractFileByPath(p),
    );
  }

  /** Creates the planned notes, never over an existing one. */
  async importContacts(plan: ImportPlan): Promise<number> {
    let created = 0;
    for (const c of plan.create) {
      if (this.app.vault.getAbstractFileByPath(c.path)) continue;
      await ensureNote(this.app, c.path, c.text);
      created++;
    }
    new Notice(`Goodwill: ${created} person notes created.`);
    return created;
  }

  /** Pick a .vcf or .csv file in the vault, see what would be created, then import. */
  async importContactsCommand(): Promise<void> {
    const files = this.app.vault.getFiles().filter((f) => /\.(vcf|vcard|csv)$/i.test(f.name));
    if (files.length === 0) {
      new Notice('Goodwill: put a vCard (.vcf) or LinkedIn Connections.csv export into the vault first.');
      return;
    }
    const file = await pickFile(this.app, files);
    if (!file) return;
    let plan: ImportPlan;
    try {
      plan = await this.planContactImport(file);
    } catch (err) {
      new Notice(`Goodwill: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    new ImportModal(this.app, file.name, plan, () => void this.importContacts(plan)).open();
  }

  async copyDraft(c: IntroCandidate): Promise<void> {
    try {
      await navigator.clipboard.writeText(c.draft);
      new Notice('Introduction draft copied.');
    } catch {
      new Notice('Goodwill: the clipboard is not available here.');
    }
  }

  /** Creates the draft note (never overwriting one), and opens it. */
  async createIntroNote(c: IntroCandidate): Promise<TFile | null> {
    const folder = bareFolder(this.plugin.settings.introFolder);
    const base = safeFileName(`${formatDay(this.plugin.today())} ${c.a.name} and ${c.b.name}`);
    let path = normalizePath(`${folder ? `${folder}/` : ''}${base}.md`);
    for (let n = 2; this.app.vault.getAbstractFileByPath(path); n++) {
      path = normalizePath(`${folder ? `${folder}/` : ''}${base} ${n}.md`);
    }
    const file = await ensureNote(this.app, path, introductionNoteText(c, this.plugin.today(), this.plugin.settings.introTemplate));
    await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  /**
   * Moves an introduction draft one step on (proposed → asked-a → asked-b →
   * made → outcome), writing the day into its frontmatter. At made, the
   * introduction is logged as a give to both people.
   */
  async advanceIntroduction(path: string, to?: DraftState): Promise<DraftState | null> {
    const draft = this.plugin.index.resolve().drafts.get(path);
    const file = this.app.vault.getFileByPath(path);
    if (!draft || !file) {
      new Notice('Goodwill: this note is not an introduction draft between two known people.');
      return null;
    }
    const next = to ?? nextDraftState(draft.state);
    if (!next) {
      new Notice(`Goodwill: this introduction is ${draft.state}; there is no next step.`);
      return null;
    }
    const today = formatDay(this.plugin.today());
    if (!(await editFrontmatter(this.app, file, { state: next, [next]: today }))) return null;
    if (next === 'made') await this.markIntroMade(draft.a, draft.b);
    new Notice(`Introduction of ${draft.a.name} and ${draft.b.name}: ${next}.`);
    return next;
  }

  async markIntroMade(a: Person, b: Person): Promise<void> {
    const today = this.plugin.today();
    const target = await this.logTarget(today);
    if (!target) return;
    if (!(await appendToNote(this.app, target.file, introductionMadeLine(a, b, today, target.datePrefix)))) return;
    new Notice(`Recorded: introduced ${a.name} to ${b.name}.`);
  }

  /** Picks two people and drafts their introduction, whether or not their notes suggest it. */
  async draftIntroduction(): Promise<void> {
    const people = this.people();
    const a = await pickPerson(this.app, people, 'Introduce whom?');
    if (!a) return;
    const b = await pickPerson(
      this.app,
      people.filter((p) => p !== a),
      `Introduce ${a.name} to whom?`,
    );
    if (!b) return;
    const known = this.plugin.introductions().find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    const candidate = known ?? chosenIntroduction(a, b);
    await this.createIntroNote(candidate);
  }

  /**
   * Writes today's digest into today's daily note (per the daily-notes
   * settings), replacing the digest section if the note already has one.
   */
  async writeDigest(onlyIfMissing = false): Promise<string | null> {
    const today = this.plugin.today();
    let path: string;
    try {
      path = (await dailyNotePlaceOf(this.app, this.plugin.settings, today)).path;
    } catch (err) {
      if (!(err instanceof NoPlace)) throw err;
      // On open, a vault without daily notes simply gets no digest; asked for, the notice says why.
      if (!onlyIfMissing) new Notice(`Goodwill: ${err.message}; nothing was written.`);
      return null;
    }
    const existing = this.app.vault.getFileByPath(path);
    const heading = `${DIGEST_HEADING} ${formatDay(today)}`;
    if (onlyIfMissing && existing && (await this.app.vault.cachedRead(existing)).includes(heading)) return null;
    const section = digestMarkdown(digest(this.plugin.index.resolve(), this.plugin.settings, today));
    const file = existing ?? (await ensureDailyNote(this.app, this.plugin.settings, today));
    return (await serializedProcess(this.app, file, (text) => upsertSection(text, DIGEST_HEADING, section))) ? path : null;
  }

  /** Writes every open follow-up into an iCalendar file at the vault's root, replacing the previous export. */
  async exportCalendar(): Promise<string> {
    const path = 'Goodwill follow-ups.ics';
    const text = followUpsCalendar(this.plugin.followUps(true), this.app.vault.getName(), this.plugin.today());
    const existing = this.app.vault.getFileByPath(path);
    if (existing) await this.app.vault.process(existing, () => text);
    else await this.app.vault.create(path, text);
    new Notice(`Goodwill: follow-ups written to ${path}.`);
    return path;
  }

  /** A one-to-one meeting note with a person you pick, in the meeting folder, opened for writing. */
  async newMeeting(picked?: Person): Promise<TFile | null> {
    const person = picked ?? (await pickPerson(this.app, this.people(), 'Meeting with whom?'));
    if (!person) return null;
    const today = this.plugin.today();
    const folder = bareFolder(this.plugin.settings.meetingFolder);
    const base = safeFileName(`${formatDay(today)} Meeting with ${person.name}`);
    let path = normalizePath(`${folder ? `${folder}/` : ''}${base}.md`);
    for (let n = 2; this.app.vault.getAbstractFileByPath(path); n++) path = normalizePath(`${folder ? `${folder}/` : ''}${base} ${n}.md`);
    const file = await ensureNote(this.app, path, meetingNoteText(person, today));
    await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  /** Creates a person note; `name` fills the prompt in (a person known only by a tag, whose note this would be). */
  async newPerson(name?: string): Promise<TFile | null> {
    const typed = await promptText(this.app, {
      title: 'New person',
      placeholder: 'Full name',
      initial: name,
      submit: 'Create',
      validate: (t) => (t.trim() ? null : 'Type a name.'),
    });
    if (typed === null) return null;
    const folder = bareFolder(this.plugin.settings.personFolder);
    const path = normalizePath(`${folder ? `${folder}/` : ''}${safeFileName(typed.trim())}.md`);
    if (this.app.vault.getAbstractFileByPath(path)) {
      new Notice(`Goodwill: ${path} already exists.`);
      return null;
    }
    let template: string | null = null;
    const templatePath = this.plugin.settings.personTemplate;
    if (templatePath) {
      const t = this.app.vault.getFileByPath(normalizePath(templatePath.endsWith('.md') ? templatePath : `${templatePath}.md`));
      if (t) template = await this.app.vault.read(t);
      else new Notice(`Goodwill: template ${templatePath} not found; using the built-in one.`);
    }
    const file = await ensureNote(this.app, path, personNoteText(typed.trim(), template));
    await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  /** The person whose note this is; says what to open when it is not a person note. */
  private personOf(file: TFile | null, purpose: string): Person | null {
    const person = file ? this.plugin.index.resolve().directory.byPath(file.path) : undefined;
    if (!person || person.path !== file?.path) {
      new Notice(`Goodwill: open a person note ${purpose}.`);
      return null;
    }
    return person;
  }

  /** Shows who brought the person whose note is open into the network, whom they brought, and what came of it. */
  showProvenance(file: TFile | null): boolean {
    const person = this.personOf(file, 'to see where they came from');
    if (!person) return false;
    const answer = { type: 'provenance' as const, person: provenanceOf(this.plugin.index.resolve(), person) };
    new AnswerModal(this.app, `${person.name}: introductions`, answer, (p, l) => void this.plugin.openAt(p, l)).open();
    return true;
  }

  /** Shows the ledger card of the person whose note is open. */
  showLedger(file: TFile | null): boolean {
    const person = this.personOf(file, 'to see their ledger');
    if (!person) return false;
    const card = personCard(this.plugin.index.resolve(), person, this.plugin.settings, this.plugin.today());
    new AnswerModal(this.app, `${person.name}: ledger`, { type: 'person', card }, (p, l) => void this.plugin.openAt(p, l)).open();
    return true;
  }
}
