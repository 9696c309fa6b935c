import { PERSON_FIELDS, type PersonField } from '../model/field-aliases';
import { isLetter } from '../text/char-classes';
import { trimWhere } from '../text/trim';

/**
 * What the doctor recognises in a vault it did not shape: words that name
 * people, folders that hold meetings, and the property names people give
 * person fields. Kept as data; the survey only compares with it.
 */

/** Words (lower case, singular and plural) a folder, a category or a tag family names people by. */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'person',
  'persons',
  'people',
  'contact',
  'contacts',
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'client',
  'clients',
  'customer',
  'customers',
  'human',
  'humans',
  'individual',
  'individuals',
  'relationship',
  'relationships',
  'connection',
  'connections',
  'family',
  'folks',
]);

/** Folder names whose notes are meetings: one-to-ones, calls, syncs. */
const MEETING_FOLDER =
  /^(?:1[-_: ]?(?:on|to|2|x)?[-_: ]?1s?|one[-_ ]?(?:on|to)[-_ ]?ones?|meetings?|meeting[-_ ]notes|calls?|syncs?|check[-_ ]?ins?)$/;

/** A folder, category or tag segment as compared with the words: lower case, without emoji, numbering and punctuation around it. */
export function bareWord(segment: string): string {
  return trimWhere(segment.toLowerCase(), (code) => !isLetter(code)).trim();
}

/** Whether a folder's name says its notes are meetings (`1-1s`, `One-on-ones`, `02 Meetings`). */
export function isMeetingFolderName(segment: string): boolean {
  const lower = segment.toLowerCase().trim();
  return MEETING_FOLDER.test(lower) || MEETING_FOLDER.test(bareWord(segment));
}

/** Property names that say a note holds someone's contact details. */
export const CONTACT_KEYS: ReadonlySet<string> = new Set([
  'email',
  'e-mail',
  'mail',
  'phone',
  'mobile',
  'cell',
  'tel',
  'telephone',
  'phone_number',
  'phonenumber',
  'linkedin',
]);

/**
 * Other names people give each person field, as compared (lower case,
 * without spaces, `_` and `-`): `looking_for` is a need, `position` a role.
 */
const FIELD_HINTS: Partial<Record<PersonField, readonly string[]>> = {
  name: ['fullname', 'displayname'],
  aliases: ['nickname', 'nicknames', 'aka'],
  email: ['mail', 'emailaddress', 'emails'],
  phone: ['mobile', 'cell', 'tel', 'telephone', 'phonenumber', 'phones'],
  company: ['employer', 'workplace', 'firm', 'worksat', 'currentcompany', 'business'],
  role: ['position', 'title', 'jobtitle', 'job', 'occupation', 'profession', 'jobrole'],
  interests: ['hobbies', 'likes', 'interest', 'passions'],
  needs: ['lookingfor', 'need', 'wants', 'seeking', 'asks'],
  offers: ['canhelpwith', 'helpswith', 'offering', 'offer', 'skills', 'expertise', 'canoffer', 'strengths'],
  cadence: ['contactevery', 'reachoutevery', 'contactfrequency', 'touchevery', 'checkinevery', 'keepintouchevery'],
  met: ['metdate', 'firstcontact', 'dateofmeeting', 'metin'],
  lastContact: ['lastinteraction', 'lastseen', 'lastspoke', 'lasttalked', 'lastmet', 'lasttouch', 'lastcall', 'lastconversation'],
  birthday: ['birthdate', 'dateofbirth', 'born', 'birth'],
  introducedBy: ['referredby', 'introducer', 'introby'],
  tie: ['strength', 'closeness', 'tiestrength'],
};

const compact = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');

/** Levenshtein distance; past `max`, it stops early and says `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

/**
 * The person field a property probably means, or null: a key of the alias
 * table (or of `fieldAliases`) written another way (`Last Contact`,
 * `job-title`), a name from the hints above, or one of those with a typo
 * (one edit in a name of five letters or more, two from ten).
 */
export function probableField(key: string, extra: Readonly<Record<string, readonly string[]>> = {}): PersonField | null {
  const k = compact(key);
  if (k === '') return null;
  const candidates: [string, PersonField][] = [];
  for (const field of Object.keys(PERSON_FIELDS) as PersonField[]) {
    for (const alias of [...PERSON_FIELDS[field], ...(extra[field] ?? [])]) candidates.push([compact(alias), field]);
    for (const hint of FIELD_HINTS[field] ?? []) candidates.push([hint, field]);
  }
  for (const [c, field] of candidates) if (c === k) return field;
  const max = k.length >= 10 ? 2 : k.length >= 5 ? 1 : 0;
  if (max === 0) return null;
  let best: { field: PersonField; distance: number } | null = null;
  for (const [c, field] of candidates) {
    if (c.length < 4) continue;
    const d = editDistance(k, c, max);
    if (d <= max && (best === null || d < best.distance)) best = { field, distance: d };
  }
  return best?.field ?? null;
}
