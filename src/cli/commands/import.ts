import { type CliArgs, contactsFromFile, type NetworkIndex, planImport, safeJson, safeValue } from '../../core';
import { InputError } from '../failures';
import { FileReadRefused, readRegularBytes } from '../regular-file-read';
import type { VaultWriter } from '../vault-writer';

/** A contacts export with photos runs to tens of megabytes; more than this is no export of people. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** What a file costs beyond its bytes: a block of its own, and its entry in the folder. */
const BYTES_PER_FILE = 8 * 1024;
/** Names listed in the one-line failure; the report on stdout lists them all. */
const NAMES_IN_FAILURE = 5;

export interface ImportOutcome {
  /** The report, one row per contact: created, would create, skipped, or not written. */
  text: string;
  /** Set when the import stopped halfway: the one line for stderr. */
  failure: string | null;
}

type Row =
  | { action: 'created' | 'would create'; name: string; file: string }
  | { action: 'skipped'; name: string; reason: string }
  | { action: 'check'; name: string; reason: string }
  | { action: 'not written'; name: string; file: string; reason: string };

const utf8 = new TextEncoder();

/**
 * `import FILE`: planned fully, checked, then written. Planning decides each
 * contact's note; checking refuses the whole import before anything is written
 * when a note could not go where planned (outside the vault, a name too long,
 * a path taken) or the disk has too little space; writing creates each note
 * whole or not at all. A failure halfway stops there, and the report says
 * which contacts were written and which were not.
 */
export function importContacts(args: CliArgs, index: NetworkIndex, writer: VaultWriter): ImportOutcome {
  const file = args.text ?? '';
  let content: Uint8Array;
  try {
    // Bytes: the core tells UTF-8, UTF-16 and Windows-1252 exports apart.
    content = readRegularBytes(file, MAX_EXPORT_BYTES, true);
  } catch (err) {
    if (err instanceof FileReadRefused) throw new InputError(`cannot read ${file}: ${err.message}`);
    throw err;
  }
  let contacts;
  try {
    contacts = contactsFromFile(file, content);
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }

  const plan = planImport(contacts, index.resolve().people, index.settings.personFolder, (p) => writer.exists(p));

  const problems = plan.create.map((c) => writer.problemCreating(c.path)).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new InputError(`import stopped before writing anything: ${problems[0]}${more}`);
  }
  if (!args.dryRun && plan.create.length > 0) {
    const needed = plan.create.reduce((n, c) => n + utf8.encode(c.text).length + BYTES_PER_FILE, 0);
    const free = writer.freeBytes(plan.create[0].path);
    if (free !== null && free < needed) {
      throw new InputError(
        `import stopped before writing anything: ${plan.create.length} notes need ${kilobytes(needed)} and the disk has ${kilobytes(free)} free`,
      );
    }
  }

  const rows: Row[] = [];
  let failure: string | null = null;
  for (const c of plan.create) {
    if (args.dryRun) {
      rows.push({ action: 'would create', name: c.contact.name, file: c.path });
      continue;
    }
    if (failure === null) {
      try {
        writer.create(c.path, c.text);
        rows.push({ action: 'created', name: c.contact.name, file: c.path });
        continue;
      } catch (err) {
        const reason = err instanceof InputError ? err.message : ((err as NodeJS.ErrnoException).code ?? String(err));
        failure = `import stopped at ${c.contact.name}: ${reason}`;
        rows.push({ action: 'not written', name: c.contact.name, file: c.path, reason });
        continue;
      }
    }
    rows.push({ action: 'not written', name: c.contact.name, file: c.path, reason: 'the import stopped before it' });
  }
  rows.push(...plan.skipped.map((s) => ({ action: 'skipped' as const, name: s.name, reason: s.reason })));
  rows.push(...plan.clashes.map((c) => ({ action: 'check' as const, name: c.name, reason: c.message })));

  const notWritten = rows.filter((r) => r.action === 'not written').map((r) => r.name);
  if (failure !== null) {
    const names = notWritten.slice(0, NAMES_IN_FAILURE).join(', ');
    const more = notWritten.length > NAMES_IN_FAILURE ? ` and ${notWritten.length - NAMES_IN_FAILURE} more` : '';
    failure = `${failure}; ${notWritten.length} not written: ${names}${more}`;
  }
  return { text: report(rows, args), failure };
}

function report(rows: Row[], args: CliArgs): string {
  if (args.json) return safeJson(rows);
  const lines = rows.map((r) => {
    const name = safeValue(r.name);
    if (r.action === 'skipped' || r.action === 'check') return `${r.action}: ${name} (${safeValue(r.reason)})`;
    if (r.action === 'not written') return `not written: ${name} → ${safeValue(r.file)} (${safeValue(r.reason)})`;
    return `${r.action}: ${name} → ${safeValue(r.file)}`;
  });
  const count = (action: Row['action']) => rows.filter((r) => r.action === action).length;
  const summary = args.dryRun
    ? `${count('would create')} to create, ${count('skipped')} skipped`
    : `${count('created')} created, ${count('skipped')} skipped${count('not written') > 0 ? `, ${count('not written')} not written` : ''}`;
  return [...lines, summary].join('\n');
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
