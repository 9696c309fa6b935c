import { describe, expect, it } from 'vitest';
import { followUpRows } from '../../src/core/formats/rows';
import { filesOf, loadPlugin, read, settle } from './harness';
import { followUpsOf } from '../../src/obsidian/answers';

const vault = filesOf('example-vault');

describe('the plugin on the example vault', () => {
  it('indexes the vault from the metadata cache and answers as the CLI does', async () => {
    const { plugin } = await loadPlugin(vault);
    const rows = followUpRows(plugin.context.index.resolve(), plugin.settings, plugin.context.today());
    expect(rows.map((r) => `${r.due} ${r.kind} ${r.person}`).slice(0, 3)).toEqual([
      '2026-11-01 reconnect Noah Park',
      '2026-11-06 nudge Eve Garcia',
      '2026-11-13 promise Dan Foster',
    ]);
    expect(plugin.context.index.size).toBe(Object.keys(vault).filter((p) => p.endsWith('.md')).length - 2); // the two templates are excluded
  });

  it('registers its view, code block, commands and settings tab', async () => {
    const { plugin } = await loadPlugin(vault);
    const p = plugin as unknown as {
      views__: Map<string, unknown>;
      markdownCodeBlockProcessors__: Map<string, unknown>;
      commands__: Map<string, unknown>;
      settingTabs__: unknown[];
    };
    expect([...p.views__.keys()]).toEqual(['goodwill-view']);
    expect([...p.markdownCodeBlockProcessors__.keys()]).toEqual(['goodwill']);
    expect([...p.commands__.keys()].map((k) => k.replace(/^goodwill:/, ''))).toEqual([
      'open-view',
      'log-give',
      'log-got',
      'log-ask',
      'log-owe',
      'log-met',
      'mark-done-at-cursor',
      'capture',
      'draft-introduction',
      'advance-introduction',
      'decline-introduction',
      'new-person',
      'new-meeting',
      'insert-query',
      'show-ledger',
      'brief',
      'write-digest',
      'import-contacts',
      'export-calendar',
      'show-provenance',
      'check-vault',
      'reindex',
    ]);
    expect(p.settingTabs__).toHaveLength(1);
  });
});

describe('the index follows the vault', () => {
  const small = {
    'People/Dan.md': '---\ntype: person\naliases: [Dan]\n---\n',
    'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck\n',
  };

  it('a changed note updates its records', async () => {
    const { app, plugin } = await loadPlugin(small);
    expect(followUpsOf(plugin.context).map((f) => f.text)).toEqual(['[[Dan]] the deck']);
    await app.vault.modify(
      app.vault.getFileByPath('Daily/2026-11-20.md')!,
      '- owe:: [[Dan]] the deck ✅ 2026-11-21\n- owe:: [[Dan]] the notes\n',
    );
    await settle();
    expect(followUpsOf(plugin.context).map((f) => f.text)).toEqual(['[[Dan]] the notes']);
  });

  it('a renamed person note keeps their history; a deleted note takes its records away', async () => {
    const { app, plugin } = await loadPlugin(small);
    await app.vault.rename(app.vault.getFileByPath('People/Dan.md')!, 'People/Dan Foster.md');
    await settle();
    expect(followUpsOf(plugin.context).map((f) => [f.person.name, f.person.path])).toEqual([['Dan Foster', 'People/Dan Foster.md']]);
    await app.vault.delete(app.vault.getFileByPath('Daily/2026-11-20.md')!);
    await settle();
    expect(followUpsOf(plugin.context)).toEqual([]);
  });
});

describe('edits change exactly the intended line', () => {
  const files = {
    'People/Dan.md': '---\ntype: person\n---\n',
    'Daily/2026-11-20.md': '# 2026-11-20\r\n- owe:: [[Dan]] the deck\r\n- [ ] Send [[Dan]] notes 📅 2026-11-22\r\n  trailing text\r\n',
  };

  it('marking a follow-up done ticks the task and appends the done date, nothing else', async () => {
    const { app, plugin } = await loadPlugin(files);
    const task = followUpsOf(plugin.context).find((f) => f.text.startsWith('Send'))!;
    expect(await plugin.features.followUps.markFollowUpDone(task)).toBe(true);
    expect(await read(app, 'Daily/2026-11-20.md')).toBe(
      '# 2026-11-20\r\n- owe:: [[Dan]] the deck\r\n- [x] Send [[Dan]] notes 📅 2026-11-22 ✅ 2026-11-25\r\n  trailing text\r\n',
    );
    await settle();
    expect(followUpsOf(plugin.context).map((f) => f.text)).toEqual(['[[Dan]] the deck']);
  });

  it('a stale edit is refused and the note is left as it is', async () => {
    const { app, plugin } = await loadPlugin(files);
    const promise = followUpsOf(plugin.context).find((f) => f.text === '[[Dan]] the deck')!;
    const changed = '# 2026-11-20\r\n- owe:: [[Dan]] the deck, edited meanwhile\r\n';
    // Written behind the index's back: the metadata cache has not told the plugin yet.
    await app.vault.adapter.write('Daily/2026-11-20.md', changed);
    expect(await plugin.features.followUps.markFollowUpDone(promise)).toBe(false);
    expect(await read(app, 'Daily/2026-11-20.md')).toBe(changed);
  });

  it('a note deleted meanwhile is reported, not recreated', async () => {
    const { app, plugin } = await loadPlugin(files);
    const promise = followUpsOf(plugin.context)[0];
    await app.vault.adapter.remove('Daily/2026-11-20.md');
    expect(await plugin.features.followUps.markFollowUpDone(promise)).toBe(false);
    expect(await app.vault.adapter.exists('Daily/2026-11-20.md')).toBe(false);
  });

  it('snoozing writes snooze-until on its own frontmatter line and hides the person', async () => {
    const { app, plugin } = await loadPlugin(files);
    const dan = plugin.context.index.resolve().people[0];
    expect(await plugin.features.followUps.snoozePerson(dan, 'next monday')).toBe(true);
    expect(await read(app, 'People/Dan.md')).toBe('---\ntype: person\nsnooze-until: 2026-11-30\n---\n');
    await settle();
    expect(followUpsOf(plugin.context)).toEqual([]);
  });

  it("logging a give appends one well-formed line to today's daily note", async () => {
    const { app, plugin } = await loadPlugin(files);
    const dan = plugin.context.index.resolve().people[0];
    await plugin.features.logging.appendLog('owe', dan, 'the case study by Friday');
    expect(await read(app, '2026-11-25.md')).toBe('- owe:: [[Dan]] the case study by Friday 📅 2026-11-27\n');
    await plugin.features.logging.appendLog('give', dan, 'intro to the Acme CFO #intro');
    expect(await read(app, '2026-11-25.md')).toBe(
      '- owe:: [[Dan]] the case study by Friday 📅 2026-11-27\n- give:: [[Dan]] intro to the Acme CFO #intro\n',
    );
  });
});
