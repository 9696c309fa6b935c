import { describe, expect, it } from 'vitest';
import { PERSON_FIELDS } from '../../../src/core/model/field-aliases';
import { answers } from '../../helpers/vault';

const today = '2026-11-25';
const note = (yaml: string, body = '') => `---\ntype: person\n${yaml}\n---\n${body}`;

function personOf(yaml: string, settings = {}) {
  const a = answers({ 'People/Ann.md': note(yaml) }, today, settings);
  return { a, person: a.index.resolve().people[0] };
}

describe('the person field alias table', () => {
  it.each([
    ['cadence: 2w', { cadence: { unit: 'days', count: 14 } }],
    ['cadence_days: 30', { cadence: { unit: 'days', count: 30 } }],
    ['frequency: 14', { cadence: { unit: 'days', count: 14 } }],
    ['frequency: "21"', { cadence: { unit: 'days', count: 21 } }],
    ['keep_in_touch: monthly', { cadence: { unit: 'months', count: 1 } }],
    ['met: 2026-01-02', { met: 20455 }],
    ['date_met: 2026-01-02', { met: 20455 }],
    ['met_on: 2026-01-02', { met: 20455 }],
    ['first_met: 2026-01-02', { met: 20455 }],
    ['last_contact: 2026-01-02', { lastContact: 20455 }],
    ['last-contact: 2026-01-02', { lastContact: 20455 }],
    ['lastContact: 2026-01-02', { lastContact: 20455 }],
    ['last_contacted: 2026-01-02', { lastContact: 20455 }],
    ['role: CTO', { role: 'CTO' }],
    ['job_title: CTO', { role: 'CTO' }],
    ['company: Acme', { company: 'Acme', companyTarget: null }],
    ['org: "[[Orgs/Fernway|Fernway Inc]]"', { company: 'Fernway', companyTarget: 'orgs/fernway' }],
    ['organization: [[Fernway]]', { company: 'Fernway', companyTarget: 'fernway' }],
    ['organisation:\n  - "[[Tidewater Labs]]"', { company: 'Tidewater Labs', companyTarget: 'tidewater labs' }],
    [
      'company:\n  - "[[Acme]]"\n  - Initech',
      {
        company: 'Acme',
        companies: [
          { name: 'Acme', target: 'acme' },
          { name: 'Initech', target: null },
        ],
      },
    ],
    [
      'org: "[[Orgs/Acme|Acme Inc]], [[Globex]]"',
      {
        company: 'Acme',
        companies: [
          { name: 'Acme', target: 'orgs/acme' },
          { name: 'Globex', target: 'globex' },
        ],
      },
    ],
    ['company: [[Acme]]', { companies: [{ name: 'Acme', target: 'acme' }] }],
    ['company: Smith, Jones & Co', { companies: [{ name: 'Smith, Jones & Co', target: null }] }],
    ['company: [Acme, acme]', { companies: [{ name: 'Acme', target: null }] }],
    ['birthday: 1990-11-29', { birthday: { month: 11, date: 29 } }],
    ['bday: 06-14', { birthday: { month: 6, date: 14 } }],
    ['dob: 1987-12-01', { birthday: { month: 12, date: 1 } }],
    ['Job_Title: CTO', { role: 'CTO' }],
  ])('%s', (yaml, expected) => {
    expect(personOf(yaml).person).toMatchObject(expected);
  });

  it('lists every field the README documents, each key once', () => {
    const keys = Object.values(PERSON_FIELDS).flatMap((k) => k.map((x) => x.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the first key in table order wins; a second key with another value is a check line', () => {
    const { a, person } = personOf('frequency: 30\ncadence: 2w\nkeep_in_touch: 2w');
    expect(person.cadence).toEqual({ unit: 'days', count: 14 });
    expect(a.check()).toEqual([
      { file: 'People/Ann.md', line: 1, message: '"frequency" differs from "cadence": the cadence is read from "cadence"' },
    ]);
  });

  it('two keys with the same value, or an empty one, say nothing', () => {
    expect(personOf('last_contact: 2026-01-02\nlastContact: 2026-01-02\nrole:\njob_title: CTO').a.check()).toEqual([]);
    expect(personOf('role:\njob_title: CTO').person.role).toBe('CTO');
  });

  it('keys starting with goodwill- are never read', () => {
    const { a, person } = personOf('goodwill-role: Spy\nrole: CTO');
    expect(person.role).toBe('CTO');
    expect(a.check()).toEqual([]);
  });

  it('fieldAliases extends the table after its own keys', () => {
    expect(personOf('contact_every: 10d', { fieldAliases: { cadence: ['contact_every'] } }).person.cadence).toEqual({
      unit: 'days',
      count: 10,
    });
    expect(personOf('contact_every: 10d\ncadence: 2w', { fieldAliases: { cadence: ['contact_every'] } }).person.cadence).toEqual({
      unit: 'days',
      count: 14,
    });
    expect(personOf('contact_every: 10d').person.cadence).toBeNull();
  });
});

describe('what the fields mean', () => {
  it('last contact is a touch on that day, but starts no first follow-up', () => {
    const a = answers({ 'People/Ann.md': note('last_contact: 2026-11-20\ncadence_days: 10') }, today);
    expect(a.people()[0].lastContact).toBe('2026-11-20');
    expect(a.followups(true).map((f) => `${f.due} ${f.kind}`)).toEqual(['2026-11-30 reconnect']);
  });

  it('the later of the field and the notes is the last contact', () => {
    const a = answers(
      { 'People/Ann.md': note('last_contact: 2026-10-20'), 'Daily/2026-11-18.md': '- Met [[Ann]]', 'Daily/2026-09-01.md': '- Met [[Ann]]' },
      today,
    );
    expect(a.people()[0].lastContact).toBe('2026-11-18');
  });

  it('a company link shows its target name in the people rows', () => {
    const a = answers({ 'People/Ann.md': note('org: "[[Orgs/Fernway]]"') }, today);
    expect(a.people()[0].company).toBe('Fernway');
  });
});
