import { Component } from 'obsidian';
import type { Day } from '../../core';
import type { GoodwillContext } from '../context';

/**
 * The one refresh rule of everything that shows answers (the view, the code
 * blocks, the answer dialogs, the status bar). An answer is a function of the
 * index and of today, so it is drawn again when the index revision or the day
 * changed since it was drawn, or the reading of the vault ended; while the
 * vault is being read, at every change, to show how far the reading got.
 *
 * A component rather than a base class: the view, the blocks and the dialogs
 * extend three different Obsidian classes. Each holds one, loaded while it shows.
 */
export class Refreshable extends Component {
  private drawn: { revision: number; day: Day; ready: boolean } | null = null;

  constructor(
    private readonly context: GoodwillContext,
    private readonly draw: () => void,
  ) {
    super();
  }

  /** Draws at once, then follows the context's changes until unloaded. */
  onload(): void {
    this.drawn = null;
    // A settings change is followed by a reading of the vault, which is what redraws.
    this.register(
      this.context.onChange((change) => {
        if (change.kind !== 'settings') this.refresh();
      }),
    );
    this.refresh();
  }

  /** Draws unless nothing an answer depends on changed since the last drawing. */
  refresh(): void {
    const now = { revision: this.context.index.version, day: this.context.today(), ready: this.context.state.kind === 'ready' };
    const last = this.drawn;
    if (last && now.ready && last.ready && last.revision === now.revision && last.day === now.day) return;
    this.drawn = now;
    this.draw();
  }
}
