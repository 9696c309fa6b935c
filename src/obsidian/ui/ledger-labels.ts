import { type Entry, type EntryType, readable } from '../../core';

/** What each kind of ledger entry is called on screen, seen from the vault owner: never the reader's slug. */
const ENTRY_LABELS: Record<EntryType, string> = {
  give: 'You gave',
  receipt: 'They gave',
  ask: 'You asked',
  promise: 'You promised',
  waiting: 'They promised',
  thanks: 'You thanked',
  touch: 'In touch',
  outcome: 'Outcome',
  meeting: 'Met',
  'first-met': 'First met',
  'last-contact': 'Last contact',
};

/** An introduction given or received says so: "You introduced" reads better than "You gave" an introduction. */
export function entryLabel(e: Entry): string {
  if (e.kind === 'introduction' && e.type === 'give') return 'You introduced';
  if (e.kind === 'introduction' && e.type === 'receipt') return 'They introduced';
  return ENTRY_LABELS[e.type];
}

/** Entries that stand for a whole note (a meeting, a date in a person's note): what they say is the label, where is the note. */
const WHOLE_NOTE: ReadonlySet<EntryType> = new Set(['meeting', 'first-met', 'last-contact']);

/** The text shown beside an entry's label: the line's text, or the name of the note a whole-note entry comes from. */
export function entryText(e: Entry): string {
  if (!WHOLE_NOTE.has(e.type)) return readable(e.text);
  const name = e.file.slice(e.file.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}
