import { type ClockTime, parseClockTime } from '../model/clock-time';
import { parseIsoDay } from '../model/day';
import { validateVaultPath } from '../model/vault-path';

export const COMMANDS = [
  'followups',
  'balance',
  'intros',
  'people',
  'check',
  'digest',
  'capture',
  'import',
  'health',
  'provenance',
  'drafts',
  'doctor',
  'brief',
  'orgs',
] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  vault: string;
  command: Command;
  today: number | null;
  json: boolean;
  all: boolean;
  ics: boolean;
  /** --alarm HH:MM: with --ics, each event rings at this local time on its day. */
  alarm: ClockTime | null;
  write: boolean;
  dryRun: boolean;
  limit: number | null;
  text: string | null;
  config: string | null;
  peopleFolders: string[];
  /** --no-cache: read every note, keep no cache. */
  noCache: boolean;
}

export type ParsedArgs = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: goodwill <vault-dir> <command> [options]

Commands:
  followups   whom to follow up with: due within 7 days, overdue first
  balance     the give-and-take with each person
  intros      warm introductions you could make
  people      everyone Goodwill knows, with KLT stage and last contact
  check       problems found while reading the vault
  digest      the morning digest, as markdown for a daily note
  health      the network at a glance: giving ratio, one-to-ones, promises kept,
              people gone cold, weak ties met, trust lights
  provenance  who brought whom into your network, and what came of it
  drafts      introduction drafts and the step each has reached
  doctor      how Goodwill reads this vault: people, meetings, fields, names,
              mentions, daily notes, and the settings it proposes;
              --write merges them into the plugin's settings (data.json)
  orgs        organisations and contact spheres: their people, the balance
              summed over them, and the warmest contact
  brief "NAME" what to know before meeting one person: who they are, where you
              stand, what is open, the last interactions, common ground,
              something to give, and the dates that matter
  capture "…" one line in plain words ("gave Alice an intro to Bob yesterday"):
              prints the interaction line; --write appends it to today's daily note
  import FILE person notes from a vCard (.vcf) or LinkedIn Connections.csv;
              --dry-run shows what would be created

Options:
  --today YYYY-MM-DD     answer as of this day (default: today, local time)
  --json                 print one JSON array instead of a table
  --all                  followups: every open follow-up, whatever its date
  --ics                  followups: print an iCalendar file (one all-day event each)
  --alarm HH:MM          with --ics: each event rings at this local time on its day
  --write                capture: append the line to today's daily note;
                         doctor: merge the proposed settings into data.json
  --dry-run              import: show what would be created, write nothing
  --limit N              intros: only the N best candidates
  --config FILE          settings as JSON (keys as in the README); without it,
                         the plugin's own: <config folder>/plugins/goodwill/data.json
  --people-folder PATH   vault-relative folder of person notes; may repeat;
                         replaces the default rule (folders named People/Contacts)
  --no-cache             read every note again and keep no cache (see GOODWILL_CACHE_DIR
                         in the README for where the cache lives)
  --help                 show this help
  --version              show the version
`;

function valueOf(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return v;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const args: Omit<CliArgs, 'vault' | 'command'> = {
    today: null,
    json: false,
    all: false,
    ics: false,
    alarm: null,
    write: false,
    dryRun: false,
    limit: null,
    text: null,
    config: null,
    peopleFolders: [],
    noCache: false,
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | null = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = () => {
      if (inline !== null) return inline;
      const v = valueOf(argv, i, a);
      i += 1;
      return v;
    };
    switch (a) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--version':
      case '-v':
        return { kind: 'version' };
      case '--json':
        args.json = true;
        break;
      case '--all':
        args.all = true;
        break;
      case '--ics':
        args.ics = true;
        break;
      case '--write':
        args.write = true;
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--no-cache':
        args.noCache = true;
        break;
      case '--limit': {
        const v = take();
        if (!/^\d{1,6}$/.test(v) || Number(v) === 0) throw new UsageError(`--limit takes a whole number above 0, not "${v}"`);
        args.limit = Number(v);
        break;
      }
      case '--today': {
        const v = take();
        const day = parseIsoDay(v);
        if (day === null) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${v}"`);
        args.today = day;
        break;
      }
      case '--alarm': {
        const v = take();
        const at = parseClockTime(v);
        if (at === null) throw new UsageError(`--alarm takes a time of day written HH:MM, from 00:00 to 23:59, not "${v}"`);
        args.alarm = at;
        break;
      }
      case '--config':
        args.config = take();
        break;
      case '--people-folder': {
        const v = take();
        const check = validateVaultPath(v.trim());
        if (!check.ok) throw new UsageError(`--people-folder must be a path inside the vault: ${check.error}`);
        args.peopleFolders.push(check.value);
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        positional.push(a);
    }
  }
  if (positional.length === 0) throw new UsageError('missing <vault-dir>');
  if (positional.length === 1) throw new UsageError(`missing command (one of: ${COMMANDS.join(', ')})`);
  const command = positional[1];
  if (command === 'capture') {
    if (positional.length < 3) throw new UsageError('capture needs the line, in quotes: capture "gave Alice an intro to Bob"');
    args.text = positional.slice(2).join(' ');
  } else if (command === 'brief') {
    if (positional.length !== 3) throw new UsageError('brief needs one name, in quotes: brief "Alice Chen"');
    args.text = positional[2];
  } else if (command === 'import') {
    if (positional.length !== 3) throw new UsageError('import needs one file: import contacts.vcf (or Connections.csv)');
    args.text = positional[2];
  } else if (positional.length > 2) {
    throw new UsageError(`unexpected argument "${positional[2]}"`);
  }
  if (args.write && command !== 'capture' && command !== 'doctor') throw new UsageError('--write goes with capture or doctor');
  if (args.write && command === 'doctor' && args.config !== null) {
    throw new UsageError("doctor --write merges into the plugin's settings (data.json); it does not go with --config");
  }
  if (args.dryRun && command !== 'import') throw new UsageError('--dry-run goes with import');
  if (args.limit !== null && command !== 'intros') throw new UsageError('--limit goes with intros');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}" (one of: ${COMMANDS.join(', ')})`);
  }
  if (args.all && command !== 'followups') throw new UsageError('--all goes with followups');
  if (args.ics && command !== 'followups') throw new UsageError('--ics goes with followups');
  if (args.ics && args.json) throw new UsageError('choose one of --ics and --json');
  if (args.alarm !== null && !args.ics) throw new UsageError('--alarm goes with --ics');
  return { kind: 'run', args: { ...args, vault: positional[0], command: command as Command } };
}
