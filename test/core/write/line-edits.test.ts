import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLine, closeLine, editLine } from '../../../src/core/write/line-edits';
import { lineFingerprint } from '../../../src/core/text/line-fingerprint';
import { day } from '../../helpers/vault';

const today = day('2026-11-25');

describe('closing a line', () => {
  it.each([
    ['- [ ] Send [[Dan]] the deck 📅 2026-11-28', '- [x] Send [[Dan]] the deck 📅 2026-11-28 ✅ 2026-11-25'],
    ['  > - [ ] nested [[Dan]]', '  > - [x] nested [[Dan]] ✅ 2026-11-25'],
    ['- owe:: [[Dan]] the deck by Friday  ', '- owe:: [[Dan]] the deck by Friday ✅ 2026-11-25'],
    ['- owe:: [[Dan]] done ✅ 2026-11-20', '- owe:: [[Dan]] done ✅ 2026-11-20'],
  ])('%s', (line, closed) => {
    expect(closeLine(line, today)).toBe(closed);
  });
});

describe('editing exactly one line', () => {
  it('keeps every other byte, CRLF included', () => {
    const text = '---\r\ndate: 2026-11-20\r\n---\r\n- owe:: [[Dan]] a\r\n- owe:: [[Dan]] b\r\n';
    const r = editLine(text, 5, lineFingerprint('- owe:: [[Dan]] b'), (l) => closeLine(l, today));
    expect(r).toEqual({ ok: true, value: '---\r\ndate: 2026-11-20\r\n---\r\n- owe:: [[Dan]] a\r\n- owe:: [[Dan]] b ✅ 2026-11-25\r\n' });
  });

  it('refuses when the line changed since it was read', () => {
    expect(editLine('a\nb\n', 2, lineFingerprint('c'), (l) => l + '!')).toEqual({
      ok: false,
      error: { edited: true, message: 'line 2 changed since it was read' },
    });
    expect(editLine('a\n', 7, lineFingerprint('a'), (l) => l)).toEqual({
      ok: false,
      error: { edited: true, message: 'line 7 no longer exists' },
    });
  });

  it('round-trips any text byte for byte except the intended line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !/[\r\n]/.test(s)),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.nat(),
        (lines, eol, pick) => {
          const text = lines.join(eol);
          const n = (pick % lines.length) + 1;
          const r = editLine(text, n, lineFingerprint(lines[n - 1]), (l) => `${l}X`);
          if (!r.ok) throw new Error(r.error.message);
          const expected = lines.map((l, i) => (i === n - 1 ? `${l}X` : l)).join(eol);
          expect(r.value).toBe(expected);
        },
      ),
    );
  });

  it("appends a line keeping the note's line endings", () => {
    expect(appendLine('a', 'b')).toBe('a\nb\n');
    expect(appendLine('a\r\n', 'b')).toBe('a\r\nb\r\n');
    expect(appendLine('', 'b')).toBe('b\n');
  });
});
