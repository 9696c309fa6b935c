import { describe, expect, it } from 'vitest';
import { answers, person } from '../../helpers/vault';

const today = '2026-11-25';
const oneToOne = (d: string, who: string) => [`Meetings/${d} 1-2-1.md`, `---\ntype: meeting\nattendees: ["[[${who}]]"]\n---\n`];

describe('KLT stage', () => {
  it('null when never touched; known after a touch', () => {
    const a = answers({ 'People/A.md': person('A'), 'People/B.md': person('B'), 'Daily/2026-11-20.md': '- Called [[B]]' }, today);
    expect(a.people().map((p) => [p.name, p.klt, p.lastContact])).toEqual([
      ['A', null, null],
      ['B', 'known', '2026-11-20'],
    ]);
  });

  it('liked needs two one-to-ones and recorded interests', () => {
    const files = Object.fromEntries([oneToOne('2026-10-01', 'A'), oneToOne('2026-11-01', 'A')]);
    expect(answers({ ...files, 'People/A.md': person('A') }, today).people()[0].klt).toBe('known');
    expect(answers({ ...files, 'People/A.md': person('A', { interests: 'chess' }) }, today).people()[0].klt).toBe('liked');
    const group = {
      'Meetings/2026-10-01 Group.md': '---\ntype: meeting\nattendees: ["[[A]]", "[[B]]"]\n---\n',
      ...Object.fromEntries([oneToOne('2026-11-01', 'A')]),
    };
    expect(
      answers({ ...group, 'People/A.md': person('A', { interests: 'chess' }), 'People/B.md': person('B') }, today).people()[0].klt,
    ).toBe('known');
  });

  it('trusted needs promises kept on time by both sides; late ones do not count', () => {
    const base = { 'People/A.md': person('A') };
    const onTime = '- owe:: [[A]] deck by 2026-11-10 ✅ 2026-11-09\n- waiting:: [[A]] intro by 2026-11-12 ✅ 2026-11-12';
    expect(answers({ ...base, 'Daily/2026-11-01.md': onTime }, today).people()[0].klt).toBe('trusted');
    const late = '- owe:: [[A]] deck by 2026-11-10 ✅ 2026-11-09\n- waiting:: [[A]] intro by 2026-11-12 ✅ 2026-11-14';
    expect(answers({ ...base, 'Daily/2026-11-01.md': late }, today).people()[0].klt).toBe('known');
  });

  it('klt in frontmatter overrides the inference', () => {
    const a = answers({ 'People/A.md': person('A', { klt: 'trusted' }), 'Daily/2026-11-20.md': '- Called [[A]]' }, today);
    expect(a.people()[0].klt).toBe('trusted');
  });

  it('frontmatter met counts as a touch', () => {
    const a = answers({ 'People/A.md': person('A', { met: '2026-03-01' }) }, today);
    expect(a.people()[0]).toMatchObject({ klt: 'known', lastContact: '2026-03-01' });
  });
});
