/**
 * The frontmatter keys each person field is read from, in order: when a note
 * has several keys of one field, the first in this order wins (and `check`
 * says so if their values differ). Keys match case-insensitively, as
 * Obsidian's properties do. The `fieldAliases` setting appends keys to a
 * field. Kept as data: the README's alias table is this table.
 */
export const PERSON_FIELDS = {
  name: ['name'],
  aliases: ['aliases', 'alias'],
  email: ['email'],
  phone: ['phone'],
  company: ['company', 'org', 'organization', 'organisation'],
  role: ['role', 'job_title'],
  interests: ['interests'],
  needs: ['needs'],
  offers: ['offers'],
  sphere: ['sphere'],
  cadence: ['cadence', 'cadence_days', 'frequency', 'keep_in_touch'],
  tie: ['tie'],
  klt: ['klt'],
  met: ['met', 'date_met', 'met_on', 'first_met'],
  lastContact: ['last_contact', 'last-contact', 'lastContact', 'last_contacted'],
  introducedBy: ['introduced-by', 'introducedBy'],
  birthday: ['birthday', 'bday', 'dob'],
  snoozeUntil: ['snooze-until', 'snoozeUntil'],
  archived: ['archived'],
} as const satisfies Record<string, readonly string[]>;

export type PersonField = keyof typeof PERSON_FIELDS;

/** Keys Goodwill keeps for itself (`goodwill-…`): never read as a person's field, whatever the table says. */
export function isUnreadKey(key: string): boolean {
  return key.length >= 9 && key.slice(0, 9).toLowerCase() === 'goodwill-';
}
