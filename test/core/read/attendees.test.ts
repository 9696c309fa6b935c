import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttendeeSections, type Listed, readListed } from '../../../src/core/read/attendees';
import { levelOneHeading } from '../../../src/core/read/note-records';
import { vocabularyFor } from '../../../src/core/language/vocabulary';
import type { GoodwillSettings } from '../../../src/core/model/settings';
import { type Files, answers, person } from '../../helpers/vault';

const today = '2026-11-25';
const people: Files = {
  'People/Ana Ruiz.md': person('Ana Ruiz'),
  'People/Ben Adeyemi.md': person('Ben Adeyemi'),
  'People/Sam Keller.md': person('Sam Keller'),
};

/** Each person's touches from notes' attendee lists: "date file" and " 1:1" for a one-to-one. */
function met(files: Files, settings: Partial<GoodwillSettings> = {}): Record<string, string[]> {
  const network = answers({ ...people, ...files }, today, settings).index.resolve();
  const out: Record<string, string[]> = {};
  for (const { person: p, entries } of network.ledgers.values()) {
    const rows = entries
      .filter((e) => e.type === 'meeting' || (e.type === 'touch' && e.fingerprint === null))
      .map((e) => `${e.file}${e.oneToOne ? ' 1:1' : ''}`);
    if (rows.length > 0) out[p.name] = rows;
  }
  return out;
}

function listed(lines: string[], language: 'en' | 'de' = 'en'): Listed & { found: boolean } {
  const sections = new AttendeeSections(vocabularyFor(language).attendeeHeadings);
  for (const l of lines) sections.line(l);
  return { ...sections.listed, found: sections.found };
}

describe('a dated note listing people in its frontmatter is a touch with each, whatever its type', () => {
  it('under every attendee key, as links or plain names', () => {
    expect(
      met({
        'Log/2026-11-01 a.md': '---\nattendees: ["[[Ana Ruiz]]"]\n---\n',
        'Log/2026-11-02 b.md': '---\npeople: ["[[Ana Ruiz]]", "[[Ben Adeyemi]]"]\n---\n',
        'Log/2026-11-03 c.md': '---\nparticipants: [[Ana Ruiz]]\n---\n',
        'Log/2026-11-04 d.md': '---\nwith: Ana Ruiz, Sam K\n---\n',
        'Log/2026-11-05 e.md': '---\ntype: interaction\nperson: "[[People/Ana Ruiz]]"\n---\n',
        'Log/2026-11-06 f.md': '---\ncontacts:\n  - "[[Ana Ruiz]]"\n---\n',
        'Log/2026-11-07 g.md': '---\nWho: Ana Ruiz\n---\n',
        'Log/2026-11-08 h.md': '---\nguests: Ana Ruiz\n---\n',
      }),
    ).toEqual({
      'Ana Ruiz': [
        'Log/2026-11-01 a.md',
        'Log/2026-11-02 b.md',
        'Log/2026-11-03 c.md',
        'Log/2026-11-04 d.md',
        'Log/2026-11-05 e.md',
        'Log/2026-11-06 f.md',
        'Log/2026-11-07 g.md',
      ],
      'Ben Adeyemi': ['Log/2026-11-02 b.md'],
      'Sam Keller': ['Log/2026-11-04 d.md'],
    });
  });

  it('attendeeKeys can be set', () => {
    expect(met({ 'Log/2026-11-08 h.md': '---\nguests: Ana Ruiz\npeople: Ben Adeyemi\n---\n' }, { attendeeKeys: ['guests'] })).toEqual({
      'Ana Ruiz': ['Log/2026-11-08 h.md'],
    });
  });

  it('except person notes, organisation notes, introduction drafts and excluded folders', () => {
    expect(
      met({
        'People/Cy.md': '---\ntype: person\nwith: "[[Ana Ruiz]]"\ndate: 2026-11-01\n---\n',
        'Orgs/2026-11-02 Acme.md': '---\ntype: Company\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Orgs/2026-11-03 Initech.md': '---\ncategories: ["[[Organisations]]"]\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Introductions/2026-11-04 Ana and Ben.md':
          '---\ntype: introduction\na: "[[Ana Ruiz]]"\nb: "[[Ben Adeyemi]]"\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Templates/2026-11-05 Meeting.md': '---\nattendees: ["[[Ana Ruiz]]"]\n---\n',
      }),
    ).toEqual({});
  });

  it('a note people give as their company is an organisation', () => {
    const files = {
      'People/Dee.md': '---\ntype: person\ncompany: "[[Globex]]"\n---\n',
      'Orgs/Globex.md': '---\ndate: 2026-11-01\npeople: ["[[Ana Ruiz]]"]\n---\n',
      'Orgs/2026-11-02 Other.md': '---\npeople: ["[[Ana Ruiz]]"]\n---\n',
    };
    expect(met(files)).toEqual({ 'Ana Ruiz': ['Orgs/2026-11-02 Other.md'] });
  });

  it('an undated note is no touch; the "no date" warning is only for attendees or type: meeting', () => {
    const a = answers(
      {
        ...people,
        'Notes/a.md': '---\nattendees: [Ana Ruiz]\n---\n',
        'Notes/b.md': '---\ntype: Meeting\nwith: "[[Ana Ruiz]]"\n---\n',
        'Notes/c.md': '---\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Notes/d.md': '---\ntype: interaction\nperson: "[[Ana Ruiz]]"\n---\n',
      },
      today,
    );
    expect(a.people().every((p) => p.lastContact === null)).toBe(true);
    expect(a.check().map((c) => c.file)).toEqual(['Notes/a.md', 'Notes/b.md']);
  });
});

describe('meetings and one-to-ones', () => {
  it('a meeting by type or categories in any written form, or under the meeting folder; one person listed makes a one-to-one', () => {
    expect(
      met({
        'Notes/2026-11-01 a.md': '---\ntype: meeting\nattendees: ["[[Ana Ruiz]]"]\n---\n',
        'Notes/2026-11-02 b.md': '---\ncategories: ["[[Meetings]]"]\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Notes/2026-11-03 c.md': '---\ntype: [[Meeting]]\nwith: Ana Ruiz\n---\n',
        'Meetings/2026/11/2026-11-04 d.md': '---\npeople: ["[[Ana Ruiz]]"]\n---\n',
        'Notes/2026-11-05 e.md': '---\ntype: meeting\nattendees: ["[[Ana Ruiz]]", "[[Ben Adeyemi]]"]\n---\n',
        'Notes/2026-11-06 f.md': '---\ntype: interaction\nperson: "[[Ana Ruiz]]"\n---\n',
        'Notes/2026-11-07 g.md': '---\npeople: ["[[Ana Ruiz]]"]\n---\n',
      }),
    ).toEqual({
      'Ana Ruiz': [
        'Notes/2026-11-01 a.md 1:1',
        'Notes/2026-11-02 b.md 1:1',
        'Notes/2026-11-03 c.md 1:1',
        'Meetings/2026/11/2026-11-04 d.md 1:1',
        'Notes/2026-11-05 e.md',
        'Notes/2026-11-06 f.md',
        'Notes/2026-11-07 g.md',
      ],
      'Ben Adeyemi': ['Notes/2026-11-05 e.md'],
    });
  });

  it('meetingTypes and meetingFolder can be set', () => {
    expect(
      met({ '1-1s/2026-11-01 a.md': '---\ntype: 1-1\npeople: Ana Ruiz\n---\n' }, { meetingTypes: ['1-1'], meetingFolder: '' })['Ana Ruiz'],
    ).toEqual(['1-1s/2026-11-01 a.md 1:1']);
    expect(met({ '1-1s/2026-11-01 a.md': '---\npeople: Ana Ruiz\n---\n' }, { meetingFolder: '1-1s' })['Ana Ruiz']).toEqual([
      '1-1s/2026-11-01 a.md 1:1',
    ]);
  });

  it('you are not counted: the me setting, and "me" written in the list', () => {
    const files = {
      'People/Jo Self.md': person('Jo Self'),
      'Meetings/2026-11-01 a.md': '---\nattendees: ["[[Ana Ruiz]]", "[[Jo Self]]"]\n---\n',
      'Meetings/2026-11-02 b.md': '---\nattendees: ["[[Ana Ruiz]]", me]\n---\n',
    };
    expect(met(files, { me: 'People/Jo Self.md' })).toEqual({
      'Ana Ruiz': ['Meetings/2026-11-01 a.md 1:1', 'Meetings/2026-11-02 b.md 1:1'],
    });
    expect(met(files)['Ana Ruiz']).toEqual(['Meetings/2026-11-01 a.md', 'Meetings/2026-11-02 b.md 1:1']);
  });

  it('someone listed without a note still counts towards the one-to-one; a note that is no person does not', () => {
    expect(
      met({
        'Meetings/2026-11-01 a.md': '---\nattendees: ["[[Ana Ruiz]]", Sam Ortiz]\n---\n',
        'Meetings/2026-11-02 b.md': '---\nattendees: ["[[Ana Ruiz]]", "[[Jo Nobody]]"]\n---\n',
        'Meetings/2026-11-03 c.md': '---\nattendees: ["[[Ana Ruiz]]", "[[Acme]]"]\n---\n',
        'Orgs/Acme.md': '---\ntype: company\n---\n',
      }),
    ).toEqual({
      'Ana Ruiz': ['Meetings/2026-11-01 a.md', 'Meetings/2026-11-02 b.md', 'Meetings/2026-11-03 c.md 1:1'],
    });
  });
});

describe('attendee sections in the body', () => {
  it('a heading section ends at the next heading of the same or a higher level', () => {
    const r = listed(['## Attendees', '- [[A]]', '### Remote', '[[B]], [[C]]', 'Dee Ell, Eff Gee', '## Notes', '- [[Out]]']);
    expect(r).toEqual({ links: ['a', 'b', 'c'], names: ['Dee Ell', 'Eff Gee'], found: true });
    expect(listed(['# Meeting', '### Participants:', '- [[A]]', '## Next', '- [[Out]]']).links).toEqual(['a']);
    expect(listed(['## **With**', '[[A]]', '# Top', '[[Out]]']).links).toEqual(['a']);
  });

  it('a bold label section ends with its paragraph or its list', () => {
    expect(listed(['**Attendees:** [[A]], Sam Ortiz', '[[B]]', '', '[[Out]]'])).toEqual({
      links: ['a', 'b'],
      names: ['Sam Ortiz'],
      found: true,
    });
    expect(listed(['**Attendees:** [[A]]', '- [[Out]] did this']).links).toEqual(['a']);
    expect(listed(['**With**: ', '- [[A]]', '- Sam Ortiz (Brightline)', '', '- [[Out]]'])).toEqual({
      links: ['a'],
      names: ['Sam Ortiz'],
      found: true,
    });
    expect(listed(['- **Participants:** [[A]] and [[B]]', '- [[Out]]']).links).toEqual(['a', 'b']);
  });

  it('what a link part says about the person is no name; a generic People heading is no section', () => {
    expect(listed(['## Attendees', '- [[A]] - CTO', '- [[B]] (remote)'])).toEqual({ links: ['a', 'b'], names: [], found: true });
    expect(listed(['## People', '- [[Out]]', '**People:** [[Out]]'])).toEqual({ links: [], names: [], found: false });
  });

  it('the words of the vault language, English as well', () => {
    expect(listed(['## Teilnehmer', '- [[A]]', '## Attendees', '- [[B]]'], 'de').links).toEqual(['a', 'b']);
    expect(listed(['## Teilnehmer', '- [[A]]']).links).toEqual([]);
  });

  it('make the note a meeting, dated as the note, and a line that is also an interaction counts once', () => {
    const found = met({
      'Notes/2026-11-03 Coffee - Ana.md': '# Coffee with Ana\n\n## Attendees\n- [[Ana Ruiz]]\n- me\n\n## Notes\n- [[Ben Adeyemi]] came up',
      'Notes/2026-11-04 Sync.md': '**Attendees:** met:: [[Ana Ruiz]], [[Ben Adeyemi]]\n\n- give:: [[Ben Adeyemi]] a book',
      'Notes/Undated.md': '## Attendees\n- [[Ana Ruiz]]',
    });
    expect(found).toEqual({
      'Ana Ruiz': ['Notes/2026-11-03 Coffee - Ana.md 1:1', 'Notes/2026-11-04 Sync.md'],
      'Ben Adeyemi': ['Notes/2026-11-04 Sync.md'],
    });
    const a = answers({ ...people, 'Notes/2026-11-04 Sync.md': '## With\n- met:: [[Ana Ruiz]]\n- Coffee with [[Ana Ruiz]]' }, today);
    const ledger = a.index.resolve().ledger(a.index.resolve().people.find((p) => p.name === 'Ana Ruiz')!);
    expect(ledger.map((e) => `${e.type} ${e.oneToOne}`)).toEqual(['meeting true']);
  });
});

describe('reading lists of people', () => {
  it('splits on commas, semicolons and "and", keeping links and plain names apart', () => {
    const into: Listed = { links: [], names: [] };
    readListed('[[Lee W|Lee]], Sam Ortiz; Ana and [Bo](People/Bo.md) & **Cy Dee**', into);
    expect(into).toEqual({ links: ['lee w', 'people/bo'], names: ['Sam Ortiz', 'Ana', 'Cy Dee'] });
  });

  it('text too long for a name is none', () => {
    const into: Listed = { links: [], names: [] };
    readListed('we talked about the pricing page for most of the hour', into);
    expect(into.names).toEqual([]);
  });
});

/** What a generated note holds: its lines and the people its attendee sections list. */
interface Doc {
  lines: string[];
  links: string[];
  names: string[];
}

const WORDS = ['Attendees', 'attendees:', 'Participants', 'With', '👥 Attendees'];
const nameArb = fc.tuple(fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee'), fc.constantFrom('Ruiz', 'Ode', 'Park')).map(([a, b]) => `${a} ${b}`);

/** A run of items of an attendee list: `[[In n]]` links and plain names, as bare lines or list items. */
function itemsArb(next: () => number): fc.Arbitrary<Doc> {
  const item = fc.oneof(
    fc.constant(0).map(() => {
      const n = next();
      return { text: `[[In ${n}]]`, links: [`in ${n}`], names: [] as string[] };
    }),
    nameArb.map((name) => ({ text: name, links: [] as string[], names: [name] })),
  );
  const line = fc.tuple(
    fc.constantFrom('', '- ', '* ', '1. '),
    fc.array(item, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(', ', '; ', ' and '),
  );
  return fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ({
    lines: ls.map(([bullet, items, sep]) => bullet + items.map((i) => i.text).join(sep)),
    links: ls.flatMap(([, items]) => items.flatMap((i) => i.links)),
    names: ls.flatMap(([, items]) => items.flatMap((i) => i.names)),
  }));
}

/** Notes built from blocks whose sections are known: attendee headings, labels, and other text linking only `[[Out …]]`. */
const docArb = fc.integer({ min: 0, max: 1000 }).chain((seed) => {
  let counter = seed * 100;
  const next = () => (counter += 1);
  const heading = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...WORDS), itemsArb(next), fc.integer({ min: 1, max: 4 }))
    .map(([level, word, items, closing]) => ({
      lines: [`${'#'.repeat(level)} ${word}`, ...items.lines, `${'#'.repeat(Math.min(level, closing))} Notes`],
      links: items.links,
      names: items.names,
    }));
  const label = fc.tuple(fc.constantFrom(...WORDS.slice(0, 4)), itemsArb(next), fc.boolean()).map(([word, items, inline]) => {
    const tag = `**${word.replace(/:$/, '')}:**`;
    return {
      // Inline: the label's line holds the first item and the paragraph goes on; alone: a list follows.
      lines: inline
        ? [
            `${tag} ${items.lines[0].replace(/^(?:[-*] |1\. )/, '')}`,
            ...items.lines.slice(1).map((l) => l.replace(/^(?:[-*] |1\. )/, '')),
            '',
          ]
        : [tag, ...items.lines, ''],
      links: items.links,
      names: items.names,
    };
  });
  const other = fc
    .constantFrom(
      ['Talked about [[Out 1]] at length.'],
      ['- [[Out 2]] sent the deck', '- met:: [[Out 3]]'],
      ['## People', '- [[Out 4]]'],
      ['**Notes:** [[Out 5]]', ''],
      ['', 'Ana Ruiz, Ben Ode'],
    )
    .map((lines) => ({ lines, links: [] as string[], names: [] as string[] }));
  return fc.array(fc.oneof(heading, label, other), { maxLength: 6 });
});

describe('attendee sections, on generated notes', () => {
  it('find exactly the people their sections list, and none from outside them', () => {
    fc.assert(
      fc.property(docArb, (blocks) => {
        const r = listed(blocks.flatMap((b) => b.lines));
        expect(r.links).toEqual(blocks.flatMap((b) => b.links));
        expect(r.names).toEqual(blocks.flatMap((b) => b.names));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw, and only find links written in the note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('## Attendees', '**With:**', '- [[A]]', '', '# x', 'Sam, Jo')), {
          maxLength: 20,
        }),
        (lines) => {
          const r = listed(lines);
          for (const l of r.links) expect(lines.join('\n').toLowerCase()).toContain(l);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the heading alias, on generated lines and notes', () => {
  /** CommonMark's reading, word by word: `#`, a space, the words, and a last word of `#` only closes the heading. */
  const reference = (line: string) => {
    const m = /^#[ \t](.*)$/.exec(line);
    if (!m) return undefined;
    const words = m[1].split(/[ \t]+/).filter((w) => w !== '');
    if (words.length > 0 && /^#+$/.test(words[words.length - 1])) words.pop();
    return words.length > 0 ? words.join(' ') : undefined;
  };
  const collapsed = (text: string | null | undefined) => (typeof text === 'string' ? text.replace(/[ \t]+/g, ' ') : text);
  const lineArb = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc
      .tuple(fc.constantFrom('#', '##', '# ', '#\t', ' #', '#x'), fc.string({ maxLength: 20 }), fc.constantFrom('', ' #', ' ##  ', '#'))
      .map((p) => p.join('')),
  );

  it('reads a level-1 heading line as the reference pattern does', () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        if (line.includes('\n') || line.includes('\r')) return;
        expect(collapsed(levelOneHeading(line))).toEqual(reference(line));
      }),
      { numRuns: 1000 },
    );
  });

  it('a person note takes its first level-1 heading as an alias when it differs from the file name', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(lineArb, fc.constantFrom('# Ann', '# Lee Wong', '## Log', '- [[X]]')), { maxLength: 8 }), (body) => {
        const lines = body.filter((l) => !/[\r\n%`~]/.test(l) && !l.startsWith('---'));
        const a = answers({ 'People/Ann.md': `---\ntype: person\n---\n${lines.join('\n')}` }, today);
        const first = lines.map(reference).find((h) => h !== undefined);
        const expected = first !== undefined && first.replace(/\s+/g, ' ').toLowerCase() !== 'ann' ? first : null;
        expect(collapsed(a.index.resolve().people[0].headingAlias)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
