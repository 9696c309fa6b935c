import { type Day, formatDay } from '../model/day';
import { type FollowUp, type FollowUpKind, followUps } from './followups';
import type { IntroCandidate } from './introduction-texts';
import { introductionCandidates } from './introductions';
import { followUpWords } from './follow-up-words';
import { DIGEST_HEADING } from '../read/own-text';
import { markup, noteLine } from '../write/note-line';
import { noteLink, personLink } from '../write/written-links';
import type { Network } from '../index/network';
import type { GoodwillSettings } from '../model/settings';
import { synonymsFor } from './terms';
import type { Person } from '../read/people';
import type { NoteRecords } from '../read/note-records';
import { brief } from './brief';
import { briefLine } from './brief-text';

/** The morning digest: what to do today, one introduction to make, and a line on each person you meet today. */
export interface Digest {
  day: Day;
  sections: { kind: FollowUpKind; title: string; items: FollowUp[] }[];
  introduction: IntroCandidate | null;
  briefs: { person: Person; text: string }[];
}

/** How many people met today get a one-line brief. */
const BRIEFS = 5;

/**
 * The people listed in the notes dated today (the daily note left out), each
 * once: the first five by note path, then in the order each note lists them.
 */
function metToday(network: Network, dated: readonly NoteRecords[]): Person[] {
  const out: Person[] = [];
  const notes = [...dated].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const n of notes) for (const p of network.listedIn(n)) if (!out.includes(p) && out.length < BRIEFS) out.push(p);
  return out;
}

const SECTIONS: [FollowUpKind, string][] = [
  ['promise', 'Promises due'],
  ['nudge', 'Nudges'],
  ['reconnect', 'Reconnect'],
  ['thanks', 'Say thank you'],
  ['first-follow-up', 'Follow up after meeting'],
  ['birthday', 'Birthdays'],
];

export { DIGEST_HEADING };

/** `dated`: the notes dated today other than the daily note (NetworkIndex.notesOn), whose people get a one-line brief. */
export function digest(network: Network, settings: GoodwillSettings, today: Day, dated: readonly NoteRecords[] = []): Digest {
  const all = followUps(network, settings, today);
  const sections = SECTIONS.map(([kind, title]) => ({
    kind,
    // Birthdays are named within the horizon, as the view's "Next N days": "Birthdays in the next 7 days".
    title: kind === 'birthday' ? `${title} in the next ${settings.horizonDays} days` : title,
    // Birthdays are worth the horizon's notice; everything else is what is due today or overdue.
    items: all.filter((f) => f.kind === kind && (kind === 'birthday' || f.due <= today)),
  })).filter((s) => s.items.length > 0);
  const [introduction] = introductionCandidates(network, today, { limit: 1, synonyms: synonymsFor(settings.synonyms) });
  const briefs = metToday(network, dated).map((person) => ({ person, text: briefLine(brief(network, person, settings, today)) }));
  return { day: today, sections, introduction: introduction ?? null, briefs };
}

/**
 * The digest as a markdown section, with a link to act on each item. Names,
 * texts and file names are made inert (noteLine): written into the daily
 * note, the section holds no interaction, and the reader skips it anyway.
 */
export function digestMarkdown(d: Digest): string {
  const lines = [noteLine`${markup(DIGEST_HEADING)} ${formatDay(d.day)}`, ''];
  if (d.briefs.length > 0) {
    lines.push(noteLine`### Briefs for today`);
    for (const b of d.briefs) lines.push(noteLine`- ${personLink(b.person)}: ${b.text}`);
    lines.push('');
  }
  if (d.sections.length === 0 && !d.introduction && d.briefs.length === 0)
    lines.push(noteLine`Nothing due today. A good day to give first.`, '');
  for (const s of d.sections) {
    lines.push(noteLine`### ${markup(s.title)}`);
    for (const f of s.items) {
      const when = f.due < d.day ? ` (due ${formatDay(f.due)})` : f.kind === 'birthday' ? ` (${formatDay(f.due)})` : '';
      // A person without a note (a person tag) has a reconnect or birthday that no note holds: nothing to open.
      const open = f.file === null ? [] : [markup(' · '), noteLink(f.file, 'open')];
      const { around, text } = followUpWords(f);
      const said = around === null ? [personLink(f.person), markup(': ')] : [markup(around[0]), personLink(f.person), markup(around[1])];
      lines.push(noteLine`- ${said}${text}${markup(when)}${open}`);
    }
    lines.push('');
  }
  if (d.introduction) {
    const c = d.introduction;
    lines.push(noteLine`### An introduction you could make`, noteLine`- ${personLink(c.a)} and ${personLink(c.b)}: ${c.reasons[0]}`, '');
  }
  return lines.join('\n').trimEnd();
}
