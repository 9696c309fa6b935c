import { type Person, describePerson, firstName } from '../read/people';
import { type DraftState, nextDraftState } from '../read/intro-drafts';
import { type Day, formatDay } from '../model/day';
import { noteLine } from '../write/note-line';

/**
 * An introduction and its texts: the two private asks and the bridging
 * message, written into notes (each line made by noteLine, so names and
 * needs stay inert text).
 */

export interface IntroMatch {
  /** Whose need is met. */
  needer: Person;
  need: string;
  offerer: Person;
  offer: string;
}

export interface IntroCandidate {
  /** The person whose need the other meets (alphabetically first when both ways). */
  a: Person;
  b: Person;
  score: number;
  matches: IntroMatch[];
  sharedInterests: string[];
  sharedSphere: string[];
  reasons: string[];
  /** The bridging message, sent once both agreed. */
  draft: string;
  /** The private opt-in asks, to `a` first, then to `b`. */
  askA: string;
  askB: string;
}

/** What an introduction is drafted from. */
export type IntroBasis = Omit<IntroCandidate, 'draft' | 'askA' | 'askB'>;

/** The three texts of an introduction: the ask to A, the ask to B, and the bridging message. */
export const INTRO_TEXTS = ['askA', 'askB', 'draft'] as const;
export type IntroText = (typeof INTRO_TEXTS)[number];

/** What a text of the introduction of `a` and `b` is called in notices and menus. */
export function introTextName(which: IntroText, a: Person, b: Person): string {
  return which === 'askA' ? `the ask to ${a.name}` : which === 'askB' ? `the ask to ${b.name}` : 'the introduction';
}

/**
 * The text an introduction needs next: at a suggestion (no draft state) or
 * `proposed`, the ask to A; at `asked-a`, the ask to B; from `asked-b` on,
 * the bridging message.
 */
export function textForStep(state: DraftState | null): IntroText {
  if (state === null || state === 'proposed') return 'askA';
  return state === 'asked-a' ? 'askB' : 'draft';
}

/**
 * The step a draft has reached, in words with the people's first names
 * ("Asked Eve", "Eve agreed; asked Alice"); the frontmatter, the CLI and
 * the JSON keep the state's own word.
 */
export function draftStateWords(state: DraftState, a: Person, b: Person): string {
  const [first, second] = [firstName(a.name), firstName(b.name)];
  switch (state) {
    case 'proposed':
      return 'Proposed';
    case 'asked-a':
      return `Asked ${first}`;
    case 'asked-b':
      return `${first} agreed; asked ${second}`;
    case 'made':
      return 'Made';
    case 'outcome':
      return 'Outcome recorded';
    case 'declined':
      return 'Declined';
  }
}

/** How long a draft has waited at its step: "since 2026-11-06 · 19 days ago". */
export function draftSinceWords(since: Day, today: Day): string {
  const days = today - since;
  const ago = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return `since ${formatDay(since)} · ${ago}`;
}

/** The button that takes a draft to its next step: the words of the step it records, or of what to do; null when there is none. */
export function draftStepAction(state: DraftState, a: Person, b: Person): string | null {
  // Said as what to do next: "Eve agreed; ask Alice" records Eve's yes and that Alice is asked now.
  if (state === 'asked-a') return `${firstName(a.name)} agreed; ask ${firstName(b.name)}`;
  if (state === 'asked-b') return 'Both agreed; made';
  if (state === 'made') return 'Record the outcome';
  const next = nextDraftState(state);
  return next === null ? null : draftStateWords(next, a, b);
}

/** Where the reason would stand when the notes give none: the user says why. */
export const NO_REASON = '[why they should meet]';

/**
 * The private ask to `to`: would they welcome an introduction to `other`,
 * and why. The reason is what the notes say (what `to` needs and `other`
 * offers, or what `other` needs); with none, the placeholder NO_REASON.
 */
export function introductionAsk(c: IntroBasis, to: Person, other: Person): string {
  const theyNeed = c.matches.filter((m) => m.needer === to);
  const otherNeeds = c.matches.filter((m) => m.needer === other);
  const why = theyNeed.length
    ? `You mentioned you are looking for ${theyNeed.map((m) => m.need).join(' and ')}; ${other.name} offers ${theyNeed.map((m) => m.offer).join(' and ')}.`
    : otherNeeds.length
      ? `${other.name} is looking for ${otherNeeds.map((m) => m.need).join(' and ')}, and I thought of you.`
      : NO_REASON;
  const common = c.sharedInterests.length ? ` You both care about ${c.sharedInterests.join(', ')}.` : '';
  return [
    noteLine`Hi ${firstName(to.name)},`,
    '',
    noteLine`I'd like to introduce you to ${describePerson(other)}. ${why}${common}`,
    '',
    'Would you welcome an introduction? No pressure either way.',
  ].join('\n');
}

/** The candidate with its three texts. */
export function withTexts(c: IntroBasis, draft: string): IntroCandidate {
  return { ...c, draft, askA: introductionAsk(c, c.a, c.b), askB: introductionAsk(c, c.b, c.a) };
}

/**
 * A warm, double-opt-in introduction: ask each side first, then bridge. It
 * goes into notes, so each line is made by noteLine: names and needs stay
 * inert text.
 */
export function introductionDraft(c: IntroBasis): string {
  const { a, b } = c;
  const lines: string[] = [];
  const aFirst = firstName(a.name);
  const bFirst = firstName(b.name);
  const needs = (ms: IntroMatch[]) => ms.map((m) => m.need).join(' and ');
  const offers = (ms: IntroMatch[]) => ms.map((m) => m.offer).join(' and ');
  lines.push(noteLine`Subject: Introduction: ${a.name} <> ${b.name}`, '');
  lines.push(noteLine`Hi ${aFirst} and ${bFirst},`, '');
  const aNeeds = c.matches.filter((m) => m.needer === a);
  const bNeeds = c.matches.filter((m) => m.needer === b);
  if (aNeeds.length) {
    lines.push(noteLine`${aFirst}, you mentioned you are looking for ${needs(aNeeds)}. ${describePerson(b)} offers ${offers(aNeeds)}.`);
  }
  if (bNeeds.length) {
    lines.push(noteLine`${bFirst}, you are looking for ${needs(bNeeds)}, and ${describePerson(a)} offers ${offers(bNeeds)}.`);
  } else {
    lines.push(noteLine`${bFirst}, meet ${describePerson(a)}.`);
  }
  if (c.sharedInterests.length) lines.push(noteLine`You also share an interest in ${c.sharedInterests.join(', ')}.`);
  if (c.sharedSphere.length) lines.push(noteLine`You both serve ${c.sharedSphere.join(', ')}, without competing.`);
  lines.push('', 'You both said you would welcome this introduction, so I will leave you to it.', '');
  lines.push('Best,');
  return lines.join('\n');
}

/** An introduction the user picked, whether or not their notes suggest it. */
export function chosenIntroduction(a: Person, b: Person): IntroCandidate {
  const aFirst = firstName(a.name);
  const bFirst = firstName(b.name);
  const basis = {
    a,
    b,
    score: 0,
    matches: [],
    sharedInterests: [],
    sharedSphere: [],
    reasons: [`You chose to introduce ${a.name} and ${b.name}.`],
  };
  return withTexts(
    basis,
    [
      noteLine`Hi ${aFirst} and ${bFirst},`,
      '',
      noteLine`I think you two should meet. ${a.name}, meet ${b.name}; ${b.name}, meet ${a.name}.`,
      '',
      'Best,',
    ].join('\n'),
  );
}
