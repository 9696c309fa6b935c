import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteBatchReader, type NoteInput, readNote, DateResolver, resolveSettings } from '../../src/core';
import { answerParseRequest, type ParseRequest } from '../../src/obsidian/parse-requests';
import { WorkerParser } from '../../src/obsidian/worker-parser';

/**
 * A stand-in for the browser's Worker: answers each message as the parse
 * worker does, a tick later; or, when told to, fails as a worker that
 * stopped does. It records what the parser does with it.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  static failOnRequest = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  requests = 0;
  private readonly reader = new NoteBatchReader();
  constructor(readonly url: string) {
    FakeWorker.started.push(this);
  }
  postMessage(request: ParseRequest): void {
    this.requests++;
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.failOnRequest) this.onerror?.({ message: 'out of memory', preventDefault: () => undefined });
      else this.onmessage?.({ data: structuredClone(answerParseRequest(this.reader, copy)) });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const settings = resolveSettings({});
const notes: NoteInput[] = Array.from({ length: 5 }, (_, i) => ({
  path: `Journal/2026-11-0${i + 1}.md`,
  text: `- Coffee with [[Ana]] about the launch; follow up by Friday\n- [ ] Send [[Ben]] the deck ${i}`,
  frontmatter: null,
}));
const expected = () => notes.map((n) => readNote(n, settings, new DateResolver('en'), null));

describe('WorkerParser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    FakeWorker.started = [];
    FakeWorker.failOnRequest = false;
  });

  it('parses in the worker, in the order given, and ends it when disposed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const parser = new WorkerParser('/* the parse worker */');
    const [first, second] = await Promise.all([
      parser.parse(notes.slice(0, 2), settings, null),
      parser.parse(notes.slice(2), settings, null),
    ]);
    expect([...first, ...second]).toStrictEqual(expected());
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0].requests).toBe(2);
    expect(FakeWorker.started[0].url).toMatch(/^blob:/);
    expect(parser.batch).toBeGreaterThan(100);
    parser.dispose();
    expect(FakeWorker.started[0].terminated).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads on this thread, saying so once, where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const parser = new WorkerParser('/* the parse worker */');
    expect(await parser.parse(notes, settings, null)).toStrictEqual(expected());
    expect(await parser.parse(notes, settings, null)).toStrictEqual(expected());
    expect(parser.batch).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Goodwill: notes are read on the interface thread/);
  });

  it('reads the batches under way and all later ones on this thread when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    FakeWorker.failOnRequest = true;
    const parser = new WorkerParser('/* the parse worker */');
    const both = Promise.all([parser.parse(notes.slice(0, 2), settings, null), parser.parse(notes.slice(2), settings, null)]);
    expect((await both).flat()).toStrictEqual(expected());
    expect(await parser.parse(notes, settings, null)).toStrictEqual(expected());
    expect(FakeWorker.started[0].terminated).toBe(true);
    expect(FakeWorker.started[0].requests).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('out of memory');
  });

  it('waits for code still being unpacked, then parses in the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let unpacked: (code: string) => void = () => undefined;
    const parser = new WorkerParser(new Promise<string>((resolve) => (unpacked = resolve)));
    expect(parser.batch).toBeGreaterThan(100);
    const records = parser.parse(notes, settings, null);
    expect(FakeWorker.started).toHaveLength(0);
    unpacked('/* the parse worker */');
    expect(await records).toStrictEqual(expected());
    expect(FakeWorker.started[0].requests).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads on this thread, saying so once, where the code cannot be unpacked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const parser = new WorkerParser(Promise.reject(new Error('DecompressionStream is not defined')));
    expect(await parser.parse(notes, settings, null)).toStrictEqual(expected());
    expect(parser.batch).toBe(1);
    expect(FakeWorker.started).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('DecompressionStream');
  });

  it('reads on this thread without a word in a build that carries no worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const parser = new WorkerParser(null);
    expect(await parser.parse(notes, settings, null)).toStrictEqual(expected());
    expect(FakeWorker.started).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
