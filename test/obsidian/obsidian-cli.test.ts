import type { CliData, CliHandler } from 'obsidian';
import { Plugin } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run';
import { filesOf, loadPlugin, read } from './harness';

// The standalone CLI runs here on the page's DOM, where its parse threads cannot start (and a small vault needs none).
vi.mock('../../src/cli/parallel-read', async (original) => ({
  ...(await original<typeof import('../../src/cli/parallel-read')>()),
  readInThreads: () => Promise.resolve(null),
}));

const vault = filesOf('example-vault');
const TODAY = '2026-11-25';

/** The standalone CLI on the same vault: what it prints, and the first line of its complaint. */
async function runStandalone(argv: string[]): Promise<{ code: number; out: string; message: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['example-vault', ...argv, '--no-cache'], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out.replace(/\n$/, ''), message: err.split('\n')[0] };
}

const standalone = (...argv: string[]) => runStandalone([...argv, '--today', TODAY]);

function handlers(plugin: object): Map<string, CliHandler> {
  return (plugin as { cliHandlers__: Map<string, CliHandler> }).cliHandlers__;
}

async function loaded() {
  const { app, plugin } = await loadPlugin(vault, TODAY);
  const run = async (command: string, params: CliData = {}) => handlers(plugin).get(`goodwill:${command}`)!(params);
  return { app, plugin, run };
}

describe('the Obsidian CLI', () => {
  it('registers goodwill:followups, balance, intros, digest, people and capture', async () => {
    const { plugin } = await loaded();
    expect([...handlers(plugin).keys()]).toEqual([
      'goodwill:followups',
      'goodwill:balance',
      'goodwill:intros',
      'goodwill:digest',
      'goodwill:people',
      'goodwill:capture',
    ]);
  });

  it('answers from the live index with the text the standalone CLI prints, or its JSON', async () => {
    const { run } = await loaded();
    for (const [command, flags] of [
      ['followups', {}],
      ['followups', { all: 'true' }],
      ['followups', { json: 'true' }],
      ['balance', {}],
      ['balance', { json: 'true' }],
      ['people', {}],
      ['people', { json: 'true' }],
      ['digest', {}],
      ['digest', { json: 'true' }],
      ['intros', {}],
      ['intros', { limit: '1', json: 'true' }],
    ] as [string, CliData][]) {
      const argv = [command, ...Object.entries(flags).flatMap(([k, v]) => (v === 'true' ? [`--${k}`] : [`--${k}`, v]))];
      const expected = await standalone(...argv);
      expect(expected.code).toBe(0);
      expect(await run(command, flags), argv.join(' ')).toBe(expected.out);
    }
    expect(JSON.parse(await run('balance', { json: 'true' }))[0]).toMatchObject({ person: 'Henry Jones', status: 'overdrawn' });
  });

  it('takes today as the standalone CLI does', async () => {
    const { run } = await loaded();
    expect(await run('followups', { today: '2026-12-20', json: 'true' })).toBe(
      (await runStandalone(['followups', '--json', '--today', '2026-12-20'])).out,
    );
  });

  it('a bad flag or value gets the standalone CLI message as the text', async () => {
    const { run } = await loaded();
    for (const [command, flags, argv] of [
      ['followups', { today: '2026-13-01' }, ['followups', '--today=2026-13-01']],
      ['balance', { all: 'true' }, ['balance', '--all']],
      ['people', { limit: '3' }, ['people', '--limit', '3']],
      ['digest', { write: 'true' }, ['digest', '--write']],
      ['followups', { soon: 'true' }, ['followups', '--soon']],
      ['followups', { today: 'true' }, ['followups', '--today']],
      ['capture', {}, ['capture']],
      ['balance', { text: 'Alice' }, ['balance', 'Alice']],
    ] as [string, CliData, string[]][]) {
      const expected = await runStandalone(argv);
      expect(expected.code, argv.join(' ')).toBe(2);
      expect(await run(command, flags), argv.join(' ')).toBe(expected.message);
    }
  });

  it('capture prints the line and writes nothing; with write it appends the line to the daily note', async () => {
    const { app, run } = await loaded();
    const sentence = 'gave Alice an intro to Bob yesterday';
    const expected = await standalone('capture', sentence);
    expect(expected.out).toBe('- 2026-11-24 give:: [[Alice Chen]] an intro to [[Bob Diaz]]');
    const before = await read(app, `Daily/${TODAY}.md`).catch(() => null);
    expect(await run('capture', { text: sentence })).toBe(expected.out);
    expect(await read(app, `Daily/${TODAY}.md`).catch(() => null)).toBe(before);
    expect(await run('capture', { text: sentence, write: 'true' })).toBe(`${expected.out}\n(appended to Daily/${TODAY}.md)`);
    expect(await read(app, `Daily/${TODAY}.md`)).toContain(`${expected.out}\n`);
  });

  it("capture's problems are the standalone CLI's, and nothing is written", async () => {
    const { app, run } = await loaded();
    const files = app.vault.getFiles().length;
    const expected = await standalone('capture', 'gave Zed a book');
    expect(expected.code).toBe(1);
    expect(await run('capture', { text: 'gave Zed a book', write: 'true' })).toBe(expected.message);
    expect(app.vault.getFiles().length).toBe(files);
  });
});

describe('on an app without the Obsidian CLI', () => {
  it('the plugin loads, registers no handler, and everything else works', async () => {
    const proto = Plugin.prototype as unknown as { registerCliHandler: unknown };
    const original = proto.registerCliHandler;
    proto.registerCliHandler = undefined;
    try {
      const { plugin } = await loadPlugin(vault, TODAY);
      expect(handlers(plugin).size).toBe(0);
      expect(plugin.context.state.kind).toBe('ready');
      expect((plugin as unknown as { commands__: Map<string, unknown> }).commands__.size).toBeGreaterThan(10);
    } finally {
      proto.registerCliHandler = original;
    }
  });
});
