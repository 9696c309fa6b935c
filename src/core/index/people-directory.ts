import { baseName } from '../model/note';
import type { Person } from '../read/people';
import { normalizeLinkTarget } from '../text/links';
import { runToEnd } from './steps';

/**
 * Resolves link targets to people by path, file name, `name` or alias. When
 * two people share a name the one whose path sorts first wins, and the clash
 * is reported by `check`.
 */
/** How many people or notes a step of a stepwise build takes. */
const STEP = 500;

export class PeopleDirectory {
  private readonly byKey = new Map<string, Person>();
  readonly clashes: { key: string; paths: string[] }[] = [];

  /** The directory of these people, built at once unless `stepwise` (inSteps builds it then). */
  constructor(
    readonly people: Person[],
    stepwise = false,
  ) {
    if (!stepwise) runToEnd(this.build());
  }

  /** The directory built step by step: it pauses (yields) every few hundred people. */
  static *inSteps(people: Person[]): Generator<void, PeopleDirectory> {
    const directory = new PeopleDirectory(people, true);
    yield* directory.build();
    return directory;
  }

  private *build(): Generator<void> {
    const sorted = [...this.people].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // Paths are unique and most specific: register them before names.
    for (const p of sorted) this.byKey.set(normalizeLinkTarget(p.path), p);
    yield;
    const owners = new Map<string, Person[]>();
    for (let i = 0; i < sorted.length; i++) {
      const p = sorted[i];
      const keys = new Set([baseName(p.path), p.name, ...p.aliases].map((k) => normalizeLinkTarget(k)));
      for (const key of keys) {
        if (!key) continue;
        const list = owners.get(key);
        if (list) list.push(p);
        else owners.set(key, [p]);
      }
      if (i % STEP === STEP - 1) yield;
    }
    for (const [key, list] of owners) {
      if (!this.byKey.has(key)) this.byKey.set(key, list[0]);
      if (list.length > 1) this.clashes.push({ key, paths: list.map((p) => p.path) });
    }
  }

  resolve(target: string): Person | undefined {
    const direct = this.byKey.get(target);
    if (direct) return direct;
    // `[[Folder/Name]]` written with a partial path, or a relative markdown link.
    const slash = target.lastIndexOf('/');
    return slash >= 0 ? this.byKey.get(target.slice(slash + 1)) : undefined;
  }

  byPath(path: string): Person | undefined {
    return this.byKey.get(normalizeLinkTarget(path));
  }
}
