import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function json(...argv: string[]) {
  let out = '';
  const code = await runCli(['test/fixtures/small-vault', ...argv, '--today', '2026-11-25', '--json'], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return JSON.parse(out) as unknown;
}

describe('a small vault on disk (Contacts folder, CRLF daily note, a template)', () => {
  it('answers follow-ups with vault-relative files and physical line numbers', async () => {
    const rows = (await json('followups')) as { person: string; kind: string; due: string; line: number }[];
    expect(rows.map((r) => `${r.due} ${r.kind} ${r.person} ${r.line}`)).toEqual([
      '2026-11-16 reconnect Sam Lee 1',
      '2026-11-22 first-follow-up Rosa Martínez 3',
      '2026-11-23 thanks Rosa Martínez 5',
      '2026-11-24 promise Sam Lee 4',
    ]);
    const promise = rows.find((r) => r.kind === 'promise') as unknown as { text: string; file: string };
    expect(promise).toMatchObject({ text: '[[Sam]] the VAT checklist by next Tuesday', file: 'Journal/2026-11-20.md' });
  });

  it('people come from the Contacts folder, not the template', async () => {
    const people = (await json('people')) as { name: string; file: string }[];
    expect(people.map((p) => [p.name, p.file])).toEqual([
      ['Rosa Martínez', 'Contacts/rosa.md'],
      ['Sam Lee', 'Contacts/Sam Lee.md'],
    ]);
  });

  it('suggests the bookkeeping introduction', async () => {
    const intros = (await json('intros')) as { a: string; b: string }[];
    expect(intros.map((i) => [i.a, i.b])).toEqual([['Rosa Martínez', 'Sam Lee']]);
  });
});
