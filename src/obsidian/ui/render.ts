import { formatDay, type Person, personFile, type Provenance, type QueryAnswer, readable } from '../../core';
import { renderBriefs } from './brief-render';

/** What a rendered answer may do: open notes. Answers never write (query blocks are read-only). */
export interface RowActions {
  open(path: string, line: number): void;
}

/**
 * Renders an answer with DOM text nodes only: note text never becomes markup.
 */
export function renderAnswer(el: HTMLElement, answer: QueryAnswer, actions: RowActions): void {
  // A row without a note (a person known only by a tag, their reconnect or birthday) shows as text.
  const link = (parent: HTMLElement, text: string, path: string | null, line: number | null) => {
    if (path === null) {
      parent.createSpan({ text });
      return;
    }
    const a = parent.createEl('a', { text, cls: 'goodwill-link', href: '#' });
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      actions.open(path, line ?? 1);
    });
  };
  const personLink = (parent: HTMLElement, p: Person) => link(parent, p.name, personFile(p), 1);
  switch (answer.type) {
    case 'error':
      el.createDiv({ cls: 'goodwill-error', text: answer.message });
      return;
    case 'followups': {
      if (answer.rows.length === 0) {
        el.createDiv({ cls: 'goodwill-empty', text: 'No follow-ups due.' });
        return;
      }
      const list = el.createEl('ul', { cls: 'goodwill-list' });
      for (const f of answer.rows) {
        const li = list.createEl('li', { cls: `goodwill-row goodwill-kind-${f.kind}` });
        li.createSpan({ cls: 'goodwill-due', text: formatDay(f.due) });
        li.createSpan({ cls: 'goodwill-kind', text: f.kind });
        personLink(li, f.person);
        link(li, readable(f.text), f.file, f.line);
      }
      return;
    }
    case 'balance': {
      const table = el.createEl('table', { cls: 'goodwill-table' });
      const head = table.createEl('tr');
      for (const h of ['Person', 'Status', 'Given', 'Received', 'Balance']) head.createEl('th', { text: h });
      for (const b of answer.rows) {
        const tr = table.createEl('tr', { cls: `goodwill-status-${b.status}` });
        personLink(tr.createEl('td'), b.person);
        tr.createEl('td', { text: b.status });
        tr.createEl('td', { text: String(b.given) });
        tr.createEl('td', { text: String(b.received) });
        tr.createEl('td', { text: (b.balance > 0 ? '+' : '') + String(b.balance) });
      }
      return;
    }
    case 'intros': {
      if (answer.rows.length === 0) {
        el.createDiv({ cls: 'goodwill-empty', text: "No introductions to suggest yet: add needs and offers to people's notes." });
        return;
      }
      for (const c of answer.rows) {
        const box = el.createDiv({ cls: 'goodwill-intro' });
        const title = box.createDiv({ cls: 'goodwill-intro-title' });
        personLink(title, c.a);
        title.createSpan({ text: ' ↔ ' });
        personLink(title, c.b);
        title.createSpan({ cls: 'goodwill-score', text: ` (score ${c.score})` });
        const reasons = box.createEl('ul');
        for (const r of c.reasons) reasons.createEl('li', { text: r });
        const details = box.createEl('details');
        details.createEl('summary', { text: 'Draft' });
        details.createEl('pre', { cls: 'goodwill-draft', text: c.draft });
      }
      return;
    }
    case 'person': {
      const c = answer.card;
      const card = el.createDiv({ cls: 'goodwill-card' });
      personLink(card.createEl('h4'), c.person);
      card.createDiv({ text: `Stage: ${c.stage ?? 'not yet in touch'}` });
      if (c.trust.light) {
        const t = card.createDiv({ text: 'Trust: ' });
        t.createSpan({ cls: `goodwill-light goodwill-light-${c.trust.light}`, text: c.trust.light });
        t.createSpan({ cls: 'goodwill-empty', text: ` (${c.trust.promisesKeptOnTime} promises kept on time)` });
      }
      card.createDiv({ text: `Last contact: ${c.lastContact === null ? 'never' : formatDay(c.lastContact)}` });
      if (c.balance) card.createDiv({ text: `Balance: ${c.balance.status}, given ${c.balance.given}, received ${c.balance.received}` });
      const section = (title: string, entries: typeof c.ledger) => {
        if (entries.length === 0) return;
        card.createEl('h5', { text: title });
        const ul = card.createEl('ul');
        for (const e of entries) {
          const li = ul.createEl('li');
          li.createSpan({ cls: 'goodwill-due', text: formatDay(e.date) });
          link(li, `${e.type}: ${readable(e.text)}`, e.file, e.line);
        }
      };
      section('I owe', c.owedByMe);
      section('Owed to me', c.owedToMe);
      section('Ledger', c.ledger.slice(-20).reverse());
      return;
    }
    case 'brief':
      renderBriefs(el, answer.briefs, link);
      return;
    case 'provenance': {
      const p = answer.person;
      const box = el.createDiv({ cls: 'goodwill-provenance' });
      provenanceGraph(box, p, actions);
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
          link(li, readable(o.text), o.file, o.line);
          if (o.value) li.createSpan({ cls: 'goodwill-score', text: ` · ${o.value}` });
        }
      }
      return;
    }
    case 'introducers': {
      if (answer.rows.length === 0) {
        el.createDiv({ cls: 'goodwill-empty', text: 'No introductions recorded yet.' });
        return;
      }
      const table = el.createEl('table', { cls: 'goodwill-table' });
      const head = table.createEl('tr');
      for (const h of ['Introducer', 'Brought in', 'Outcomes']) head.createEl('th', { text: h });
      for (const r of answer.rows) {
        const tr = table.createEl('tr');
        personLink(tr.createEl('td'), r.person);
        tr.createEl('td', { text: r.introduced.map((p) => p.name).join(', ') || '-' });
        tr.createEl('td', { text: r.outcomes.map((o) => o.value ?? 'yes').join(', ') || '-' });
      }
      return;
    }
    case 'health': {
      const table = el.createEl('table', { cls: 'goodwill-table' });
      for (const r of answer.rows) {
        const tr = table.createEl('tr');
        tr.createEl('td', { text: r.metric });
        tr.createEl('td', { text: r.value });
        tr.createEl('td', { cls: 'goodwill-empty', text: r.detail });
      }
      return;
    }
    case 'digest': {
      const d = answer.digest;
      if (d.sections.length === 0 && !d.introduction) {
        el.createDiv({ cls: 'goodwill-empty', text: 'Nothing due today. A good day to give first.' });
        return;
      }
      for (const s of d.sections) {
        el.createEl('h5', { text: s.title });
        const ul = el.createEl('ul', { cls: 'goodwill-list' });
        for (const f of s.items) {
          const li = ul.createEl('li');
          li.createSpan({ cls: 'goodwill-due', text: `${formatDay(f.due)} ` });
          personLink(li, f.person);
          li.createSpan({ text: ': ' });
          link(li, readable(f.text), f.file, f.line);
        }
      }
      if (d.introduction) {
        el.createEl('h5', { text: 'An introduction you could make' });
        const p = el.createDiv();
        personLink(p, d.introduction.a);
        p.createSpan({ text: ' and ' });
        personLink(p, d.introduction.b);
        p.createSpan({ text: `: ${d.introduction.reasons[0]}` });
      }
      return;
    }
    case 'people': {
      const ul = el.createEl('ul', { cls: 'goodwill-list' });
      for (const p of answer.rows) {
        const li = ul.createEl('li');
        personLink(li, p.person);
        li.createSpan({
          cls: 'goodwill-kind',
          text: ` ${p.stage ?? '-'} · last ${p.lastContact === null ? 'never' : formatDay(p.lastContact)}`,
        });
      }
      return;
    }
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Introducers on the left, the person in the middle, the people they brought on the right: names as SVG text. */
function provenanceGraph(el: HTMLElement, p: Provenance, actions: RowActions): void {
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
      const open = () => actions.open(file, 1);
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
