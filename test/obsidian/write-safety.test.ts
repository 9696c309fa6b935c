import { describe, expect, it, vi } from 'vitest';
import { loadPlugin, read } from './harness';
import { followUpsOf } from '../../src/obsidian/answers';

const DAN = 'People/Dan.md';

describe('the plugin never rewrites what it cannot read back', () => {
  it('snoozing changes only the snooze line: comments and quoting elsewhere stay as written', async () => {
    const note = "---\ntype: person # met at the Makers meetup\naliases: ['Danny']\nsnooze-until: 2026-11-01 # holidays\n---\n# Dan\n";
    const { app, plugin } = await loadPlugin({ [DAN]: note });
    const dan = plugin.context.index.resolve().people[0];
    expect(await plugin.features.followUps.snoozePerson(dan, '2026-12-07')).toBe(true);
    expect(await read(app, DAN)).toBe(note.replace('snooze-until: 2026-11-01', 'snooze-until: 2026-12-07'));
  });

  it('a snooze whose current value spans several lines goes through processFrontMatter', async () => {
    const { app, plugin } = await loadPlugin({ [DAN]: '---\ntype: person\nsnooze-until:\n  - 2026-11-01\n---\n' });
    const spy = vi.spyOn(app.fileManager, 'processFrontMatter');
    expect(await plugin.features.followUps.snoozePerson(plugin.context.index.resolve().people[0], '2026-12-07')).toBe(true);
    expect(spy).toHaveBeenCalledOnce();
    expect(await read(app, DAN)).toContain('snooze-until: 2026-12-07');
  });

  it('a note that is not valid UTF-8 is not rewritten: a notice, nothing changed', async () => {
    const daily = 'Daily/2026-11-20.md';
    const { app, plugin } = await loadPlugin({ [DAN]: '---\ntype: person\n---\n', [daily]: '- owe:: [[Dan]] the deck\n' });
    const file = app.vault.getFileByPath(daily)!;
    const latin1 = new Uint8Array([0x2d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]); // "- Café" in Latin-1
    const readBinary = app.vault.readBinary.bind(app.vault);
    vi.spyOn(app.vault, 'readBinary').mockImplementation(async (f) => (f.path === daily ? latin1.buffer : readBinary(f)));
    const process = vi.spyOn(app.vault, 'process');
    const [followUp] = followUpsOf(plugin.context);
    expect(await plugin.features.followUps.markFollowUpDone(followUp)).toBe(false);
    expect(process).not.toHaveBeenCalled();
    expect(await read(app, daily)).toBe('- owe:: [[Dan]] the deck\n');
    expect(file.path).toBe(daily);
  });

  it('a note that cannot be read is not written', async () => {
    const { app, plugin } = await loadPlugin({ [DAN]: '---\ntype: person\n---\n' });
    vi.spyOn(app.vault, 'readBinary').mockRejectedValue(new Error('EACCES'));
    const process = vi.spyOn(app.vault, 'process');
    expect(await plugin.features.followUps.snoozePerson(plugin.context.index.resolve().people[0], '2026-12-07')).toBe(false);
    expect(process).not.toHaveBeenCalled();
    expect(await read(app, DAN)).toBe('---\ntype: person\n---\n');
  });

  it('an introduction step writes its state and day on their own lines', async () => {
    const draft = [
      '---',
      'type: introduction',
      'a: "[[Alice]]"',
      'b: "[[Bob]]"',
      'state: proposed # waiting for a good moment',
      'proposed: 2026-11-20',
      '---',
      'Hi Alice,',
      '',
    ].join('\n');
    const { app, plugin } = await loadPlugin({
      'People/Alice.md': '---\ntype: person\n---\n',
      'People/Bob.md': '---\ntype: person\n---\n',
      'Introductions/Alice and Bob.md': draft,
    });
    expect(await plugin.features.introductions.advanceIntroduction('Introductions/Alice and Bob.md')).toBe('asked-a');
    expect(await read(app, 'Introductions/Alice and Bob.md')).toBe(
      draft
        .replace('state: proposed # waiting', 'state: asked-a # waiting')
        .replace('proposed: 2026-11-20\n', 'proposed: 2026-11-20\nasked-a: 2026-11-25\n'),
    );
  });
});
