import { type Day, addMonths } from '../model/day';
import { addCadence } from '../model/cadence';
import type { Entry } from '../index/ledger';
import { type DayWindow, effectiveCadence, inWindow, lastTouch, oneToOnes, promisesKept } from '../index/ledger-facts';
import type { Person } from '../read/people';
import type { GoodwillSettings } from '../model/settings';

export type TrustLight = 'green' | 'amber' | 'red';

export interface TrustSignals {
  /** One-to-one meetings in the window. */
  oneToOnes: number;
  gave: boolean;
  received: boolean;
  /** Promises kept by their due date in the window, mine and theirs. */
  keptOnTimeMine: number;
  keptOnTimeTheirs: number;
  /** Promises that ran past their due date (kept late, or still open and overdue), mine and theirs. */
  late: number;
  /** Whether the last touch is within the cadence (true when there is no cadence). */
  cadenceKept: boolean;
}

export interface Trust {
  light: TrustLight | null;
  signals: TrustSignals;
  promisesKeptOnTime: number;
}

/**
 * A traffic light over a rolling window: one point each for one-to-ones,
 * gives both ways, promises kept on time both ways (none late), and cadence
 * kept. Green at 3 or 4 points, amber at 2, red below; none for someone never
 * in touch.
 */
export function trust(person: Person, entries: Entry[], settings: GoodwillSettings, today: Day): Trust {
  const window: DayWindow = { after: addMonths(today, -settings.trustWindowMonths), through: today };
  const kept = promisesKept(entries, window);
  const signals: TrustSignals = {
    oneToOnes: oneToOnes(entries, window),
    gave: false,
    received: false,
    keptOnTimeMine: kept.mine,
    keptOnTimeTheirs: kept.theirs,
    late: kept.late,
    cadenceKept: true,
  };
  for (const e of entries) {
    if ((e.type === 'give' && inWindow(e.date, window)) || (e.type === 'promise' && inWindow(e.closed, window))) signals.gave = true;
    if ((e.type === 'receipt' && inWindow(e.date, window)) || (e.type === 'waiting' && inWindow(e.closed, window))) signals.received = true;
  }
  const last = lastTouch(entries, today);
  const cadence = effectiveCadence(person, settings);
  if (cadence && last !== null) signals.cadenceKept = addCadence(last, cadence) >= today;
  const promisesKeptOnTime = signals.keptOnTimeMine + signals.keptOnTimeTheirs;
  if (last === null) return { light: null, signals, promisesKeptOnTime };
  const points =
    (signals.oneToOnes > 0 ? 1 : 0) +
    (signals.gave && signals.received ? 1 : 0) +
    (signals.keptOnTimeMine > 0 && signals.keptOnTimeTheirs > 0 && signals.late === 0 ? 1 : 0) +
    (signals.cadenceKept ? 1 : 0);
  return { light: points >= 3 ? 'green' : points === 2 ? 'amber' : 'red', signals, promisesKeptOnTime };
}
