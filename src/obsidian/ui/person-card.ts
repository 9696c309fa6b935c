import { type Entry, formatDay, type PersonCard } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';
import { entryLabel, entryText } from './ledger-labels';
import { statusMark, trustMark } from './marks';

/** How many of the latest entries the card lists. */
const LEDGER_SHOWN = 20;

/** A person's card: stage, trust, last contact and balance, then what is open both ways and the latest of their ledger. */
export function personCardView(el: HTMLElement, c: PersonCard, host: AnswerHost): void {
  const card = el.createDiv({ cls: 'goodwill-card' });
  personLink(card.createEl('h4'), host, c.person);
  card.createDiv({ text: `Stage: ${c.stage ?? 'not yet in touch'}` });
  if (c.trust.light) {
    const t = card.createDiv();
    trustMark(t, c.trust.light);
    t.createSpan({ cls: 'goodwill-empty', text: ` (${c.trust.promisesKeptOnTime} promises kept on time)` });
  }
  card.createDiv({ text: `Last contact: ${c.lastContact === null ? 'never' : formatDay(c.lastContact)}` });
  if (c.balance) {
    const balance = card.createDiv({ text: 'Balance: ' });
    statusMark(balance, c.balance.status);
    balance.appendText(`, given ${c.balance.given}, received ${c.balance.received}`);
  }
  ledgerSection(card, 'You owe', c.owedByMe, host);
  ledgerSection(card, 'Owed to you', c.owedToMe, host);
  ledgerSection(card, 'Ledger', c.ledger.slice(-LEDGER_SHOWN).reverse(), host);
}

/** Entries as a table: the date, what it was in words ("You gave"), and the text, opening the line it was read from. */
function ledgerSection(card: HTMLElement, title: string, entries: readonly Entry[], host: AnswerHost): void {
  if (entries.length === 0) return;
  card.createEl('h5', { text: title });
  const table = card.createEl('table', { cls: 'goodwill-table goodwill-ledger' });
  for (const e of entries) {
    const tr = table.createEl('tr', { cls: `goodwill-entry-${e.type}` });
    tr.createEl('td', { cls: 'goodwill-due', text: formatDay(e.date) });
    tr.createEl('td', { cls: 'goodwill-entry-label', text: entryLabel(e) });
    noteLink(tr.createEl('td', { cls: 'goodwill-entry-text' }), host, entryText(e), e.file, e.line);
  }
}
