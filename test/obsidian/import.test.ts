import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportModal } from '../../src/obsidian/ui/import-modal';
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

  it('with nothing new, the modal says so and offers only Close; a contact repeated in the file is reported as such', async () => {
    const { app, plugin } = await loadPlugin({ 'People/Iris Kim.md': '---\ntype: person\nname: Iris Kim\n---\n' });
    const card = 'BEGIN:VCARD\nVERSION:3.0\nFN:Iris Kim\nEND:VCARD\n';
    const file = await app.vault.create('Imports/contacts.vcf', card + card);
    const plan = await plugin.features.contactImport.planContactImport(file as never);
    const modal = new ImportModal(app as never, 'contacts.vcf', plan, () => undefined);
    modal.onOpen();
    const el = modal.contentEl;
    expect(el.querySelector('p')?.textContent).toBe('Nothing new to import: 2 contacts skipped.');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Skip Iris Kim: already in the vault as People/Iris Kim.md',
      'Skip Iris Kim: listed twice in the file',
    ]);
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close']);
  });
});
