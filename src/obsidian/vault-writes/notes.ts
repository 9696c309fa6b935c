import { type App, TFile } from 'obsidian';

async function ensureFolder(app: App, path: string): Promise<void> {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return;
  const folder = path.slice(0, slash);
  if (!app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
}

/** Returns the note at `path`, creating it (and its folder) with `initial` text when missing. */
export async function ensureNote(app: App, path: string, initial: string): Promise<TFile> {
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) return existing;
  if (existing) throw new Error(`${path} is a folder`);
  await ensureFolder(app, path);
  return app.vault.create(path, initial);
}
