import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { permissionsBind, makeLink } from '../helpers/special-files';
import { runGoodwill, runGoodwillOn, tempVault } from '../helpers/temp-vault';

/** `goodwill <vault> doctor`: what it says about each fixture vault, and how --write merges its proposal. */
const TODAY = ['--today', '2026-11-25'];
const DATA = '.obsidian/plugins/goodwill/data.json';

interface Finding {
  topic: string;
  message: string;
  count: number;
  examples: string[];
  setting: Record<string, unknown> | null;
}

async function doctor(vault: string, ...argv: string[]): Promise<Finding[]> {
  const r = await runGoodwill(vault, 'doctor', ...TODAY, '--json', ...argv);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Finding[];
}

const fixture = (name: string) => `test/fixtures/dialects/${name}`;
/** Each finding as one line: topic, count, message, and the setting it proposes. */
const lines = (findings: Finding[]) =>
  findings.map((f) => `${f.topic} ${f.count}: ${f.message}${f.setting ? ` => ${JSON.stringify(f.setting)}` : ''}`);

function copyOf(name: string): string {
  const vault = tempVault();
  cpSync(fixture(name), vault, { recursive: true });
  return vault;
}

describe('doctor --json', () => {
  it('prints one array of findings with exactly topic, message, count, examples and setting; the last is the proposal', async () => {
    const findings = await doctor(fixture('type-people-vault'));
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['topic', 'message', 'count', 'examples', 'setting']);
      expect(['people', 'unmatched', 'meetings', 'fields', 'names', 'mentions', 'daily-notes', 'proposal']).toContain(f.topic);
      expect(f.examples.length).toBeLessThanOrEqual(3);
      for (const path of f.examples) expect(path).toMatch(/^[^/].*\.md$/);
    }
    expect(findings.filter((f) => f.topic === 'proposal')).toHaveLength(1);
    expect(findings[findings.length - 1].topic).toBe('proposal');
  });
});

describe('doctor on the fixture vaults', () => {
  it('categories-vault: people by categories, meetings by categories with people in "people", prose in the daily notes', async () => {
    expect(lines(await doctor(fixture('categories-vault')))).toEqual([
      'people 5: 5 notes are people because their categories name "people"',
      'meetings 2: 2 dated notes of type "coffee" (meetings by their categories, people from "people", interaction lines): 2 touches, 2 one-to-ones',
      'meetings 1: 1 dated note of type "intro" (meetings by their categories, people from "people", interaction lines): 2 touches, 0 one-to-ones',
      'meetings 1: 1 dated note of type "working session" (meetings by their categories, people from "people"): 0 touches, 0 one-to-ones',
      'meetings 1: 1 dated note of type "workshops" (meetings by their categories, people from "people"): 2 touches, 0 one-to-ones',
      'fields 1: Also not read on person notes, meaning no field Goodwill knows: "twitter" (1)',
      'mentions 3: 3 of 8 dated notes that link people do so only in prose, not on a list item or in a property: a mention in a sentence is no touch (mentionsAreTouches is off)',
      'daily-notes 0: No daily-note settings are in force: daily-notes.json names the folder "Daily", but the Daily notes core plugin is not on in core-plugins.json, so logged lines have no place (turn one on, or set logTarget to "folder")',
      'proposal 0: Nothing to change: the doctor has no setting to propose for this vault',
    ]);
  });

  it('interactions-vault: a People folder, one note per interaction (no meetings), daily notes in Journal', async () => {
    const findings = await doctor(fixture('interactions-vault'));
    expect(lines(findings)).toEqual([
      'people 5: 5 notes are people because they lie in a folder named "People"',
      'people 4: 4 notes are people because their type is "person"',
      'meetings 7: 7 dated notes of type "interaction" (not meetings, people from "person"): 7 touches',
      'meetings 2: 2 dated notes with no type (not meetings, people from interaction lines): 2 touches',
      'fields 1: Also not read on person notes, meaning no field Goodwill knows: "channels" (2)',
      'daily-notes 2: Daily notes, by the Daily notes core plugin: in "Journal", named "YYYY-MM-DD"; today\'s is Journal/2026-11-25.md; 2 notes fit',
      'proposal 0: Nothing to change: the doctor has no setting to propose for this vault',
    ]);
    expect(findings[2].examples).toEqual([
      'Interactions/2026-10-01 Ines Duarte.md',
      'Interactions/2026-10-06 Sam Whitfield.md',
      'Interactions/2026-10-22 Elena Varga.md',
    ]);
  });

  it('periodic-vault: people by tags and folder, daily notes placed by Periodic Notes', async () => {
    const findings = await doctor(fixture('periodic-vault'));
    const stable = findings.filter((f) => f.topic !== 'meetings' && f.topic !== 'mentions');
    expect(lines(stable)).toEqual([
      'people 5: 5 notes are people because they lie in a folder named "People"',
      'people 5: 5 notes are people because their tags hold "people"',
      'daily-notes 8: Daily notes, by the Periodic Notes plugin: in the vault\'s root, named "YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-dddd"; today\'s is 2026/Journal/11-November/2026-11-25-Wednesday.md; 8 notes fit',
      'proposal 0: Nothing to change: the doctor has no setting to propose for this vault',
    ]);
    // How many of the daily notes' lines are read depends on the everyday phrasing the reader knows.
    const meetings = findings.filter((f) => f.topic === 'meetings');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].message).toMatch(/^\d+ dated notes with no type \(not meetings, people from interaction lines\): \d+ touches$/);
    for (const f of findings.filter((x) => x.topic === 'mentions')) {
      expect(f.message).toMatch(/^\d+ of 8 dated notes that link people do so only in prose/);
      expect(f.setting).toBeNull();
    }
  });

  it('tags-only-vault: nobody is a person, a family of person tags and a folder of one-to-ones, proposed as settings', async () => {
    const findings = await doctor(fixture('tags-only-vault'));
    expect(lines(findings)).toEqual([
      'people 0: No note is a person: none has a type, categories or tags naming "person", "people", "contact", "contacts", the tag #person, or lies in a folder named "People", "Contacts"',
      'unmatched 4: The tags below #people/ name 4 people ("Ana Ruiz", "David Cho", "Kofi Mensah", "Lucia Ferreira"), none of whom has a note, on 8 notes; no rule reads such tags => {"personTagPrefix":"people/"}',
      'meetings 6: 6 dated notes in "1-1s", whose name says they are meetings, are no meetings to Goodwill, so none is a one-to-one => {"meetingFolders":["1-1s"]}',
      'daily-notes 0: No daily-note settings are in force: neither Periodic Notes\' daily notes nor the Daily notes core plugin is on, so logged lines have no place (turn one on, or set logTarget to "folder")',
      `proposal 2: Proposed settings (merged with the current ones): personTagPrefix: "people/"; meetingFolders: ["1-1s"]. \`doctor --write\` merges them into ${DATA} => {"personTagPrefix":"people/","meetingFolders":["1-1s"]}`,
    ]);
    expect(findings[1].examples).toEqual(['1-1s/2026-10-15 Ana.md', '1-1s/2026-10-29 Kofi.md', '1-1s/2026-11-05 Lucia.md']);
  });

  it('type-people-vault: type and tags, attendees three ways, fields under other names, a name that reaches no one', async () => {
    expect(lines(await doctor(fixture('type-people-vault')))).toEqual([
      'people 3: 3 notes are people because their type is "people"',
      'people 2: 2 notes are people because their tags hold "person"',
      'meetings 6: 6 dated notes with no type (meetings by their folder, people from "attendees", an attendee section, interaction lines): 8 touches, 3 one-to-ones',
      'fields 4: "can_help_with" on 4 person notes is not read; it probably means offers => {"fieldAliases":{"offers":["can_help_with"]}}',
      'fields 3: "looking_for" on 3 person notes is not read; it probably means needs => {"fieldAliases":{"needs":["looking_for"]}}',
      'names 1: "Sam Ortiz" (in 1 note) reaches no one; no person\'s name comes close (a person note of that name would count them)',
      'daily-notes 0: No daily-note settings are in force: neither Periodic Notes\' daily notes nor the Daily notes core plugin is on, so logged lines have no place (turn one on, or set logTarget to "folder")',
      `proposal 1: Proposed settings (merged with the current ones): fieldAliases: {"offers":["can_help_with"],"needs":["looking_for"]}. \`doctor --write\` merges them into ${DATA} => {"fieldAliases":{"offers":["can_help_with"],"needs":["looking_for"]}}`,
    ]);
  });

  it('prints the same findings as text, by topic, with examples', async () => {
    const r = await runGoodwill(fixture('tags-only-vault'), 'doctor', ...TODAY);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 6)).toEqual([
      'PEOPLE',
      '  - No note is a person: none has a type, categories or tags naming "person", "people", "contact", "contacts", the tag #person, or lies in a folder named "People", "Contacts"',
      '',
      'UNMATCHED',
      '  - The tags below #people/ name 4 people ("Ana Ruiz", "David Cho", "Kofi Mensah", "Lucia Ferreira"), none of whom has a note, on 8 notes; no rule reads such tags',
      '    e.g. 1-1s/2026-10-15 Ana.md, 1-1s/2026-10-29 Kofi.md, 1-1s/2026-11-05 Lucia.md',
    ]);
  });
});

describe('what else the doctor notices', () => {
  it('notes that look like people: a contact-like folder, contact details, a category naming people; a near name', async () => {
    const vault = tempVault({
      'Friends/Ana Ruiz.md': '# Ana\n',
      'Friends/Tom Bell.md': '# Tom\n',
      'Cards/Lee Wong.md': '---\ntype: card\nemail: lee@example.com\n---\n',
      'Cards/Mo Diaz.md': '---\ntype: card\nphone: "+1 555 0100"\n---\n',
      'Records/Kim Park.md': '---\ntype: crm/person\n---\n',
      'People/Sam Keller.md': '---\nLast Contact: 2026-11-01\njob-title: Designer\nbirthdate: 1990-04-02\nshoe size: 44\n---\n',
      'Meetings/2026-11-20 Sync.md': '---\nattendees: [Sam Kellr, Nobody Known]\n---\n',
    });
    expect(lines(await doctor(vault))).toEqual([
      'people 1: 1 note is a person because it lies in a folder named "People"',
      'unmatched 2: 2 notes in "Friends" look like people (the folder\'s name) but match no person rule => {"peopleFolderNames":["Friends"]}',
      'unmatched 2: 2 notes have a phone number or an email address but match no person rule; most have the type "card" => {"personTypes":["card"]}',
      'unmatched 1: 1 note has the type or category "crm/person", which names people, but matches no person rule => {"personTypes":["crm/person"]}',
      'meetings 1: 1 dated note with no type (meetings by their folder, people from "attendees"): 0 touches, 0 one-to-ones',
      'fields 1: "birthdate" on 1 person note is not read; it probably means birthday => {"fieldAliases":{"birthday":["birthdate"]}}',
      'fields 1: "job-title" on 1 person note is not read; it probably means role => {"fieldAliases":{"role":["job-title"]}}',
      'fields 1: "Last Contact" on 1 person note is not read; it probably means lastContact => {"fieldAliases":{"lastContact":["Last Contact"]}}',
      'fields 1: Also not read on person notes, meaning no field Goodwill knows: "shoe size" (1)',
      'names 1: "Nobody Known" (in 1 note) reaches no one; no person\'s name comes close (a person note of that name would count them)',
      'names 1: "Sam Kellr" (in 1 note) reaches no one; the closest person is Sam Keller',
      'daily-notes 0: No daily-note settings are in force: neither Periodic Notes\' daily notes nor the Daily notes core plugin is on, so logged lines have no place (turn one on, or set logTarget to "folder")',
      `proposal 3: Proposed settings (merged with the current ones): peopleFolderNames: ["People","Contacts","Friends"]; personTypes: ["person","people","contact","contacts","card","crm/person"]; fieldAliases: {"birthday":["birthdate"],"role":["job-title"],"lastContact":["Last Contact"]}. \`doctor --write\` merges them into ${DATA} => {"peopleFolderNames":["People","Contacts","Friends"],"personTypes":["person","people","contact","contacts","card","crm/person"],"fieldAliases":{"birthday":["birthdate"],"role":["job-title"],"lastContact":["Last Contact"]}}`,
    ]);
  });

  it('proposes mentionsAreTouches when most dated notes that link people do so only in prose', async () => {
    const vault = tempVault({
      'People/Ana Ruiz.md': '---\ntype: person\n---\n',
      'Daily/2026-11-18.md': 'Lunch with [[Ana Ruiz]] today.\n',
      'Daily/2026-11-19.md': 'Talked to [[Ana Ruiz]] about pricing.\n',
      'Daily/2026-11-20.md': '- Called [[Ana Ruiz]]\n',
    });
    const [mentions] = (await doctor(vault)).filter((f) => f.topic === 'mentions');
    expect(mentions).toEqual({
      topic: 'mentions',
      message:
        '2 of 3 dated notes that link people do so only in prose, not on a list item or in a property: so many that prose is how this vault records contact: with mentionsAreTouches each would be a touch',
      count: 2,
      examples: ['Daily/2026-11-18.md', 'Daily/2026-11-19.md'],
      setting: { mentionsAreTouches: true },
    });
  });
});

describe('doctor --write', () => {
  afterEach(() => {
    delete process.env.GOODWILL_CONFIG_DIR;
  });

  it('merges the proposal into data.json: lists unioned with the current value, scalars replaced, every other key kept', async () => {
    const vault = copyOf('tags-only-vault');
    mkdirSync(join(vault, '.obsidian/plugins/goodwill'), { recursive: true });
    const before = { horizonDays: 14, meetingFolders: ['Calls'], personTagPrefix: 'contacts/', aurora: { from: 'a newer plugin' } };
    writeFileSync(join(vault, DATA), JSON.stringify(before));
    const r = await runGoodwill(vault, 'doctor', '--write', ...TODAY);
    expect(r.err).toBe(`goodwill: ${DATA}: a setting this version does not know, kept in the file and ignored: aurora\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Written to ${DATA}`);
    expect(JSON.parse(readFileSync(join(vault, DATA), 'utf8'))).toEqual({
      horizonDays: 14,
      meetingFolders: ['Calls', '1-1s'],
      personTagPrefix: 'people/',
      aurora: { from: 'a newer plugin' },
    });
    // Written as the plugin writes it, and read back as the plugin would: nothing left to propose.
    expect(readFileSync(join(vault, DATA), 'utf8')).toMatch(/^\{\n {2}"horizonDays": 14,\n/);
    const again = await runGoodwill(vault, 'doctor', '--write', '--json', ...TODAY);
    const findings = JSON.parse(again.out) as Finding[];
    expect(findings[findings.length - 1].setting).toBeNull();
  });

  it('creates data.json, and its folders, in the config folder GOODWILL_CONFIG_DIR names', async () => {
    const vault = copyOf('tags-only-vault');
    process.env.GOODWILL_CONFIG_DIR = '.obsidian-mobile';
    await doctor(vault, '--write');
    expect(JSON.parse(readFileSync(join(vault, '.obsidian-mobile/plugins/goodwill/data.json'), 'utf8'))).toEqual({
      personTagPrefix: 'people/',
      meetingFolders: ['1-1s'],
    });
    expect(existsSync(join(vault, DATA))).toBe(false);
  });

  it('with --config is a usage error (exit 2): --config names other settings than the plugin keeps', async () => {
    const vault = copyOf('tags-only-vault');
    writeFileSync(join(vault, 'settings.json'), '{}');
    const r = await runGoodwill(vault, 'doctor', '--write', '--config', join(vault, 'settings.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain("goodwill: doctor --write merges into the plugin's settings (data.json); it does not go with --config");
    expect(existsSync(join(vault, DATA))).toBe(false);
  });

  it('a data.json that is not JSON stops the doctor too, naming the file, and is left as it is', async () => {
    const vault = copyOf('tags-only-vault');
    mkdirSync(join(vault, '.obsidian/plugins/goodwill'), { recursive: true });
    writeFileSync(join(vault, DATA), '{"personTagPrefix": ');
    expect(await runGoodwill(vault, 'doctor', '--write')).toEqual({ code: 1, out: '', err: `goodwill: ${DATA} is not valid JSON\n` });
    expect(readFileSync(join(vault, DATA), 'utf8')).toBe('{"personTagPrefix": ');
  });

  const leftovers = (vault: string) => readdirSync(join(vault, '.obsidian/plugins/goodwill')).sort();

  it('on a read-only config folder: exit 1, nothing half-written', async (ctx) => {
    if (!permissionsBind) ctx.skip();
    const vault = copyOf('tags-only-vault');
    const folder = join(vault, '.obsidian/plugins/goodwill');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(vault, DATA), '{"horizonDays": 14}');
    chmodSync(folder, 0o555);
    try {
      const r = await runGoodwill(vault, 'doctor', '--write', ...TODAY);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`goodwill: ${DATA} could not be written (permission denied); nothing was written\n`);
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(readFileSync(join(vault, DATA), 'utf8')).toBe('{"horizonDays": 14}');
    expect(leftovers(vault)).toEqual(['data.json']);
  });

  it('when the disk refuses the write halfway: exit 1, data.json as it was, no temporary file left', async () => {
    const vault = copyOf('tags-only-vault');
    mkdirSync(join(vault, '.obsidian/plugins/goodwill'), { recursive: true });
    writeFileSync(join(vault, DATA), '{"horizonDays": 14}');
    const failing = {
      write: (_fd: number, data: Uint8Array, offset: number) => {
        if (offset > 0) throw Object.assign(new Error('EROFS: read-only file system, write'), { code: 'EROFS' });
        return Math.min(8, data.length);
      },
    };
    const r = await runGoodwillOn(failing, vault, 'doctor', '--write', ...TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`goodwill: ${DATA} could not be written (permission denied); nothing was written\n`);
    expect(readFileSync(join(vault, DATA), 'utf8')).toBe('{"horizonDays": 14}');
    expect(leftovers(vault)).toEqual(['data.json']);
  });

  it('a config folder that leads out of the vault through a link is refused like any write', async (ctx) => {
    const vault = copyOf('tags-only-vault');
    const outside = join(tmpdir(), `goodwill-outside-${process.pid}-${Date.now()}`);
    mkdirSync(outside, { recursive: true });
    if (!makeLink(outside, join(vault, '.obsidian'), 'dir')) ctx.skip();
    const r = await runGoodwill(vault, 'doctor', '--write', ...TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toBe('goodwill: .obsidian is outside the vault (through a link); Goodwill writes only inside the vault\n');
    expect(readdirSync(outside)).toEqual([]);
  });
});
