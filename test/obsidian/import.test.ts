import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlugin } from './harness';

describe('importing contacts in Obsidian', () => {
  it('reads the export from its bytes: a UTF-16 vCard is planned like its UTF-8 twin', async () => {
    const { app, plugin } = await loadPlugin({
      'People/Priya.md': '---\ntype: person\nname: Priya Shah\nemail: priya@other.example\n---\n',
    });
    const bytes = readFileSync('test/fixtures/contacts/outlook-utf16le.vcf');
    const file = await app.vault.createBinary(
      'Imports/contacts.vcf',
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const plan = await plugin.features.contactImport.planContactImport(file as never);
    expect(plan.create.map((c) => c.path)).toEqual(['People/Priya Shah 2.md', 'People/Tomás Novak.md']);
    expect(plan.clashes.map((c) => c.message)).toEqual([
      '"Priya Shah" has the same name as People/Priya.md but another email (priya@hooli.example); created as People/Priya Shah 2.md',
    ]);
  });
});
