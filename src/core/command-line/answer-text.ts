import type { CliArgs } from './args';
import { safeJson, safeValue } from './safe-output';
import { table, truncate } from './table';
import { digest, digestMarkdown } from '../answers/digest';
import { followUps } from '../answers/followups';
import { health, healthRows } from '../answers/health';
import { topIntroducers } from '../answers/provenance';
import { followUpsCalendar } from '../formats/ics';
import { balanceRows, checkRows, digestRows, followUpRows, introRows, meGaps, peopleRows, readingGaps } from '../formats/rows';
import type { NetworkIndex } from '../index/network-index';
import { formatDay } from '../model/day';
import { DRAFT_STATES, nextDraftState } from '../read/intro-drafts';

/** Where a row comes from, in a table; a person without a note (a person tag) has none. */
const NO_NOTE = '—';
const where = (file: string | null, line: number | null) => (file === null ? NO_NOTE : `${file}:${line}`);

/**
 * The text a command prints for its answer (a table, markdown, JSON or an
 * iCalendar file), for the commands that only read: the same for the CLI and
 * the Obsidian CLI's handlers. `vaultName` is the vault's name as Obsidian shows it.
 */
export function commandText(
  args: CliArgs,
  index: Pick<NetworkIndex, 'resolve' | 'settings' | 'notesOn' | 'warnings'>,
  today: number,
  vaultName: string,
): string {
  const network = index.resolve();
  const s = index.settings;
  switch (args.command) {
    case 'followups': {
      if (args.ics) {
        return followUpsCalendar(followUps(network, s, today, { all: args.all }), vaultName, today, args.alarm);
      }
      const rows = followUpRows(network, s, today, args.all);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No follow-ups due. Nice work.';
      return table(
        ['DUE', 'KIND', 'PERSON', 'WHAT', 'WHERE'],
        rows.map((r) => [r.due, r.kind, r.person, truncate(r.text, 60), where(r.file, r.line)]),
      );
    }
    case 'balance': {
      const rows = balanceRows(network, s, today);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No gives, receipts or asks recorded yet.';
      return table(
        ['PERSON', 'STATUS', 'GIVEN', 'RECEIVED', 'BALANCE'],
        rows.map((r) => [r.person, r.status, String(r.given), String(r.received), (r.balance > 0 ? '+' : '') + r.balance]),
      );
    }
    case 'intros': {
      const rows = introRows(network, today, s, args.limit ?? undefined);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return "No introductions to suggest: record people's needs and offers in their notes.";
      return rows
        .map((r) =>
          [`${safeValue(r.a)} <> ${safeValue(r.b)}  (score ${r.score})`, ...r.reasons.map((x) => `  - ${safeValue(x)}`)].join('\n'),
        )
        .join('\n\n');
    }
    case 'people': {
      const rows = peopleRows(network, today, s);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No person notes found. Mark a note with "type: person" or put it in a People folder.';
      return table(
        ['NAME', 'KLT', 'TRUST', 'LAST CONTACT', 'FILE'],
        rows.map((r) => [r.name, r.klt ?? '-', r.light ?? '-', r.lastContact ?? '-', r.file ?? NO_NOTE]),
      );
    }
    case 'digest': {
      const d = digest(network, s, today, index.notesOn(today));
      if (!args.json) return digestMarkdown(d);
      return safeJson(digestRows(d));
    }
    case 'health': {
      const rows = healthRows(health(network, s, today), today);
      if (args.json) return safeJson(rows);
      return table(
        ['METRIC', 'VALUE', 'DETAIL'],
        rows.map((r) => [r.metric, r.value, truncate(r.detail, 80)]),
      );
    }
    case 'provenance': {
      const rows = topIntroducers(network).map((r) => ({
        person: r.person.name,
        introduced: r.introduced.map((p) => p.name),
        outcomes: r.outcomes.map((o) => ({ subject: o.subject.name, text: o.text, value: o.value, file: o.file, line: o.line })),
      }));
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No introductions recorded yet.';
      return table(
        ['INTRODUCER', 'BROUGHT IN', 'OUTCOMES'],
        rows.map((r) => [r.person, r.introduced.join(', '), r.outcomes.map((o) => `${o.subject}: ${o.value ?? 'yes'}`).join('; ') || '-']),
      );
    }
    case 'drafts': {
      const rows = [...network.drafts.values()]
        .sort((x, y) => DRAFT_STATES.indexOf(x.state) - DRAFT_STATES.indexOf(y.state) || (x.path < y.path ? -1 : 1))
        .map((d) => ({
          a: d.a.name,
          b: d.b.name,
          state: d.state,
          since: d.since === null ? null : formatDay(d.since),
          file: d.path,
          next: nextDraftState(d.state),
        }));
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No introduction drafts yet.';
      return table(
        ['STATE', 'SINCE', 'A', 'B', 'FILE'],
        rows.map((r) => [r.state, r.since ?? '-', r.a, r.b, r.file]),
      );
    }
    case 'capture':
    case 'import':
    case 'doctor':
    case 'brief':
    case 'orgs':
      return '';
    case 'check': {
      const rows = checkRows([...readingGaps(network, today), ...meGaps(network, s), ...index.warnings()]);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No problems found.';
      return table(
        ['WHERE', 'PROBLEM'],
        rows.map((r) => [where(r.file, r.line), r.message]),
      );
    }
  }
}
