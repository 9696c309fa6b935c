import {
  brief,
  briefMarkdown,
  briefRow,
  type CliArgs,
  lookUpPerson,
  lookupProblem,
  type NetworkIndex,
  type NoteTags,
  safeJson,
} from '../../core';

export interface BriefOutcome {
  text: string;
  /** Set when the name finds no one, or several people: the one line for stderr. */
  failure: string | null;
}

/**
 * `brief "<name>"`: the brief for the one person the name finds. A name that
 * fits several people settles on none (exit 1, listing them); a name that
 * fits no one says the nearest names (exit 1).
 */
export function briefCommand(args: CliArgs, index: NetworkIndex, tags: NoteTags[], today: number): BriefOutcome {
  const network = index.resolve();
  const written = args.text ?? '';
  const found = lookUpPerson(network.directory, written);
  if (found.kind !== 'one') return { text: '', failure: lookupProblem(written, found) };
  const b = brief(network, found.person, index.settings, today, tags);
  return { text: args.json ? safeJson([briefRow(b)]) : briefMarkdown(b), failure: null };
}
