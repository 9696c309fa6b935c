import fc from 'fast-check';
import type { CachedMetadata, TFile } from 'obsidian';
import { describe, expect, it } from 'vitest';
// The parser behind the mock's metadata cache, called on one text without building a vault.
import { parseMarkdownContent } from '../../node_modules/obsidian-test-mocks/dist/lib/esm/internal/markdown-parser.mjs';
import { DateResolver } from '../../src/core/language/dates';
import { dailyNoteFormat } from '../../src/core/model/daily-notes';
import { resolveSettings } from '../../src/core/model/settings';
import { mayConcernPeople } from '../../src/core/read/note-outline';
import { readNote } from '../../src/core/read/note-records';
import { noteInput, noteOutline } from '../../src/obsidian/vault-source';
import { concernsPeople } from '../helpers/concerns-people';

/**
 * The pruning rule on generated notes: whatever a note holds, when its
 * metadata cache entry says it need not be read, the reader finds nothing in
 * it that concerns a person. Notes are made of the pieces the reader and the
 * rule look at (marks, folders, dates in names, fields, sentences, labels,
 * headings, tags, links of each kind, code, comments, quotes, tables).
 *
 * Left out: a link or tag inside inline code (`` `[[Ana]]` ``), which
 * Obsidian does not list and the reader reads (see the README).
 */
const FOLDERS = ['', 'People/', 'Meetings/', 'Notes/', 'Daily/', 'Orgs/'];
const NAMES = ['Ana Ruiz', '2026-11-20', '2026-11-20 Sync', 'Reading list', '20 Nov 2026', 'Acme'];

/** Frontmatter values by key; a note takes at most one of each (YAML refuses a key twice). */
const FRONTMATTER: Record<string, string[]> = {
  type: ['person', 'meeting', 'introduction\na: "[[Ana]]"\nb: "[[Bo]]"', 'organization', 'project'],
  categories: ['"[[People]]"', '"[[Meetings]]"'],
  date: ['2026-11-20', 'someday'],
  attendees: ['Ana, Bo', '"[[Ana]]"'],
  with: ['"[[Ana]]"'],
  tags: ['[person]', '[people/ana-ruiz]', 'reading, misc'],
  status: ['open'],
};

const LINES = [
  '# Ana Ruiz',
  '## Attendees',
  '## Notes',
  '### With',
  '**Attendees:** Ana, Bo',
  '- **With:** Ana',
  '> **Attendees:** Ana',
  'Ana',
  '- Bo Lind',
  'Plain text about the market.',
  '- Plain item about pricing.',
  '- Met [[Ana]] for coffee',
  '- Had lunch with Ana',
  '- [ ] Call Ana about the deck',
  '- [x] Send [[Bo]] the notes ✅ 2026-11-21',
  'give:: [[Ana]] a book',
  'give:: Ana a book',
  '- ask:: [[Bo]] feedback 📅 2026-12-01',
  '- 2026-11-20 Lunch with [[Bo]]',
  '- 2026-11-20 owe:: Ana the slides',
  'Thanks to [[Ana]] for the tip [thanks:: [[Ana]]].',
  'See [the deck](Deck.md) and [[Project X]].',
  '[Ana](People/Ana%20Ruiz.md) called.',
  '[site](https://example.com) has news.',
  '![[photo.png]]',
  '![chart](chart.png)',
  '> Quote with [[Ana]]',
  '> [!note] Callout about pricing',
  '| a | b |\n| - | - |\n| Ana | [[Bo]] |',
  '#person',
  'Met her at the fair #contact',
  '#people/ana-ruiz joined',
  '#people/',
  '#reading list',
  '%% #person [[Ana]] %%',
  '%%\n- Met [[Ana]]\n%%',
  '---',
  '- [[Ana]], [[Bo]]',
  'met:: [[Ana]]',
  '<div>[[Ana]]</div>',
];

/** A fenced code block, with the blank lines Obsidian's parser ends a paragraph with. */
const CODE = ['\n```\n#person [[Ana]]\n- Met [[Ana]]\n```\n', '\n~~~\n**Attendees:** Ana\n~~~\n'];

const note = fc.record({
  folder: fc.constantFrom(...FOLDERS),
  name: fc.constantFrom(...NAMES),
  frontmatter: fc.tuple(
    ...Object.entries(FRONTMATTER).map(([key, values]) =>
      fc.option(
        fc.constantFrom(...values).map((v) => `${key}: ${v}`),
        { freq: 3, nil: null },
      ),
    ),
  ),
  body: fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.constantFrom(...CODE) }), {
    maxLength: 6,
  }),
  blankLines: fc.boolean(),
});

const SETTINGS = [
  resolveSettings({}),
  resolveSettings({ mentionsAreTouches: true, personTagPrefix: 'people/', orgTypes: ['organization'] }),
];
const DATINGS = [null, dailyNoteFormat({ from: 'daily-notes', folder: 'Daily', format: 'D MMM YYYY', template: '' })];

describe('the pruning rule', () => {
  it('never skips a note whose records concern a person', () => {
    fc.assert(
      fc.property(note, fc.constantFrom(0, 1), fc.constantFrom(0, 1), (n, s, d) => {
        const settings = SETTINGS[s];
        const dating = DATINGS[d];
        const keys = n.frontmatter.filter((line) => line !== null);
        const fm = keys.length > 0 ? `---\n${keys.join('\n')}\n---\n` : '';
        const text = fm + n.body.join(n.blankLines ? '\n\n' : '\n');
        const file = { path: `${n.folder}${n.name}.md`, stat: { size: text.length } } as TFile;
        const cache = parseMarkdownContent(text) as CachedMetadata;
        if (mayConcernPeople(noteOutline(file, cache), settings, dating)) return;
        const records = readNote(noteInput(file, text, cache), settings, new DateResolver(settings.language), dating);
        expect(concernsPeople(records), text).toBe(false);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('skips a note that names no one', () => {
    const text = '# Reading list\n\n- Thinking, Fast and Slow\n- [site](https://example.com)\n';
    const file = { path: 'Notes/Reading list.md', stat: { size: text.length } } as TFile;
    expect(mayConcernPeople(noteOutline(file, parseMarkdownContent(text) as CachedMetadata), SETTINGS[0], null)).toBe(false);
  });
});
