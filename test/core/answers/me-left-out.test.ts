import { describe, expect, it } from 'vitest';
import { health, healthRows } from '../../../src/core/answers/health';
import { organisations } from '../../../src/core/answers/organisations';
import { balanceRows, followUpRows, introRows, peopleRows } from '../../../src/core/formats/rows';
import { vault } from '../../helpers/vault-builder';
import { day, indexOf } from '../../helpers/vault';

/** A vault whose owner has a note of their own, linked from daily notes as anyone else. */
const files = vault()
  .person('Me', { needs: '[investors]', offers: '[design reviews]', cadence: 'monthly', company: 'Acme', sphere: '[design]' })
  .person('Ana', { needs: '[design reviews]', offers: '[investors]', cadence: 'monthly', company: 'Acme', sphere: '[design]' })
  .person('Ben', { needs: '[investors]' })
  .daily('2026-10-01', '- gave:: [[Me]] a reminder to myself', '- owe:: [[Me]] the tax forms by 2026-10-10')
  .daily('2026-10-02', '- got:: [[Ana]] a lead on a design job', '- owe:: [[Ana]] the portfolio by 2026-10-09').files;

const today = day('2026-11-25');

function answersWith(me: string) {
  const index = indexOf(files, { me });
  const network = index.resolve();
  const settings = index.settings;
  return {
    followups: followUpRows(network, settings, today, true).map((r) => r.person),
    balance: balanceRows(network, settings, today).map((r) => r.person),
    intros: introRows(network, today, settings).flatMap((r) => [r.a, r.b]),
    people: peopleRows(network, today, settings).map((r) => r.name),
    health: healthRows(health(network, settings, today), today).map((r) => r.detail),
    orgs: organisations(network, settings, today, []).map((g) => `${g.name}: ${g.members.map((m) => m.person.name).join(', ')}`),
  };
}

describe('your own note (the setting "me")', () => {
  it('is a person like any other while the setting is empty', () => {
    const all = answersWith('');
    expect(all.people).toContain('Me');
    expect(all.followups).toContain('Me');
    expect(all.orgs).toEqual(['Acme: Ana, Me', 'design: Ana, Me']);
  });

  it('never appears in follow-ups, balance, intros, people, orgs or health once it is you', () => {
    const mine = answersWith('People/Me.md');
    expect(mine.people).toEqual(['Ana', 'Ben']);
    expect(mine.followups).not.toContain('Me');
    expect(mine.followups).toContain('Ana');
    expect(mine.balance).not.toContain('Me');
    expect(mine.intros).not.toContain('Me');
    expect(mine.health.join('\n')).not.toContain('Me');
    expect(mine.orgs).toEqual(['Acme: Ana', 'design: Ana']);
  });
});
