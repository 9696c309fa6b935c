import { type App, normalizePath, TFile } from 'obsidian';
import { notePathIn, uniqueNotePath } from '../../core';

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

/** The vault path of note `name` (a safe file name, without .md) in the folder a setting names. */
export function notePath(folder: string, name: string): string {
  return normalizePath(notePathIn(folder, name));
}

/** Creates note `name` in `folder`, or "name 2", "name 3"… when the name is taken: never over an existing note. */
export function createUniqueNote(app: App, folder: string, name: string, text: string): Promise<TFile> {
  const { path } = uniqueNotePath(folder, name, (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null);
  return ensureNote(app, normalizePath(path), text);
}

/** A file Goodwill writes whole (the calendar export): its text replaced, or the file created. */
export async function replaceFile(app: App, path: string, text: string): Promise<void> {
  const existing = app.vault.getFileByPath(path);
  if (existing) await app.vault.process(existing, () => text);
  else await app.vault.create(path, text);
}
