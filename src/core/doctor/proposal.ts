import { DEFAULT_SETTINGS } from '../model/settings';

/**
 * Merging proposed settings into a settings file (the plugin's data.json):
 * a list is unioned with the file's value (the default when the key is
 * absent or holds no list), an object of lists (`fieldAliases`) key by key, and
 * any other value replaced. Every other key of the file is kept as it is,
 * unknown ones too: they may be another version's.
 */

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The base's entries, then the added ones it lacks (texts compared case-insensitively). */
function union(base: readonly unknown[], added: readonly unknown[]): unknown[] {
  const key = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v));
  const seen = new Set(base.map(key));
  const out = [...base];
  for (const v of added) {
    if (seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

function mergeValue(base: unknown, value: unknown): unknown {
  if (Array.isArray(value)) return union(Array.isArray(base) ? base : [], value);
  if (isRecord(value)) {
    const from = isRecord(base) ? base : {};
    const out: Json = {};
    for (const k of Object.keys(from)) out[k] = from[k];
    for (const k of Object.keys(value)) out[k] = mergeValue(own(from, k) ? from[k] : undefined, value[k]);
    return out;
  }
  return value;
}

function sameShape(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (isRecord(fallback)) return isRecord(value);
  return true;
}

/** The proposed keys, each merged with the file's value: what the file will hold for them. */
export function mergedProposal(current: Readonly<Json>, proposal: Readonly<Json>): Json {
  const out: Json = {};
  for (const key of Object.keys(proposal)) {
    const fallback = (DEFAULT_SETTINGS as unknown as Json)[key];
    // A value of another shape than the setting's (a string for a list) is read as its default, as the tolerant reading does.
    const base = own(current, key) && sameShape(current[key], fallback) ? current[key] : fallback;
    out[key] = mergeValue(base, proposal[key]);
  }
  return out;
}

/** The file with the proposal merged in: its other keys kept, in their order. */
export function mergeIntoSettingsFile(current: Readonly<Json>, proposal: Readonly<Json>): Json {
  const out: Json = {};
  for (const key of Object.keys(current)) out[key] = current[key];
  const merged = mergedProposal(current, proposal);
  for (const key of Object.keys(merged)) out[key] = merged[key];
  return out;
}

/** Several proposals as one: lists unioned, later scalars winning. */
export function combineProposals(proposals: readonly Readonly<Json>[]): Json {
  let out: Json = {};
  for (const p of proposals) {
    const next: Json = { ...out };
    for (const key of Object.keys(p)) next[key] = own(out, key) ? mergeValue(out[key], p[key]) : mergeValue(undefined, p[key]);
    out = next;
  }
  return out;
}
