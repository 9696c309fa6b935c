import ICAL from 'ical.js';
import type { Contact } from './contact';

/**
 * vCard as Google, Apple and Outlook write it. ical.js reads vCard 3.0 and
 * 4.0; what the exporters add around that is undone here first, line by line:
 *
 * - vCard 2.1 (older Outlook) writes bare parameters (`TEL;WORK;VOICE:`) and
 *   quoted-printable values in any `CHARSET` (often ISO-8859-1), continued
 *   over lines with a soft break: a `=` at the end of the line. Only such a
 *   value continues that way: a URL that ends in `=` is a URL that ends in `=`.
 * - Photos, logos, sounds and keys are base64 spread over many lines. Goodwill
 *   reads none of them, so they are dropped before parsing.
 *
 * Each card is parsed by itself, so that one card ical.js cannot read is
 * reported with its reason instead of failing the whole file.
 */

/** The properties a contact is made from; the rest never reach the parser. */
const READ = new Set(['BEGIN', 'END', 'VERSION', 'FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL']);

/** A property as written: `group.NAME;PARAM=x;PARAM=y:value`, the value already unfolded. */
interface RawProperty {
  name: string;
  params: string[];
  value: string;
}

/** Where the property's name and parameters end: the first colon outside a quoted parameter value. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) return i;
  }
  return -1;
}

/** Splits parameters at semicolons outside quotes. */
function splitParams(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 59 && !quoted) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(head.slice(start));
  return parts;
}

const paramKey = (p: string) => {
  const eq = p.indexOf('=');
  return (eq < 0 ? p : p.slice(0, eq)).trim().toUpperCase();
};
const paramValue = (p: string) => p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '');

/** A bare `QUOTED-PRINTABLE` (2.1) or `ENCODING=QUOTED-PRINTABLE`. */
const isQuotedPrintable = (params: string[]) =>
  params.some((p) => {
    const key = paramKey(p);
    return key === 'QUOTED-PRINTABLE' || (key === 'ENCODING' && /^quoted-printable$/i.test(paramValue(p).trim()));
  });

/**
 * Physical lines to properties: folded lines (starting with a space or tab)
 * are joined, and a quoted-printable value ending in `=` goes on with the next line.
 */
function properties(text: string): RawProperty[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: RawProperty[] = [];
  let current: { head: string; value: string; qp: boolean } | null = null;
  const flush = () => {
    if (!current) return;
    const [name, ...params] = splitParams(current.head);
    out.push({ name: name.trim(), params, value: current.value });
    current = null;
  };
  for (const line of lines) {
    if (current !== null && current.qp && current.value.endsWith('=')) {
      current.value = current.value.slice(0, -1) + line;
      continue;
    }
    if (current !== null && (line.startsWith(' ') || line.startsWith('\t'))) {
      current.value += line.slice(1);
      continue;
    }
    flush();
    const colon = valueStart(line);
    // A line without a colon is no property (a stray line of a broken export): it is passed over.
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    current = { head, value: line.slice(colon + 1), qp: isQuotedPrintable(splitParams(head).slice(1)) };
  }
  flush();
  return out;
}

/** A decoder for the charset a value names; UTF-8 when it names none or one the platform does not know. */
function decoderFor(charset: string | undefined): TextDecoder {
  if (charset) {
    try {
      return new TextDecoder(charset.trim());
    } catch {
      // An unknown label: UTF-8, as for no label.
    }
  }
  return new TextDecoder();
}

function decodeQuotedPrintable(value: string, decoder: TextDecoder): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of encoder.encode(value[i])) bytes.push(b);
    }
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** A decoded value written the 3.0 way: line breaks as `\n`, so the property stays one line. */
const escapeBreaks = (value: string) => value.replace(/\r\n|\r|\n/g, '\\n');

/**
 * One property as vCard 3.0: bare parameters typed, charset and encoding
 * applied and dropped. A 2.1 value escapes nothing but `\;` in a structured
 * value, so its other backslashes are literal and are escaped for 3.0.
 */
function upgrade(p: RawProperty, from21: boolean): string {
  const kept: string[] = [];
  let charset: string | undefined;
  let encoding: string | undefined;
  for (const param of p.params) {
    const key = paramKey(param);
    if (key === 'CHARSET') charset = paramValue(param);
    else if (key === 'ENCODING') encoding = paramValue(param).trim().toLowerCase();
    else if (key === 'QUOTED-PRINTABLE') encoding = 'quoted-printable';
    else if (key === 'BASE64') encoding = 'b';
    else if (param.trim() !== '') kept.push(param.includes('=') ? param : `TYPE=${param.trim()}`);
  }
  let value = p.value;
  if (encoding === 'quoted-printable') value = decodeQuotedPrintable(value, decoderFor(charset));
  else if (encoding === 'b' || encoding === 'base64') {
    try {
      value = decoderFor(charset).decode(Uint8Array.from(atob(value.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
    } catch {
      value = '';
    }
  }
  if (from21) value = value.replace(/\\(?!;)/g, '\\\\');
  value = escapeBreaks(value);
  if (bareName(p.name) === 'VERSION' && value.trim() === '2.1') value = '3.0';
  return `${[p.name, ...kept].join(';')}:${value}`;
}

/**
 * ical.js unescapes `\\`, `\,` and `\n` in a text value but leaves `\;`, which
 * vCard writes for a semicolon in a name or title (`FN:Smith\; John`).
 */
const unescapeSemicolons = (v: unknown) => (typeof v === 'string' ? v.replace(/\\;/g, ';') : v);

const text = (v: unknown): string | null => {
  const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x.trim()).join(', ') : typeof v === 'string' ? v : null;
  return s && s.trim() ? s.trim() : null;
};

/** The contact in one card, read by ical.js from the card's upgraded lines. */
function contactOf(lines: string[]): Contact | null {
  const card = new ICAL.Component(ICAL.parse(lines.join('\r\n')) as never);
  if (card.name !== 'vcard') return null;
  const n = card.getFirstPropertyValue('n') as unknown;
  const fromN = Array.isArray(n) ? [n[1], n[2], n[0]].filter((x) => typeof x === 'string' && x).join(' ') : null;
  const name = text(unescapeSemicolons(card.getFirstPropertyValue('fn'))) ?? (fromN || null);
  if (!name) return null;
  const org = card.getFirstPropertyValue('org') as unknown;
  return {
    name,
    email: text(card.getFirstPropertyValue('email')),
    phone: text(card.getFirstPropertyValue('tel')),
    company: Array.isArray(org) ? text(org[0]) : text(org),
    role: text(unescapeSemicolons(card.getFirstPropertyValue('title'))),
    url: text(card.getFirstPropertyValue('url')),
    met: null,
    source: 'vCard',
  };
}

/** A property's name without its group (`item1.EMAIL` is EMAIL), in capitals. */
const bareName = (name: string) => name.slice(name.lastIndexOf('.') + 1).toUpperCase();

/** The name a card gives itself, for reporting a card that could not be read. */
function rawName(props: RawProperty[], index: number): string {
  const fn = props.find((p) => bareName(p.name) === 'FN');
  return fn?.value.trim() || `card ${index}`;
}

/** Contacts from a vCard file (Google, Apple and Outlook exports). A card that cannot be read comes back with its problem. */
export function contactsFromVCard(input: string): Contact[] {
  const out: Contact[] = [];
  let card: RawProperty[] | null = null;
  let count = 0;
  for (const p of properties(input)) {
    const name = bareName(p.name);
    if (name === 'BEGIN' && /^vcard$/i.test(p.value.trim())) {
      card = [p];
      continue;
    }
    if (card === null) continue;
    if (READ.has(name)) card.push(p);
    if (name !== 'END' || !/^vcard$/i.test(p.value.trim())) continue;
    count += 1;
    try {
      const from21 = card.some((x) => bareName(x.name) === 'VERSION' && x.value.trim() === '2.1');
      const contact = contactOf(card.map((x) => upgrade(x, from21)));
      if (contact) out.push(contact);
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      out.push({ ...EMPTY, name: rawName(card, count), problem: `card not readable: ${reason}` });
    }
    card = null;
  }
  return out;
}

const EMPTY: Contact = { name: '', email: null, phone: null, company: null, role: null, url: null, met: null, source: 'vCard' };
