import * as path from 'node:path';
import {
  balanceRows,
  checkRows,
  digest,
  digestMarkdown,
  digestRows,
  DRAFT_STATES,
  FactReader,
  followUpRows,
  followUps,
  followUpsCalendar,
  formatDay,
  health,
  healthRows,
  introRows,
  meGaps,
  type NetworkIndex,
  type NoteFacts,
  type NoteTags,
  nextDraftState,
  noteTagsOf,
  type OrganisationCandidate,
  organisationCandidateOf,
  peopleRows,
  readingGaps,
  todayLocal,
  topIntroducers,
} from '../core';
import { type CliArgs, USAGE, UsageError, parseArgs } from './args';
import { type CachedRun, checkVault, indexFolder, indexFolderCached, vaultCache } from './cached-index';
import { briefCommand } from './commands/brief';
import { capture } from './commands/capture';
import { orgsCommand } from './commands/orgs';
import { doctor } from './commands/doctor';
import { importContacts } from './commands/import';
import { failureText } from './failures';
import { safeJson, safeOutput, safeValue } from './safe-output';
import { table, truncate } from './table';
import { loadSettings } from './vault-settings';
import { type Disk, VaultWriter } from './vault-writer';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  /** GOODWILL_DEBUG=1: a failure also prints its stack. */
  debug?: boolean;
}

declare const GOODWILL_VERSION: string | undefined;
const VERSION = typeof GOODWILL_VERSION === 'string' ? GOODWILL_VERSION : 'dev';

/** The vault's name as Obsidian shows it: the folder's own name. */
function vaultName(vault: string): string {
  return path.basename(path.resolve(vault));
}

/** Where a row comes from, in a table; a person without a note (a person tag) has none. */
const NO_NOTE = '—';
const where = (file: string | null, line: number | null) => (file === null ? NO_NOTE : `${file}:${line}`);

/** The commands whose answer depends on the notes, the settings and the day alone: their answer may be kept while no note changes. */
const KEPT_ANSWERS: ReadonlySet<string> = new Set([
  'followups',
  'balance',
  'intros',
  'people',
  'check',
  'digest',
  'health',
  'provenance',
  'drafts',
]);

/** What an answer is kept under: everything that shapes it besides the notes and the settings (the cache's fingerprint has those). */
function answerKey(args: CliArgs, today: number): string | null {
  if (!KEPT_ANSWERS.has(args.command)) return null;
  return JSON.stringify([args.command, args.json, args.all, args.ics, args.alarm, args.limit, today, vaultName(args.vault)]);
}

function render(args: CliArgs, index: NetworkIndex, today: number): string {
  const network = index.resolve();
  const s = index.settings;
  switch (args.command) {
    case 'followups': {
      if (args.ics) {
        return followUpsCalendar(followUps(network, s, today, { all: args.all }), vaultName(args.vault), today, args.alarm);
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

/**
 * Runs the CLI; returns the exit code: 0, 2 for a usage error, 1 for every
 * other failure, unexpected ones included (one line on stderr). `disk` is for
 * tests, which make writes fail as a full disk does.
 */
export async function runCli(argv: string[], io: CliOutput, now: Date = new Date(), disk: Partial<Disk> = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) return fail(io, err);
    io.err(`goodwill: ${safeValue(err.message)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const args = parsed.args;
  try {
    await checkVault(args.vault);
    const { settings, file } = loadSettings(args, (line) => io.err(`goodwill: ${safeValue(line)}\n`));
    const warn = (line: string) => io.err(`goodwill: ${safeValue(line)}\n`);
    const today = args.today ?? todayLocal(now);
    const facts: NoteFacts[] = [];
    const factReader = args.command === 'doctor' ? new FactReader(settings) : null;
    const tags: NoteTags[] | null = args.command === 'brief' ? [] : null;
    const orgNotes: OrganisationCandidate[] | null = args.command === 'orgs' ? [] : null;
    // The doctor sees every note's text, a brief every note's tags, orgs every note's type: they read them all.
    const cache = args.noCache || factReader || tags || orgNotes ? null : vaultCache(args.vault, settings, warn);
    let run: CachedRun | null = null;
    let index: NetworkIndex | null;
    if (cache) {
      run = await indexFolderCached(args.vault, settings, cache, answerKey(args, today));
      index = run.index;
    } else {
      index = await indexFolder(
        args.vault,
        settings,
        factReader
          ? (note) => {
              const f = factReader.read(note);
              if (f) facts.push(f);
            }
          : tags
            ? (note) => tags.push(noteTagsOf(note))
            : orgNotes
              ? (note) => orgNotes.push(organisationCandidateOf(note, settings))
              : undefined,
      );
    }
    const writer = () => new VaultWriter(args.vault, disk);
    let text: string;
    let failure: string | null = null;
    if (index === null) text = run!.answer!;
    else if (args.command === 'capture') text = capture(args, index, today, writer, now);
    else if (args.command === 'import') ({ text, failure } = importContacts(args, index, writer()));
    else if (args.command === 'doctor') text = doctor(args, index, facts, today, file, writer);
    else if (args.command === 'brief') ({ text, failure } = briefCommand(args, index, tags ?? [], today));
    else if (args.command === 'orgs') text = orgsCommand(args, index, orgNotes ?? [], today);
    else text = render(args, index, today);
    // A command that failed with nothing to show prints only its failure.
    if (text !== '' || failure === null) io.out(safeOutput(text.endsWith('\n') ? text : `${text}\n`));
    const cacheProblem = run?.finish(index === null ? null : text) ?? null;
    if (cacheProblem !== null) warn(cacheProblem);
    if (failure === null) return 0;
    io.err(`goodwill: ${safeValue(failure)}\n`);
    return 1;
  } catch (err) {
    return fail(io, err);
  }
}

function fail(io: CliOutput, err: unknown): number {
  io.err(failureText(err, io.debug === true));
  return 1;
}
