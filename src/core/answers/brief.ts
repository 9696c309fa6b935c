import { type Day, addDays, formatDay } from '../model/day';
import type { Entry, EntryType } from '../index/ledger';
import { isTouchType, touchSpan } from '../index/ledger-facts';
import type { Network } from '../index/network';
import { type KltStage, type Person, personFile } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import type { BalanceStatus } from './balance';
import { followUpsOf, nextBirthday, reconnectDue } from './followups';
import { provenanceOf } from './provenance';
import { personCard } from './person-card';
import type { TrustLight } from './trust';
import { type GiveItem, somethingToGive } from './brief-give';
import { afterOpeningLink, followUpWords } from './follow-up-words';
import type { NoteTags } from '../read/note-tags';
import { phrasesMatch, synonymsFor } from './terms';
import { readable } from '../text/links';

/** One line of a brief, with the note and line it comes from (null for neither). */
export interface BriefItem {
  text: string;
  file: string | null;
  line: number | null;
}

export interface CommonGround extends BriefItem {
  kind: 'interest' | 'sphere';
  /** Whether you share it (from your own note, the `me` setting). */
  yours: boolean;
}

export type CadenceState = 'none' | 'on-track' | 'due' | 'overdue';

export interface BriefDate extends BriefItem {
  kind: 'birthday' | 'cadence';
  day: Day | null;
  /** For the cadence: on track, due on `day`, overdue since `day`, or none. */
  state: CadenceState | null;
}

/** What to know before meeting someone, and what to bring them. */
export interface Brief {
  person: Person;
  who: {
    role: string | null;
    company: string | null;
    /** The `met` date, else the day of the first touch. */
    met: Day | null;
    /** The note of the first touch. */
    firstTouch: BriefItem | null;
    introducedBy: Person | null;
    tie: 'weak' | 'strong' | null;
    stage: KltStage | null;
    light: TrustLight | null;
  };
  standing: { balance: number | null; status: BalanceStatus | null; text: string };
  open: BriefItem[];
  recent: BriefItem[];
  commonGround: CommonGround[];
  toGive: GiveItem[];
  dates: BriefDate[];
  /** Your own person note, when the `me` setting names one: where "yours" comes from. */
  me: Person | null;
}

/** How far ahead a birthday is worth a line in a brief. */
const BIRTHDAY_DAYS = 30;
/** How many interactions a brief recalls. */
const RECENT = 3;

/** What the balance asks of you next, in one sentence. */
const STANDING_TEXT: Record<BalanceStatus, string> = {
  overdrawn: 'You have taken more than you gave: give first.',
  'one-way': 'You have given again and again with nothing back lately: let them give back, or ask for something small.',
  'in-credit': 'You have given more than you took: you can ask.',
  even: 'Give and take are even: keep giving.',
};
const NO_TRADE = 'Nothing given or taken yet: give first.';

/** Your own person note, when the `me` setting names a person note. */
export function meIn(network: Network, settings: GoodwillSettings): Person | null {
  return settings.me ? (network.directory.byPath(settings.me) ?? null) : null;
}

const dueText = (e: Entry) => (e.due !== null ? ` (due ${formatDay(e.due)})` : ` (since ${formatDay(e.date)})`);
/** An item of a brief: its text as the reader sees it, links shown by their names. */
const itemOf = (text: string, e: { file: string | null; line: number | null }): BriefItem => ({
  text: readable(text),
  file: e.file,
  line: e.line,
});

/**
 * A brief for one person: who they are, where you stand, what is open, the
 * last interactions, common ground, something to give (ranked), and the
 * dates that matter. Each part comes from the answer that owns it (the
 * person card, follow-ups, provenance, introductions); `tags` are the vault's
 * notes with their tags, for notes worth passing on.
 */
export function brief(network: Network, person: Person, settings: GoodwillSettings, today: Day, tags: Iterable<NoteTags> = []): Brief {
  const card = personCard(network, person, settings, today);
  const me = meIn(network, settings);
  const ledger = card.ledger;
  const span = touchSpan(ledger, today);
  const first = span === null ? null : (ledger.find((e) => e.date === span.first && isTouchType(e.type)) ?? null);
  const note = personFile(person);
  const noteLine = note === null ? null : 1;
  const [introducer] = provenanceOf(network, person).introducedBy;

  const open: BriefItem[] = [];
  // "You owe them: the deck", not "You owe them: Dan the deck": the brief is about them already.
  const about = (text: string) => afterOpeningLink(text, (target) => network.directory.resolve(target) === person);
  for (const e of card.owedByMe) open.push(itemOf(`You owe them: ${about(e.text)}${dueText(e)}`, e));
  for (const e of card.owedToMe) {
    const what = about(e.text);
    open.push(itemOf(e.type === 'ask' ? `Your ask waits: ${what}${dueText(e)}` : `They owe you: ${what}${dueText(e)}`, e));
  }
  for (const f of followUpsOf(network, person, settings, today))
    if (f.kind === 'thanks') {
      // What they gave, without their name: "Say thank you for: intro to the Hooli CFO".
      const words = followUpWords(f);
      open.push(itemOf(`${words.around === null ? words.text : `Say thank you for: ${words.text}`} (by ${formatDay(f.due)})`, f));
    }

  const recent = recentInteractions(ledger, today, about);

  const synonyms = synonymsFor(settings.synonyms);
  const shares = (phrase: string, mine: readonly string[]) => mine.some((m) => phrasesMatch(synonyms.terms(phrase), synonyms.terms(m)));
  // Their interests and spheres, each marked where it meets one of yours.
  const ground = (kind: CommonGround['kind'], theirs: readonly string[], mine: readonly string[] | undefined): CommonGround[] =>
    theirs.map((x) => ({ kind, text: x, file: note, line: noteLine, yours: mine !== undefined && shares(x, mine) }));
  const commonGround = [...ground('interest', person.interests, me?.interests), ...ground('sphere', person.sphere, me?.sphere)].sort(
    (a, b) => Number(b.yours) - Number(a.yours),
  );

  const dates: BriefDate[] = [];
  const birthday = person.birthday ? nextBirthday(person.birthday, today) : null;
  if (birthday !== null && birthday <= addDays(today, BIRTHDAY_DAYS)) {
    const when = birthday === today ? 'today' : `on ${formatDay(birthday)}`;
    dates.push({ kind: 'birthday', text: `Birthday ${when}`, day: birthday, state: null, file: note, line: noteLine });
  }
  dates.push(cadenceDate(person, span?.last ?? null, settings, today, note));

  const status = card.balance?.status ?? null;
  return {
    person,
    who: {
      role: person.role,
      company: companiesInWords(person),
      met: person.met ?? span?.first ?? null,
      firstTouch: first === null ? null : itemOf(`${formatDay(first.date)}: ${first.text}`, first),
      introducedBy: introducer?.person ?? null,
      tie: person.tie,
      stage: card.stage,
      light: card.trust.light,
    },
    standing: { balance: card.balance?.balance ?? null, status, text: status === null ? NO_TRADE : STANDING_TEXT[status] },
    open,
    recent,
    commonGround,
    toGive: somethingToGive(network, person, me, settings, today, tags),
    dates,
    me,
  };
}

/** What an entry's text says happened, by its type: a line's text names the person but not what was done. */
const DONE: Partial<Record<EntryType, string>> = {
  give: 'You gave',
  receipt: 'You got',
  ask: 'You asked',
  promise: 'You promised',
  waiting: 'They promised',
  thanks: 'You thanked them',
  touch: 'In touch',
};

/**
 * The last interactions, one per note and day, newest first: a note's entries
 * are told together, the meeting first, so a busy one-to-one does not fill the
 * list alone.
 */
function recentInteractions(ledger: readonly Entry[], today: Day, about: (text: string) => string): BriefItem[] {
  const groups: Entry[][] = [];
  for (let i = ledger.length - 1; i >= 0 && groups.length <= RECENT; i--) {
    const e = ledger[i];
    // The dates written in the person note are told under who they are, not as interactions.
    if (e.date > today || !isTouchType(e.type) || e.type === 'last-contact' || e.type === 'first-met') continue;
    const group = groups.find((g) => g[0].file === e.file && g[0].date === e.date);
    if (group) group.push(e);
    else groups.push([e]);
  }
  return groups.slice(0, RECENT).map((g) => {
    const sorted = [...g].sort((a, b) => Number(b.type === 'meeting') - Number(a.type === 'meeting') || a.line - b.line);
    // "You got: a checklist" drops the name the label already means; "In touch: Ana at the meetup" needs it.
    const said = sorted.map((e) => (DONE[e.type] ? `${DONE[e.type]}: ${e.type === 'touch' ? e.text : about(e.text)}` : e.text));
    return itemOf(`${formatDay(g[0].date)}: ${said.join('; ')}`, sorted[0]);
  });
}

/** Every organisation a person is at, in words: "Acme", "Acme and Globex", "Acme, Globex and Initech". */
function companiesInWords(person: Person): string | null {
  const names = person.companies.map((c) => c.name);
  if (names.length < 2) return person.company;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The cadence state, from the reconnect follow-ups' own rule: overdue, due within the horizon, on track, or none. */
function cadenceDate(person: Person, last: Day | null, settings: GoodwillSettings, today: Day, note: string | null): BriefDate {
  const at = { file: note, line: note === null ? null : 1 };
  const due = reconnectDue(person, last, settings, today);
  if (due === null) return { kind: 'cadence', text: 'No cadence', day: null, state: 'none', file: null, line: null };
  const day = formatDay(due.due);
  if (due.due < today) return { kind: 'cadence', text: `Overdue since ${day}`, day: due.due, state: 'overdue', ...at };
  if (due.due <= addDays(today, settings.horizonDays)) return { kind: 'cadence', text: `Due on ${day}`, day: due.due, state: 'due', ...at };
  return { kind: 'cadence', text: `On track (next by ${day})`, day: due.due, state: 'on-track', ...at };
}
