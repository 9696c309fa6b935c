import type { App } from 'obsidian';
import {
  API_VERSION,
  type BalanceRow,
  type Capability,
  type DayRange,
  EVENTS,
  type FollowUpRow,
  type GoodwillApi,
  type IntroRow,
  type LedgerRow,
  type PersonRow,
} from '../api';
import {
  balanceRows,
  captureLine,
  DateResolver,
  fail,
  followUpRows,
  introRows,
  ledgerRows,
  lookUpPerson,
  MAX_LINE_LENGTH,
  ok,
  parseIsoDay,
  peopleRows,
  type Person,
  personFile,
  type Result,
} from '../core';
import { activePeople } from './answers';
import type { GoodwillContext } from './context';

const CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'people',
  'person',
  'followUps',
  'balance',
  'introductions',
  'ledger',
  'capture',
  'log',
  'events',
]);

/** Line breaks, as any reader may see them: a logged line is one line. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/** A day bound of a range, checked: a malformed one is refused with a clear error, not read as no bound. */
function bound(value: string | undefined, which: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || parseIsoDay(value) === null)
    throw new RangeError(`Goodwill: followUps(): "${which}" is not a day as YYYY-MM-DD`);
  return value;
}

/**
 * The API other plugins reach at `app.plugins.plugins.goodwill.api`: read
 * methods that answer as the CLI's JSON does, capture without writing, one
 * logged line, and events on the metadata cache.
 */
export class PluginApi implements GoodwillApi {
  readonly apiVersion = API_VERSION;
  readonly ready: Promise<void>;
  private resolveReady!: () => void;

  constructor(private readonly context: GoodwillContext) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** Says on the metadata cache when a reading is done and which notes changed; returns what stops it. */
  follow(app: App): () => void {
    return this.context.onChange((change) => {
      if (change.kind === 'state' && change.state.kind === 'ready') {
        this.resolveReady();
        app.metadataCache.trigger(EVENTS.indexReady);
      }
      if (change.kind === 'index' && change.paths && change.paths.length > 0) app.metadataCache.trigger(EVENTS.changed, [...change.paths]);
    });
  }

  has(capability: string): boolean {
    return CAPABILITIES.has(capability as Capability);
  }

  people(): PersonRow[] {
    const { index, settings } = this.context;
    return peopleRows(index.resolve(), this.context.today(), settings);
  }

  person(name: string): PersonRow | null {
    const person = this.lookUp(name);
    if (!person) return null;
    const file = personFile(person);
    return this.people().find((r) => (file === null ? r.file === null && r.name === person.name : r.file === file)) ?? null;
  }

  followUps(range: DayRange = {}): FollowUpRow[] {
    const from = bound(range.from, 'from');
    const to = bound(range.to, 'to');
    const { index, settings } = this.context;
    const all = from !== null || to !== null;
    const rows = followUpRows(index.resolve(), settings, this.context.today(), all);
    return rows.filter((r) => (from === null || r.due >= from) && (to === null || r.due <= to));
  }

  balance(): BalanceRow[];
  balance(name: string): BalanceRow | null;
  balance(name?: string): BalanceRow[] | BalanceRow | null {
    const { index, settings } = this.context;
    const rows = balanceRows(index.resolve(), settings, this.context.today());
    if (name === undefined) return rows;
    const person = this.lookUp(name);
    if (!person) return null;
    const file = personFile(person);
    return rows.find((r) => (file === null ? r.personFile === null && r.person === person.name : r.personFile === file)) ?? null;
  }

  introductions(limit?: number): IntroRow[] {
    const { index, settings } = this.context;
    return introRows(index.resolve(), this.context.today(), settings, limit);
  }

  ledger(name: string): LedgerRow[] | null {
    const person = this.lookUp(name);
    return person ? ledgerRows(this.context.index.resolve(), person) : null;
  }

  capture(text: string): Result<string, string> {
    if (typeof text !== 'string') return fail('capture() takes a sentence as text');
    const { language } = this.context.settings;
    const r = captureLine(text, activePeople(this.context), this.context.today(), new DateResolver(language), false, new Map(), language);
    return r.ok ? ok(r.value.line) : fail(r.error.message);
  }

  async log(line: string): Promise<Result<string, string>> {
    if (typeof line !== 'string' || line.trim() === '') return fail('log() takes one line of text');
    if (LINE_BREAK.test(line)) return fail('a logged line is one line: it holds a line break');
    const text = line.trim();
    if (text.length > MAX_LINE_LENGTH)
      return fail(`a logged line is at most ${MAX_LINE_LENGTH} characters: longer, the reader would pass it over`);
    let undated = false;
    const written = await this.context.writer.appendLogged(this.context.today(), (datePrefix) => {
      // Outside a daily note a line is dated by what it says: one without a day would not be read as today's.
      undated = datePrefix && !ISO_DAY.test(text);
      return undated ? null : text;
    });
    if (written) return ok(written.line);
    return fail(
      undated
        ? 'logged lines go into a note that is not a daily note: write the day (YYYY-MM-DD) in the line'
        : 'nothing was written (a notice says why)',
    );
  }

  /** One person, by name, alias or note path; none for no one, or a name several share. */
  private lookUp(name: string): Person | null {
    if (typeof name !== 'string' || name.trim() === '') return null;
    const found = lookUpPerson(this.context.index.resolve().directory, name);
    return found.kind === 'one' ? found.person : null;
  }
}
