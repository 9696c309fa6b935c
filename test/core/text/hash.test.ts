import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/core/text/hash';
import { lineFingerprint } from '../../../src/core/text/line-fingerprint';

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a of the code units, unsigned', () => {
    // Published test vectors of FNV-1a 32.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('folds into the 30-bit line fingerprint', () => {
    for (const line of ['', '- give:: [[Ana]] a tip', 'ünïcødé 🙂']) {
      const h = fnv1a(line);
      expect(lineFingerprint(line)).toBe((h ^ (h >>> 30)) & 0x3fffffff);
    }
    expect(lineFingerprint('- give:: [[Ana]] a tip')).toBe(lineFingerprint('- give:: [[Ana]] a tip'));
  });
});
