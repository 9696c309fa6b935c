import { balanceFor } from './balance';
import { type Day, addMonths, dayParts, formatDay } from '../model/day';
import { followUps } from './followups';
import type { Network } from '../index/network';
import { lastTouch, oneToOnes, promisesKept } from '../index/ledger-facts';
import type { GoodwillSettings } from '../model/settings';
import { trust } from './trust';

/** The network at a glance, over the trust window. */
export interface Health {
  /** Value given divided by value received (null when nothing was received). */
  givingRatio: number | null;
  given: number;
  received: number;
  oneToOnesThisMonth: number;
  /** My promises closed in the window, and how many of them by their due date. */
  promisesClosed: number;
  promisesKeptOnTime: number;
  /** People past their cadence, or not in touch for half the window. */
  goneCold: string[];
  /** Weak ties met in the last 30 days: they bring new information. */
  weakTiesMetRecently: string[];
  lights: { green: number; amber: number; red: number };
}

export function health(network: Network, settings: GoodwillSettings, today: Day): Health {
  const windowStart = addMonths(today, -settings.trustWindowMonths);
  const halfWindow = Math.round((today - windowStart) / 2);
  const monthStart = today - (dayParts(today).date - 1);
  const h: Health = {
    givingRatio: null,
    given: 0,
    received: 0,
    oneToOnesThisMonth: 0,
    promisesClosed: 0,
    promisesKeptOnTime: 0,
    goneCold: [],
    weakTiesMetRecently: [],
    lights: { green: 0, amber: 0, red: 0 },
  };
  const windowed = { ...settings, halfLifeDays: 0 };
  const reconnectDue = new Set(
    followUps(network, settings, today, { all: true })
      .filter((f) => f.kind === 'reconnect' && f.due < today)
      .map((f) => f.person),
  );
  for (const { person, entries } of network.ledgers.values()) {
    if (person.archived) continue;
    const recent = entries.filter((e) => (e.closed ?? e.date) > windowStart);
    const b = balanceFor(person, recent, windowed, today);
    if (b) {
      h.given += b.given;
      h.received += b.received;
    }
    h.oneToOnesThisMonth += oneToOnes(entries, { after: monthStart - 1, through: today });
    const kept = promisesKept(entries, { after: windowStart, through: today });
    h.promisesClosed += kept.closedMine;
    h.promisesKeptOnTime += kept.mine;
    const last = lastTouch(entries, today);
    if (last !== null && (reconnectDue.has(person) || today - last > halfWindow)) h.goneCold.push(person.name);
    if (person.tie === 'weak' && last !== null && today - last <= 30) h.weakTiesMetRecently.push(person.name);
    const light = trust(person, entries, settings, today).light;
    if (light) h.lights[light] += 1;
  }
  h.given = Math.round(h.given * 100) / 100;
  h.received = Math.round(h.received * 100) / 100;
  h.givingRatio = h.received > 0 ? Math.round((h.given / h.received) * 100) / 100 : null;
  h.goneCold.sort();
  h.weakTiesMetRecently.sort();
  return h;
}

/** The summary as rows for a table or JSON: metric, value, and the detail behind it. */
export function healthRows(h: Health, today: Day): { metric: string; value: string; detail: string }[] {
  return [
    {
      metric: 'giving ratio',
      value: h.givingRatio === null ? '-' : String(h.givingRatio),
      detail: `given ${h.given}, received ${h.received} (received includes asks)`,
    },
    {
      metric: 'one-to-ones this month',
      value: String(h.oneToOnesThisMonth),
      detail: `since ${formatDay(today - (dayParts(today).date - 1))}`,
    },
    {
      metric: 'promises kept on time',
      value: h.promisesClosed ? `${h.promisesKeptOnTime}/${h.promisesClosed}` : '-',
      detail: 'my promises closed in the window',
    },
    { metric: 'gone cold', value: String(h.goneCold.length), detail: h.goneCold.join(', ') },
    { metric: 'weak ties met recently', value: String(h.weakTiesMetRecently.length), detail: h.weakTiesMetRecently.join(', ') },
    { metric: 'trust lights', value: `${h.lights.green} green, ${h.lights.amber} amber, ${h.lights.red} red`, detail: 'over the window' },
  ];
}
