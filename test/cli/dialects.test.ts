import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { touchDays } from '../../src/core/index/ledger-facts';
import { formatDay } from '../../src/core/model/day';
import { filesOf } from '../obsidian/harness-files';
import { answers, day } from '../helpers/vault';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

/**
 * The fixture vaults of test/fixtures/dialects, answered with no
 * configuration as their EXPECTED.md says: through the CLI's JSON, and
 * through the core for what the JSON does not show (touches, one-to-ones).
 */
const TODAY = '2026-11-25';
const root = (vault: string) => `test/fixtures/dialects/${vault}`;

async function cli(vault: string, ...argv: string[]): Promise<unknown> {
  let out = '';
  let err = '';
  const folder = vault.startsWith('/') ? vault : root(vault);
  const code = await runCli([folder, ...argv, '--today', TODAY, '--json'], { out: (t) => (out += t), err: (t) => (err += t) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as unknown;
}

/** name → "last contact | touch days | one-to-ones" */
async function people(vault: string): Promise<Record<string, string>> {
  const rows = (await cli(vault, 'people')) as { name: string; file: string; lastContact: string | null }[];
  const network = answers(filesOf(root(vault)), TODAY).index.resolve();
  const out: Record<string, string> = {};
  for (const row of rows) {
    const entries = network.ledger(network.directory.byPath(row.file)!);
    const touches = new Set(touchDays(entries, day(TODAY))).size;
    const oneToOnes = entries.filter((e) => e.oneToOne && e.date <= day(TODAY)).length;
    out[`${row.name} (${row.file})`] = `${row.lastContact ?? '-'} | ${touches} | ${oneToOnes}`;
  }
  return out;
}

async function followups(vault: string): Promise<string[]> {
  const rows = (await cli(vault, 'followups', '--all')) as { due: string; kind: string; person: string; file: string }[];
  return rows.map((r) => `${r.due} ${r.kind} ${r.person} ${r.file}`);
}

describe('categories-vault: categories "[[People]]" and "[[Meetings]]", people: in meetings', () => {
  it('people, last contact, touches and one-to-ones', async () => {
    expect(await people('categories-vault')).toEqual({
      'Aisha Karim (References/Aisha Karim.md)': '2026-10-28 | 1 | 0',
      'Jonah Reyes (References/Jonah Reyes.md)': '2026-10-28 | 1 | 0',
      'Maya Lin (References/Maya Lin.md)': '2026-11-19 | 2 | 1',
      'Priya Natarajan (References/Priya Natarajan.md)': '2026-11-10 | 1 | 1',
      'Tom Becker (References/Tom Becker.md)': '2026-11-19 | 1 | 0',
    });
  });

  it('follow-ups, and nothing for check', async () => {
    expect(await followups('categories-vault')).toEqual([
      '2026-11-17 promise Priya Natarajan Notes/2026-11-10 Meeting with Priya.md',
      '2026-11-21 first-follow-up Tom Becker Notes/2026-11-19 Meeting with Maya and Tom.md',
      '2026-11-26 promise Maya Lin Notes/2026-11-19 Meeting with Maya and Tom.md',
      '2027-03-09 birthday Jonah Reyes References/Jonah Reyes.md',
    ]);
    expect(await cli('categories-vault', 'check')).toEqual([]);
  });
});

describe('interactions-vault: one note per interaction, person: "[[People/X]]", cadence_days', () => {
  it('people, last contact, touches and one-to-ones', async () => {
    expect(await people('interactions-vault')).toEqual({
      'Ben Adeyemi (People/Ben Adeyemi.md)': '2026-11-24 | 2 | 0',
      'Elena Varga (People/Elena Varga.md)': '2026-11-10 | 2 | 0',
      'Ines Duarte (People/Ines Duarte.md)': '2026-10-01 | 1 | 0',
      'Noor Haddad (People/Noor Haddad.md)': '2026-11-19 | 2 | 0',
      'Sam Whitfield (People/Sam Whitfield.md)': '2026-11-13 | 2 | 0',
    });
  });

  it('follow-ups and reconnects, and nothing for check', async () => {
    expect(await followups('interactions-vault')).toEqual([
      '2026-10-31 reconnect Ines Duarte People/Ines Duarte.md',
      '2026-11-29 birthday Ines Duarte People/Ines Duarte.md',
      '2026-12-01 promise Ben Adeyemi Journal/2026-11-24.md',
      '2026-12-01 reconnect Elena Varga People/Elena Varga.md',
      '2026-12-24 reconnect Ben Adeyemi People/Ben Adeyemi.md',
      '2026-12-28 reconnect Sam Whitfield People/Sam Whitfield.md',
    ]);
    expect(await cli('interactions-vault', 'check')).toEqual([]);
  });
});

describe('periodic-vault: tags [people], keep_in_touch, daily notes under 2026/Journal/', () => {
  it('people, last contact, touches and one-to-ones', async () => {
    expect(await people('periodic-vault')).toEqual({
      'Clara Jensen (People/Clara Jensen.md)': '2026-11-13 | 2 | 1',
      'Farah Qureshi (People/Farah Qureshi.md)': '2026-10-05 | 1 | 0',
      'Mateo Rossi (People/Mateo Rossi.md)': '2026-11-17 | 1 | 0',
      'Olu Bankole (People/Olu Bankole.md)': '2026-11-23 | 3 | 0',
      'Yuki Tanaka (People/Yuki Tanaka.md)': '2026-11-24 | 2 | 1',
    });
  });

  it('follow-ups and reconnects, and nothing for check', async () => {
    expect(await followups('periodic-vault')).toEqual([
      '2026-11-05 reconnect Farah Qureshi People/Farah Qureshi.md',
      '2026-11-19 first-follow-up Mateo Rossi 2026/Journal/11-November/2026-11-17-Tuesday.md',
      '2026-11-27 promise Mateo Rossi 2026/Journal/11-November/2026-11-23-Monday.md',
      '2026-11-27 reconnect Clara Jensen People/Clara Jensen.md',
      '2026-12-01 promise Yuki Tanaka 2026/Journal/11-November/2026-11-24-Tuesday.md',
      '2026-12-23 reconnect Olu Bankole People/Olu Bankole.md',
      '2027-02-24 reconnect Yuki Tanaka People/Yuki Tanaka.md',
    ]);
    expect(await cli('periodic-vault', 'check')).toEqual([]);
  });

  it('everyday phrasing: "Had lunch with" a one-to-one touch, "[[X]] sent me" a receipt, "[[X]] messaged" a touch, "Will send" a promise, a call with two people a touch with both', () => {
    const network = answers(filesOf(root('periodic-vault')), TODAY).index.resolve();
    const rows = [...network.ledgers.values()].flatMap(({ person, entries }) =>
      entries.map((e) => `${formatDay(e.date)} ${person.name} ${e.type}${e.oneToOne ? ' 1:1' : ''}`),
    );
    expect(rows.sort()).toEqual([
      '2026-10-05 Farah Qureshi touch',
      '2026-10-21 Yuki Tanaka touch 1:1',
      '2026-11-09 Clara Jensen touch 1:1',
      '2026-11-13 Clara Jensen touch',
      '2026-11-13 Olu Bankole touch',
      '2026-11-17 Mateo Rossi touch',
      '2026-11-20 Olu Bankole receipt',
      '2026-11-23 Mateo Rossi promise',
      '2026-11-23 Olu Bankole thanks',
      '2026-11-24 Yuki Tanaka promise',
      '2026-11-24 Yuki Tanaka touch',
    ]);
  });
});

describe('tags-only-vault: people only as #people/first-last tags', () => {
  it('has no people with no configuration: #people/ana-ruiz is not #people', async () => {
    expect(await cli('tags-only-vault', 'people')).toEqual([]);
  });

  it('check says there is no one, and points to doctor', async () => {
    const rows = (await cli('tags-only-vault', 'check')) as { file: string | null; message: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].file).toBeNull();
    expect(rows[0].message).toMatch(/^no people found: .*doctor/);
  });

  it('after doctor --write (personTagPrefix "people/", meetingFolders "1-1s"): the people, touches and one-to-ones of EXPECTED.md', async () => {
    const vault = tempVault();
    cpSync(root('tags-only-vault'), vault, { recursive: true });
    const findings = (await cli(vault, 'doctor', '--write')) as { topic: string; setting: unknown }[];
    expect(findings[findings.length - 1]).toMatchObject({
      topic: 'proposal',
      setting: { personTagPrefix: 'people/', meetingFolders: ['1-1s'] },
    });
    const written = JSON.parse(readFileSync(join(vault, '.obsidian/plugins/goodwill/data.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toEqual({ personTagPrefix: 'people/', meetingFolders: ['1-1s'] });

    const rows = (await cli(vault, 'people')) as { name: string; file: string | null; lastContact: string | null }[];
    expect(rows.map((r) => `${r.name} | ${r.file} | ${r.lastContact}`)).toEqual([
      'Ana Ruiz | null | 2026-11-17',
      'David Cho | null | 2026-11-24',
      'Kofi Mensah | null | 2026-11-19',
      'Lucia Ferreira | null | 2026-11-17',
    ]);
    const network = answers(filesOf(vault), TODAY, written).index.resolve();
    const counted = Object.fromEntries(
      [...network.ledgers.values()].map(({ person, entries }) => [
        person.name,
        `${new Set(touchDays(entries, day(TODAY))).size} | ${entries.filter((e) => e.oneToOne && e.date <= day(TODAY)).length}`,
      ]),
    );
    expect(counted).toEqual({ 'Ana Ruiz': '3 | 2', 'David Cho': '2 | 1', 'Kofi Mensah': '2 | 2', 'Lucia Ferreira': '2 | 1' });
    const touches = [...network.ledgers.values()]
      .flatMap(({ person, entries }) => entries.map((e) => `${formatDay(e.date)} ${person.name}${e.oneToOne ? ' 1:1' : ''} ${e.file}`))
      .sort();
    expect(touches).toEqual([
      '2026-10-15 Ana Ruiz 1:1 1-1s/2026-10-15 Ana.md',
      '2026-10-29 Kofi Mensah 1:1 1-1s/2026-10-29 Kofi.md',
      '2026-11-05 Lucia Ferreira 1:1 1-1s/2026-11-05 Lucia.md',
      '2026-11-12 Ana Ruiz 1:1 1-1s/2026-11-12 Ana.md',
      '2026-11-17 Ana Ruiz Meetings/2026-11-17 Founder dinner.md',
      '2026-11-17 David Cho Meetings/2026-11-17 Founder dinner.md',
      '2026-11-17 Lucia Ferreira Meetings/2026-11-17 Founder dinner.md',
      '2026-11-19 Kofi Mensah 1:1 1-1s/2026-11-19 Kofi.md',
      '2026-11-24 David Cho 1:1 1-1s/2026-11-24 David.md',
    ]);
    const table = await runGoodwill(vault, 'people', '--today', TODAY);
    expect(table.out.split('\n')[2]).toMatch(/^Ana Ruiz +known +amber +2026-11-17 +—$/);
    // No follow-ups: the tasks name people in plain words, and David was touched again after first meeting him.
    expect(await followups(vault)).toEqual([]);
    expect(await cli(vault, 'check')).toEqual([]);
  });
});

describe('type-people-vault: type: people, tags [person], attendee sections, field aliases, a heading alias', () => {
  it('people, last contact, touches and one-to-ones', async () => {
    expect(await people('type-people-vault')).toEqual({
      'Dana Okoro (CRM/Dana Okoro.md)': '2026-11-18 | 2 | 1',
      'Hannah Cole (CRM/Hannah Cole.md)': '2026-11-23 | 2 | 1',
      'Lee W (CRM/Lee W.md)': '2026-11-12 | 2 | 1',
      'Marco Silva (CRM/Marco Silva.md)': '2026-09-15 | 1 | 0',
      'Ravi Menon (CRM/Ravi Menon.md)': '2026-11-23 | 2 | 0',
    });
  });

  it('fields from their aliases: role, company from a link or a name', async () => {
    const rows = (await cli('type-people-vault', 'people')) as { name: string; company: string | null; cadence: string | null }[];
    expect(rows.map((r) => `${r.name}: ${r.company ?? '-'}, ${r.cadence ?? '-'}`)).toEqual([
      'Dana Okoro: Fernway, 14d',
      'Hannah Cole: -, 21d',
      'Lee W: Brightline Health, 30d',
      'Marco Silva: Independent, 60d',
      'Ravi Menon: Northgate Ventures, -',
    ]);
  });

  it('follow-ups, reconnects and birthdays, and nothing for check', async () => {
    expect(await followups('type-people-vault')).toEqual([
      '2026-11-13 promise Lee W Meetings/2026-11-12 Hiring sync.md',
      '2026-11-14 reconnect Marco Silva CRM/Marco Silva.md',
      '2026-11-25 nudge Dana Okoro Meetings/2026-11-18 Dana pricing review.md',
      '2026-11-27 promise Hannah Cole Meetings/2026-11-23 Hannah and Ravi.md',
      '2026-12-01 birthday Lee W CRM/Lee W.md',
      '2026-12-02 reconnect Dana Okoro CRM/Dana Okoro.md',
      '2026-12-12 reconnect Lee W CRM/Lee W.md',
      '2026-12-14 reconnect Hannah Cole CRM/Hannah Cole.md',
      '2027-06-14 birthday Dana Okoro CRM/Dana Okoro.md',
    ]);
    expect(await cli('type-people-vault', 'check')).toEqual([]);
  });

  it('the touches come from attendees, an Attendees section and an Attendees label', () => {
    const network = answers(filesOf(root('type-people-vault')), TODAY).index.resolve();
    const rows = [...network.ledgers.values()].flatMap(({ person, entries }) =>
      entries.map((e) => `${formatDay(e.date)} ${person.name} ${e.type}${e.oneToOne ? ' 1:1' : ''} ${e.file}`),
    );
    expect(rows.filter((r) => / (meeting|last-contact) /.test(r)).sort()).toEqual([
      '2026-09-15 Marco Silva last-contact CRM/Marco Silva.md',
      '2026-10-06 Lee W meeting 1:1 Meetings/2026-10-06 Lunch with Lee.md',
      '2026-10-20 Dana Okoro last-contact CRM/Dana Okoro.md',
      '2026-10-20 Dana Okoro meeting Meetings/2026-10-20 Fernway intro call.md',
      '2026-10-20 Ravi Menon meeting Meetings/2026-10-20 Fernway intro call.md',
      '2026-11-03 Hannah Cole meeting 1:1 Meetings/2026-11-03 Coffee - Hannah.md',
      '2026-11-12 Lee W last-contact CRM/Lee W.md',
      '2026-11-12 Lee W meeting Meetings/2026-11-12 Hiring sync.md',
      '2026-11-18 Dana Okoro meeting 1:1 Meetings/2026-11-18 Dana pricing review.md',
      '2026-11-23 Hannah Cole meeting Meetings/2026-11-23 Hannah and Ravi.md',
      '2026-11-23 Ravi Menon meeting Meetings/2026-11-23 Hannah and Ravi.md',
    ]);
  });
});
