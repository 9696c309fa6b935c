import { type FollowUp, type IntroCandidate, type Person, personFile, type TrustLight } from '../../core';

/**
 * Where an answer is drawn, and what it may do there. Every presenter (the
 * view, a block, a modal) draws answers with the same renderers and says
 * here what its links do; only the view adds buttons under rows.
 */
export interface AnswerHost {
  /** Opens a note at a line. */
  open: (path: string, line: number) => void;
  /** Shows a note's hover preview; absent where a preview cannot show (over a modal). */
  preview?: (event: MouseEvent, link: HTMLElement, path: string) => void;
  /** Offers to create the note of a person known only by a tag; absent where answers are read-only. */
  createPerson?: (name: string) => void;
  /** A person's trust light, shown beside their balance. */
  trust?: (person: Person) => TrustLight | null;
  /** Buttons under a follow-up row. */
  followUpActions?: (actions: HTMLElement, f: FollowUp) => void;
  /** Buttons under an introduction suggestion. */
  introActions?: (actions: HTMLElement, c: IntroCandidate) => void;
}

/** A link to a place in a note; where there is no note (a reconnect of a person known only by a tag), plain text. */
export function noteLink(
  parent: HTMLElement,
  host: AnswerHost,
  text: string,
  path: string | null,
  line: number | null,
  cls = '',
): HTMLElement {
  if (path === null) return parent.createSpan({ text, cls });
  const a = parent.createEl('a', { text, cls: `goodwill-link ${cls}`.trim(), href: '#' });
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    host.open(path, line ?? 1);
  });
  const preview = host.preview;
  if (preview) a.addEventListener('mouseover', (event) => preview(event, a, path));
  return a;
}

/** A person's name, opening their note; a person known only by a tag has none, and the link offers to create it where the host can. */
export function personLink(parent: HTMLElement, host: AnswerHost, person: Person): HTMLElement {
  const file = personFile(person);
  if (file !== null) return noteLink(parent, host, person.name, file, 1, 'goodwill-person');
  const create = host.createPerson;
  if (!create) return parent.createSpan({ text: person.name, cls: 'goodwill-person goodwill-no-note' });
  const a = parent.createEl('a', { text: person.name, cls: 'goodwill-link goodwill-person goodwill-no-note', href: '#' });
  a.setAttribute('aria-label', `${person.name} has no note yet: create one`);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    create(person.name);
  });
  return a;
}
