import { Vault } from 'obsidian-test-mocks/obsidian';

/**
 * The in-memory vault keeps text notes apart from binary files, so readBinary
 * finds no text note; Obsidian reads any file's bytes. Patched once for the
 * unit tests and the browser page alike: a text note's bytes are its UTF-8.
 */
export function readBinaryOfTextNotes(): void {
  const original = Vault.prototype.readBinary;
  Vault.prototype.readBinary = async function (this: Vault, file: Parameters<Vault['readBinary']>[0]) {
    try {
      return await original.call(this, file);
    } catch {
      return new TextEncoder().encode(await this.read(file)).buffer as ArrayBuffer;
    }
  };
}
