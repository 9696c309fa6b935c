import { type IDBPDatabase, deleteDB, openDB } from 'idb';
import { type App, requireApiVersion } from 'obsidian';
import { NoStore, READER_HASH, type RecordsStore, type StoredNote } from './records-store';
import { storedNoteOf } from './stored-note-shape';

/** Where the random part of this vault's database name is kept (Obsidian keeps it per vault, on this device). */
const ID_KEY = 'goodwill-records-store';
/** The database's layout; a database of another layout is made anew. */
const LAYOUT = 1;
const NOTES = 'notes';
/** One entry: the fingerprint the notes were read under. */
const META = 'meta';
const FINGERPRINT = 'fingerprint';
/** Changes wait this long, so that a burst of them (the first index, a sync) becomes few transactions. */
const WRITE_DELAY_MS = 1000;
/** Notes per write transaction: each is cloned on the interface thread, so a batch stays well within a frame. */
const WRITE_BATCH = 250;
/** Notes per read: each batch arrives as one task, so frames are drawn between batches. */
const READ_BATCH = 250;
/** An open that neither succeeds nor fails by then (a known WebKit fault) is given up. */
const OPEN_TIMEOUT_MS = 4000;

/**
 * The store for this vault: an IndexedDB database of its own, or none where
 * Obsidian cannot keep a value per vault (before 1.8.7), the build has no
 * reader hash, or the platform has no IndexedDB (Apple's Lockdown mode).
 */
export function recordsStoreOf(app: App): RecordsStore {
  if (READER_HASH === null) return new NoStore();
  try {
    const id = requireApiVersion('1.8.7') && typeof app.loadLocalStorage === 'function' ? vaultStoreId(app) : null;
    if (id === null) return new NoStore();
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('IndexedDB is unavailable');
    return new IndexedRecordsStore(`goodwill-records-${id}`);
  } catch (err) {
    console.warn(`Goodwill: no store for the notes' records (${reason(err)}); every start reads all notes.`);
    return new NoStore();
  }
}

/** A random name for this vault's database, kept by Obsidian for this vault on this device. */
function vaultStoreId(app: App): string {
  if (requireApiVersion('1.8.7')) {
    const kept: unknown = app.loadLocalStorage(ID_KEY);
    if (typeof kept === 'string' && /^[0-9a-f]{16,64}$/.test(kept)) return kept;
    const id = randomId();
    app.saveLocalStorage(ID_KEY, id);
    return id;
  }
  throw new Error('Obsidian keeps no values per vault before 1.8.7');
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function reason(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  return String(err);
}

/** A change waiting to be written: a note's records, read under a fingerprint, or its removal. */
type Pending = { readonly note: StoredNote; readonly fingerprint: string | null } | null;

/**
 * Each note's records in IndexedDB, keyed by path, with the fingerprint they
 * were read under kept once. Writes wait in memory and go out in batches
 * after a pause; reads come in batches. Any failure (the database will not
 * open, a transaction aborts, the disk is full) writes one line to the
 * console and turns the store off for this session: the vault is then read
 * in full, as without a store.
 */
export class IndexedRecordsStore implements RecordsStore {
  private opening: Promise<IDBPDatabase | null> | null = null;
  private connection: IDBPDatabase | null = null;
  /** The fingerprint of the last load: the settings the index reads notes with now. */
  private fingerprint: string | null = null;
  private readonly pending = new Map<string, Pending>();
  private timer: number | null = null;
  private writing: Promise<void> = Promise.resolve();
  private off = false;
  private closed = false;
  /** How many notes the last load gave. */
  loaded = 0;

  constructor(readonly name: string) {}

  async load(fingerprint: string): Promise<Map<string, StoredNote>> {
    this.fingerprint = fingerprint;
    // Records read under other settings are never written.
    for (const [path, p] of this.pending) if (p && p.fingerprint !== fingerprint) this.pending.delete(path);
    const notes = new Map<string, StoredNote>();
    this.loaded = 0;
    const db = await this.database();
    if (!db) return notes;
    try {
      if ((await db.get(META, FINGERPRINT)) !== fingerprint) {
        const tx = db.transaction([META, NOTES], 'readwrite');
        await Promise.all([tx.objectStore(NOTES).clear(), tx.objectStore(META).put(fingerprint, FINGERPRINT), tx.done]);
      } else {
        await this.readAll(db, notes);
      }
    } catch (err) {
      this.fail('could not be read', err);
      return new Map();
    }
    if (this.fingerprint !== fingerprint) return new Map();
    for (const [path, p] of this.pending) {
      if (p) notes.set(path, p.note);
      else notes.delete(path);
    }
    this.loaded = notes.size;
    return notes;
  }

  private async readAll(db: IDBPDatabase, notes: Map<string, StoredNote>): Promise<void> {
    let after: IDBValidKey | null = null;
    for (;;) {
      const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction(NOTES);
      const [keys, values]: [IDBValidKey[], unknown[], void] = await Promise.all([
        tx.store.getAllKeys(range, READ_BATCH),
        tx.store.getAll(range, READ_BATCH),
        tx.done,
      ]);
      keys.forEach((key: IDBValidKey, i: number) => {
        const note = storedNoteOf(key, values[i]);
        if (note) notes.set(key as string, note);
      });
      if (keys.length < READ_BATCH) return;
      after = keys[keys.length - 1];
    }
  }

  put(path: string, note: StoredNote): void {
    if (this.off || this.closed) return;
    this.pending.set(path, { note, fingerprint: this.fingerprint });
    this.writeSoon();
  }

  drop(paths: readonly string[]): void {
    if (this.off || this.closed) return;
    for (const path of paths) this.pending.set(path, null);
    this.writeSoon();
  }

  async clear(): Promise<void> {
    this.pending.clear();
    const db = await this.database();
    if (!db) return;
    try {
      const tx = db.transaction([META, NOTES], 'readwrite');
      await Promise.all([tx.objectStore(NOTES).clear(), tx.objectStore(META).clear(), tx.done]);
    } catch (err) {
      this.fail('could not be emptied', err);
    }
  }

  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.writePending());
    return this.writing;
  }

  /** Writes what is pending now, in one transaction the closing connection still completes. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer !== null) window.clearTimeout(this.timer);
    const db = this.connection;
    if (db && this.pending.size > 0 && !this.off) void this.write(db, [...this.pending]).catch(() => undefined);
    this.pending.clear();
    this.connection = null;
    db?.close();
  }

  private writeSoon(): void {
    if (this.timer !== null) return;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, WRITE_DELAY_MS);
  }

  private async writePending(): Promise<void> {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    while (this.pending.size > 0 && !this.off && !this.closed) {
      const db = await this.database();
      if (!db) return;
      const batch: [string, Pending][] = [];
      for (const entry of this.pending) {
        batch.push(entry);
        if (batch.length >= WRITE_BATCH) break;
      }
      for (const [path] of batch) this.pending.delete(path);
      try {
        await this.write(db, batch);
      } catch (err) {
        if (!this.closed) this.fail('could not be written', err);
        return;
      }
    }
  }

  private async write(db: IDBPDatabase, batch: readonly [string, Pending][]): Promise<void> {
    const tx = db.transaction(NOTES, 'readwrite');
    const requests: Promise<unknown>[] = [tx.done];
    for (const [path, p] of batch) {
      if (!p) requests.push(tx.store.delete(path));
      else if (p.fingerprint !== null && p.fingerprint === this.fingerprint) requests.push(tx.store.put(p.note, path));
    }
    await Promise.all(requests);
  }

  private database(): Promise<IDBPDatabase | null> {
    this.opening ??= this.open().then(
      (db) => {
        if (this.closed) {
          db.close();
          return null;
        }
        this.connection = db;
        return db;
      },
      (err: unknown) => {
        this.fail('could not be opened', err);
        return null;
      },
    );
    return this.opening;
  }

  /** Opens the database; one a newer build made (a higher layout) is deleted and made anew. */
  private async open(): Promise<IDBPDatabase> {
    if (this.closed || this.off) throw new Error('closed');
    try {
      return await this.openOnce();
    } catch (err) {
      if (!(err instanceof Error) || err.name !== 'VersionError') throw err;
      await deleteDB(this.name);
      return this.openOnce();
    }
  }

  private openOnce(): Promise<IDBPDatabase> {
    return new Promise((resolve, reject) => {
      let given = false;
      const giveUp = (err: Error) => {
        given = true;
        reject(err);
      };
      const timer = window.setTimeout(() => giveUp(new Error('no answer from IndexedDB')), OPEN_TIMEOUT_MS);
      openDB(this.name, LAYOUT, {
        upgrade(db) {
          for (const name of Array.from(db.objectStoreNames)) db.deleteObjectStore(name);
          db.createObjectStore(META);
          db.createObjectStore(NOTES);
        },
        blocked: () => giveUp(new Error('an older connection is still open')),
        // A newer build wants the database: this one lets go.
        blocking: () => this.turnOff(),
        terminated: () => this.fail('was closed by the browser', null),
      }).then(
        (db) => {
          window.clearTimeout(timer);
          if (given) db.close();
          else resolve(db);
        },
        (err: unknown) => {
          window.clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  /** One line in the console, then no more store this session. */
  private fail(what: string, err: unknown): void {
    if (this.off || this.closed) return;
    console.warn(`Goodwill: the store of notes' records ${what}${err ? ` (${reason(err)})` : ''}; notes are read in full instead.`);
    this.turnOff();
  }

  private turnOff(): void {
    this.off = true;
    this.pending.clear();
    this.connection?.close();
    this.connection = null;
  }
}
