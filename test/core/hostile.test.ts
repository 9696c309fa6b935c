import { describe, expect, it } from 'vitest';
import { answers, person } from '../helpers/vault';

/**
 * A hostile vault, generated here: for each case the index finishes, the rest
 * of the vault is still answered, and `check` names the problem with file and line.
 */
const today = '2026-11-25';
const hostile: Record<string, string> = {
  'People/Dan.md': person('Dan'),
  'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck\n',
  'broken-yaml.md': '---\ntype: person\nname: [unclosed\n---\n',
  'list-frontmatter.md': '---\n- a\n- b\n---\n',
  'scalar-frontmatter.md': '---\njust text\n---\n',
  'duplicate-keys.md': '---\ntype: meeting\ntype: person\n---\n',
  'binary.md': '\u0000\u0001\u0002PNG\u0000junk',
  'one-huge-line.md': `---\ndate: 2026-11-20\n---\n- give:: [[Dan]] ${'x'.repeat(5 * 1024 * 1024)}`,
  'many-links.md': `---\ndate: 2026-11-20\n---\n${Array.from({ length: 10_000 }, () => '[[Dan]] '.repeat(10)).join('\n')}\n`,
  'People/Zero\u200bWidth.md': person('Ze\u200bro'),
  'People/\u05d0\u05d1\u05d9.md': person('\u05d0\u05d1\u05d9 \u202eRTL'),
  'People/李雷.md': person('李雷', { aliases: '[Lei]' }),
  'People/Zoë 🌟.md': person('Zoë 🌟'),
  'Clients/People/Sam.md': person('Sam'),
  'Friends/People/Sam.md': person('Sam'),
  'People/Ann.md': person('Ann', { aliases: '[A]' }),
  'People/Abe.md': person('Abe', { aliases: '[A]' }),
  'Daily/2026-11-21.md': [
    '- give:: [[Nobody Here]] a lead',
    '- give:: [[李雷]] an intro #intro',
    '- got:: [[Lei]] a lead #lead',
    '- Met [[Zoë 🌟]] at the fair',
    '- owe:: [[Dan]] deck 📅 2026-02-30',
    '- 2026-02-30 Called [[Dan]]',
    '- Met [[Dan]] 3 of 5 people, v1.2.3, call 555-0142',
    '- owe:: [[Dan]] report by 12/1/26',
    '- owe:: [[Dan]] in the far future 📅 9999-12-31',
    '- got:: [[Dan]] an old favour 📅 0001-01-01',
    '> [!note] Callout',
    '> - [ ] Send [[Dan]] the callout task',
    '> > - [ ] Send [[Dan]] the nested quote task',
  ].join('\n'),
  'People/Self.md': `${person('Self', { 'introduced-by': '"[[Loop]]"' })}- 2026-11-20 Called [[Self]] by mistake\n`,
  'People/Loop.md': person('Loop', { 'introduced-by': '"[[Self]]"' }),
  'crlf.md': '---\r\ndate: 2026-11-20\r\n---\r\n- owe:: [[Dan]] crlf line\r\n',
};

describe('a hostile vault', () => {
  const a = answers(hostile, today);

  it('is still answered', () => {
    const texts = a.followups(true).map((f) => f.text);
    expect(texts).toContain('[[Dan]] the deck');
    expect(texts).toContain('[[Dan]] crlf line');
    expect(texts).toContain('Send [[Dan]] the callout task');
    expect(texts).toContain('Send [[Dan]] the nested quote task');
    expect(texts).toContain('[[Dan]] in the far future');
  });

  it('names each problem with file and line', () => {
    const check = a.check().map((c) => `${c.file}:${c.line} ${c.message}`);
    const has = (prefix: string, re: RegExp) => expect(check.some((c) => c.startsWith(prefix) && re.test(c))).toBe(true);
    has('broken-yaml.md:1', /frontmatter not read/);
    has('list-frontmatter.md:1', /not a list of key: value pairs/);
    has('scalar-frontmatter.md:1', /not a list of key: value pairs/);
    has('duplicate-keys.md:1', /frontmatter not read/);
    has('binary.md:1', /binary data/);
    has('one-huge-line.md:4', /too long to read/);
    has('Daily/2026-11-21.md:1', /links no known person/);
    has('Daily/2026-11-21.md:5', /2026-02-30 is not a date/);
    has('Daily/2026-11-21.md:6', /2026-02-30 is not a date/);
    has('Friends/People/Sam.md:1', /names 2 people/);
    has('People/Ann.md:1', /"a" names 2 people/);
  });

  it('reads non-Latin, emoji, zero-width and right-to-left names', () => {
    const names = a.people().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['李雷', 'Zoë 🌟', 'Zero\u200bWidth', '\u05d0\u05d1\u05d9']));
    const lei = a.balance().find((b) => b.person === '李雷')!;
    expect([lei.given, lei.received]).toEqual([3, 2]);
    expect(a.people().find((p) => p.name === 'Zoë 🌟')!.lastContact).toBe('2026-11-21');
  });

  it('a person linking to themself and circular introduced-by do not loop', () => {
    expect(a.people().find((p) => p.name === 'Self')!.klt).toBe('known');
    expect(a.people().find((p) => p.name === 'Loop')!.klt).toBeNull();
  });

  it('a note with 100,000 links is read (as prose: no interactions)', () => {
    expect(a.index.records('many-links.md')!.lines).toEqual([]);
  });

  it('far past and far future dates do not break the answers', () => {
    const far = a.followups(true).find((f) => f.text === '[[Dan]] in the far future')!;
    expect(far.due).toBe('9999-12-31');
  });
});
