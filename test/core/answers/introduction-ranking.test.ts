import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { introductionCandidates } from '../../../src/core/answers/introductions';
import { Synonyms, phrasesMatch } from '../../../src/core/answers/terms';
import type { Person } from '../../../src/core/read/people';
import { day, indexOf } from '../../helpers/vault';

/** The ranking as it was, with a list of matches per pair: the reference the ranking now must agree with. */
function rankedByMatches(people: Person[], synonyms: Synonyms): [string, string, number][] {
  const terms = new Map(
    people.map((p) => [p, { needs: p.needs.map((x) => synonyms.terms(x)), offers: p.offers.map((x) => synonyms.terms(x)) }]),
  );
  const offers: { person: Person; text: string; terms: string[] }[] = [];
  for (const p of people) terms.get(p)!.offers.forEach((t, i) => offers.push({ person: p, text: p.offers[i], terms: t }));
  const id = new Map(people.map((p, i) => [p, i]));
  const pairs = new Map<number, { needer: Person; need: string; offerer: Person }[]>();
  for (const needer of people) {
    needer.needs.forEach((need, k) => {
      for (const o of offers) {
        if (o.person === needer || !phrasesMatch(terms.get(needer)!.needs[k], o.terms)) continue;
        const [i, j] = [id.get(needer)!, id.get(o.person)!];
        const key = i < j ? i * people.length + j : j * people.length + i;
        pairs.set(key, [...(pairs.get(key) ?? []), { needer, need, offerer: o.person }]);
      }
    });
  }
  const shared = (a: string[], b: string[]) => a.filter((x) => b.some((y) => phrasesMatch(synonyms.terms(x), synonyms.terms(y)))).length;
  const ranked = [...pairs.values()].map((matches) => {
    let [a, b] = [matches[0].needer, matches[0].offerer];
    if (b.name < a.name && matches.some((m) => m.needer === b)) [a, b] = [b, a];
    const needs = new Set(matches.map((m) => `${m.needer.path}\n${m.need}`)).size;
    return { a, b, score: needs * 3 + shared(a.interests, b.interests) + (shared(a.sphere, b.sphere) > 0 ? 1 : 0) };
  });
  const byName = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  ranked.sort((p, q) => q.score - p.score || byName(p.a.name, q.a.name) || byName(p.b.name, q.b.name));
  return ranked.map((r) => [r.a.name, r.b.name, r.score]);
}

const phrases = [
  'brand design',
  'a brand designer',
  'design',
  'data engineering',
  'data engineers',
  'advice',
  'VC',
  'investor intro',
  'sales leads',
];
const list = fc.array(fc.constantFrom(...phrases), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`);
const personArb = fc.record({
  name: fc.constantFrom('Ann', 'Bob', 'Cy', 'Dee', 'Ann'),
  needs: list,
  offers: list,
  interests: fc.array(fc.constantFrom('jazz', 'chess', 'climbing'), { maxLength: 2 }).map((xs) => `[${xs.join(', ')}]`),
  sphere: fc.constantFrom('startups', 'banks', '[]'),
});

describe('the introduction ranking', () => {
  it('ranks the pairs as the list of matches per pair did', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 2, maxLength: 9 }), fc.boolean(), (spec, withSynonyms) => {
        const files: Record<string, string> = {};
        spec.forEach((p, i) => {
          const fields = Object.entries(p).map(([k, v]) => `${k}: ${v}`);
          files[`People/P${i}.md`] = ['---', 'type: person', ...fields, '---', ''].join('\n');
        });
        // Everyone in touch, so that every ranked pair is a candidate.
        files['Daily/2026-11-20.md'] = spec.map((_, i) => `- Met [[P${i}]]`).join('\n');
        const synonyms = new Synonyms(withSynonyms ? ['investor = VC', 'advice = sales leads'] : []);
        const network = indexOf(files).resolve();
        const got = introductionCandidates(network, day('2026-11-25'), { synonyms }).map((c): [string, string, number] => [
          c.a.name,
          c.b.name,
          c.score,
        ]);
        expect(got).toEqual(rankedByMatches(network.people, synonyms));
      }),
      { numRuns: 400 },
    );
  });
});
