import { type App, Notice, type TFile } from 'obsidian';
import type { Day, GoodwillSettings, LineFingerprint } from '../../core';
import { dailyNotePlaceOf, ensureDailyNote, logTarget, NoPlace } from './daily-note';
import { type FrontmatterEditOptions, editFrontmatter } from './frontmatter';
import { createUniqueNote, ensureNote, replaceFile } from './notes';
import { appendToNote, markDone, serializedProcess } from './process';

/** A line written where logged lines go, and the note it went into. */
export interface Logged {
  file: TFile;
  line: string;
}

/**
 * The one way the features write into the vault. Edits of a note go through
 * `vault.process`, one at a time per note, and never into a note that is not
 * UTF-8; each says with a notice why it changed nothing.
 */
export class NoteWriter {
  constructor(
    private readonly app: App,
    private readonly settings: () => Readonly<GoodwillSettings>,
    /** Reads a note again now, and redraws what shows answers: a line edited since it was read. */
    private readonly reread: (path: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Closes an open line (a promise, an ask, a task) as done today, if it still reads as the index read it; else the note is read again. */
  markDone(path: string, line: number, expected: LineFingerprint, today: Day): Promise<boolean> {
    return markDone(this.app, path, line, expected, today, this.reread);
  }

  /** Sets (null: removes) frontmatter keys, each on its own line where it can be. */
  editFrontmatter(file: TFile, values: Record<string, string | number | null>, options?: FrontmatterEditOptions): Promise<boolean> {
    return editFrontmatter(this.app, file, values, options);
  }

  /** Rewrites a whole note from its current text. */
  process(file: TFile, change: (text: string) => string): Promise<boolean> {
    return serializedProcess(this.app, file, change);
  }

  /** The note at `path`, created (with its folder) from `text` when missing. */
  ensureNote(path: string, text: string): Promise<TFile> {
    return ensureNote(this.app, path, text);
  }

  /** A new note `name` in `folder`, numbered when the name is taken. */
  createUniqueNote(folder: string, name: string, text: string): Promise<TFile> {
    return createUniqueNote(this.app, folder, name, text);
  }

  /** A file Goodwill writes whole, replaced or created. */
  replaceFile(path: string, text: string): Promise<void> {
    return replaceFile(this.app, path, text);
  }

  /** The path of the daily note of `day`; throws NoPlace when the vault's settings give it none. */
  async dailyNotePath(day: Day): Promise<string> {
    return (await dailyNotePlaceOf(this.app, this.settings(), day)).path;
  }

  /** The daily note of `day`, created from its template when missing. */
  dailyNote(day: Day): Promise<TFile> {
    return ensureDailyNote(this.app, this.settings(), day);
  }

  /**
   * Appends the line `compose` makes where logged lines go today (`datePrefix`:
   * the line must carry the day itself, being in no daily note). Null when
   * nothing was written: no place for the line (a notice names the settings),
   * no line, or a note that could not be changed.
   */
  async appendLogged(today: Day, compose: (datePrefix: boolean) => string | null): Promise<Logged | null> {
    let target: { file: TFile; datePrefix: boolean };
    try {
      target = await logTarget(this.app, this.settings(), today, this.app.workspace.getActiveFile());
    } catch (err) {
      if (!(err instanceof NoPlace)) throw err;
      new Notice(`Goodwill: ${err.message}; nothing was written.`);
      return null;
    }
    const line = compose(target.datePrefix);
    if (line === null || !(await appendToNote(this.app, target.file, line))) return null;
    return { file: target.file, line };
  }
}
