import * as chrono from 'chrono-node/en';
import { type Day, dayFromLocalDate, dayFromParts, localNoon } from './day';

/**
 * Words without which chrono-node cannot find a calendar day. Checking for
 * them first keeps chrono (10–50 µs a call) off the many lines that hold no date.
 */
const DATE_HINT =
  /\b(?:today|tomorrow|yesterday|tonight|ago|week|weeks|month|months|day|days|fortnight|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/i;

const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** chrono is given at most this much text: the date words of a line sit near its start. */
const MAX_CHRONO_TEXT = 200;

export type DateDirection = 'forward' | 'back';

/**
 * Resolves natural-language dates against a note's own date, not today.
 * Deadlines ("by Friday") look forward from the note's date; what happened
 * ("met on Nov 3") looks back, so a past-tense line never lands next year.
 */
export class DateResolver {
  private readonly cache = new Map<string, Day | null>();

  resolve(text: string, reference: Day, direction: DateDirection): Day | null {
    const iso = ISO_IN_TEXT.exec(text);
    if (iso) {
      const day = dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (day !== null) return day;
    }
    if (!DATE_HINT.test(text)) return null;
    const clipped = text.length > MAX_CHRONO_TEXT ? text.slice(0, MAX_CHRONO_TEXT) : text;
    const key = `${reference}|${direction}|${clipped}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const day = this.parse(clipped, reference, direction);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, day);
    return day;
  }

  private parse(text: string, reference: Day, direction: DateDirection): Day | null {
    let results: chrono.ParsedResult[];
    try {
      results = chrono.casual.parse(text, localNoon(reference), { forwardDate: direction === 'forward' });
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
