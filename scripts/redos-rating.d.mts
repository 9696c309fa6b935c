/** A rating of one pattern by recheck (see redos-rating.mjs). */
export interface Rating {
  safe: boolean;
  /** recheck's word: constant, linear or safe; polynomial (degree n), exponential, or unknown (why). */
  complexity: string;
  /** For an unsafe pattern, the string that shows it, shortened. */
  attack?: string;
}

export function rate(source: string, flags: string): Promise<Rating>;
