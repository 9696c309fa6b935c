import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from '../../../src/core/model/day';
import { parseCadence } from '../../../src/core/model/cadence';
import { dayFromField, listFromField } from '../../../src/core/read/fields';

describe('frontmatter values', () => {
  it('a YAML date object and the same date as text are the same day', () => {
    const asDate = dayFromField(new Date(Date.UTC(2026, 10, 20)));
    expect(asDate).toBe(dayFromField('2026-11-20'));
    expect(dayFromField('2026-11-20T09:30')).toBe(asDate);
    expect(formatDay(asDate!)).toBe('2026-11-20');
  });

  it('days that do not exist are not dates', () => {
    expect(parseIsoDay('2026-02-30')).toBeNull();
    expect(dayFromField('2026-13-01')).toBeNull();
    expect(dayFromField('26-11-20')).toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
  });

  it('lists are YAML lists or comma-separated strings', () => {
    expect(listFromField(['a', ' b ', ''])).toEqual(['a', 'b']);
    expect(listFromField('a, b,,c')).toEqual(['a', 'b', 'c']);
    expect(listFromField(null)).toEqual([]);
  });

  it.each([
    ['2w', { unit: 'days', count: 14 }],
    ['10d', { unit: 'days', count: 10 }],
    ['3 weeks', { unit: 'days', count: 21 }],
    ['monthly', { unit: 'months', count: 1 }],
    ['quarterly', { unit: 'months', count: 3 }],
    ['2 months', { unit: 'months', count: 2 }],
    ['soon', null],
    ['0d', null],
    ['3650d', { unit: 'days', count: 3650 }],
    ['3651d', null],
    ['521w', { unit: 'days', count: 3647 }],
    ['522w', null],
    ['120 months', { unit: 'months', count: 120 }],
    ['121 months', null],
    ['1 constructor', null],
    ['constructor', null],
    [30, { unit: 'days', count: 30 }],
    [1e9, null],
  ])('cadence %s', (text, cadence) => {
    expect(parseCadence(text)).toEqual(cadence);
  });
});
