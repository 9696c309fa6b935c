import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { digest, digestMarkdown } from '../../../src/core/answers/digest';
import { followUps } from '../../../src/core/answers/followups';
import { followUpsCalendar } from '../../../src/core/formats/ics';
import { touchDays } from '../../../src/core/index/ledger-facts';
import { isPersonTag, nameFromTag } from '../../../src/core/read/tag-people';
import { answers, day, indexOf } from '../../helpers/vault';

const TODAY = '2026-11-25';
const TAGS = { personTagPrefix: 'people/' };

describe('the name a person tag gives', () => {
  it.each([
    ['people/ana-ruiz', 'Ana Ruiz'],
    ['people/ana_ruiz', 'Ana Ruiz'],
    ['people/AnaRuiz', 'Ana Ruiz'],
    ['people/anaRuiz', 'Ana Ruiz'],
    ['people/mary-jane_watson', 'Mary Jane Watson'],
    ['people/JSONBourne', 'JSON Bourne'],
    ['crm/people/kofi--mensah', 'Kofi Mensah'],
    ['people/zoë-ångström', 'Zoë Ångström'],
    ['people/李-雷', '李 雷'],
    ['people/r2d2', 'R2d2'],
    ['people/---', null],
    ['people/', null],
  ])('%s is %s', (tag, name) => {
    expect(nameFromTag(tag)).toBe(name);
  });

  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

  it('words joined by - or _ come back capitalised, one space between', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('-', '_', '--', '-_'), (words, sep) => {
        expect(nameFromTag(`people/${words.join(sep)}`)).toBe(words.map(capital).join(' '));
      }),
    );
  });

  it('camelCase and PascalCase split where a capital follows a small letter or digit', () => {
    // One capital letter alone is read as part of an acronym (JSONBourne): words of two letters or more.
    const lower = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(lower, { minLength: 1, maxLength: 5 }), fc.boolean(), (words, pascal) => {
        const joined = words.map((w, i) => (i === 0 && !pascal ? w : capital(w))).join('');
        expect(nameFromTag(`people/${joined}`)).toBe(words.map(capital).join(' '));
      }),
    );
  });

  it('whatever the tag: only its last segment counts, no separator is left, and the name read as a tag again is the same name', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', 'B', 'c', 'D', '1', '-', '_', 'é', 'Ö', 'ß', '李'), maxLength: 14 });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), segment, (parents, last) => {
        const name = nameFromTag([...parents, last].join('/'));
        expect(name).toBe(nameFromTag(last));
        if (name === null) {
          expect(last.replace(/[-_]/g, '')).toBe('');
          return;
        }
        expect(name).not.toMatch(/[-_/]|^ | $| {2}/);
        expect(nameFromTag(`people/${name.replace(/ /g, '-')}`)).toBe(name);
      }),
    );
  });

  it('a person tag lies below the prefix, whatever its case, and names someone', () => {
    expect(isPersonTag('People/Ana-Ruiz', 'people/')).toBe(true);
    expect(isPersonTag('people', 'people/')).toBe(false);
    expect(isPersonTag('people/', 'people/')).toBe(false);
    expect(isPersonTag('people/-', 'people/')).toBe(false);
    expect(isPersonTag('peoples/ana', 'people/')).toBe(false);
  });
});

describe('people who exist only as tags (personTagPrefix)', () => {
  const files = {
    '1-1s/2026-10-15 Ana.md': '---\ntags:\n  - 1-1\n  - people/ana-ruiz\n---\n# Ana\n',
    '1-1s/2026-11-12 Ana.md': '#1-1 #People/AnaRuiz\n\nPricing follow-up.\n',
    'Meetings/2026-11-17 Dinner.md': '---\ntags: [meeting]\n---\nWith #people/ana-ruiz and #people/kofi-mensah.\n',
    'Notes/Reading list.md': '- recommended by #people/kofi-mensah\n',
  };

  it('each tag below the prefix is a person, named from it; each dated note with the tag is a touch', () => {
    const a = answers(files, TODAY, { ...TAGS, meetingFolders: ['1-1s'] });
    const network = a.index.resolve();
    const rows = [...network.ledgers.values()].map(({ person, entries }) => {
      const touches = new Set(touchDays(entries, day(TODAY))).size;
      const oneToOnes = entries.filter((e) => e.oneToOne).length;
      return `${person.name} ${touches} ${oneToOnes}`;
    });
    expect(rows.sort()).toEqual(['Ana Ruiz 3 2', 'Kofi Mensah 1 0']);
    expect(a.check()).toEqual([]);
  });

  it('is off by default: #people/ana-ruiz is not #people', () => {
    expect(answers(files, TODAY).people()).toEqual([]);
  });

  it('a person without a note has null files in the rows, and a reconnect from no note', () => {
    const a = answers(files, TODAY, { ...TAGS, defaultCadence: '2w' });
    expect(a.people().map((r) => [r.name, r.file])).toEqual([
      ['Ana Ruiz', null],
      ['Kofi Mensah', null],
    ]);
    expect(a.followups(true).filter((f) => f.kind === 'reconnect')).toEqual([
      {
        person: 'Ana Ruiz',
        kind: 'reconnect',
        due: '2026-12-01',
        text: 'Reconnect (every 2 weeks; last contact 2026-11-17)',
        file: null,
        line: null,
        personFile: null,
      },
      {
        person: 'Kofi Mensah',
        kind: 'reconnect',
        due: '2026-12-01',
        text: 'Reconnect (every 2 weeks; last contact 2026-11-17)',
        file: null,
        line: null,
        personFile: null,
      },
    ]);
  });

  it('their reconnect is an event with no note to open, and a digest line with no link to one', () => {
    const a = answers(files, TODAY, { ...TAGS, defaultCadence: '1w' });
    const network = a.index.resolve();
    const ics = followUpsCalendar(followUps(network, a.index.settings, day(TODAY)), 'Vault', day(TODAY));
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Follow up (reconnect): Ana Ruiz'))!;
    expect(event).toContain('DESCRIPTION:Reconnect (weekly\\; last contact 2026-11-17)\r\n');
    expect(event).not.toContain('URL:');
    const markdown = digestMarkdown(digest(network, a.index.settings, day(TODAY)));
    expect(markdown).toContain('- [[Ana Ruiz]]: Reconnect (weekly; last contact 2026-11-17) (due 2026-11-24)\n');
  });

  it('joins the person note named as the tag is, and the person note it is on', () => {
    const a = answers(
      {
        ...files,
        'People/Ana Ruiz.md': '---\ntype: person\n---\n',
        'People/K. Mensah.md': '---\ntype: person\ntags: [people/kofi-mensah]\n---\n',
      },
      TODAY,
      TAGS,
    );
    expect(a.people().map((r) => `${r.name} ${r.file} ${r.lastContact}`)).toEqual([
      'Ana Ruiz People/Ana Ruiz.md 2026-11-17',
      'K. Mensah People/K. Mensah.md 2026-11-17',
    ]);
  });

  it('a line may link a person without a note by name', () => {
    const a = answers({ ...files, 'Daily/2026-11-20.md': '- give:: [[Ana Ruiz]] the pricing teardown\n' }, TODAY, TAGS);
    expect(a.balance().map((b) => [b.person, b.given, b.personFile])).toEqual([['Ana Ruiz', 1, null]]);
  });

  it('an index kept up to date note by note answers as one built afresh, as tags come and go', () => {
    const settings = { ...TAGS, meetingFolders: ['1-1s'] };
    const index = indexOf(files, settings);
    index.resolve();
    const steps: [string, string | null][] = [
      ['Daily/2026-11-20.md', 'Lunch with #people/lucia-ferreira'],
      ['Meetings/2026-11-17 Dinner.md', 'With #people/ana-ruiz only.'],
      ['1-1s/2026-11-12 Ana.md', null],
      ['People/Lucia Ferreira.md', '---\ntype: person\n---\n'],
    ];
    const current: Record<string, string> = { ...files };
    for (const [path, text] of steps) {
      if (text === null) {
        index.remove(path);
        delete current[path];
      } else {
        index.upsert(noteFromText(path, text));
        current[path] = text;
      }
      const fresh = answers(current, TODAY, settings);
      const network = index.resolve();
      const summary = (n: typeof network) =>
        [...n.ledgers.values()].map((l) => `${l.person.name} ${l.person.path} ${l.entries.map((e) => e.file).join(',')}`).sort();
      expect(summary(network)).toEqual(summary(fresh.index.resolve()));
    }
  });
});

describe('mentionsAreTouches', () => {
  const files = {
    'People/Priya.md': '---\ntype: person\n---\n',
    'People/Tom.md': '---\ntype: person\n---\n',
    'Projects/Launch.md': '# Launch\n',
    'Daily/2026-11-20.md': [
      'Coffee with [[Priya]] this morning; she mentioned [[Launch]].',
      '',
      '## Goodwill digest 2026-11-20',
      '- [[Tom]]: Reconnect',
      '',
      '## Later',
      '- give:: [[Tom]]',
      '> [!goodwill] Brief on [[Tom]]',
    ].join('\n'),
    'Notes/Undated.md': 'Talked about [[Tom]] again.\n',
  };

  it('off by default: a link in prose is no touch', () => {
    expect(
      answers(files, TODAY)
        .people()
        .map((r) => `${r.name} ${r.lastContact}`),
    ).toEqual(['Priya null', 'Tom null']);
  });

  it("on: a person linked anywhere in a dated note is touched that day, but not in Goodwill's own text", () => {
    const a = answers(files, TODAY, { mentionsAreTouches: true });
    expect(a.people().map((r) => `${r.name} ${r.lastContact}`)).toEqual(['Priya 2026-11-20', 'Tom null']);
    const [entry] = a.index.resolve().ledger(a.index.resolve().directory.byPath('People/Priya.md')!);
    expect([entry.type, entry.text, entry.file, entry.line]).toEqual(['touch', 'Mentioned in 2026-11-20', 'Daily/2026-11-20.md', 1]);
  });

  it('a person an interaction line or the attendees already touch is not touched twice', () => {
    const a = answers(
      {
        ...files,
        'Daily/2026-11-21.md': '---\npeople: ["[[Tom]]"]\n---\n- Called [[Priya]]\n\nPriya ([[Priya]]) and [[Tom]] again.\n',
      },
      TODAY,
      { mentionsAreTouches: true },
    );
    const network = a.index.resolve();
    const onThe21st = [...network.ledgers.values()].flatMap((l) =>
      l.entries.filter((e) => e.file === 'Daily/2026-11-21.md').map((e) => `${l.person.name} ${e.type}`),
    );
    expect(onThe21st.sort()).toEqual(['Priya touch', 'Tom touch']);
    expect(onThe21st).toHaveLength(2);
  });
});
