/** How the text of a settings control reads as a setting's value. */

/** The lines of a text area, as the list they give. */
export const lines = (v: string): string[] => v.split('\n');

/** `cadence: contact_every, touch_every`, one field a line; a line without a colon is not read. */
export function parseAliases(v: string): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  for (const line of lines(v)) {
    const colon = line.indexOf(':');
    if (colon > 0) aliases[line.slice(0, colon).trim()] = line.slice(colon + 1).split(',');
  }
  return aliases;
}

/** A number as typed: empty is no number, not 0. */
export const typedNumber = (v: string): number => (v.trim() === '' ? NaN : Number(v));
