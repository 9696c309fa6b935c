import { folderSegments } from '../model/note';
import { conventionsOf } from '../read/conventions';
import type { Person } from '../read/people';
import { normalizeLinkTarget } from '../text/links';
import type { NoteFacts } from './facts';
import { type Finding, finding, group, largestFirst, plural, quoted, type SurveyContext } from './finding';
import { editDistance, isMeetingFolderName } from './hints';

/** At most this many findings about names: a vault may hold hundreds. */
const MAX_NAME_FINDINGS = 10;

/** How meetings and interactions are marked, per note type, and the touches each kind of note gives. */
export function meetings(ctx: SurveyContext): Finding[] {
  const c = conventionsOf(ctx.settings);
  const groups = new Map<string, { paths: string[]; touches: number; oneToOnes: number; sources: Set<string> }>();
  const unmarkedFolders = new Map<string, string[]>();
  for (const f of ctx.dated) {
    const r = f.records;
    const t = ctx.touches.get(f.path);
    const lists = r.attendees.length + r.attendeeNames.length + r.personTags.length > 0;
    if (!t && !lists) continue;
    const type = f.marks.type[0] ?? (f.meetingBy === 'categories' ? null : (f.marks.categories[0] ?? null));
    const by = f.meetingBy;
    const key = `${type ?? ''}\u0000${by ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { paths: [], touches: 0, oneToOnes: 0, sources: new Set() }));
    g.paths.push(f.path);
    g.touches += t?.people.size ?? 0;
    g.oneToOnes += t?.oneToOnes ?? 0;
    for (const k of f.keys) if (c.attendeeKeys.has(k.toLowerCase())) g.sources.add(`"${k}"`);
    if (f.sectionPeople) g.sources.add('an attendee section');
    if (r.personTags.length > 0) g.sources.add('person tags');
    if (r.lines.length > 0) g.sources.add('interaction lines');
  }
  const meetingWords: Record<NonNullable<NoteFacts['meetingBy']>, string> = {
    type: 'meetings by their type',
    categories: 'meetings by their categories',
    folder: 'meetings by their folder',
    section: 'meetings by their attendee section',
  };
  const out: Finding[] = [];
  for (const [key, g] of [...groups].sort(([ka, a], [kb, b]) => b.paths.length - a.paths.length || (ka < kb ? -1 : 1))) {
    const [type, by] = key.split('\u0000');
    const kind = type ? `of type "${type}"` : 'with no type';
    const how = by ? meetingWords[by as keyof typeof meetingWords] : 'not meetings';
    const from = g.sources.size > 0 ? `, people from ${[...g.sources].sort().join(', ')}` : '';
    const oneToOnes = by ? `, ${plural(g.oneToOnes, 'one-to-one')}` : '';
    out.push(
      finding(
        'meetings',
        `${plural(g.paths.length, 'dated note')} ${kind} (${how}${from}): ${plural(g.touches, 'touch', 'touches')}${oneToOnes}`,
        g.paths.length,
        g.paths,
      ),
    );
  }
  for (const f of ctx.dated) {
    if (f.meetingBy !== null) continue;
    const segments = folderSegments(f.path);
    const i = segments.findIndex(isMeetingFolderName);
    if (i >= 0) group(unmarkedFolders, segments.slice(0, i + 1).join('/'), f.path);
  }
  for (const [folder, paths] of largestFirst(unmarkedFolders)) {
    out.push(
      finding(
        'meetings',
        paths.length === 1
          ? `1 dated note in "${folder}", whose name says it is a meeting, is no meeting to Goodwill, so it is no one-to-one`
          : `${paths.length} dated notes in "${folder}", whose name says they are meetings, are no meetings to Goodwill, so none is a one-to-one`,
        paths.length,
        paths,
        { meetingFolders: [folder] },
      ),
    );
  }
  if (out.length === 0) {
    out.push(finding('meetings', 'No dated note lists people, and no interaction line links anyone: Goodwill sees no touch at all', 0, []));
  }
  return out;
}

/** Attendee names (and attendee links to no note) that reach no one, with the closest person. */
export function names(ctx: SurveyContext): Finding[] {
  const unreached = new Map<string, { written: string; paths: string[] }>();
  const note = (written: string, path: string) => {
    const key = normalizeLinkTarget(written).replace(/\s+/g, ' ');
    const entry = unreached.get(key);
    if (entry) entry.paths.push(path);
    else unreached.set(key, { written, paths: [path] });
  };
  for (const f of ctx.dated) {
    for (const name of f.records.attendeeNames) if (ctx.network.directory.resolveName(name) === undefined) note(name, f.path);
    for (const target of f.records.attendees) {
      if (ctx.network.directory.find(target, f.path) === undefined && !ctx.isNote(target)) note(target, f.path);
    }
  }
  const sorted = [...unreached.values()].sort((a, b) => b.paths.length - a.paths.length || (a.written < b.written ? -1 : 1));
  const out: Finding[] = [];
  for (const u of sorted.slice(0, MAX_NAME_FINDINGS)) {
    const near = closest(u.written, ctx.network.people);
    const tail = near
      ? `; the closest person is ${near.name}`
      : "; no person's name comes close (a person note of that name would count them)";
    out.push(finding('names', `"${u.written}" (in ${plural(u.paths.length, 'note')}) reaches no one${tail}`, u.paths.length, u.paths));
  }
  if (sorted.length > MAX_NAME_FINDINGS) {
    const more = sorted.slice(MAX_NAME_FINDINGS);
    out.push(
      finding(
        'names',
        `${plural(more.length, 'more name reaches', 'more names reach')} no one: ${quoted(more.slice(0, 8).map((u) => u.written))}${more.length > 8 ? ', …' : ''}`,
        more.length,
        more.flatMap((u) => u.paths),
      ),
    );
  }
  return out;
}

/** The person whose name is nearest a written name: the same first or last name, or a few letters apart. */
function closest(written: string, people: readonly Person[]): Person | null {
  const name = written.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  let best: { person: Person; score: number } | null = null;
  for (const p of people) {
    const other = p.name.toLowerCase();
    const otherWords = other.split(/\s+/);
    let score = editDistance(name, other, 4);
    // A shared first or last name is as near as one letter off.
    if (
      words.length > 1 &&
      otherWords.length > 1 &&
      (words[0] === otherWords[0] || words[words.length - 1] === otherWords[otherWords.length - 1])
    ) {
      score = Math.min(score, 1);
    }
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
    if (score <= limit && (best === null || score < best.score || (score === best.score && p.name < best.person.name)))
      best = { person: p, score };
  }
  return best?.person ?? null;
}

/** Dated notes that link people only in prose, and whether prose is how this vault records contact. */
export function mentions(ctx: SurveyContext): Finding[] {
  const proseOnly: string[] = [];
  let linking = 0;
  for (const f of ctx.dated) {
    const r = f.records;
    const inProse = r.mentions.some((m) => ctx.linked(m.target, f.path) !== undefined);
    const otherwise =
      r.personTags.length > 0 ||
      r.lines.some((l) => l.targets.some((t) => ctx.linked(t, f.path) !== undefined)) ||
      r.attendees.some((t) => ctx.linked(t, f.path) !== undefined) ||
      r.attendeeNames.some((n) => {
        const p = ctx.network.directory.resolveName(n);
        return p !== undefined && !Array.isArray(p);
      });
    if (!inProse && !otherwise) continue;
    linking += 1;
    if (inProse && !otherwise) proseOnly.push(f.path);
  }
  if (proseOnly.length === 0) return [];
  const most = proseOnly.length * 2 > linking;
  const on = ctx.settings.mentionsAreTouches;
  const what = on
    ? 'mentionsAreTouches is on, so each is a touch'
    : most
      ? 'so many that prose is how this vault records contact: with mentionsAreTouches each would be a touch'
      : 'a mention in a sentence is no touch (mentionsAreTouches is off)';
  return [
    finding(
      'mentions',
      `${proseOnly.length} of ${plural(linking, 'dated note')} that link people do so only in prose, not on a list item or in a property: ${what}`,
      proseOnly.length,
      proseOnly,
      most && !on ? { mentionsAreTouches: true } : null,
    ),
  ];
}
