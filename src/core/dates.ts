import * as chrono from 'chrono-node/en';
import * as chronoDe from 'chrono-node/de';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoJa from 'chrono-node/ja';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import type { Language } from './languages';
import { type Day, dayFromLocalDate, dayFromParts, dayParts, localNoon } from './day';

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Nov 3", "November 3rd", "3 Nov": a month and a day, no year. */
const MONTH_DAY =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?!\s*,?\s*\d{2,4}\b)(?![/:-])/i;
/**
 * Phrases whose day depends only on the reference's weekday ("Friday", "next
 * Tuesday", "in two weeks", "tomorrow"): no month, no year, no day of month.
 */
const ANCHORED_TO_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|month|year|quarter|\d{1,2}(?:st|nd|rd|th)\b|\d+[/.]\d+|\b\d{1,2}\b(?!\s*(?:days?|weeks?|fortnights?)\b)/i;

export type DateDirection = 'forward' | 'back';

/** Phrases common enough in notes to answer without chrono, with chrono's meaning. */
const FIXED_PHRASE = /^(?:.*?\b)?(today|tonight|tomorrow|yesterday|(?:the )?end of (?:the )?month)\b(?![\s\S]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

function fixedPhrase(phrase: string, reference: Day): Day {
  if (phrase === 'today' || phrase === 'tonight') return reference;
  if (phrase === 'tomorrow') return reference + 1;
  if (phrase === 'yesterday') return reference - 1;
  const { year, month } = dayParts(reference);
  return dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1)! - 1;
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

  constructor(private readonly language: Language = 'en') {
    this.parser = PARSERS[language];
  }

  resolve(text: string, reference: Day, direction: DateDirection): Day | null {
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
    const key = weekdayBound ? `w${(reference + 4) % 7}|${direction}|${window}` : `${reference}|${direction}|${window}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached === null ? null : weekdayBound ? reference + cached : cached;
    const day = this.parse(window, reference, direction);
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
    const month = MONTHS.indexOf((m[1] ?? m[4]).toLowerCase().slice(0, 3)) + 1;
    const date = Number(m[2] ?? m[3]);
    const { year } = dayParts(reference);
    const candidates = [year - 1, year, year + 1].map((y) => dayFromParts(y, month, date)).filter((d): d is Day => d !== null);
    if (candidates.length === 0) return null;
    if (direction === 'forward') return candidates.find((d) => d >= reference) ?? null;
    const before = candidates.filter((d) => d <= reference);
    return before.length ? before[before.length - 1] : null;
  }

  private parse(text: string, reference: Day, direction: DateDirection): Day | null {
    let results: chrono.ParsedResult[];
    try {
      results = this.parser.parse(text, localNoon(reference), { forwardDate: direction === 'forward' });
    } catch {
      return null;
    }
    for (const r of results) {
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
