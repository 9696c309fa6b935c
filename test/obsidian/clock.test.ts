import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseIsoDay } from '../../src/core/model/day';
import { Clock, DAY_CHECK_MS } from '../../src/obsidian/clock';

afterEach(() => {
  vi.useRealTimers();
});

describe('the clock', () => {
  it("today is the device's local date", () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 23, 59) });
    expect(new Clock().today()).toBe(parseIsoDay('2026-11-25'));
  });

  it('tells its listeners once when the day turns, at its next look', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 23, 59, 30) });
    const clock = new Clock();
    const seen: number[] = [];
    clock.onDayChange((day) => seen.push(day));
    const interval = clock.start();
    vi.advanceTimersByTime(DAY_CHECK_MS - 1);
    expect(seen).toEqual([]); // 00:00:29 the next day, but no look yet
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([parseIsoDay('2026-11-26')]);
    vi.advanceTimersByTime(10 * DAY_CHECK_MS);
    expect(seen).toHaveLength(1);
    window.clearInterval(interval);
  });

  it('a day set back (the device clock corrected) is a change too; a listener removed hears nothing', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 12) });
    const clock = new Clock();
    const heard = vi.fn();
    const stop = clock.onDayChange(heard);
    clock.start();
    vi.setSystemTime(new Date(2026, 10, 24, 12));
    vi.advanceTimersByTime(DAY_CHECK_MS);
    expect(heard).toHaveBeenCalledWith(parseIsoDay('2026-11-24'));
    stop();
    vi.setSystemTime(new Date(2026, 10, 27, 12));
    vi.advanceTimersByTime(DAY_CHECK_MS);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
