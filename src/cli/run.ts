import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  appendLine,
  balanceRows,
  captureLine,
  checkRows,
  contactsFromFile,
  DateResolver,
  digest,
  digestMarkdown,
  DRAFT_STATES,
  followUpRows,
  followUps,
  followUpsCalendar,
  formatDay,
  type GoodwillSettings,
  health,
  healthRows,
  introRows,
  NetworkIndex,
  nextDraftState,
  peopleRows,
  planImport,
  resolveSettings,
  SettingsError,
  todayLocal,
  topIntroducers,
} from '../core';
import { type CliArgs, USAGE, UsageError, parseArgs } from './args';
import { listNotes, readNotes } from './folder-source';
import { table, truncate } from './table';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

declare const GOODWILL_VERSION: string | undefined;
const VERSION = typeof GOODWILL_VERSION === 'string' ? GOODWILL_VERSION : 'dev';

class InputError extends Error {}

/** The vault's name as Obsidian shows it: the folder's own name. */
function vaultName(vault: string): string {
  return path.basename(path.resolve(vault));
}

async function loadSettings(args: CliArgs): Promise<GoodwillSettings> {
  let raw: unknown = undefined;
  if (args.config) {
    let text: string;
    try {
      text = await fs.readFile(args.config, 'utf8');
    } catch (err) {
      throw new InputError(`cannot read config ${args.config}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new InputError(`config ${args.config} is not valid JSON: ${(err as Error).message}`);
    }
  }
  let settings: GoodwillSettings;
  try {
    settings = resolveSettings(raw);
  } catch (err) {
    if (err instanceof SettingsError) throw new InputError(`config ${args.config}: ${err.message}`);
    throw err;
  }
  if (args.peopleFolders.length > 0) settings.peopleFolders = args.peopleFolders;
  return settings;
}

/** Reads the vault folder into a fresh index. */
export async function indexFolder(vault: string, settings: GoodwillSettings): Promise<NetworkIndex> {
  const stat = await fs.stat(vault).catch(() => null);
  if (!stat) throw new InputError(`vault folder not found: ${vault}`);
  if (!stat.isDirectory()) throw new InputError(`not a folder: ${vault}`);
  const index = new NetworkIndex(settings);
  const paths = await listNotes(vault, settings);
  const failures = await readNotes(vault, paths, (note) => index.upsert(note));
  for (const f of failures) index.upsertFailure(f.path, f.message);
  return index;
}

/** Today's daily note in the vault folder, per Obsidian's daily-notes settings when they use the default format. */
async function dailyNoteFile(vault: string, today: number): Promise<string> {
  let folder = '';
  try {
    const raw = JSON.parse(await fs.readFile(path.join(vault, '.obsidian', 'daily-notes.json'), 'utf8')) as {
      folder?: string;
      format?: string;
    };
    if (raw.format && raw.format !== 'YYYY-MM-DD') {
      throw new InputError(
        `the daily notes use the format "${raw.format}", which only the plugin can write; print the line without --write`,
      );
    }
    folder = (raw.folder ?? '').replace(/^\/+|\/+$/g, '');
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  return path.join(vault, folder, `${formatDay(today)}.md`);
}

async function capture(args: CliArgs, index: NetworkIndex, today: number): Promise<string> {
  const result = captureLine(args.text ?? '', index.resolve().people, today, new DateResolver(), false);
  if (!result.ok) throw new InputError(result.message);
  if (!args.write) return result.captured.line;
  const file = await dailyNoteFile(args.vault, today);
  const before = await fs.readFile(file, 'utf8').catch(() => '');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, appendLine(before, result.captured.line));
  return `${result.captured.line}\n(appended to ${path.relative(args.vault, file)})`;
}

async function importContacts(args: CliArgs, index: NetworkIndex): Promise<string> {
  const file = args.text ?? '';
  let content: Uint8Array;
  try {
    // Bytes: the core tells UTF-8, UTF-16 and Windows-1252 exports apart.
    content = await fs.readFile(file);
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let contacts;
  try {
    contacts = contactsFromFile(file, content);
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const plan = planImport(contacts, index.resolve().people, index.settings.personFolder, (p) => existsSync(path.join(args.vault, p)));
  if (!args.dryRun) {
    for (const c of plan.create) {
      await fs.mkdir(path.dirname(path.join(args.vault, c.path)), { recursive: true });
      // "wx": never overwrite a note that appeared meanwhile.
      await fs.writeFile(path.join(args.vault, c.path), c.text, { flag: 'wx' });
    }
  }
  const rows = [
    ...plan.create.map((c) => ({ action: args.dryRun ? 'would create' : 'created', name: c.contact.name, file: c.path })),
    ...plan.skipped.map((s) => ({ action: 'skipped', name: s.name, reason: s.reason })),
    ...plan.clashes.map((c) => ({ action: 'check', name: c.name, reason: c.message })),
  ];
  if (args.json) return JSON.stringify(rows, null, 2);
  const lines = rows.map((r) => `${r.action}: ${r.name}${'file' in r ? ` → ${r.file}` : ` (${r.reason})`}`);
  return [...lines, `${plan.create.length} ${args.dryRun ? 'to create' : 'created'}, ${plan.skipped.length} skipped`].join('\n');
}

function render(args: CliArgs, index: NetworkIndex, today: number): string {
  const network = index.resolve();
  const s = index.settings;
  switch (args.command) {
    case 'followups': {
      if (args.ics) return followUpsCalendar(followUps(network, s, today, { all: args.all }), vaultName(args.vault), today);
      const rows = followUpRows(network, s, today, args.all);
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return 'No follow-ups due. Nice work.';
      return table(
        ['DUE', 'KIND', 'PERSON', 'WHAT', 'WHERE'],
        rows.map((r) => [r.due, r.kind, r.person, truncate(r.text, 60), `${r.file}:${r.line}`]),
      );
    }
    case 'balance': {
      const rows = balanceRows(network, s, today);
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return 'No gives, receipts or asks recorded yet.';
      return table(
        ['PERSON', 'STATUS', 'GIVEN', 'RECEIVED', 'BALANCE'],
        rows.map((r) => [r.person, r.status, String(r.given), String(r.received), (r.balance > 0 ? '+' : '') + r.balance]),
      );
    }
    case 'intros': {
      const rows = introRows(network, today, s, args.limit ?? undefined);
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return "No introductions to suggest: record people's needs and offers in their notes.";
      return rows.map((r) => [`${r.a} <> ${r.b}  (score ${r.score})`, ...r.reasons.map((x) => `  - ${x}`)].join('\n')).join('\n\n');
    }
    case 'people': {
      const rows = peopleRows(network, today, s);
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return 'No person notes found. Mark a note with "type: person" or put it in a People folder.';
      return table(
        ['NAME', 'KLT', 'TRUST', 'LAST CONTACT', 'FILE'],
        rows.map((r) => [r.name, r.klt ?? '-', r.light ?? '-', r.lastContact ?? '-', r.file]),
      );
    }
    case 'digest': {
      const d = digest(network, s, today);
      if (!args.json) return digestMarkdown(d);
      return JSON.stringify(
        d.sections.flatMap((sec) =>
          sec.items.map((f) => ({
            section: sec.title,
            person: f.person.name,
            kind: f.kind,
            due: formatDay(f.due),
            text: f.text,
            file: f.file,
            line: f.line,
          })),
        ),
        null,
        2,
      );
    }
    case 'health': {
      const rows = healthRows(health(network, s, today), today);
      if (args.json) return JSON.stringify(rows, null, 2);
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
      if (args.json) return JSON.stringify(rows, null, 2);
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
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return 'No introduction drafts yet.';
      return table(
        ['STATE', 'SINCE', 'A', 'B', 'FILE'],
        rows.map((r) => [r.state, r.since ?? '-', r.a, r.b, r.file]),
      );
    }
    case 'capture':
    case 'import':
      return '';
    case 'check': {
      const rows = checkRows(index.warnings());
      if (args.json) return JSON.stringify(rows, null, 2);
      if (rows.length === 0) return 'No problems found.';
      return table(
        ['WHERE', 'PROBLEM'],
        rows.map((r) => [`${r.file}:${r.line}`, r.message]),
      );
    }
  }
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliOutput, now: Date = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`goodwill: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
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
    const settings = await loadSettings(args);
    const index = await indexFolder(args.vault, settings);
    const today = args.today ?? todayLocal(now);
    const text =
      args.command === 'capture'
        ? await capture(args, index, today)
        : args.command === 'import'
          ? await importContacts(args, index)
          : render(args, index, today);
    io.out(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`goodwill: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
