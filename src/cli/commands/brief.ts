import { brief, briefMarkdown, briefRow, lookUpPerson, type NetworkIndex, type NoteTags, type Person, personFile } from '../../core';
import type { CliArgs } from '../args';
import { safeJson } from '../safe-output';

export interface BriefOutcome {
  text: string;
  /** Set when the name finds no one, or several people: the one line for stderr. */
  failure: string | null;
}

/** A person as a failure lists them: name and note, so that two of one name tell apart. */
const described = (p: Person) => (personFile(p) === null ? p.name : `${p.name} (${p.path})`);

/**
 * `brief "<name>"`: the brief for the one person the name finds. A name that
 * fits several people settles on none (exit 1, listing them); a name that
 * fits no one says the nearest names (exit 1).
 */
export function briefCommand(args: CliArgs, index: NetworkIndex, tags: NoteTags[], today: number): BriefOutcome {
  const network = index.resolve();
  const written = args.text ?? '';
  const found = lookUpPerson(network.directory, written);
  if (found.kind === 'several') {
    const who = found.people.map(described).join(', ');
    return { text: '', failure: `"${written}" fits ${found.people.length} people: ${who}; write the full name or the note's path` };
  }
  if (found.kind === 'none') {
    const near = found.nearest.map((p) => p.name);
    return { text: '', failure: `no person called "${written}"${near.length > 0 ? `; nearest: ${near.join(', ')}` : ''}` };
  }
  const b = brief(network, found.person, index.settings, today, tags);
  return { text: args.json ? safeJson([briefRow(b)]) : briefMarkdown(b), failure: null };
}
