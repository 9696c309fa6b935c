import { type Day, formatDay } from '../model/day';
import type { IntroCandidate } from '../answers/introductions';
import { personLink } from './log-line';
import { type Person, describePerson, firstName } from '../read/people';

/** Characters no file name may hold on Windows, macOS, Linux, iOS or Android, or that Obsidian links cannot carry. */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/** A file name safe on every OS, from a person's or a note's title. */
export function safeFileName(title: string): string {
  const cleaned = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  // Dots and spaces at the end go by a loop: `/[. ]+$/` is quadratic on a long run of them.
  let end = cleaned.length;
  while (end > 0 && (cleaned[end - 1] === '.' || cleaned[end - 1] === ' ')) end--;
  const name = cleaned.slice(0, Math.min(end, 120)) || 'Untitled';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name) ? `${name} (person)` : name;
}

const quote = (s: string) => JSON.stringify(s);

/** A new person note: the user's template with `{{name}}` filled, or a built-in frontmatter. */
export function personNoteText(name: string, template: string | null): string {
  if (template) return template.replace(/\{\{\s*(name|title)\s*\}\}/g, name);
  return [
    '---',
    'type: person',
    `name: ${quote(name)}`,
    'aliases: []',
    'company: ',
    'role: ',
    'interests: []',
    'needs: []',
    'offers: []',
    'sphere: ',
    'cadence: ',
    'tie: weak',
    '---',
    `# ${name}`,
    '',
  ].join('\n');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in values ? values[key] : all));
}

/**
 * An introduction draft note. Its frontmatter carries the state, so the draft
 * can be followed from proposed to made.
 */
export function introductionNoteText(c: IntroCandidate, today: Day, template: string): string {
  const values = {
    a: c.a.name,
    b: c.b.name,
    aFirst: firstName(c.a.name),
    bFirst: firstName(c.b.name),
    reasons: c.reasons.map((r) => `- ${r}`).join('\n'),
    date: formatDay(today),
    draft: c.draft,
  };
  const body = template ? fill(template, values) : c.draft;
  const ask = (to: Person, other: Person) => {
    const theyNeed = c.matches.filter((m) => m.needer === to);
    const why = theyNeed.length
      ? `You mentioned you are looking for ${theyNeed.map((m) => m.need).join(' and ')}; ${other.name} offers ${theyNeed.map((m) => m.offer).join(' and ')}.`
      : `${other.name} is looking for ${
          c.matches
            .filter((m) => m.needer === other)
            .map((m) => m.need)
            .join(' and ') || 'someone like you'
        }, and I thought of you.`;
    const common = c.sharedInterests.length ? ` You both care about ${c.sharedInterests.join(', ')}.` : '';
    return [
      `Hi ${firstName(to.name)},`,
      '',
      `I'd like to introduce you to ${describePerson(other)}. ${why}${common}`,
      '',
      'Would you welcome an introduction? No pressure either way.',
    ].join('\n');
  };
  return [
    '---',
    'type: introduction',
    `a: ${quote(personLink(c.a))}`,
    `b: ${quote(personLink(c.b))}`,
    'state: proposed',
    `proposed: ${formatDay(today)}`,
    '---',
    `# Introduction: ${c.a.name} and ${c.b.name}`,
    '',
    '## Why',
    values.reasons,
    '',
    `## Ask ${c.a.name} (private)`,
    ask(c.a, c.b),
    '',
    `## Ask ${c.b.name} (private)`,
    ask(c.b, c.a),
    '',
    '## Introduction (send once both agree)',
    body,
    '',
  ].join('\n');
}

/** A new one-to-one meeting note: the attendee in frontmatter, so the meeting counts as a touch. */
export function meetingNoteText(attendee: Person, today: Day): string {
  return [
    '---',
    'type: meeting',
    `date: ${formatDay(today)}`,
    `attendees: [${quote(personLink(attendee))}]`,
    '---',
    `# Meeting with ${attendee.name}`,
    '',
    '## Common ground',
    '- ',
    '',
    '## How we can help each other',
    '- give:: ',
    '- ask:: ',
    '',
  ].join('\n');
}
