import { describe, expect, it } from 'vitest';
import type { ContextChange, GoodwillContext, IndexState } from '../../../src/obsidian/context';
import { Refreshable } from '../../../src/obsidian/ui/refreshable';

/** A context whose index revision, day and state the test sets, and whose changes it sends. */
function fakeContext() {
  const listeners = new Set<(change: ContextChange) => void>();
  const fake = {
    revision: 1,
    day: 100,
    state: { kind: 'ready' } as IndexState,
    send(change: ContextChange) {
      for (const l of listeners) l(change);
    },
    listeners,
  };
  const context = {
    index: {
      get version() {
        return fake.revision;
      },
    },
    today: () => fake.day,
    get state() {
      return fake.state;
    },
    onChange(listener: (change: ContextChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as GoodwillContext;
  return { fake, context };
}

describe('the one refresh rule', () => {
  it('draws on load, and again only when the index revision or the day changed', () => {
    const { fake, context } = fakeContext();
    let draws = 0;
    const r = new Refreshable(context, () => draws++);
    r.load();
    expect(draws).toBe(1);
    fake.send({ kind: 'index', revision: 1 });
    expect(draws).toBe(1);
    fake.revision = 2;
    fake.send({ kind: 'index', revision: 2 });
    expect(draws).toBe(2);
    fake.day = 101;
    fake.send({ kind: 'day', today: 101 });
    expect(draws).toBe(3);
  });

  it('a settings change alone draws nothing: the reading of the vault it starts does', () => {
    const { fake, context } = fakeContext();
    let draws = 0;
    new Refreshable(context, () => draws++).load();
    fake.revision = 2;
    fake.send({ kind: 'settings', settings: {} as never });
    expect(draws).toBe(1);
    fake.state = { kind: 'indexing', done: 0, total: 0 };
    fake.send({ kind: 'state', state: fake.state });
    expect(draws).toBe(2);
  });

  it('while the vault is read, draws at every change; the end of the reading draws, the revision unchanged', () => {
    const { fake, context } = fakeContext();
    fake.state = { kind: 'indexing', done: 0, total: 10 };
    let draws = 0;
    new Refreshable(context, () => draws++).load();
    fake.state = { kind: 'indexing', done: 5, total: 10 };
    fake.send({ kind: 'state', state: fake.state });
    expect(draws).toBe(2);
    fake.state = { kind: 'ready' };
    fake.send({ kind: 'state', state: fake.state });
    expect(draws).toBe(3);
    fake.send({ kind: 'state', state: fake.state });
    expect(draws).toBe(3);
  });

  it('unloaded, it stops listening', () => {
    const { fake, context } = fakeContext();
    let draws = 0;
    const r = new Refreshable(context, () => draws++);
    r.load();
    r.unload();
    expect(fake.listeners.size).toBe(0);
    fake.revision = 5;
    fake.send({ kind: 'index', revision: 5 });
    expect(draws).toBe(1);
  });
});
