import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contact, contactsFromFile, planImport } from '../../../src/core/formats/contacts';
import { formatDay } from '../../../src/core/model/day';
import type { Person } from '../../../src/core/read/people';
import { answers, person } from '../../helpers/vault';

const fixture = (name: string) => contactsFromFile(name, readFileSync(`test/fixtures/contacts/${name}`, 'utf8'));
/** As the CLI and the plugin read an export: its bytes. */
const bytes = (name: string) => contactsFromFile(name, new Uint8Array(readFileSync(`test/fixtures/contacts/${name}`)));
const fields = (c: Contact) => [c.name, c.email, c.phone, c.company, c.role, c.url];

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

describe('exports read as their programs write them', () => {
  const google = fixture('google.vcf').map(fields);

  it('a UTF-8 byte-order mark, UTF-16 with a mark (Outlook\'s "Unicode" export) and UTF-16 without one', () => {
    expect(bytes('google-bom.vcf').map(fields)).toEqual(google);
    expect(fixture('google-bom.vcf').map(fields)).toEqual(google);
    expect(bytes('outlook-utf16le.vcf').map(fields)).toEqual(google);
    expect(bytes('utf16be-no-bom.vcf').map(fields)).toEqual(google);
  });

  it('vCard 2.1 in ISO-8859-1: quoted-printable soft line breaks, and 8-bit text', () => {
    expect(bytes('outlook-latin1.vcf').map(fields)).toEqual([
      ['Hélène Lévesque', 'helene@eaux.example', null, 'Société Générale des Eaux et des Forêts de Bourgogne', null, null],
      ['José García', 'jose@garcia.example', null, null, null, null],
    ]);
  });

  it('vCard 3.0 with a base64 photo, and URLs that end in "="', () => {
    expect(bytes('apple-photo.vcf').map(fields)).toEqual([
      ['Grace Ito', 'grace@example.com', null, 'Ito Research', null, 'https://www.linkedin.com/profile/view?id='],
      ['Liam Novak', 'liam@novak.example', null, null, null, 'https://example.org/?q=a=='],
    ]);
  });

  it('a card that cannot be read is reported with its reason; the other cards are read', () => {
    const card = (fn: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${fn}\r\nEND:VCARD\r\n`;
    const contacts = contactsFromFile('x.vcf', card('FN:Ann Lee') + card('FN;=x:Bob Bad') + card('FN:Cy Doe'));
    const plan = planImport(contacts, [], 'People', () => false);
    expect(plan.create.map((c) => c.contact.name)).toEqual(['Ann Lee', 'Cy Doe']);
    expect(plan.skipped).toEqual([{ name: 'Bob Bad', reason: "card not readable: Empty parameter name in ';=x:Bob Bad'" }]);
  });

  /** A contact as a vCard exporter writes it: 3.0 with escapes and folding, or 2.1 quoted-printable in a charset. */
  function written(c: { name: string; email: string; company: string; url: string }, form: '3.0' | '2.1-utf8' | '2.1-latin1'): string {
    if (form === '3.0') {
      const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
      const fold = (line: string) => (line.match(/.{1,40}/gu) ?? ['']).join('\r\n ');
      return [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${esc(c.name)}`,
        `ORG:${esc(c.company)}`,
        `EMAIL;TYPE=INTERNET:${c.email}`,
        `URL:${c.url}`,
        'END:VCARD',
      ]
        .map(fold)
        .join('\r\n');
    }
    const charset = form === '2.1-utf8' ? 'UTF-8' : 'ISO-8859-1';
    const qp = (s: string) => {
      const raw = form === '2.1-utf8' ? [...Buffer.from(s, 'utf8')] : [...Buffer.from(s, 'latin1')];
      let out = '';
      let width = 0;
      for (const b of raw) {
        const piece = b > 32 && b < 127 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + piece.length > 70) {
          out += '=\r\n';
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out;
    };
    const encoded = `CHARSET=${charset};ENCODING=QUOTED-PRINTABLE`;
    return [
      'BEGIN:VCARD',
      'VERSION:2.1',
      `FN;${encoded}:${qp(c.name)}`,
      `ORG;${encoded}:${qp(c.company)}`,
      `EMAIL;INTERNET:${c.email}`,
      `URL:${c.url}`,
      'END:VCARD',
    ].join('\r\n');
  }

  const encodings: Record<string, (text: string) => Uint8Array> = {
    utf8: (t) => Buffer.from(t, 'utf8'),
    'utf8 with a mark': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    'utf16le with a mark': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    utf16le: (t) => Buffer.from(t, 'utf16le'),
    utf16be: (t) => Buffer.from(t, 'utf16le').swap16(),
  };

  it('whatever the names, in 3.0 or 2.1, in UTF-8, ISO-8859-1 or UTF-16, every contact reads back as written', () => {
    const word = fc
      .array(fc.constantFrom(..."AbcdeXyz019éÉüñçøß-'.=&;,\\ 日本", ...['Zoë', 'O’Brien']), { minLength: 1, maxLength: 12 })
      .map((cs) => cs.join('').replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0);
    const contact = fc.record({
      name: word,
      company: word,
      email: fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/),
      url: fc.stringMatching(/^https:\/\/example\.org\/[a-z?=&]{0,12}$/),
    });
    fc.assert(
      fc.property(
        fc.array(contact, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('3.0', '2.1-utf8', '2.1-latin1') as fc.Arbitrary<'3.0' | '2.1-utf8' | '2.1-latin1'>,
        fc.constantFrom(...Object.keys(encodings)),
        (list, form, encoding) => {
          // ISO-8859-1 holds no CJK. 2.1 has no escape for a backslash, so `\;` cannot be written there; ';' in an ORG separates units.
          const fit = (t: string) =>
            (form === '2.1-latin1' ? t.replace(/[^\u0000-\u00ff]/g, 'x') : t).replace(form === '3.0' ? /(?!)/ : /\\/g, '/');
          const usable = list.map((c) => ({ ...c, name: fit(c.name), company: fit(c.company) }));
          const shown = usable.map((c) => ({ ...c, company: form === '3.0' ? c.company : c.company.split(';')[0] }));
          const text = usable.map((c) => written(c, form)).join('\r\n') + '\r\n';
          const read = contactsFromFile('export.vcf', encodings[encoding](text));
          expect(read.map((c) => [c.name, c.email, c.company, c.url])).toEqual(
            shown.map((c) => [c.name.trim(), c.email, c.company.trim() || null, c.url]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('one rule for contacts of the same name, within the file and against the vault', () => {
  const vault = (...people: Partial<Person>[]) =>
    people.map((p) => ({ name: 'John Smith', aliases: [], email: null, path: 'People/John Smith.md', ...p }) as Person);
  const contact = (name: string, email: string | null): Contact => ({
    name,
    email,
    phone: null,
    company: null,
    role: null,
    url: null,
    met: null,
    source: 'vCard',
  });
  const taken = (paths: string[]) => (p: string) => paths.includes(p);

  it('a contact of the vault listed twice in the file is reported as listed twice the second time', () => {
    const plan = planImport(
      [contact('Iris Kim', 'iris@x.example'), contact('iris kim', null), contact('Iris Kim', 'iris@x.example')],
      vault({ name: 'Iris Kim', email: 'iris@x.example', path: 'People/Iris Kim.md' }),
      'People',
      () => false,
    );
    expect(plan.skipped).toEqual([
      { name: 'Iris Kim', reason: 'already in the vault as People/Iris Kim.md' },
      { name: 'iris kim', reason: 'listed twice in the file' },
      { name: 'Iris Kim', reason: 'listed twice in the file' },
    ]);
  });

  it('same email: the same contact', () => {
    const plan = planImport(
      [contact('J. Smith', 'john@x.example')],
      vault({ email: 'john@x.example' }),
      'People',
      taken(['People/John Smith.md']),
    );
    expect(plan.skipped).toEqual([{ name: 'J. Smith', reason: 'already in the vault as People/John Smith.md' }]);
  });

  it('no email on either side and the same name: the same contact', () => {
    const plan = planImport(
      [contact('john  smith', null), contact('John Smith', null)],
      vault({}),
      'People',
      taken(['People/John Smith.md']),
    );
    expect(plan.create).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['already in the vault as People/John Smith.md', 'listed twice in the file']);
  });

  it('the same name with different emails: a note "<name> 2" and a check line, against the vault and within the file', () => {
    const plan = planImport(
      [
        contact('John Smith', 'other@x.example'),
        contact('Ann Lee', 'ann@x.example'),
        contact('Ann Lee', 'ann@y.example'),
        contact('Ann Lee', 'ann@x.example'),
      ],
      vault({ email: 'john@x.example' }),
      'People',
      taken(['People/John Smith.md']),
    );
    expect(plan.create.map((c) => c.path)).toEqual(['People/John Smith 2.md', 'People/Ann Lee.md', 'People/Ann Lee 2.md']);
    expect(plan.clashes).toEqual([
      {
        name: 'John Smith',
        path: 'People/John Smith 2.md',
        message:
          '"John Smith" has the same name as People/John Smith.md but another email (other@x.example); created as People/John Smith 2.md',
      },
      {
        name: 'Ann Lee',
        path: 'People/Ann Lee 2.md',
        message:
          '"Ann Lee" has the same name as a contact earlier in the file but another email (ann@y.example); created as People/Ann Lee 2.md',
      },
    ]);
    expect(plan.skipped).toEqual([{ name: 'Ann Lee', reason: 'listed twice in the file' }]);
  });

  it('2,000 rows of "John Smith" are planned in a number of steps that grows with the rows, not their square', () => {
    let asked = 0;
    const exists = (p: string) => (asked++, p === 'People/John Smith.md');
    const rows = Array.from({ length: 2000 }, (_, i) => contact('John Smith', `john${i}@x.example`));
    const plan = planImport(rows, vault({ email: 'john@x.example' }), 'People', exists);
    expect(plan.create).toHaveLength(2000);
    expect(new Set(plan.create.map((c) => c.path)).size).toBe(2000);
    expect(plan.create[plan.create.length - 1].path).toBe('People/John Smith 2001.md');
    expect(plan.clashes).toHaveLength(2000);
    expect(asked).toBeLessThanOrEqual(2001);
    const same = planImport(
      Array.from({ length: 2000 }, () => contact('John Smith', null)),
      [],
      'People',
      () => false,
    );
    expect([same.create.length, same.skipped.length]).toEqual([1, 1999]);
  });

  /** The rule as the README says it, one contact at a time against everyone met so far. */
  function reference(contacts: Contact[], existing: Person[]): string[] {
    const known: { name: string; email: string | null; where: string }[] = existing.flatMap((p) =>
      [p.name, ...p.aliases].map((name) => ({
        name: name.toLowerCase(),
        email: p.email?.toLowerCase() ?? null,
        where: `already in the vault as ${p.path}`,
      })),
    );
    const found = new Set<string>();
    return contacts.map((c) => {
      const email = c.email?.toLowerCase() ?? null;
      const byEmail = known.find((k) => email !== null && k.email === email);
      const named = known.filter((k) => k.name === c.name.toLowerCase());
      const same = byEmail ?? (email === null ? (named.find((k) => k.email === null) ?? named[0]) : named.find((k) => k.email === null));
      if (same) {
        // A person of the vault found a second time in the file: a repeat within the file.
        const repeated = found.has(same.where);
        found.add(same.where);
        return `skip: ${repeated ? 'listed twice in the file' : same.where}`;
      }
      known.push({ name: c.name.toLowerCase(), email, where: 'listed twice in the file' });
      return named.length > 0 ? 'create with a clash' : 'create';
    });
  }

  it('whatever the contacts and the vault, the plan follows the rule, and no two notes share a path', () => {
    const name = fc.constantFrom('John Smith', 'john smith', 'Ann Lee', 'Bob', 'NUL', 'LPT¹', 'a/b');
    const email = fc.option(fc.constantFrom('a@x.example', 'B@x.example', 'b@x.example', 'c@x.example'), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, email), { maxLength: 12 }),
        fc.array(fc.tuple(name, email, fc.array(name, { maxLength: 1 })), { maxLength: 3 }),
        fc.array(fc.constantFrom('People/John Smith.md', 'People/John Smith 2.md', 'People/Bob.md'), { maxLength: 3 }),
        (rows, people, files) => {
          const contacts = rows.map(([n, e]) => contact(n, e));
          const existing = people.map(([n, e, aliases], i) => ({ name: n, email: e, aliases, path: `Old/${i}.md` }) as Person);
          const plan = planImport(contacts, existing, 'People', taken(files));
          // Skipped contacts are listed in the order of the file.
          let skips = 0;
          const outcome = contacts.map((c) => {
            const created = plan.create.find((x) => x.contact === c);
            if (created) return plan.clashes.some((x) => x.path === created.path) ? 'create with a clash' : 'create';
            return `skip: ${plan.skipped[skips++].reason}`;
          });
          expect(outcome).toEqual(reference(contacts, existing));
          const paths = plan.create.map((c) => c.path.toLowerCase());
          expect(new Set(paths).size).toBe(paths.length);
          for (const c of plan.create) expect(files).not.toContain(c.path);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
