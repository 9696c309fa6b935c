import { describe, expect, it } from 'vitest';
import { peopleRows } from '../../src/core/formats/rows';
import { parseIsoDay } from '../../src/core/model/day';
import { loadPlugin, read } from './harness';

describe('daily notes in the plugin', () => {
  const files = {
    'People/Carol.md': '---\ntype: person\n---\n',
    '.obsidian/community-plugins.json': '["periodic-notes"]',
    '.obsidian/plugins/periodic-notes/data.json': JSON.stringify({ daily: { enabled: true, folder: 'Journal', format: 'D MMMM YYYY' } }),
    'Journal/20 November 2026.md': '- Called [[Carol]] about the offsite\n',
  };

  it('dates the notes Periodic Notes names, as the CLI does', async () => {
    const { plugin } = await loadPlugin(files);
    const rows = peopleRows(plugin.context.index.resolve(), parseIsoDay('2026-11-25')!, plugin.settings);
    expect(rows.map((r) => [r.name, r.lastContact])).toEqual([['Carol', '2026-11-20']]);
  });

  it('logs a line in the note Periodic Notes places for today', async () => {
    const { app, plugin } = await loadPlugin(files);
    await plugin.features.logging.appendLog('met', plugin.context.index.resolve().people[0], '');
    expect(await read(app, 'Journal/25 November 2026.md')).toBe('- met:: [[Carol]]\n');
  });

  it('with no known place, a notice instead of a note', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Carol.md': '---\ntype: person\n---\n', '.obsidian/core-plugins.json': '{}' });
    expect(await plugin.features.logging.appendLog('met', plugin.context.index.resolve().people[0], '')).toBeNull();
    expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['People/Carol.md']);
  });
});
