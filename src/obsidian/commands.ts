import type { Plugin } from 'obsidian';
import { LOG_KIND_LABELS, LOG_KINDS } from '../core';
import type { GoodwillContext } from './context';
import type { Features } from './features/features';
import { activateView } from './workspace';

/** What the commands need of the plugin beyond the context: reading the vault again. */
export interface CommandHost {
  reindex(): Promise<void>;
}

const QUERY_BLOCK = '```goodwill\nfollowups due before next week\n```\n';

/** The command palette: a table pointing into the features. Ids carry no plugin prefix: Obsidian adds it. */
export function registerCommands(plugin: Plugin, context: GoodwillContext, features: Features, host: CommandHost): void {
  const { followUps, logging, introductions, newNotes, digest, contactImport, calendarExport, vaultCheck, personCards, briefs } = features;
  plugin.addCommand({ id: 'open-view', name: 'Open the sidebar view', callback: () => void activateView(plugin.app) });
  for (const kind of LOG_KINDS) {
    plugin.addCommand({
      id: `log-${kind}`,
      name: `Log ${LOG_KIND_LABELS[kind]} with a person`,
      callback: () => void logging.logInteraction(kind),
    });
  }
  plugin.addCommand({
    id: 'mark-done-at-cursor',
    name: 'Mark the follow-up on this line done',
    editorCheckCallback: (checking, editor, ctx) => {
      const file = ctx.file;
      if (!file) return false;
      const done = followUps.doneAt(file.path, editor.getCursor().line + 1);
      if (!done) return false;
      if (!checking) void done();
      return true;
    },
  });
  plugin.addCommand({ id: 'capture', name: 'Capture an interaction in one line', callback: () => void logging.capture() });
  plugin.addCommand({
    id: 'draft-introduction',
    name: 'Draft an introduction between two people',
    callback: () => void introductions.draftIntroduction(),
  });
  const onDraft = (checking: boolean, act: (path: string) => unknown) => {
    const file = plugin.app.workspace.getActiveFile();
    if (!file || !context.index.resolve().drafts.has(file.path)) return false;
    if (!checking) void act(file.path);
    return true;
  };
  plugin.addCommand({
    id: 'advance-introduction',
    name: 'Move this introduction to its next step',
    checkCallback: (checking) => onDraft(checking, (p) => introductions.advanceIntroduction(p)),
  });
  plugin.addCommand({
    id: 'decline-introduction',
    name: 'Mark this introduction declined',
    checkCallback: (checking) => onDraft(checking, (p) => introductions.advanceIntroduction(p, 'declined')),
  });
  plugin.addCommand({ id: 'new-person', name: 'New person note', callback: () => void newNotes.newPerson() });
  plugin.addCommand({ id: 'new-meeting', name: 'New one-to-one meeting note', callback: () => void newNotes.newMeeting() });
  plugin.addCommand({
    id: 'insert-query',
    name: 'Insert a query block',
    editorCallback: (editor) => editor.replaceSelection(QUERY_BLOCK),
  });
  plugin.addCommand({
    id: 'show-ledger',
    name: "Show this person's ledger",
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      const isPerson = !!file && context.index.records(file.path)?.person != null;
      if (!isPerson) return false;
      if (!checking) personCards.showLedger(file);
      return true;
    },
  });
  plugin.addCommand({
    id: 'brief',
    name: 'Brief me on this person',
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (!file || briefs.peopleIn(file.path).length === 0) return false;
      if (!checking) briefs.showBrief(file);
      return true;
    },
  });
  plugin.addCommand({ id: 'write-digest', name: "Write today's digest into the daily note", callback: () => void digest.writeDigest() });
  plugin.addCommand({
    id: 'import-contacts',
    name: 'Import people from a contacts export',
    callback: () => void contactImport.importContactsCommand(),
  });
  plugin.addCommand({
    id: 'export-calendar',
    name: 'Export follow-ups to a calendar file',
    callback: () => void calendarExport.exportCalendar(),
  });
  plugin.addCommand({
    id: 'show-provenance',
    name: "Show this person's introductions",
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (!file || context.index.records(file.path)?.person == null) return false;
      if (!checking) personCards.showProvenance(file);
      return true;
    },
  });
  plugin.addCommand({
    id: 'check-vault',
    // The name the issue and the README give it, plugin name included: whose reading is checked is the point.
    name: 'Check how Goodwill reads this vault',
    callback: () => void vaultCheck.checkVault(),
  });
  plugin.addCommand({ id: 'reindex', name: 'Re-read all notes', callback: () => void host.reindex() });
}
