import { noteFromText } from '../../src/cli/folder-source';
import { parseIsoDay } from '../../src/core/model/day';
import { NetworkIndex } from '../../src/core/index/network-index';
import { balanceRows, checkRows, followUpRows, introRows, peopleRows } from '../../src/core/formats/rows';
import { type GoodwillSettings, resolveSettings } from '../../src/core/model/settings';

/** A small vault written inline: path → file text. */
export type Files = Record<string, string>;

export function day(iso: string): number {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function indexOf(files: Files, settings: Partial<GoodwillSettings> = {}): NetworkIndex {
  const index = new NetworkIndex(resolveSettings(settings));
  for (const [path, text] of Object.entries(files)) index.upsert(noteFromText(path, text));
  return index;
}

/** The answers for a vault on a given day, as the CLI's JSON rows. */
export function answers(files: Files, today: string, settings: Partial<GoodwillSettings> = {}) {
  const index = indexOf(files, settings);
  const network = index.resolve();
  const t = day(today);
  return {
    index,
    followups: (all = false) => followUpRows(network, index.settings, t, all),
    balance: () => balanceRows(network, index.settings, t),
    intros: () => introRows(network, t, index.settings),
    people: () => peopleRows(network, t, index.settings),
    check: () => checkRows(index.warnings()),
  };
}

export function person(name: string, fields: Record<string, string> = {}): string {
  const lines = ['---', 'type: person', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', `# ${name}`, ''];
  return lines.join('\n');
}
