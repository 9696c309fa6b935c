import * as path from 'node:path';
import {
  type CliArgs,
  commandText,
  FactReader,
  type NetworkIndex,
  type NoteFacts,
  type NoteTags,
  noteTagsOf,
  type OrganisationCandidate,
  organisationCandidateOf,
  parseArgs,
  safeOutput,
  safeValue,
  todayLocal,
  USAGE,
  UsageError,
} from '../core';
import { type CachedRun, checkVault, indexFolder, indexFolderCached, vaultCache } from './cached-index';
import { briefCommand } from './commands/brief';
import { capture } from './commands/capture';
import { orgsCommand } from './commands/orgs';
import { doctor } from './commands/doctor';
import { importContacts } from './commands/import';
import { failureText } from './failures';
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
    else text = commandText(args, index, today, vaultName(args.vault));
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
