import { TFile } from 'obsidian-test-mocks/obsidian';

/**
 * The in-memory vault keeps each file's modification time and size with its
 * text but leaves TFile.stat at zero; once this module is loaded, each file's
 * stat reads them, as Obsidian's does, from the moment the file exists (the
 * plugin's records store checks them). Used by the plugin tests and the
 * browser page alike.
 */
type FileMeta = Map<string, { mtime: number; size: number }>;
const createFile = (TFile as unknown as { create__: (vault: unknown, path: string) => TFile }).create__;
(TFile as unknown as { create__: typeof createFile }).create__ = function (this: unknown, vault: unknown, path: string) {
  const file = createFile.call(this, vault, path);
  const meta = (vault as { adapter: { fileMeta?: FileMeta } }).adapter.fileMeta;
  if (meta) {
    Object.defineProperty(file, 'stat', {
      configurable: true,
      get: () => ({ ctime: 0, ...(meta.get(file.path) ?? { mtime: 0, size: 0 }) }),
    });
  }
  return file;
};
