import { type Result, fail, ok } from '../model/result';
import { type Day, dayFromParts, dayParts } from '../model/day';
import { BoundedCache } from '../model/bounded-cache';
import { escapeRegExp } from './regex';

/**
 * The part of moment.js's format language that daily-note settings use:
 * `YYYY YY MM M MMM MMMM DD D Do ddd dddd`, `[literal]` text, and any
 * character that is not a letter (`/`, `-`, `.`, spaces) as itself. Periodic
 * Notes and the Daily notes core plugin place notes with such a format
 * ("YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-ddd"), and the same format dates the
 * notes already there.
 */
type Token = 'YYYY' | 'YY' | 'MM' | 'M' | 'MMM' | 'MMMM' | 'DD' | 'D' | 'Do' | 'ddd' | 'dddd';
type Part = { token: Token } | { literal: string };

const TOKENS: readonly Token[] = ['YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'DD', 'Do', 'D', 'dddd', 'ddd'];

export interface DateFormat {
  readonly source: string;
  readonly parts: readonly Part[];
}

export type DateFormatResult = Result<DateFormat>;

/**
 * Reads a format; a token outside the supported set, or (unless `anyDate`, for
 * text such as a template's "{{date:MMMM YYYY}}") a format that does not name
 * a day, cannot place a note.
 */
export function compileDateFormat(source: string, anyDate = false): DateFormatResult {
  const parts: Part[] = [];
  let i = 0;
  const literal = (text: string) => {
    const last = parts[parts.length - 1];
    if (last && 'literal' in last) parts[parts.length - 1] = { literal: last.literal + text };
    else parts.push({ literal: text });
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return fail(`the format "${source}" opens a [ it never closes`);
      literal(source.slice(i + 1, close));
      i = close + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let end = i;
      while (end < source.length && source[end] === c) end++;
      const run = source.slice(i, end);
      // "Do" is the one token of two different letters.
      if (run === 'D' && source[end] === 'o') {
        parts.push({ token: 'Do' });
        i = end + 1;
        continue;
      }
      const token = TOKENS.find((t) => t === run);
      if (!token) return fail(`the format "${source}" uses "${run}", which Goodwill cannot place (it reads ${TOKENS.join(' ')})`);
      parts.push({ token });
      i = end;
      continue;
    }
    literal(c);
    i++;
  }
  const has = (...ts: Token[]) => parts.some((p) => 'token' in p && ts.includes(p.token));
  if (!anyDate && (!has('YYYY', 'YY') || !has('MM', 'M', 'MMM', 'MMMM') || !has('DD', 'D', 'Do'))) {
    return fail(`the format "${source}" does not name a day (it needs a year, a month and a day of the month)`);
  }
  return ok({ source, parts });
}

/** Month and weekday names as moment writes them, in English and in a note language, from the runtime's own data. */
interface Names {
  months: string[];
  monthsShort: string[];
  weekdays: string[];
  weekdaysShort: string[];
}

const namesByLocale = new BoundedCache<string, Names>(16);

function namesOf(locale: string): Names {
  let names = namesByLocale.get(locale);
  if (!names) {
    const month = (style: 'long' | 'short') => {
      const f = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2000, m, 15)));
    };
    const weekday = (style: 'long' | 'short') => {
      const f = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
      // 2 January 2000 was a Sunday: index 0 is Sunday, as in moment.
      return Array.from({ length: 7 }, (_, d) => f.format(Date.UTC(2000, 0, 2 + d)));
    };
    names = { months: month('long'), monthsShort: month('short'), weekdays: weekday('long'), weekdaysShort: weekday('short') };
    namesByLocale.set(locale, names);
  }
  return names;
}

/** English month names by their first three letters in lower case: `jan` is 1, `dec` 12. Made when first asked. */
let englishMonths: Map<string, number> | null = null;

/** The month (1 to 12) an English month name or abbreviation names by its first three letters ("Sept", "NOVEMBER"); null for none. */
export function englishMonth(word: string): number | null {
  englishMonths ??= new Map(namesOf('en').monthsShort.map((name, i) => [name.toLowerCase().slice(0, 3), i + 1]));
  return englishMonths.get(word.toLowerCase().slice(0, 3)) ?? null;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The day written in the format, with names in `language` (English by default). */
export function formatDayAs(format: DateFormat, day: Day, language = 'en'): string {
  const { year, month, date } = dayParts(day);
  const names = namesOf(language);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return format.parts
    .map((p) => {
      if ('literal' in p) return p.literal;
      switch (p.token) {
        case 'YYYY':
          return pad(year, 4);
        case 'YY':
          return pad(year % 100, 2);
        case 'MM':
          return pad(month, 2);
        case 'M':
          return String(month);
        case 'MMM':
          return names.monthsShort[month - 1];
        case 'MMMM':
          return names.months[month - 1];
        case 'DD':
          return pad(date, 2);
        case 'D':
          return String(date);
        case 'Do':
          return language === 'en' ? ordinal(date) : `${date}.`;
        case 'ddd':
          return names.weekdaysShort[weekday];
        case 'dddd':
          return names.weekdays[weekday];
      }
    })
    .join('');
}

const alternatives = (words: string[]) =>
  `(${[...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`;

interface Matcher {
  pattern: RegExp;
  /** For each capture group, the token it holds. */
  groups: Token[];
}

/** Matchers by format and language: a vault has one daily-note format, read in one or two languages. */
const matchers = new BoundedCache<DateFormat, BoundedCache<string, Matcher>>(4);

function matcherOf(format: DateFormat, language: string): Matcher {
  const byLanguage = matchers.getOrMake(format, () => new BoundedCache(4));
  let matcher = byLanguage.get(language);
  if (matcher) return matcher;
  const locales = language === 'en' ? [namesOf('en')] : [namesOf('en'), namesOf(language)];
  const all = (pick: (n: Names) => string[]) => locales.flatMap(pick).flatMap((w) => [w, w.replace(/\.$/, '')]);
  const groups: Token[] = [];
  const source = format.parts
    .map((p) => {
      if ('literal' in p) return escapeRegExp(p.literal);
      groups.push(p.token);
      switch (p.token) {
        case 'YYYY':
          return '(\\d{4})';
        case 'YY':
        case 'MM':
        case 'DD':
          return '(\\d{2})';
        case 'M':
        case 'D':
          return '(\\d{1,2})';
        case 'Do':
          return '(\\d{1,2})(?:st|nd|rd|th|\\.|º|er|e)?';
        case 'MMM':
          return alternatives(all((n) => n.monthsShort));
        case 'MMMM':
          return alternatives(all((n) => n.months));
        case 'ddd':
          return alternatives(all((n) => n.weekdaysShort));
        case 'dddd':
          return alternatives(all((n) => n.weekdays));
      }
    })
    .join('');
  matcher = { pattern: new RegExp(`^${source}$`, 'i'), groups };
  byLanguage.set(language, matcher);
  return matcher;
}

/**
 * The day a name written in the format stands for (the path of a daily note
 * below its folder, without `.md`), or null when it does not fit the format
 * or names no real day. Month names are read in English and in `language`.
 */
export function dayFromFormatted(format: DateFormat, text: string, language = 'en'): Day | null {
  const { pattern, groups } = matcherOf(format, language);
  const m = pattern.exec(text);
  if (!m) return null;
  let year: number | null = null;
  let month: number | null = null;
  let date: number | null = null;
  const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');
  const monthIndex = (word: string, pick: (n: Names) => string[]) => {
    for (const names of [namesOf('en'), namesOf(language)]) {
      const i = pick(names).findIndex((n) => lower(n) === lower(word));
      if (i >= 0) return i + 1;
    }
    return null;
  };
  for (let g = 0; g < groups.length; g++) {
    const value = m[g + 1];
    const seen = (current: number | null, next: number | null) => (current !== null && next !== current ? NaN : next);
    switch (groups[g]) {
      case 'YYYY':
        year = seen(year, Number(value));
        break;
      case 'YY':
        year = seen(year, 2000 + Number(value));
        break;
      case 'MM':
      case 'M':
        month = seen(month, Number(value));
        break;
      case 'MMM':
        month = seen(
          month,
          monthIndex(value, (n) => n.monthsShort),
        );
        break;
      case 'MMMM':
        month = seen(
          month,
          monthIndex(value, (n) => n.months),
        );
        break;
      case 'DD':
      case 'D':
      case 'Do':
        date = seen(date, Number(value));
        break;
      default:
        // A weekday name says nothing the date does not.
        break;
    }
  }
  if (year === null || month === null || date === null || Number.isNaN(year + month + date)) return null;
  return dayFromParts(year, month, date);
}
