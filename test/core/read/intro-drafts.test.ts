import { describe, expect, it } from 'vitest';
import { answers, person } from '../../helpers/vault';

const people = {
  'People/Alice.md': person('Alice', { needs: '[a brand designer]' }),
  'People/Bob.md': person('Bob', { offers: '[brand design]' }),
  'Daily/2026-11-01.md': '- Met [[Alice]]\n- Met [[Bob]]',
};
const draft = (state: string, extra = '') =>
  `---\ntype: introduction\na: "[[Alice]]"\nb: "[[Bob]]"\nstate: ${state}\nproposed: 2026-11-10\n${extra}---\n# Introduction\n`;

describe('introduction drafts', () => {
  it('a pair with a draft under way is not suggested again', () => {
    expect(
      answers(people, '2026-11-25')
        .intros()
        .map((r) => `${r.a}-${r.b}`),
    ).toEqual(['Alice-Bob']);
    expect(answers({ ...people, 'Introductions/d.md': draft('proposed') }, '2026-11-25').intros()).toEqual([]);
    expect(answers({ ...people, 'Introductions/d.md': draft('declined', 'declined: 2026-11-12\n') }, '2026-11-25').intros()).toEqual([]);
  });

  it('waiting on an opt-in longer than the nudge spacing becomes a nudge to that person', () => {
    const a = answers({ ...people, 'Introductions/d.md': draft('asked-a', 'asked-a: 2026-11-15\n') }, '2026-11-25');
    expect(a.followups().filter((f) => f.file === 'Introductions/d.md')).toEqual([
      expect.objectContaining({
        person: 'Alice',
        kind: 'nudge',
        due: '2026-11-22',
        text: "Introduction to Bob: waiting on Alice's answer since 2026-11-15",
        line: 1,
      }),
    ]);
    const b = answers({ ...people, 'Introductions/d.md': draft('asked-b', 'asked-a: 2026-11-15\nasked-b: 2026-11-24\n') }, '2026-11-25');
    expect(
      b
        .followups()
        .filter((f) => f.file === 'Introductions/d.md')
        .map((f) => [f.person, f.due]),
    ).toEqual([['Bob', '2026-12-01']]);
    const made = answers({ ...people, 'Introductions/d.md': draft('made', 'made: 2026-11-20\n') }, '2026-11-25');
    expect(made.followups().filter((f) => f.file === 'Introductions/d.md')).toEqual([]);
  });

  it('a draft that links no known person is reported', () => {
    const a = answers({ ...people, 'Introductions/d.md': '---\ntype: introduction\na: "[[Alice]]"\nb: "[[Nobody]]"\n---\n' }, '2026-11-25');
    expect(a.check()).toEqual([{ file: 'Introductions/d.md', line: 1, message: 'introduction draft links no known person as "a" or "b"' }]);
  });

  it("an introduction that reached its outcome shows in both people's provenance", async () => {
    const { provenanceOf } = await import('../../../src/core/answers/provenance');
    const a = answers(
      { ...people, 'Introductions/d.md': draft('outcome', 'made: 2026-11-12\noutcome: 2026-11-20\noutcome-note: "signed a retainer"\n') },
      '2026-11-25',
    );
    const net = a.index.resolve();
    const bob = net.people.find((p) => p.name === 'Bob')!;
    expect(provenanceOf(net, bob).outcomes.map((o) => [o.text, o.value])).toEqual([
      ['Introduction of Alice and Bob: signed a retainer', null],
    ]);
  });
});
