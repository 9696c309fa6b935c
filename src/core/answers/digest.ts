import { type Day, formatDay } from '../model/day';
import { type FollowUp, type FollowUpKind, followUps } from './followups';
import { type IntroCandidate, introductionCandidates } from './introductions';
import { readable } from '../text/links';
import { DIGEST_HEADING } from '../read/own-text';
import { markup, noteLine } from '../write/note-line';
import { noteLink, personLink } from '../write/written-links';
import type { Network } from '../index/network';
import type { GoodwillSettings } from '../model/settings';
import { synonymsFor } from './terms';

/** The morning digest: what to do today, and one introduction to make. */
export interface Digest {
  day: Day;
  sections: { kind: FollowUpKind; title: string; items: FollowUp[] }[];
  introduction: IntroCandidate | null;
}

const SECTIONS: [FollowUpKind, string][] = [
  ['promise', 'Promises due'],
  ['nudge', 'Nudges'],
  ['reconnect', 'Reconnect'],
  ['thanks', 'Say thank you'],
  ['first-follow-up', 'Follow up after meeting'],
  ['birthday', 'Birthdays this week'],
];

export { DIGEST_HEADING };

export function digest(network: Network, settings: GoodwillSettings, today: Day): Digest {
  const all = followUps(network, settings, today);
  const sections = SECTIONS.map(([kind, title]) => ({
    kind,
    title,
    // Birthdays are worth a week's notice; everything else is what is due today or overdue.
    items: all.filter((f) => f.kind === kind && (kind === 'birthday' || f.due <= today)),
  })).filter((s) => s.items.length > 0);
  const [introduction] = introductionCandidates(network, today, { limit: 1, synonyms: synonymsFor(settings.synonyms) });
  return { day: today, sections, introduction: introduction ?? null };
}

/**
 * The digest as a markdown section, with a link to act on each item. Names,
 * texts and file names are made inert (noteLine): written into the daily
 * note, the section holds no interaction, and the reader skips it anyway.
 */
export function digestMarkdown(d: Digest): string {
  const lines = [noteLine`${markup(DIGEST_HEADING)} ${formatDay(d.day)}`, ''];
  if (d.sections.length === 0 && !d.introduction) lines.push(noteLine`Nothing due today. A good day to give first.`, '');
  for (const s of d.sections) {
    lines.push(noteLine`### ${markup(s.title)}`);
    for (const f of s.items) {
      const when = f.due < d.day ? ` (due ${formatDay(f.due)})` : f.kind === 'birthday' ? ` (${formatDay(f.due)})` : '';
      // A person without a note (a person tag) has a reconnect or birthday that no note holds: nothing to open.
      const open = f.file === null ? [] : [markup(' · '), noteLink(f.file, 'open')];
      lines.push(noteLine`- ${personLink(f.person)}: ${readable(f.text)}${markup(when)}${open}`);
    }
    lines.push('');
  }
  if (d.introduction) {
    const c = d.introduction;
    lines.push(noteLine`### An introduction you could make`, noteLine`- ${personLink(c.a)} and ${personLink(c.b)}: ${c.reasons[0]}`, '');
  }
  return lines.join('\n').trimEnd();
}
