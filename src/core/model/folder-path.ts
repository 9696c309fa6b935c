import { trimWhere } from '../text/trim';

/**
 * A folder setting without the slashes at its ends: `/People/` is `People`.
 * A loop, not `/^\/+|\/+$/g`: that pattern searches to the end of every run
 * of slashes from each of them, which a checker rightly rates quadratic.
 */
export function bareFolder(folder: string): string {
  return trimWhere(folder, isSlash);
}

const isSlash = (code: number) => code === 47;
