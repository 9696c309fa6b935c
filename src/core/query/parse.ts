import { type Result, fail, ok } from '../model/result';
import { BALANCE_STATUSES, type BalanceStatus } from '../answers/balance';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../answers/followups';
import { normalizeLinkTarget } from '../text/links';

/**
 * The goodwill query language, one query per code block:
 *
 *   followups [due before <date>] [for [[Person]]] [kind is <kind>] [limit N]
 *   balance [where status is <status>] [for [[Person]]] [sort by given|received|balance|name] [limit N]
 *   intros [for [[Person]]] [limit N]
 *   person [[Person]]
 *   brief [[Person]]
 *   org [[Organisation]]
 *   orgs
 *   people [limit N]
 *   digest
 *   health
 *   provenance [[[Person]]]
 *
 * Keywords are case-insensitive. Lines starting with `#` or `//` are comments.
 */
export type Query =
  | { type: 'followups'; dueBefore: string | null; person: string | null; kind: FollowUpKind | null; limit: number | null }
  | { type: 'balance'; status: BalanceStatus | null; person: string | null; sort: BalanceSort; limit: number | null }
  | { type: 'intros'; person: string | null; limit: number | null }
  | { type: 'person'; person: string }
  | { type: 'brief'; person: string }
  | { type: 'org'; name: string }
  | { type: 'orgs' }
  | { type: 'people'; limit: number | null }
  | { type: 'digest' }
  | { type: 'health' }
  | { type: 'provenance'; person: string | null };

export type BalanceSort = 'urgency' | 'given' | 'received' | 'balance' | 'name';
const SORTS: BalanceSort[] = ['given', 'received', 'balance', 'name'];

export interface QueryError {
  message: string;
  /** 1-based line and column in the code block. */
  line: number;
  column: number;
}

class QueryParseError extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
  }
}

export type QueryResult = Result<Query, QueryError>;

interface Token {
  text: string;
  column: number;
}

const TOKEN = /\[\[[^\]\n]*\]\]|\S+/g;

class Cursor {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly line: number,
    private readonly end: number,
  ) {}
  peek(): string | undefined {
    return this.tokens[this.i]?.text.toLowerCase();
  }
  next(): Token | undefined {
    return this.tokens[this.i++];
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }
  fail(message: string, token?: Token): never {
    throw new QueryParseError({ message, line: this.line, column: token ? token.column : this.end });
  }
  expect(word: string): void {
    const t = this.next();
    if (!t || t.text.toLowerCase() !== word) this.fail(`expected "${word}"${t ? `, found "${t.text}"` : ''}`, t);
  }
  person(what = 'a person'): string {
    const t = this.next();
    if (!t || !t.text.startsWith('[[')) this.fail(`expected ${what} as a [[link]]`, t);
    const target = normalizeLinkTarget(t.text.slice(2, -2));
    if (!target) this.fail('the link is empty', t);
    return target;
  }
  number(): number {
    const t = this.next();
    if (!t || !/^\d{1,6}$/.test(t.text) || Number(t.text) === 0) this.fail('expected a whole number above 0', t);
    return Number(t.text);
  }
  /** Words up to the next keyword: a natural-language date. */
  phrase(stop: Set<string>): string {
    const words: string[] = [];
    while (!this.done() && !stop.has(this.peek()!)) words.push(this.next()!.text);
    if (words.length === 0) this.fail('expected a date, such as "next week" or 2026-12-01');
    return words.join(' ');
  }
}

const CLAUSE_WORDS = new Set(['for', 'kind', 'limit', 'where', 'sort', 'due']);

function parseTokens(c: Cursor): Query {
  const head = c.next()!;
  const type = head.text.toLowerCase();
  switch (type) {
    case 'followups':
    case 'follow-ups': {
      const q: Query = { type: 'followups', dueBefore: null, person: null, kind: null, limit: null };
      while (!c.done()) {
        const t = c.next()!;
        const w = t.text.toLowerCase();
        if (w === 'due') {
          c.expect('before');
          q.dueBefore = c.phrase(CLAUSE_WORDS);
        } else if (w === 'for') q.person = c.person();
        else if (w === 'kind') {
          c.expect('is');
          const k = c.next();
          if (!k || !(FOLLOW_UP_KINDS as readonly string[]).includes(k.text.toLowerCase())) {
            c.fail(`expected a kind: ${FOLLOW_UP_KINDS.join(', ')}`, k);
          }
          q.kind = k.text.toLowerCase() as FollowUpKind;
        } else if (w === 'limit') q.limit = c.number();
        else c.fail(`unexpected "${t.text}" (followups takes: due before, for, kind is, limit)`, t);
      }
      return q;
    }
    case 'balance': {
      const q: Query = { type: 'balance', status: null, person: null, sort: 'urgency', limit: null };
      while (!c.done()) {
        const t = c.next()!;
        const w = t.text.toLowerCase();
        if (w === 'where') {
          c.expect('status');
          c.expect('is');
          const s = c.next();
          if (!s || !(BALANCE_STATUSES as readonly string[]).includes(s.text.toLowerCase())) {
            c.fail(`expected a status: ${BALANCE_STATUSES.join(', ')}`, s);
          }
          q.status = s.text.toLowerCase() as BalanceStatus;
        } else if (w === 'sort') {
          c.expect('by');
          const s = c.next();
          if (!s || !(SORTS as string[]).includes(s.text.toLowerCase())) c.fail(`expected one of: ${SORTS.join(', ')}`, s);
          q.sort = s.text.toLowerCase() as BalanceSort;
        } else if (w === 'for') q.person = c.person();
        else if (w === 'limit') q.limit = c.number();
        else c.fail(`unexpected "${t.text}" (balance takes: where status is, for, sort by, limit)`, t);
      }
      return q;
    }
    case 'intros':
    case 'introductions': {
      const q: Query = { type: 'intros', person: null, limit: null };
      while (!c.done()) {
        const t = c.next()!;
        const w = t.text.toLowerCase();
        if (w === 'for') q.person = c.person();
        else if (w === 'limit') q.limit = c.number();
        else c.fail(`unexpected "${t.text}" (intros takes: for, limit)`, t);
      }
      return q;
    }
    case 'person':
    case 'brief': {
      const t = c.next();
      if (!t || !t.text.startsWith('[[')) c.fail('expected a person as a [[link]]', t);
      // The link as written: a brief reads it as a plain name (lookUpPerson), so that a name several people share settles on none.
      const person = t.text.slice(2, -2).trim();
      if (!normalizeLinkTarget(person)) c.fail('the link is empty', t);
      if (!c.done()) c.fail(`${type} takes one [[link]] and nothing else`, c.next());
      return type === 'brief' ? { type, person } : { type, person: normalizeLinkTarget(person) };
    }
    case 'org': {
      const name = c.person('an organisation');
      if (!c.done()) c.fail('org takes one [[link]] and nothing else', c.next());
      return { type: 'org', name };
    }
    case 'people': {
      const q: Query = { type: 'people', limit: null };
      while (!c.done()) {
        const t = c.next()!;
        if (t.text.toLowerCase() === 'limit') q.limit = c.number();
        else c.fail(`unexpected "${t.text}" (people takes: limit)`, t);
      }
      return q;
    }
    case 'provenance': {
      if (c.done()) return { type: 'provenance', person: null };
      const person = c.person();
      if (!c.done()) c.fail('provenance takes one [[link]] at most', c.next());
      return { type: 'provenance', person };
    }
    case 'digest':
    case 'orgs':
    case 'health': {
      if (!c.done()) c.fail(`${type} takes nothing else`, c.next());
      return { type };
    }
    default:
      return c.fail(
        `unknown query "${head.text}": start with followups, balance, intros, person, brief, org, orgs, people, digest, health or provenance`,
        head,
      );
  }
}

/** Parses a code block's text. Never throws: errors say what is wrong and where. */
export function parseQuery(source: string): QueryResult {
  const lines = source.split(/\r?\n/);
  let found: { line: number; text: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
    if (found) {
      return fail({ message: 'one query per block', line: i + 1, column: text.length - text.trimStart().length + 1 });
    }
    found = { line: i + 1, text };
  }
  if (!found) return fail({ message: 'empty query: try "followups" or "balance"', line: 1, column: 1 });
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(found.text); m; m = TOKEN.exec(found.text)) tokens.push({ text: m[0], column: m.index + 1 });
  try {
    return ok(parseTokens(new Cursor(tokens, found.line, found.text.length + 1)));
  } catch (err) {
    if (err instanceof QueryParseError) return fail(err.error);
    throw err;
  }
}
