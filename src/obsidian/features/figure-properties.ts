import { Notice, TFile } from 'obsidian';
import { figureChanges, figureProperties, type FigureValue, NO_FIGURES, personFigures } from '../../core';
import type { GoodwillContext } from '../context';
import type { DeviceSettings } from '../device-settings';

/** Notes written between two pauses: each is one `vault.process`, and a pause lets a frame through. */
const BATCH = 10;
/** How long after the last change the figures are compared again: a burst of edits makes one pass. */
const QUIET_MS = 2000;

/** A pause of one task, so the interface draws between batches. */
const pause = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

type Changes = Record<string, FigureValue>;

/**
 * Writes each person's figures into their note's properties (goodwill-last-contact,
 * goodwill-next-due, goodwill-balance, goodwill-light) when this device has
 * `writeProperties` on. A note is written only when a value differs from what
 * its frontmatter holds, by a frontmatter line edit; a figure that is gone
 * removes its property. Notes are written in small batches after the changes
 * settle, with a pause between batches.
 */
export class FigureProperties {
  private timer: number | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  /** Notes whose write failed (a notice said why): not tried again until the setting is turned on again. */
  private readonly failed = new Set<string>();

  constructor(
    private readonly context: GoodwillContext,
    private readonly device: DeviceSettings,
  ) {}

  /** Follows the index and the day until the returned function is called. */
  follow(): () => void {
    const off = this.context.onChange((change) => {
      if (change.kind === 'index' || change.kind === 'day' || (change.kind === 'state' && change.state.kind === 'ready')) this.soon();
    });
    this.soon();
    return () => {
      off();
      if (this.timer !== null) window.clearTimeout(this.timer);
      this.timer = null;
    };
  }

  /** Compares and writes once the changes settle; nothing while the setting is off. */
  soon(): void {
    if (!this.device.writeProperties) return;
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.writeChanged();
    }, QUIET_MS);
  }

  /** Turns the setting on or off on this device; on, the notes are brought up to date at once. */
  async setOn(on: boolean): Promise<void> {
    this.device.setWriteProperties(on);
    this.failed.clear();
    if (on) await this.writeChanged();
  }

  /** Writes every person note whose properties differ from its figures; gives how many notes were written. */
  async writeChanged(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass(() => this.changed());
    try {
      return await this.running;
    } finally {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.soon();
      }
    }
  }

  /** How many notes hold one of the figure properties. */
  notesWithProperties(): number {
    return this.withProperties().length;
  }

  /** Removes the figure properties from every note that has one; gives how many notes were written. */
  removeAll(): Promise<number> {
    return this.pass(() => this.withProperties(), true);
  }

  /** The person notes to write, and what to change in each. */
  private changed(): { file: TFile; changes: Changes }[] {
    if (!this.device.writeProperties || this.context.state.kind !== 'ready') return [];
    const { app, settings } = this.context;
    const network = this.context.index.resolve();
    const today = this.context.today();
    const out: { file: TFile; changes: Changes }[] = [];
    for (const path of network.ledgers.keys()) {
      if (this.failed.has(path)) continue;
      const file = app.vault.getFileByPath(path);
      const figures = personFigures(network, path, settings, today);
      if (!(file instanceof TFile) || !figures) continue;
      const changes = figureChanges(app.metadataCache.getFileCache(file)?.frontmatter, figureProperties(figures));
      if (Object.keys(changes).length > 0) out.push({ file, changes });
    }
    return out;
  }

  /** Every note with one of the figure properties, and their removal. */
  private withProperties(): { file: TFile; changes: Changes }[] {
    const { app } = this.context;
    const out: { file: TFile; changes: Changes }[] = [];
    for (const file of app.vault.getMarkdownFiles()) {
      const changes = figureChanges(app.metadataCache.getFileCache(file)?.frontmatter, NO_FIGURES);
      if (Object.keys(changes).length > 0) out.push({ file, changes });
    }
    return out;
  }

  /** Writes the changes `plan` gives, a batch at a time; stops when the setting is turned off, unless removing. */
  private async pass(plan: () => { file: TFile; changes: Changes }[], removing = false): Promise<number> {
    const todo = plan();
    let written = 0;
    const left: string[] = [];
    for (let i = 0; i < todo.length; i += BATCH) {
      if (!removing && !this.device.writeProperties) break;
      for (const { file, changes } of todo.slice(i, i + BATCH)) {
        // No one asked for this write just now: only the figures' own lines change, and one notice says what was left.
        if (await this.context.writer.editFrontmatter(file, changes, { wholeBlock: false, notify: false })) written++;
        else {
          this.failed.add(file.path);
          left.push(file.path);
        }
      }
      await pause();
    }
    if (left.length > 0) {
      const more = left.length > 1 ? ` and ${left.length - 1} more` : '';
      new Notice(
        `Goodwill: the figures were not written into ${left[0]}${more}: their frontmatter could not be edited line by line; nothing else was changed.`,
      );
    }
    return written;
  }
}
