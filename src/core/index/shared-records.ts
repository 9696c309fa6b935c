import { BoundedCache } from '../model/bounded-cache';
import type { NoteRecords } from '../read/note-records';

/**
 * What the index keeps of many notes' records, shared: most lines link one
 * person, the same few thousand people again and again, and their keywords
 * repeat on line after line. The reader returns plain data, fresh for each
 * note; the index, which owns the records once read, lets equal lists and
 * keywords be one copy. One per index, so nothing is shared between indexes.
 */
export class SharedRecords {
  private readonly singleTargets = new BoundedCache<string, readonly string[]>(200_000);
  private readonly keywords = new BoundedCache<string, string>(200_000);

  /** The records, their one-target lists and keywords replaced by the shared copies. */
  share(records: NoteRecords): NoteRecords {
    for (const line of records.lines) {
      if (line.targets.length === 1) line.targets = this.oneTarget(line.targets[0]);
      line.keyword = this.keyword(line.keyword);
    }
    return records;
  }

  private oneTarget(target: string): readonly string[] {
    let list = this.singleTargets.get(target);
    if (!list) {
      list = [target];
      this.singleTargets.set(target, list);
    }
    return list;
  }

  private keyword(text: string): string {
    const known = this.keywords.get(text);
    if (known !== undefined) return known;
    this.keywords.set(text, text);
    return text;
  }
}
