/**
 * The work of the hand-written scanners that read note text (links, inline
 * fields, money amounts): each adds the characters its searches pass over and
 * the places it tries. Tests bound the count by the length of the text, which
 * shows a scanner is linear without timing anything. One addition per search
 * is cheap enough to leave on in the product.
 */
export const scanSteps = { count: 0 };

/** Counts a search from `from` that stopped at `found` (-1: it ran to the end of a text of `length`). */
export function countSearch(from: number, found: number, length: number): void {
  scanSteps.count += (found < 0 ? length : found + 1) - from;
}
