import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { introRows } from '../../../src/core/formats/rows';
import { answers, day, indexOf, person } from '../../helpers/vault';

const today = '2026-11-25';
const met = '- Met [[Alice]]\n- Met [[Bob]]\n- Met [[Carol]]\n- Met [[Dan]]';

describe('introduction candidates', () => {
  const vault = {
    'People/Alice.md': person('Alice', {
      needs: 'a brand designer',
      interests: '[climbing, jazz]',
      sphere: 'startups',
      role: 'Head of Data',
      company: 'Northwind',
    }),
    'People/Bob.md': person('Bob', { offers: '[brand design]', interests: '[climbing]', sphere: 'startups' }),
    'People/Carol.md': person('Carol', { needs: '[data engineers]', offers: 'designers on demand' }),
    'People/Dan.md': person('Dan', { offers: 'data engineering' }),
    'People/Eve.md': person('Eve', { offers: 'brand design' }),
    'Daily/2026-11-20.md': met,
  };

  it('pairs a need with an offer, weighted by shared interests and sphere, with reasons and a draft', () => {
    const rows = answers(vault, today).intros();
    // Carol's "designers on demand" shares one word with Alice's need: not enough for a match.
    expect(rows.map((r) => [r.a, r.b, r.score])).toEqual([
      ['Alice', 'Bob', 5],
      ['Carol', 'Dan', 3],
    ]);
    expect(rows[0].reasons).toEqual([
      'Alice needs a brand designer; Bob offers brand design',
      'Shared interests: climbing',
      'Same contact sphere: startups',
    ]);
    expect(rows[0].draft).toContain('Hi Alice and Bob');
    expect(rows[0].draft).toContain('Bob offers brand design');
    expect(rows[0].draft).toContain('Subject: Introduction: Alice <> Bob');
  });

  it('leaves out people never in contact (Eve) and pairs already introduced', () => {
    const rows = answers({ ...vault, 'Daily/2026-11-21.md': '- give:: [[Alice]] intro to [[Bob]] #intro' }, today).intros();
    expect(rows.map((r) => `${r.a}-${r.b}`)).toEqual(['Carol-Dan']);
  });

  it('one live index: a new introduction, a first meeting and a changed person note each show at once', () => {
    const index = indexOf(vault);
    const t = day(today);
    const pairs = () => introRows(index.resolve(), t, index.settings).map((r) => `${r.a}-${r.b}`);
    expect(pairs()).toEqual(['Alice-Bob', 'Carol-Dan']);
    index.upsert(noteFromText('Meetings/2026-11-22.md', '- give:: [[Alice]] intro to [[Bob]] #intro'));
    expect(pairs()).toEqual(['Carol-Dan']);
    index.upsert(noteFromText('Daily/2026-11-23.md', '- Met [[Eve]]'));
    expect(pairs()).toEqual(['Alice-Eve', 'Carol-Dan']);
    index.upsert(noteFromText('People/Dan.md', person('Dan', { offers: 'catering' })));
    expect(pairs()).toEqual(['Alice-Eve']);
  });

  it("when each meets the other's need, a is alphabetical", () => {
    const rows = answers(
      {
        'People/Zed.md': person('Zed', { needs: 'bookkeeping', offers: 'pricing advice' }),
        'People/Amy.md': person('Amy', { needs: 'pricing advice', offers: 'bookkeeping' }),
        'Daily/2026-11-20.md': '- Met [[Zed]]\n- Met [[Amy]]',
      },
      today,
    ).intros();
    expect(rows.map((r) => [r.a, r.b, r.score])).toEqual([['Amy', 'Zed', 6]]);
  });
});

describe('near matches', () => {
  const met = '- Met [[Ann]]\n- Met [[Ben]]';
  it('stems: "data engineer" meets "data engineering", plurals and case too', () => {
    const rows = answers(
      {
        'People/Ann.md': person('Ann', { needs: '[Data Engineers]' }),
        'People/Ben.md': person('Ben', { offers: '[data engineering]' }),
        'Daily/2026-11-20.md': met,
      },
      today,
    ).intros();
    expect(rows.map((r) => r.reasons[0])).toEqual(['Ann needs Data Engineers; Ben offers data engineering']);
  });

  it('synonyms the user lists, explained in words', () => {
    const files = {
      'People/Ann.md': person('Ann', { needs: '[an investor]' }),
      'People/Ben.md': person('Ben', { offers: '[venture capital]' }),
      'Daily/2026-11-20.md': met,
    };
    expect(answers(files, today).intros()).toEqual([]);
    const rows = answers(files, today, { synonyms: ['VC = venture capital = investor'] }).intros();
    expect(rows.map((r) => r.reasons[0])).toEqual([
      'Ann needs an investor; Ben offers venture capital (you count vc = venture capital = investor as the same)',
    ]);
  });
});

describe('the term index finds every match', () => {
  it('agrees with comparing every need with every offer', async () => {
    const fc = (await import('fast-check')).default;
    const { phrasesMatch, termsOf } = await import('../../../src/core/answers/terms');
    const words = [
      'data',
      'engineering',
      'engineer',
      'brand',
      'design',
      'designer',
      'seed',
      'funding',
      'tax',
      'advice',
      'sales',
      'coaching',
    ];
    const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const personArb = fc.record({ needs: fc.array(phrase, { maxLength: 2 }), offers: fc.array(phrase, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 2, maxLength: 7 }), (ps) => {
        const files: Record<string, string> = {};
        ps.forEach((p, i) => {
          files[`People/P${i}.md`] = person(`P${i}`, { needs: JSON.stringify(p.needs), offers: JSON.stringify(p.offers) });
        });
        files['Daily/2026-11-20.md'] = ps.map((_, i) => `- Met [[P${i}]]`).join('\n');
        const got = new Set(
          answers(files, today)
            .intros()
            .map((r) => [r.a, r.b].sort().join('-')),
        );
        const expected = new Set<string>();
        ps.forEach((x, i) =>
          ps.forEach((y, j) => {
            if (i === j) return;
            if (x.needs.some((n) => y.offers.some((o) => phrasesMatch(termsOf(n), termsOf(o)))))
              expected.add([`P${i}`, `P${j}`].sort().join('-'));
          }),
        );
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });
});
