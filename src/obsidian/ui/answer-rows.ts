import {
  type BalanceRow,
  type QueryAnswer,
  type FollowUp,
  followUpSentence,
  formatDay,
  type Group,
  type IntroCandidate,
  introTextName,
  textForStep,
} from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';
import { clampText } from './clamped-text';
import { followUpKindLabel } from './follow-up-labels';
import { statusMark, trustMark } from './marks';

const SVG_NS = 'http://www.w3.org/2000/svg';

type PeopleRow = Extract<QueryAnswer, { type: 'people' }>['rows'][number];

/** Follow-ups, one row each: a head line (due, kind, person), the text saying who owes whom, cut to two lines, and the host's buttons. */
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
  head.createSpan({ cls: 'goodwill-kind', text: followUpKindLabel(f.kind) });
  personLink(head, host, f.person);
  const body = li.createDiv({ cls: 'goodwill-row-body' });
  clampText(body, noteLink(body, host, followUpSentence(f), f.file, f.line, 'goodwill-text'));
  host.followUpActions?.(li.createDiv({ cls: 'goodwill-actions' }), f);
}

/**
 * Balances, one row each: the person and their status (a mark in the status's
 * colour and shape, then the word), the figures, the trust light apart and
 * labelled, and two bars from a shared middle line.
 */
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
  statusMark(head, r.status);
  head.createSpan({ cls: 'goodwill-figures', text: `gave ${r.given} · got ${r.received}` });
  const light = host.trust?.(r.person) ?? null;
  if (light) trustMark(li.createDiv({ cls: 'goodwill-row-trust' }), light);
  li.append(balanceBar(r, max));
}

/** Given to the left of the middle, received to the right, and the middle drawn as an axis. */
function balanceBar(r: BalanceRow, max: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 200 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'goodwill-bar');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `given ${r.given}, received ${r.received}`);
  const bar = (x: number, width: number, cls: string) => {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', '1');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', '8');
    rect.setAttribute('class', cls);
    return rect;
  };
  const gw = (r.given / max) * 100;
  const axis = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of [
    ['x1', '100'],
    ['x2', '100'],
    ['y1', '0'],
    ['y2', '10'],
  ])
    axis.setAttribute(k, v);
  axis.setAttribute('class', 'goodwill-bar-axis');
  svg.append(bar(100 - gw, gw, 'goodwill-bar-given'), bar(100, (r.received / max) * 100, 'goodwill-bar-received'), axis);
  return svg;
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

/**
 * Organisations and contact spheres, one box each: the name (opening the
 * organisation's note, where it has one) and the balance summed over its
 * people, the warmest contact, then each person with stage and last contact.
 */
export function groupBoxes(parent: HTMLElement, groups: readonly Group[], host: AnswerHost): void {
  for (const g of groups) groupBox(parent, g, host);
}

function groupBox(parent: HTMLElement, g: Group, host: AnswerHost): void {
  const box = parent.createDiv({ cls: `goodwill-org goodwill-org-${g.kind}` });
  const head = box.createDiv({ cls: 'goodwill-row-head' });
  noteLink(head, host, g.name, g.file, 1, 'goodwill-org-name');
  if (g.kind === 'sphere') head.createSpan({ cls: 'goodwill-kind', text: 'sphere' });
  head.createSpan({ cls: 'goodwill-figures', text: `balance ${g.balance > 0 ? '+' : ''}${g.balance}` });
  const warmest = box.createDiv({ cls: 'goodwill-org-warmest' });
  if (g.warmest === null) warmest.setText('No warm contact yet.');
  else {
    warmest.createSpan({ text: 'Warmest contact: ' });
    personLink(warmest, host, g.warmest);
  }
  if (g.members.length === 0) {
    box.createDiv({ cls: 'goodwill-empty', text: 'No people yet.' });
    return;
  }
  peopleTable(box, g.members, host).addClass('goodwill-org-people');
}

/** People, one row each, in columns of their own: the name, the stage and the last contact, under headings that say which is which. */
export function peopleTable(parent: HTMLElement, rows: readonly PeopleRow[], host: AnswerHost): HTMLElement {
  const table = parent.createEl('table', { cls: 'goodwill-table goodwill-people' });
  const head = table.createEl('thead').createEl('tr');
  for (const title of ['Person', 'Stage', 'Last contact']) head.createEl('th', { text: title });
  const body = table.createEl('tbody');
  for (const p of rows) {
    const tr = body.createEl('tr');
    personLink(tr.createEl('td'), host, p.person);
    tr.createEl('td', { cls: 'goodwill-people-stage', text: p.stage ?? 'none' });
    tr.createEl('td', { cls: 'goodwill-due', text: p.lastContact === null ? 'never' : formatDay(p.lastContact) });
  }
  return table;
}
