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

/** The path of the note named `base` in a folder setting (slashes at its ends allowed); the nth of that name is `base n.md`. */
export function notePathIn(folder: string, base: string, n = 1): string {
  const dir = bareFolder(folder);
  return `${dir ? `${dir}/` : ''}${base}${n === 1 ? '' : ` ${n}`}.md`;
}

/**
 * The first free path of a new note in a folder, never one `taken` says is
 * in use: `base.md`, else `base 2.md`, `base 3.md`…, counting from the
 * `from`th; with the number it took.
 */
export function uniqueNotePath(folder: string, base: string, taken: (path: string) => boolean, from = 1): { path: string; n: number } {
  for (let n = from; ; n++) {
    const path = notePathIn(folder, base, n);
    if (!taken(path)) return { path, n };
  }
}
