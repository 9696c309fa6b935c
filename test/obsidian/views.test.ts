import { describe, expect, it, vi } from 'vitest';
import { VIEW_TYPE } from '../../src/obsidian/workspace';
import { filesOf, loadPlugin, read, settle } from './harness';
import { command, openView, renderBlock } from './plugin-surfaces';
import { followUpsOf, introductionsOf } from '../../src/obsidian/answers';

/** Today's note in the example vault, placed and started from its template by its daily-notes settings. */
const TODAY_NOTE = 'Daily/2026-11-25.md';
const TODAY_TEMPLATE = '# Wednesday, November 25\n\n## Log\n';

const vault = filesOf('example-vault');

describe('the sidebar view', () => {
  it('shows follow-ups grouped by urgency, the balance with bars, and introductions', async () => {
    const { plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const el = view.contentEl;
    const groups = [...el.querySelectorAll('details.goodwill-group > summary')].map((s) => s.textContent);
    expect(groups).toEqual(['Overdue (7)', 'Today (2)', 'Next 7 days (7)', 'Later (5)']);
    const first = el.querySelector('.goodwill-group-overdue li')!;
    expect(first.querySelector('.goodwill-due')!.textContent).toBe('2026-11-01');
    expect(first.querySelector('.goodwill-person')!.textContent).toBe('Noah Park');
    expect(first.querySelector('.goodwill-text')!.textContent).toBe('Reconnect (monthly; last contact 2026-10-01)');
    const statuses = [...el.querySelectorAll('.goodwill-balance .goodwill-status-label')].map((s) => s.textContent);
    expect(statuses.slice(0, 4)).toEqual(['overdrawn', 'overdrawn', 'one-way', 'in-credit']);
    expect(el.querySelectorAll('.goodwill-balance svg.goodwill-bar')).toHaveLength(statuses.length);
    expect(el.querySelector('.goodwill-intro-title')!.textContent).toBe('Alice Chen ↔ Bob Diaz · score 5');
  });

  it('names the group after today for the horizon it spans', async () => {
    const { plugin } = await loadPlugin(vault, '2026-11-25', { horizonDays: 14 });
    const el = (await openView(plugin)).contentEl;
    const groups = [...el.querySelectorAll('details.goodwill-group > summary')].map((s) => s.textContent);
    expect(groups).toEqual(['Overdue (7)', 'Today (2)', 'Next 14 days (9)', 'Later (3)']);
  });

  it('names each kind of follow-up in words, never by its slug', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = (await openView(plugin)).contentEl;
    const shown = [...el.querySelectorAll('.goodwill-followups li.goodwill-row')].map((li) => [
      li.getAttribute('data-kind'),
      li.querySelector('.goodwill-kind')!.textContent,
    ]);
    // Every kind shows in the example vault, each in its own words.
    expect(Object.fromEntries(shown)).toEqual({
      promise: 'Your promise',
      nudge: 'Nudge',
      thanks: 'Say thank you',
      'first-follow-up': 'Follow up after meeting',
      reconnect: 'Reconnect',
      birthday: 'Birthday',
    });
  });

  it('every row action is a focusable link or button with a label', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = (await openView(plugin)).contentEl;
    for (const a of el.querySelectorAll('a.goodwill-link')) expect(a.getAttribute('href')).toBe('#');
    const buttons = [...el.querySelectorAll('button.goodwill-action')];
    expect(buttons.length).toBeGreaterThan(20);
    for (const b of buttons) expect(b.getAttribute('aria-label')).toBeTruthy();
    // A label is read aloud: it names people, never the note's link markup.
    const labels = [...el.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')!);
    expect(labels.filter((l) => /\[\[|\]\]/.test(l))).toEqual([]);
    expect(labels).toContain('Mark done: Dan Foster the case study deck by next Friday');
  });

  it('the status bar item is a button reached with Tab that opens the view with Enter or Space', async () => {
    for (const key of ['Enter', ' ']) {
      const { plugin } = await loadPlugin(vault);
      const item = (plugin as unknown as { statusBarItems__: HTMLElement[] }).statusBarItems__[0];
      expect([item.getAttribute('role'), item.getAttribute('tabindex'), item.getAttribute('aria-label')]).toEqual([
        'button',
        '0',
        'Open the sidebar view',
      ]);
      expect(plugin.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
      item.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await vi.waitFor(() => expect(plugin.app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
    }
  });

  it('the Done button closes the line and the row leaves the view', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const button = [...view.contentEl.querySelectorAll('button.goodwill-action')].find(
      (b) => b.getAttribute('aria-label') === 'Mark done: Dan Foster the case study deck by next Friday',
    ) as HTMLButtonElement;
    button.click();
    await settle(600);
    expect(await read(app, 'Meetings/2026-11-04 Dan pricing session.md')).toContain(
      '- owe:: [[Dan Foster]] the case study deck by next Friday ✅ 2026-11-25\n',
    );
    expect(view.contentEl.textContent).not.toContain('the case study deck');
  });

  it('a vault with no people shows a first-run guide', async () => {
    const { plugin } = await loadPlugin({ 'Welcome.md': '# Hello' });
    const el = (await openView(plugin)).contentEl;
    const guide = el.querySelector('.goodwill-first-run')!;
    // Normal text, not the muted small print of an empty list.
    expect(guide.classList.contains('goodwill-empty')).toBe(false);
    expect([...guide.querySelectorAll('pre > code')].map((c) => c.textContent)).toEqual([
      '---\ntype: person\n---',
      '- give:: [[Alice]] intro to [[Bob]] #intro',
      '- owe:: [[Dan]] the deck by next Tuesday',
      '- Coffee with [[Alice]]',
    ]);
    expect([...guide.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy', 'Copy', 'Copy', 'Copy', 'New person note']);
    const newPerson = vi.spyOn(plugin.features.newNotes, 'newPerson').mockResolvedValue(null);
    [...guide.querySelectorAll('button')].find((b) => b.textContent === 'New person note')!.click();
    expect(newPerson).toHaveBeenCalledOnce();
  });

  it('hostile names are rendered as text, never as markup', async () => {
    const { plugin } = await loadPlugin({
      'People/x.md': '---\ntype: person\nname: "<img src=x onerror=alert(1)>"\n---\n',
      'Daily/2026-11-20.md': '- owe:: [[x]] <b>bold</b> <script>alert(2)</script>\n',
    });
    const el = (await openView(plugin)).contentEl;
    expect(el.querySelector('img, b, script')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    const block = renderBlock(plugin, 'followups');
    expect(block.querySelector('img, b, script')).toBeNull();
    expect(block.textContent).toContain('<script>alert(2)</script>');
  });
});

describe('goodwill code blocks', () => {
  it('render the answer and re-render when a note changes', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'balance where status is overdrawn');
    expect([...el.querySelectorAll('.goodwill-person')].map((a) => a.textContent)).toEqual(['Henry Jones', 'Priya Shah']);
    const file = app.vault.getFileByPath('Daily/2026-11-24.md')!;
    await app.vault.process(
      file,
      (t) => `${t}- ask:: [[Frank Hughes]] intro to his biggest client #intro\n- ask:: [[Frank Hughes]] another intro #intro\n`,
    );
    await settle(600);
    expect([...el.querySelectorAll('.goodwill-person')].map((a) => a.textContent)).toEqual(['Henry Jones', 'Priya Shah', 'Frank Hughes']);
  });

  it('re-render when the day changes, though no note did: after midnight a block answers for the new day', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'followups');
    const people = () => [...el.querySelectorAll('li.goodwill-row')].map((li) => li.querySelector('a')?.textContent);
    expect(people()).toContain('Kate Moreno'); // her birthday, 2026-11-30
    vi.setSystemTime(new Date(2026, 11, 5, 12));
    await settle(60_000); // the clock looks at the day once a minute
    expect(people()).not.toContain('Kate Moreno');
  });

  it('provenance draws who introduced whom, and lists the top introducers', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'provenance [[Alice Chen]]');
    expect([...el.querySelectorAll('.goodwill-graph .goodwill-graph-node')].map((t) => t.textContent)).toEqual(['Alice Chen', 'Grace Ito']);
    expect(el.textContent).toContain('$4,000');
    const all = renderBlock(plugin, 'provenance');
    expect([...all.querySelectorAll('tr td:first-child')].map((td) => td.textContent)).toEqual(['Alice Chen']);
  });

  it('a query with an error shows the error and where it is', async () => {
    const { plugin } = await loadPlugin(vault);
    const el = renderBlock(plugin, 'balance where status is broke');
    expect(el.querySelector('.goodwill-error')!.textContent).toBe(
      'Goodwill query error at line 1, column 25: expected a status: overdrawn, one-way, in-credit, even',
    );
    // Found while running, an error says where it is too, and names the person as written.
    expect(renderBlock(plugin, 'person [[Nobody Known]]').querySelector('.goodwill-error')!.textContent).toBe(
      'Goodwill query error at line 1, column 8: no person called "Nobody Known"',
    );
  });
});

describe('commands', () => {
  it('mark-done-at-cursor closes the open line under the cursor, and is not offered elsewhere', async () => {
    const { app, plugin } = await loadPlugin({
      'People/Dan.md': '---\ntype: person\n---\n',
      'Daily/2026-11-20.md': '# Day\n- owe:: [[Dan]] the deck\n- Met [[Dan]]\n',
    });
    const file = app.vault.getFileByPath('Daily/2026-11-20.md')!;
    const cmd = command(plugin, 'mark-done-at-cursor');
    const at = (line: number) => ({ getCursor: () => ({ line, ch: 0 }) }) as never;
    expect(cmd.editorCheckCallback!(true, at(2), { file } as never)).toBe(false);
    expect(cmd.editorCheckCallback!(true, at(1), { file } as never)).toBe(true);
    cmd.editorCheckCallback!(false, at(1), { file } as never);
    await settle(100);
    expect(await read(app, 'Daily/2026-11-20.md')).toBe('# Day\n- owe:: [[Dan]] the deck ✅ 2026-11-25\n- Met [[Dan]]\n');
  });

  it('an introduction draft note holds both names and the reasons; marking it made logs it for both', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const candidate = introductionsOf(plugin.context)[0];
    const file = await plugin.features.introductions.createIntroNote(candidate);
    const text = await read(app, file!.path);
    expect(file!.path).toBe('Introductions/2026-11-25 Alice Chen and Bob Diaz.md');
    expect(text).toContain('a: "[[Alice Chen]]"');
    expect(text).toContain('state: proposed');
    expect(text).toContain('- Alice Chen needs a brand designer; Bob Diaz offers brand design');
    expect(text).toContain('Hi Alice and Bob,');
    await plugin.features.introductions.markIntroMade(candidate.a, candidate.b);
    expect(await read(app, TODAY_NOTE)).toBe(`${TODAY_TEMPLATE}- Introduced [[Alice Chen]] to [[Bob Diaz]] #intro\n`);
    await settle(600);
    expect(introductionsOf(plugin.context).some((c) => c.a.name === 'Alice Chen' && c.b.name === 'Bob Diaz')).toBe(false);
  });

  it('a new one-to-one meeting note goes into the meeting folder and counts as a touch', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Dan.md': '---\ntype: person\n---\n' });
    const dan = plugin.context.index.resolve().people[0];
    const file = await plugin.features.newNotes.newMeeting(dan);
    expect(file!.path).toBe('Meetings/2026-11-25 Meeting with Dan.md');
    expect(await read(app, file!.path)).toContain('attendees: ["[[Dan]]"]');
    await settle(600);
    expect(
      plugin.context.index
        .resolve()
        .ledger(dan)
        .map((e) => e.type),
    ).toEqual(['meeting']);
  });

  it('exports follow-ups to an .ics file in the vault, and a second export replaces it', async () => {
    const { app, plugin } = await loadPlugin(vault);
    await plugin.features.calendarExport.exportCalendar();
    const first = await read(app, 'Goodwill follow-ups.ics');
    expect(first.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(first.split('BEGIN:VEVENT').length - 1).toBe(followUpsOf(plugin.context, true).length);
    await plugin.features.calendarExport.exportCalendar();
    expect(await read(app, 'Goodwill follow-ups.ics')).toBe(first);
  });

  it('with the setting icsAlarm, each exported event rings at that time on its day; empty is no alarm', async () => {
    const { app, plugin } = await loadPlugin(vault, '2026-11-25', { icsAlarm: '08:30' });
    await plugin.features.calendarExport.exportCalendar();
    const text = await read(app, 'Goodwill follow-ups.ics');
    const events = text.split('BEGIN:VEVENT').length - 1;
    expect(events).toBeGreaterThan(0);
    expect(text.split('BEGIN:VALARM\r\nACTION:DISPLAY\r\n').length - 1).toBe(events);
    expect(text.split('TRIGGER;RELATED=START:PT8H30M\r\n').length - 1).toBe(events);
    await plugin.saveSettings({ ...plugin.settings, icsAlarm: '' });
    await plugin.features.calendarExport.exportCalendar();
    expect(await read(app, 'Goodwill follow-ups.ics')).not.toContain('VALARM');
  });

  it("writes today's digest into the daily note once, replacing it when written again", async () => {
    const { app, plugin } = await loadPlugin(vault);
    await plugin.features.logging.appendLog('met', plugin.context.index.resolve().people[0], '');
    await plugin.features.digest.writeDigest();
    const first = await read(app, TODAY_NOTE);
    expect(first.startsWith(`${TODAY_TEMPLATE}- met:: [[Alice Chen]]\n\n## Goodwill digest 2026-11-25\n`)).toBe(true);
    expect(first).toContain('### Promises due');
    await plugin.features.digest.writeDigest();
    expect((await read(app, TODAY_NOTE)).split('## Goodwill digest').length).toBe(2);
  });

  it('with "digest on first open", the digest is written when the vault opens', async () => {
    const { app } = await loadPlugin(vault, '2026-11-25', { digestOnFirstOpen: true });
    await settle(200);
    expect(await read(app, TODAY_NOTE)).toContain('## Goodwill digest 2026-11-25');
  });

  it('one-line capture appends a well-formed line to the daily note', async () => {
    const { app, plugin } = await loadPlugin(vault);
    expect(await plugin.features.logging.capture('gave Alice an intro to Bob Diaz yesterday')).toBe(
      '- 2026-11-24 give:: [[Alice Chen]] an intro to [[Bob Diaz]]',
    );
    expect(await read(app, TODAY_NOTE)).toBe(`${TODAY_TEMPLATE}- 2026-11-24 give:: [[Alice Chen]] an intro to [[Bob Diaz]]\n`);
  });

  it('imports contacts from a vCard in the vault: a dry-run plan first, then notes, no duplicates', async () => {
    const { readFileSync } = await import('node:fs');
    const { app, plugin } = await loadPlugin({ ...vault, 'Imports/apple.vcf': readFileSync('test/fixtures/contacts/apple.vcf', 'utf8') });
    const plan = await plugin.features.contactImport.planContactImport(app.vault.getFileByPath('Imports/apple.vcf')! as never);
    // Alice Chen is in the vault with another email: the same name with two emails is two people.
    expect(plan.create.map((c) => c.path)).toEqual(['People/Alice Chen 2.md']);
    expect(plan.clashes).toHaveLength(1);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['already in the vault as People/Olivia Quinn.md']);
    const { app: app2, plugin: plugin2 } = await loadPlugin({
      'Imports/outlook.vcf': readFileSync('test/fixtures/contacts/outlook.vcf', 'utf8'),
    });
    const plan2 = await plugin2.features.contactImport.planContactImport(app2.vault.getFileByPath('Imports/outlook.vcf')! as never);
    expect(app2.vault.getFileByPath('People/Dan Foster.md')).toBeNull();
    expect(await plugin2.features.contactImport.importContacts(plan2)).toBe(2);
    expect(await read(app2, 'People/Jürgen Müller.md')).toContain('name: "Jürgen Müller"');
  });

  it('an introduction draft walks from proposed to made; made logs a give to both', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const c = introductionsOf(plugin.context)[0];
    const file = await plugin.features.introductions.createIntroNote(c);
    await settle(600);
    const path = file!.path;
    expect(await read(app, path)).toContain('## Ask Alice Chen (private)');
    expect(await read(app, path)).toContain('You mentioned you are looking for a brand designer; Bob Diaz offers brand design.');
    for (const step of ['asked-a', 'asked-b', 'made']) {
      expect(await plugin.features.introductions.advanceIntroduction(path)).toBe(step);
      await settle(600);
    }
    const text = await read(app, path);
    expect(text).toContain('state: made');
    expect(text).toContain('asked-a: 2026-11-25');
    expect(text).toContain('made: 2026-11-25');
    expect(await read(app, TODAY_NOTE)).toBe(`${TODAY_TEMPLATE}- Introduced [[Alice Chen]] to [[Bob Diaz]] #intro\n`);
  });
});
