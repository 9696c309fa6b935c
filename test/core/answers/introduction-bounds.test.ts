import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { introBounds, introSteps, introductionCandidates } from '../../../src/core/answers/introductions';
import { Synonyms, phrasesMatch } from '../../../src/core/answers/terms';
import type { Person } from '../../../src/core/read/people';
import { day, indexOf, person } from '../../helpers/vault';

const defaults = { ...introBounds };
afterEach(() => Object.assign(introBounds, defaults));

const byName = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);

/**
 * The ranking written plainly, every need against every offer, with the bounds as the README
 * states them: a word offered more than `offersPerWord` times is looked up in the offers of the
 * people first by name (then path) only, and a need meets at most `peoplePerNeed` people, the first
 * by name. Without bounds (Infinity) it is the ranking of every pair.
 */
function reference(people: Person[], synonyms: Synonyms, bounds: { offersPerWord: number; peoplePerNeed: number }) {
  const place = new Map(
    [...people].sort((p, q) => byName(p.name, q.name) || byName(p.path, q.path)).map((p, i): [Person, number] => [p, i]),
  );
  const offers = people.flatMap((p) => p.offers.map((text) => ({ person: p, terms: synonyms.terms(text) })));
  const inPlace = (xs: typeof offers) => [...xs].sort((x, y) => place.get(x.person)! - place.get(y.person)!);
  // Per word, the offers it is looked up in (the bound is checked here with one-word offers only).
  const lookedUp = new Map<string, Set<(typeof offers)[number]>>();
  for (const o of offers) {
    for (const t of o.terms) if (!lookedUp.has(t)) lookedUp.set(t, new Set());
  }
  for (const [t, set] of lookedUp) {
    for (const o of inPlace(offers.filter((o) => o.terms.includes(t))).slice(0, bounds.offersPerWord)) set.add(o);
  }
  const id = new Map(people.map((p, i) => [p, i]));
  const pairs = new Map<number, { needer: Person; need: string; offerer: Person }[]>();
  for (const needer of people) {
    for (const need of new Set(needer.needs)) {
      const terms = synonyms.terms(need);
      const meeting = offers.filter(
        (o) => o.person !== needer && phrasesMatch(terms, o.terms) && o.terms.some((t) => lookedUp.get(t)!.has(o)),
      );
      const met = [...new Set(inPlace(meeting).map((o) => o.person))].slice(0, bounds.peoplePerNeed);
      for (const offerer of met) {
        const [i, j] = [id.get(needer)!, id.get(offerer)!];
        const key = i < j ? i * people.length + j : j * people.length + i;
        pairs.set(key, [...(pairs.get(key) ?? []), { needer, need, offerer }]);
      }
    }
  }
  const shared = (a: string[], b: string[]) => a.filter((x) => b.some((y) => phrasesMatch(synonyms.terms(x), synonyms.terms(y)))).length;
  const ranked = [...pairs.values()].map((matches) => {
    let [a, b] = [matches[0].needer, matches[0].offerer];
    if (b.name < a.name && matches.some((m) => m.needer === b)) [a, b] = [b, a];
    return { a, b, score: matches.length * 3 + shared(a.interests, b.interests) + (shared(a.sphere, b.sphere) > 0 ? 1 : 0) };
  });
  ranked.sort((p, q) => q.score - p.score || byName(p.a.name, q.a.name) || byName(p.b.name, q.b.name));
  return ranked.map((r) => [r.a.name, r.b.name, r.score]);
}

/** A vault of these people, each in a note of their own, everyone met: every ranked pair is a candidate. */
function vaultOf(spec: Record<string, string>[]) {
  const files: Record<string, string> = {};
  spec.forEach((fields, i) => {
    files[`People/P${i}.md`] = ['---', 'type: person', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', ''].join('\n');
  });
  files['Daily/2026-11-20.md'] = spec.map((_, i) => `- Met [[P${i}]]`).join('\n');
  return indexOf(files).resolve();
}

function ranked(network: ReturnType<typeof vaultOf>, synonyms: Synonyms) {
  return introductionCandidates(network, day('2026-11-25'), { synonyms }).map((c) => [c.a.name, c.b.name, c.score]);
}

const listOf = (phrases: string[], max: number) =>
  fc.array(fc.constantFrom(...phrases), { maxLength: max }).map((xs) => `[${xs.join(', ')}]`);

describe('the bounds on introductions', () => {
  const phrases = ['brand design', 'a brand designer', 'design', 'data engineering', 'data engineers', 'advice', 'VC', 'investor intro'];
  const personArb = fc.record({
    name: fc.constantFrom('Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Ann'),
    needs: listOf(phrases, 3),
    offers: listOf(phrases, 3),
    interests: listOf(['jazz', 'chess'], 2),
    sphere: fc.constantFrom('startups', 'banks', '[]'),
  });
  const synonymsArb = fc.boolean().map((on) => new Synonyms(on ? ['investor = VC', 'advice = brand design'] : []));

  it('leave a vault below them as it was: the same list as every pair', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 2, maxLength: 14 }), synonymsArb, (spec, synonyms) => {
        const network = vaultOf(spec);
        expect(ranked(network, synonyms)).toEqual(
          reference(network.people, synonyms, { offersPerWord: Infinity, peoplePerNeed: Infinity }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('match a need with the people first by name when more meet it', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 2, maxLength: 14 }),
        synonymsArb,
        fc.integer({ min: 1, max: 4 }),
        (spec, synonyms, cut) => {
          introBounds.peoplePerNeed = cut;
          const network = vaultOf(spec);
          expect(ranked(network, synonyms)).toEqual(reference(network.people, synonyms, { offersPerWord: Infinity, peoplePerNeed: cut }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('look a word up in the offers of the people first by name when more offer it', { timeout: 60_000 }, () => {
    // One-word phrases: each is looked up under its one word.
    const words = ['advice', 'design', 'hiring', 'sales'];
    const oneWord = fc.record({
      name: fc.constantFrom('Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Ann'),
      needs: listOf(words, 2),
      offers: listOf(words, 3),
    });
    fc.assert(
      fc.property(fc.array(oneWord, { minLength: 2, maxLength: 14 }), fc.integer({ min: 1, max: 5 }), (spec, cut) => {
        introBounds.offersPerWord = cut;
        const synonyms = new Synonyms([]);
        const network = vaultOf(spec);
        expect(ranked(network, synonyms)).toEqual(reference(network.people, synonyms, { offersPerWord: cut, peoplePerNeed: Infinity }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a crowd that all need and offer the same thing', () => {
  const crowd = (n: number) => {
    const files: Record<string, string> = {};
    const names = Array.from({ length: n }, (_, i) => `Person ${String(i).padStart(4, '0')}`);
    for (const name of names) files[`People/${name}.md`] = person(name, { needs: '[advice]', offers: '[advice]' });
    files['Daily/2026-11-20.md'] = names.map((name) => `- Met [[${name}]]`).join('\n');
    return indexOf(files).resolve();
  };
  const stepsFor = (n: number) => {
    const network = crowd(n);
    introSteps.count = 0;
    const best = introductionCandidates(network, day('2026-11-25'), { limit: 3 });
    return { steps: introSteps.count, best: best.map((c) => [c.a.name, c.b.name, c.score]) };
  };

  it('is ranked in work linear in the people, and the best pairs still lead', { timeout: 60_000 }, () => {
    const { steps, best } = stepsFor(2000);
    // Each need meets at most 100 people (and one spare), and the one word is looked up once in at most 1,000 offers.
    expect(steps).toBeLessThanOrEqual(2000 * (introBounds.peoplePerNeed + 2));
    expect(steps).toBeGreaterThan(0);
    expect(stepsFor(1000).steps * 2.1).toBeGreaterThan(steps);
    // Every pair meets both needs: the best are the first by name, as without the bounds.
    expect(best).toEqual([
      ['Person 0000', 'Person 0001', 6],
      ['Person 0000', 'Person 0002', 6],
      ['Person 0000', 'Person 0003', 6],
    ]);
  });
});
