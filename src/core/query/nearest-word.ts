import { editDistance } from '../doctor/hints';

/**
 * The word of `words` a typo probably meant: one edit away from a word of
 * three letters or more, two from eight (`folowups` → `followups`); the
 * first of the nearest on a tie; null when none is that near, or the word is one of them.
 */
export function nearestWord(typed: string, words: readonly string[]): string | null {
  const max = typed.length >= 8 ? 2 : typed.length >= 3 ? 1 : 0;
  let best: { word: string; distance: number } | null = null;
  for (const word of words) {
    const d = editDistance(typed, word, max);
    if (d === 0) return null;
    if (d <= max && (best === null || d < best.distance)) best = { word, distance: d };
  }
  return best?.word ?? null;
}
