import type { Plugin } from 'obsidian';
import { type LineFingerprint, LOG_KIND_LABELS, LOG_KINDS, type NetworkIndex } from '../core';
import type { Actions } from './actions';

/** What the commands need from the plugin: its actions, the index, and a few of its own doings. */
export interface CommandHost extends Plugin {
  readonly actions: Actions;
  readonly index: NetworkIndex;
  activateView(): Promise<void>;
  markLineDone(path: string, line: number, fingerprint: LineFingerprint): Promise<boolean>;
  reindex(): Promise<void>;
}

const QUERY_BLOCK = '```goodwill\nfollowups due before next week\n```\n';

/** The command palette. Ids carry no plugin prefix: Obsidian adds it. */
export function registerCommands(plugin: CommandHost): void {
  const { actions } = plugin;
  plugin.addCommand({ id: 'open-view', name: 'Open the sidebar view', callback: () => void plugin.activateView() });
  for (const kind of LOG_KINDS) {
    plugin.addCommand({
      id: `log-${kind}`,
      name: `Log ${LOG_KIND_LABELS[kind]} with a person`,
      callback: () => void actions.logInteraction(kind),
    });
  }
  plugin.addCommand({
    id: 'mark-done-at-cursor',
    name: 'Mark the follow-up on this line done',
    editorCheckCallback: (checking, editor, ctx) => {
      const file = ctx.file;
      if (!file) return false;
      const line = editor.getCursor().line + 1;
      const record = plugin.index.records(file.path)?.lines.find((l) => l.line === line && l.closed === null);
      if (!record || !['promise', 'ask', 'waiting'].includes(record.type)) return false;
      if (!checking) void plugin.markLineDone(file.path, line, record.fingerprint);
      return true;
    },
  });
  plugin.addCommand({ id: 'capture', name: 'Capture an interaction in one line', callback: () => void actions.capture() });
  plugin.addCommand({
    id: 'draft-introduction',
    name: 'Draft an introduction between two people',
    callback: () => void actions.draftIntroduction(),
  });
  const onDraft = (checking: boolean, act: (path: string) => unknown) => {
    const file = plugin.app.workspace.getActiveFile();
    if (!file || !plugin.index.resolve().drafts.has(file.path)) return false;
    if (!checking) void act(file.path);
    return true;
  };
  plugin.addCommand({
    id: 'advance-introduction',
    name: 'Move this introduction to its next step',
    checkCallback: (checking) => onDraft(checking, (p) => actions.advanceIntroduction(p)),
  });
  plugin.addCommand({
    id: 'decline-introduction',
    name: 'Mark this introduction declined',
    checkCallback: (checking) => onDraft(checking, (p) => actions.advanceIntroduction(p, 'declined')),
  });
  plugin.addCommand({ id: 'new-person', name: 'New person note', callback: () => void actions.newPerson() });
  plugin.addCommand({ id: 'new-meeting', name: 'New one-to-one meeting note', callback: () => void actions.newMeeting() });
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
      const isPerson = !!file && plugin.index.records(file.path)?.person != null;
      if (!isPerson) return false;
      if (!checking) actions.showLedger(file);
      return true;
    },
  });
  plugin.addCommand({ id: 'write-digest', name: "Write today's digest into the daily note", callback: () => void actions.writeDigest() });
  plugin.addCommand({
    id: 'import-contacts',
    name: 'Import people from a contacts export',
    callback: () => void actions.importContactsCommand(),
  });
  plugin.addCommand({ id: 'export-calendar', name: 'Export follow-ups to a calendar file', callback: () => void actions.exportCalendar() });
  plugin.addCommand({
    id: 'show-provenance',
    name: "Show this person's introductions",
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (!file || plugin.index.records(file.path)?.person == null) return false;
      if (!checking) actions.showProvenance(file);
      return true;
    },
  });
  plugin.addCommand({
    id: 'check-vault',
    // The name the issue and the README give it, plugin name included: whose reading is checked is the point.
    name: 'Check how Goodwill reads this vault',
    callback: () => void actions.checkVault(),
  });
  plugin.addCommand({ id: 'reindex', name: 'Re-read all notes', callback: () => void plugin.reindex() });
}
