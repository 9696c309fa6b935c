import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digest, digestMarkdown } from '../../../src/core/answers/digest';
import { DateResolver } from '../../../src/core/language/dates';
import { resolveSettings } from '../../../src/core/model/settings';
import { readNote } from '../../../src/core/read/note-records';
import { BRIEF_CALLOUT, OwnBlocks, headingLevel } from '../../../src/core/read/own-text';
import { personFromNote } from '../../../src/core/read/people';
import { upsertSection } from '../../../src/core/write/line-edits';
import { meetingNoteText } from '../../../src/core/write/note-templates';
import { answers, day, indexOf, person } from '../../helpers/vault';

const settings = resolveSettings({});
const resolver = new DateResolver();
const read = (text: string, path = 'Daily/2026-11-25.md') => readNote({ path, text, frontmatter: null }, settings, resolver);
const shown = (text: string) => {
  const r = read(text);
  return { lines: r.lines.map((l) => [l.line, l.type]), warnings: r.warnings.map((w) => [w.line, w.message]) };
};

describe("Goodwill's own blocks are not read as interactions", () => {
  it('the digest section, up to the next heading of its level', () => {
    const note = [
      '# 2026-11-25',
      '- owe:: [[Dan]] before the digest',
      '## Goodwill digest 2026-11-25',
      '',
      '### Promises due',
      '- give:: [[Dan]] inside',
      '- [ ] Send [[Dan]] a task inside',
      '#### deeper',
      '- owe:: [[Dan]] still inside',
      '## My notes',
      '- owe:: [[Dan]] after',
      '## Goodwill digest 2026-11-24',
      '- owe:: [[Dan]] an older digest',
      '# Top',
      '- owe:: [[Dan]] after a top heading',
      '## Goodwill digest',
      '- owe:: [[Dan]] a digest running to the end',
    ].join('\n');
    expect(shown(note)).toEqual({
      lines: [
        [2, 'promise'],
        [11, 'promise'],
        [15, 'promise'],
      ],
      warnings: [],
    });
  });

  it('a brief, inside a [!goodwill] callout', () => {
    const note = [
      `${BRIEF_CALLOUT} Before you meet Dan`,
      '> - owe:: [[Dan]] the deck, still open',
      '> > - give:: [[Dan]] deeper inside',
      '- owe:: [[Dan]] after the brief',
      '> [!GOODWILL]- folded',
      '> - ask:: [[Dan]] inside',
      '',
      '> - owe:: [[Dan]] a new quote after a blank line',
      '> [!note] Not a brief',
      '> - owe:: [[Dan]] in a note callout',
      '> [!note]',
      '> > [!goodwill] nested',
      '> > - owe:: [[Dan]] in the nested brief',
      '> - owe:: [[Dan]] back in the note callout',
    ].join('\n');
    expect(shown(note).lines).toEqual([
      [4, 'promise'],
      [8, 'promise'],
      [10, 'promise'],
      [14, 'promise'],
    ]);
  });

  it('template placeholders: a give, got, ask, owe or waiting with only its link, or nothing', () => {
    const note = [
      '- give:: [[Dan]]',
      '- got:: [[Dan]]  ',
      '- ask:: [[Dan|Daniel]]',
      '- owe:: [[Dan]]',
      '- waiting:: [[Dan]]',
      '- promise:: [[People/Dan.md]]',
      '- give:: ',
      '- ask::',
      '- met:: [[Dan]]',
      '- thanks:: [[Dan]]',
      '- give:: [[Dan]] the deck',
      '- 2026-11-20 owe:: [[Dan]]',
      '- [ ] owe:: [[Dan]]',
      '- owe:: [[Dan]] 📅 2026-12-01',
      '- met:: ',
    ].join('\n');
    expect(shown(note)).toEqual({
      lines: [
        [9, 'touch'],
        [10, 'thanks'],
        [11, 'give'],
        [12, 'promise'],
        [13, 'promise'],
        [14, 'promise'],
      ],
      warnings: [[15, '"met::" line links no person']],
    });
  });

  it('each block Goodwill writes reads back as no record at all', () => {
    const a = answers(
      {
        'People/Dan.md': person('Dan', { needs: '[a bookkeeper]' }),
        'People/Kate.md': person('Kate', { birthday: '11-28', offers: '[bookkeeping]' }),
        'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by 2026-11-24\n- got:: [[Kate]] a lead #lead\n- ask:: [[Dan]] a review',
      },
      '2026-11-25',
    );
    const section = digestMarkdown(digest(a.index.resolve(), a.index.settings, day('2026-11-25')));
    expect(section.split('\n').length).toBeGreaterThan(8);
    const dan = personFromNote('People/Dan.md', {});
    const brief = [`${BRIEF_CALLOUT} Dan`, '> - owe:: [[Dan]] the deck by 2026-11-24', '> - give:: [[Dan]] an intro #intro'].join('\n');
    for (const block of [section, brief, meetingNoteText(dan, day('2026-11-25')).replace(/^---[\s\S]*?---\n/, '')]) {
      expect(read(block)).toMatchObject({ lines: [], warnings: [] });
    }
  });

  it('writing the digest into the daily note changes no answer', () => {
    const files = {
      'People/Dan.md': person('Dan'),
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by 2026-11-24\n- got:: [[Dan]] a lead #lead\n- give:: [[Dan]] a tip',
      'Daily/2026-11-25.md': '- met:: [[Dan]]\n',
    };
    const before = answers(files, '2026-11-25');
    const section = digestMarkdown(digest(before.index.resolve(), before.index.settings, day('2026-11-25')));
    const after = answers(
      { ...files, 'Daily/2026-11-25.md': upsertSection(files['Daily/2026-11-25.md'], '## Goodwill digest', section) },
      '2026-11-25',
    );
    expect(after.balance()).toEqual(before.balance());
    expect(after.followups(true)).toEqual(before.followups(true));
    expect(after.check()).toEqual(before.check());
  });
});

describe('the own-block scanner', () => {
  it('heading levels as markdown reads them', () => {
    expect(['# a', '## b', '###### f', '####### g', '#tag', '##', '## ', '#\tx', ' # indented', 'text'].map(headingLevel)).toEqual([
      1, 2, 6, 0, 0, 2, 2, 1, 0, 0,
    ]);
  });

  /** A plain reading of the same rules, line by line, with patterns. */
  function reference(lines: string[]): boolean[] {
    let digestOn = false;
    let brief = 0;
    return lines.map((line) => {
      const quote = /^ {0,3}((?:>[ \t]*)+)/.exec(line);
      const depth = quote ? (quote[1].match(/>/g) ?? []).length : 0;
      if (brief > 0) {
        if (depth >= brief) return true;
        brief = 0;
      }
      const heading = /^(#{1,6})(?:[ \t]|$)/.exec(line);
      if (heading && heading[1].length <= 2) digestOn = line.startsWith('## Goodwill digest');
      if (digestOn) return true;
      if (quote && /^\[!goodwill\]/i.test(line.slice(quote[0].length))) {
        brief = depth;
        return true;
      }
      return false;
    });
  }

  it('agrees with a plain reading of the rules on any sequence of lines', () => {
    const line = fc.constantFrom(
      '## Goodwill digest 2026-11-25',
      '## Goodwill digest',
      '# Top',
      '## Other',
      '### Sub',
      '##',
      '#tag line',
      '> [!goodwill] brief',
      '> [!Goodwill]- folded',
      '> > [!goodwill] nested',
      '   > [!goodwill] indented',
      '    > [!goodwill] code, not a quote',
      '>[!goodwill]',
      '> [!note] other',
      '> text',
      '> > deeper',
      '>> tight',
      '- owe:: [[Dan]] x',
      'plain',
      '',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const blocks = new OwnBlocks();
        expect(lines.map((l) => blocks.skips(l))).toEqual(reference(lines));
      }),
    );
  });

  it('a meeting note from the template has its give and ask to fill in, and no warning', () => {
    const dan = personFromNote('People/Dan.md', {});
    const index = indexOf({ 'People/Dan.md': person('Dan'), 'Meetings/m.md': meetingNoteText(dan, day('2026-11-25')) });
    expect(index.warnings()).toEqual([]);
  });
});
