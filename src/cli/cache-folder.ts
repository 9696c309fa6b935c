import { createHash } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the CLI keeps its caches: GOODWILL_CACHE_DIR when set, else
 * $XDG_CACHE_HOME/goodwill (an absolute XDG_CACHE_HOME only, as the XDG
 * specification says), else the platform's cache folder: ~/.cache/goodwill,
 * ~/Library/Caches/goodwill on macOS, %LOCALAPPDATA%\goodwill on Windows.
 */
export function cacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  const own = env.GOODWILL_CACHE_DIR;
  if (own !== undefined && own.trim() !== '') return path.resolve(own);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'goodwill');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'goodwill');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local !== undefined && path.win32.isAbsolute(local)
      ? path.win32.join(local, 'goodwill')
      : path.win32.join(home, 'AppData', 'Local', 'goodwill');
  }
  return path.join(home, '.cache', 'goodwill');
}

/** What a cache file's name ends with; the sweep removes nothing else. */
export const CACHE_SUFFIX = '.goodwill-cache';
/** What a cache file being written is named, until it is renamed into place. */
export const PARTIAL_SUFFIX = '.partial';

/**
 * The cache file of a vault, named by a hash of its real path (a vault's name
 * may repeat, and holds characters no file name may): its records, or the
 * answers kept beside them.
 */
export function cacheFileName(vaultRealPath: string, holds: 'records' | 'answers' = 'records'): string {
  const name = createHash('sha256').update(vaultRealPath).digest('hex').slice(0, 32);
  return `${name}${holds === 'answers' ? '-answers' : ''}${CACHE_SUFFIX}`;
}

/**
 * Whether `folder`, once created, would lie inside `vaultRealPath` (the vault's
 * real path): followed through links, from the deepest part that exists.
 */
export function liesInside(folder: string, vaultRealPath: string): boolean {
  let existing = path.resolve(folder);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    real = existing;
  }
  const full = path.join(real, ...rest);
  const relative = path.relative(vaultRealPath, full);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A vault's cache unused this long is removed. */
export const UNUSED_FOR_MS = 30 * DAY_MS;
/** A cache file left half-written by a run that was stopped. */
const PARTIAL_FOR_MS = DAY_MS;

/**
 * Removes the caches of vaults unused for 30 days, and the half-written files
 * of runs that were stopped. A cache in use is touched by every run that uses
 * it (see RecordsCache), so its modification time is its last use. Nothing
 * that fails here matters to the run.
 */
export function sweepCacheFolder(folder: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const limit = name.endsWith(CACHE_SUFFIX) ? UNUSED_FOR_MS : name.endsWith(PARTIAL_SUFFIX) ? PARTIAL_FOR_MS : null;
    if (limit === null) continue;
    try {
      const file = path.join(folder, name);
      if (now - statSync(file).mtimeMs > limit) unlinkSync(file);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}
