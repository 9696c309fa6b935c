import { type CliData, type CliFlags, type Plugin, requireApiVersion } from 'obsidian';
import { type CliArgs, commandText, captureLine, DateResolver, parseArgs, safeOutput, safeValue, USAGE, UsageError } from '../../core';
import { type GoodwillContext, indexReady } from '../context';

/**
 * The commands the Obsidian CLI (1.12.2+) offers as `goodwill:<command>`;
 * `intros` is there for the `limit` flag, which goes with it alone.
 */
export const OBSIDIAN_CLI_COMMANDS = ['followups', 'balance', 'intros', 'digest', 'people', 'capture'] as const;
export type ObsidianCliCommand = (typeof OBSIDIAN_CLI_COMMANDS)[number];

const DESCRIPTIONS: Record<ObsidianCliCommand, string> = {
  followups: 'Whom to follow up with: due within the horizon, overdue first',
  balance: 'The give-and-take with each person',
  intros: 'Warm introductions you could make, best first',
  digest: 'The morning digest, as markdown for a daily note',
  people: 'Everyone Goodwill knows, with stage and last contact',
  capture: 'One interaction in plain words: prints the line; with write, appends it where logged lines go',
};

/**
 * The flags every handler takes, as the standalone CLI's options: a handler
 * receives no positional arguments, so capture's sentence comes as `text`.
 * Each handler takes them all, so that a flag that does not go with its
 * command gets the standalone CLI's message, not silence.
 */
function flags(command: ObsidianCliCommand): CliFlags {
  return {
    json: { description: 'Print one JSON array instead of a table' },
    today: { value: '<YYYY-MM-DD>', description: 'Answer as of this day (default: today)' },
    all: { description: 'Followups: every open follow-up, whatever its date' },
    limit: { value: '<N>', description: 'Intros only: the N best candidates' },
    write: { description: 'Capture: append the line where logged lines go' },
    text: { value: '<sentence>', description: 'Capture: what happened, in one line', required: command === 'capture' },
  };
}

/** Keys the Obsidian CLI itself may hand over (which vault to run in): no option of Goodwill's. */
const NOT_OPTIONS = new Set(['vault']);

/** A handler's parameters as the standalone CLI's arguments: `json` is `--json`, `today=…` is `--today=…`, `text` the sentence. */
export function argvOf(command: ObsidianCliCommand, params: CliData): string[] {
  const argv = ['.', command];
  for (const [key, value] of Object.entries(params)) {
    if (key === 'text' || NOT_OPTIONS.has(key)) continue;
    argv.push(value === 'true' ? `--${key}` : `--${key}=${value}`);
  }
  if (params.text !== undefined) argv.push(params.text === 'true' ? '' : params.text);
  return argv;
}

/** Output as the standalone CLI prints it, without the final line break the terminal adds. */
const printed = (text: string): string => safeOutput(text.endsWith('\n') ? text.slice(0, -1) : text);

/**
 * The answers of the Obsidian CLI: the same text as the standalone CLI for
 * the same arguments (or its JSON), worked out from the live index, and the
 * same one-line message for a bad flag or value.
 */
export class ObsidianCli {
  constructor(private readonly context: GoodwillContext) {}

  async answer(command: ObsidianCliCommand, params: CliData): Promise<string> {
    let parsed;
    try {
      parsed = parseArgs(argvOf(command, params));
    } catch (err) {
      if (err instanceof UsageError) return `goodwill: ${safeValue(err.message)}`;
      throw err;
    }
    if (parsed.kind === 'help') return USAGE;
    if (parsed.kind === 'version') return `goodwill: --version goes with the goodwill command, not goodwill:${command}`;
    // Answers wait for the first reading of the vault.
    await indexReady(this.context);
    const args = parsed.args;
    const today = args.today ?? this.context.today();
    if (args.command === 'capture') return this.capture(args, today);
    const { index, settings } = this.context;
    const answers = {
      resolve: () => index.resolve(),
      notesOn: (day: number) => index.notesOn(day),
      warnings: () => index.warnings(),
      settings,
    };
    return printed(commandText(args, answers, today, this.context.app.vault.getName()));
  }

  /** `capture`: the line understood; with `write`, appended where logged lines go, as the capture command does. */
  private async capture(args: CliArgs, today: number): Promise<string> {
    const { settings } = this.context;
    const people = this.context.index.resolve().people;
    const dates = new DateResolver(settings.language);
    const understand = (datePrefix: boolean) =>
      captureLine(args.text ?? '', people, today, dates, datePrefix, new Map(), settings.language);
    const result = understand(false);
    if (!result.ok) return `goodwill: ${safeValue(result.error.message)}`;
    if (!args.write) return printed(result.value.line);
    const logged = await this.context.writer.appendLogged(today, (datePrefix) => {
      const written = datePrefix ? understand(true) : result;
      return written.ok ? written.value.line : null;
    });
    // The writer has said why in a notice: no place for logged lines, or a note it would not change.
    if (!logged) return 'goodwill: nothing was written; the notice in Obsidian says why';
    return printed(`${logged.line}\n(appended to ${logged.file.path})`);
  }
}

/**
 * Registers `goodwill:<command>` for each command, when this Obsidian has a
 * CLI (1.12.2+); on an older app, nothing. Returns whether it registered.
 * The method is checked as well as the version: an app that says 1.12.2 may
 * still be one without the CLI's registry.
 */
export function registerObsidianCli(plugin: Plugin, cli: ObsidianCli): boolean {
  if (requireApiVersion('1.12.2') && typeof plugin.registerCliHandler === 'function') {
    for (const command of OBSIDIAN_CLI_COMMANDS) {
      plugin.registerCliHandler(`goodwill:${command}`, DESCRIPTIONS[command], flags(command), (params) => cli.answer(command, params));
    }
    return true;
  }
  return false;
}
