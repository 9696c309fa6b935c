import { afterEach, describe, expect, it } from 'vitest';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

/** One set of settings: without --config, the CLI reads the plugin's data.json, tolerantly. */
const DATA = '.obsidian/plugins/goodwill/data.json';

const notes = {
  'CRM/Ann Lee.md': '# Ann Lee\n',
  'Daily/2026-11-20.md': '- owe:: [[Ann Lee]] the deck by 2026-12-20\n',
};

async function promises(vault: string, ...argv: string[]) {
  const r = await runGoodwill(vault, 'followups', '--today', '2026-11-25', '--json', ...argv);
  return { ...r, people: r.code === 0 ? (JSON.parse(r.out) as { person: string }[]).map((f) => f.person) : null };
}

afterEach(() => {
  delete process.env.GOODWILL_CONFIG_DIR;
});

describe("the CLI reads the plugin's settings from the config folder", () => {
  it('with no data.json, the defaults (CRM/ is no people folder)', async () => {
    const r = await promises(tempVault(notes));
    expect(r).toMatchObject({ code: 0, err: '', people: [] });
  });

  it('data.json changes the rules as the plugin would', async () => {
    const vault = tempVault({ ...notes, [DATA]: JSON.stringify({ peopleFolders: ['CRM'], horizonDays: 30 }) });
    expect(await promises(vault)).toMatchObject({ code: 0, err: '', people: ['Ann Lee'] });
  });

  it('in the folder GOODWILL_CONFIG_DIR names', async () => {
    const vault = tempVault({ ...notes, '.obsidian-mobile/plugins/goodwill/data.json': '{"peopleFolders": ["CRM"], "horizonDays": 30}' });
    process.env.GOODWILL_CONFIG_DIR = '.obsidian-mobile';
    expect(await promises(vault)).toMatchObject({ code: 0, err: '', people: ['Ann Lee'] });
  });

  it('unknown keys (a newer plugin) are ignored with one warning line; the known ones still count', async () => {
    const vault = tempVault({
      ...notes,
      [DATA]: JSON.stringify({ peopleFolders: ['CRM'], horizonDays: 30, aurora: true, widgets: { a: 1 }, weights: { glamour: 4 } }),
    });
    const r = await promises(vault);
    expect(r.code).toBe(0);
    expect(r.people).toEqual(['Ann Lee']);
    expect(r.err).toBe(
      `goodwill: ${DATA}: settings this version does not know, kept in the file and ignored: aurora, widgets, weights.glamour\n`,
    );
  });

  it('a value that cannot be used keeps its default, and stderr names the key', async () => {
    const vault = tempVault({ ...notes, [DATA]: JSON.stringify({ peopleFolders: ['CRM'], horizonDays: -3 }) });
    const r = await promises(vault);
    expect(r.code).toBe(0);
    // The default horizon (7 days) leaves out the promise due on 2026-12-20.
    expect(r.people).toEqual([]);
    expect(r.err).toBe(`goodwill: ${DATA}: setting "horizonDays" must be a number of whole days from 0 to 3650; using the default (7)\n`);
  });

  it('a data.json that is not JSON stops the run, naming the file', async () => {
    const vault = tempVault({ ...notes, [DATA]: '{"peopleFolders": ["CRM"],' });
    expect(await runGoodwill(vault, 'people')).toEqual({ code: 1, out: '', err: `goodwill: ${DATA} is not valid JSON\n` });
  });

  it('--config wins, and stays strict: an unknown key stops the run, naming it', async () => {
    const vault = tempVault({
      ...notes,
      [DATA]: 'not json at all',
      'config.json': '{"peopleFolders": ["CRM"], "horizonDays": 30}',
      'strict.json': '{"peopleFolders": ["CRM"], "aurora": true}',
    });
    expect(await promises(vault, '--config', `${vault}/config.json`)).toMatchObject({ code: 0, err: '', people: ['Ann Lee'] });
    const r = await runGoodwill(vault, 'people', '--config', `${vault}/strict.json`);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`goodwill: config ${vault}/strict.json: unknown setting "aurora"\n`);
  });

  it('--people-folder is a path inside the vault, like a folder setting', async () => {
    const vault = tempVault(notes);
    for (const bad of ['../outside', '/etc', 'C:/People', 'a\\b']) {
      const r = await runGoodwill(vault, 'people', '--people-folder', bad);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(/^goodwill: --people-folder must be a path inside the vault: /);
    }
    const r = await runGoodwill(vault, 'people', '--json', '--people-folder', './CRM/');
    expect((JSON.parse(r.out) as { name: string }[]).map((p) => p.name)).toEqual(['Ann Lee']);
  });
});
