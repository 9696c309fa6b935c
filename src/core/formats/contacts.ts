import Papa from 'papaparse';
import { type Day, dayFromParts, formatDay } from '../model/day';
import { uniqueNotePath } from '../model/folder-path';
import { englishMonth } from '../text/date-format';
import { noteLine } from '../write/note-line';
import { safeFileName } from '../write/note-templates';
import type { Person } from '../read/people';
import type { Contact } from './contact';
import { contactsFromVCard } from './vcard';

export type { Contact } from './contact';

/** LinkedIn writes "Connected On" as "12 Mar 2024" (older exports: "03/12/2024"). */
function linkedInDate(value: string | undefined): Day | null {
  if (!value) return null;
  const named = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})$/.exec(value.trim());
  if (named) return dayFromParts(Number(named[3]), englishMonth(named[2]) ?? 0, Number(named[1]));
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
  /** Contacts created beside a person of the same name with another email, and what `check` would say of each. */
  clashes: { name: string; path: string; message: string }[];
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

/** Someone the import has already met: a person of the vault, or a contact earlier in the file. */
interface Known {
  /** The person's note, or null for a contact of the file. */
  path: string | null;
  email: string | null;
}

/** Names compare as people read them: case, accents written two ways and runs of spaces do not matter. */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * One note per new contact, by one rule within the file and against the
 * vault. Two contacts are the same when their emails match, or when their
 * names match (a person's name or alias) and at most one of them has an
 * email: the same contact is left as it is and reported (a second time in
 * the file as listed twice, even when it is in the vault). The same name with
 * two different emails is two people: the new one gets a numbered note
 * (`John Smith 2`) and a line in `clashes`. Everything is looked up in maps,
 * and each file name is numbered on from where the last one of that name
 * stopped, so 2,000 rows of one name take 2,000 steps, not 2,000².
 */
export function planImport(contacts: Contact[], existing: Person[], folder: string, taken: (path: string) => boolean): ImportPlan {
  const plan: ImportPlan = { create: [], skipped: [], clashes: [] };
  const byEmail = new Map<string, Known>();
  /** Per name: the first one known by it, and the first one known by it without an email. */
  const byName = new Map<string, { first: Known; withoutEmail: Known | null }>();
  const remember = (known: Known, names: string[]) => {
    if (known.email !== null && !byEmail.has(known.email)) byEmail.set(known.email, known);
    for (const name of names) {
      const key = nameKey(name);
      const entry = byName.get(key);
      if (!entry) byName.set(key, { first: known, withoutEmail: known.email === null ? known : null });
      else if (known.email === null && entry.withoutEmail === null) entry.withoutEmail = known;
    }
  };
  for (const p of existing) remember({ path: p.path, email: p.email ? emailKey(p.email) : null }, [p.name, ...p.aliases]);

  const planned = new Set<string>();
  const nextNumber = new Map<string, number>();
  const pathFor = (base: string, from: number) => {
    const key = base.toLowerCase();
    const inUse = (path: string) => planned.has(path.toLowerCase()) || taken(path);
    const free = uniqueNotePath(folder, base, inUse, Math.max(from, nextNumber.get(key) ?? 1));
    nextNumber.set(key, free.n + 1);
    planned.add(free.path.toLowerCase());
    return free.path;
  };
  /** The people of the vault a contact of the file was already found to be: a second such contact is a repeat within the file. */
  const found = new Set<Known>();
  const sameAs = (known: Known) => {
    const repeated = known.path === null || found.has(known);
    found.add(known);
    return repeated ? 'listed twice in the file' : `already in the vault as ${known.path}`;
  };

  for (const c of contacts) {
    if (c.problem) {
      plan.skipped.push({ name: c.name, reason: c.problem });
      continue;
    }
    const email = c.email ? emailKey(c.email) : null;
    const byMail = email === null ? undefined : byEmail.get(email);
    if (byMail) {
      plan.skipped.push({ name: c.name, reason: sameAs(byMail) });
      continue;
    }
    const named = byName.get(nameKey(c.name));
    const same = named && (email === null ? (named.withoutEmail ?? named.first) : named.withoutEmail);
    if (same) {
      plan.skipped.push({ name: c.name, reason: sameAs(same) });
      continue;
    }
    const path = pathFor(safeFileName(c.name), named ? 2 : 1);
    plan.create.push({ path, text: contactNoteText(c), contact: c });
    if (named) {
      const other = named.first.path ?? 'a contact earlier in the file';
      plan.clashes.push({
        name: c.name,
        path,
        message: `"${c.name}" has the same name as ${other} but another email (${c.email}); created as ${path}`,
      });
    }
    remember({ path: null, email }, [c.name]);
  }
  return plan;
}

/**
 * The text of an export from its bytes, in the encoding its program wrote:
 * a byte-order mark says UTF-8 or UTF-16 (Outlook's "Unicode" export); with
 * none, UTF-16 shows as zero bytes beside the ASCII of `BEGIN:VCARD` or the
 * CSV header; bytes that are not UTF-8 are Windows-1252, which ISO-8859-1
 * exports are too.
 */
export function exportText(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  const b = content;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0) return new TextDecoder('utf-16be').decode(b);
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[3] === 0) return new TextDecoder('utf-16le').decode(b);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('windows-1252').decode(b);
  }
}

/** Reads an export by its file name: `.vcf`/`.vcard` or LinkedIn's `.csv`, from its text or, better, its bytes. */
export function contactsFromFile(fileName: string, content: string | Uint8Array): Contact[] {
  if (/\.(vcf|vcard)$/i.test(fileName)) return contactsFromVCard(exportText(content));
  if (/\.csv$/i.test(fileName)) return contactsFromLinkedInCsv(exportText(content));
  throw new Error(`cannot import ${fileName}: use a vCard (.vcf) or LinkedIn connections (.csv) export`);
}
