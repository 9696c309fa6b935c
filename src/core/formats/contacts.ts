import ICAL from 'ical.js';
import Papa from 'papaparse';
import { type Day, dayFromParts, formatDay } from '../model/day';
import { noteLine } from '../write/note-line';
import { safeFileName } from '../write/note-templates';
import type { Person } from '../read/people';

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
}

/**
 * vCard 2.1 (older Outlook exports) writes bare parameters (`TEL;WORK;VOICE:`)
 * and quoted-printable values; ical.js reads 3.0 and 4.0. Rewrite the former
 * into the latter, line by line, before parsing.
 */
function upgradeVCard21(text: string): string {
  const unfolded = text
    .replace(/\r\n/g, '\n')
    .replace(/=\n/g, '')
    .replace(/\n[ \t]/g, '');
  return unfolded
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return line;
      const [name, ...params] = line.slice(0, colon).split(';');
      let value = line.slice(colon + 1);
      let quoted = false;
      const kept: string[] = [];
      for (const p of params) {
        const eq = p.indexOf('=');
        const key = (eq < 0 ? p : p.slice(0, eq)).toUpperCase();
        if (key === 'ENCODING' && /quoted-printable/i.test(p)) quoted = true;
        else if (key === 'CHARSET' || key === 'ENCODING') continue;
        else kept.push(eq < 0 ? `TYPE=${p}` : p);
      }
      if (quoted) value = decodeQuotedPrintable(value);
      return [name, ...kept].join(';') + ':' + value;
    })
    .map((line) => (/^VERSION:2\.1$/i.test(line) ? 'VERSION:3.0' : line))
    .join('\r\n');
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const text = (v: unknown): string | null => {
  const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x.trim()).join(', ') : typeof v === 'string' ? v : null;
  return s && s.trim() ? s.trim() : null;
};

/** Contacts from a vCard file (Google, Apple and Outlook exports), read with ical.js. */
export function contactsFromVCard(input: string): Contact[] {
  const parsed: unknown = ICAL.parse(upgradeVCard21(input));
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const out: Contact[] = [];
  for (const jcard of list) {
    const card = new ICAL.Component(jcard as never);
    if (card.name !== 'vcard') continue;
    const n = card.getFirstPropertyValue('n') as unknown;
    const fromN = Array.isArray(n) ? [n[1], n[2], n[0]].filter((x) => typeof x === 'string' && x).join(' ') : null;
    const name = text(card.getFirstPropertyValue('fn')) ?? (fromN || null);
    if (!name) continue;
    const org = card.getFirstPropertyValue('org') as unknown;
    out.push({
      name,
      email: text(card.getFirstPropertyValue('email')),
      phone: text(card.getFirstPropertyValue('tel')),
      company: Array.isArray(org) ? text(org[0]) : text(org),
      role: text(card.getFirstPropertyValue('title')),
      url: text(card.getFirstPropertyValue('url')),
      met: null,
      source: 'vCard',
    });
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LinkedIn writes "Connected On" as "12 Mar 2024" (older exports: "03/12/2024"). */
function linkedInDate(value: string | undefined): Day | null {
  if (!value) return null;
  const named = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})$/.exec(value.trim());
  if (named) return dayFromParts(Number(named[3]), MONTHS.indexOf(named[2].toLowerCase()) + 1, Number(named[1]));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return slashed ? dayFromParts(Number(slashed[3]), Number(slashed[1]), Number(slashed[2])) : null;
}

/** Contacts from LinkedIn's Connections.csv, read with Papa Parse; the notes LinkedIn puts above the header are skipped. */
export function contactsFromLinkedInCsv(input: string): Contact[] {
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines.findIndex((l) => /^"?First Name"?,/i.test(l));
  if (header < 0) throw new Error('not a LinkedIn connections export: no "First Name,Last Name,…" header');
  const result = Papa.parse<Record<string, string>>(lines.slice(header).join('\n'), { header: true, skipEmptyLines: true });
  const out: Contact[] = [];
  for (const row of result.data) {
    const name = [row['First Name'], row['Last Name']]
      .map((x) => (x ?? '').trim())
      .filter(Boolean)
      .join(' ');
    if (!name) continue;
    out.push({
      name,
      email: row['Email Address']?.trim() || null,
      phone: null,
      company: row.Company?.trim() || null,
      role: row.Position?.trim() || null,
      url: row.URL?.trim() || null,
      met: linkedInDate(row['Connected On']),
      source: 'LinkedIn',
    });
  }
  return out;
}

export interface ImportPlan {
  create: { path: string; text: string; contact: Contact }[];
  skipped: { name: string; reason: string }[];
}

const yaml = (s: string) => JSON.stringify(s);

export function contactNoteText(c: Contact): string {
  const fm = ['---', 'type: person', `name: ${yaml(c.name)}`];
  if (c.email) fm.push(`email: ${yaml(c.email)}`);
  if (c.phone) fm.push(`phone: ${yaml(c.phone)}`);
  if (c.company) fm.push(`company: ${yaml(c.company)}`);
  if (c.role) fm.push(`role: ${yaml(c.role)}`);
  if (c.url) fm.push(`url: ${yaml(c.url)}`);
  if (c.met !== null) fm.push(`met: ${formatDay(c.met)}`);
  fm.push('tie: weak', `source: ${c.source}`, '---', noteLine`# ${c.name}`, '');
  return fm.join('\n');
}

/**
 * One note per new contact. A contact already in the vault (same email, or
 * same name) is left as it is and reported, and so is a repeat within the file.
 */
export function planImport(contacts: Contact[], existing: Person[], folder: string, taken: (path: string) => boolean): ImportPlan {
  const emails = new Map(existing.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));
  const names = new Map<string, Person>();
  for (const p of existing) for (const n of [p.name, ...p.aliases]) names.set(n.toLowerCase(), p);
  const plan: ImportPlan = { create: [], skipped: [] };
  const seen = new Set<string>();
  const dir = folder.replace(/^\/+|\/+$/g, '');
  for (const c of contacts) {
    const byEmail = c.email ? emails.get(c.email.toLowerCase()) : undefined;
    const byName = names.get(c.name.toLowerCase());
    if (byEmail || byName) {
      plan.skipped.push({ name: c.name, reason: `already in the vault as ${(byEmail ?? byName)!.path}` });
      continue;
    }
    const key = (c.email ?? c.name).toLowerCase();
    if (seen.has(key)) {
      plan.skipped.push({ name: c.name, reason: 'listed twice in the file' });
      continue;
    }
    seen.add(key);
    const base = safeFileName(c.name);
    let path = `${dir ? `${dir}/` : ''}${base}.md`;
    for (let n = 2; taken(path) || plan.create.some((x) => x.path === path); n++) path = `${dir ? `${dir}/` : ''}${base} ${n}.md`;
    plan.create.push({ path, text: contactNoteText(c), contact: c });
  }
  return plan;
}

/** Reads an export by its file name: `.vcf`/`.vcard` or LinkedIn's `.csv`. */
export function contactsFromFile(fileName: string, content: string): Contact[] {
  if (/\.(vcf|vcard)$/i.test(fileName)) return contactsFromVCard(content);
  if (/\.csv$/i.test(fileName)) return contactsFromLinkedInCsv(content);
  throw new Error(`cannot import ${fileName}: use a vCard (.vcf) or LinkedIn connections (.csv) export`);
}
