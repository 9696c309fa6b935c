import { describe, expect, it, vi } from 'vitest';
import { runGoodwill } from '../helpers/temp-vault';
import { filesOf, isReady, loadPlugin, until } from './harness';
import { command, openView, texts } from './plugin-surfaces';

/** The doctor in Obsidian: the same survey over the metadata cache, in a modal and in the view of a vault read as empty. */
const TODAY = '2026-11-25';
const tagsOnly = filesOf('test/fixtures/dialects/tags-only-vault');

describe('the doctor in Obsidian', () => {
  it('finds what the CLI finds: the survey reads the metadata cache', async () => {
    const { plugin } = await loadPlugin(tagsOnly, TODAY);
    const findings = await plugin.features.vaultCheck.survey();
    const cli = JSON.parse((await runGoodwill('test/fixtures/dialects/tags-only-vault', 'doctor', '--json', '--today', TODAY)).out) as {
      topic: string;
      setting: unknown;
    }[];
    expect(findings.map((f) => [f.topic, f.setting])).toEqual(cli.map((f) => [f.topic, f.setting]));
    // The plugin's vault has the Daily notes core plugin on, the fixture folder has not: only that finding differs.
    expect(findings.filter((f) => f.topic !== 'daily-notes' && f.topic !== 'proposal').map((f) => f.message)).toEqual(
      (cli as unknown as { topic: string; message: string }[])
        .filter((f) => f.topic !== 'daily-notes' && f.topic !== 'proposal')
        .map((f) => f.message),
    );
  });

  it('the command "Check how Goodwill reads this vault" shows the findings in a modal, and applies the proposal', async () => {
    const { plugin } = await loadPlugin(tagsOnly, TODAY);
    expect(command(plugin, 'check-vault').name).toBe('Check how Goodwill reads this vault');
    const modal = plugin.features.vaultCheck.checkVault()!;
    await modal.loaded;
    const el = modal.contentEl;
    expect(texts(el, 'h5')).toEqual(['People', 'Notes that look like people', 'Meetings and interactions', 'Daily notes', 'Proposal']);
    expect(el.querySelector('.goodwill-finding-unmatched')!.textContent).toContain('The tags below #people/ name 4 people');
    const examples = [...el.querySelectorAll('.goodwill-finding-unmatched a.goodwill-link')];
    expect(examples.map((a) => a.textContent)).toEqual(['1-1s/2026-10-15 Ana.md', '1-1s/2026-10-29 Kofi.md', '1-1s/2026-11-05 Lucia.md']);
    for (const a of examples) expect(a.getAttribute('href')).toBe('#');
    const buttons = [...el.querySelectorAll('button')];
    const proposal = el.querySelector('.goodwill-finding-proposal')!;
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute('aria-label')).toBe('Apply the proposed settings: personTagPrefix, meetingFolders');
    (buttons[0] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(plugin.settings.personTagPrefix).toBe('people/'));
    expect(plugin.settings.meetingFolders).toEqual(['1-1s']);
    await vi.waitFor(() =>
      expect((plugin as unknown as { data__: unknown }).data__).toMatchObject({ personTagPrefix: 'people/', meetingFolders: ['1-1s'] }),
    );
    await vi.waitFor(
      () =>
        expect(
          plugin.context.index
            .resolve()
            .people.map((p) => p.name)
            .sort(),
        ).toHaveLength(4),
      { timeout: 3000 },
    );
    expect(proposal.textContent).toContain('Applied: Goodwill reads your notes again with these settings.');
  });

  it('a vault read as empty: the view shows the findings and one button; applying it brings the people in', async () => {
    const { plugin } = await loadPlugin(tagsOnly, TODAY);
    const view = await openView(plugin);
    await view.doctorShown;
    const el = view.contentEl;
    const panel = el.querySelector('.goodwill-doctor-panel')!;
    expect(panel.querySelector('h4')!.textContent).toBe('How your notes are read');
    expect(panel.textContent).toContain('Goodwill found no people in your notes.');
    expect(panel.textContent).toContain('6 dated notes in "1-1s", whose name says they are meetings');
    expect(el.querySelector('.goodwill-first-run')).not.toBeNull();
    const buttons = [...panel.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Apply these settings']);
    (buttons[0] as HTMLButtonElement).click();
    await until(() => isReady(plugin) && view.contentEl.querySelector('.goodwill-doctor-panel') === null, 'the view read again');
    expect(view.contentEl.querySelector('.goodwill-first-run')).toBeNull();
    expect(
      plugin.context.index
        .resolve()
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(['Ana Ruiz', 'David Cho', 'Kofi Mensah', 'Lucia Ferreira']);
  });

  it('people and not a single touch: the view says so above its sections, with the findings', async () => {
    const { plugin } = await loadPlugin(
      {
        'People/Ana Ruiz.md': '---\ntype: person\n---\n',
        'Daily/2026-11-18.md': 'Lunch with [[Ana Ruiz]] today.\n',
        'Daily/2026-11-19.md': 'Talked to [[Ana Ruiz]] about pricing.\n',
      },
      TODAY,
    );
    const view = await openView(plugin);
    await view.doctorShown;
    const panel = view.contentEl.querySelector('.goodwill-doctor-panel')!;
    expect(panel.textContent).toContain('Goodwill found people, but not a single touch with any of them.');
    expect(panel.textContent).toContain('2 of 2 dated notes that link people do so only in prose');
    expect(view.contentEl.querySelector('.goodwill-followups')).not.toBeNull();
    (panel.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(plugin.settings.mentionsAreTouches).toBe(true));
    await vi.waitFor(() => expect(view.contentEl.querySelector('.goodwill-doctor-panel')).toBeNull(), { timeout: 3000 });
  });

  it('a person known only by a tag: no Snooze, and the name offers to create the note', async () => {
    const { plugin } = await loadPlugin({ ...tagsOnly, '.obsidian/core-plugins.json': '{ "daily-notes": true }' }, TODAY, {
      personTagPrefix: 'people/',
      defaultCadence: '1w',
    });
    const view = await openView(plugin);
    const row = [...view.contentEl.querySelectorAll('.goodwill-followups li')].find((li) => li.textContent?.includes('Ana Ruiz'))!;
    const name = row.querySelector('.goodwill-person')!;
    expect(name.getAttribute('aria-label')).toBe('Ana Ruiz has no note yet: create one');
    expect(texts(row as HTMLElement, 'button.goodwill-action')).toEqual(['Touch']);
    const created = vi.spyOn(plugin.features.newNotes, 'newPerson').mockResolvedValue(null);
    (name as HTMLElement).click();
    expect(created).toHaveBeenCalledWith('Ana Ruiz');
  });
});
