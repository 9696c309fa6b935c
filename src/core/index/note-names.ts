import { normalizeLinkTarget } from '../text/links';

/**
 * Which link targets name a note at all, person or not: a link to a note that
 * is no person is nobody, while a link to no note is read as a name. Built on
 * first need from the vault's paths (most vaults never need it: their links
 * reach people or notes by exact name) and dropped when a note comes or goes.
 */
export class NoteNames {
  /** Normalised paths by base name. */
  private byBase: Map<string, string[]> | null = null;

  constructor(private readonly paths: () => Iterable<string>) {}

  /** Whether a note answers to the target, as Obsidian finds it: by path, path suffix or base name. */
  has(target: string): boolean {
    if (this.byBase === null) {
      this.byBase = new Map();
      for (const path of this.paths()) {
        if (!path.toLowerCase().endsWith('.md')) continue;
        const key = normalizeLinkTarget(path);
        const base = key.slice(key.lastIndexOf('/') + 1);
        const list = this.byBase.get(base);
        if (list) list.push(key);
        else this.byBase.set(base, [key]);
      }
    }
    const slash = target.lastIndexOf('/');
    const keys = this.byBase.get(target.slice(slash + 1));
    if (!keys) return false;
    return slash < 0 || keys.some((k) => k === target || k.endsWith(`/${target}`));
  }

  /** A note came or went. */
  changed(): void {
    this.byBase = null;
  }
}
