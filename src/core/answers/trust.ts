import { type Day, addMonths } from '../model/day';
import { addCadence } from './followups';
import { parseCadence } from '../model/cadence';
import type { Entry } from '../index/ledger';
import { touchDays } from '../index/ledger-facts';
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
  const from = addMonths(today, -settings.trustWindowMonths);
  const inWindow = (d: Day | null) => d !== null && d > from && d <= today;
  const signals: TrustSignals = {
    oneToOnes: 0,
    gave: false,
    received: false,
    keptOnTimeMine: 0,
    keptOnTimeTheirs: 0,
    late: 0,
    cadenceKept: true,
  };
  for (const e of entries) {
    if (e.oneToOne && inWindow(e.date)) signals.oneToOnes += 1;
    if ((e.type === 'give' && inWindow(e.date)) || (e.type === 'promise' && inWindow(e.closed))) signals.gave = true;
    if ((e.type === 'receipt' && inWindow(e.date)) || (e.type === 'waiting' && inWindow(e.closed))) signals.received = true;
    if (e.type === 'promise' || e.type === 'waiting') {
      const due = e.due ?? e.date;
      if (e.closed !== null && inWindow(e.closed)) {
        if (e.closed <= due) {
          if (e.type === 'promise') signals.keptOnTimeMine += 1;
          else signals.keptOnTimeTheirs += 1;
        } else signals.late += 1;
      } else if (e.closed === null && due < today && due > from) {
        signals.late += 1;
      }
    }
  }
  const touches = touchDays(entries, today);
  const last = touches.length ? touches[touches.length - 1] : null;
  const cadence = person.cadence ?? parseCadence(settings.defaultCadence);
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
