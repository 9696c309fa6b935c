import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App as AppOriginal, TFile } from 'obsidian';
import { App, MetadataCache } from 'obsidian-test-mocks/obsidian';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZES, writeSyntheticVault } from '../../bench/synthetic-vault';
import { dailyNotes } from '../../src/cli/vault-settings';
import { balanceRows, followUpRows, introRows, peopleRows } from '../../src/core/formats/rows';
import { NetworkIndex } from '../../src/core/index/network-index';
import type { Network } from '../../src/core/index/network';
import { DateResolver } from '../../src/core/language/dates';
import type { DailyNoteDating } from '../../src/core/model/daily-notes';
import { type GoodwillSettings, resolveSettings } from '../../src/core/model/settings';
import { isExcluded } from '../../src/core/read/conventions';
import { mayConcernPeople } from '../../src/core/read/note-outline';
import { readNote } from '../../src/core/read/note-records';
import { VaultSource, noteInput, noteOutline } from '../../src/obsidian/vault-source';
import { day } from '../helpers/vault';
import { concernsPeople } from '../helpers/concerns-people';
import { filesOf } from './harness-files';

/**
 * Pruning (mayConcernPeople) changes nothing: on every fixture vault and the
 * S and M benchmark vaults, with Obsidian's metadata cache as the mock builds
 * it from each note's text, a note the rule leaves unread yields nothing that
 * concerns a person, and the plugin's index with pruning answers as an index
 * that reads every note.
 */
const TODAY = day('2026-11-25');

/** The benchmark vaults are not in git: S is written here when missing; M is left out when missing. */
const made: string[] = [];
function benchVault(size: 'S' | 'M'): string | null {
  const dir = `bench/vaults/${size}`;
  if (existsSync(dir)) return dir;
  if (size === 'M') return null;
  const tmp = mkdtempSync(join(tmpdir(), 'goodwill-prune-'));
  made.push(tmp);
  writeSyntheticVault(tmp, SIZES[size]);
  return tmp;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const VAULTS: [string, () => string | null][] = [
  ['example-vault', () => 'example-vault'],
  ['small-vault', () => 'test/fixtures/small-vault'],
  ...['categories-vault', 'interactions-vault', 'periodic-vault', 'tags-only-vault', 'type-people-vault'].map(
    (v): [string, () => string | null] => [v, () => `test/fixtures/dialects/${v}`],
  ),
  ['bench S', () => benchVault('S')],
  ['bench M', () => benchVault('M')],
];

/** The defaults, and settings that read more: mentions as touches, person tags. */
const SETTINGS: [string, Partial<GoodwillSettings>][] = [
  ['defaults', {}],
  ['mentions and person tags', { mentionsAreTouches: true, personTagPrefix: 'people/' }],
];

/** Everything the answers read from a network: the commands' rows, every ledger entry and every draft. */
function answersOf(network: Network, settings: GoodwillSettings) {
  const paths = (people: readonly { path: string }[]) => people.map((p) => p.path);
  return {
    people: peopleRows(network, TODAY, settings),
    followups: followUpRows(network, settings, TODAY, true),
    balance: balanceRows(network, settings, TODAY),
    intros: introRows(network, TODAY, settings),
    ledgers: [...network.ledgers.values()].map((l) => ({
      person: l.person.path,
      entries: l.entries.map((e) => ({ ...pick(e), others: paths(e.others) })),
    })),
    drafts: [...network.drafts.values()].map((d) => ({ path: d.path, a: d.a.path, b: d.b.path, state: d.state, since: d.since })),
    warnings: network.warnings.length > 0,
  };
}

function pick(e: {
  type: string;
  kind: string;
  date: number;
  due: number | null;
  closed: number | null;
  text: string;
  file: string;
  line: number;
}) {
  const { type, kind, date, due, closed, text, file, line } = e;
  return { type, kind, date, due, closed, text, file, line };
}

interface Opened {
  app: App;
  notes: TFile[];
  dating: DailyNoteDating | null;
}

const opened = new Map<string, Opened>();
function open(root: string): Opened {
  let vault = opened.get(root);
  if (!vault) {
    // The mock resolves each new note's links against every file, which takes minutes on M; Goodwill never asks for them.
    const proto = MetadataCache.prototype as unknown as { updateLinks: unknown };
    const updateLinks = proto.updateLinks;
    proto.updateLinks = () => {};
    let app: App;
    try {
      app = App.createConfigured__({ files: filesOf(root) });
    } finally {
      proto.updateLinks = updateLinks;
    }
    const notes = (app.asOriginalType__() as AppOriginal).vault.getMarkdownFiles();
    vault = { app, notes, dating: dailyNotes(root).dating };
    opened.set(root, vault);
  }
  return vault;
}

describe.each(VAULTS)('pruning on %s', (name, locate) => {
  const root = locate();
  // M is read with the defaults only: S tries the other settings at a tenth of the time.
  it.skipIf(root === null).each(name === 'bench M' ? SETTINGS.slice(0, 1) : SETTINGS)(
    'with %s settings',
    async (_label, partial) => {
      const { app, notes, dating } = open(root!);
      const original = app.asOriginalType__() as AppOriginal;
      const settings = resolveSettings(partial);
      const resolver = new DateResolver(settings.language);

      const full = new NetworkIndex(settings, dating);
      const wronglySkipped: string[] = [];
      for (const file of notes) {
        if (isExcluded(file.path, settings)) continue;
        const cache = original.metadataCache.getFileCache(file);
        const input = noteInput(file, await original.vault.cachedRead(file), cache);
        full.upsert(input);
        if (mayConcernPeople(noteOutline(file, cache), settings, dating)) continue;
        if (concernsPeople(readNote(input, settings, resolver, dating))) wronglySkipped.push(file.path);
      }
      expect(wronglySkipped).toEqual([]);

      // The plugin's own first index, which leaves the skipped notes unread.
      const pruned = new NetworkIndex(settings, dating);
      await new VaultSource(original, pruned, () => {}).indexAll(
        () => {},
        () => false,
        'test',
      );
      expect(pruned.size).toBe(full.size);
      expect(answersOf(pruned.resolve(), settings)).toEqual(answersOf(full.resolve(), settings));
    },
    600_000,
  );
});

describe('a note left unread', () => {
  it('is still a note: an attendee link to it lists no one, so a meeting with one person stays a one-to-one', async () => {
    const files = {
      'People/Ana.md': '---\ntype: person\n---\n# Ana\n',
      'Acme.md': 'A company we work with.\n',
      'Meetings/2026-11-20 Sync.md': '---\nattendees: ["[[Ana]]", "[[Acme]]"]\n---\nNotes.\n',
    };
    const app = App.createConfigured__({ files }).asOriginalType__() as AppOriginal;
    const settings = resolveSettings({});
    const acme = app.vault.getFileByPath('Acme.md')!;
    expect(mayConcernPeople(noteOutline(acme, app.metadataCache.getFileCache(acme)), settings, null)).toBe(false);
    const index = new NetworkIndex(settings);
    await new VaultSource(app, index, () => {}).indexAll(
      () => {},
      () => false,
      'test',
    );
    const network = index.resolve();
    const ana = network.ledger(network.directory.byPath('People/Ana.md')!);
    expect(ana.map((e) => `${e.type} ${e.oneToOne}`)).toEqual(['meeting true']);
  });
});
