import fc from 'fast-check';
import { chmodSync, mkdirSync, promises, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNotes } from '../../src/cli/folder-source';
import { MAX_NOTE_BYTES } from '../../src/cli/regular-file-read';
import { makeFifo, makeLink, permissionsBind } from '../helpers/special-files';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

const person = '---\ntype: person\n---\n';

/** `check --json` of a vault: the rows, and the people read. */
async function checkOf(vault: string) {
  const check = await runGoodwill(vault, 'check', '--json', '--today', '2026-11-25');
  const people = await runGoodwill(vault, 'people', '--json', '--today', '2026-11-25');
  expect(check.err).toBe('');
  expect(check.code).toBe(0);
  return {
    rows: JSON.parse(check.out) as { file: string; message: string }[],
    people: (JSON.parse(people.out) as { file: string }[]).map((p) => p.file).sort(),
  };
}

/** readdir fails as the OS would for the folders named, with the code given. */
function failListing(folders: Map<string, string>) {
  const real = promises.readdir.bind(promises);
  vi.spyOn(promises, 'readdir').mockImplementation(((dir: string, options: never) => {
    for (const [folder, code] of folders) {
      if (dir.endsWith(`/${folder}`)) return Promise.reject(Object.assign(new Error(`${code}: ${dir}`), { code }));
    }
    return real(dir, options);
  }) as typeof promises.readdir);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a folder that cannot be listed is a check warning, not the end of the run', () => {
  it('for any set of unreadable or vanished folders, the rest of the vault is read', async () => {
    const folders = ['A', 'B', 'A/C', 'D'];
    await fc.assert(
      fc.asyncProperty(fc.subarray(folders), fc.constantFrom('EACCES', 'ENOENT', 'EIO'), async (failing, code) => {
        const vault = tempVault(Object.fromEntries(folders.map((f) => [`${f}/People/P ${f.replace('/', '')}.md`, person])));
        failListing(new Map(failing.map((f) => [f, code])));
        const { rows, people } = await checkOf(vault);
        vi.restoreAllMocks();
        const hidden = (f: string) => failing.some((x) => f === x || f.startsWith(`${x}/`));
        expect(people).toEqual(
          folders
            .filter((f) => !hidden(f))
            .map((f) => `${f}/People/P ${f.replace('/', '')}.md`)
            .sort(),
        );
        const unread = rows.filter((r) => r.message.startsWith('folder not read')).map((r) => r.file);
        // A failing folder inside a failing folder is never reached, so never named.
        expect(unread.sort()).toEqual(failing.filter((f) => !failing.some((x) => f.startsWith(`${x}/`))).sort());
      }),
      { numRuns: 30 },
    );
  });

  it('with a real folder without read permission', (ctx) => {
    if (!permissionsBind) ctx.skip();
    const vault = tempVault({ 'People/Ann.md': person, 'Private/People/Bo.md': person });
    chmodSync(join(vault, 'Private'), 0o000);
    return checkOf(vault).then(({ rows, people }) => {
      chmodSync(join(vault, 'Private'), 0o755);
      expect(people).toEqual(['People/Ann.md']);
      expect(rows).toContainEqual(expect.objectContaining({ file: 'Private', message: 'folder not read: permission denied' }));
    });
  });
});

describe('a note that cannot be read is a check warning', () => {
  it('a note swapped for a FIFO after listing does not block the run', (ctx) => {
    const vault = tempVault({ 'People/Ann.md': person });
    if (!makeFifo(join(vault, 'People/Swapped.md'))) ctx.skip();
    const read: string[] = [];
    return readNotes(vault, ['People/Ann.md', 'People/Swapped.md'], (n) => read.push(n.path)).then((failures) => {
      expect(read).toEqual(['People/Ann.md']);
      expect(failures).toEqual([{ path: 'People/Swapped.md', message: 'not read: it is a FIFO, not a note' }]);
    });
  });

  it('a FIFO or a link in the vault is not listed as a note, and the run ends', async (ctx) => {
    const vault = tempVault({ 'People/Ann.md': person, 'outside.md': person });
    if (!makeFifo(join(vault, 'People/Pipe.md'))) ctx.skip();
    if (!makeLink(join(vault, 'outside.md'), join(vault, 'People/Link.md'))) ctx.skip();
    const { people } = await checkOf(vault);
    expect(people).toEqual(['People/Ann.md', 'outside.md']);
  });

  it('a note deleted while the vault is read', async () => {
    const vault = tempVault({ 'People/Ann.md': person });
    const failures = await readNotes(vault, ['People/Ann.md', 'People/Gone.md'], () => undefined);
    expect(failures).toEqual([
      { path: 'People/Gone.md', message: 'not read: it is gone (moved or deleted while Goodwill read the vault)' },
    ]);
  });

  it('a note over 5 MB is skipped with a warning', async () => {
    const vault = tempVault({ 'People/Ann.md': person });
    mkdirSync(join(vault, 'Daily'));
    writeFileSync(join(vault, 'Daily/2026-11-20.md'), Buffer.alloc(MAX_NOTE_BYTES + 1, 'x'));
    const { rows, people } = await checkOf(vault);
    expect(people).toEqual(['People/Ann.md']);
    expect(rows).toContainEqual(
      expect.objectContaining({ file: 'Daily/2026-11-20.md', message: expect.stringMatching(/^not read: it is larger than 5 MB/) }),
    );
  });

  it('an unreadable note', (ctx) => {
    if (!permissionsBind) ctx.skip();
    const vault = tempVault({ 'People/Ann.md': person, 'People/Bo.md': person });
    chmodSync(join(vault, 'People/Bo.md'), 0o000);
    return checkOf(vault).then(({ rows, people }) => {
      expect(people).toEqual(['People/Ann.md']);
      expect(rows).toContainEqual({ file: 'People/Bo.md', line: 1, message: 'not read: permission denied' });
    });
  });
});
