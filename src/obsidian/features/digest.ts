import { Notice } from 'obsidian';
import { digest, DIGEST_HEADING, digestMarkdown, formatDay, upsertSection } from '../../core';
import type { GoodwillContext } from '../context';
import { NoPlace } from '../vault-writes/daily-note';
import { openNote } from '../workspace';

/** Today's digest, written into today's daily note. */
export class Digest {
  constructor(private readonly context: GoodwillContext) {}

  /**
   * Writes today's digest into today's daily note (per the daily-notes
   * settings), replacing the digest section if the note already has one, and
   * says so. Asked for, it opens the note; written on its own when the vault
   * opens (`onlyIfMissing`), it leaves the workspace as it is.
   */
  async writeDigest(onlyIfMissing = false): Promise<string | null> {
    const { app, writer } = this.context;
    const today = this.context.today();
    let path: string;
    try {
      path = await writer.dailyNotePath(today);
    } catch (err) {
      if (!(err instanceof NoPlace)) throw err;
      // On open, a vault without daily notes simply gets no digest; asked for, the notice says why.
      if (!onlyIfMissing) new Notice(`Goodwill: ${err.message}; nothing was written.`);
      return null;
    }
    const existing = app.vault.getFileByPath(path);
    const heading = `${DIGEST_HEADING} ${formatDay(today)}`;
    if (onlyIfMissing && existing && (await app.vault.cachedRead(existing)).includes(heading)) return null;
    const section = digestMarkdown(digest(this.context.index.resolve(), this.context.settings, today, this.context.index.notesOn(today)));
    const file = existing ?? (await writer.dailyNote(today));
    if (!(await writer.process(file, (text) => upsertSection(text, DIGEST_HEADING, section)))) return null;
    new Notice(`Goodwill: today's digest is in ${file.basename}.`);
    if (!onlyIfMissing) await openNote(app, file);
    return path;
  }
}
