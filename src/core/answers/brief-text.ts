import { formatDay } from '../model/day';
import { frontmatterLineCount } from '../model/note';
import { readable } from '../text/links';
import { markup, noteLine } from '../write/note-line';
import { noteLink, personLink } from '../write/written-links';
import type { Brief, BriefDate, BriefItem, CommonGround } from './brief';
import { BRIEF_CALLOUT } from '../read/own-text';

export { BRIEF_CALLOUT };

/** What the section says when nothing is found to give. */
export const NOTHING_TO_GIVE = 'Nothing found to give yet: ask them what they need, and write it down as their needs.';

/** The section titles, in the order a brief shows them. */
export const BRIEF_SECTIONS = {
  who: 'Who they are',
  standing: 'Where you stand',
  open: 'What is open',
  recent: 'The last three interactions',
  commonGround: 'Common ground',
  toGive: 'Something to give',
  dates: 'Dates',
} as const;

/** Who they are, in one sentence: role and company, how you met and who introduced you, tie, stage and trust light. */
export function whoText(b: Brief): string {
  const w = b.who;
  const parts: string[] = [];
  if (w.role && w.company) parts.push(`${w.role} at ${w.company}`);
  else if (w.role || w.company) parts.push((w.role ?? w.company)!);
  parts.push(w.met === null ? 'not met yet' : `met ${formatDay(w.met)}`);
  if (w.introducedBy) parts.push(`introduced by ${w.introducedBy.name}`);
  if (w.tie) parts.push(`${w.tie} tie`);
  if (w.stage) parts.push(w.stage);
  if (w.light) parts.push(`trust ${w.light}`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Where you stand, in one sentence, with the balance when there is one: "Give and take are even: keep giving (balance +2, even)." */
export function standingText(b: Brief): string {
  const s = b.standing;
  return s.balance === null ? s.text : `${s.text.replace(/\.$/, '')} (balance ${s.balance > 0 ? '+' : ''}${s.balance}, ${s.status}).`;
}

/** A piece of common ground as a brief shows it: "Sphere: B2B startups (yours too)". */
export function groundText(c: CommonGround): string {
  return `${c.kind === 'sphere' ? 'Sphere: ' : ''}${c.text}${c.yours ? ' (yours too)' : ''}`;
}

/** A date as a brief shows it: the cadence says it is one. */
export function dateText(d: BriefDate): string {
  return d.kind === 'cadence' ? `Cadence: ${d.text}` : d.text;
}

/**
 * The brief as markdown lines: each item links the note it comes from. Every
 * line is made by noteLine, so names and texts stay inert wherever the lines
 * are written. `quoted` writes them inside a `> [!goodwill]` callout, which
 * the reader skips: a brief's quoted promises never become records.
 */
export function briefMarkdown(b: Brief, quoted = false): string {
  const lines: string[] = [];
  const item = (text: string, at: BriefItem | null = null) => {
    const open = at?.file ? [markup(' · '), noteLink(at.file, 'open')] : [];
    lines.push(noteLine`- ${readable(text)}${open}`);
  };
  const heading = (title: string) => lines.push(noteLine`**${markup(title)}**`);
  if (quoted) lines.push(noteLine`${markup(BRIEF_CALLOUT)} Brief: ${personLink(b.person)}`);
  else lines.push(noteLine`## Brief: ${personLink(b.person)}`, '');
  heading(BRIEF_SECTIONS.who);
  item(whoText(b), b.who.firstTouch);
  heading(BRIEF_SECTIONS.standing);
  item(standingText(b));
  heading(BRIEF_SECTIONS.open);
  if (b.open.length === 0) item('Nothing open.');
  for (const x of b.open) item(x.text, x);
  heading(BRIEF_SECTIONS.recent);
  if (b.recent.length === 0) item('No interaction yet.');
  for (const x of b.recent) item(x.text, x);
  heading(BRIEF_SECTIONS.commonGround);
  if (b.commonGround.length === 0) item('No interests or sphere written in their note.');
  for (const g of b.commonGround) item(groundText(g), g);
  if (b.me === null) item('Set "Your own note" (me) to see what you share.');
  heading(BRIEF_SECTIONS.toGive);
  if (b.toGive.length === 0) item(NOTHING_TO_GIVE);
  for (const g of b.toGive.slice(0, GIVE_SHOWN)) item(g.text, g);
  heading(BRIEF_SECTIONS.dates);
  for (const d of b.dates) item(dateText(d), d);
  return (quoted ? lines.map((l, i) => (i === 0 ? l : l === '' ? '>' : `> ${l}`)) : lines).join('\n');
}

/** How many things to give a brief shows in text; the JSON has them all. */
const GIVE_SHOWN = 5;

/** A brief in one line, for the digest: the top thing to give, and what is open. */
export function briefLine(b: Brief): string {
  const give = b.toGive[0]?.text ?? 'ask what they need';
  const open =
    b.open.length === 0 ? 'nothing open' : b.open.length === 1 ? b.open[0].text : `${b.open[0].text} (+${b.open.length - 1} more open)`;
  return `Give: ${give}. Open: ${open}`;
}

/**
 * A new note's text with the brief at the top of its body, after the
 * frontmatter, in a `> [!goodwill]` callout the reader skips. The user may
 * keep it or delete it.
 */
export function withBriefCallout(noteText: string, b: Brief): string {
  const lines = noteText.split('\n');
  const at = frontmatterLineCount(noteText);
  return [...lines.slice(0, at), briefMarkdown(b, true), '', ...lines.slice(at)].join('\n');
}
