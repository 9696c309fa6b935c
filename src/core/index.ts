/**
 * The core's public face: what the adapters (the Obsidian plugin, the CLI, the
 * benchmark and the browser page) may use. Everything behind it may move.
 */

// model
export {
  dailyNoteDay,
  dailyNoteFormat,
  dailyNotePlace,
  dailyNoteSettings,
  fillDailyTemplate,
  logFolderPlace,
  NO_DAILY_NOTE_PLACE,
  templateFormats,
} from './model/daily-notes';
export type { DailyNoteDating, DailyNoteSettings, ObsidianConfigFiles, Place } from './model/daily-notes';
export { dayParts, formatDay, parseIsoDay, todayLocal } from './model/day';
export { bareFolder, notePathIn, uniqueNotePath } from './model/folder-path';
export type { Day } from './model/day';
export type { NoteInput } from './model/note';
export { DEFAULT_SETTINGS, SettingsError, readSetting, resolveSettings, resolveSettingsTolerant, settingProblem } from './model/settings';
export { SETTING_GROUPS, SETTING_KEYS, SETTINGS_SCHEMA } from './model/settings-schema';
export type { SettingKey } from './model/settings-schema';
export { VALUE_KINDS } from './model/setting-types';
export { validateVaultPath } from './model/vault-path';
export { fail, ok } from './model/result';
export type { Result } from './model/result';
export type { VaultPathCheck } from './model/vault-path';
export type { GoodwillSettings } from './model/settings';
export { parseCadence } from './model/cadence';
export { parseClockTime } from './model/clock-time';
export { MAX_LINE_LENGTH } from './read/lines';
export { COMMANDS, USAGE, UsageError, parseArgs } from './command-line/args';
export type { CliArgs, Command, ParsedArgs } from './command-line/args';
export { commandText } from './command-line/answer-text';
export { safeJson, safeOutput, safeValue } from './command-line/safe-output';
export { table, truncate } from './command-line/table';
export type { ClockTime } from './model/clock-time';

// text
export { compileDateFormat, dayFromFormatted, formatDayAs } from './text/date-format';
export type { DateFormat } from './text/date-format';
export type { LineFingerprint } from './text/line-fingerprint';
export { readable } from './text/links';
export { fnv1a } from './text/hash';

// language
export { DateResolver } from './language/dates';
export { LANGUAGES } from './language/languages';
export type { Language } from './language/languages';

// read
export { DRAFT_STATES, mayDecline, nextDraftState } from './read/intro-drafts';
export type { DraftState } from './read/intro-drafts';
export { isExcluded, isPersonNote } from './read/conventions';
export { readNote, unreadRecords } from './read/note-records';
export { NoteBatchReader } from './read/note-batch';
export type { NoteBatch } from './read/note-batch';
export { noteTagsOf } from './read/note-tags';
export type { NoteTags } from './read/note-tags';
export { organisationCandidateOf } from './read/organisation-notes';
export type { OrganisationCandidate } from './read/organisation-notes';
export type { Mention, NoteRecords, Warning } from './read/note-records';
export { mayConcernPeople } from './read/note-outline';
export type { NoteOutline } from './read/note-outline';
export type { ParsedLine } from './read/lines';
export type { DraftRecord } from './read/intro-drafts';
export { compareNames, firstName, personFile } from './read/people';
export type { Person } from './read/people';

// index
export { NetworkIndex } from './index/network-index';
export type { Entry, EntryType } from './index/ledger';

// answers
export { balances } from './answers/balance';
export { brief, meIn } from './answers/brief';
export type { Brief } from './answers/brief';
export type { GiveItem } from './answers/brief-give';
export {
  BRIEF_SECTIONS,
  NOTHING_TO_GIVE,
  briefLine,
  briefMarkdown,
  dateText,
  groundText,
  standingText,
  whoText,
  withBriefCallout,
} from './answers/brief-text';
export { lookUpPerson, lookupProblem } from './answers/person-lookup';
export { organisations } from './answers/organisations';
export type { Group } from './answers/organisations';
export type { Lookup } from './answers/person-lookup';
export type { BalanceRow } from './answers/balance';
export { DIGEST_HEADING, digest, digestMarkdown } from './answers/digest';
export { followUps, receiptToThank } from './answers/followups';
export { followUpSentence, followUpWords } from './answers/follow-up-words';
export type { FollowUpWords } from './answers/follow-up-words';
export type { FollowUp } from './answers/followups';
export { health, healthRows } from './answers/health';
export { introductionCandidates } from './answers/introductions';
export {
  chosenIntroduction,
  draftSinceWords,
  draftStateWords,
  draftStepAction,
  INTRO_TEXTS,
  introTextName,
  textForStep,
} from './answers/introduction-texts';
export type { IntroCandidate, IntroText } from './answers/introduction-texts';
export { personFigures } from './answers/person-figures';
export type { PersonFigures } from './answers/person-figures';
export { provenanceOf, topIntroducers } from './answers/provenance';
export type { Introducer, Provenance } from './answers/provenance';
export { synonymsFor } from './answers/terms';
export { trust } from './answers/trust';
export type { TrustLight } from './answers/trust';

// doctor
export { FactReader } from './doctor/facts';
export type { NoteFacts } from './doctor/facts';
export { mergeIntoSettingsFile } from './doctor/proposal';
export { DOCTOR_TOPICS, survey } from './doctor/survey';
export type { DoctorTopic, Finding, SurveyInput } from './doctor/survey';

// query
export { parseQuery } from './query/parse';
export type { Query } from './query/parse';
export { personCard } from './answers/person-card';
export type { PersonCard } from './answers/person-card';
export { runQuery } from './query/run';
export type { QueryAnswer } from './query/run';

// write
export { captureLine } from './write/capture';
export { FIGURE_PROPERTIES, NO_FIGURES, figureChanges, figureProperties } from './write/figure-properties';
export type { FigureProperty, FigureValue } from './write/figure-properties';
export { appendLine, closeLine, editLine, setFrontmatterValues, upsertSection } from './write/line-edits';
export type { EditRefusal, EditResult } from './write/line-edits';
export { LOG_KINDS, LOG_KIND_LABELS, composeLogLine, introductionMadeLine, thanksLine } from './write/log-line';
export type { LogKind } from './write/log-line';
export { introductionNoteText, introductionNoteTexts, meetingNoteText, personNoteText, safeFileName } from './write/note-templates';

// formats
export { contactsFromFile, planImport } from './formats/contacts';
export type { ImportPlan } from './formats/contacts';
export { followUpsCalendar } from './formats/ics';
export { briefRow } from './formats/brief-row';
export { organisationRows } from './formats/organisation-rows';
export { ledgerRows } from './formats/ledger-rows';
export type { LedgerRow } from './formats/ledger-rows';
export type { BalanceRowOut, FollowUpRow, IntroRow, PersonRow } from './formats/rows';
export { balanceRows, checkRows, digestRows, followUpRows, introRows, meGaps, peopleRows, readingGaps } from './formats/rows';
