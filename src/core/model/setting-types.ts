import { type Result, fail, ok } from './result';
import { PERSON_FIELDS, type PersonField, isUnreadKey } from './field-aliases';
import { parseCadence } from './cadence';
import { parseClockTime } from './clock-time';
import { validateVaultPath } from './vault-path';
import { trimEndWhere } from '../text/trim';

/**
 * The types of the settings: for each, how a value is read (its type and
 * range, for the strict and the tolerant reading alike), the range as the
 * README states it, and the control the settings tab shows for it.
 */

/** Value kinds: what was traded. */
export const VALUE_KINDS = ['introduction', 'lead', 'contact', 'information', 'action'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Tells why a value cannot be used, naming the setting (`weights.lead` for one weight), or null for the settings as a whole. */
export type Problem = (key: string | null, message: string) => void;

/**
 * The control of a setting in the settings tab: one line of text, a number,
 * a toggle, a dropdown, a comma-separated list, groups one a line, a text of
 * several lines, one number per value kind, or one field a line.
 */
export type Control = 'text' | 'number' | 'toggle' | 'dropdown' | 'list' | 'groups' | 'note' | 'weights' | 'aliases';

export interface SettingType<T> {
  /**
   * The value to use, or undefined after telling `problem` why it cannot be
   * used. An object of entries (`weights`) keeps the entries of `fallback` it
   * does not give, and names each entry it cannot use by its own key.
   */
  read(value: unknown, key: string, problem: Problem, fallback: T): T | undefined;
  /** The range, as the README's settings table states it. */
  range: string;
  control: Control;
  /** A dropdown's choices: each value's label. */
  options?: Readonly<Record<string, string>>;
}

/**
 * The ranges. Days reach ten years at most: a gap, window or horizon longer
 * than that answers nothing a person would ask, and every sum of days then
 * stays a printable date. Weights and thresholds stop at amounts no
 * real ledger reaches, so that a balance is never Infinity (JSON null).
 */
export const MAX_SETTING_DAYS = 3650;
export const MAX_WEIGHT = 1000;
export const MAX_THRESHOLD = 10_000;
export const MAX_GIVES = 1000;
export const MAX_TRUST_WINDOW_MONTHS = 120;
/** Text settings (tags, field names, folders, list entries) are short; the two templates may be whole notes. */
const MAX_TEXT = 1000;
const MAX_TEMPLATE = 100_000;
const MAX_LIST = 1000;

/** A number as the README writes it: 3,650. */
const shown = (n: number): string => new Intl.NumberFormat('en-US').format(n);

/** A setting of one value: its problem is told as `setting "key" must be …`. */
function single<T>(reader: (v: unknown) => Result<T>, range: string, control: Control, options?: Record<string, string>): SettingType<T> {
  return {
    read: (value, key, problem) => {
      const r = reader(value);
      if (r.ok) return r.value;
      problem(key, `setting "${key}" ${r.error}`);
      return undefined;
    },
    range,
    control,
    ...(options ? { options } : {}),
  };
}

function wholeNumber(min: number, max: number, unit: string): (v: unknown) => Result<number> {
  return (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? ok(v)
      : fail(`must be a number of whole ${unit} from ${min} to ${max}`);
}

function amountUpTo(max: number): (v: unknown) => Result<number> {
  return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? ok(v) : fail(`must be a number from 0 to ${max}`));
}

function textReader(options: { max?: number; trim?: boolean; nonEmpty?: boolean } = {}): (v: unknown) => Result<string> {
  const max = options.max ?? MAX_TEXT;
  return (v) => {
    if (typeof v !== 'string') return fail('must be a string');
    const value = options.trim === false ? v : v.trim();
    if (value.length > max) return fail(`must be at most ${max} characters long`);
    if (options.nonEmpty && value === '') return fail('must not be empty');
    return ok(value);
  };
}

/** A folder or note of the vault: see validateVaultPath. Empty is the vault's root (for a template: none). */
function vaultPath(v: unknown): Result<string> {
  const t = textReader()(v);
  if (!t.ok) return t;
  const check = validateVaultPath(t.value);
  return check.ok ? ok(check.value) : fail(`must be a path inside the vault: ${check.error}`);
}

function listOf(entry: (v: unknown) => Result<string>): (v: unknown) => Result<string[]> {
  return (v) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return fail('must be a list of strings');
    if (v.length > MAX_LIST) return fail(`must hold at most ${MAX_LIST} entries`);
    const out: string[] = [];
    for (const x of v as string[]) {
      if (x.trim() === '') continue;
      const r = entry(x);
      if (!r.ok) return r;
      if (r.value !== '') out.push(r.value);
    }
    return ok(out);
  };
}

/** Characters that end a tag as Obsidian reads it, white space aside: ASCII punctuation but `_`, `-` and `/`. */
const NOT_IN_TAG = /[\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]/;

/** Empty, or a tag written with or without `#`, read as the tag path its people lie below: `people` is `people/`. */
function tagPrefixReader(v: unknown): Result<string> {
  const t = textReader()(v);
  if (!t.ok) return t;
  const bare = trimEndWhere(t.value.replace(/^#/, ''), (code) => code === 47 /* / */);
  if (bare === '') return ok('');
  if (NOT_IN_TAG.test(bare) || bare.startsWith('/') || bare.includes('//') || /^\d+$/.test(bare)) {
    return fail('must be empty or a tag such as "people/" (letters, digits, -, _ and /)');
  }
  return ok(`${bare}/`);
}

/** Empty, or a cadence as the person field `cadence` reads it. */
function cadenceReader(v: unknown): Result<string> {
  const t = textReader()(v);
  if (!t.ok || t.value === '' || parseCadence(t.value)) return t;
  return fail('must be a cadence from 1 day to 10 years, such as "6w", "10d", "2 months" or "quarterly" (or empty)');
}

/** Empty, or a time of day as `HH:MM` (see parseClockTime). */
function clockTimeReader(v: unknown): Result<string> {
  const t = textReader()(v);
  if (!t.ok || t.value === '' || parseClockTime(t.value)) return t;
  return fail('must be a time of day written HH:MM, from 00:00 to 23:59, such as "09:00" (or empty)');
}

/** A whole number of days: a gap, a window or a horizon. */
export const days = single(wholeNumber(0, MAX_SETTING_DAYS, 'days'), `0 to ${shown(MAX_SETTING_DAYS)} days`, 'number');

/** A whole number of `unit` from `min` to `max`. */
export const whole = (min: number, max: number, unit: string): SettingType<number> =>
  single(wholeNumber(min, max, unit), `whole, ${shown(min)} to ${shown(max)} ${unit}`, 'number');

/** A number, fractions allowed, from 0 to `max`. */
export const amount = (max: number): SettingType<number> => single(amountUpTo(max), `0 to ${shown(max)}`, 'number');

/** A short text, trimmed. */
export const text = single(textReader(), 'text', 'text');

/** A short text, trimmed, that may not be empty. */
export const nonEmptyText = single(textReader({ nonEmpty: true }), 'text, not empty', 'text');

/** A whole note's worth of text, kept as typed. */
export const template = single(textReader({ max: MAX_TEMPLATE, trim: false }), `text up to ${shown(MAX_TEMPLATE)} characters`, 'note');

export const path = single(vaultPath, 'vault path', 'text');
export const texts = single(listOf(textReader()), 'texts', 'list');
export const paths = single(listOf(vaultPath), 'vault paths', 'list');

/** Texts, one a line in the settings tab, each a group of words joined by `=`. */
export const groups = single(listOf(textReader()), 'texts', 'groups');

export const flag = single(
  (v): Result<boolean> => (typeof v === 'boolean' ? ok(v) : fail('must be true or false')),
  '`true`, `false`',
  'toggle',
);

export const tagPrefix = single(tagPrefixReader, 'empty, or a tag (`people/`; letters, digits, `-`, `_`, `/`)', 'text');

export const cadence = single(cadenceReader, 'empty, or a cadence from 1 day to 10 years', 'text');

export const clockTime = single(clockTimeReader, 'empty, or a time `HH:MM` (00:00 to 23:59)', 'text');

/** One of `values`, each shown by its label. */
export function choice<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): SettingType<T> {
  const reader = (v: unknown): Result<T> =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? ok(v as T) : fail(`must be one of: ${values.join(', ')}`);
  return single(reader, values.map((v) => `\`${v}\``).join(', '), 'dropdown', labels);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A weight for each value kind: a kind not given keeps its weight. */
export const weights: SettingType<Record<ValueKind, number>> = {
  read(value, _key, problem, fallback) {
    if (!isObject(value)) {
      problem('weights', 'setting "weights" must be an object of kind: number');
      return undefined;
    }
    const out = { ...fallback };
    const weight = amountUpTo(MAX_WEIGHT);
    for (const [kind, v] of Object.entries(value)) {
      if (!(VALUE_KINDS as readonly string[]).includes(kind)) {
        problem(`weights.${kind}`, `unknown kind "${kind}" in "weights" (kinds: ${VALUE_KINDS.join(', ')})`);
        continue;
      }
      const r = weight(v);
      if (r.ok) out[kind as ValueKind] = r.value;
      else problem(`weights.${kind}`, `weight of "${kind}" ${r.error}`);
    }
    return out;
  },
  range: `each 0 to ${shown(MAX_WEIGHT)}`,
  control: 'weights',
};

/** More keys for person fields: known fields only, keys that no other field already reads, none of Goodwill's own. */
export const fieldAliases: SettingType<Record<string, string[]>> = {
  read(value, _key, problem) {
    if (!isObject(value)) {
      problem('fieldAliases', 'setting "fieldAliases" must be an object of field: list of keys');
      return undefined;
    }
    const aliases: Record<string, string[]> = {};
    const taken = new Map<string, string>();
    for (const field of Object.keys(PERSON_FIELDS) as PersonField[])
      for (const key of PERSON_FIELDS[field]) taken.set(key.toLowerCase(), field);
    for (const [field, keys] of Object.entries(value)) {
      const at = `fieldAliases.${field}`;
      if (!Object.prototype.hasOwnProperty.call(PERSON_FIELDS, field)) {
        problem(at, `unknown field "${field}" in "fieldAliases" (fields: ${Object.keys(PERSON_FIELDS).join(', ')})`);
        continue;
      }
      if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string')) {
        problem(at, `"${at}" must be a list of strings`);
        continue;
      }
      if (keys.length > MAX_LIST) {
        problem(at, `"${at}" must hold at most ${MAX_LIST} keys`);
        continue;
      }
      const list: string[] = [];
      for (const raw of keys as string[]) {
        const key = raw.trim();
        if (key === '') continue;
        if (key.length > MAX_TEXT) {
          problem(at, `"${at}": a key must be at most ${MAX_TEXT} characters long`);
          continue;
        }
        if (isUnreadKey(key)) {
          problem(at, `"${at}": keys starting with "goodwill-" are never read`);
          continue;
        }
        const owner = taken.get(key.toLowerCase());
        if (owner !== undefined && owner !== field) {
          problem(at, `"${at}": "${key}" already names ${owner}`);
          continue;
        }
        taken.set(key.toLowerCase(), field);
        list.push(key);
      }
      aliases[field] = list;
    }
    return aliases;
  },
  range: 'field: texts',
  control: 'aliases',
};
