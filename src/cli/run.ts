import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  balanceRows,
  checkRows,
  type DailyNoteDating,
  dailyNoteFormat,
  dailyNoteSettings,
  digest,
  digestMarkdown,
  digestRows,
  DRAFT_STATES,
  FactReader,
  followUpRows,
  followUps,
  followUpsCalendar,
  formatDay,
  type GoodwillSettings,
  health,
  healthRows,
  introRows,
  NetworkIndex,
  type NoteFacts,
  type NoteInput,
  nextDraftState,
  peopleRows,
  readingGaps,
  resolveSettings,
  resolveSettingsTolerant,
  SettingsError,
  todayLocal,
  topIntroducers,
} from '../core';
import { type CliArgs, USAGE, UsageError, parseArgs } from './args';
import { capture } from './commands/capture';
import { doctor, type SettingsFile } from './commands/doctor';
import { importContacts } from './commands/import';
import { configFolder, obsidianConfigFiles, readConfigJson } from './config-folder';
import { failureText, InputError } from './failures';
import { listNotes, type ReadFailure, readNotes } from './folder-source';
import { FileReadRefused, readRegularText } from './regular-file-read';
import { safeJson, safeOutput, safeValue } from './safe-output';
import { table, truncate } from './table';
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

/** A settings file is a few hundred bytes; a megabyte is no settings file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where the plugin keeps its settings, inside the config folder. */
export const PLUGIN_DATA = 'plugins/goodwill/data.json';

/**
 * The settings: from --config, strictly (an unknown key or a value out of its
 * range stops the run, naming the key); else the plugin's own data.json,
 * tolerantly, as the plugin reads it: an unknown key (another version's) is
 * ignored with one warning, a value that cannot be used keeps its default
 * and is named, and a file that is not JSON stops the run, naming it.
 */
function loadSettings(args: CliArgs, warn: (line: string) => void): { settings: GoodwillSettings; file: SettingsFile } {
  let settings: GoodwillSettings;
  let file: SettingsFile;
  if (args.config) ({ settings, file } = configFileSettings(args.config));
  else {
    const folder = configFolder();
    const rel = `${folder}/${PLUGIN_DATA}`;
    const raw = readConfigJson(args.vault, folder, PLUGIN_DATA);
    const { settings: read, unknown, invalid } = resolveSettingsTolerant(raw);
    if (unknown.length > 0) {
      warn(
        `${rel}: ${unknown.length === 1 ? 'a setting' : 'settings'} this version does not know, kept in the file and ignored: ${unknown.join(', ')}`,
      );
    }
    for (const w of invalid) warn(`${rel}: ${w}`);
    settings = read;
    file = settingsFile(rel, raw);
  }
  if (args.peopleFolders.length > 0) settings.peopleFolders = args.peopleFolders;
  return { settings, file };
}

function settingsFile(rel: string, raw: unknown): SettingsFile {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  return { rel, current: isObject ? (raw as Record<string, unknown>) : {}, unusable: raw !== undefined && !isObject };
}

function configFileSettings(file: string): { settings: GoodwillSettings; file: SettingsFile } {
  let text: string;
  try {
    text = readRegularText(file, MAX_CONFIG_BYTES, true);
  } catch (err) {
    if (err instanceof FileReadRefused) throw new InputError(`cannot read config ${file}: ${err.message}`);
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(`config ${file} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return { settings: resolveSettings(raw), file: settingsFile(file, raw) };
  } catch (err) {
    if (err instanceof SettingsError) throw new InputError(`config ${file}: ${err.message}`);
    throw err;
  }
}

/** How the vault names its daily notes, when its settings say; settings that cannot be read date nothing (capture --write reports them). */
function dailyNoteDating(vault: string): DailyNoteDating | null {
  try {
    return dailyNoteFormat(dailyNoteSettings(obsidianConfigFiles(vault, configFolder())));
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}

/** The vault must be a folder, before anything is read from it. */
async function checkVault(vault: string): Promise<void> {
  const stat = await fs.stat(vault).catch(() => null);
  if (!stat) throw new InputError(`vault folder not found: ${vault}`);
  if (!stat.isDirectory()) throw new InputError(`not a folder: ${vault}`);
}

/** Where a row comes from, in a table; a person without a note (a person tag) has none. */
const NO_NOTE = '—';
const where = (file: string | null, line: number | null) => (file === null ? NO_NOTE : `${file}:${line}`);

/** Reads the vault folder into a fresh index; `alsoRead` sees each note too (the doctor collects its facts). */
export async function indexFolder(vault: string, settings: GoodwillSettings, alsoRead?: (note: NoteInput) => void): Promise<NetworkIndex> {
  await checkVault(vault);
  const index = new NetworkIndex(settings, dailyNoteDating(vault));
  const failures: ReadFailure[] = [];
  let paths: string[];
  try {
    paths = await listNotes(vault, settings, failures);
  } catch (err) {
    throw new InputError(`cannot list the vault folder ${vault}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  failures.push(
    ...(await readNotes(vault, paths, (note) => {
      index.upsert(note);
      alsoRead?.(note);
    })),
  );
  for (const f of failures) index.upsertFailure(f.path, f.message);
  return index;
}

function render(args: CliArgs, index: NetworkIndex, today: number): string {
  const network = index.resolve();
  const s = index.settings;
  switch (args.command) {
    case 'followups': {
      if (args.ics) return followUpsCalendar(followUps(network, s, today, { all: args.all }), vaultName(args.vault), today);
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
      const d = digest(network, s, today);
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
      return '';
    case 'check': {
      const rows = checkRows([...readingGaps(network, today), ...index.warnings()]);
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
    const facts: NoteFacts[] = [];
    const factReader = args.command === 'doctor' ? new FactReader(settings) : null;
    const index = await indexFolder(
      args.vault,
      settings,
      factReader
        ? (note) => {
            const f = factReader.read(note);
            if (f) facts.push(f);
          }
        : undefined,
    );
    const today = args.today ?? todayLocal(now);
    const writer = () => new VaultWriter(args.vault, disk);
    let text: string;
    let failure: string | null = null;
    if (args.command === 'capture') text = capture(args, index, today, writer, now);
    else if (args.command === 'import') ({ text, failure } = importContacts(args, index, writer()));
    else if (args.command === 'doctor') text = doctor(args, index, facts, today, file, writer);
    else text = render(args, index, today);
    io.out(safeOutput(text.endsWith('\n') ? text : `${text}\n`));
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
