import { formatDay, type PersonFigures } from '../../core';

/** The columns Goodwill adds to a base, in the order shown. */
export const GOODWILL_COLUMNS = ['stage', 'light', 'lastContact', 'next', 'balance', 'owedByMe', 'owedToMe'] as const;
export type GoodwillColumn = (typeof GOODWILL_COLUMNS)[number];

const HEADERS: Record<GoodwillColumn, string> = {
  stage: 'Stage',
  light: 'Trust',
  lastContact: 'Last contact',
  next: 'Next follow-up',
  balance: 'Balance',
  owedByMe: 'I owe',
  owedToMe: 'They owe',
};

/** A column sort chosen by clicking its header; kept in the view's config under SORT_KEY. */
export interface ColumnSort {
  column: GoodwillColumn;
  direction: 'asc' | 'desc';
}

/** Where the view's config keeps the chosen sort. */
export const SORT_KEY = 'goodwillSort';

/** The sort kept in a view's config, or null (the base's own order) for anything else. */
export function readSort(value: unknown): ColumnSort | null {
  if (typeof value !== 'object' || value === null) return null;
  const { column, direction } = value as Record<string, unknown>;
  if (!(GOODWILL_COLUMNS as readonly unknown[]).includes(column)) return null;
  if (direction !== 'asc' && direction !== 'desc') return null;
  return { column: column as GoodwillColumn, direction };
}

/** A header clicked: ascending first, then descending, then back to the base's order. */
export function nextSort(current: ColumnSort | null, column: GoodwillColumn): ColumnSort | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

const STAGE_RANK = { known: 0, liked: 1, trusted: 2 } as const;
const LIGHT_RANK = { green: 0, amber: 1, red: 2 } as const;

/** A figure as a number to sort by; null (sorted last either way) where there is none. */
function sortValue(f: PersonFigures, column: GoodwillColumn): number | null {
  switch (column) {
    case 'stage':
      return f.stage === null ? null : STAGE_RANK[f.stage];
    case 'light':
      return f.light === null ? null : LIGHT_RANK[f.light];
    case 'lastContact':
      return f.lastContact;
    case 'next':
      return f.next?.due ?? null;
    case 'balance':
      return f.balance?.value ?? null;
    case 'owedByMe':
      return f.owedByMe;
    case 'owedToMe':
      return f.owedToMe;
  }
}

/** One of the base's entries: its note, and the base's visible properties as text, in the base's order of columns. */
export interface BaseRow {
  path: string;
  values: string[];
}

/** A person's row: their entry in the base and their figures. */
export interface PersonEntry {
  entry: BaseRow;
  figures: PersonFigures;
}

/** The people among the base's entries, in the base's order (or the chosen sort), and how many entries are not people. */
export function peopleOfEntries(
  entries: readonly BaseRow[],
  figuresOf: (path: string) => PersonFigures | null,
  sort: ColumnSort | null,
): { rows: PersonEntry[]; notPeople: number } {
  const rows: PersonEntry[] = [];
  for (const entry of entries) {
    const figures = figuresOf(entry.path);
    if (figures) rows.push({ entry, figures });
  }
  const notPeople = entries.length - rows.length;
  if (!sort) return { rows, notPeople };
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Array.prototype.sort is stable: equal figures keep the base's order.
  rows.sort((a, b) => {
    const x = sortValue(a.figures, sort.column);
    const y = sortValue(b.figures, sort.column);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x - y) * sign;
  });
  return { rows, notPeople };
}

/** What the table needs besides its rows: the base's visible properties, the chosen sort, and what clicks do. */
export interface BasesTableHost {
  /** The names of the user's own visible properties (besides the note's name), as the base gives them. */
  properties: string[];
  sort: ColumnSort | null;
  onSort: (column: GoodwillColumn) => void;
  open: (path: string) => void;
}

/** One figure in its cell; an empty cell where there is none. */
function fillCell(td: HTMLElement, f: PersonFigures, column: GoodwillColumn): void {
  switch (column) {
    case 'stage':
      td.setText(f.stage ?? '');
      break;
    case 'light':
      if (f.light) {
        const dot = td.createSpan({ cls: `goodwill-light goodwill-light-${f.light}`, text: '●' });
        dot.setAttribute('aria-label', `trust: ${f.light}`);
        td.createSpan({ text: ` ${f.light}` });
      }
      break;
    case 'lastContact':
      td.setText(f.lastContact === null ? '' : formatDay(f.lastContact));
      break;
    case 'next':
      if (f.next) {
        td.createSpan({ text: formatDay(f.next.due) });
        td.createSpan({ cls: 'goodwill-bases-kind', text: ` ${f.next.kind}` });
      }
      break;
    case 'balance':
      if (f.balance) {
        td.addClass(`goodwill-status-${f.balance.status}`);
        td.createSpan({ text: `${f.balance.value > 0 ? '+' : ''}${f.balance.value}` });
        td.createSpan({ cls: 'goodwill-status-label', text: ` ${f.balance.status}` });
      }
      break;
    case 'owedByMe':
      td.setText(String(f.owedByMe));
      break;
    case 'owedToMe':
      td.setText(String(f.owedToMe));
      break;
  }
}

/** A header that sorts by its column, a button so the keyboard reaches it; `aria-sort` says the sort in force. */
function sortHeader(tr: HTMLElement, host: BasesTableHost, column: GoodwillColumn): void {
  const th = tr.createEl('th', { attr: { 'data-goodwill-column': column } });
  const sorted = host.sort?.column === column ? host.sort.direction : null;
  th.setAttribute('aria-sort', sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none');
  const arrow = sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : '';
  const button = th.createEl('button', { cls: 'goodwill-bases-sort', text: `${HEADERS[column]}${arrow}` });
  button.addEventListener('click', () => host.onSort(column));
}

/**
 * The Goodwill table of a base: for each person among its entries, a link to
 * their note, Goodwill's columns, then the base's own visible properties; a
 * line below counts the entries that are not people.
 */
export function drawBasesTable(el: HTMLElement, rows: readonly PersonEntry[], notPeople: number, host: BasesTableHost): void {
  el.empty();
  el.addClass('goodwill-bases');
  if (rows.length === 0) el.createDiv({ cls: 'goodwill-empty', text: 'No people among the notes this base selects.' });
  else {
    const table = el.createEl('table', { cls: 'goodwill-table goodwill-bases-table' });
    const head = table.createEl('thead').createEl('tr');
    head.createEl('th', { text: 'Name' });
    for (const column of GOODWILL_COLUMNS) sortHeader(head, host, column);
    for (const name of host.properties) head.createEl('th', { text: name });
    const body = table.createEl('tbody');
    for (const { entry, figures } of rows) {
      const tr = body.createEl('tr');
      const a = tr.createEl('td').createEl('a', { cls: 'goodwill-link goodwill-person', text: figures.person.name, href: '#' });
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        host.open(entry.path);
      });
      for (const column of GOODWILL_COLUMNS) fillCell(tr.createEl('td', { attr: { 'data-goodwill-column': column } }), figures, column);
      for (const value of entry.values) tr.createEl('td', { text: value === 'null' ? '' : value });
    }
  }
  if (notPeople > 0) {
    const what = notPeople === 1 ? '1 note is not a person' : `${notPeople} notes are not people`;
    el.createDiv({ cls: 'goodwill-bases-left-out', text: `Left out: ${what}.` });
  }
}
