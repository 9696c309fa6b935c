import type { QueryController as QueryControllerOriginal } from 'obsidian';
import { BasesEntry, BasesQueryResult, BasesViewConfig, Plugin, QueryController, type TFile } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { balancesOf } from '../../src/obsidian/answers';
import type GoodwillPlugin from '../../src/obsidian/plugin';
import { filesOf, loadPlugin } from './harness';

const vault = filesOf('example-vault');

interface Registration {
  name: string;
  factory: (
    controller: QueryControllerOriginal,
    el: HTMLElement,
  ) => { load(): void; onDataUpdated(): void; config: unknown; data: unknown };
}

/**
 * The Goodwill view over a base whose filters selected `paths`, in that order,
 * with the base's own visible properties `order`: the entries are shaped as
 * Bases gives them (BasesQueryResult, BasesEntry).
 */
function openBase(
  plugin: GoodwillPlugin,
  app: { vault: { getFileByPath(p: string): TFile | null } },
  paths: string[],
  order: string[] = [],
) {
  const registration = (plugin as unknown as { basesViewRegistrations__: Map<string, Registration> }).basesViewRegistrations__.get(
    'goodwill',
  )!;
  const el = document.createElement('div');
  const view = registration.factory(QueryController.create2__(plugin.app as never, plugin as never, el, null) as never, el);
  const config = BasesViewConfig.create__('', 'goodwill', 'Goodwill');
  config.setOrder__(['file.name', ...order] as never);
  const entries = paths.map((p) => {
    const entry = BasesEntry.create__({} as never, app.vault.getFileByPath(p)!);
    for (const id of order) entry.setValue__(id as never, { toString: () => `${id} of ${p}` } as never);
    return entry;
  });
  const result = BasesQueryResult.create__(plugin.app as never, config, [], entries);
  result.setData__(entries);
  view.config = config;
  view.data = result;
  view.load();
  view.onDataUpdated();
  return { el, view, config };
}

const names = (el: HTMLElement) => [...el.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
const cells = (el: HTMLElement, name: string) => {
  const tr = [...el.querySelectorAll('tbody tr')].find((r) => r.querySelector('td')!.textContent === name)!;
  return Object.fromEntries(
    [...tr.querySelectorAll('td[data-goodwill-column]')].map((td) => [td.getAttribute('data-goodwill-column'), td.textContent]),
  );
};

describe('the Goodwill view in Bases', () => {
  it('is offered to Bases as "Goodwill"', async () => {
    const { plugin } = await loadPlugin(vault);
    const registration = (plugin as unknown as { basesViewRegistrations__: Map<string, Registration> }).basesViewRegistrations__.get(
      'goodwill',
    );
    expect(registration?.name).toBe('Goodwill');
  });

  it('with Bases turned off (registerBasesView says false), the plugin loads and works as before', async () => {
    const register = vi.spyOn(Plugin.prototype, 'registerBasesView').mockReturnValue(false);
    const { plugin } = await loadPlugin(vault);
    expect(register).toHaveBeenCalledWith('goodwill', expect.objectContaining({ name: 'Goodwill' }));
    expect(balancesOf(plugin.context).length).toBeGreaterThan(3);
    register.mockRestore();
  });

  it("shows Goodwill's figures for the people the base selects, in the base's order, and counts the notes that are not people", async () => {
    const { app, plugin } = await loadPlugin(vault);
    const { el } = openBase(
      plugin,
      app,
      ['People/Henry Jones.md', 'Meetings/2026-10-14 Alice 1-2-1.md', 'People/Alice Chen.md', 'Goodwill.md'],
      ['note.company'],
    );
    expect(names(el)).toEqual(['Henry Jones', 'Alice Chen']);
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Name',
      'Stage',
      'Trust',
      'Last contact',
      'Next follow-up',
      'Balance',
      'I owe',
      'They owe',
      'company',
    ]);
    expect(cells(el, 'Alice Chen')).toMatchObject({ stage: 'trusted', light: '● green', lastContact: '2026-11-15' });
    expect(cells(el, 'Henry Jones').balance).toBe('-10 overdrawn');
    expect(el.querySelector('tbody tr td:last-child')!.textContent).toBe('note.company of People/Henry Jones.md');
    expect(el.querySelector('.goodwill-bases-left-out')!.textContent).toBe('Left out: 2 notes are not people.');
  });

  it('the next follow-up shows its date and kind, and open promises show both ways', async () => {
    const { app, plugin } = await loadPlugin({
      'People/Ann.md': '---\ntype: person\n---\n# Ann\n',
      'Daily/2026-11-20.md':
        '- promise:: [[Ann]] send the deck by 2026-11-27\n- waiting:: [[Ann]] her notes\n- waiting:: [[Ann]] the intro\n',
    });
    const { el } = openBase(plugin, app, ['People/Ann.md']);
    expect(cells(el, 'Ann')).toMatchObject({ next: '2026-11-20 nudge', owedByMe: '1', owedToMe: '2' });
  });

  it('clicking a Goodwill column header sorts by it, up, down, then back to the base order, and keeps the choice in the view config', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const paths = ['People/Alice Chen.md', 'People/Henry Jones.md', 'People/Liam Novak.md'];
    const { el, config } = openBase(plugin, app, paths);
    const header = () => el.querySelector<HTMLButtonElement>('th[data-goodwill-column="balance"] button')!;
    header().click();
    expect(names(el)).toEqual(['Henry Jones', 'Alice Chen', 'Liam Novak']);
    expect(config.get('goodwillSort')).toEqual({ column: 'balance', direction: 'asc' });
    expect(el.querySelector('th[data-goodwill-column="balance"]')!.getAttribute('aria-sort')).toBe('ascending');
    header().click();
    expect(names(el)).toEqual(['Liam Novak', 'Alice Chen', 'Henry Jones']);
    header().click();
    expect(names(el)).toEqual(['Alice Chen', 'Henry Jones', 'Liam Novak']);
    expect(config.get('goodwillSort')).toBeNull();
  });

  it('a sort kept in the view config is the order the view opens with', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const registration = (plugin as unknown as { basesViewRegistrations__: Map<string, Registration> }).basesViewRegistrations__.get(
      'goodwill',
    )!;
    expect(registration).toBeDefined();
    const { el, config, view } = openBase(plugin, app, ['People/Alice Chen.md', 'People/Henry Jones.md', 'People/Liam Novak.md']);
    config.set('goodwillSort', { column: 'lastContact', direction: 'desc' });
    view.onDataUpdated();
    expect(names(el)).toEqual(
      ['Alice Chen', 'Henry Jones', 'Liam Novak'].sort((a, b) => (cells(el, b).lastContact! > cells(el, a).lastContact! ? 1 : -1)),
    );
  });

  it('clicking a name opens the note', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const open = vi.spyOn(plugin.app.workspace, 'openLinkText');
    const { el } = openBase(plugin, app, ['People/Alice Chen.md']);
    el.querySelector<HTMLAnchorElement>('tbody a.goodwill-person')!.click();
    expect(open).toHaveBeenCalledWith('People/Alice Chen.md', '', false, expect.anything());
  });
});
