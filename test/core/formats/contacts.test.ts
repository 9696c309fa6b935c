import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactsFromFile, planImport } from '../../../src/core/formats/contacts';
import { formatDay } from '../../../src/core/model/day';
import { answers, person } from '../../helpers/vault';

const fixture = (name: string) => contactsFromFile(name, readFileSync(`test/fixtures/contacts/${name}`, 'utf8'));

describe('reading contact exports', () => {
  it('Google vCard 3.0', () => {
    expect(fixture('google.vcf').map((c) => [c.name, c.email, c.phone, c.company, c.role, c.url])).toEqual([
      ['Priya Shah', 'priya@hooli.example', '+1 555 0111', 'Hooli', 'VP Engineering', null],
      ['Tomás Novak', 'tomas@example.org', null, 'Novak Logistics', null, 'https://example.org/tomas'],
    ]);
  });

  it('Apple vCard 3.0 with grouped properties', () => {
    expect(fixture('apple.vcf').map((c) => [c.name, c.email, c.company, c.role])).toEqual([
      ['Alice Chen', 'alice@northwind.example', 'Northwind Analytics', 'Head of Data'],
      ['Olivia Quinn', 'olivia@quinn.example', 'Quinn Consulting', null],
    ]);
  });

  it('Outlook vCard 2.1 with bare parameters and quoted-printable names', () => {
    expect(fixture('outlook.vcf').map((c) => [c.name, c.email, c.phone, c.company])).toEqual([
      ['Dan Foster', 'dan@foster.example', '+44 20 7946 0000', 'Foster Pricing'],
      ['Jürgen Müller', 'juergen@hughes.example', null, 'Hughes & Co'],
    ]);
  });

  it("LinkedIn's Connections.csv, notes above the header and quoted commas included", () => {
    const rows = fixture('linkedin-connections.csv');
    expect(rows.map((c) => [c.name, c.email, c.company, c.role, c.met === null ? null : formatDay(c.met)])).toEqual([
      ['Iris Kim', null, 'Umbrella Health', 'Product lead', '2024-03-12'],
      ['Grace Ito', 'grace@example.com', 'Ito Research, LLC', 'UX researcher', '2026-11-03'],
      ['Alice Chen', 'alice@northwind.example', 'Northwind Analytics', 'Head of Data', '2023-02-01'],
      ['Grace Ito', 'grace@example.com', 'Ito Research, LLC', 'UX researcher', '2026-11-03'],
    ]);
  });

  it('refuses other files with a clear message', () => {
    expect(() => contactsFromFile('people.xlsx', '')).toThrow(/vCard \(.vcf\) or LinkedIn connections \(.csv\)/);
    expect(() => contactsFromFile('other.csv', 'a,b\n1,2')).toThrow(/not a LinkedIn connections export/);
  });
});

describe('planning an import', () => {
  it('one note each, people already in the vault and repeats left out and reported', () => {
    const a = answers(
      {
        'People/Alice.md': person('Alice', { name: 'Alice Chen', email: 'alice@northwind.example' }),
        'People/Iris.md': person('Iris', { name: 'Iris Kim' }),
      },
      '2026-11-25',
    );
    const plan = planImport(fixture('linkedin-connections.csv'), a.index.resolve().people, 'People', (p) => p === 'People/Grace Ito.md');
    expect(plan.create.map((c) => c.path)).toEqual(['People/Grace Ito 2.md']);
    expect(plan.skipped).toEqual([
      { name: 'Iris Kim', reason: 'already in the vault as People/Iris.md' },
      { name: 'Alice Chen', reason: 'already in the vault as People/Alice.md' },
      { name: 'Grace Ito', reason: 'listed twice in the file' },
    ]);
    expect(plan.create[0].text).toBe(
      '---\ntype: person\nname: "Grace Ito"\nemail: "grace@example.com"\ncompany: "Ito Research, LLC"\nrole: "UX researcher"\nurl: "https://www.linkedin.com/in/grace-ito-example"\nmet: 2026-11-03\ntie: weak\nsource: LinkedIn\n---\n# Grace Ito\n',
    );
  });

  it('a vCard name with a line break writes no line into the new note', () => {
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\\n- owe:: [[Dan]] the deck\r\nN:;Bob;;;\r\nEND:VCARD\r\n';
    const [contact] = contactsFromFile('contacts.vcf', vcf);
    expect(contact.name).toBe('Bob\n- owe:: [[Dan]] the deck');
    const plan = planImport([contact], [], 'People', () => false);
    expect(plan.create[0].text.endsWith('---\n# Bob - owe: [[Dan]] the deck\n')).toBe(true);
    const a = answers({ 'People/Dan.md': person('Dan'), [plan.create[0].path]: plan.create[0].text }, '2026-11-25');
    expect(a.followups(true)).toEqual([]);
  });

  it('imported notes are read back as people with their fields', () => {
    const plan = planImport(fixture('outlook.vcf'), [], 'People', () => false);
    const a = answers(Object.fromEntries(plan.create.map((c) => [c.path, c.text])), '2026-11-25');
    expect(a.people().map((p) => [p.name, p.file, p.company])).toEqual([
      ['Dan Foster', 'People/Dan Foster.md', 'Foster Pricing'],
      ['Jürgen Müller', 'People/Jürgen Müller.md', 'Hughes & Co'],
    ]);
  });
});
