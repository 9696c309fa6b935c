import { describe, expect, it } from 'vitest';
import { provenanceOf, topIntroducers } from '../../../src/core/answers/provenance';
import { answers, person } from '../../helpers/vault';

const vault = {
  'People/Alice.md': person('Alice'),
  'People/Bob.md': person('Bob', { 'introduced-by': '"[[Alice]]"' }),
  'People/Grace.md': person('Grace'),
  'People/Frank.md': person('Frank'),
  'Daily/2026-11-10.md': [
    '- got:: [[Alice]] intro to [[Grace]] #intro',
    '- Got an intro to [[Frank]] from [[Bob]] #intro',
    "- outcome:: [[Grace]] hired through [[Alice]]'s intro $4,000",
    '- outcome:: [[Frank]] signed as a client via [[Bob]] "job offer"',
  ].join('\n'),
};

describe('referral provenance', () => {
  const a = answers(vault, '2026-11-25');
  const net = a.index.resolve();
  const who = (name: string) => net.people.find((p) => p.name === name)!;

  it('who introduced a person, whom they introduced, and what came of it', () => {
    const alice = provenanceOf(net, who('Alice'));
    expect(alice.introducedToMe.map((x) => x.person.name)).toEqual(['Bob', 'Grace']);
    expect(alice.outcomes.map((o) => [o.subject.name, o.via?.name, o.value])).toEqual([['Grace', 'Alice', '$4,000']]);
    const grace = provenanceOf(net, who('Grace'));
    expect(grace.introducedBy.map((x) => [x.person.name, x.file, x.line])).toEqual([['Alice', 'Daily/2026-11-10.md', 1]]);
    expect(provenanceOf(net, who('Bob')).introducedBy.map((x) => [x.person.name, x.file])).toEqual([['Alice', 'People/Bob.md']]);
  });

  it('the people whose introductions brought the most', () => {
    expect(topIntroducers(net).map((r) => [r.person.name, r.introduced.map((p) => p.name), r.outcomes.map((o) => o.value)])).toEqual([
      ['Alice', ['Bob', 'Grace'], ['$4,000']],
      ['Bob', ['Frank'], ['job offer']],
    ]);
  });

  it('an outcome is not a touch and not a trade', () => {
    expect(a.balance().find((r) => r.person === 'Frank')).toBeUndefined();
  });
});
