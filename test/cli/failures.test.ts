import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureText, InputError } from '../../src/cli/failures';
import { runCli } from '../../src/cli/run';

describe('a failure is one line on stderr', () => {
  it('whatever the error says, and whatever it is', () => {
    const thrown = fc.oneof(
      fc.string().map((m) => new Error(m)),
      fc.string().map((m) => new InputError(m)),
      fc.string().map((m) => new RangeError(m)),
      fc.string(),
      fc.constantFrom(null, undefined, 42),
    );
    fc.assert(
      fc.property(thrown, (err) => {
        const text = failureText(err, false);
        expect(text).toMatch(/^goodwill: [^\n]*\n$/);
        expect(text).not.toContain('\r');
      }),
    );
  });

  it('names an unexpected error as such, and an input problem plainly', () => {
    expect(failureText(new InputError('vault folder not found: x'), false)).toBe('goodwill: vault folder not found: x\n');
    expect(failureText(new TypeError('x is undefined'), false)).toBe('goodwill: unexpected error: x is undefined\n');
  });

  it('adds the stack only when debugging', () => {
    const err = new Error('boom');
    expect(failureText(err, false)).not.toContain('failures.test');
    const debug = failureText(err, true).split('\n');
    expect(debug[0]).toBe('goodwill: unexpected error: boom');
    expect(debug.slice(1).join('\n')).toContain('failures.test');
  });
});

describe('exit codes', () => {
  const run = async (argv: string[], out: (t: string) => void = () => undefined, debug = false) => {
    let err = '';
    const code = await runCli(argv, { out, err: (t) => (err += t), debug }, new Date(2026, 10, 25, 9));
    return { code, err };
  };

  it('2 for a usage error, with the usage', async () => {
    const r = await run(['example-vault', 'frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: goodwill');
  });

  it('1 for an input problem', async () => {
    const r = await run(['no-such-folder', 'people']);
    expect(r).toEqual({ code: 1, err: 'goodwill: vault folder not found: no-such-folder\n' });
  });

  it('1, not 70 and not a stack, for an unexpected failure (here: stdout breaks)', async () => {
    const broken = () => {
      throw new Error('write EIO\nsecond line');
    };
    const r = await run(['example-vault', 'people'], broken);
    expect(r).toEqual({ code: 1, err: 'goodwill: unexpected error: write EIO\uFFFDsecond line\n' });
    const debug = await run(['example-vault', 'people'], broken, true);
    expect(debug.code).toBe(1);
    expect(debug.err.split('\n').length).toBeGreaterThan(3);
  });
});
