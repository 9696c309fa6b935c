import { describe, expect, it } from 'vitest';
import { vault } from './vault-builder';

describe('the test vault builder', () => {
  it('writes people, daily lines and meetings as notes the reader reads', () => {
    const a = vault()
      .person('Dan', { needs: '[advice]' })
      .person('Eve')
      .daily('2026-11-20', '- owe:: [[Dan]] the deck')
      .daily('2026-11-20', '- ask:: [[Eve]] for the intro')
      .meeting('2026-11-18', 'Kickoff', ['Dan', 'Eve'])
      .on('2026-11-25');
    expect(a.people().map((p) => [p.name, p.lastContact])).toEqual([
      ['Dan', '2026-11-18'],
      ['Eve', '2026-11-20'],
    ]);
    expect(a.followups().map((f) => [f.kind, f.person, f.file, f.line])).toEqual([
      ['promise', 'Dan', 'Daily/2026-11-20.md', 1],
      ['first-follow-up', 'Dan', 'Meetings/2026-11-18 Kickoff.md', 1],
      ['nudge', 'Eve', 'Daily/2026-11-20.md', 2],
    ]);
  });

  it('takes settings', () => {
    const a = vault()
      .person('Dan')
      .daily('2026-11-20', '- owe:: [[Dan]] the deck 📅 2026-12-10')
      .with({ horizonDays: 30 })
      .on('2026-11-25');
    expect(a.followups().map((f) => f.due)).toEqual(['2026-12-10']);
  });
});
