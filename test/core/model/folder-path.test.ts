import { describe, expect, it } from 'vitest';
import { bareFolder, notePathIn, uniqueNotePath } from '../../../src/core/model/folder-path';

describe('folder paths', () => {
  it('drop the slashes at the ends of a folder setting', () => {
    expect(bareFolder('/People/')).toBe('People');
    expect(bareFolder('//a/b//')).toBe('a/b');
    expect(bareFolder('/')).toBe('');
  });

  it('place a note in a folder, or at the root', () => {
    expect(notePathIn('/People/', 'Ana Ruiz')).toBe('People/Ana Ruiz.md');
    expect(notePathIn('', 'Ana Ruiz', 3)).toBe('Ana Ruiz 3.md');
  });

  it('find the first free path, numbering from 2, or from the number given', () => {
    const used = new Set(['People/Ana.md', 'People/Ana 2.md']);
    const taken = (p: string) => used.has(p);
    expect(uniqueNotePath('People', 'Ana', taken)).toEqual({ path: 'People/Ana 3.md', n: 3 });
    expect(uniqueNotePath('People', 'Bo', taken)).toEqual({ path: 'People/Bo.md', n: 1 });
    expect(uniqueNotePath('People', 'Bo', taken, 2)).toEqual({ path: 'People/Bo 2.md', n: 2 });
  });
});
