import { safeValue } from './safe-output';

/** A plain-text table for a terminal: columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  // A tab would break the columns; any other control character is made visible and inert.
  const clean = (s: string) => safeValue(s.replace(/\t/g, ' '));
  const cells = rows.map((r) => r.map(clean));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt)].join('\n');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
