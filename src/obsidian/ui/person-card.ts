import { formatDay, type PersonCard, readable } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';

/** A person's card: stage, trust, last contact and balance, then what is open both ways and the latest of their ledger. */
export function personCardView(el: HTMLElement, c: PersonCard, host: AnswerHost): void {
  const card = el.createDiv({ cls: 'goodwill-card' });
  personLink(card.createEl('h4'), host, c.person);
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
      noteLink(li, host, `${e.type}: ${readable(e.text)}`, e.file, e.line);
    }
  };
  section('I owe', c.owedByMe);
  section('Owed to me', c.owedToMe);
  section('Ledger', c.ledger.slice(-20).reverse());
}
