import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../src/cli/folder-source';
import { balanceRows, followUpRows } from '../../src/core/rows';
import { day, indexOf, person } from '../helpers/vault';

const today = day('2026-11-25');

describe('the index is incremental', () => {
  it('a changed note replaces only its own records', () => {
    const index = indexOf({
      'People/Dan.md': person('Dan'),
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck',
      'Daily/2026-11-21.md': '- give:: [[Dan]] a lead',
    });
    const before = index.records('Daily/2026-11-21.md');
    index.upsert(noteFromText('Daily/2026-11-20.md', '- owe:: [[Dan]] the deck ✅ 2026-11-22'));
    expect(index.records('Daily/2026-11-21.md')).toBe(before);
    expect(followUpRows(index.resolve(), index.settings, today)).toEqual([]);
  });

  it('removing a note removes its records', () => {
    const index = indexOf({ 'People/Dan.md': person('Dan'), 'Daily/2026-11-20.md': '- give:: [[Dan]] a lead' });
    expect(balanceRows(index.resolve(), index.settings, today)).toHaveLength(1);
    index.remove('Daily/2026-11-20.md');
    expect(balanceRows(index.resolve(), index.settings, today)).toHaveLength(0);
  });

  it('a person note added later picks up lines already indexed', () => {
    const index = indexOf({ 'Daily/2026-11-20.md': '- give:: [[Dan]] a lead' });
    expect(balanceRows(index.resolve(), index.settings, today)).toEqual([]);
    index.upsert(noteFromText('People/Dan.md', person('Dan')));
    expect(balanceRows(index.resolve(), index.settings, today).map((r) => r.person)).toEqual(['Dan']);
  });

  it('a renamed person note keeps their history through name and aliases', () => {
    const index = indexOf({
      'People/Dan.md': person('Dan', { aliases: '[Dan]' }),
      'Daily/2026-11-20.md': '- give:: [[Dan]] a lead',
    });
    index.rename('People/Dan.md', noteFromText('People/Dan Foster.md', person('Dan Foster', { aliases: '[Dan]' })));
    expect(balanceRows(index.resolve(), index.settings, today).map((r) => [r.person, r.personFile])).toEqual([
      ['Dan Foster', 'People/Dan Foster.md'],
    ]);
  });

  it('the version moves on every change so views can skip work', () => {
    const index = indexOf({});
    const v = index.version;
    index.upsert(noteFromText('a.md', 'x'));
    expect(index.version).toBeGreaterThan(v);
  });
});
