import { formatDay, type Introducer, type Person, personFile, type Provenance, readable } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';

/** Who introduced the person, whom they introduced, and what came of it. */
export function provenanceView(el: HTMLElement, p: Provenance, host: AnswerHost): void {
  const box = el.createDiv({ cls: 'goodwill-provenance' });
  provenanceGraph(box, p, host);
  if (p.introducedBy.length === 0 && p.introducedToMe.length === 0) {
    box.createDiv({
      cls: 'goodwill-empty',
      text: `No introductions recorded for ${p.person.name} yet: use introduced-by, or log "got:: [[Someone]] intro to [[${p.person.name}]] #intro".`,
    });
  }
  if (p.outcomes.length) {
    box.createEl('h5', { text: 'What came of it' });
    const ul = box.createEl('ul');
    for (const o of p.outcomes) {
      const li = ul.createEl('li');
      li.createSpan({ cls: 'goodwill-due', text: `${formatDay(o.date)} ` });
      noteLink(li, host, readable(o.text), o.file, o.line);
      if (o.value) li.createSpan({ cls: 'goodwill-score', text: ` · ${o.value}` });
    }
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
    tr.createEl('td', { text: r.introduced.map((p) => p.name).join(', ') || '-' });
    tr.createEl('td', { text: r.outcomes.map((o) => o.value ?? 'yes').join(', ') || '-' });
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Introducers on the left, the person in the middle, the people they brought on the right: names as SVG text. */
function provenanceGraph(el: HTMLElement, p: Provenance, host: AnswerHost): void {
  const left = p.introducedBy.map((x) => x.person);
  const right = p.introducedToMe.map((x) => x.person);
  const rows = Math.max(1, left.length, right.length);
  const height = rows * 24 + 8;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 320 ${height}`);
  svg.setAttribute('class', 'goodwill-graph');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Who introduced ${p.person.name}, and whom ${p.person.name} introduced`);
  const y = (i: number, n: number) => height / 2 + (i - (n - 1) / 2) * 24;
  const node = (x: number, yy: number, who: Person, anchor: string, cls: string) => {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(yy + 4));
    t.setAttribute('text-anchor', anchor);
    t.setAttribute('class', cls);
    t.textContent = who.name;
    // A person known only by a tag has no note to open.
    const file = personFile(who);
    if (file !== null) {
      t.setAttribute('tabindex', '0');
      t.setAttribute('role', 'link');
      const open = () => host.open(file, 1);
      t.addEventListener('click', open);
      t.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter') open();
      });
    }
    svg.append(t);
  };
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    const l = document.createElementNS(SVG, 'line');
    for (const [k, v] of [
      ['x1', x1],
      ['y1', y1],
      ['x2', x2],
      ['y2', y2],
    ] as const)
      l.setAttribute(k, String(v));
    l.setAttribute('class', 'goodwill-graph-edge');
    svg.append(l);
  };
  const mid = height / 2;
  left.forEach((_, i) => line(100, y(i, left.length), 130, mid));
  right.forEach((_, i) => line(190, mid, 220, y(i, right.length)));
  left.forEach((who, i) => node(96, y(i, left.length), who, 'end', 'goodwill-graph-node'));
  node(160, mid, p.person, 'middle', 'goodwill-graph-node goodwill-graph-center');
  right.forEach((who, i) => node(224, y(i, right.length), who, 'start', 'goodwill-graph-node'));
  el.append(svg);
}
