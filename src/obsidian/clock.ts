import { type Day, todayLocal } from '../core';

/** How often the day is looked at: a long-running Obsidian crosses midnight. */
export const DAY_CHECK_MS = 60_000;

/**
 * Today, as the device's local date, and the moment it changes. The day comes
 * from Date alone, so tests pin and move it with fake timers
 * (vi.setSystemTime) and the browser page with Playwright's clock.
 */
export class Clock {
  private day: Day = todayLocal();
  private readonly listeners = new Set<(today: Day) => void>();

  today(): Day {
    return todayLocal();
  }

  /** Calls `listener` with the new day each time the day changes; returns what stops it. */
  onDayChange(listener: (today: Day) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners, once, when the day is not the one of the last look. */
  check(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    for (const listener of [...this.listeners]) listener(today);
  }

  /** Looks at the day once a minute from now on; the interval is the caller's to register, so that unloading clears it. */
  start(): number {
    this.day = this.today();
    return window.setInterval(() => this.check(), DAY_CHECK_MS);
  }
}
