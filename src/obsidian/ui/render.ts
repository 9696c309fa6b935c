import type { QueryAnswer } from '../../core';
import { type AnswerHost, noteLink, personLink } from './answer-host';
import { balanceList, followUpList, groupBoxes, introBoxes, peopleTable } from './answer-rows';
import { personCardView } from './person-card';
import { introducersTable, provenanceView } from './provenance-graph';
import { renderBriefs } from './brief-render';

export type { AnswerHost } from './answer-host';

/**
 * Renders an answer with DOM text nodes only: note text never becomes markup.
 * The view, blocks and modals all draw an answer type with the same renderer;
 * the host says what links do and adds the view's buttons.
 */
export function renderAnswer(el: HTMLElement, answer: QueryAnswer, host: AnswerHost): void {
  switch (answer.type) {
    case 'error':
      // Found while parsing or while running, an error says where it is in the block.
      el.createDiv({
        cls: 'goodwill-error',
        text:
          answer.line === undefined
            ? answer.message
            : `Goodwill query error at line ${answer.line}, column ${answer.column ?? 1}: ${answer.message}`,
      });
      return;
    case 'followups':
      if (answer.rows.length === 0) el.createDiv({ cls: 'goodwill-empty', text: 'No follow-ups due.' });
      else followUpList(el, answer.rows, host);
      return;
    case 'balance':
      if (answer.rows.length === 0) el.createDiv({ cls: 'goodwill-empty', text: 'No balances to show.' });
      else balanceList(el, answer.rows, host);
      return;
    case 'intros':
      if (answer.rows.length === 0)
        el.createDiv({ cls: 'goodwill-empty', text: "No introductions to suggest yet: add needs and offers to people's notes." });
      else introBoxes(el, answer.rows, host);
      return;
    case 'person':
      personCardView(el, answer.card, host);
      return;
    case 'brief':
      renderBriefs(el, answer.briefs, (parent, text, path, line) => noteLink(parent, host, text, path, line));
      return;
    case 'orgs':
      if (answer.groups.length === 0)
        el.createDiv({
          cls: 'goodwill-empty',
          text: 'No organisations or spheres yet: give people a company (text or a [[link]]) or a sphere.',
        });
      else groupBoxes(el, answer.groups, host);
      return;
    case 'provenance':
      provenanceView(el, answer.person, host);
      return;
    case 'introducers':
      introducersTable(el, answer.rows, host);
      return;
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
      if (d.sections.length === 0 && !d.introduction && d.briefs.length === 0) {
        el.createDiv({ cls: 'goodwill-empty', text: 'Nothing due today. A good day to give first.' });
        return;
      }
      if (d.briefs.length > 0) {
        el.createEl('h5', { text: 'Briefs for today' });
        const ul = el.createEl('ul', { cls: 'goodwill-list goodwill-digest-briefs' });
        for (const b of d.briefs) {
          const li = ul.createEl('li');
          personLink(li, host, b.person);
          li.createSpan({ text: `: ${b.text}` });
        }
      }
      for (const s of d.sections) {
        el.createEl('h5', { text: s.title });
        followUpList(el, s.items, host);
      }
      if (d.introduction) {
        el.createEl('h5', { text: 'An introduction you could make' });
        const p = el.createDiv();
        personLink(p, host, d.introduction.a);
        p.createSpan({ text: ' and ' });
        personLink(p, host, d.introduction.b);
        p.createSpan({ text: `: ${d.introduction.reasons[0]}` });
      }
      return;
    }
    case 'people':
      peopleTable(el, answer.rows, host);
      return;
  }
}
