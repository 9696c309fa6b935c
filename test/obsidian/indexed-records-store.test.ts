import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateResolver, readNote, resolveSettings } from '../../src/core';
import { IndexedRecordsStore, recordsStoreOf } from '../../src/obsidian/indexed-records-store';
import { NoStore, type StoredNote } from '../../src/obsidian/records-store';

const settings = resolveSettings({});
const resolver = new DateResolver(settings.language);

/** A note's records as the reader makes them, with a stamp. */
function stored(path: string, text: string, mtime = 1000): StoredNote {
  return { stamp: { mtime, size: text.length }, records: readNote({ path, text, frontmatter: null }, settings, resolver) };
}

const dan = stored('Daily/2026-11-20.md', '- owe:: [[Dan]] the deck\n- gave:: [[Eve]] an intro 📅 2026-11-30\n');
const eve = stored('People/Eve.md', '---\ntype: person\n---\n# Eve\n', 2000);
const ann = stored('Meetings/2026-11-04 Ann.md', '---\ndate: 2026-11-04\nattendees: ["[[Ann]]"]\n---\n- asked:: [[Ann]] for a referral\n');

let names = 0;
const freshName = () => `goodwill-records-test-${++names}`;

afterEach(() => {
  vi.restoreAllMocks();
});

async function storeWith(name: string, fingerprint: string, notes: StoredNote[]): Promise<void> {
  const store = new IndexedRecordsStore(name);
  await store.load(fingerprint);
  for (const n of notes) store.put(n.records.path, n);
  await store.flush();
  store.close();
}

describe('the records store in IndexedDB', () => {
  it('gives back at the next start what it was given, as it was given', async () => {
    const name = freshName();
    await storeWith(name, 'fp', [dan, eve]);
    const next = new IndexedRecordsStore(name);
    const loaded = await next.load('fp');
    expect([...loaded.keys()].sort()).toEqual([dan.records.path, eve.records.path]);
    expect(loaded.get(dan.records.path)).toEqual(dan);
    expect(loaded.get(eve.records.path)).toEqual(eve);
    expect(dan.records.lines).toHaveLength(2);
    next.close();
  });

  it('writes what is pending when closed, without a flush', async () => {
    const name = freshName();
    const store = new IndexedRecordsStore(name);
    await store.load('fp');
    store.put(dan.records.path, dan);
    store.close();
    const next = new IndexedRecordsStore(name);
    expect([...(await next.load('fp')).keys()]).toEqual([dan.records.path]);
    next.close();
  });

  it('empties itself when the fingerprint changed (other settings, another reader)', async () => {
    const name = freshName();
    await storeWith(name, 'fp', [dan, eve]);
    const next = new IndexedRecordsStore(name);
    expect((await next.load('other')).size).toBe(0);
    next.close();
    const back = new IndexedRecordsStore(name);
    expect((await back.load('fp')).size).toBe(0);
    back.close();
  });

  it('forgets dropped notes, and writes no records read under an earlier fingerprint', async () => {
    const name = freshName();
    const store = new IndexedRecordsStore(name);
    await store.load('fp');
    store.put(dan.records.path, dan);
    store.put(eve.records.path, eve);
    await store.flush();
    store.drop([dan.records.path]);
    expect([...(await store.load('fp')).keys()]).toEqual([eve.records.path]);
    // A change read with the old settings while the new ones are taking effect.
    store.put(dan.records.path, dan);
    expect((await store.load('new')).size).toBe(0);
    await store.flush();
    store.close();
    const next = new IndexedRecordsStore(name);
    expect((await next.load('new')).size).toBe(0);
    next.close();
  });

  it('ignores values that are not records it wrote, and keeps the rest', async () => {
    const name = freshName();
    await storeWith(name, 'fp', [dan, eve, ann]);
    const db = await openDB(name);
    const tx = db.transaction('notes', 'readwrite');
    const { records } = dan;
    await Promise.all([
      tx.store.put('garbage', 'a.md'),
      tx.store.put({ stamp: { mtime: 'yesterday', size: 3 }, records }, 'b.md'),
      tx.store.put({ ...dan, records: { ...records, path: 'elsewhere.md' } }, 'c.md'),
      tx.store.put({ ...dan, records: { ...records, lines: [{ ...records.lines[0], targets: 'Dan' }] } }, dan.records.path),
      tx.store.put({ ...eve, records: { ...eve.records, person: { name: 'Eve' } } }, 'People/Eve.md'),
      tx.store.put(dan, 42),
      tx.done,
    ]);
    db.close();
    const next = new IndexedRecordsStore(name);
    expect([...(await next.load('fp')).keys()]).toEqual([ann.records.path]);
    next.close();
  });

  it('reads a store larger than one batch whole', async () => {
    const name = freshName();
    const many = Array.from({ length: 2600 }, (_, i) =>
      stored(`Daily/2020-01-01 ${String(i).padStart(5, '0')}.md`, `- owe:: [[P${i}]] a call\n`),
    );
    await storeWith(name, 'fp', many);
    const next = new IndexedRecordsStore(name);
    const loaded = await next.load('fp');
    expect(loaded.size).toBe(2600);
    expect(loaded.get(many[2599].records.path)).toEqual(many[2599]);
    expect(many[2599].records.lines[0].targets).toEqual(['p2599']);
    next.close();
  });

  it('is emptied by clear ("Re-read all notes")', async () => {
    const name = freshName();
    await storeWith(name, 'fp', [dan, eve]);
    const store = new IndexedRecordsStore(name);
    await store.clear();
    expect((await store.load('fp')).size).toBe(0);
    store.close();
  });

  it('takes over a database a newer build made', async () => {
    const name = freshName();
    const newer = await openDB(name, 7, { upgrade: (db) => db.createObjectStore('elsewhere') });
    newer.close();
    await storeWith(name, 'fp', [dan]);
    const next = new IndexedRecordsStore(name);
    expect([...(await next.load('fp')).keys()]).toEqual([dan.records.path]);
    next.close();
  });

  it('gives nothing, writes nothing and says so in one line when IndexedDB throws on open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = new IndexedRecordsStore(freshName());
    expect((await store.load('fp')).size).toBe(0);
    store.put(dan.records.path, dan);
    await store.flush();
    await store.clear();
    expect((await store.load('fp')).size).toBe(0);
    store.close();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('notes are read in full');
  });

  it('gives nothing when a transaction aborts while writing, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = freshName();
    const store = new IndexedRecordsStore(name);
    await store.load('fp');
    const unclonable = { ...dan, records: { ...dan.records, person: { ...eve.records.person, read: () => 1 } } } as unknown as StoredNote;
    store.put(dan.records.path, unclonable);
    await store.flush();
    store.put(eve.records.path, eve);
    await store.flush();
    expect((await store.load('fp')).size).toBe(0);
    store.close();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('the store of a vault', () => {
  const appWith = () => App.createConfigured__({ files: {} }).asOriginalType__() as AppOriginal;

  it('is one database per vault, under a name Obsidian keeps for the vault', () => {
    const app = appWith();
    const first = recordsStoreOf(app) as IndexedRecordsStore;
    const again = recordsStoreOf(app) as IndexedRecordsStore;
    const other = recordsStoreOf(appWith()) as IndexedRecordsStore;
    expect(first.name).toMatch(/^goodwill-records-[0-9a-f]{24}$/);
    expect(again.name).toBe(first.name);
    expect(other.name).not.toBe(first.name);
    [first, again, other].forEach((s) => s.close());
  });

  it('is none where Obsidian keeps no values per vault (before 1.8.7)', () => {
    const app = appWith() as unknown as Record<string, unknown>;
    app.loadLocalStorage = undefined;
    expect(recordsStoreOf(app as unknown as AppOriginal)).toBeInstanceOf(NoStore);
  });

  it('is none, with one line in the console, where there is no IndexedDB (Lockdown mode)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(recordsStoreOf(appWith())).toBeInstanceOf(NoStore);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
