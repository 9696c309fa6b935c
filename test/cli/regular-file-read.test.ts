import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileReadRefused, MAX_NOTE_BYTES, readRegularBytes, readRegularText } from '../../src/cli/regular-file-read';
import { makeFifo, makeLink } from '../helpers/special-files';

const dir = mkdtempSync(join(tmpdir(), 'goodwill-read-'));

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (err) {
    if (err instanceof FileReadRefused) return err.message;
    throw err;
  }
  return null;
};

describe('reading only regular files, only up to a size', () => {
  it('a file of any size up to the bound is read whole; one byte more is refused', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (size, max) => {
        const file = join(dir, `sized-${n++}.md`);
        const bytes = Buffer.alloc(size, 'x');
        writeFileSync(file, bytes);
        if (size <= max) expect(readRegularBytes(file, max)).toEqual(bytes);
        else expect(refusal(() => readRegularBytes(file, max))).toMatch(/larger than/);
      }),
    );
  });

  it('reads more than the first guess of the buffer, and text as UTF-8', () => {
    const file = join(dir, 'big.md');
    const text = `${'é'.repeat(300_000)}🌟`;
    writeFileSync(file, text);
    expect(readRegularText(file)).toBe(text);
  });

  it('refuses a note over 5 MB', () => {
    const file = join(dir, 'huge.md');
    writeFileSync(file, Buffer.alloc(MAX_NOTE_BYTES + 1, 'x'));
    expect(refusal(() => readRegularText(file))).toMatch(/larger than 5 MB/);
  });

  it('refuses a folder', () => {
    mkdirSync(join(dir, 'folder.md'));
    expect(refusal(() => readRegularText(join(dir, 'folder.md')))).toMatch(/a folder/);
  });

  it('refuses a device', () => {
    expect(refusal(() => readRegularText('/dev/zero'))).toMatch(/a device/);
  });

  it('refuses a FIFO without blocking', (ctx) => {
    const fifo = join(dir, 'fifo.md');
    if (!makeFifo(fifo)) ctx.skip();
    expect(refusal(() => readRegularText(fifo))).toMatch(/a FIFO/);
  });

  it('refuses a link inside the vault, but follows one the user names', (ctx) => {
    writeFileSync(join(dir, 'target.md'), 'outside');
    if (!makeLink(join(dir, 'target.md'), join(dir, 'link.md'))) ctx.skip();
    expect(refusal(() => readRegularText(join(dir, 'link.md')))).toMatch(/a link/);
    expect(readRegularText(join(dir, 'link.md'), MAX_NOTE_BYTES, true)).toBe('outside');
  });

  it('says a vanished file is gone', () => {
    expect(refusal(() => readRegularText(join(dir, 'never-there.md')))).toMatch(/gone/);
  });
});
