import { ButtonComponent, Modal, Notice } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { peopleRows } from '../../src/core';
import { keepWriteProperties } from '../../src/obsidian/settings-host';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { filesOf, loadPlugin, read, settle, settled } from './harness';

const vault = filesOf('example-vault');

const ANN = '---\ntype: person\ncompany: Acme # where she works\n---\n# Ann\n\nMet at the fair.\n';
const LOG = '- give:: [[Ann]] a lead\n- promise:: [[Ann]] the deck by 2026-11-30\n';

describe('figures as properties', () => {
  it('are off by default: a day of changes writes nothing into the notes', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': ANN, 'Daily/2026-11-20.md': LOG });
    expect(plugin.device.writeProperties).toBe(false);
    const process = vi.spyOn(app.vault, 'process');
    await app.vault.modify(app.vault.getFileByPath('Daily/2026-11-20.md')!, LOG + '- met:: [[Ann]]\n');
    await settle(5000);
    expect(process).not.toHaveBeenCalled();
    expect(await read(app, 'People/Ann.md')).toBe(ANN);
  });

  it('turned on, each person note gets its figures as properties, each on a line of its own, and nothing else changes', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': ANN, 'Daily/2026-11-20.md': LOG });
    await settled(plugin.figureProperties.setOn(true));
    expect(app.loadLocalStorage('goodwill-writeProperties')).toBe(true);
    expect(await read(app, 'People/Ann.md')).toBe(
      '---\ntype: person\ncompany: Acme # where she works\n' +
        'goodwill-last-contact: 2026-11-20\ngoodwill-next-due: 2026-11-30\ngoodwill-balance: 2\ngoodwill-light: red\n' +
        '---\n# Ann\n\nMet at the fair.\n',
    );
    // Read back as YAML: dates and a number, as Bases and Dataview want them.
    await settle();
    const fm = app.metadataCache.getFileCache(app.vault.getFileByPath('People/Ann.md')!)!.frontmatter!;
    expect(typeof fm['goodwill-balance']).toBe('number');
  });

  it('leaves a note whose figure key spans several lines as it is, never rewriting its whole frontmatter, and says so once', async () => {
    const BO = '---\ntype: person\ngoodwill-light:\n  - red # by hand\n---\n# Bo\n';
    const CY = '---\ntype: person\ngoodwill-balance:\n  - 3\n---\n# Cy\n';
    const logged = '- give:: [[Bo]] a lead\n- give:: [[Cy]] a lead\n';
    const { app, plugin } = await loadPlugin({ 'People/Bo.md': BO, 'People/Cy.md': CY, 'Daily/2026-11-20.md': logged });
    const whole = vi.spyOn(app.fileManager, 'processFrontMatter');
    const notices = vi.spyOn(Notice.prototype as unknown as { constructor__: (m: unknown) => void }, 'constructor__');
    await settled(plugin.figureProperties.setOn(true));
    expect(whole).not.toHaveBeenCalled();
    expect([await read(app, 'People/Bo.md'), await read(app, 'People/Cy.md')]).toEqual([BO, CY]);
    expect(notices.mock.calls.map(([m]) => String(m))).toEqual([
      'Goodwill: the figures were not written into People/Bo.md and 1 more: their frontmatter could not be edited line by line; nothing else was changed.',
    ]);
  });

  it('writes only what changed: a second pass writes nothing; a new give changes the balance line alone', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': ANN, 'Daily/2026-11-20.md': LOG });
    await settled(plugin.figureProperties.setOn(true));
    await settle();
    const process = vi.spyOn(app.vault, 'process');
    expect(await settled(plugin.figureProperties.writeChanged())).toBe(0);
    expect(process).not.toHaveBeenCalled();
    const before = await read(app, 'People/Ann.md');
    await app.vault.modify(app.vault.getFileByPath('Daily/2026-11-20.md')!, LOG + '- give:: [[Ann]] an intro\n');
    await settle(5000);
    const after = await read(app, 'People/Ann.md');
    expect(after).toBe(before.replace('goodwill-balance: 2', 'goodwill-balance: 5'));
  });

  it('a figure that is gone removes its property', async () => {
    const stale = ANN.replace('---\n# Ann', 'goodwill-next-due: 2026-01-01\ngoodwill-light: red\n---\n# Ann');
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': stale });
    await settled(plugin.figureProperties.setOn(true));
    expect(await read(app, 'People/Ann.md')).toBe(ANN);
  });

  it('they never feed back: the answers are the same with the properties written as without, and a second pass writes nothing', async () => {
    const { plugin } = await loadPlugin(vault);
    const rows = () => peopleRows(plugin.context.index.resolve(), plugin.context.today(), plugin.context.settings);
    const before = rows();
    expect(await settled(plugin.figureProperties.writeChanged())).toBe(0);
    await settled(plugin.figureProperties.setOn(true));
    await settle(5000);
    expect(rows()).toEqual(before);
    expect(await settled(plugin.figureProperties.writeChanged())).toBe(0);
  });

  it('turning the setting off offers to remove the properties, and removing them leaves the notes as they were', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Ann.md': ANN, 'Daily/2026-11-20.md': LOG });
    await settled(plugin.figureProperties.setOn(true));
    await settle();
    // The dialog stays open until answered (the in-memory one closes itself at once).
    const open = vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
      this.onOpen();
    });
    const buttons = vi.spyOn(ButtonComponent.prototype, 'setButtonText');
    await settled(keepWriteProperties(app as never, plugin, false));
    expect(plugin.device.writeProperties).toBe(false);
    const modal = (open.mock.contexts[0] as Modal).contentEl;
    expect(modal.textContent).toContain('1 note holds properties Goodwill wrote');
    expect([...modal.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Keep them', 'Remove them']);
    (buttons.mock.contexts as ButtonComponent[]).find((b) => b.buttonEl.textContent === 'Remove them')!.simulateClick__();
    await settle();
    expect(await read(app, 'People/Ann.md')).toBe(ANN);
  });

  it('the settings tab shows the toggle under "This device"', async () => {
    const { app, plugin } = await loadPlugin({});
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const row = tab.containerEl.querySelector('[data-goodwill-setting="writeProperties"]')!;
    expect(row.textContent).toContain('Write figures into properties');
    expect(row.previousElementSibling!.textContent).toBe('This device');
  });
});
