import * as nodePath from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateVaultPath } from '../../../src/core/model/vault-path';

const inside = (p: string) => {
  const posix = nodePath.posix.resolve('/vault', p);
  const win = nodePath.win32.resolve('C:\\vault', p);
  return (posix === '/vault' || posix.startsWith('/vault/')) && (win === 'C:\\vault' || win.startsWith('C:\\vault\\'));
};

describe('vault paths', () => {
  it.each([
    ['../outside', '".." segment'],
    ['People/../../outside', '".." segment'],
    ['People/.. ', '".." segment'],
    ['...', '".." segment'],
    ['/etc', 'starts with /'],
    ['C:/Users', 'drive letter'],
    ['c:People', 'drive letter'],
    ['..\\outside', 'backslash'],
    ['People\u0000.md', 'control character'],
    ['People\nLog', 'control character'],
  ])('%j is refused', (path, why) => {
    const check = validateVaultPath(path);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(why);
  });

  it.each([
    ['People', 'People'],
    ['People/', 'People'],
    ['Work/People', 'Work/People'],
    ['./Work//People/.', 'Work/People'],
    ['', ''],
    ['Notes..old/Ann.md', 'Notes..old/Ann.md'],
    ['Übersicht/Personen', 'Übersicht/Personen'],
  ])('%j is kept as %j', (path, kept) => {
    expect(validateVaultPath(path)).toEqual({ ok: true, value: kept });
  });

  it('whatever the path, one that is accepted stays inside the vault on POSIX and on Windows', () => {
    const piece = fc.constantFrom('..', '.', '', 'a', 'b c', '\\', 'C:', 'c:', '\u0000', '\t', '...', '.. ', ' ', 'é', '~', '%2e%2e', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom('/', '', '\\'), (pieces, sep) => {
        const path = pieces.join(sep);
        const check = validateVaultPath(path);
        if (!check.ok) return;
        expect(inside(path)).toBe(true);
        expect(inside(check.value)).toBe(true);
        expect(check.value.split('/').every((s) => s !== '.' && s !== '..')).toBe(true);
        expect(validateVaultPath(check.value)).toEqual(check);
      }),
      { numRuns: 3000 },
    );
  });
});
