import { type Day } from '../model/day';
import type { Network } from '../index/network';
import { isTouchType } from '../index/ledger-facts';
import { type GoodwillSettings, resolveSettings } from '../model/settings';
import type { Person } from '../read/people';
import { normalizeLinkTarget } from '../text/links';
import type { ObsidianConfigFiles } from '../model/daily-notes';
import type { NoteFacts } from './facts';

export const DOCTOR_TOPICS = ['people', 'unmatched', 'meetings', 'fields', 'names', 'mentions', 'daily-notes', 'proposal'] as const;
export type DoctorTopic = (typeof DOCTOR_TOPICS)[number];

/** One thing the doctor found. `setting` is what it proposes for it, if anything; the last finding, `proposal`, merges them all. */
export interface Finding {
  topic: DoctorTopic;
  message: string;
  count: number;
  /** Vault paths of notes it concerns (a few). */
  examples: string[];
  setting: Record<string, unknown> | null;
}

export interface SurveyInput {
  facts: Iterable<NoteFacts>;
  /** The vault as the index resolved it with the settings in force. */
  network: Network;
  settings: GoodwillSettings;
  /** The settings file as it stands (the plugin's data.json, or {}): the proposal is merged with its values. */
  current: Readonly<Record<string, unknown>>;
  /** The vault's config files that place daily notes (as for logged lines); a string says why they could not be read. */
  config: ObsidianConfigFiles | string;
  today: Day;
}

const EXAMPLES = 3;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const examplesOf = (paths: Iterable<string>) => [...new Set(paths)].sort().slice(0, EXAMPLES);

export function finding(
  topic: DoctorTopic,
  message: string,
  count: number,
  paths: Iterable<string>,
  setting: Record<string, unknown> | null = null,
): Finding {
  return { topic, message, count, examples: examplesOf(paths), setting: setting && usable(setting) ? setting : null };
}

/** A proposal the settings would refuse (a name no list takes) is no proposal. */
function usable(setting: Record<string, unknown>): boolean {
  try {
    resolveSettings(setting);
    return true;
  } catch {
    return false;
  }
}

/** Adds `path` to the list under `key`, making the list when missing. */
export function group<K>(map: Map<K, string[]>, key: K, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}

/** Bigger groups first, then by key. */
export function largestFirst<K extends string>(map: Map<K, string[]>): [K, string[]][] {
  return [...map].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : ka > kb ? 1 : 0));
}

/** What several findings need: the notes that list met, the touches each note gave, what a link reaches. */
export class SurveyContext {
  readonly settings: GoodwillSettings;
  readonly network: Network;
  /** Dated notes that may list people met: no person, organisation or introduction draft. */
  readonly dated: NoteFacts[];
  /** Per note: the people it touched on or before today, and its one-to-ones. */
  readonly touches = new Map<string, { people: Set<Person>; oneToOnes: number }>();
  private noteKeys: Set<string> | null = null;

  constructor(
    readonly facts: NoteFacts[],
    readonly input: SurveyInput,
  ) {
    this.settings = input.settings;
    this.network = input.network;
    this.dated = facts.filter((f) => f.records.noteDate !== null && !f.records.person && !f.records.draft && !f.organisation);
    for (const { person, entries } of input.network.ledgers.values()) {
      for (const e of entries) {
        if (!isTouchType(e.type) || e.date > input.today) continue;
        let t = this.touches.get(e.file);
        if (!t) this.touches.set(e.file, (t = { people: new Set(), oneToOnes: 0 }));
        t.people.add(person);
        if (e.oneToOne) t.oneToOnes += 1;
      }
    }
  }

  /** The person a link reaches from a note, if one. */
  linked(target: string, from: string): Person | undefined {
    return this.network.directory.resolve(target, from);
  }

  /** Whether any note answers to a link target (a link to a note that is no person reaches a note, not a name). */
  isNote(target: string): boolean {
    if (this.noteKeys === null) {
      this.noteKeys = new Set();
      for (const f of this.facts) {
        const key = normalizeLinkTarget(f.path);
        this.noteKeys.add(key);
        this.noteKeys.add(key.slice(key.lastIndexOf('/') + 1));
      }
    }
    return this.noteKeys.has(target) || this.noteKeys.has(target.slice(target.lastIndexOf('/') + 1));
  }
}
