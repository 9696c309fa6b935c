import { LANGUAGES, type Language } from '../language/languages';
import { PERSON_FIELDS, type PersonField, isUnreadKey } from './field-aliases';

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
  /** Folder names that hold people, matched at any depth, case-insensitively. */
  peopleFolderNames: string[];
  /** Values of `type` or `categories` that make a note a meeting. */
  meetingTypes: string[];
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
  peopleFolderNames: ['People', 'Contacts'],
  meetingTypes: ['meeting', 'meetings'],
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

export class SettingsError extends Error {}

const NUMBER_KEYS = [
  'overdrawnThreshold',
  'inCreditThreshold',
  'oneWayGives',
  'oneWayDays',
  'minNudgeGapDays',
  'halfLifeDays',
  'horizonDays',
  'trustWindowMonths',
  'thanksDays',
  'firstFollowUpDays',
  'firstMeetingWindowDays',
] as const;
const LIST_KEYS = [
  'personTypes',
  'peopleFolderNames',
  'peopleFolders',
  'excludedFolders',
  'synonyms',
  'meetingTypes',
  'orgTypes',
  'attendeeKeys',
] as const;
const STRING_KEYS = [
  'personTag',
  'dateField',
  'defaultCadence',
  'logFolder',
  'meetingFolder',
  'personFolder',
  'personTemplate',
  'introFolder',
  'introTemplate',
  'me',
] as const;

/**
 * Merges user-supplied settings over the defaults, checking each key's type so
 * that a hand-edited config file fails with a message that names the key.
 */
export function resolveSettings(input: unknown): GoodwillSettings {
  const out: GoodwillSettings = { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights } };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new SettingsError('settings must be a JSON object');
  }
  const known = new Set<string>([
    ...NUMBER_KEYS,
    ...LIST_KEYS,
    ...STRING_KEYS,
    'weights',
    'logTarget',
    'digestOnFirstOpen',
    'language',
    'fieldAliases',
  ]);
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!known.has(key)) throw new SettingsError(`unknown setting "${key}"`);
  }
  for (const key of NUMBER_KEYS) {
    const v = record[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new SettingsError(`setting "${key}" must be a number of zero or more`);
    }
    out[key] = v;
  }
  for (const key of LIST_KEYS) {
    const v = record[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new SettingsError(`setting "${key}" must be a list of strings`);
    }
    out[key] = v.map((x: string) => x.trim()).filter((x) => x.length > 0);
  }
  for (const key of STRING_KEYS) {
    const v = record[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new SettingsError(`setting "${key}" must be a string`);
    out[key] = key === 'introTemplate' ? v : v.trim();
  }
  if (record.digestOnFirstOpen !== undefined) {
    if (typeof record.digestOnFirstOpen !== 'boolean') throw new SettingsError('setting "digestOnFirstOpen" must be true or false');
    out.digestOnFirstOpen = record.digestOnFirstOpen;
  }
  const language = record.language;
  if (language !== undefined) {
    if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language)) {
      throw new SettingsError(`setting "language" must be one of: ${LANGUAGES.join(', ')}`);
    }
    out.language = language as Language;
  }
  const target = record.logTarget;
  if (target !== undefined) {
    if (typeof target !== 'string' || !(LOG_TARGETS as readonly string[]).includes(target)) {
      throw new SettingsError(`setting "logTarget" must be one of: ${LOG_TARGETS.join(', ')}`);
    }
    out.logTarget = target as LogTarget;
  }
  if (record.fieldAliases !== undefined) out.fieldAliases = fieldAliasesFrom(record.fieldAliases);
  const w = record.weights;
  if (w !== undefined) {
    if (typeof w !== 'object' || w === null || Array.isArray(w)) {
      throw new SettingsError('setting "weights" must be an object of kind: number');
    }
    for (const [kind, value] of Object.entries(w as Record<string, unknown>)) {
      if (!(VALUE_KINDS as readonly string[]).includes(kind)) {
        throw new SettingsError(`unknown kind "${kind}" in "weights" (kinds: ${VALUE_KINDS.join(', ')})`);
      }
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new SettingsError(`weight of "${kind}" must be a number of zero or more`);
      }
      out.weights[kind as ValueKind] = value;
    }
  }
  return out;
}

/** `fieldAliases`: known fields only, keys that no other field already reads, none of Goodwill's own. */
function fieldAliasesFrom(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SettingsError('setting "fieldAliases" must be an object of field: list of keys');
  }
  const out: Record<string, string[]> = {};
  const taken = new Map<string, string>();
  for (const field of Object.keys(PERSON_FIELDS) as PersonField[])
    for (const key of PERSON_FIELDS[field]) taken.set(key.toLowerCase(), field);
  for (const [field, keys] of Object.entries(value as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(PERSON_FIELDS, field)) {
      throw new SettingsError(`unknown field "${field}" in "fieldAliases" (fields: ${Object.keys(PERSON_FIELDS).join(', ')})`);
    }
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string')) {
      throw new SettingsError(`"fieldAliases.${field}" must be a list of strings`);
    }
    const list: string[] = [];
    for (const raw of keys as string[]) {
      const key = raw.trim();
      if (key === '') continue;
      if (isUnreadKey(key)) throw new SettingsError(`"fieldAliases.${field}": keys starting with "goodwill-" are never read`);
      const owner = taken.get(key.toLowerCase());
      if (owner !== undefined && owner !== field) throw new SettingsError(`"fieldAliases.${field}": "${key}" already names ${owner}`);
      taken.set(key.toLowerCase(), field);
      list.push(key);
    }
    out[field] = list;
  }
  return out;
}
