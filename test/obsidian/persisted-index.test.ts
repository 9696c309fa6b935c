import fc from 'fast-check';
import type { App as AppOriginal } from 'obsidian';
import { App, TFile } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { balanceRows, checkRows, followUpRows, introRows, peopleRows } from '../../src/core/formats/rows';
import GoodwillPlugin from '../../src/obsidian/plugin';
import { vault } from '../helpers/vault-builder';
import { filesOf, isReady, manifest, pinDay, settle, until } from './harness';
import '../helpers/live-file-stats';

/** As in a vault Obsidian made: the Daily notes core plugin on. */
const CORE_PLUGINS = { '.obsidian/core-plugins.json': '{ "daily-notes": true }' };

/**
 * A vault that lives across plugin starts, as Obsidian's does: the plugin
 * can be stopped, the notes edited while it is stopped, and the plugin
 * started again over the same vault (and so the same store).
 */
class Vault {
  readonly app: App;
  plugin: GoodwillPlugin | null = null;
  /** The plugin's data.json, kept between starts. */
  data: unknown;
  /** Notes the last start read (the others came from the store). */
  readAtStart = 0;
  /** Notes read by the plugin, at any time. */
  reads = 0;
  private starting = false;

  constructor(files: Record<string, string>, data: unknown = {}) {
    this.app = App.createConfigured__({ files: { ...CORE_PLUGINS, ...files } });
    this.data = data;
    const cachedRead = this.app.vault.cachedRead.bind(this.app.vault);
    vi.spyOn(this.app.vault, 'cachedRead').mockImplementation((file) => {
      this.reads++;
      if (this.starting) this.readAtStart++;
      return cachedRead(file);
    });
    // Obsidian's metadata cache follows a rename or a delete before plugins hear of it; the in-memory one kept the
    // old path's entry, so that a note renamed onto a deleted note's path showed the deleted note's frontmatter.
    const metadata = this.app.metadataCache as unknown as { cache__: Map<string, unknown> };
    this.app.vault.on('rename', (...data: unknown[]) => {
      const [file, oldPath] = data as [TFile, string];
      const cache = metadata.cache__.get(oldPath);
      metadata.cache__.delete(oldPath);
      if (cache) metadata.cache__.set(file.path, cache);
    });
    this.app.vault.on('delete', (...data: unknown[]) => metadata.cache__.delete((data[0] as TFile).path));
    this.app.workspace.setLayoutReady__();
  }

  async start(): Promise<GoodwillPlugin> {
    const plugin = new GoodwillPlugin(this.app.asOriginalType__() as AppOriginal, manifest);
    (plugin as unknown as { data__: unknown }).data__ = structuredClone(this.data);
    this.readAtStart = 0;
    this.starting = true;
    plugin.load();
    await until(() => isReady(plugin), 'the index');
    this.starting = false;
    this.plugin = plugin;
    return plugin;
  }

  /** Unloads the plugin (which writes the store's last changes), as quitting Obsidian does. */
  async stop(): Promise<void> {
    const plugin = this.plugin!;
    this.data = structuredClone((plugin as unknown as { data__: unknown }).data__);
    plugin.unload();
    this.plugin = null;
    await settle(100);
  }

  notes(): TFile[] {
    return this.app.vault.getMarkdownFiles() as unknown as TFile[];
  }

  /** Every note and settings file as it is now. */
  files(): Record<string, string> {
    const adapter = this.app.vault.adapter as unknown as { textFiles: Map<string, string> };
    return Object.fromEntries([...adapter.textFiles].filter(([p]) => p.endsWith('.md') || p.startsWith('.obsidian/')));
  }
}

/** What the plugin answers: the CLI's rows of every command that reads the network. */
function answersOf(plugin: GoodwillPlugin) {
  const { index, settings } = plugin.context;
  const network = index.resolve();
  const today = plugin.context.today();
  return {
    followups: followUpRows(network, settings, today, true),
    balance: balanceRows(network, settings, today),
    intros: introRows(network, today, settings),
    people: peopleRows(network, today, settings),
    check: checkRows(index.warnings()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

/** The answers of a plugin started on these notes with no store behind it (a vault it never saw). */
async function answersWithoutStore(files: Record<string, string>, data: unknown) {
  const fresh = new Vault(files, data);
  const plugin = await fresh.start();
  expect(fresh.readAtStart).toBeGreaterThan(0);
  const answers = answersOf(plugin);
  await fresh.stop();
  return answers;
}

describe('the records store at start', () => {
  it('on the example vault, a second start reads no note and answers as the first', async () => {
    pinDay('2026-11-25');
    const v = new Vault(filesOf('example-vault'));
    const cold = answersOf(await v.start());
    const notes = v.notes().filter((f) => !f.path.startsWith('Templates/')).length;
    expect(v.readAtStart).toBe(notes);
    expect(cold.followups.length).toBeGreaterThan(3);
    await v.stop();
    const warm = answersOf(await v.start());
    expect(v.readAtStart).toBe(0);
    expect(warm).toEqual(cold);
    await v.stop();
  });

  it('reads again only the notes changed, added or renamed while the plugin was stopped', async () => {
    pinDay('2026-11-25');
    const v = new Vault(filesOf('example-vault'));
    await v.start();
    await v.stop();
    const [a, b, c] = v.notes().filter((f) => f.path.startsWith('Meetings/'));
    await v.app.vault.modify(a, `${await v.app.vault.read(a)}\n- owe:: [[Dan Foster]] the slides\n`);
    await v.app.vault.rename(b, 'Meetings/renamed.md');
    await v.app.vault.delete(c);
    await v.app.vault.create('Daily/2026-11-24.md', '- gave:: [[Eve Garcia]] a warm intro\n');
    const plugin = await v.start();
    expect(v.readAtStart).toBe(3);
    expect(answersOf(plugin)).toEqual(await answersWithoutStore(v.files(), v.data));
  });

  it('reads no note again after changes made while the plugin ran, but the renamed one', async () => {
    pinDay('2026-11-25');
    const v = new Vault(filesOf('example-vault'));
    await v.start();
    const [a, b, c] = v.notes().filter((f) => f.path.startsWith('Meetings/'));
    await settle(50);
    await v.app.vault.modify(a, `${await v.app.vault.read(a)}\n- owe:: [[Dan Foster]] the slides\n`);
    await v.app.vault.rename(b, 'Meetings/renamed.md');
    await v.app.vault.delete(c);
    await v.app.vault.create('Daily/2026-11-24.md', '- gave:: [[Eve Garcia]] a warm intro\n');
    await settle();
    await v.stop();
    const readPaths: string[] = [];
    const cachedRead = vi.mocked(v.app.vault.cachedRead).getMockImplementation()!;
    vi.mocked(v.app.vault.cachedRead).mockImplementation((f) => (readPaths.push(f.path), cachedRead(f)));
    const plugin = await v.start();
    expect(readPaths).toEqual(['Meetings/renamed.md']);
    expect(answersOf(plugin)).toEqual(await answersWithoutStore(v.files(), v.data));
  });

  it('reads everything again after a change of settings, and after "Re-read all notes"', async () => {
    pinDay('2026-11-25');
    const v = new Vault(filesOf('example-vault'));
    await v.start();
    await v.stop();
    v.data = { mentionsAreTouches: true };
    const plugin = await v.start();
    const notes = v.notes().filter((f) => !f.path.startsWith('Templates/')).length;
    expect(v.readAtStart).toBe(notes);
    expect(answersOf(plugin)).toEqual(await answersWithoutStore(v.files(), v.data));
    const before = v.reads;
    const commands = (plugin as unknown as { commands__: Map<string, { callback(): Promise<void> }> }).commands__;
    void [...commands].find(([id]) => id.endsWith('reindex'))![1].callback();
    await settle(50);
    await until(() => isReady(plugin), 'the index read again');
    expect(v.reads - before).toBe(notes);
    await v.stop();
    await v.start();
    expect(v.readAtStart).toBe(0);
  });

  it('a note whose stored records are damaged is read again, and the answers are right', async () => {
    pinDay('2026-11-25');
    const v = new Vault(filesOf('example-vault'));
    const cold = answersOf(await v.start());
    await v.stop();
    const { openDB } = await import('idb');
    const name = `goodwill-records-${String(v.app.loadLocalStorage('goodwill-records-store'))}`;
    const db = await settledWork(openDB(name));
    const keys = await settledWork(db.getAllKeys('notes'));
    const tx = db.transaction('notes', 'readwrite');
    await settledWork(Promise.all([tx.store.put({ stamp: 'garbage' }, keys[0]), tx.store.put(null, keys[1]), tx.done]));
    db.close();
    const warm = answersOf(await v.start());
    expect(v.readAtStart).toBe(2);
    expect(warm).toEqual(cold);
  });

  it('with IndexedDB throwing on open, the plugin reads everything, answers right and says one line', async () => {
    pinDay('2026-11-25');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const v = new Vault(filesOf('example-vault'));
    try {
      const plugin = await v.start();
      expect(v.readAtStart).toBeGreaterThan(0);
      await v.stop();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/^Goodwill: .*notes are read in full/);
      expect(answersOf(plugin)).toEqual(await answersWithoutStore(v.files(), v.data));
    } finally {
      open.mockRestore();
      warn.mockRestore();
    }
  });
});

/** Waits for IndexedDB work under the fake clock. */
async function settledWork<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  await until(() => done, 'IndexedDB');
  return result;
}

// Random edit sequences: whatever happens to the vault, with the plugin
// running or stopped, the answers after the next start are those of a
// plugin that never had a store.

type Step =
  | { kind: 'change'; note: number; text: string }
  | { kind: 'rename'; note: number; name: string }
  | { kind: 'delete'; note: number }
  | { kind: 'add'; name: string; text: string }
  | { kind: 'setting'; mentions: boolean }
  | { kind: 'stop-or-start' };

const PEOPLE = ['Dan', 'Eve', 'Ann', 'Sam'];
const line = fc
  .tuple(fc.constantFrom('owe', 'gave', 'got', 'ask', 'met'), fc.constantFrom(...PEOPLE), fc.constantFrom('the deck', 'an intro', 'a call'))
  .map(([k, p, what]) => `- ${k}:: [[${p}]] ${what}`);
const body = fc.array(fc.oneof(line, fc.constantFrom('Talked to [[Ann]] about [[Sam]].', 'Nothing much.')), { maxLength: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), note: fc.nat(), text: body.map((ls) => ls.join('\n')) }),
  fc.record({
    kind: fc.constant('rename' as const),
    note: fc.nat(),
    name: fc.constantFrom('Daily/2026-11-23.md', 'Notes/x.md', 'People/Sam.md'),
  }),
  fc.record({ kind: fc.constant('delete' as const), note: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.constantFrom('Daily/2026-11-22.md', 'Notes/y.md', 'People/Ann.md'),
    text: body.map((ls) => ls.join('\n')),
  }),
  fc.record({ kind: fc.constant('setting' as const), mentions: fc.boolean() }),
  fc.constant({ kind: 'stop-or-start' as const }),
);

async function apply(v: Vault, s: Step): Promise<void> {
  await settle(50); // each edit at a later time, as edits by hand are
  const notes = v.notes().sort((a, b) => a.path.localeCompare(b.path));
  const pick = (n: number) => notes[n % notes.length];
  switch (s.kind) {
    case 'change':
      if (notes.length) await v.app.vault.modify(pick(s.note), `${await v.app.vault.read(pick(s.note))}\n${s.text}\n`);
      break;
    case 'rename':
      if (notes.length && !v.app.vault.getAbstractFileByPath(s.name)) await v.app.vault.rename(pick(s.note), s.name);
      break;
    case 'delete':
      if (notes.length) await v.app.vault.delete(pick(s.note));
      break;
    case 'add':
      if (!v.app.vault.getAbstractFileByPath(s.name)) {
        const text = s.name.startsWith('People/') ? `---\ntype: person\n---\n${s.text}\n` : `${s.text}\n`;
        await v.app.vault.create(s.name, text);
      }
      break;
    case 'setting':
      if (v.plugin) {
        await v.plugin.saveSettings({ ...v.plugin.settings, mentionsAreTouches: s.mentions });
        await settle(1000);
        await until(() => isReady(v.plugin!), 'the index with the new settings');
      } else {
        v.data = { ...(v.data as object), mentionsAreTouches: s.mentions };
      }
      break;
    case 'stop-or-start':
      if (v.plugin) await v.stop();
      else await v.start();
      break;
  }
  await settle();
}

describe('the records store changes no answer', () => {
  const start = vault()
    .person('Dan')
    .person('Eve', { cadence: '30d' })
    .person('Sam')
    .daily('2026-11-10', '- owe:: [[Dan]] the deck', '- gave:: [[Eve]] an intro')
    .daily('2026-11-18', 'Talked to [[Sam]] about [[Dan]].', '- ask:: [[Sam]] a referral 📅 2026-11-28')
    .meeting('2026-11-12', 'Coffee with Eve', ['Eve', 'Dan'], '- got:: [[Eve]] feedback on the deck')
    .note('Notes/ideas.md', '# Ideas\nnothing about people\n').files;

  it('after any sequence of edits, with the plugin running or stopped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        pinDay('2026-11-25');
        const v = new Vault(start);
        await v.start();
        for (const s of steps) await apply(v, s);
        if (v.plugin) await v.stop();
        const plugin = await v.start();
        const expected = await answersWithoutStore(v.files(), v.data);
        expect(answersOf(plugin)).toEqual(expected);
        await v.stop();
        vi.useRealTimers();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
