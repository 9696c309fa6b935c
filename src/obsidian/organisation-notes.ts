import type { App } from 'obsidian';
import { type GoodwillSettings, type OrganisationCandidate, organisationCandidateOf } from '../core';

/**
 * Every markdown note as an organisation may be one, from Obsidian's metadata
 * cache: the index may skip a note no one is named in, and an organisation
 * note that no one links still counts.
 */
export function vaultOrganisationNotes(app: App, settings: GoodwillSettings): OrganisationCandidate[] {
  return app.vault
    .getMarkdownFiles()
    .map((file) =>
      organisationCandidateOf({ path: file.path, frontmatter: app.metadataCache.getFileCache(file)?.frontmatter ?? null }, settings),
    );
}
