/**
 * The API Goodwill gives other plugins, at `app.plugins.plugins.goodwill.api`:
 * its types, all in this file. The rows are the CLI's `--json` rows, so this
 * API and the JSON contract are one: keys are added, never renamed. See
 * docs/api.md.
 */
import type { BalanceRowOut as BalanceRow, FollowUpRow, IntroRow, LedgerRow, PersonRow, Result } from './core';

export type { BalanceRow, FollowUpRow, IntroRow, LedgerRow, PersonRow, Result };

/** The version of this API: raised when a method changes its meaning; a method added is a capability (`has`). */
export const API_VERSION = 1;

/** What a plugin can check for before it calls it. */
export type Capability = 'people' | 'person' | 'followUps' | 'balance' | 'introductions' | 'ledger' | 'capture' | 'log' | 'events';

/** Days as `YYYY-MM-DD`, both included; either may be left out. */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * Events on `app.metadataCache`: `goodwill:index-ready` (no payload) when a
 * whole reading of the vault is done, the first one included;
 * `goodwill:changed` with the paths of the notes changed, added, renamed or
 * deleted since the last such event.
 */
export const EVENTS = { indexReady: 'goodwill:index-ready', changed: 'goodwill:changed' } as const;

export interface GoodwillApi {
  /** An integer, 1 for this API. */
  readonly apiVersion: number;
  /** Resolves when the first index is done; before that, reads answer from what is indexed so far. */
  readonly ready: Promise<void>;
  /** Whether this version of Goodwill has a capability. */
  has(capability: string): boolean;
  /** Everyone, as `goodwill people --json` lists them. */
  people(): PersonRow[];
  /** One person's `people` row, by name, alias or note path; null for no one, or a name several people share. */
  person(name: string): PersonRow | null;
  /** Open follow-ups due in the range; without one, those due within the horizon, overdue included (as the CLI). */
  followUps(range?: DayRange): FollowUpRow[];
  /** Everyone's balance, most urgent first. */
  balance(): BalanceRow[];
  /** One person's balance; null for no one, or no trade yet. */
  balance(name: string): BalanceRow | null;
  /** Introductions worth making, best first. */
  introductions(limit?: number): IntroRow[];
  /** A person's ledger, oldest first; null for no one. */
  ledger(name: string): LedgerRow[] | null;
  /** The line capture would write for a sentence, without writing it; or capture's message (an ambiguous name, no verb). */
  capture(text: string): Result<string, string>;
  /** Writes one line where the log commands write (today's daily note by default); the line written, or why nothing was. */
  log(line: string): Promise<Result<string, string>>;
}
