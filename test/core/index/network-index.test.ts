import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { balanceRows, followUpRows, peopleRows } from '../../../src/core/formats/rows';
import { day, indexOf, person } from '../../helpers/vault';

const today = day('2026-11-25');

describe('the network built step by step', () => {
  it('answers as the network built at once, and is kept unless a note changed meanwhile', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const files: Record<string, string> = {};
    const walk = (dir: string, rel: string) => {
      for (const name of readdirSync(dir)) {
        const full = `${dir}/${name}`;
        if (name.startsWith('.')) continue;
        if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
        else if (name.endsWith('.md')) files[`${rel}${name}`] = readFileSync(full, 'utf8');
      }
    };
    walk('example-vault', '');
    const once = indexOf(files);
    const stepwise = indexOf(files);
    const steps = stepwise.resolveInSteps();
    let pauses = 0;
    for (let s = steps.next(); !s.done; s = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(0);
    const t = day('2026-11-25');
    expect(followUpRows(stepwise.resolve(), stepwise.settings, t, true)).toEqual(followUpRows(once.resolve(), once.settings, t, true));
    expect(balanceRows(stepwise.resolve(), stepwise.settings, t)).toEqual(balanceRows(once.resolve(), once.settings, t));
    expect(stepwise.warnings()).toEqual(once.warnings());

    const stale = indexOf(files);
    const running = stale.resolveInSteps();
    running.next();
    stale.upsert(noteFromText('Daily/2026-11-24.md', '- owe:: [[Bob Diaz]] the deck by Friday'));
    let built = running.next();
    while (!built.done) built = running.next();
    expect(stale.resolve()).not.toBe(built.value);
  });
});

describe('the index is incremental', () => {
  it('a changed note replaces only its own records', () => {
    const index = indexOf({
      'People/Dan.md': person('Dan'),
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck',
      'Daily/2026-11-21.md': '- give:: [[Dan]] a lead',
    });
    const before = index.records('Daily/2026-11-21.md');
    index.upsert(noteFromText('Daily/2026-11-20.md', '- owe:: [[Dan]] the deck ✅ 2026-11-22'));
    expect(index.records('Daily/2026-11-21.md')).toBe(before);
    expect(followUpRows(index.resolve(), index.settings, today)).toEqual([]);
  });

  it('the same note changed again and again, then deleted, leaves nothing behind', () => {
    const index = indexOf({ 'People/Dan.md': person('Dan'), 'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck' });
    const dan = () =>
      index
        .resolve()
        .ledger(index.resolve().people[0])
        .map((e) => e.text);
    for (const text of ['- owe:: [[Dan]] the slides', '- owe:: [[Dan]] the notes\n- give:: [[Dan]] a lead', '- owe:: [[Dan]] the notes']) {
      index.upsert(noteFromText('Daily/2026-11-20.md', text));
      expect(dan()).toEqual(text.split('\n').map((l) => l.replace(/^- \w+:: /, '')));
    }
    index.remove('Daily/2026-11-20.md');
    expect(dan()).toEqual([]);
  });

  it('removing a note removes its records', () => {
    const index = indexOf({ 'People/Dan.md': person('Dan'), 'Daily/2026-11-20.md': '- give:: [[Dan]] a lead' });
    expect(balanceRows(index.resolve(), index.settings, today)).toHaveLength(1);
    index.remove('Daily/2026-11-20.md');
    expect(balanceRows(index.resolve(), index.settings, today)).toHaveLength(0);
  });

  it('a person note added later picks up lines already indexed', () => {
    const index = indexOf({ 'Daily/2026-11-20.md': '- give:: [[Dan]] a lead' });
    expect(balanceRows(index.resolve(), index.settings, today)).toEqual([]);
    index.upsert(noteFromText('People/Dan.md', person('Dan')));
    expect(balanceRows(index.resolve(), index.settings, today).map((r) => r.person)).toEqual(['Dan']);
  });

  it('a renamed person note keeps their history through name and aliases', () => {
    const index = indexOf({
      'People/Dan.md': person('Dan', { aliases: '[Dan]' }),
      'Daily/2026-11-20.md': '- give:: [[Dan]] a lead',
    });
    index.rename('People/Dan.md', noteFromText('People/Dan Foster.md', person('Dan Foster', { aliases: '[Dan]' })));
    expect(balanceRows(index.resolve(), index.settings, today).map((r) => [r.person, r.personFile])).toEqual([
      ['Dan Foster', 'People/Dan Foster.md'],
    ]);
  });

  it('the version moves on every change so views can skip work', () => {
    const index = indexOf({});
    const v = index.version;
    index.upsert(noteFromText('a.md', 'x'));
    expect(index.version).toBeGreaterThan(v);
  });
});

describe('incremental resolution', () => {
  it('a changed daily note updates the resolved network in place', () => {
    const index = indexOf({ 'People/Dan.md': person('Dan'), 'Daily/2026-11-20.md': '- owe:: [[Dan]] a' });
    const network = index.resolve();
    index.upsert(noteFromText('Daily/2026-11-21.md', '- owe:: [[Dan]] b'));
    expect(index.resolve()).toBe(network);
    index.upsert(noteFromText('People/Eve.md', person('Eve')));
    expect(index.resolve()).not.toBe(network);
  });

  it('gives the same answers as a fresh index after any sequence of changes', async () => {
    const fc = (await import('fast-check')).default;
    const lines = [
      '- owe:: [[Dan]] a',
      '- got:: [[Eve]] b #lead',
      '- ask:: [[Dan]] c by 2026-11-30',
      '- Met [[Eve]]',
      '- give:: [[Dan]] intro to [[Eve]] #intro',
      '- owe:: [[Dan]] d ✅ 2026-11-22',
      '- give:: [[Tom]] e',
      '- Met [[Sam K]]',
      'prose',
    ];
    // Notes/Tom.md coming and going turns [[Tom]] from a name (Tom Becker) into a link to a note that is no person, and back;
    // Orgs/Acme.md does the same to [[Acme]] in the meeting's attendees, which then lists no one more.
    const op = fc.tuple(
      fc.constantFrom('Daily/2026-11-20.md', 'Daily/2026-11-21.md', 'Meetings/m.md', 'Notes/Tom.md', 'Orgs/Acme.md'),
      fc.option(fc.array(fc.constantFrom(...lines), { maxLength: 4 })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const files: Record<string, string> = {
          'People/Dan.md': person('Dan'),
          'People/Eve.md': person('Eve'),
          'People/Tom Becker.md': person('Tom Becker'),
          'People/Sam Keller.md': person('Sam Keller'),
        };
        const live = indexOf(files);
        live.resolve();
        for (const [path, body] of ops) {
          if (body === null) {
            live.remove(path);
            delete files[path];
          } else {
            const text = path.startsWith('Meetings/')
              ? `---\ndate: 2026-11-19\ntype: meeting\nattendees: ["[[Eve]]", "[[Acme]]"]\n---\n${body.join('\n')}`
              : body.join('\n');
            live.upsert(noteFromText(path, text));
            files[path] = text;
          }
          live.resolve();
        }
        const fresh = indexOf(files);
        expect(followUpRows(live.resolve(), live.settings, today)).toEqual(followUpRows(fresh.resolve(), fresh.settings, today));
        expect(balanceRows(live.resolve(), live.settings, today)).toEqual(balanceRows(fresh.resolve(), fresh.settings, today));
        expect(peopleRows(live.resolve(), today, live.settings)).toEqual(peopleRows(fresh.resolve(), today, fresh.settings));
        const oneToOnes = (index: typeof live) =>
          index
            .resolve()
            .people.map(
              (p) =>
                index
                  .resolve()
                  .ledger(p)
                  .filter((e) => e.oneToOne).length,
            )
            .join();
        expect(oneToOnes(live)).toEqual(oneToOnes(fresh));
      }),
      { numRuns: 200 },
    );
  });
});

describe('records put into an index', () => {
  it('answer as the notes read there: a second index fed the first one’s records, cloned, answers the same', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const files: Record<string, string> = {};
    const walk = (dir: string, rel: string) => {
      for (const name of readdirSync(dir)) {
        const full = `${dir}/${name}`;
        if (name.startsWith('.')) continue;
        if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
        else if (name.endsWith('.md')) files[`${rel}${name}`] = readFileSync(full, 'utf8');
      }
    };
    walk('example-vault', '');
    const read = indexOf(files);
    const put = indexOf({});
    for (const path of Object.keys(files)) {
      const records = read.records(path);
      if (records) put.putRecords(structuredClone(records));
    }
    expect(put.size).toBe(read.size);
    expect(followUpRows(put.resolve(), put.settings, today, true)).toEqual(followUpRows(read.resolve(), read.settings, today, true));
    expect(balanceRows(put.resolve(), put.settings, today)).toEqual(balanceRows(read.resolve(), read.settings, today));
    expect(peopleRows(put.resolve(), today, put.settings)).toEqual(peopleRows(read.resolve(), today, read.settings));
    expect(put.warnings()).toEqual(read.warnings());

    // Putting a note's records again replaces them, as upsert does: the resolved network follows.
    const before = put.version;
    put.putRecords(indexOf({ 'Daily/2026-11-24.md': '- owe:: [[Bob Diaz]] the deck by Friday' }).records('Daily/2026-11-24.md')!);
    expect(put.version).toBeGreaterThan(before);
    expect(followUpRows(put.resolve(), put.settings, today, true).map((r) => r.text)).toContain('[[Bob Diaz]] the deck by Friday');
  });
});
