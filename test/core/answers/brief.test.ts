import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { brief } from '../../../src/core/answers/brief';
import { NOTHING_TO_GIVE, briefLine, briefMarkdown } from '../../../src/core/answers/brief-text';
import { lookUpPerson } from '../../../src/core/answers/person-lookup';
import { briefRow } from '../../../src/core/formats/brief-row';
import { noteTagsOf } from '../../../src/core/read/note-tags';
import { parseQuery } from '../../../src/core/query/parse';
import { runQuery } from '../../../src/core/query/run';
import { DateResolver } from '../../../src/core/language/dates';
import { vault } from '../../helpers/vault-builder';
import { day, indexOf } from '../../helpers/vault';

/** A vault where every section of Ana's brief has a known answer; Cal was never met; two people are called Sam. */
const files = vault()
  .person('Me', { interests: '[climbing]', offers: '[pricing reviews]', sphere: '[B2B startups]' })
  .person('Ana', {
    role: 'Designer',
    company: 'Acme',
    met: '2026-10-01',
    'introduced-by': '"[[Ben]]"',
    tie: 'weak',
    interests: '[climbing, jazz]',
    needs: '[pricing review, data engineers]',
    offers: '[brand design]',
    sphere: '[B2B startups]',
    birthday: '12-05',
    cadence: '1m',
  })
  .person('Ben', { offers: '[data engineering]', needs: '[a brand designer]' })
  .person('Cal')
  .person('Sam Keller')
  .person('Sam Ortiz')
  .daily('2026-10-01', '- met:: [[Ana]] at the design meetup', '- met:: [[Ben]] at the design meetup')
  .daily('2026-11-02', '- owe:: [[Ana]] the pricing deck by 2026-11-30', '- got:: [[Ana]] feedback on my site')
  .daily('2026-11-10', '- waiting:: [[Ana]] the logo files', '- ask:: [[Ana]] an intro to her CFO')
  .daily('2026-11-15', '- got:: [[Ben]] a startup hiring data engineers #lead')
  .note('Notes/Pricing playbook.md', '---\ntags: [pricing-review]\n---\n# Pricing playbook\n')
  .note('Notes/Sailing.md', '# Sailing\n#sailing trips\n').files;

const settings = { me: 'People/Me.md' };
const index = indexOf(files, settings);
const network = index.resolve();
const tags = Object.entries(files).map(([path, text]) => noteTagsOf(noteFromText(path, text)));
const today = day('2026-11-25');
const briefOf = (name: string) => {
  const found = lookUpPerson(network.directory, name);
  if (found.kind !== 'one') throw new Error(`${name}: ${found.kind}`);
  return brief(network, found.person, index.settings, today, tags);
};

describe('a brief for one person', () => {
  const ana = briefRow(briefOf('[[Ana]]'));

  it('says who they are: role, company, how you met and who introduced you, tie, stage and light', () => {
    expect(ana.person).toBe('Ana');
    expect(ana.file).toBe('People/Ana.md');
    expect(ana.who).toEqual({
      role: 'Designer',
      company: 'Acme',
      met: '2026-10-01',
      introducedBy: 'Ben',
      tie: 'weak',
      stage: 'known',
      light: 'red',
      firstTouch: { text: '2026-10-01: Ana at the design meetup', file: 'Daily/2026-10-01.md', line: 1 },
    });
  });

  it('says where you stand in one sentence', () => {
    expect(ana.standing).toEqual({ balance: -4, status: 'overdrawn', text: 'You have taken more than you gave: give first.' });
  });

  it('lists what is open: promises both ways with dates, asks waiting, a thank-you not yet said', () => {
    expect(ana.open).toEqual([
      { text: 'You owe them: the pricing deck by 2026-11-30 (due 2026-11-30)', file: 'Daily/2026-11-02.md', line: 1 },
      { text: 'They owe you: the logo files (since 2026-11-10)', file: 'Daily/2026-11-10.md', line: 1 },
      { text: 'Your ask waits: an intro to her CFO (since 2026-11-10)', file: 'Daily/2026-11-10.md', line: 2 },
      { text: 'Say thank you for: feedback on my site (by 2026-11-05)', file: 'Daily/2026-11-02.md', line: 2 },
    ]);
  });

  it('recalls the last three interactions, newest first, one per note', () => {
    expect(ana.recent.map((r) => [r.text, r.file])).toEqual([
      ['2026-11-10: You asked: an intro to her CFO', 'Daily/2026-11-10.md'],
      ['2026-11-02: You got: feedback on my site', 'Daily/2026-11-02.md'],
      ['2026-10-01: In touch: Ana at the design meetup', 'Daily/2026-10-01.md'],
    ]);
  });

  it('marks the common ground you share, from your own note', () => {
    expect(ana.commonGround.map((c) => [c.kind, c.text, c.yours])).toEqual([
      ['interest', 'climbing', true],
      ['sphere', 'B2B startups', true],
      ['interest', 'jazz', false],
    ]);
  });

  it('ranks something to give: your offer, introductions both ways, a lead, a tagged note', () => {
    expect(ana.toGive.map((g) => [g.kind, g.score, g.file])).toEqual([
      ['introduce-for', 6, 'People/Ben.md'],
      ['introduce-to', 6, 'People/Ben.md'],
      ['offer', 4, 'People/Me.md'],
      ['lead', 2, 'Daily/2026-11-15.md'],
      ['note', 1, 'Notes/Pricing playbook.md'],
    ]);
    expect(ana.toGive.find((g) => g.kind === 'offer')?.text).toBe('You offer pricing reviews: they need pricing review');
    expect(ana.toGive.find((g) => g.kind === 'lead')?.text).toBe('A lead about data engineers: Ben a startup hiring data engineers #lead');
    expect(ana.toGive.find((g) => g.kind === 'note')?.text).toBe('Pass on Pricing playbook: about pricing review');
  });

  it('gives the birthday within 30 days and the cadence state', () => {
    expect(ana.dates.map((d) => [d.kind, d.text, d.state])).toEqual([
      ['birthday', 'Birthday on 2026-12-05', null],
      ['cadence', 'On track (next by 2026-12-10)', 'on-track'],
    ]);
  });

  it('puts each item with its note and line, null where there is none', () => {
    for (const section of [ana.open, ana.recent, ana.commonGround, ana.toGive, ana.dates]) {
      for (const item of section) expect(Object.keys(item)).toEqual(expect.arrayContaining(['text', 'file', 'line']));
    }
  });

  it('for someone never met: no date met, no interactions, nothing to give, and the text says to ask what they need', () => {
    const b = briefOf('Cal');
    const row = briefRow(b);
    expect(row.who).toEqual(expect.objectContaining({ met: null, stage: null, light: null, firstTouch: null }));
    expect(row.recent).toEqual([]);
    expect(row.toGive).toEqual([]);
    expect(row.standing).toEqual({ balance: null, status: null, text: 'Nothing given or taken yet: give first.' });
    expect(row.dates).toEqual([{ kind: 'cadence', text: 'No cadence', day: null, state: 'none', file: null, line: null }]);
    const text = briefMarkdown(b);
    expect(text).toContain('Not met yet');
    expect(text).toContain(NOTHING_TO_GIVE);
    expect(briefLine(b)).toBe('Give: ask what they need. Open: nothing open');
  });

  it('without `me`, shares nothing and offers nothing of yours', () => {
    const plain = indexOf(files);
    const net = plain.resolve();
    const b = brief(net, net.directory.byPath('People/Ana.md')!, plain.settings, today, tags);
    expect(b.commonGround.some((c) => c.yours)).toBe(false);
    expect(b.toGive.some((g) => g.kind === 'offer')).toBe(false);
    expect(briefMarkdown(b)).toContain('Set "Your own note" (me) to see what you share.');
  });
});

describe('finding the person a brief is for', () => {
  it('settles a name that fits several people on none of them', () => {
    const found = lookUpPerson(network.directory, 'Sam');
    expect(found.kind === 'several' && found.people.map((p) => p.name)).toEqual(['Sam Keller', 'Sam Ortiz']);
  });

  it('answers a name that fits no one with the nearest names', () => {
    const found = lookUpPerson(network.directory, 'Sam Kellar');
    expect(found.kind === 'none' && found.nearest.map((p) => p.name)).toEqual(['Sam Keller']);
    const none = lookUpPerson(network.directory, 'Zoltan Quist');
    expect(none.kind === 'none' && none.nearest).toEqual([]);
  });

  it('finds a person by alias, abbreviation or note path, with or without brackets', () => {
    for (const name of ['[[Sam Keller]]', 'Sam K', 'People/Sam Keller.md', '[[Sam Keller|Sam]]']) {
      const found = lookUpPerson(network.directory, name);
      expect(found.kind === 'one' && found.person.name).toBe('Sam Keller');
    }
  });
});

describe('the brief block', () => {
  it('takes one person as a link, read as a plain name', () => {
    expect(parseQuery('brief [[Sam K]]')).toMatchObject({ ok: true, value: { type: 'brief', person: 'Sam K' } });
    const answer = runQuery({ type: 'brief', person: 'Sam K' }, network, index.settings, today, new DateResolver());
    expect(answer.type === 'brief' && answer.briefs.map((b) => b.person.name)).toEqual(['Sam Keller']);
  });

  it('says what is wrong with a brief that names no one', () => {
    const parsed = parseQuery('brief Ana');
    expect(parsed.ok ? null : parsed.error.message).toBe('expected a person as a [[link]]');
    expect(runQuery({ type: 'brief', person: 'Sam' }, network, index.settings, today, new DateResolver())).toEqual({
      type: 'error',
      message:
        '"Sam" fits 2 people: Sam Keller (People/Sam Keller.md), Sam Ortiz (People/Sam Ortiz.md); write the full name or the note\'s path',
    });
  });
});
