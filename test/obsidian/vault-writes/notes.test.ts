import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it } from 'vitest';
import { createUniqueNote, notePath } from '../../../src/obsidian/vault-writes/notes';

describe('new notes', () => {
  it('are placed in the folder a setting names, its slashes trimmed', () => {
    expect(notePath('/Meetings/', '2026-11-25 Meeting with Dan')).toBe('Meetings/2026-11-25 Meeting with Dan.md');
    expect(notePath('', 'Dan')).toBe('Dan.md');
  });

  it('never go over an existing note: a taken name gets the next free number', async () => {
    const app = App.createConfigured__({ files: { 'Meetings/Sync.md': 'first', 'Meetings/Sync 2.md': 'second' } });
    const vault = (app.asOriginalType__() as AppOriginal).vault;
    const file = await createUniqueNote(app.asOriginalType__() as AppOriginal, 'Meetings', 'Sync', 'third');
    expect(file.path).toBe('Meetings/Sync 3.md');
    expect(await vault.read(file)).toBe('third');
    expect(await vault.read(vault.getFileByPath('Meetings/Sync.md')!)).toBe('first');
    const fresh = await createUniqueNote(app.asOriginalType__() as AppOriginal, 'Introductions', 'Ann and Bo', 'x');
    expect(fresh.path).toBe('Introductions/Ann and Bo.md');
  });
});
