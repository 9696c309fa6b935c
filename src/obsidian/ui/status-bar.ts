import { Component } from 'obsidian';
import { followUpsOf } from '../answers';
import type { GoodwillContext } from '../context';
import { activateView } from '../workspace';
import { Refreshable } from './refreshable';

/**
 * The status bar item: how far the reading of the vault got, then how many
 * follow-ups are due. It is a button that opens the view, by mouse or, reached
 * with Tab, by Enter or Space.
 */
export class StatusBar extends Component {
  constructor(
    private readonly el: HTMLElement,
    private readonly context: GoodwillContext,
  ) {
    super();
  }

  onload(): void {
    const { el } = this;
    el.addClass('goodwill-status');
    el.setAttribute('role', 'button');
    el.setAttribute('tabindex', '0');
    el.setAttribute('aria-label', 'Open the sidebar view');
    this.registerDomEvent(el, 'click', () => void activateView(this.context.app));
    this.registerDomEvent(el, 'keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      void activateView(this.context.app);
    });
    this.addChild(new Refreshable(this.context, () => this.draw()));
  }

  private draw(): void {
    const { state } = this.context;
    if (state.kind === 'indexing' && state.total > 0) this.el.setText(`Goodwill: reading ${state.done} of ${state.total}`);
    if (state.kind !== 'ready') return;
    const today = this.context.today();
    const due = followUpsOf(this.context).filter((f) => f.due <= today).length;
    this.el.setText(due === 0 ? 'Goodwill: all caught up' : `Goodwill: ${due} due`);
  }
}
