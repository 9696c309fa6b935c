import { describe, expect, it } from 'vitest';
import { listNotes, noteFromText } from '../../src/cli/folder-source';
import { dailyNotes } from '../../src/cli/vault-settings';
import { DateResolver, LANGUAGES, NoteBatchReader, type NoteInput, readNote, resolveSettings } from '../../src/core';
import { answerParseRequest, type ParseReply, type ParseRequest } from '../../src/obsidian/parse-requests';
import { filesOf } from './harness-files';

/**
 * The parse worker's answer, with what a worker adds around it: the request
 * and the reply each pass through the structured clone of postMessage.
 */
function throughWorker(reader: NoteBatchReader, request: ParseRequest): ParseReply {
  return structuredClone(answerParseRequest(reader, structuredClone(request)));
}

/** Anything that structured clone would change or refuse: class instances, Maps, Sets, Dates, functions. */
function notPlain(value: unknown, at = 'records'): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => notPlain(v, `${at}[${i}]`));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return [`${at}: ${Object.prototype.toString.call(value)}`];
    return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${at}.${k}`));
  }
  return [`${at}: ${typeof value}`];
}

const VAULTS = [
  'example-vault',
  'test/fixtures/small-vault',
  ...['categories-vault', 'interactions-vault', 'periodic-vault', 'tags-only-vault', 'type-people-vault'].map(
    (v) => `test/fixtures/dialects/${v}`,
  ),
];

async function notesOf(vault: string): Promise<NoteInput[]> {
  const files = filesOf(vault);
  return (await listNotes(vault, resolveSettings({}))).map((path) => noteFromText(path, files[path]));
}

describe('the parse worker', () => {
  it.each(VAULTS)('reads every note of %s into the records the interface thread reads', async (vault) => {
    const notes = await notesOf(vault);
    expect(notes.length).toBeGreaterThan(0);
    const { dating } = dailyNotes(vault);
    const reader = new NoteBatchReader();
    for (const language of LANGUAGES) {
      const settings = resolveSettings({ language, mentionsAreTouches: true });
      const resolver = new DateResolver(language);
      const expected = notes.map((note) => readNote(note, settings, resolver, dating));
      const got = [];
      for (let i = 0; i < notes.length; i += 3) {
        const reply = throughWorker(reader, { id: i, batch: { notes: notes.slice(i, i + 3), settings, dating } });
        expect(reply.id).toBe(i);
        if ('failure' in reply) throw new Error(reply.failure);
        got.push(...reply.records);
      }
      expect(got).toStrictEqual(expected);
    }
  });

  it('gets records of plain data from every vault, which pass between threads unchanged', async () => {
    const settings = resolveSettings({ mentionsAreTouches: true });
    const records = [];
    for (const vault of VAULTS) {
      const notes = await notesOf(vault);
      records.push(...new NoteBatchReader().read({ notes, settings, dating: dailyNotes(vault).dating }));
    }
    // People, dated notes, meetings, interactions and warnings are all among them.
    expect(records.some((r) => r.person !== null && r.person.aliases.length > 0)).toBe(true);
    expect(records.some((r) => r.noteDate !== null && r.meeting)).toBe(true);
    expect(records.some((r) => r.lines.some((l) => l.due !== null))).toBe(true);
    expect(records.some((r) => r.warnings.length > 0)).toBe(true);
    expect(notPlain(records)).toEqual([]);
    expect(notPlain(settings, 'settings')).toEqual([]);
  });

  it('answers a batch it cannot read with why, for the interface thread to read it instead', () => {
    const settings = resolveSettings({});
    const note = { path: 'a.md', text: null, frontmatter: null } as unknown as NoteInput;
    const reply = throughWorker(new NoteBatchReader(), { id: 7, batch: { notes: [note], settings, dating: null } });
    expect(reply).toMatchObject({ id: 7, failure: expect.any(String) });
  });
});
