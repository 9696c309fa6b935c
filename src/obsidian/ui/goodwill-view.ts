import { ItemView, Notice, type WorkspaceLeaf } from 'obsidian';
import {
  DRAFT_STATES,
  draftSinceWords,
  draftStateWords,
  draftStepAction,
  type Finding,
  type FollowUp,
  type IntroCandidate,
  type IntroText,
  introTextName,
  mayDecline,
  type Person,
  personFile,
  readable,
  readingGaps,
  textForStep,
} from '../../core';
import { answerOfSource, balancesOf, followUpsOf, introductionsOf, trustOf } from '../answers';
import type { GoodwillContext } from '../context';
import type { Features } from '../features/features';
import { openAt, VIEW_TYPE } from '../workspace';
import { type AnswerHost, noteLink } from './answer-host';
import { balanceList, followUpList, introBoxes } from './answer-rows';
import { renderFindings } from './findings';
import { Refreshable } from './refreshable';
import { renderAnswer } from './render';

/** Note syntax shown in the first-run guide (examples, not prose). */
const EXAMPLES = {
  person: '---\ntype: person\n---',
  give: '- give:: [[Alice]] intro to [[Bob]] #intro',
  owe: '- owe:: [[Dan]] the deck by next Tuesday',
  met: '- Coffee with [[Alice]]',
};

/** Gives each disclosure's body an id of its own, for the button's aria-controls. */
let disclosures = 0;

/** The sidebar: follow-ups grouped by urgency, balance and introductions. Every row acts by mouse or keyboard. */
export class GoodwillView extends ItemView {
  /** Draws the view by the one refresh rule while it is open. */
  private refresher: Refreshable | null = null;
  /**
   * The doctor's findings while the vault reads as empty, for the settings
   * they were made with: surveyed once, not again at every keystroke in a note.
   */
  private doctor: { settings: string; findings: Promise<Finding[]> } | null = null;
  private doctorRender = 0;
  /** Settles once the doctor's findings show (tests wait on it). */
  doctorShown: Promise<void> = Promise.resolve();
  /** Whether the Organisations section is open: collapsed until the user opens it. */
  private organisationsOpen = false;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly context: GoodwillContext,
    private readonly features: Features,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Goodwill';
  }

  getIcon(): string {
    return 'handshake';
  }

  async onOpen(): Promise<void> {
    this.refresher?.unload();
    this.refresher = new Refreshable(this.context, () => this.draw());
    this.refresher.load();
  }

  async onClose(): Promise<void> {
    this.refresher?.unload();
    this.refresher = null;
    this.contentEl.empty();
  }

  private draw(): void {
    const today = this.context.today();
    const root = this.contentEl;
    root.empty();
    root.addClass('goodwill-view');
    const { state } = this.context;
    if (state.kind !== 'ready') {
      const progress = state.kind === 'indexing' && state.total > 0 ? `${state.done} of ${state.total}` : '';
      root.createDiv({ cls: 'goodwill-empty', text: `Reading your notes… ${progress}` });
      return;
    }
    const network = this.context.index.resolve();
    if (readingGaps(network, today).length > 0) this.doctorPanel(root, network.people.length === 0);
    if (network.people.length === 0) {
      this.firstRun(root);
      return;
    }
    this.followUps(root.createDiv({ cls: 'goodwill-section goodwill-followups' }));
    this.balance(root.createDiv({ cls: 'goodwill-section goodwill-balance' }));
    this.introductions(root.createDiv({ cls: 'goodwill-section goodwill-intros' }));
    const healthEl = root.createDiv({ cls: 'goodwill-section goodwill-health' });
    healthEl.createEl('h4', { text: 'Network health' });
    renderAnswer(healthEl, answerOfSource(this.context, 'health'), this.host);
    this.organisations(root.createDiv({ cls: 'goodwill-section goodwill-organisations' }));
  }

  /**
   * Organisations and contact spheres, behind a disclosure button: collapsed
   * at first, and read (every note's frontmatter) only while open. Whether it
   * is open outlives a redraw.
   */
  private organisations(el: HTMLElement): void {
    const toggle = el.createEl('h4').createEl('button', { cls: 'goodwill-disclosure' });
    toggle.createSpan({ cls: 'goodwill-disclosure-mark', attr: { 'aria-hidden': 'true' } });
    toggle.createSpan({ text: 'Organisations' });
    const body = el.createDiv({ cls: 'goodwill-organisations-body' });
    body.id = `goodwill-organisations-${++disclosures}`;
    toggle.setAttribute('aria-controls', body.id);
    const show = () => {
      toggle.setAttribute('aria-expanded', String(this.organisationsOpen));
      body.hidden = !this.organisationsOpen;
      body.empty();
      if (this.organisationsOpen) renderAnswer(body, answerOfSource(this.context, 'orgs'), this.host);
    };
    toggle.addEventListener('click', () => {
      this.organisationsOpen = !this.organisationsOpen;
      show();
    });
    show();
  }

  /** What the view's links do, and the buttons it adds under rows: the one renderer of each answer draws the rows. */
  private readonly host: AnswerHost = {
    open: (path, line) => void openAt(this.app, path, line),
    preview: (event, targetEl, linktext) =>
      this.app.workspace.trigger('hover-link', { event, source: VIEW_TYPE, hoverParent: this, targetEl, linktext }),
    createPerson: (name) => void this.features.newNotes.newPerson(name),
    trust: (person) => trustOf(this.context, person),
    followUpActions: (actions, f) => this.followUpButtons(actions, f),
    introActions: (actions, c) => this.introButtons(actions, c),
  };

  private button(parent: HTMLElement, text: string, label: string, action: () => unknown): HTMLButtonElement {
    const b = parent.createEl('button', { text, cls: 'goodwill-action' });
    b.setAttribute('aria-label', label);
    b.addEventListener('click', () => void action());
    return b;
  }

  private followUps(el: HTMLElement): void {
    el.createEl('h4', { text: 'Follow-ups' });
    const today = this.context.today();
    const soon = followUpsOf(this.context);
    const { horizonDays } = this.context.settings;
    const horizon = today + horizonDays;
    // The third group is named for the horizon it spans, whatever the horizon is.
    const groups: [string, string, FollowUp[], boolean][] = [
      ['overdue', 'Overdue', soon.filter((f) => f.due < today), true],
      ['today', 'Today', soon.filter((f) => f.due === today), true],
      ['soon', `Next ${horizonDays} ${horizonDays === 1 ? 'day' : 'days'}`, soon.filter((f) => f.due > today), true],
      ['later', 'Later', followUpsOf(this.context, true).filter((f) => f.due > horizon), false],
    ];
    let shown = 0;
    for (const [key, title, rows, openByDefault] of groups) {
      if (rows.length === 0) continue;
      shown += rows.length;
      const details = el.createEl('details', { cls: `goodwill-group goodwill-group-${key}` });
      details.open = openByDefault;
      details.createEl('summary', { text: `${title} (${rows.length})` });
      followUpList(details, rows, this.host);
    }
    if (shown === 0) el.createDiv({ cls: 'goodwill-empty', text: 'Nothing to follow up. Log a give, an ask or a promise to see it here.' });
  }

  private followUpButtons(actions: HTMLElement, f: FollowUp): void {
    if (f.fingerprint !== null)
      this.button(actions, 'Done', `Mark done: ${readable(f.text)}`, () => this.features.followUps.markFollowUpDone(f));
    if (f.kind === 'thanks')
      this.button(actions, 'Thanked', `Log a thank-you to ${f.person.name}`, () => this.features.followUps.markThanked(f));
    // A snooze is written into the person's note: a person known only by a tag has none.
    if (personFile(f.person) !== null)
      this.button(actions, 'Snooze', `Snooze ${f.person.name}`, () => this.features.followUps.snoozePerson(f.person));
    this.button(actions, 'Touch', `Log a touch with ${f.person.name}`, () => this.features.logging.logTouch(f.person));
  }

  private balance(el: HTMLElement): void {
    el.createEl('h4', { text: 'Balance' });
    const rows = balancesOf(this.context);
    if (rows.length === 0) {
      el.createDiv({ cls: 'goodwill-empty', text: 'No gives, receipts or asks yet. Write "- give:: [[Name]] …" in a dated note.' });
      return;
    }
    balanceList(el, rows, this.host);
  }

  private introductions(el: HTMLElement): void {
    const today = this.context.today();
    el.createEl('h4', { text: 'Introductions' });
    const drafts = [...this.context.index.resolve().drafts.values()].filter((d) => d.state !== 'declined' && d.state !== 'outcome');
    if (drafts.length > 0) {
      el.createEl('h5', { text: 'Under way' });
      const ul = el.createEl('ul', { cls: 'goodwill-list' });
      for (const d of drafts.sort((x, y) => DRAFT_STATES.indexOf(x.state) - DRAFT_STATES.indexOf(y.state))) {
        const li = ul.createEl('li', { cls: 'goodwill-row goodwill-draft-row' });
        const head = li.createDiv({ cls: 'goodwill-row-head' });
        noteLink(head, this.host, `${d.a.name} ↔ ${d.b.name}`, d.path, 1, 'goodwill-text');
        const state = li.createDiv({ cls: 'goodwill-draft-state' });
        state.createSpan({ cls: 'goodwill-draft-step', text: draftStateWords(d.state, d.a, d.b) });
        if (d.since !== null) state.createSpan({ cls: 'goodwill-draft-since', text: ` ${draftSinceWords(d.since, today)}` });
        const actions = li.createDiv({ cls: 'goodwill-actions' });
        const pair = `${d.a.name} and ${d.b.name}`;
        const action = draftStepAction(d.state, d.a, d.b);
        if (action) this.button(actions, action, `${action}: ${pair}`, () => this.features.introductions.advanceIntroduction(d.path));
        if (mayDecline(d.state))
          this.button(actions, 'Declined', `Declined: ${pair}`, () => this.features.introductions.advanceIntroduction(d.path, 'declined'));
        this.copyButtons(actions, d.a, d.b, textForStep(d.state), (which) => this.features.introductions.copyFromDraft(d.path, which));
      }
      el.createEl('h5', { text: 'Suggestions' });
    }
    const rows = introductionsOf(this.context, 10);
    if (rows.length === 0) {
      el.createDiv({
        cls: 'goodwill-empty',
        text: 'No introductions yet: record needs and offers in person notes, e.g. "needs: [a designer]".',
      });
      return;
    }
    introBoxes(el, rows, this.host);
  }

  private introButtons(actions: HTMLElement, c: IntroCandidate): void {
    this.copyButtons(actions, c.a, c.b, textForStep(null), (which) => this.features.introductions.copySuggestion(c, which));
    this.button(actions, 'Create note', `Create a draft note for ${c.a.name} and ${c.b.name}`, () =>
      this.features.introductions.createIntroNote(c),
    );
    this.button(actions, 'Made', `Record the introduction of ${c.a.name} and ${c.b.name}`, () =>
      this.features.introductions.markIntroMade(c.a, c.b),
    );
  }

  /** Copy, for the text the introduction needs now, and a menu that copies either of the other two. */
  private copyButtons(parent: HTMLElement, a: Person, b: Person, now: IntroText, copy: (which?: IntroText) => unknown): void {
    this.button(parent, 'Copy', `Copy ${introTextName(now, a, b)}: ${a.name} and ${b.name}`, () => copy(now));
    const more = this.button(parent, 'Other drafts', `Other drafts for ${a.name} and ${b.name}`, () =>
      this.features.introductions.otherTextsMenu(more, a, b, now, copy),
    );
  }

  /** With no people, or no touch, what the doctor finds, and one button that applies its proposal. */
  private doctorPanel(root: HTMLElement, noPeople: boolean): void {
    const box = root.createDiv({ cls: 'goodwill-section goodwill-doctor-panel' });
    box.createEl('h4', { text: 'How your notes are read' });
    box.createEl('p', {
      text: noPeople
        ? 'Goodwill found no people in your notes. Here is what it sees, and what it would change:'
        : 'Goodwill found people, but not a single touch with any of them. Here is what it sees, and what it would change:',
    });
    const status = box.createDiv({ cls: 'goodwill-empty', text: 'Reading your notes…' });
    const settings = JSON.stringify(this.context.settings);
    if (this.doctor?.settings !== settings) this.doctor = { settings, findings: this.features.vaultCheck.survey() };
    const render = ++this.doctorRender;
    this.doctorShown = this.doctor.findings.then((findings) => {
      // A later render replaced this one.
      if (render !== this.doctorRender) return;
      status.remove();
      renderFindings(box, findings, {
        open: (path) => void openAt(this.app, path, 1),
        apply: (setting) => this.features.vaultCheck.applyProposal(setting),
      });
    });
  }

  /** With no people: how to start, in normal text, each example a code block with its own Copy button, and a button that makes a person note. */
  private firstRun(el: HTMLElement): void {
    const box = el.createDiv({ cls: 'goodwill-first-run' });
    box.createEl('h4', { text: 'No people yet' });
    box.createEl('p', { text: 'This view reads the notes you already keep. To get started:' });
    const steps = box.createEl('ol');
    const step = (text: string, example: string) => {
      const li = steps.createEl('li');
      li.createDiv({ text });
      const snippet = li.createDiv({ cls: 'goodwill-snippet' });
      snippet.createEl('pre').createEl('code', { text: example });
      this.button(snippet, 'Copy', `Copy: ${example}`, () => this.copyExample(example));
    };
    step('Mark a note as a person with this frontmatter, or keep it in a people folder:', EXAMPLES.person);
    step('Log what you trade in any dated note:', EXAMPLES.give);
    step('Promises you owe, with a deadline:', EXAMPLES.owe);
    step('Touches, or a meeting note with attendees:', EXAMPLES.met);
    steps.createEl('li', { text: 'Needs and offers in person notes suggest introductions.' });
    const create = this.button(box, 'New person note', 'Create a new person note', () => this.features.newNotes.newPerson());
    create.addClass('mod-cta');
  }

  private async copyExample(example: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(example);
      new Notice('Copied.');
    } catch {
      new Notice('Goodwill: the clipboard is not available here.');
    }
  }
}
