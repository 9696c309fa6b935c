import type { ObsidianProtocolData, ObsidianProtocolHandler } from 'obsidian';
import { Modal, Notice } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LINE_LENGTH } from '../../src/core';
import { filesOf, loadPlugin, read, settle } from './harness';

const vault = filesOf('example-vault');
const TODAY_NOTE = 'Daily/2026-11-25.md';
const SENTENCE = 'gave Alice an intro to Bob yesterday';
const LINE = '- 2026-11-24 give:: [[Alice Chen]] an intro to [[Bob Diaz]]';

/** The dialogs opened, kept open (the in-memory Modal closes itself at once), and the notices shown. */
function watch() {
  const opened: Modal[] = [];
  vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
    opened.push(this);
    this.onOpen();
  });
  const notices = vi.spyOn(Notice.prototype as unknown as { constructor__: (m: unknown) => void }, 'constructor__');
  return { opened, notices: () => notices.mock.calls.map(([m]) => String(m)) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function withLink(data?: unknown) {
  const { app, plugin } = await loadPlugin(vault, '2026-11-25', data);
  const handlers = (plugin as unknown as { obsidianProtocolHandlers__: Map<string, ObsidianProtocolHandler> }).obsidianProtocolHandlers__;
  const follow = async (params: Record<string, string>) => {
    handlers.get('goodwill')!({ action: 'goodwill', vault: 'example-vault', ...params } as ObsidianProtocolData);
    await settle(50);
  };
  const daily = () => read(app, TODAY_NOTE).catch(() => null);
  return { app, plugin, handlers, follow, daily };
}

describe('obsidian://goodwill?capture=…', () => {
  it('opens the capture dialog with the text, writes nothing until Enter, then appends the line', async () => {
    const seen = watch();
    const { follow, daily } = await withLink();
    const before = await daily();
    await follow({ capture: SENTENCE });
    expect(seen.opened).toHaveLength(1);
    const input = seen.opened[0].contentEl.querySelector<HTMLInputElement>('.goodwill-prompt-input')!;
    expect(input.value).toBe(SENTENCE);
    expect(seen.opened[0].contentEl.querySelector('.goodwill-prompt-preview')?.textContent).toBe(LINE);
    expect(await daily()).toBe(before);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle(50);
    expect(await daily()).toContain(`${LINE}\n`);
    expect(seen.notices()).toContain(`Logged in 2026-11-25: ${LINE}`);
  });

  it('closing the dialog writes nothing', async () => {
    const seen = watch();
    const { follow, daily } = await withLink();
    const before = await daily();
    await follow({ capture: SENTENCE });
    seen.opened[0].close();
    await settle(50);
    expect(await daily()).toBe(before);
  });

  it('with "Capture links write directly", writes the line without a dialog', async () => {
    const seen = watch();
    const { follow, daily } = await withLink({ protocolWritesDirectly: true });
    await follow({ capture: SENTENCE });
    expect(seen.opened).toHaveLength(0);
    expect(await daily()).toContain(`${LINE}\n`);
  });

  it('a link without text, or with more than a line holds, gets a notice and writes nothing', async () => {
    const seen = watch();
    const { app, follow } = await withLink({ protocolWritesDirectly: true });
    const files = app.vault.getFiles().map((f) => f.path);
    await follow({});
    await follow({ capture: '   ' });
    await follow({ capture: `gave Alice ${'a'.repeat(MAX_LINE_LENGTH)}` });
    expect(seen.opened).toHaveLength(0);
    expect(seen.notices()).toEqual([
      'Goodwill: the capture link holds no text; nothing was written.',
      'Goodwill: the capture link holds no text; nothing was written.',
      "Goodwill: the capture link's text is 10,011 characters long, more than a line holds (10,000); nothing was written.",
    ]);
    expect(app.vault.getFiles().map((f) => f.path)).toEqual(files);
  });

  it('is registered under the action "goodwill"', async () => {
    const { handlers } = await withLink();
    expect([...handlers.keys()]).toEqual(['goodwill']);
  });
});
