import { LANGUAGES, type Language } from '../language/languages';
import {
  MAX_GIVES,
  MAX_THRESHOLD,
  MAX_TRUST_WINDOW_MONTHS,
  amount,
  cadence,
  choice,
  clockTime,
  days,
  fieldAliases,
  flag,
  groups,
  nonEmptyText,
  path,
  paths,
  tagPrefix,
  template,
  text,
  texts,
  weights,
  whole,
} from './setting-types';
import { type SettingSpec, setting } from './setting-spec';

/**
 * Everything the user can tune, described once: each setting's type (how a
 * value is read, and the control it gets), default, range, label, help and
 * group. The defaults, the strict and the tolerant readings (settings.ts),
 * the settings tab and the README's settings table follow from it. The plugin
 * stores the settings in its data.json, and the CLI reads the same keys from
 * a JSON file given with --config.
 */

export { SETTING_GROUPS, type SettingGroup, type SettingSpec } from './setting-spec';

export const LOG_TARGETS = ['daily', 'current', 'folder'] as const;
export type LogTarget = (typeof LOG_TARGETS)[number];

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  pt: 'Português',
  ja: '日本語',
};

/** The settings, in the order of the settings tab. */
export const SETTINGS_SCHEMA = {
  /** Values of `type`, `categories` or `tags` that make a note a person (case-insensitive; `[[People]]` reads as "People"). */
  personTypes: setting({
    group: 'People',
    type: texts,
    default: ['person', 'people', 'contact', 'contacts'],
    label: 'Person types',
    help: 'Values of "type", "categories" or "tags" that make a note a person, comma-separated; a link counts by the name of its note.',
  }),
  /** A tag (without #) that makes a note a person. */
  personTag: setting({
    group: 'People',
    type: text,
    default: 'person',
    label: 'Person tag',
    help: 'A tag that makes a note a person (without #).',
  }),
  /** Each tag below this one (`people/` makes `#people/ana-ruiz` Ana Ruiz) is a person; empty: off. */
  personTagPrefix: setting({
    group: 'People',
    type: tagPrefix,
    default: '',
    label: 'Person tag prefix',
    help: 'Each tag below this one is a person, named from its last part, and each dated note with it a touch. Empty: off.',
  }),
  /** Folder names that hold people, matched at any depth, case-insensitively. */
  peopleFolderNames: setting({
    group: 'People',
    type: paths,
    default: ['People', 'Contacts'],
    range: 'folder names (vault paths)',
    label: 'People folder names',
    help: 'Folders with these names, at any depth, hold people.',
  }),
  /** Vault-relative folders (subfolders included) that hold people; when set, they replace peopleFolderNames. */
  peopleFolders: setting({
    group: 'People',
    type: paths,
    default: [],
    label: 'People folders',
    help: 'Vault-relative folders of people; when set, they replace the folder names.',
  }),
  /** The vault-relative path of your own person note: never counted among a meeting's attendees. */
  me: setting({
    group: 'People',
    type: path,
    default: '',
    label: 'Your own note',
    help: 'The path of your own person note: never counted among the people a meeting was with, and never in follow-ups, balance, introductions or the people list. Briefs read your interests and offers from it.',
  }),
  /** More frontmatter keys for person fields, after the built-in ones: {"cadence": ["contact_every"]} (see model/field-aliases.ts). */
  fieldAliases: setting({
    group: 'People',
    type: fieldAliases,
    default: {},
    label: 'Field aliases',
    help: 'More property names for person fields, one field a line: "cadence: contact_every, touch_every".',
  }),

  /** Values of `type` or `categories` that make a note a meeting. */
  meetingTypes: setting({
    group: 'Meetings',
    type: texts,
    default: ['meeting', 'meetings'],
    label: 'Meeting types',
    help: 'Values of "type" or "categories" that make a note a meeting, where one person listed makes a one-to-one.',
  }),
  /** More vault-relative folders whose notes (subfolders included) are meetings, besides `meetingFolder`. */
  meetingFolders: setting({
    group: 'Meetings',
    type: paths,
    default: [],
    label: 'Other meeting folders',
    help: 'Vault-relative folders whose notes are meetings too, besides the meeting folder, such as 1-1s.',
  }),
  /** Frontmatter keys listing the people a dated note was in touch with (links or plain names). */
  attendeeKeys: setting({
    group: 'Meetings',
    type: texts,
    default: ['attendees', 'people', 'participants', 'with', 'person', 'contacts', 'who'],
    label: 'Attendee properties',
    help: 'Properties that list the people a dated note was with, as links or names.',
  }),
  /** Values of `type` or `categories` that make a note an organisation: its people properties are no attendees. */
  orgTypes: setting({
    group: 'Meetings',
    type: texts,
    default: ['organization', 'organisation', 'company', 'companies', 'organizations', 'organisations'],
    label: 'Organisation types',
    help: 'Values of "type" or "categories" that make a note an organisation: the people it lists were not met there.',
  }),

  /** Folders never read besides hidden ones: a name matches at any depth, a path with `/` from the vault root. */
  excludedFolders: setting({
    group: 'Reading',
    type: paths,
    // Hidden folders (the app's settings folder, the trash) are never read, as in Obsidian; see isExcluded.
    default: ['Templates'],
    label: 'Excluded folders',
    help: 'Never read. A name matches at any depth; a path with / from the vault root.',
  }),
  /** A link to a person anywhere in a dated note is a touch, not only on an interaction line. */
  mentionsAreTouches: setting({
    group: 'Reading',
    type: flag,
    default: false,
    label: 'Mentions are touches',
    help: "A link to a person anywhere in a dated note counts as being in touch that day, not only on a list item. Goodwill's own digest never counts.",
  }),
  /** The language of the notes: chrono-node's locale for dates, and the verbs and keywords listened for. */
  language: setting<Language>({
    group: 'Reading',
    type: choice(LANGUAGES, LANGUAGE_NAMES),
    default: 'en',
    label: 'Language of the notes',
    help: 'For dates written in words and the verbs of interaction lines. Dataview keys (give::, owe::) stay as they are.',
  }),
  /** Frontmatter key holding a note's date. */
  dateField: setting({
    group: 'Reading',
    type: nonEmptyText,
    default: 'date',
    label: 'Date field',
    help: "Frontmatter key that holds a note's date.",
  }),

  /** Where logged lines go: today's daily note, the note being edited, or a dated note in `logFolder`. */
  logTarget: setting<LogTarget>({
    group: 'Writing',
    type: choice(LOG_TARGETS, { daily: 'Daily note', current: 'Current note', folder: 'Folder' }),
    default: 'daily',
    label: 'Where logged lines go',
    help: "Lines from the log commands and the view: today's daily note (per the daily notes settings), the note being edited, or a dated note in a folder.",
  }),
  /** Folder for logged lines when `logTarget` is "folder". */
  logFolder: setting({
    group: 'Writing',
    type: path,
    default: 'Goodwill log',
    label: 'Log folder',
    help: 'Folder for logged lines when they go to a folder.',
  }),
  /** Folder for new meeting notes. */
  meetingFolder: setting({
    group: 'Writing',
    type: path,
    default: 'Meetings',
    label: 'Meeting folder',
    help: 'Folder for new meeting notes; notes in it (subfolders included) are meetings.',
  }),
  /** Folder for new person notes. */
  personFolder: setting({
    group: 'Writing',
    type: path,
    default: 'People',
    label: 'Person folder',
    help: 'Folder for new person notes.',
  }),
  /** A note whose text starts new person notes (`{{name}}` is replaced); empty: a built-in template. */
  personTemplate: setting({
    group: 'Writing',
    type: path,
    default: '',
    label: 'Person template',
    help: 'A note to start new person notes from ({{name}} is replaced). Empty: a built-in template.',
  }),
  /** Folder for introduction drafts. */
  introFolder: setting({
    group: 'Writing',
    type: path,
    default: 'Introductions',
    label: 'Introduction folder',
    help: 'Folder for introduction drafts.',
  }),
  /** The introduction draft text; placeholders: {{a}}, {{b}}, {{aFirst}}, {{bFirst}}, {{reasons}}, {{date}}. Empty: the built-in draft. */
  introTemplate: setting({
    group: 'Writing',
    type: template,
    default: '',
    label: 'Introduction template',
    help: 'The draft text. Placeholders: {{a}}, {{b}}, {{aFirst}}, {{bFirst}}, {{reasons}}, {{date}}, {{draft}}. Empty: the built-in draft.',
  }),
  /** Write the morning digest into the daily note on the first start of each day. */
  digestOnFirstOpen: setting({
    group: 'Writing',
    type: flag,
    default: false,
    label: 'Digest on first open',
    help: "Write the morning digest into today's daily note the first time the vault opens each day.",
  }),
  /** A link `obsidian://goodwill?capture=…` writes its line at once, instead of opening the capture dialog with it. */
  protocolWritesDirectly: setting({
    group: 'Writing',
    type: flag,
    default: false,
    label: 'Capture links write directly',
    help: 'A capture link from another app writes its line without asking. Off: the capture dialog opens with the text, to confirm first.',
  }),
  /** Words matched as the same in needs and offers, one group a line: "VC = investor = venture capital". */
  synonyms: setting({
    group: 'Writing',
    type: groups,
    default: [],
    label: 'Synonyms for needs and offers',
    help: 'One group a line; each word or phrase is read as the first: VC = investor = venture capital.',
  }),

  /** Stay-in-touch interval for people without their own `cadence` (e.g. "6w"); empty means none. */
  defaultCadence: setting({
    group: 'Follow-ups',
    type: cadence,
    default: '',
    label: 'Default cadence',
    help: 'Stay-in-touch interval for people without their own, such as 6w or monthly. Empty: none.',
  }),
  /** The export command's calendar file rings at this local time on each follow-up's day (`HH:MM`); empty: no alarm. */
  icsAlarm: setting({
    group: 'Follow-ups',
    type: clockTime,
    default: '',
    label: 'Calendar alarm',
    help: 'In the calendar file the export command writes, each follow-up rings at this time on its day, such as 09:00. Empty: no alarm.',
  }),
  /** Never nudge sooner than this many days after the last touch. */
  minNudgeGapDays: setting({
    group: 'Follow-ups',
    type: days,
    default: 7,
    label: 'Nudge spacing (days)',
    help: 'Never nudge sooner than this after your last touch.',
  }),
  /** Follow-ups due within this many days from today are listed. */
  horizonDays: setting({
    group: 'Follow-ups',
    type: days,
    default: 7,
    label: 'Horizon (days)',
    help: 'Follow-ups due within this many days are listed.',
  }),
  /** Say thank you within this many days of a receipt. */
  thanksDays: setting({
    group: 'Follow-ups',
    type: days,
    default: 3,
    label: 'Thanks within (days)',
    help: 'Say thank you within this many days of receiving something.',
  }),
  /** Follow up this many days after a first meeting ... */
  firstFollowUpDays: setting({
    group: 'Follow-ups',
    type: days,
    default: 2,
    label: 'First follow-up (days)',
    help: 'Follow up this many days after a first meeting...',
  }),
  /** ... with people first met within this many days. */
  firstMeetingWindowDays: setting({
    group: 'Follow-ups',
    type: days,
    default: 14,
    label: 'First meeting window (days)',
    help: '...with people first met within this many days.',
  }),

  /** Overdrawn when received exceeds given by more than this. */
  overdrawnThreshold: setting({
    group: 'Balance',
    type: amount(MAX_THRESHOLD),
    default: 3,
    label: 'Overdrawn threshold',
    help: 'Overdrawn when received exceeds given by more than this.',
  }),
  /** In credit when given exceeds received by more than this. */
  inCreditThreshold: setting({
    group: 'Balance',
    type: amount(MAX_THRESHOLD),
    default: 3,
    label: 'In-credit threshold',
    help: 'In credit when given exceeds received by more than this.',
  }),
  /** One-way when at least this many gives ... */
  oneWayGives: setting({
    group: 'Balance',
    type: whole(0, MAX_GIVES, 'gives'),
    default: 3,
    label: 'One-way gives',
    help: 'One-way after this many gives...',
  }),
  /** ... and nothing received in this many days. */
  oneWayDays: setting({
    group: 'Balance',
    type: days,
    default: 180,
    label: 'One-way window (days)',
    help: '...with nothing received in this many days.',
  }),
  /** Half-life in days for fading old trades in the balance; 0 turns fading off. */
  halfLifeDays: setting({
    group: 'Balance',
    // 0 turns fading off; any other whole number of days is at least one.
    type: days,
    default: 0,
    range: '0 (off) or 1 to 3,650 days',
    label: 'Half-life (days)',
    help: 'Fade old trades; 0 turns fading off.',
  }),
  /** Weight of each value kind in the balance. */
  weights: setting({
    group: 'Balance',
    type: weights,
    default: { introduction: 3, lead: 2, contact: 2, information: 1, action: 1 },
    label: 'Weights',
    help: 'How much each kind of value counts in the balance.',
  }),
  /** The rolling window of the trust light and the health summary, in months. */
  trustWindowMonths: setting({
    group: 'Balance',
    type: whole(1, MAX_TRUST_WINDOW_MONTHS, 'months'),
    default: 6,
    label: 'Trust window (months)',
    help: 'The trust light and the health summary look back this many months.',
  }),
};

export type SettingKey = keyof typeof SETTINGS_SCHEMA;

/** The value type of a setting. */
type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;

/** The settings, as the schema describes them. */
export type GoodwillSettings = { -readonly [K in SettingKey]: ValueOf<(typeof SETTINGS_SCHEMA)[K]> };

/** The keys, in the schema's order. */
export const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

/** The range of a setting as the README states it. */
export const rangeOf = (key: SettingKey): string => SETTINGS_SCHEMA[key].range ?? SETTINGS_SCHEMA[key].type.range;

export const DEFAULT_SETTINGS: GoodwillSettings = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].default]),
) as GoodwillSettings;
