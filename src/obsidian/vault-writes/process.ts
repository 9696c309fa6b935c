import { type App, Notice, TFile } from 'obsidian';
import { appendLine, closeLine, type Day, editLine, type EditResult, fail, type LineFingerprint } from '../../core';

/** Edits of one note run one after another, so that two quick edits never read the same old text. */
const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(path: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return next;
}

/**
 * Writes go through `vault.process`, which hands over the file's current text:
 * the change is made against that text, and refused if the line is no longer
 * what the index read.
 */
/**
 * A line edited since it was read: nothing is written, the note is read again
 * (`reread`) so that the lists show it as it is, and the notice says both.
 */
export function changeLine(
  app: App,
  path: string,
  line: number,
  expected: LineFingerprint,
  change: (line: string) => string,
  reread: (path: string) => Promise<void>,
): Promise<boolean> {
  return serialized(path, () => changeLineNow(app, path, line, expected, change, reread));
}

async function changeLineNow(
  app: App,
  path: string,
  line: number,
  expected: LineFingerprint,
  change: (line: string) => string,
  reread: (path: string) => Promise<void>,
): Promise<boolean> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`Goodwill: ${path} no longer exists; nothing was changed.`);
    return false;
  }
  let result: EditResult = fail({ edited: false, message: 'not written' });
  try {
    await requireUtf8(app, file);
    await app.vault.process(file, (text) => {
      result = editLine(text, line, expected, change);
      return result.ok ? result.value : text;
    });
  } catch (err) {
    result = fail({ edited: false, message: `could not be written (${err instanceof Error ? err.message : String(err)})` });
  }
  if (result.ok) return true;
  if (result.error.edited) {
    new Notice(`Goodwill: this line of ${file.basename} was edited since Goodwill read it, so nothing was changed. The list is refreshed.`);
    await reread(path);
  } else new Notice(`Goodwill: ${path}: ${result.error.message}; nothing was changed.`);
  return false;
}

export function markDone(
  app: App,
  path: string,
  line: number,
  expected: LineFingerprint,
  today: Day,
  reread: (path: string) => Promise<void>,
): Promise<boolean> {
  return changeLine(app, path, line, expected, (l) => closeLine(l, today), reread);
}

/**
 * A whole-note rewrite through vault.process, queued behind other edits of the
 * same note; false, with a notice saying why, when the note was not changed.
 */
export function serializedProcess(app: App, file: TFile, change: (text: string) => string): Promise<boolean> {
  return serialized(file.path, async () => {
    try {
      await requireUtf8(app, file);
      await app.vault.process(file, change);
      return true;
    } catch (err) {
      new Notice(`Goodwill: ${err instanceof Error ? err.message : String(err)}; nothing was changed.`);
      return false;
    }
  });
}

export function appendToNote(app: App, file: TFile, line: string): Promise<boolean> {
  return serializedProcess(app, file, (text) => appendLine(text, line));
}

/**
 * Refuses a note whose bytes are not valid UTF-8 (a Latin-1 or UTF-16 note):
 * Obsidian decodes such bytes to U+FFFD, and `vault.process` would write the
 * replacement characters back, destroying what was there. A note that cannot
 * be read is refused too.
 */
export async function requireUtf8(app: App, file: TFile): Promise<void> {
  let bytes: ArrayBuffer;
  try {
    bytes = await app.vault.readBinary(file);
  } catch (err) {
    throw new Error(`${file.path} could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file.path} is not valid UTF-8 text; Goodwill does not rewrite it`);
  }
}
