import type { GoodwillContext } from '../context';
import { Briefs } from './briefs';
import { CalendarExport } from './calendar-export';
import { ContactImport } from './contact-import';
import { Digest } from './digest';
import { FollowUpActions } from './follow-ups';
import { Introductions } from './introductions';
import { LogAndCapture } from './log-and-capture';
import { NewNotes } from './new-notes';
import { PersonCards } from './person-cards';
import { VaultCheck } from './vault-check';

/**
 * What the user can do, one feature a file; the view and the command table
 * point into them. Every write goes through the context's note writer.
 */
export interface Features {
  readonly followUps: FollowUpActions;
  readonly logging: LogAndCapture;
  readonly introductions: Introductions;
  readonly newNotes: NewNotes;
  readonly digest: Digest;
  readonly contactImport: ContactImport;
  readonly calendarExport: CalendarExport;
  readonly vaultCheck: VaultCheck;
  readonly personCards: PersonCards;
  readonly briefs: Briefs;
}

export function makeFeatures(context: GoodwillContext): Features {
  return {
    followUps: new FollowUpActions(context),
    logging: new LogAndCapture(context),
    introductions: new Introductions(context),
    newNotes: new NewNotes(context),
    digest: new Digest(context),
    contactImport: new ContactImport(context),
    calendarExport: new CalendarExport(context),
    vaultCheck: new VaultCheck(context),
    personCards: new PersonCards(context),
    briefs: new Briefs(context),
  };
}
