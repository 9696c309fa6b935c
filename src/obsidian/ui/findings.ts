import type { DoctorTopic, Finding } from '../../core';

const TOPIC_TITLES: Record<DoctorTopic, string> = {
  people: 'People',
  unmatched: 'Notes that look like people',
  meetings: 'Meetings and interactions',
  fields: 'Fields',
  names: 'Names that reach no one',
  mentions: 'Mentions in prose',
  'daily-notes': 'Daily notes',
  proposal: 'Proposal',
};

export interface FindingActions {
  open(path: string): void;
  /** Applies the proposal through the settings; resolves once saved. */
  apply(setting: Record<string, unknown>): Promise<void>;
}

/** The findings by topic, with their example notes as links and one button for the proposal. Text nodes only. */
export function renderFindings(el: HTMLElement, findings: readonly Finding[], actions: FindingActions): void {
  const box = el.createDiv({ cls: 'goodwill-doctor' });
  let list: HTMLElement | null = null;
  let topic: DoctorTopic | null = null;
  for (const f of findings) {
    if (f.topic !== topic) {
      topic = f.topic;
      box.createEl('h5', { text: TOPIC_TITLES[f.topic] });
      list = box.createEl('ul', { cls: 'goodwill-list goodwill-findings' });
    }
    const li = list!.createEl('li', { cls: `goodwill-finding goodwill-finding-${f.topic}` });
    li.createDiv({ text: f.message });
    if (f.examples.length > 0) {
      const examples = li.createDiv({ cls: 'goodwill-examples', text: 'e.g. ' });
      f.examples.forEach((path, i) => {
        if (i > 0) examples.createSpan({ text: ', ' });
        const a = examples.createEl('a', { text: path, cls: 'goodwill-link', href: '#' });
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          actions.open(path);
        });
      });
    }
    if (f.topic === 'proposal' && f.setting !== null) applyButton(li, f.setting, actions);
  }
}

function applyButton(el: HTMLElement, setting: Record<string, unknown>, actions: FindingActions): void {
  const row = el.createDiv({ cls: 'goodwill-actions' });
  const button = row.createEl('button', { text: 'Apply these settings', cls: 'goodwill-action mod-cta' });
  button.setAttribute('aria-label', `Apply the proposed settings: ${Object.keys(setting).join(', ')}`);
  button.addEventListener('click', () => {
    button.disabled = true;
    void actions.apply(setting).then(
      () => {
        row.empty();
        row.createSpan({ cls: 'goodwill-empty', text: 'Applied: Goodwill reads your notes again with these settings.' });
      },
      () => {
        button.disabled = false;
      },
    );
  });
}
