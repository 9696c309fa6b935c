import { describe, expect, it } from 'vitest';
import { digest } from '../../src/core/answers/digest';
import { day } from '../helpers/vault';
import { filesOf, loadPlugin } from './harness';
import { openView, renderBlock, texts } from './plugin-surfaces';

/** The example vault, with an organisation note no one links yet and a lunch today with two people. */
const vault = {
  ...filesOf('example-vault'),
  'Organisations/Globex.md': '---\ntype: company\n---\n# Globex\n',
  'Organisations/Tidewater Labs.md': '---\ntype: organisation\naliases: [Tidewater]\n---\n# Tidewater Labs\n',
  'Meetings/2026-11-25 Lunch.md': '---\ntype: meeting\ndate: 2026-11-25\nattendees: ["[[Bob Diaz]]", "[[Eve Garcia]]"]\n---\n# Lunch\n',
};

describe('organisations in Obsidian', () => {
  it('an org block shows the organisation, its people with stage and last contact, the balance and the warmest contact', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'org [[Globex]]');
    expect(texts(el, '.goodwill-org .goodwill-row-head')).toEqual(['Globexbalance -2']);
    expect(el.querySelector('.goodwill-org-name')!.tagName).toBe('A');
    expect(texts(el, '.goodwill-org-people th')).toEqual(['Person', 'Stage', 'Last contact']);
    expect(texts(el, '.goodwill-org-people tbody td')).toEqual(['Carol Evans', 'known', '2026-11-23']);
    expect(texts(el, '.goodwill-org-warmest')).toEqual(['Warmest contact: Carol Evans']);
  });

  it('an organisation note no one links shows with no people; an unknown one is an error', async () => {
    const { plugin } = await loadPlugin(vault);
    const empty = renderBlock(plugin, 'org [[Tidewater]]');
    expect(texts(empty, '.goodwill-org-name')).toEqual(['Tidewater Labs']);
    expect(texts(empty, '.goodwill-org .goodwill-empty')).toEqual(['No people yet.']);
    expect(texts(empty, '.goodwill-org-warmest')).toEqual(['No warm contact yet.']);
    expect(texts(renderBlock(plugin, 'org [[Initrode]]'), '.goodwill-error')).toEqual([
      'Goodwill query error at line 1, column 5: no organisation called "Initrode"',
    ]);
  });

  it('the digest block shows the one-line briefs the digest writes', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'digest');
    const { index, settings } = plugin.context;
    const today = day('2026-11-25');
    const written = digest(index.resolve(), settings, today, index.notesOn(today));
    expect(written.briefs.map((b) => b.person.name)).toEqual(['Bob Diaz', 'Eve Garcia']);
    expect(texts(el, 'h5')[0]).toBe('Briefs for today');
    expect(texts(el, '.goodwill-digest-briefs li')).toEqual(written.briefs.map((b) => `${b.person.name}: ${b.text}`));
  });

  it('the view has an Organisations section, collapsed until its button opens it', async () => {
    const { plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const section = view.contentEl.querySelector('.goodwill-organisations')!;
    const button = section.querySelector('button.goodwill-disclosure') as HTMLButtonElement;
    const body = section.querySelector('.goodwill-organisations-body') as HTMLElement;
    expect(button.textContent).toBe('Organisations');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(body.id);
    expect(body.hidden).toBe(true);
    expect(body.childElementCount).toBe(0);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    const names = texts(body, '.goodwill-org-name');
    expect(names).toContain('Globex');
    expect(names).toContain('Tidewater Labs');
    expect(names.indexOf('B2B startups')).toBeGreaterThan(names.indexOf('Umbrella Health'));
    // Drawn again (the index or the day changed), the section stays open.
    await view.onOpen();
    const again = view.contentEl.querySelector('.goodwill-organisations button.goodwill-disclosure') as HTMLButtonElement;
    expect(again).not.toBe(button);
    expect(again.getAttribute('aria-expanded')).toBe('true');
    again.click();
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect((view.contentEl.querySelector('.goodwill-organisations-body') as HTMLElement).hidden).toBe(true);
  });
});
