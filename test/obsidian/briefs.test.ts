import { Modal } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { filesOf, loadPlugin, read, settle } from './harness';
import { command, renderBlock, texts } from './plugin-surfaces';

const vault = filesOf('example-vault');

describe('briefs in Obsidian', () => {
  it('a brief block shows the seven sections for the person it names', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'brief [[Alice Chen]]');
    expect(texts(el, '.goodwill-brief h4 a')).toEqual(['Alice Chen']);
    expect(texts(el, '.goodwill-brief h5')).toEqual([
      'Who they are',
      'Where you stand',
      'What is open',
      'The last three interactions',
      'Common ground',
      'Something to give',
      'Dates',
    ]);
    expect(el.textContent).toContain('Introduce them to Bob Diaz: they need a brand designer; Bob Diaz offers brand design');
  });

  it('a brief block names the people a shared name fits, and picks none', async () => {
    const { plugin } = await loadPlugin({
      'People/Sam Keller.md': '---\ntype: person\n---\n',
      'People/Sam Ortiz.md': '---\ntype: person\n---\n',
    });
    const el = renderBlock(plugin, 'brief [[Sam]]');
    expect(el.querySelector('.goodwill-error')!.textContent).toBe(
      'Goodwill query error at line 1, column 7: "Sam" fits 2 people: Sam Keller (People/Sam Keller.md), Sam Ortiz (People/Sam Ortiz.md); write the full name or the note\'s path',
    );
  });

  it('"Brief me on this person" briefs each attendee of a meeting note, yourself left out, and is not offered on other notes', async () => {
    const { app, plugin } = await loadPlugin(
      {
        'People/Ana.md': '---\ntype: person\nneeds: [a designer]\n---\n',
        'People/Ben.md': '---\ntype: person\noffers: [design]\n---\n',
        'People/Me.md': '---\ntype: person\n---\n',
        'Meetings/2026-11-25 Lunch.md': '---\ntype: meeting\ndate: 2026-11-25\nattendees: ["[[Ana]]", "[[Ben]]", "[[Me]]"]\n---\n',
        'Notes/Plain.md': '# Plain\n',
      },
      '2026-11-25',
      { me: 'People/Me.md' },
    );
    const cmd = command(plugin, 'brief');
    const open = async (path: string) => {
      await app.workspace.getLeaf().openFile(app.vault.getFileByPath(path)!);
      await settle(50);
    };
    await open('Notes/Plain.md');
    expect(cmd.checkCallback!(true)).toBe(false);
    await open('Meetings/2026-11-25 Lunch.md');
    expect(cmd.checkCallback!(true)).toBe(true);
    const briefs = plugin.features.briefs.briefsFor(plugin.features.briefs.peopleIn('Meetings/2026-11-25 Lunch.md'));
    expect(briefs.map((b) => b.person.name)).toEqual(['Ana', 'Ben']);
    await open('People/Ben.md');
    expect(plugin.features.briefs.peopleIn('People/Ben.md').map((p) => p.name)).toEqual(['Ben']);
    // The in-memory Modal closes itself at once: keep it open to read what it shows.
    const opened: Modal[] = [];
    const show = vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
      opened.push(this);
      this.onOpen();
    });
    cmd.checkCallback!(false);
    show.mockRestore();
    expect(texts(opened[0].contentEl, '.goodwill-brief h4 a')).toEqual(['Ben']);
  });
});

describe('the brief in a new one-to-one meeting note', () => {
  it('stands on top in a goodwill callout, and what it quotes never becomes a record', async () => {
    const { app, plugin } = await loadPlugin({
      'People/Dan.md': '---\ntype: person\n---\n',
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by 2026-11-30\n',
    });
    const dan = plugin.context.index.resolve().directory.byPath('People/Dan.md')!;
    const file = await plugin.features.newNotes.newMeeting(dan);
    const text = await read(app, file!.path);
    const body = text.split('\n---\n')[1];
    expect(body.startsWith('> [!goodwill] Brief: [[Dan]]\n')).toBe(true);
    expect(body).toContain('> - You owe them: the deck by 2026-11-30 (due 2026-11-30)');
    await settle(600);
    const ledger = plugin.context.index.resolve().ledger(plugin.context.index.resolve().directory.byPath('People/Dan.md')!);
    expect(ledger.map((e) => [e.type, e.file])).toEqual([
      ['promise', 'Daily/2026-11-20.md'],
      ['meeting', 'Meetings/2026-11-25 Meeting with Dan.md'],
    ]);
  });
});
