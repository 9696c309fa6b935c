import * as chrono from 'chrono-node/en';
import * as chronoDe from 'chrono-node/de';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoJa from 'chrono-node/ja';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import type { Language } from './languages';
import { englishMonth } from '../text/date-format';
import { type Day, dayFromLocalDate, dayFromParts, dayParts, endOfMonth, isCalendarDay, localNoon, weekdayOf } from '../model/day';

/**
 * Words without which chrono-node cannot find a calendar day. Checking for
 * them first keeps chrono (10–50 µs a call) off the many lines that hold no date.
 */
const DATE_HINT =
  /\b(?:today|tomorrow|yesterday|tonight|ago|week|weeks|month|months|day|days|fortnight|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/i;

const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** chrono reads a window around the first date word, not the whole line: shorter text, more cache hits. */
const WINDOW_BEFORE = 16;
const WINDOW_AFTER = 40;

/** "Nov 3", "November 3rd", "3 Nov": a month and a day, no year. */
const MONTH_DAY =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?!\s*(?:,\s*)?\d{2,4}\b)(?![/:-])/i;
/**
 * Phrases whose day depends only on the reference's weekday ("Friday", "next
 * Tuesday", "in two weeks", "tomorrow"): no month, no year, no day of month.
 */
const ANCHORED_TO_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|month|year|quarter|\d{1,2}(?:st|nd|rd|th)\b|\d[/.]\d|\b\d{1,2}\b(?!\s*(?:days?|weeks?|fortnights?)\b)/i;

export type DateDirection = 'forward' | 'back';

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.slice(0, 3));
const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/**
 * The commonest relative phrases: a weekday ("Friday", "next Tuesday", "this
 * Monday") and "in two weeks" / "in 3 days". Answered here with
 * chrono-node's own meaning, so that a vault that writes only these never
 * pays chrono's start-up.
 */
const RELATIVE =
  /(?:^|[^a-z0-9])(?:(?:(next|this)\s+)?(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday)?|in\s+(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(days?|weeks?))(?![a-z0-9])/;
/** Words that chrono reads as (part of) a time or date: a window holding one is left to chrono. */
const RISKY = new Set(
  'now noon midnight morning afternoon evening night nights tonight later within next last this past coming after before from until till end mid weekend weekends eod eow eom eoy tmr tmrw tom year years quarter hour hours hr hrs minute minutes min mins second seconds sec secs am pm oclock half couple few several'.split(
    ' ',
  ),
);
const WORD = /[a-z0-9]+/g;
/**
 * Words by which an English phrase names a day gone by ("last Monday", "the
 * past Friday", "two days ago"). chrono's forward option moves such a day to
 * the week after, so a phrase holding one is read without it, in either direction.
 */
const PAST_WORDS = /\b(?:last|past|previous|ago|yesterday)\b/i;

/**
 * What chrono makes of a window holding one such phrase and nothing else it
 * could read, or undefined when the window is not that simple.
 */
function relativePhrase(window: string, reference: Day, direction: DateDirection): Day | null | undefined {
  const lower = window.toLowerCase();
  const m = RELATIVE.exec(lower);
  if (!m) return undefined;
  // The character before the phrase, if any, stays in the rest and is looked at with it.
  const start = m.index + (/^[a-z0-9]/.test(m[0]) ? 0 : 1);
  const rest = `${lower.slice(0, start)} ${lower.slice(m.index + m[0].length)}`;
  if (DATE_HINT.test(rest) || /\d|[/:@]/.test(rest)) return undefined;
  for (const w of rest.match(WORD) ?? []) if (RISKY.has(w)) return undefined;
  if (m[4] !== undefined) {
    const count = COUNTS[m[3]] ?? Number(m[3]);
    return reference + count * (m[4].startsWith('week') ? 7 : 1);
  }
  const target = WEEKDAYS.indexOf(m[2]);
  // Only the weekday written in full: chrono reads its three letters in some places and not in others ("the mon").
  if (!m[0].endsWith(WEEKDAY_NAMES[target])) return undefined;
  const today = weekdayOf(reference);
  const ahead = (target - today + 7) % 7;
  if (m[1] === 'next') {
    // The weekday in the week after this one, weeks starting on Monday.
    return reference + (7 - ((today + 6) % 7)) + ((target + 6) % 7);
  }
  let day = reference + (m[1] === 'this' || direction === 'forward' || ahead <= 3 ? ahead : ahead - 7);
  // As in parse(): what happened ("met on Friday") is never after the day it was written.
  if (direction === 'back' && day > reference) day -= 7;
  return day;
}

/** Phrases common enough in notes to answer without chrono, with chrono's meaning. */
const FIXED_PHRASE =
  /^(?:.*?\b)?(today|tonight|tomorrow|yesterday|(?:the )?end of (?:the )?month)\b(?![\s\S]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

function fixedPhrase(phrase: string, reference: Day): Day {
  if (phrase === 'today' || phrase === 'tonight') return reference;
  if (phrase === 'tomorrow') return reference + 1;
  if (phrase === 'yesterday') return reference - 1;
  return endOfMonth(reference);
}

/**
 * Resolves natural-language dates against a note's own date, not today.
 * Deadlines ("by Friday") look forward from the note's date; what happened
 * ("met on Nov 3") looks back, so a past-tense line never lands next year.
 */
const PARSERS: Record<Language, { parse: typeof chrono.casual.parse }> = {
  en: chrono.casual,
  de: chronoDe.casual,
  fr: chronoFr.casual,
  es: chronoEs.casual,
  nl: chronoNl.casual,
  pt: chronoPt.casual,
  ja: chronoJa.casual,
};

/** A date-ish token in any language: a digit, or a letter outside ASCII-only English words. */
const ANY_DATE_HINT = /\d|[^\p{ASCII}]|[a-z]{3,}/iu;

export class DateResolver {
  private readonly cache = new Map<string, Day | null>();
  private readonly parser: { parse: typeof chrono.casual.parse };

  /** `shortcuts: false` sends every phrase to chrono-node (tests compare the two). */
  constructor(
    private readonly language: Language = 'en',
    private readonly shortcuts = true,
  ) {
    this.parser = PARSERS[language];
  }

  /**
   * The day a phrase names, or null. A day outside the years 1000–9999
   * ("in 900 weeks" written in 9990, a year chrono reads as 12026) is no date:
   * the line is read as if it named none.
   */
  resolve(text: string, reference: Day, direction: DateDirection): Day | null {
    const day = this.find(text, reference, direction);
    return day !== null && isCalendarDay(day) ? day : null;
  }

  private find(text: string, reference: Day, direction: DateDirection): Day | null {
    const iso = ISO_IN_TEXT.exec(text);
    if (iso) {
      const day = dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (day !== null) return day;
    }
    if (this.language !== 'en') return this.other(text, reference, direction);
    const hint = DATE_HINT.exec(text);
    if (!hint) return null;
    const window = text.slice(Math.max(0, hint.index - WINDOW_BEFORE), hint.index + WINDOW_AFTER);
    const fixed = FIXED_PHRASE.exec(window);
    if (fixed) return fixedPhrase(fixed[1].toLowerCase(), reference);
    const monthDay = MONTH_DAY.exec(window);
    if (monthDay && monthDay.index <= hint.index - Math.max(0, hint.index - WINDOW_BEFORE) + 12) {
      const day = this.monthDay(monthDay, reference, direction);
      if (day !== null) return day;
    }
    // A weekday-relative phrase resolves to the same offset from any reference on the same weekday.
    const weekdayBound = !ANCHORED_TO_DATE.test(window);
    const key = weekdayBound ? `w${weekdayOf(reference)}|${direction}|${window}` : `${reference}|${direction}|${window}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached === null ? null : weekdayBound ? reference + cached : cached;
    const quick = weekdayBound && this.shortcuts ? relativePhrase(window, reference, direction) : undefined;
    const day = quick !== undefined ? quick : this.parse(window, reference, direction);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, day === null ? null : weekdayBound ? day - reference : day);
    return day;
  }

  /** Languages other than English: no English fast paths, chrono on the text, cached per reference day. */
  private other(text: string, reference: Day, direction: DateDirection): Day | null {
    if (!ANY_DATE_HINT.test(text)) return null;
    const clipped = text.length > 120 ? text.slice(0, 120) : text;
    const key = `${reference}|${direction}|${clipped}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const day = this.parse(clipped, reference, direction);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, day);
    return day;
  }

  /** A month and day without a year: the nearest such day before (back) or after (forward) the reference. */
  private monthDay(m: RegExpExecArray, reference: Day, direction: DateDirection): Day | null {
    const month = englishMonth(m[1] ?? m[4]) ?? 0;
    const date = Number(m[2] ?? m[3]);
    const { year } = dayParts(reference);
    const candidates = [year - 1, year, year + 1].map((y) => dayFromParts(y, month, date)).filter((d): d is Day => d !== null);
    if (candidates.length === 0) return null;
    if (direction === 'forward') return candidates.find((d) => d >= reference) ?? null;
    const before = candidates.filter((d) => d <= reference);
    return before.length ? before[before.length - 1] : null;
  }

  /** chrono's readings of the text; none when chrono fails on it. */
  private readings(text: string, reference: Day, forwardDate: boolean): chrono.ParsedResult[] {
    try {
      return this.parser.parse(text, localNoon(reference), { forwardDate });
    } catch {
      return [];
    }
  }

  private parse(text: string, reference: Day, direction: DateDirection): Day | null {
    for (let r of this.readings(text, reference, direction === 'forward')) {
      if (direction === 'forward' && this.language === 'en' && PAST_WORDS.test(r.text)) r = this.readings(r.text, reference, false)[0] ?? r;
      const start = r.start;
      const dayKnown = start.isCertain('day') || start.isCertain('weekday');
      if (!dayKnown) continue;
      let day = dayFromLocalDate(start.date());
      if (direction === 'back' && day > reference && !/\b(next|in|tomorrow|coming)\b/i.test(r.text)) {
        // "Met on Friday" written on Wednesday means last Friday; "Nov 30" written in
        // December means this year's.
        if (!start.isCertain('day') && start.isCertain('weekday')) day -= 7;
        else if (!start.isCertain('year')) {
          const d = start.date();
          day = dayFromLocalDate(new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12));
        }
      }
      return day;
    }
    return null;
  }
}
