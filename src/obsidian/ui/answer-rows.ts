import { type BalanceRow, type FollowUp, followUpSentence, formatDay, type IntroCandidate, introTextName, textForStep } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Follow-ups, one row each: a head line (due, kind, person), the text saying who owes whom, and the host's buttons. */
export function followUpList(parent: HTMLElement, rows: readonly FollowUp[], host: AnswerHost): HTMLElement {
  const list = parent.createEl('ul', { cls: 'goodwill-list' });
  for (const f of rows) followUpRow(list, f, host);
  return list;
}

function followUpRow(list: HTMLElement, f: FollowUp, host: AnswerHost): void {
  const li = list.createEl('li', { cls: `goodwill-row goodwill-kind-${f.kind}` });
  li.dataset.kind = f.kind;
  const head = li.createDiv({ cls: 'goodwill-row-head' });
  head.createSpan({ cls: 'goodwill-due', text: formatDay(f.due) });
  head.createSpan({ cls: 'goodwill-kind', text: f.kind });
  personLink(head, host, f.person);
  noteLink(li, host, followUpSentence(f), f.file, f.line, 'goodwill-text');
  host.followUpActions?.(li.createDiv({ cls: 'goodwill-actions' }), f);
}

/** Balances, one row each: the person, their status and trust light, the figures, and two bars from a shared middle. */
export function balanceList(parent: HTMLElement, rows: readonly BalanceRow[], host: AnswerHost): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.given, r.received)));
  const list = parent.createEl('ul', { cls: 'goodwill-list' });
  for (const r of rows) balanceRow(list, r, max, host);
  return list;
}

function balanceRow(list: HTMLElement, r: BalanceRow, max: number, host: AnswerHost): void {
  const li = list.createEl('li', { cls: `goodwill-row goodwill-status-${r.status}` });
  const head = li.createDiv({ cls: 'goodwill-row-head' });
  personLink(head, host, r.person);
  head.createSpan({ cls: 'goodwill-status-label', text: r.status });
  const light = host.trust?.(r.person) ?? null;
  if (light) {
    const dot = head.createSpan({ cls: `goodwill-light goodwill-light-${light}`, text: '●' });
    dot.setAttribute('aria-label', `trust: ${light}`);
    dot.setAttribute('title', `trust: ${light}`);
  }
  head.createSpan({ cls: 'goodwill-figures', text: `gave ${r.given} · got ${r.received}` });
  // Two bars from a shared middle line: given to the left, received to the right.
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 200 8');
  svg.setAttribute('class', 'goodwill-bar');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `given ${r.given}, received ${r.received}`);
  const given = document.createElementNS(SVG_NS, 'rect');
  const gw = (r.given / max) * 100;
  given.setAttribute('x', String(100 - gw));
  given.setAttribute('width', String(gw));
  given.setAttribute('height', '8');
  given.setAttribute('class', 'goodwill-bar-given');
  const received = document.createElementNS(SVG_NS, 'rect');
  received.setAttribute('x', '100');
  received.setAttribute('width', String((r.received / max) * 100));
  received.setAttribute('height', '8');
  received.setAttribute('class', 'goodwill-bar-received');
  svg.append(given, received);
  li.append(svg);
}

/** Introduction suggestions, one box each: the pair and score, the reasons, the draft, and the host's buttons. */
export function introBoxes(parent: HTMLElement, rows: readonly IntroCandidate[], host: AnswerHost): void {
  for (const c of rows) introBox(parent, c, host);
}

function introBox(parent: HTMLElement, c: IntroCandidate, host: AnswerHost): void {
  const box = parent.createDiv({ cls: 'goodwill-intro' });
  const title = box.createDiv({ cls: 'goodwill-intro-title' });
  personLink(title, host, c.a);
  title.createSpan({ text: ' ↔ ' });
  personLink(title, host, c.b);
  title.createSpan({ cls: 'goodwill-score', text: ` · score ${c.score}` });
  const reasons = box.createEl('ul', { cls: 'goodwill-reasons' });
  for (const r of c.reasons) reasons.createEl('li', { text: r });
  // A suggestion's first message is the ask to the first person; the bridging message comes once both agreed.
  const first = textForStep(null);
  const details = box.createEl('details');
  details.createEl('summary', { text: `Draft: ${introTextName(first, c.a, c.b)}` });
  details.createEl('pre', { cls: 'goodwill-draft', text: c[first] });
  host.introActions?.(box.createDiv({ cls: 'goodwill-actions' }), c);
}
