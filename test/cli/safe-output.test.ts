import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, safeOutput, safeValue } from '../../src/core';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

/** What a terminal may act on: C0 but tab, DEL, C1. */
const isControl = (c: number) => (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f);

/** Strings rich in control characters, line breaks and ordinary text. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\r\n', '\u001b[2J', 'é', '🌟'),
  ),
});

const controlsIn = (text: string, allowed: (text: string, i: number) => boolean) =>
  [...text].filter((_, i) => isControl(text.charCodeAt(i)) && !allowed(text, i));

describe('text output is inert in a terminal', () => {
  it('a value keeps its length and every printable character; each control becomes U+FFFD', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const safe = safeValue(text);
        expect(safe).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) {
          expect(safe[i]).toBe(isControl(text.charCodeAt(i)) ? '\uFFFD' : text[i]);
        }
      }),
    );
  });

  it('the whole output keeps its own line breaks (LF, CRLF) and nothing else', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const safe = safeOutput(text);
        expect(safe).toHaveLength(text.length);
        const lineBreak = (s: string, i: number) => s[i] === '\n' || (s[i] === '\r' && s[i + 1] === '\n');
        expect(controlsIn(safe, lineBreak)).toEqual([]);
        expect(safe.split('\n')).toHaveLength(text.split('\n').length);
      }),
    );
  });

  it('JSON reads back to the same values and carries no raw control character', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ person: hostileText, text: hostileText, line: fc.integer() })), (rows) => {
        const json = safeJson(rows);
        expect(JSON.parse(json)).toEqual(rows);
        expect(controlsIn(json, (s, i) => s[i] === '\n')).toEqual([]);
      }),
    );
  });

  it('escapes DEL and C1 as \\u00XX in JSON', () => {
    expect(safeJson(['a\u007fb\u0080c\u009b'])).toBe('[\n  "a\\u007fb\\u0080c\\u009b"\n]');
  });
});

describe('names from notes reach the terminal inert', () => {
  // ESC sequences clear the screen; OSC 52 writes the clipboard; U+009B is the one-byte CSI.
  const hostileName = 'Eve\u001b[2J\u001b]52;c;cm0gLXJmIH4=\u0007 Mallory\u009b31m\u0085';
  const vault = tempVault({
    'People/Eve.md': `---\ntype: person\nname: ${JSON.stringify(hostileName)}\nneeds: [a brand designer]\n---\n`,
    'People/Bob.md': '---\ntype: person\noffers: [brand design]\n---\n',
    'Daily/2026-11-20.md': '- Gave [[Eve]] an intro to the Acme CTO #intro\n- Met [[Bob]]\n- owe:: [[Eve]] the deck 📅 2026-11-25\n',
    // A file name may carry control characters too, and `check` prints it.
    'Daily/odd\u001b]52;c;eA==\u0007.md': '- give:: [[Nobody]] a lead\n',
  });

  it.each([['people'], ['balance'], ['followups', '--all'], ['digest'], ['check'], ['intros']])('%s as text', async (...argv) => {
    const r = await runGoodwill(vault, ...argv, '--today', '2026-11-25');
    expect(r.code).toBe(0);
    expect(controlsIn(r.out, (s, i) => s[i] === '\n')).toEqual([]);
  });

  it('people as text shows the name with U+FFFD in place of each control', async () => {
    const r = await runGoodwill(vault, 'people', '--today', '2026-11-25');
    expect(r.out).toContain('Eve\uFFFD[2J\uFFFD]52;c;cm0gLXJmIH4=\uFFFD Mallory\uFFFD31m\uFFFD');
  });

  it('people as JSON keeps the name exactly, escaped', async () => {
    const r = await runGoodwill(vault, 'people', '--json', '--today', '2026-11-25');
    expect(controlsIn(r.out, (s, i) => s[i] === '\n')).toEqual([]);
    expect((JSON.parse(r.out) as { name: string }[]).map((p) => p.name)).toContain(hostileName);
  });
});
