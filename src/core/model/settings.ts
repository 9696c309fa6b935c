import { LANGUAGES, type Language } from '../language/languages';
import { PERSON_FIELDS, type PersonField, isUnreadKey } from './field-aliases';
import { parseCadence } from './cadence';
import { validateVaultPath } from './vault-path';
import { trimEndWhere } from '../text/trim';

/** Value kinds: what was traded. */
export const VALUE_KINDS = ['introduction', 'lead', 'contact', 'information', 'action'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * Everything the user can tune. The plugin stores it in its data.json and the
 * CLI reads the same keys from a JSON file given with --config.
 */
export interface GoodwillSettings {
  /** Values of `type`, `categories` or `tags` that make a note a person (case-insensitive; `[[People]]` reads as "People"). */
  personTypes: string[];
  /** A tag (without #) that makes a note a person. */
  personTag: string;
  /** Each tag below this one (`people/` makes `#people/ana-ruiz` Ana Ruiz) is a person; empty: off. */
  personTagPrefix: string;
  /** A link to a person anywhere in a dated note is a touch, not only on an interaction line. */
  mentionsAreTouches: boolean;
  /** Folder names that hold people, matched at any depth, case-insensitively. */
  peopleFolderNames: string[];
  /** Values of `type` or `categories` that make a note a meeting. */
  meetingTypes: string[];
  /** More vault-relative folders whose notes (subfolders included) are meetings, besides `meetingFolder`. */
  meetingFolders: string[];
  /** Values of `type` or `categories` that make a note an organisation: its people properties are no attendees. */
  orgTypes: string[];
  /** Frontmatter keys listing the people a dated note was in touch with (links or plain names). */
  attendeeKeys: string[];
  /** The vault-relative path of your own person note: never counted among a meeting's attendees. */
  me: string;
  /** More frontmatter keys for person fields, after the built-in ones: {"cadence": ["contact_every"]} (see model/field-aliases.ts). */
  fieldAliases: Record<string, string[]>;
  /** Words matched as the same in needs and offers, one group a line: "VC = investor = venture capital". */
  synonyms: string[];
  /** Vault-relative folders (subfolders included) that hold people; when set, they replace peopleFolderNames. */
  peopleFolders: string[];
  /** Folders never read besides hidden ones: a name matches at any depth, a path with `/` from the vault root. */
  excludedFolders: string[];
  /** Frontmatter key holding a note's date. */
  dateField: string;
  /** Stay-in-touch interval for people without their own `cadence` (e.g. "6w"); empty means none. */
  defaultCadence: string;
  /** Weight of each value kind in the balance. */
  weights: Record<ValueKind, number>;
  /** Overdrawn when received exceeds given by more than this. */
  overdrawnThreshold: number;
  /** In credit when given exceeds received by more than this. */
  inCreditThreshold: number;
  /** One-way when at least this many gives ... */
  oneWayGives: number;
  /** ... and nothing received in this many days. */
  oneWayDays: number;
  /** Never nudge sooner than this many days after the last touch. */
  minNudgeGapDays: number;
  /** Half-life in days for fading old trades in the balance; 0 turns fading off. */
  halfLifeDays: number;
  /** The rolling window of the trust light and the health summary, in months. */
  trustWindowMonths: number;
  /** Follow-ups due within this many days from today are listed. */
  horizonDays: number;
  /** Say thank you within this many days of a receipt. */
  thanksDays: number;
  /** Follow up this many days after a first meeting ... */
  firstFollowUpDays: number;
  /** ... with people first met within this many days. */
  firstMeetingWindowDays: number;
  /** Where logged lines go: today's daily note, the note being edited, or a dated note in `logFolder`. */
  logTarget: LogTarget;
  /** Folder for logged lines when `logTarget` is "folder". */
  logFolder: string;
  /** Folder for new meeting notes. */
  meetingFolder: string;
  /** Folder for new person notes. */
  personFolder: string;
  /** A note whose text starts new person notes (`{{name}}` is replaced); empty: a built-in template. */
  personTemplate: string;
  /** Folder for introduction drafts. */
  introFolder: string;
  /** The language of the notes: chrono-node's locale for dates, and the verbs and keywords listened for. */
  language: Language;
  /** Write the morning digest into the daily note on the first start of each day. */
  digestOnFirstOpen: boolean;
  /** The introduction draft text; placeholders: {{a}}, {{b}}, {{aFirst}}, {{bFirst}}, {{reasons}}, {{date}}. Empty: the built-in draft. */
  introTemplate: string;
}

export const LOG_TARGETS = ['daily', 'current', 'folder'] as const;
export type LogTarget = (typeof LOG_TARGETS)[number];

export const DEFAULT_SETTINGS: GoodwillSettings = {
  personTypes: ['person', 'people', 'contact', 'contacts'],
  personTag: 'person',
  personTagPrefix: '',
  mentionsAreTouches: false,
  peopleFolderNames: ['People', 'Contacts'],
  meetingTypes: ['meeting', 'meetings'],
  meetingFolders: [],
  orgTypes: ['organization', 'organisation', 'company', 'companies', 'organizations', 'organisations'],
  attendeeKeys: ['attendees', 'people', 'participants', 'with', 'person', 'contacts', 'who'],
  me: '',
  fieldAliases: {},
  peopleFolders: [],
  synonyms: [],
  // Hidden folders (the app's settings folder, the trash) are never read, as in Obsidian; see isExcluded.
  excludedFolders: ['Templates'],
  dateField: 'date',
  defaultCadence: '',
  weights: { introduction: 3, lead: 2, contact: 2, information: 1, action: 1 },
  overdrawnThreshold: 3,
  inCreditThreshold: 3,
  oneWayGives: 3,
  oneWayDays: 180,
  minNudgeGapDays: 7,
  halfLifeDays: 0,
  horizonDays: 7,
  trustWindowMonths: 6,
  thanksDays: 3,
  firstFollowUpDays: 2,
  firstMeetingWindowDays: 14,
  logTarget: 'daily',
  logFolder: 'Goodwill log',
  meetingFolder: 'Meetings',
  personFolder: 'People',
  personTemplate: '',
  introFolder: 'Introductions',
  introTemplate: '',
  digestOnFirstOpen: false,
  language: 'en',
};

/** A setting that cannot be used, naming it (`weights.lead` for one weight); null for the settings as a whole. */
export class SettingsError extends Error {
  constructor(
    readonly key: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** What reading one setting's value gives: the value to use, or why it cannot be used. */
type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };
const use = <T>(value: T): Reading<T> => ({ ok: true, value });
const refuse = (problem: string): Reading<never> => ({ ok: false, problem });

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

function wholeNumber(min: number, max: number, unit: string): (v: unknown) => Reading<number> {
  return (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? use(v)
      : refuse(`must be a number of whole ${unit} from ${min} to ${max}`);
}

function amount(max: number): (v: unknown) => Reading<number> {
  return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? use(v) : refuse(`must be a number from 0 to ${max}`));
}

function text(options: { max?: number; trim?: boolean; nonEmpty?: boolean } = {}): (v: unknown) => Reading<string> {
  const max = options.max ?? MAX_TEXT;
  return (v) => {
    if (typeof v !== 'string') return refuse('must be a string');
    const value = options.trim === false ? v : v.trim();
    if (value.length > max) return refuse(`must be at most ${max} characters long`);
    if (options.nonEmpty && value === '') return refuse('must not be empty');
    return use(value);
  };
}

/** A folder or note of the vault: see validateVaultPath. Empty is the vault's root (for a template: none). */
function vaultPath(v: unknown): Reading<string> {
  const t = text()(v);
  if (!t.ok) return t;
  const check = validateVaultPath(t.value);
  return check.ok ? use(check.path) : refuse(`must be a path inside the vault: ${check.problem}`);
}

function list(entry: (v: unknown) => Reading<string> = text()): (v: unknown) => Reading<string[]> {
  return (v) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return refuse('must be a list of strings');
    if (v.length > MAX_LIST) return refuse(`must hold at most ${MAX_LIST} entries`);
    const out: string[] = [];
    for (const x of v as string[]) {
      if (x.trim() === '') continue;
      const r = entry(x);
      if (!r.ok) return r;
      if (r.value !== '') out.push(r.value);
    }
    return use(out);
  };
}

function oneOf<T extends string>(values: readonly T[]): (v: unknown) => Reading<T> {
  return (v) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? use(v as T) : refuse(`must be one of: ${values.join(', ')}`);
}

/** Characters that end a tag as Obsidian reads it, white space aside: ASCII punctuation but `_`, `-` and `/`. */
const NOT_IN_TAG = /[\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]/;

/** Empty, or a tag written with or without `#`, read as the tag path its people lie below: `people` is `people/`. */
function tagPrefix(v: unknown): Reading<string> {
  const t = text()(v);
  if (!t.ok) return t;
  const bare = trimEndWhere(t.value.replace(/^#/, ''), (code) => code === 47 /* / */);
  if (bare === '') return use('');
  if (NOT_IN_TAG.test(bare) || bare.startsWith('/') || bare.includes('//') || /^\d+$/.test(bare)) {
    return refuse('must be empty or a tag such as "people/" (letters, digits, -, _ and /)');
  }
  return use(`${bare}/`);
}

const flag = (v: unknown): Reading<boolean> => (typeof v === 'boolean' ? use(v) : refuse('must be true or false'));

/** Empty, or a cadence as the person field `cadence` reads it. */
function cadenceText(v: unknown): Reading<string> {
  const t = text()(v);
  if (!t.ok || t.value === '' || parseCadence(t.value)) return t;
  return refuse('must be a cadence from 1 day to 10 years, such as "6w", "10d", "2 months" or "quarterly" (or empty)');
}

const days = wholeNumber(0, MAX_SETTING_DAYS, 'days');

/** One reader per setting: the key's type and range in one place, for the strict and the tolerant reading alike. */
const RULES: { [K in Exclude<keyof GoodwillSettings, 'weights' | 'fieldAliases'>]: (v: unknown) => Reading<GoodwillSettings[K]> } = {
  personTypes: list(),
  meetingTypes: list(),
  orgTypes: list(),
  attendeeKeys: list(),
  me: vaultPath,
  personTag: text(),
  personTagPrefix: tagPrefix,
  mentionsAreTouches: flag,
  meetingFolders: list(vaultPath),
  peopleFolderNames: list(vaultPath),
  synonyms: list(),
  peopleFolders: list(vaultPath),
  excludedFolders: list(vaultPath),
  dateField: text({ nonEmpty: true }),
  defaultCadence: cadenceText,
  overdrawnThreshold: amount(MAX_THRESHOLD),
  inCreditThreshold: amount(MAX_THRESHOLD),
  oneWayGives: wholeNumber(0, MAX_GIVES, 'gives'),
  oneWayDays: days,
  minNudgeGapDays: days,
  // 0 turns fading off; any other whole number of days is at least one.
  halfLifeDays: days,
  trustWindowMonths: wholeNumber(1, MAX_TRUST_WINDOW_MONTHS, 'months'),
  horizonDays: days,
  thanksDays: days,
  firstFollowUpDays: days,
  firstMeetingWindowDays: days,
  logTarget: oneOf(LOG_TARGETS),
  logFolder: vaultPath,
  meetingFolder: vaultPath,
  personFolder: vaultPath,
  personTemplate: vaultPath,
  introFolder: vaultPath,
  language: oneOf(LANGUAGES),
  digestOnFirstOpen: flag,
  introTemplate: text({ max: MAX_TEMPLATE, trim: false }),
};

const weight = amount(MAX_WEIGHT);

/** Why one setting's value cannot be used, or null when it can: for a settings form, before it saves a value. */
export function settingProblem<K extends keyof GoodwillSettings>(key: K, value: GoodwillSettings[K]): string | null {
  try {
    readSettings({ [key]: value }, (k, problem) => {
      throw new SettingsError(k, problem);
    });
    return null;
  } catch (err) {
    if (err instanceof SettingsError) return err.message;
    throw err;
  }
}

/**
 * Reads settings over the defaults, one key at a time. Every key is read
 * by own keys only (a JSON file or data.json may say anything, `"constructor"`
 * included), and a value out of its type or range goes to `problem`, which
 * throws (strict) or keeps the default (tolerant).
 */
function readSettings(input: unknown, problem: (key: string | null, message: string) => void): GoodwillSettings {
  const out: GoodwillSettings = { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights } };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    problem(null, 'settings must be a JSON object');
    return out;
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'weights') {
      readWeights(value, out, problem);
    } else if (key === 'fieldAliases') {
      readFieldAliases(value, out, problem);
    } else if (Object.prototype.hasOwnProperty.call(RULES, key)) {
      const k = key as keyof typeof RULES;
      const r = RULES[k](value);
      if (r.ok) (out as unknown as Record<string, unknown>)[k] = r.value;
      else problem(key, `setting "${key}" ${r.problem}`);
    } else {
      problem(key, `unknown setting "${key}"`);
    }
  }
  return out;
}

/** `fieldAliases`: known fields only, keys that no other field already reads, none of Goodwill's own. */
function readFieldAliases(value: unknown, out: GoodwillSettings, problem: (key: string | null, message: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('fieldAliases', 'setting "fieldAliases" must be an object of field: list of keys');
    return;
  }
  const aliases: Record<string, string[]> = {};
  const taken = new Map<string, string>();
  for (const field of Object.keys(PERSON_FIELDS) as PersonField[])
    for (const key of PERSON_FIELDS[field]) taken.set(key.toLowerCase(), field);
  for (const [field, keys] of Object.entries(value as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(PERSON_FIELDS, field)) {
      problem(`fieldAliases.${field}`, `unknown field "${field}" in "fieldAliases" (fields: ${Object.keys(PERSON_FIELDS).join(', ')})`);
      continue;
    }
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string')) {
      problem(`fieldAliases.${field}`, `"fieldAliases.${field}" must be a list of strings`);
      continue;
    }
    if (keys.length > MAX_LIST) {
      problem(`fieldAliases.${field}`, `"fieldAliases.${field}" must hold at most ${MAX_LIST} keys`);
      continue;
    }
    const list: string[] = [];
    for (const raw of keys as string[]) {
      const key = raw.trim();
      if (key === '') continue;
      if (key.length > MAX_TEXT) {
        problem(`fieldAliases.${field}`, `"fieldAliases.${field}": a key must be at most ${MAX_TEXT} characters long`);
        continue;
      }
      if (isUnreadKey(key)) {
        problem(`fieldAliases.${field}`, `"fieldAliases.${field}": keys starting with "goodwill-" are never read`);
        continue;
      }
      const owner = taken.get(key.toLowerCase());
      if (owner !== undefined && owner !== field) {
        problem(`fieldAliases.${field}`, `"fieldAliases.${field}": "${key}" already names ${owner}`);
        continue;
      }
      taken.set(key.toLowerCase(), field);
      list.push(key);
    }
    aliases[field] = list;
  }
  out.fieldAliases = aliases;
}

function readWeights(value: unknown, out: GoodwillSettings, problem: (key: string | null, message: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('weights', 'setting "weights" must be an object of kind: number');
    return;
  }
  for (const [kind, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(VALUE_KINDS as readonly string[]).includes(kind)) {
      problem(`weights.${kind}`, `unknown kind "${kind}" in "weights" (kinds: ${VALUE_KINDS.join(', ')})`);
      continue;
    }
    const r = weight(v);
    if (r.ok) out.weights[kind as ValueKind] = r.value;
    else problem(`weights.${kind}`, `weight of "${kind}" ${r.problem}`);
  }
}

/**
 * Merges user-supplied settings over the defaults, strictly: the first value
 * out of its type or range throws a SettingsError naming the key, so that a
 * hand-edited config file fails with a message that says what to fix.
 */
export function resolveSettings(input: unknown): GoodwillSettings {
  return readSettings(input, (key, message) => {
    throw new SettingsError(key, message);
  });
}

/** What a tolerant reading found: the settings to use, and what it set aside. */
export interface TolerantSettings {
  settings: GoodwillSettings;
  /** One line per key that could not be used, unknown keys included. */
  warnings: string[];
  /** Keys no setting has (`weights.x` and `fieldAliases.x` for unknown kinds and fields): another version's, kept in the file and ignored. */
  unknown: string[];
  /** The warnings of keys whose value could not be used (each fell back to its default). */
  invalid: string[];
}

/**
 * Merges saved settings over the defaults, tolerantly: a value out of its
 * type or range keeps its default, and a warning names it. The plugin's
 * data.json is read this way, by the plugin and by the CLI: one stale or
 * hand-edited key must not reset the others, nor stop either of them.
 */
export function resolveSettingsTolerant(input: unknown): TolerantSettings {
  const warnings: string[] = [];
  const unknown: string[] = [];
  const invalid: string[] = [];
  const settings = readSettings(input, (key, message) => {
    let warning: string;
    if (key === null) warning = `${message}; using the defaults`;
    else if (message.startsWith('unknown')) {
      unknown.push(key);
      warning = `${message}; ignored`;
    } else if (key.startsWith('weights.')) {
      const kind = key.slice('weights.'.length) as ValueKind;
      warning = `${message}; using the default (${DEFAULT_SETTINGS.weights[kind]})`;
    } else if (Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key) && key !== 'weights') {
      warning = `${message}; using the default (${JSON.stringify(DEFAULT_SETTINGS[key as keyof GoodwillSettings])})`;
    } else warning = `${message}; ignored`;
    warnings.push(warning);
    if (!message.startsWith('unknown')) invalid.push(warning);
  });
  return { settings, warnings, unknown, invalid };
}
