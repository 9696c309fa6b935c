import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/failures';
import { VaultWriter } from '../../src/cli/vault-writer';
import { makeFifo, makeLink } from '../helpers/special-files';

/** A vault and a folder beside it that must never change. */
function sandbox() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'goodwill-writer-')));
  const vault = join(base, 'vault');
  const outside = join(base, 'outside');
  mkdirSync(vault);
  mkdirSync(outside);
  writeFileSync(join(outside, 'n.md'), 'outside note\n');
  mkdirSync(join(outside, 'a'));
  return { base, vault, outside };
}

/** Every file and link below a folder with what it holds: a snapshot to compare. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = relative(dir, p);
      if (e.isSymbolicLink()) out[rel] = `link`;
      else if (e.isDirectory()) {
        out[rel] = 'folder';
        walk(p);
      } else if (e.isFile()) out[rel] = readFileSync(p, 'latin1');
      else out[rel] = 'special';
    }
  };
  walk(dir);
  return out;
}

const attempt = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
};

const KINDS = [
  'folder',
  'file',
  'link to a folder outside',
  'link to a folder inside',
  'link to a note outside',
  'link to a note inside',
  'link to nothing',
  'FIFO',
] as const;

describe('the vault writer writes only inside the vault', () => {
  const segment = fc.constantFrom('a', 'b', 'n.md', 'm.md');
  const layout = fc.array(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 2 }), fc.constantFrom(...KINDS)), {
    minLength: 1,
    maxLength: 8,
  });
  const target = fc.oneof(
    { arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('/')), weight: 8 },
    { arbitrary: fc.array(fc.constantFrom('a', 'n.md', '..', '.', ''), { minLength: 1, maxLength: 3 }).map((p) => p.join('/')), weight: 1 },
    { arbitrary: fc.constantFrom('/n.md', `${'../'.repeat(2)}outside/n.md`, 'a\\..\\..\\n.md', 'a/\0.md', 'C:/n.md'), weight: 1 },
  );

  it('whatever links, FIFOs and folders are planted, and whatever the path: nothing outside changes, and a note written is a file inside', () => {
    fc.assert(
      fc.property(layout, target, fc.constantFrom('create', 'append'), (entries, rel, op) => {
        const { vault, outside } = sandbox();
        for (const [parts, kind] of entries) {
          const p = join(vault, ...parts);
          if (existsSync(p) || lstatOrNull(p)) continue;
          try {
            mkdirSync(dirname(p), { recursive: true });
          } catch {
            continue; // a parent is a file or a link
          }
          if (kind === 'folder') mkdirSync(p);
          else if (kind === 'file') writeFileSync(p, 'inside note\n');
          else if (kind === 'link to a folder outside') makeLink(join(outside, 'a'), p, 'dir');
          else if (kind === 'link to a folder inside') makeLink(vault, p, 'dir');
          else if (kind === 'link to a note outside') makeLink(join(outside, 'n.md'), p);
          else if (kind === 'link to a note inside') makeLink(join(vault, 'kept.md'), p);
          else if (kind === 'link to nothing') makeLink(join(outside, 'missing.md'), p);
          else makeFifo(p);
        }
        const before = snapshot(outside);
        const writer = new VaultWriter(vault);
        const refused = attempt(() => (op === 'create' ? writer.create(rel, 'new note\n') : writer.append(rel, '- met:: [[Ann]]')));
        expect(snapshot(outside)).toEqual(before);
        const left = Object.keys(snapshot(vault)).filter((p) => p.includes('.goodwill-'));
        expect(left).toEqual([]);
        if (refused === null) {
          const written = join(vault, ...rel.split('/').filter(Boolean));
          expect(lstatSync(written).isFile()).toBe(true);
          expect(realpathSync(written).startsWith(`${vault}/`)).toBe(true);
          expect(readFileSync(written, 'utf8')).toMatch(op === 'create' ? /^new note\n$/ : /- met:: \[\[Ann\]\]\n$/);
        }
      }),
      { numRuns: 80 },
    );
    // Each run builds a vault on disk: slow on a busy machine, never slow by Goodwill.
  }, 60_000);

  it('a folder in the vault that links outside is refused, naming the path', (ctx) => {
    const { vault, outside } = sandbox();
    if (!makeLink(outside, join(vault, 'People'), 'dir')) ctx.skip();
    const writer = new VaultWriter(vault);
    expect(attempt(() => writer.create('People/Ann.md', 'x'))).toBe(
      'People is outside the vault (through a link); Goodwill writes only inside the vault',
    );
    expect(existsSync(join(outside, 'Ann.md'))).toBe(false);
  });

  it('a link to a folder inside the vault is followed', (ctx) => {
    const { vault } = sandbox();
    mkdirSync(join(vault, 'Journal'));
    if (!makeLink(join(vault, 'Journal'), join(vault, 'Daily'), 'dir')) ctx.skip();
    new VaultWriter(vault).create('Daily/2026-11-25.md', 'x\n');
    expect(readFileSync(join(vault, 'Journal/2026-11-25.md'), 'utf8')).toBe('x\n');
  });

  it('a vault reached through a link is written at its real path', (ctx) => {
    const { base, vault } = sandbox();
    if (!makeLink(vault, join(base, 'vault-link'), 'dir')) ctx.skip();
    new VaultWriter(join(base, 'vault-link')).create('People/Ann.md', 'x\n');
    expect(readFileSync(join(vault, 'People/Ann.md'), 'utf8')).toBe('x\n');
  });

  it('refuses ".." and absolute paths by their text', () => {
    const { vault } = sandbox();
    const writer = new VaultWriter(vault);
    for (const rel of ['../outside/n.md', '/etc/n.md', 'a/../../n.md', 'C:/n.md', 'a\\..\\n.md']) {
      expect(attempt(() => writer.create(rel, 'x'))).toBe(`${rel} is outside the vault; Goodwill writes only inside the vault`);
    }
  });

  it('never writes through a link at the target, nor to a folder or a FIFO', (ctx) => {
    const { vault, outside } = sandbox();
    writeFileSync(join(vault, 'kept.md'), 'kept\n');
    const made = makeLink(join(vault, 'kept.md'), join(vault, 'link.md')) && makeFifo(join(vault, 'fifo.md'));
    if (!made) ctx.skip();
    mkdirSync(join(vault, 'folder.md'));
    const writer = new VaultWriter(vault);
    expect(attempt(() => writer.append('link.md', 'x'))).toBe('link.md is a link; Goodwill does not write through links');
    expect(attempt(() => writer.append('fifo.md', 'x'))).toBe('fifo.md is a FIFO, not a note; nothing was written');
    expect(attempt(() => writer.append('folder.md', 'x'))).toBe('folder.md is a folder, not a note; nothing was written');
    expect(readFileSync(join(vault, 'kept.md'), 'utf8')).toBe('kept\n');
    expect(snapshot(outside)).toEqual({ 'n.md': 'outside note\n', a: 'folder' });
  });

  it('refuses a device', () => {
    const { vault } = sandbox();
    expect(attempt(() => new VaultWriter('/dev').append('null', 'x'))).toBe('null is a device, not a note; nothing was written');
    expect(existsSync(join(vault, 'null'))).toBe(false);
  });
});

describe('never a lost line', () => {
  it('an append keeps every byte, whatever the note held (UTF-8, any line ending, a BOM)', () => {
    const { vault } = sandbox();
    const writer = new VaultWriter(vault);
    let n = 0;
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '漢', '🌟', '\n', '\r\n', '\r', '\t', ' ') });
    fc.assert(
      fc.property(fc.boolean(), text, (bom, body) => {
        const rel = `note-${n++}.md`;
        const before = Buffer.from(`${bom ? '\uFEFF' : ''}${body}`, 'utf8');
        writeFileSync(join(vault, rel), before);
        writer.append(rel, '- met:: [[Ann]]');
        const after = readFileSync(join(vault, rel));
        expect(after.subarray(0, before.length)).toEqual(before);
        expect(after.toString('utf8').endsWith('- met:: [[Ann]]\n') || after.toString('utf8').endsWith('- met:: [[Ann]]\r\n')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a note that is not UTF-8 (Latin-1, UTF-16) is not rewritten', () => {
    const { vault } = sandbox();
    const latin1 = Buffer.from('- met:: [[Zoë]] café\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('- met:: [[Ann]]\n', 'utf16le')]);
    writeFileSync(join(vault, 'latin1.md'), latin1);
    writeFileSync(join(vault, 'utf16.md'), utf16);
    const writer = new VaultWriter(vault);
    for (const rel of ['latin1.md', 'utf16.md']) {
      expect(attempt(() => writer.append(rel, 'x'))).toBe(
        `${rel} is not UTF-8 text; Goodwill changes only UTF-8 notes, so nothing was written`,
      );
    }
    expect(readFileSync(join(vault, 'latin1.md'))).toEqual(latin1);
    expect(readFileSync(join(vault, 'utf16.md'))).toEqual(utf16);
  });

  it('a note too large to read is not rewritten', () => {
    const { vault } = sandbox();
    // 600 MB without using the disk: a sparse file.
    writeFileSync(join(vault, 'huge.md'), '');
    execFileSync('truncate', ['-s', '600M', join(vault, 'huge.md')]);
    expect(attempt(() => new VaultWriter(vault).append('huge.md', 'x'))).toMatch(/^huge.md could not be read \(it is larger than 5 MB/);
    expect(statSync(join(vault, 'huge.md')).size).toBe(600 * 1024 * 1024);
  });

  it('a note changed while the new text is written is left as the other writer made it', () => {
    const { vault } = sandbox();
    writeFileSync(join(vault, 'daily.md'), 'one\n');
    const writer = new VaultWriter(vault, {
      write: (fd, data, offset) => {
        writeFileSync(join(vault, 'daily.md'), 'one\ntwo, typed meanwhile\n');
        return writeSyncAll(fd, data, offset);
      },
    });
    expect(attempt(() => writer.append('daily.md', 'three'))).toBe(
      'daily.md changed while Goodwill wrote to it; nothing was written, try again',
    );
    expect(readFileSync(join(vault, 'daily.md'), 'utf8')).toBe('one\ntwo, typed meanwhile\n');
    expect(readdirSync(vault)).toEqual(['daily.md']);
  });

  it('new text goes to a hidden file without .md in the same folder, then takes the note’s place', () => {
    const { vault } = sandbox();
    mkdirSync(join(vault, 'Daily'));
    writeFileSync(join(vault, 'Daily/2026-11-25.md'), 'one\n');
    const seen: string[][] = [];
    const writer = new VaultWriter(vault, {
      write: (fd, data, offset) => {
        seen.push(readdirSync(join(vault, 'Daily')).sort());
        return writeSyncAll(fd, data, offset);
      },
    });
    writer.append('Daily/2026-11-25.md', 'two');
    expect(seen[0]).toHaveLength(2);
    const temp = seen[0].find((f) => f !== '2026-11-25.md')!;
    expect(temp).toMatch(/^\.goodwill-.*\.tmp$/);
    expect(readdirSync(join(vault, 'Daily'))).toEqual(['2026-11-25.md']);
    expect(readFileSync(join(vault, 'Daily/2026-11-25.md'), 'utf8')).toBe('one\ntwo\n');
  });

  it('a write that fails (a full disk) leaves the note as it was and no temporary file', () => {
    const { vault } = sandbox();
    writeFileSync(join(vault, 'daily.md'), 'one\n');
    const full = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const writer = new VaultWriter(vault, { write: full });
    expect(() => writer.append('daily.md', 'two')).toThrow(/ENOSPC/);
    expect(() => writer.create('new.md', 'two')).toThrow(/ENOSPC/);
    expect(readdirSync(vault)).toEqual(['daily.md']);
    expect(readFileSync(join(vault, 'daily.md'), 'utf8')).toBe('one\n');
  });

  it('create never replaces a note, even one that appears while it writes', () => {
    const { vault } = sandbox();
    writeFileSync(join(vault, 'taken.md'), 'mine\n');
    const writer = new VaultWriter(vault, {
      write: (fd, data, offset) => {
        if (!existsSync(join(vault, 'late.md'))) writeFileSync(join(vault, 'late.md'), 'synced in\n');
        return writeSyncAll(fd, data, offset);
      },
    });
    expect(attempt(() => writer.create('taken.md', 'x'))).toBe('taken.md already exists; nothing was written');
    expect(attempt(() => writer.create('late.md', 'x'))).toBe('late.md appeared while Goodwill wrote; nothing was written');
    expect(readFileSync(join(vault, 'taken.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(vault, 'late.md'), 'utf8')).toBe('synced in\n');
    expect(readdirSync(vault).sort()).toEqual(['late.md', 'taken.md']);
  });
});

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

function writeSyncAll(fd: number, data: Uint8Array, offset: number): number {
  writeFileSync(fd, data.subarray(offset));
  return data.length - offset;
}
