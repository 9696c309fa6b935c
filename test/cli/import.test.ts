import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, new Date(2026, 10, 25, 9));
  return { code, out, err };
}

describe('goodwill import', () => {
  it('reads a UTF-16 export from its bytes, and reports a same-name clash as a check line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodwill-import-'));
    writeFileSync(join(dir, 'Priya.md'), '---\ntype: person\nname: Priya Shah\nemail: priya@other.example\n---\n');
    const r = await run(dir, 'import', 'test/fixtures/contacts/outlook-utf16le.vcf', '--today', '2026-11-25');
    expect(r.code).toBe(0);
    expect(r.out).toContain('created: Priya Shah → People/Priya Shah 2.md');
    expect(r.out).toContain('created: Tomás Novak → People/Tomás Novak.md');
    expect(r.out).toContain(
      'check: Priya Shah ("Priya Shah" has the same name as Priya.md but another email (priya@hooli.example); created as People/Priya Shah 2.md)',
    );
    expect(readFileSync(join(dir, 'People', 'Tomás Novak.md'), 'utf8')).toContain('name: "Tomás Novak"');
  });
});
