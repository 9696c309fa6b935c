import type { Day } from '../model/day';

/** A contact read from an export, before it becomes a person note. */
export interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  role: string | null;
  url: string | null;
  met: Day | null;
  source: string;
  /** Why the export's entry could not be read: such a contact is reported, never written. */
  problem?: string;
}
