import { extractLinks, readable } from '../text/links';
import { type FollowUp, receiptToThank } from './followups';

/**
 * A follow-up in the words the interface and the digest show, its person
 * named once. `around` holds the words before and after the name when the
 * text says who owes whom ("You owe " … ": "); null when it names nobody
 * ("Reconnect (monthly; …)"), and the name then stands apart from the text.
 * The source text (JSON, the CLI's table) is left as it is.
 */
export interface FollowUpWords {
  around: readonly [string, string] | null;
  text: string;
}

/**
 * The text without the link it opens with (the person the words around it
 * already name), readable. `isTheirs` says whether a link's target is that
 * person; a text opening with a link to someone else keeps it.
 */
export function afterOpeningLink(text: string, isTheirs: (target: string) => boolean = () => true): string {
  const trimmed = text.trimStart();
  const [first] = extractLinks(trimmed);
  return readable(first?.start === 0 && isTheirs(first.target) ? trimmed.slice(first.end).trim() : trimmed);
}

export function followUpWords(f: FollowUp): FollowUpWords {
  const opensWithLink = extractLinks(f.text.trimStart())[0]?.start === 0;
  switch (f.kind) {
    case 'promise':
      return { around: ['You owe ', ': '], text: afterOpeningLink(f.text) };
    case 'nudge':
      // An ask or a waiting line names its person first; a draft introduction's nudge is a sentence of its own.
      return opensWithLink ? { around: ['', ' owes you: '], text: afterOpeningLink(f.text) } : { around: null, text: readable(f.text) };
    case 'thanks': {
      const receipt = receiptToThank(f);
      if (receipt !== null) return { around: ['Say thank you to ', ': '], text: afterOpeningLink(receipt) };
      return { around: null, text: readable(f.text) };
    }
    default:
      return { around: null, text: readable(f.text) };
  }
}

/** A follow-up as one plain sentence under its person's name: who owes whom, and what. */
export function followUpSentence(f: FollowUp): string {
  const { around, text } = followUpWords(f);
  return around === null ? text : `${around[0]}${f.person.name}${around[1]}${text}`;
}
