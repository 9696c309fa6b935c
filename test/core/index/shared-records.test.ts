import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { DateResolver } from '../../../src/core/language/dates';
import { resolveSettings } from '../../../src/core/model/settings';
import { readNote } from '../../../src/core/read/note-records';
import { indexOf, person } from '../../helpers/vault';

describe('the index shares what many lines repeat; the reader does not', () => {
  const files = {
    'People/Dan.md': person('Dan'),
    'People/Eve.md': person('Eve'),
    'Daily/2026-11-20.md': '- give:: [[Dan]] the deck\n- met:: [[Dan]] and [[Eve]]\n',
    'Daily/2026-11-21.md': '- give:: [[Dan]] a lead\n',
  };

  it('lines linking the same one person share one list of targets, and equal keywords one string', () => {
    const index = indexOf(files);
    const [first, together] = index.records('Daily/2026-11-20.md')!.lines;
    const [second] = index.records('Daily/2026-11-21.md')!.lines;
    expect(second.targets).toEqual(['dan']);
    expect(second.targets).toBe(first.targets);
    expect(together.targets).toEqual(['dan', 'eve']);
    expect(together.targets).not.toBe(first.targets);
    expect(second.keyword).toBe(first.keyword);
  });

  it("the reader's records are fresh for each note: nothing is kept between two readings", () => {
    const settings = resolveSettings({});
    const read = (path: keyof typeof files) => readNote(noteFromText(path, files[path]), settings, new DateResolver('en'));
    expect(read('Daily/2026-11-21.md').lines[0].targets).not.toBe(read('Daily/2026-11-20.md').lines[0].targets);
  });

  it('two indexes share nothing', () => {
    expect(indexOf(files).records('Daily/2026-11-21.md')!.lines[0].targets).not.toBe(
      indexOf(files).records('Daily/2026-11-21.md')!.lines[0].targets,
    );
  });
});
