import { formatDay, type Introducer, type Person, personFile, type Provenance, readable } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The height of one name in the graph, in pixels; the edges are drawn on the same grid. */
const ROW = 28;
/** The width of the band the edges cross between two columns of names, in pixels. */
const GAP = 32;
const ARROW = 6;

/** Who introduced the person, whom they introduced to you, and what came of it; no graph where there is nothing to draw. */
export function provenanceView(el: HTMLElement, p: Provenance, host: AnswerHost): void {
  const box = el.createDiv({ cls: 'goodwill-provenance' });
  const introductions = p.introducedBy.length + p.introducedToMe.length;
  if (introductions > 0) provenanceGraph(box, p, host);
  else if (p.outcomes.length === 0) {
    box.createDiv({
      cls: 'goodwill-empty',
      text: `No introductions recorded for ${p.person.name} yet: use introduced-by, or log "got:: [[Someone]] intro to [[${p.person.name}]] #intro".`,
    });
  }
  if (p.outcomes.length === 0) return;
  box.createEl('h5', { text: 'What came of it' });
  const ul = box.createEl('ul', { cls: 'goodwill-list goodwill-outcomes' });
  // The value is part of the outcome's text ("… $4,000"): it is not printed again.
  for (const o of p.outcomes) {
    const li = ul.createEl('li');
    li.createSpan({ cls: 'goodwill-due', text: `${formatDay(o.date)} ` });
    noteLink(li, host, readable(o.text), o.file, o.line);
  }
}

/** The people whose introductions brought the most, as a table. */
export function introducersTable(el: HTMLElement, rows: readonly Introducer[], host: AnswerHost): void {
  if (rows.length === 0) {
    el.createDiv({ cls: 'goodwill-empty', text: 'No introductions recorded yet.' });
    return;
  }
  const table = el.createEl('table', { cls: 'goodwill-table' });
  const head = table.createEl('tr');
  for (const h of ['Introducer', 'Brought in', 'Outcomes']) head.createEl('th', { text: h });
  for (const r of rows) {
    const tr = table.createEl('tr');
    personLink(tr.createEl('td'), host, r.person);
    tr.createEl('td', { text: r.introduced.map((x) => x.name).join(', ') || '-' });
    tr.createEl('td', { text: r.outcomes.map((o) => o.value ?? 'yes').join(', ') || '-' });
  }
}

/**
 * Introducers on the left, the person in the middle, the people they
 * introduced to you on the right, with arrows in the direction of each
 * introduction. Names are HTML text in columns that share the width, cut
 * with an ellipsis when too long and shown whole on hover and focus.
 */
function provenanceGraph(box: HTMLElement, p: Provenance, host: AnswerHost): void {
  const by = p.introducedBy.map((x) => x.person);
  const to = p.introducedToMe.map((x) => x.person);
  const rows = Math.max(1, by.length, to.length);
  const height = rows * ROW;
  // Only the sides that have someone take a column, so that a graph of one side gives its names half the width.
  const shape = by.length === 0 ? 'to-only' : to.length === 0 ? 'by-only' : 'both';
  const graph = box.createDiv({ cls: `goodwill-graph goodwill-graph-${shape}` });
  graph.setAttribute('role', 'group');
  graph.setAttribute('aria-label', `Who introduced ${p.person.name}, and whom ${p.person.name} introduced to you`);
  graph.style.setProperty('--goodwill-graph-height', `${height}px`);
  graph.style.setProperty('--goodwill-graph-gap', `${GAP}px`);
  if (by.length > 0) {
    graph.createDiv({ cls: 'goodwill-graph-heading goodwill-graph-heading-by', text: 'Introduced by' });
    column(graph, by, 'goodwill-graph-by', host);
    edges(graph, by.length, rows, 'in');
  }
  column(graph, [p.person], 'goodwill-graph-center', host);
  if (to.length > 0) {
    graph.createDiv({ cls: 'goodwill-graph-heading goodwill-graph-heading-to', text: 'Introduced to you' });
    edges(graph, to.length, rows, 'out');
    column(graph, to, 'goodwill-graph-to', host);
  }
}

function column(graph: HTMLElement, people: readonly Person[], cls: string, host: AnswerHost): void {
  const col = graph.createDiv({ cls: `goodwill-graph-column ${cls}` });
  for (const who of people) {
    const node = personLink(col, host, who);
    node.addClass('goodwill-graph-node');
    node.setAttribute('title', who.name);
    // A name without a note is no link; it still takes focus, so the keyboard can read it whole.
    if (personFile(who) === null && node.tagName !== 'A') node.setAttribute('tabindex', '0');
  }
}

/** The edges between a side of `count` names and the person in the middle: towards the person ("in") or away from them ("out"). */
function edges(graph: HTMLElement, count: number, rows: number, direction: 'in' | 'out'): void {
  const height = rows * ROW;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `goodwill-graph-edges goodwill-graph-edges-${direction}`);
  svg.setAttribute('viewBox', `0 0 ${GAP} ${height}`);
  svg.setAttribute('width', String(GAP));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  const mid = height / 2;
  for (let i = 0; i < count; i++) {
    const y = mid + (i - (count - 1) / 2) * ROW;
    const [x1, y1, x2, y2] = direction === 'in' ? [2, y, GAP - 2, mid] : [2, mid, GAP - 2, y];
    const line = document.createElementNS(SVG_NS, 'line');
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length = Math.hypot(dx, dy);
    const [ux, uy] = [dx / length, dy / length];
    // The line stops where the arrowhead starts, so the head keeps its point.
    for (const [k, v] of [
      ['x1', x1],
      ['y1', y1],
      ['x2', x2 - ux * ARROW],
      ['y2', y2 - uy * ARROW],
    ] as const)
      line.setAttribute(k, v.toFixed(2));
    line.setAttribute('class', 'goodwill-graph-edge');
    const head = document.createElementNS(SVG_NS, 'polygon');
    const bx = x2 - ux * ARROW;
    const by = y2 - uy * ARROW;
    const points = [
      [x2, y2],
      [bx - uy * (ARROW / 2), by + ux * (ARROW / 2)],
      [bx + uy * (ARROW / 2), by - ux * (ARROW / 2)],
    ];
    head.setAttribute('points', points.map(([x, yy]) => `${x.toFixed(2)},${yy.toFixed(2)}`).join(' '));
    head.setAttribute('class', 'goodwill-graph-arrow');
    svg.append(line, head);
  }
  graph.append(svg);
}
