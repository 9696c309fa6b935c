import type { PersonFigures } from '../answers/person-figures';
import { formatDay } from '../model/day';

/**
 * The properties Goodwill may write into a person note (opt-in, one device):
 * its figures for Bases formulas, Dataview and other tools. Their names start
 * with `goodwill-`, which the reader never reads (`isUnreadKey`), so they never
 * feed back into the figures they come from.
 */
export const FIGURE_PROPERTIES = ['goodwill-last-contact', 'goodwill-next-due', 'goodwill-balance', 'goodwill-light'] as const;
export type FigureProperty = (typeof FIGURE_PROPERTIES)[number];

/** A property's value: a day as `YYYY-MM-DD` (a YAML date), a number, a word; null where the figure is gone (the property is removed). */
export type FigureValue = string | number | null;

/** What a person note's properties should hold; every property is named, null for one to remove. */
export function figureProperties(f: PersonFigures): Record<FigureProperty, FigureValue> {
  return {
    'goodwill-last-contact': f.lastContact === null ? null : formatDay(f.lastContact),
    'goodwill-next-due': f.next === null ? null : formatDay(f.next.due),
    'goodwill-balance': f.balance === null ? null : f.balance.value,
    'goodwill-light': f.light,
  };
}

/** Whether a note's frontmatter value already is `wanted` (a date read back as a Date counts as its day). */
export function holdsFigure(current: unknown, wanted: FigureValue): boolean {
  if (wanted === null) return current === undefined;
  if (typeof wanted === 'number') return current === wanted;
  return (current instanceof Date ? current.toISOString().slice(0, 10) : current) === wanted;
}

/** The properties of a note to change so that it holds `wanted`: nothing when it already does. */
export function figureChanges(
  frontmatter: Readonly<Record<string, unknown>> | null | undefined,
  wanted: Record<FigureProperty, FigureValue>,
): Partial<Record<FigureProperty, FigureValue>> {
  const changes: Partial<Record<FigureProperty, FigureValue>> = {};
  for (const key of FIGURE_PROPERTIES) {
    const current = frontmatter && Object.prototype.hasOwnProperty.call(frontmatter, key) ? frontmatter[key] : undefined;
    if (!holdsFigure(current, wanted[key])) changes[key] = wanted[key];
  }
  return changes;
}

/** Every figure property removed. */
export const NO_FIGURES: Record<FigureProperty, FigureValue> = {
  'goodwill-last-contact': null,
  'goodwill-next-due': null,
  'goodwill-balance': null,
  'goodwill-light': null,
};
