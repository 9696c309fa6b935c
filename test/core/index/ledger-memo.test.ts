import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import type { Ledger } from '../../../src/core/index/ledger';
import { ledgerMemo } from '../../../src/core/index/ledger-memo';
import { followUps } from '../../../src/core/answers/followups';
import { resolveSettings } from '../../../src/core/model/settings';
import { day, indexOf, person } from '../../helpers/vault';

const today = day('2026-11-25');

describe('the per-ledger memo', () => {
  it('answers once per ledger revision, settings and day', () => {
    const network = indexOf({ 'People/A.md': person('A'), 'Daily/2026-11-01.md': '- give:: [[A]] a tip' }).resolve();
    const ledger: Ledger = network.ledgers.values().next().value!;
    let made = 0;
    const count = ledgerMemo((l) => {
      made++;
      return l.entries.length;
    });
    const settings = resolveSettings({});
    expect(count(ledger, settings, today)).toBe(1);
    expect(count(ledger, settings, today)).toBe(1);
    expect(made).toBe(1);
    count(ledger, settings, today + 1);
    expect(made).toBe(2);
    count(ledger, resolveSettings({}), today + 1);
    expect(made).toBe(3);
    ledger.revision += 1;
    count(ledger, settings, today + 1);
    count(ledger, settings, today + 1);
    expect(made).toBe(4);
  });

  it('answers as a network built anew after a note changed', () => {
    const files = {
      'People/A.md': person('A'),
      'People/B.md': person('B'),
      'Daily/2026-11-01.md': '- owe:: [[A]] the deck by 2026-11-20',
      'Daily/2026-11-02.md': '- ask:: [[B]] a reference',
    };
    const index = indexOf(files);
    const before = followUps(index.resolve(), index.settings, today);
    expect(before).toHaveLength(2);
    index.upsert(noteFromText('Daily/2026-11-02.md', '- ask:: [[B]] a reference ✅ 2026-11-03'));
    const after = followUps(index.resolve(), index.settings, today);
    const fresh = indexOf({ ...files, 'Daily/2026-11-02.md': '- ask:: [[B]] a reference ✅ 2026-11-03' });
    expect(after).toEqual(followUps(fresh.resolve(), fresh.settings, today));
    expect(after).toHaveLength(1);
  });
});
