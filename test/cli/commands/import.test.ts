import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteBytes } from '../../../src/cli/vault-writer';
import { makeLink } from '../../helpers/special-files';
import { runGoodwill, runGoodwillOn, tempVault } from '../../helpers/temp-vault';

/** A vCard export of the names given. */
const vcard = (names: string[]) => names.map((n) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${n}\r\nEND:VCARD\r\n`).join('');

function setup(names: string[], files: Record<string, string> = {}) {
  const vault = tempVault(files);
  const exports = tempVault({ 'contacts.vcf': vcard(names) }, 'goodwill-export-');
  return { vault, file: join(exports, 'contacts.vcf') };
}

const today = ['--today', '2026-11-25'];
const NAMES = ['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Eng', 'Ed Fox'];

/** A disk that fills up after `notes` notes are written. */
function fillsAfter(notes: number): WriteBytes {
  let written = 0;
  return (fd, data, offset) => {
    if (written >= notes) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    writeFileSync(fd, data.subarray(offset));
    written++;
    return data.length - offset;
  };
}

describe('import is all or nothing per note, and says what was not written', () => {
  it('wherever the disk fills up, the notes written are whole, the rest are named, and none is partial', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: NAMES.length }), fc.nat(NAMES.length), async (n, fullAfter) => {
        const names = NAMES.slice(0, n);
        const { vault, file } = setup(names);
        const r = await runGoodwillOn({ write: fillsAfter(fullAfter) }, vault, 'import', file, '--json', ...today);
        const written = names.slice(0, fullAfter);
        const rows = JSON.parse(r.out) as { action: string; name: string }[];
        expect(rows.filter((x) => x.action === 'created').map((x) => x.name)).toEqual(written);
        expect(rows.filter((x) => x.action === 'not written').map((x) => x.name)).toEqual(names.slice(fullAfter));
        expect(r.code).toBe(fullAfter >= n ? 0 : 1);
        expect(r.err.split('\n').length).toBe(fullAfter >= n ? 1 : 2);
        const files = existsSync(join(vault, 'People')) ? readdirSync(join(vault, 'People')).sort() : [];
        expect(files).toEqual(written.map((name) => `${name}.md`).sort());
        for (const f of files) expect(readFileSync(join(vault, 'People', f), 'utf8')).toMatch(/^---\n[\s\S]*\n---\n[\s\S]*\n$/);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('a disk that fills up halfway leaves no partial note, and the next import writes the rest', async () => {
    const { vault, file } = setup(NAMES);
    const r = await runGoodwillOn({ write: fillsAfter(2) }, vault, 'import', file, ...today);
    expect(r.code).toBe(1);
    expect(r.err).toBe('goodwill: import stopped at Cy Diaz: ENOSPC; 3 not written: Cy Diaz, Di Eng, Ed Fox\n');
    expect(r.out).toContain('created: Ann Lee → People/Ann Lee.md');
    expect(r.out).toContain('not written: Cy Diaz → People/Cy Diaz.md (ENOSPC)');
    expect(r.out).toContain('not written: Ed Fox → People/Ed Fox.md (the import stopped before it)');
    expect(r.out).toContain('2 created, 0 skipped, 3 not written');
    // Every note there is whole; none is empty; no temporary file is left.
    expect(readdirSync(join(vault, 'People')).sort()).toEqual(['Ann Lee.md', 'Bo Chan.md']);
    expect(readFileSync(join(vault, 'People/Bo Chan.md'), 'utf8')).toMatch(/^---\ntype: person\nname: "Bo Chan"[\s\S]*\n$/);

    const again = await runGoodwill(vault, 'import', file, ...today);
    expect(again.code).toBe(0);
    expect(again.out).toContain('3 created, 2 skipped');
    expect(readdirSync(join(vault, 'People')).sort()).toEqual(NAMES.map((n) => `${n}.md`));
  });

  it('reports each contact in JSON too', async () => {
    const { vault, file } = setup(NAMES.slice(0, 2));
    const r = await runGoodwillOn({ write: fillsAfter(1) }, vault, 'import', file, '--json', ...today);
    expect(JSON.parse(r.out)).toEqual([
      { action: 'created', name: 'Ann Lee', file: 'People/Ann Lee.md' },
      { action: 'not written', name: 'Bo Chan', file: 'People/Bo Chan.md', reason: 'ENOSPC' },
    ]);
  });

  it('too little free space stops the import before anything is written', async () => {
    const { vault, file } = setup(NAMES);
    const r = await runGoodwillOn({ freeSpace: () => 10_000 }, vault, 'import', file, ...today);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^goodwill: import stopped before writing anything: 5 notes need \d+ KB and the disk has 10 KB free\n$/);
    expect(r.out).toBe('');
    expect(existsSync(join(vault, 'People'))).toBe(false);
  });

  it('a 103-character CJK name gets a file name within 255 bytes, and every contact is written', async () => {
    const long = '李'.repeat(103);
    const { vault, file } = setup([long, 'Ann Lee']);
    const r = await runGoodwill(vault, 'import', file, ...today);
    expect(r.code).toBe(0);
    const names = readdirSync(join(vault, 'People'));
    expect(names.sort()).toEqual(['Ann Lee.md', `${'李'.repeat(66)}.md`]);
    expect(readFileSync(join(vault, 'People', `${'李'.repeat(66)}.md`), 'utf8')).toContain(`name: "${long}"`);
  });
});

describe('import writes only inside the vault', () => {
  it('a People folder that links outside the vault: nothing is written, and the link is named', (ctx) => {
    const { vault, file } = setup(NAMES);
    const outside = tempVault({}, 'goodwill-outside-');
    if (!makeLink(outside, join(vault, 'People'), 'dir')) ctx.skip();
    return runGoodwill(vault, 'import', file, ...today).then((r) => {
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        'goodwill: import stopped before writing anything: People is outside the vault (through a link); Goodwill writes only inside the vault (and 4 more)\n',
      );
      expect(readdirSync(outside)).toEqual([]);
    });
  });

  it('--dry-run checks as much, and writes nothing', (ctx) => {
    const { vault, file } = setup(NAMES);
    const outside = tempVault({}, 'goodwill-outside-');
    if (!makeLink(outside, join(vault, 'People'), 'dir')) ctx.skip();
    return runGoodwill(vault, 'import', file, '--dry-run', ...today).then((r) => {
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/People is outside the vault \(through a link\)/);
    });
  });

  it('a person folder of ../outside writes nothing outside', async () => {
    const { vault, file } = setup(NAMES);
    const outside = tempVault({}, 'goodwill-outside-');
    const config = join(outside, '..', `${outside.split('/').pop()}.json`);
    writeFileSync(config, JSON.stringify({ personFolder: `../${outside.split('/').pop()}` }));
    const r = await runGoodwill(vault, 'import', file, '--config', config, ...today);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/outside the vault|personFolder/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a note path that is a link to nothing counts as taken, and the contact gets another name', (ctx) => {
    const { vault, file } = setup(['Ann Lee'], { 'People/Bo.md': '---\ntype: person\n---\n' });
    const outside = tempVault({}, 'goodwill-outside-');
    if (!makeLink(join(outside, 'planted.md'), join(vault, 'People', 'Ann Lee.md'))) ctx.skip();
    return runGoodwill(vault, 'import', file, ...today).then((r) => {
      expect(r.out).toContain('created: Ann Lee → People/Ann Lee 2.md');
      expect(readdirSync(outside)).toEqual([]);
    });
  });
});
