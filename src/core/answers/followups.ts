import { type Day, addDays, dayFromParts, dayParts, formatDay } from '../model/day';
import { type Cadence, addCadence, describeCadence } from '../model/cadence';
import type { Entry, EntryType } from '../index/ledger';
import { ledgerMemo } from '../index/ledger-memo';
import { effectiveCadence, isSnoozed, touchSpan } from '../index/ledger-facts';
import type { Network } from '../index/network';
import { compareNames, type Person, personFile } from '../read/people';
import type { LineFingerprint } from '../text/line-fingerprint';
import type { GoodwillSettings } from '../model/settings';

export const FOLLOW_UP_KINDS = ['promise', 'nudge', 'thanks', 'first-follow-up', 'reconnect', 'birthday'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUp {
  person: Person;
  kind: FollowUpKind;
  due: Day;
  text: string;
  /** Where it comes from; a reconnect or birthday of a person without a note (a person tag) comes from no note: null. */
  file: string | null;
  line: number | null;
  /** The source line's fingerprint, for promises and nudges that can be marked done; null otherwise. */
  fingerprint: LineFingerprint | null;
}

export interface FollowUpOptions {
  /** Every open follow-up whatever its date, not only those due within the horizon. */
  all?: boolean;
}

/** The next birthday on or after today; 29 February falls on 28 February in other years. None after the year 9999. */
export function nextBirthday(birthday: { month: number; date: number }, today: Day): Day | null {
  const { year } = dayParts(today);
  for (const y of [year, year + 1]) {
    const day = dayFromParts(y, birthday.month, birthday.date) ?? dayFromParts(y, birthday.month, birthday.date - 1);
    if (day !== null && day >= today) return day;
  }
  return null;
}

/**
 * When the cadence in force says to be in touch again: one cadence after the
 * last touch (`last`), else after the day first met; null with no cadence or
 * nothing to count from.
 */
export function reconnectDue(
  person: Person,
  last: Day | null,
  settings: GoodwillSettings,
  today: Day,
): { due: Day; since: Day; cadence: Cadence } | null {
  const cadence = effectiveCadence(person, settings);
  const since = last ?? (person.met !== null && person.met <= today ? person.met : null);
  if (!cadence || since === null) return null;
  return { due: addCadence(since, cadence), since, cadence };
}

const MEETING_TYPES = new Set<EntryType>(['meeting', 'touch', 'first-met']);

/** How a thank-you follow-up's text starts, before the text of what was received. */
const THANKS_PREFIX = 'Say thank you: ';

/** What a thank-you follow-up is for: the text of the receipt line; null for any other follow-up. */
export function receiptToThank(f: FollowUp): string | null {
  return f.kind === 'thanks' && f.text.startsWith(THANKS_PREFIX) ? f.text.slice(THANKS_PREFIX.length) : null;
}

/** One person's open follow-ups from their ledger, whatever their date (uncached: see followUpsOf). */
export function followUpsFor(person: Person, entries: Entry[], settings: GoodwillSettings, today: Day): FollowUp[] {
  const out: FollowUp[] = [];
  const add = (
    kind: FollowUpKind,
    due: Day,
    text: string,
    file: string | null,
    line: number | null,
    fingerprint: LineFingerprint | null = null,
  ) => out.push({ person, kind, due, text, file, line, fingerprint });
  const touches = touchSpan(entries, today);
  const last = touches?.last ?? null;

  for (const e of entries) {
    if (e.closed !== null) continue;
    if (e.type === 'promise') {
      add('promise', e.due ?? e.date, e.text, e.file, e.line, e.fingerprint);
    } else if (e.type === 'ask' || e.type === 'waiting') {
      const itemDay = e.due ?? e.date;
      const spaced = last === null ? itemDay : Math.max(itemDay, addDays(last, settings.minNudgeGapDays));
      add('nudge', spaced, e.text, e.file, e.line, e.fingerprint);
    }
  }

  const thanked = entries.filter((e) => e.type === 'thanks').map((e) => e.date);
  for (const e of entries) {
    if (e.type !== 'receipt' || e.closed !== null || e.date > today) continue;
    const receivedOn = e.date;
    if (thanked.some((d) => d >= receivedOn)) continue;
    add('thanks', addDays(receivedOn, settings.thanksDays), `${THANKS_PREFIX}${e.text}`, e.file, e.line);
  }

  // Only a meeting starts the first-follow-up clock: a first give or ask has its own follow-ups.
  if (touches !== null) {
    const { first } = touches;
    const source = entries.find((e) => e.date === first && MEETING_TYPES.has(e.type));
    if (source && touches.last === first && today - first <= settings.firstMeetingWindowDays) {
      add(
        'first-follow-up',
        addDays(first, settings.firstFollowUpDays),
        `Follow up after first meeting on ${formatDay(first)}`,
        source.file,
        source.line,
      );
    }
  }

  const note = personFile(person);
  const reconnect = reconnectDue(person, last, settings, today);
  if (reconnect !== null) {
    const since = last !== null ? `last contact ${formatDay(last)}` : `first met ${formatDay(reconnect.since)}`;
    add('reconnect', reconnect.due, `Reconnect (${describeCadence(reconnect.cadence)}; ${since})`, note, note === null ? null : 1);
  }

  const birthday = person.birthday ? nextBirthday(person.birthday, today) : null;
  if (birthday !== null) add('birthday', birthday, `Birthday on ${formatDay(birthday).slice(5)}`, note, note === null ? null : 1);
  return out;
}

const KIND_ORDER = new Map(FOLLOW_UP_KINDS.map((k, i) => [k, i]));

export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    a.due - b.due ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compareNames(a.person.name, b.person.name) ||
    ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

/**
 * Whom to follow up with: open follow-ups due on or before today plus the
 * horizon (overdue included), sorted by due date, kind, person, file and line.
 * Archived people yield nothing; a snoozed person yields nothing until the snooze ends.
 */
export function followUps(network: Network, settings: GoodwillSettings, today: Day, options: FollowUpOptions = {}): FollowUp[] {
  const horizon = addDays(today, settings.horizonDays);
  const out: FollowUp[] = [];
  for (const ledger of network.ledgers.values()) {
    const { person } = ledger;
    if (person.archived) continue;
    if (isSnoozed(person, today)) continue;
    for (const f of cachedFollowUps(ledger, settings, today)) {
      if (options.all || f.due <= horizon) out.push(f);
    }
  }
  // A draft introduction waiting on an opt-in is a nudge, spaced like any other.
  for (const d of network.drafts.values()) {
    if ((d.state !== 'asked-a' && d.state !== 'asked-b') || d.since === null) continue;
    const [waitingOn, other] = d.state === 'asked-a' ? [d.a, d.b] : [d.b, d.a];
    if (waitingOn.archived || isSnoozed(waitingOn, today)) continue;
    const due = addDays(d.since, settings.minNudgeGapDays);
    if (options.all || due <= horizon) {
      out.push({
        person: waitingOn,
        kind: 'nudge',
        due,
        text: `Introduction to ${other.name}: waiting on ${waitingOn.name}'s answer since ${formatDay(d.since)}`,
        file: d.path,
        line: 1,
        fingerprint: null,
      });
    }
  }
  return out.sort(compareFollowUps);
}

/** A person's follow-ups only change with their ledger, the settings or the day. */
const cachedFollowUps = ledgerMemo((ledger, settings, today) => followUpsFor(ledger.person, ledger.entries, settings, today));

/** One person's open follow-ups, whatever their date (a snooze or an archive hides none: the brief asks about them by name). */
export function followUpsOf(network: Network, person: Person, settings: GoodwillSettings, today: Day): FollowUp[] {
  const ledger = network.ledgers.get(person.path);
  return ledger ? cachedFollowUps(ledger, settings, today) : [];
}
