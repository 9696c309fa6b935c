import type { Day } from '../model/day';
import { dayFromField, listFromField, stringFromField } from './fields';
import { firstLinkTarget } from '../text/links';
import { type Frontmatter, ownFrontmatter } from '../model/note';

/**
 * An introduction draft note follows the double opt-in from idea to outcome:
 * proposed → asked-a → asked-b → made → outcome, or declined at any point.
 * The state and the date of each step live in the draft's frontmatter.
 */
export const DRAFT_STATES = ['proposed', 'asked-a', 'asked-b', 'made', 'outcome', 'declined'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

export interface DraftRecord {
  a: string;
  b: string;
  state: DraftState;
  /** The day each step was taken. */
  dates: Partial<Record<DraftState, Day>>;
  outcome: string | null;
}

export function isDraftNote(fields: Frontmatter | null): boolean {
  const fm = ownFrontmatter(fields);
  return !!fm && listFromField(fm.type).some((t) => t.toLowerCase() === 'introduction');
}

export function draftFromFrontmatter(fields: Frontmatter): DraftRecord | null {
  const fm = ownFrontmatter(fields);
  if (!fm) return null;
  const a = stringFromField(fm.a);
  const b = stringFromField(fm.b);
  if (!a || !b) return null;
  const raw = stringFromField(fm.state)?.toLowerCase() ?? 'proposed';
  const state = (DRAFT_STATES as readonly string[]).includes(raw) ? (raw as DraftState) : 'proposed';
  const dates: Partial<Record<DraftState, Day>> = {};
  for (const s of DRAFT_STATES) {
    const d = dayFromField(fm[s]);
    if (d !== null) dates[s] = d;
  }
  const outcome = stringFromField(fm['outcome-note'] ?? fm.value);
  return { a: firstLinkTarget(a), b: firstLinkTarget(b), state, dates, outcome };
}

/** The next step of the double opt-in; null once made (or closed). */
export function nextDraftState(state: DraftState): DraftState | null {
  switch (state) {
    case 'proposed':
      return 'asked-a';
    case 'asked-a':
      return 'asked-b';
    case 'asked-b':
      return 'made';
    case 'made':
      return 'outcome';
    default:
      return null;
  }
}

/** Whether a draft may still be declined: not once the introduction is made. */
export function mayDecline(state: DraftState): boolean {
  return state === 'proposed' || state === 'asked-a' || state === 'asked-b';
}
