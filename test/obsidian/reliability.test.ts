import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import GoodwillPlugin from '../../src/obsidian/plugin';
import { isReady, loadPlugin, manifest, pinDay, read, settle, until } from './harness';
import { followUpsOf } from '../../src/obsidian/answers';

describe('edits that can never lose a line', () => {
  it('two edits in quick succession on the same note both land', async () => {
    const { app, plugin } = await loadPlugin({
      'People/Dan.md': '---\ntype: person\n---\n',
      'Daily/2026-11-20.md': '  - owe:: [[Dan]] first\t\n- owe:: [[Dan]] second\n',
    });
    const [a, b] = followUpsOf(plugin.context);
    await Promise.all([plugin.features.followUps.markFollowUpDone(a), plugin.features.followUps.markFollowUpDone(b)]);
    expect(await read(app, 'Daily/2026-11-20.md')).toBe('  - owe:: [[Dan]] first ✅ 2026-11-25\n- owe:: [[Dan]] second ✅ 2026-11-25\n');
  });

  it('a note deleted while the vault is being indexed is skipped, not reported or recreated', async () => {
    const app = App.createConfigured__({
      files: { 'People/Dan.md': '---\ntype: person\n---\n', 'a.md': '- x', 'b.md': '---\ndate: 2026-11-20\n---\n- owe:: [[Dan]] b' },
    });
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    let first = true;
    vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (file) => {
      if (first) {
        first = false;
        await app.vault.delete(app.vault.getFileByPath('b.md')!);
      }
      return cachedRead(file);
    });
    pinDay('2026-11-25');
    const plugin = new GoodwillPlugin(app.asOriginalType__() as AppOriginal, manifest);
    plugin.load();
    app.workspace.setLayoutReady__();
    await until(() => isReady(plugin));
    await settle(100);
    expect(plugin.context.index.has('b.md')).toBe(false);
    expect(plugin.context.index.warnings()).toEqual([]);
    expect(app.vault.getFileByPath('b.md')).toBeNull();
  });
});

describe('security', () => {
  it('the bundle has no eval, no Function constructor, no network calls and no HTML sinks', () => {
    const src = ['src/obsidian', 'src/core']
      .flatMap((dir) => readdirRecursive(dir))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const sink of [
      /\beval\(/,
      /new Function\(/,
      /\bfetch\(/,
      /XMLHttpRequest/,
      /requestUrl/,
      /\.innerHTML/,
      /outerHTML/,
      /insertAdjacentHTML/,
      /WebSocket/,
    ]) {
      expect(src).not.toMatch(sink);
    }
  });

  it('query blocks offer no action that writes', async () => {
    const { plugin } = await loadPlugin({ 'People/Dan.md': '---\ntype: person\n---\n', 'Daily/2026-11-20.md': '- owe:: [[Dan]] x\n' });
    const processor = (
      plugin as unknown as { markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: unknown) => void> }
    ).markdownCodeBlockProcessors__.get('goodwill')!;
    for (const q of ['followups', 'balance', 'intros', 'person [[Dan]]', 'people']) {
      const el = document.createElement('div');
      processor(q, el, { addChild: (c: { load(): void }) => c.load() });
      // "More" on a long text only shows it whole.
      expect(el.querySelector('button:not(.goodwill-more), input, textarea')).toBeNull();
    }
  });
});

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = `${dir}/${name}`;
    return statSync(full).isDirectory() ? readdirRecursive(full) : full.endsWith('.ts') ? [full] : [];
  });
}
