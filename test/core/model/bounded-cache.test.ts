import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/core/model/bounded-cache';

describe('BoundedCache', () => {
  it('forgets nothing while it holds fewer than half its limit', () => {
    const cache = new BoundedCache<string, number>(10);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, i);
    for (let i = 0; i < 5; i++) expect(cache.get(`k${i}`)).toBe(i);
  });

  it('keeps what is used, and drops what was not used for half its limit of new keys', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a and b become the older half
    expect(cache.get('a')).toBe(1); // used: back in the current half
    cache.set('d', 4); // the current half (c, a) becomes the older one; b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('of one entry keeps only the newest', () => {
    const cache = new BoundedCache<object, string>(1);
    const first = {};
    const second = {};
    cache.set(first, 'first');
    cache.set(second, 'second');
    expect(cache.get(first)).toBeUndefined();
    expect(cache.get(second)).toBe('second');
    expect(cache.size).toBe(1);
  });

  it('makes a missing value once and remembers it', () => {
    const cache = new BoundedCache<string, string>(8);
    let made = 0;
    const make = (k: string) => {
      made++;
      return k.toUpperCase();
    };
    expect(cache.getOrMake('x', make)).toBe('X');
    expect(cache.getOrMake('x', make)).toBe('X');
    expect(made).toBe(1);
  });

  it('answers as the map it stands for, or not at all, and never holds more than its limit', () => {
    const op = fc.oneof(
      fc.record({ set: fc.integer({ min: 0, max: 30 }), value: fc.integer() }),
      fc.record({ get: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(op, { maxLength: 200 }), (limit, ops) => {
        const cache = new BoundedCache<number, number>(limit);
        const truth = new Map<number, number>();
        for (const o of ops) {
          if ('set' in o) {
            cache.set(o.set, o.value);
            truth.set(o.set, o.value);
          } else {
            const got = cache.get(o.get);
            if (got !== undefined) expect(got).toBe(truth.get(o.get));
          }
          expect(cache.size).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});
