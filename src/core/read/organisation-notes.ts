import { type NoteInput, ownFrontmatter } from '../model/note';
import type { GoodwillSettings } from '../model/settings';
import { conventionsOf, isOrganisationNote, marksOf } from './conventions';
import { listFromField } from './fields';

/** A note that may be an organisation: its path, its aliases, and whether its `type` or `categories` say so (`orgTypes`). */
export interface OrganisationCandidate {
  path: string;
  aliases: readonly string[];
  typed: boolean;
}

/** What a note says of itself as an organisation (the plugin reads the same from the metadata cache's frontmatter). */
export function organisationCandidateOf(note: Pick<NoteInput, 'path' | 'frontmatter'>, settings: GoodwillSettings): OrganisationCandidate {
  const fm = ownFrontmatter(note.frontmatter);
  return {
    path: note.path,
    aliases: listFromField(fm?.aliases ?? fm?.alias),
    typed: isOrganisationNote(marksOf(fm), conventionsOf(settings)),
  };
}
